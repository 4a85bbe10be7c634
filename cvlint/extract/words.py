"""Words that say what a part of an entry header names: a role (``Research Assistant``,
``M.S.``) or an organisation (``University``, ``Inc.``). Shared by the layout stage (a role is
no section label) and the fields stage."""

from __future__ import annotations

import re

from .. import regex

ROLE_WORDS = regex.compile(
    r"\b(?:engineer|developer|intern|internship|researcher|scientist|assistant|associate|professor|lecturer|fellow|postdoc"
    r"|postdoctoral|manager|lead|director|consultant|analyst|student|candidate|founder|co-founder|head|chair|member"
    r"|officer|designer|architect|programmer|contributor|tutor|instructor|advisor|mentor|freelancer|specialist|president"
    r"|ph\.?\s?d|m\.?\s?sc?|b\.?\s?sc?|b\.?\s?a|m\.?\s?a|m\.?\s?eng|b\.?\s?eng|mba|master'?s?|bachelor'?s?|doctor(?:ate)?"
    r"|diploma|degree|se\d?|sde|swe|cto|ceo"
    # degrees and roles in the languages CVs here are written in
    r"|dipl[oô]me?|ing[ée]nieur|licence|ma[iî]trise|doctorat|docteur|stagiaire|chercheur|enseignant"
    r"|t[ií]tulo|licenciatura|maestr[ií]a|doctorado|ingenier[oa]|pasante|investigador[a]?|profesor[a]?"
    r"|diplom|magister|doktor|praktikant|ingenieur|wissenschaftlich\w*)\b", re.I)
ORG_WORDS = regex.compile(
    r"\b(?:university|universit[äéà]t?|universidad|universidade|università|institute|institut|instituto|college|school|lab"
    r"|laboratory|labs|laboratories|cent(?:er|re)|inc|corp|corporation|llc|ltd|gmbh|s\.?a|company|group|foundation"
    r"|hospital|academy|department|faculty|council|agency|bank|observatory|ministry|society|organi[sz]ation|technologies"
    r"|systems|solutions)\b\.?", re.I)
