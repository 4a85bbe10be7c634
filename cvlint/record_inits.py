"""Each record's ``__init__``, as ``dataclasses`` generates it (made by scripts/make_record_inits.py;
see ``model.record``). A record's shape — its fields, how each gets its value, frozen or not —
keys its maker: one whose shape changed is made by ``dataclasses`` until this file is made again."""

# fmt: off

_set = object.__setattr__


class _Factory:
    """A field with a default factory was not given (shown as dataclasses shows it)."""

    def __repr__(self):
        return "<factory>"


_FACTORY = _Factory()


def _cvlint_checks_base_Check(_dflt_source, _dflt_gives, _dflt_choices):
    def __init__(self, name, scope, func, defaults, doc, source=_dflt_source, gives=_dflt_gives, choices=_FACTORY):
        self.name = name
        self.scope = scope
        self.func = func
        self.defaults = defaults
        self.doc = doc
        self.source = source
        self.gives = gives
        self.choices = _dflt_choices() if choices is _FACTORY else choices
    return __init__


def _cvlint_checks_base_Context(_dflt_rules):
    def __init__(self, as_of, tables, rules=_FACTORY):
        self.as_of = as_of
        self.tables = tables
        self.rules = _dflt_rules() if rules is _FACTORY else rules
    return __init__


def _cvlint_checks_shared_Said():
    def __init__(self, value, span, quoted, values):
        self.value = value
        self.span = span
        self.quoted = quoted
        self.values = values
    return __init__


def _cvlint_compare_Cell(_dflt_dates, _dflt_status, _dflt_venue, _dflt_authorship, _dflt_place, _dflt_changed):
    def __init__(self, line, dates=_dflt_dates, status=_dflt_status, venue=_dflt_venue, authorship=_dflt_authorship, place=_dflt_place, changed=_FACTORY):
        self.line = line
        self.dates = dates
        self.status = status
        self.venue = venue
        self.authorship = authorship
        self.place = place
        self.changed = _dflt_changed() if changed is _FACTORY else changed
    return __init__


def _cvlint_compare_Person(_dflt_findings):
    def __init__(self, name, versions, rows, findings=_FACTORY):
        self.name = name
        self.versions = versions
        self.rows = rows
        self.findings = _dflt_findings() if findings is _FACTORY else findings
    return __init__


def _cvlint_compare_Row():
    def __init__(self, section, title, cells, change):
        self.section = section
        self.title = title
        self.cells = cells
        self.change = change
    return __init__


def _cvlint_compare_Version(_dflt_written):
    def __init__(self, path, format, written=_dflt_written):
        self.path = path
        self.format = format
        self.written = written
    return __init__


def _cvlint_config_Config(_dflt_path, _dflt_where, _dflt_select, _dflt_ignore, _dflt_extend_select, _dflt_severity, _dflt_per_file_ignores, _dflt_as_of, _dflt_fail_on, _dflt_format, _dflt_files, _dflt_exclude, _dflt_groups, _dflt_owner, _dflt_extend_venues, _dflt_extend_sections, _dflt_extend_rules, _dflt_limits):
    def __init__(self, path=_dflt_path, where=_dflt_where, select=_FACTORY, ignore=_FACTORY, extend_select=_FACTORY, severity=_FACTORY, per_file_ignores=_FACTORY, as_of=_dflt_as_of, fail_on=_dflt_fail_on, format=_dflt_format, files=_FACTORY, exclude=_FACTORY, groups=_FACTORY, owner=_FACTORY, extend_venues=_FACTORY, extend_sections=_FACTORY, extend_rules=_FACTORY, limits=_FACTORY):
        self.path = path
        self.where = where
        self.select = _dflt_select() if select is _FACTORY else select
        self.ignore = _dflt_ignore() if ignore is _FACTORY else ignore
        self.extend_select = _dflt_extend_select() if extend_select is _FACTORY else extend_select
        self.severity = _dflt_severity() if severity is _FACTORY else severity
        self.per_file_ignores = _dflt_per_file_ignores() if per_file_ignores is _FACTORY else per_file_ignores
        self.as_of = as_of
        self.fail_on = fail_on
        self.format = format
        self.files = _dflt_files() if files is _FACTORY else files
        self.exclude = _dflt_exclude() if exclude is _FACTORY else exclude
        self.groups = _dflt_groups() if groups is _FACTORY else groups
        self.owner = _dflt_owner() if owner is _FACTORY else owner
        self.extend_venues = _dflt_extend_venues() if extend_venues is _FACTORY else extend_venues
        self.extend_sections = _dflt_extend_sections() if extend_sections is _FACTORY else extend_sections
        self.extend_rules = _dflt_extend_rules() if extend_rules is _FACTORY else extend_rules
        self.limits = _dflt_limits() if limits is _FACTORY else limits
    return __init__


def _cvlint_document_Document(_dflt_text, _dflt_encoding, _dflt_lines, _dflt_meta, _dflt_problems, _dflt_pages, _dflt_facts, _dflt_directives, _dflt_hidden, _dflt_comment_lines, _dflt_collection):
    def __init__(self, path, format, text=_dflt_text, encoding=_dflt_encoding, lines=_FACTORY, meta=_FACTORY, problems=_FACTORY, pages=_dflt_pages, facts=_FACTORY, directives=_FACTORY, hidden=_FACTORY, comment_lines=_FACTORY, collection=_dflt_collection):
        self.path = path
        self.format = format
        self.text = text
        self.encoding = encoding
        self.lines = _dflt_lines() if lines is _FACTORY else lines
        self.meta = _dflt_meta() if meta is _FACTORY else meta
        self.problems = _dflt_problems() if problems is _FACTORY else problems
        self.pages = pages
        self.facts = _dflt_facts() if facts is _FACTORY else facts
        self.directives = _dflt_directives() if directives is _FACTORY else directives
        self.hidden = _dflt_hidden() if hidden is _FACTORY else hidden
        self.comment_lines = _dflt_comment_lines() if comment_lines is _FACTORY else comment_lines
        self.collection = collection
    return __init__


def _cvlint_document_HiddenText(_dflt_page):
    def __init__(self, text, how, line, page=_dflt_page):
        self.text = text
        self.how = how
        self.line = line
        self.page = page
    return __init__


def _cvlint_document_Line(_dflt_kind, _dflt_level, _dflt_depth, _dflt_numbered, _dflt_bold, _dflt_rows, _dflt_page, _dflt_size, _dflt_gap, _dflt_margin, _dflt_indent, _dflt_role, _dflt_fields):
    def __init__(self, number, raw, text, cols, kind=_dflt_kind, level=_dflt_level, depth=_dflt_depth, numbered=_dflt_numbered, bold=_FACTORY, rows=_dflt_rows, page=_dflt_page, size=_dflt_size, gap=_dflt_gap, margin=_dflt_margin, indent=_dflt_indent, role=_dflt_role, fields=_dflt_fields):
        self.number = number
        self.raw = raw
        self.text = text
        self.cols = cols
        self.kind = kind
        self.level = level
        self.depth = depth
        self.numbered = numbered
        self.bold = _dflt_bold() if bold is _FACTORY else bold
        self.rows = rows
        self.page = page
        self.size = size
        self.gap = gap
        self.margin = margin
        self.indent = indent
        self.role = role
        self.fields = fields
    return __init__


def _cvlint_document_ReadProblem(_dflt_line, _dflt_column):
    def __init__(self, kind, message, line=_dflt_line, column=_dflt_column):
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    return __init__


def _cvlint_engine_Options(_dflt_groups, _dflt_owners, _dflt_venues, _dflt_include, _dflt_exclude, _dflt_per_file_ignores, _dflt_root, _dflt_follow_links, _dflt_jobs, _dflt_stdin, _dflt_edited, _dflt_progress):
    def __init__(self, groups=_FACTORY, owners=_FACTORY, venues=_FACTORY, include=_FACTORY, exclude=_FACTORY, per_file_ignores=_FACTORY, root=_dflt_root, follow_links=_dflt_follow_links, jobs=_dflt_jobs, stdin=_dflt_stdin, edited=_dflt_edited, progress=_dflt_progress):
        self.groups = _dflt_groups() if groups is _FACTORY else groups
        self.owners = _dflt_owners() if owners is _FACTORY else owners
        self.venues = _dflt_venues() if venues is _FACTORY else venues
        self.include = _dflt_include() if include is _FACTORY else include
        self.exclude = _dflt_exclude() if exclude is _FACTORY else exclude
        self.per_file_ignores = _dflt_per_file_ignores() if per_file_ignores is _FACTORY else per_file_ignores
        self.root = root
        self.follow_links = follow_links
        self.jobs = jobs
        self.stdin = stdin
        self.edited = edited
        self.progress = progress
    return __init__


def _cvlint_engine_Result(_dflt_files, _dflt_profiles, _dflt_groups, _dflt_findings, _dflt_skipped):
    def __init__(self, files=_FACTORY, profiles=_FACTORY, groups=_FACTORY, findings=_FACTORY, skipped=_FACTORY):
        self.files = _dflt_files() if files is _FACTORY else files
        self.profiles = _dflt_profiles() if profiles is _FACTORY else profiles
        self.groups = _dflt_groups() if groups is _FACTORY else groups
        self.findings = _dflt_findings() if findings is _FACTORY else findings
        self.skipped = _dflt_skipped() if skipped is _FACTORY else skipped
    return __init__


def _cvlint_extract_dates_DateMatch(_dflt_date, _dflt_end_date, _dflt_open_end, _dflt_is_range, _dflt_problem, _dflt_start_text, _dflt_end_text):
    def __init__(self, start, end, text, date=_dflt_date, end_date=_dflt_end_date, open_end=_dflt_open_end, is_range=_dflt_is_range, problem=_dflt_problem, start_text=_dflt_start_text, end_text=_dflt_end_text):
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.end_date = end_date
        self.open_end = open_end
        self.is_range = is_range
        self.problem = problem
        self.start_text = start_text
        self.end_text = end_text
    return __init__


def _cvlint_extract_types_EntryDraft(_dflt_header, _dflt_details, _dflt_publication):
    def __init__(self, section, header=_FACTORY, details=_FACTORY, publication=_dflt_publication):
        self.section = section
        self.header = _dflt_header() if header is _FACTORY else header
        self.details = _dflt_details() if details is _FACTORY else details
        self.publication = publication
    return __init__


def _cvlint_extract_types_LineInfo(_dflt_start, _dflt_dates, _dflt_rest, _dflt_words, _dflt_bold_start, _dflt_all_bold, _dflt_caps, _dflt_ends_sentence, _dflt_starts_lower, _dflt_break_before, _dflt_long, _dflt_size, _dflt_margin, _dflt_page_top, _dflt_running, _dflt_heading_kind, _dflt_page):
    def __init__(self, line, text, start=_dflt_start, dates=_dflt_dates, rest=_dflt_rest, words=_dflt_words, bold_start=_dflt_bold_start, all_bold=_dflt_all_bold, caps=_dflt_caps, ends_sentence=_dflt_ends_sentence, starts_lower=_dflt_starts_lower, break_before=_dflt_break_before, long=_dflt_long, size=_dflt_size, margin=_dflt_margin, page_top=_dflt_page_top, running=_dflt_running, heading_kind=_dflt_heading_kind, page=_dflt_page):
        self.line = line
        self.text = text
        self.start = start
        self.dates = dates
        self.rest = rest
        self.words = words
        self.bold_start = bold_start
        self.all_bold = all_bold
        self.caps = caps
        self.ends_sentence = ends_sentence
        self.starts_lower = starts_lower
        self.break_before = break_before
        self.long = long
        self.size = size
        self.margin = margin
        self.page_top = page_top
        self.running = running
        self.heading_kind = heading_kind
        self.page = page
    return __init__


def _cvlint_extract_types_Rhythm(_dflt_blank_is_break, _dflt_blank_ratio, _dflt_wrap_length, _dflt_gap_break, _dflt_margin_caps):
    def __init__(self, blank_is_break=_dflt_blank_is_break, blank_ratio=_dflt_blank_ratio, wrap_length=_dflt_wrap_length, gap_break=_dflt_gap_break, margin_caps=_dflt_margin_caps):
        self.blank_is_break = blank_is_break
        self.blank_ratio = blank_ratio
        self.wrap_length = wrap_length
        self.gap_break = gap_break
        self.margin_caps = margin_caps
    return __init__


def _cvlint_extract_types_SectionDraft(_dflt_lines):
    def __init__(self, kind, heading, lines=_FACTORY):
        self.kind = kind
        self.heading = heading
        self.lines = _dflt_lines() if lines is _FACTORY else lines
    return __init__


def _cvlint_extract_types_Tagged(_dflt_scores, _dflt_why, _dflt_given):
    def __init__(self, info, role, scores=_FACTORY, why=_FACTORY, given=_dflt_given):
        self.info = info
        self.role = role
        self.scores = _dflt_scores() if scores is _FACTORY else scores
        self.why = _dflt_why() if why is _FACTORY else why
        self.given = given
    return __init__


def _cvlint_finding_Finding(_dflt_related, _dflt_fix, _dflt_sensitive):
    def __init__(self, code, name, category, severity, message, span, related=_FACTORY, fix=_dflt_fix, sensitive=_dflt_sensitive):
        self.code = code
        self.name = name
        self.category = category
        self.severity = severity
        self.message = message
        self.span = span
        self.related = _dflt_related() if related is _FACTORY else related
        self.fix = fix
        self.sensitive = sensitive
    return __init__


def _cvlint_finding_Fix():
    def __init__(self, replacement, span):
        self.replacement = replacement
        self.span = span
    return __init__


def _cvlint_finding_Hit(_dflt_params, _dflt_related, _dflt_fix, _dflt_sensitive):
    def __init__(self, span, params=_FACTORY, related=_FACTORY, fix=_dflt_fix, sensitive=_dflt_sensitive):
        self.span = span
        self.params = _dflt_params() if params is _FACTORY else params
        self.related = _dflt_related() if related is _FACTORY else related
        self.fix = fix
        self.sensitive = sensitive
    return __init__


def _cvlint_finding_Related():
    def __init__(self, span, message):
        self.span = span
        self.message = message
    return __init__


def _cvlint_group_Group(_dflt_clusters, _dflt_rows, _dflt_scores):
    def __init__(self, profiles, clusters=_FACTORY, rows=_FACTORY, scores=_FACTORY):
        self.profiles = profiles
        self.clusters = _dflt_clusters() if clusters is _FACTORY else clusters
        self.rows = _dflt_rows() if rows is _FACTORY else rows
        self.scores = _dflt_scores() if scores is _FACTORY else scores
    return __init__


def _cvlint_history_Event(_dflt_before, _dflt_after):
    def __init__(self, revision, previous, finding, before=_dflt_before, after=_dflt_after):
        self.revision = revision
        self.previous = previous
        self.finding = finding
        self.before = before
        self.after = after
    return __init__


def _cvlint_history_Revision(_dflt_blob, _dflt_data):
    def __init__(self, sha, date, subject, path, blob=_dflt_blob, data=_dflt_data):
        self.sha = sha
        self.date = date
        self.subject = subject
        self.path = path
        self.blob = blob
        self.data = data
    return __init__


def _cvlint_limits_Limits(_dflt_file_bytes, _dflt_pdf_bytes, _dflt_pdf_inflated_bytes, _dflt_pdf_chars, _dflt_bibtex_string_chars, _dflt_markup_line_chars, _dflt_yaml_nodes, _dflt_run_bytes):
    def __init__(self, file_bytes=_dflt_file_bytes, pdf_bytes=_dflt_pdf_bytes, pdf_inflated_bytes=_dflt_pdf_inflated_bytes, pdf_chars=_dflt_pdf_chars, bibtex_string_chars=_dflt_bibtex_string_chars, markup_line_chars=_dflt_markup_line_chars, yaml_nodes=_dflt_yaml_nodes, run_bytes=_dflt_run_bytes):
        _set(self, 'file_bytes', file_bytes)
        _set(self, 'pdf_bytes', pdf_bytes)
        _set(self, 'pdf_inflated_bytes', pdf_inflated_bytes)
        _set(self, 'pdf_chars', pdf_chars)
        _set(self, 'bibtex_string_chars', bibtex_string_chars)
        _set(self, 'markup_line_chars', markup_line_chars)
        _set(self, 'yaml_nodes', yaml_nodes)
        _set(self, 'run_bytes', run_bytes)
    return __init__


def _cvlint_model_Author(_dflt_is_self, _dflt_equal_contribution):
    def __init__(self, name, is_self=_dflt_is_self, equal_contribution=_dflt_equal_contribution):
        self.name = name
        self.is_self = is_self
        self.equal_contribution = equal_contribution
    return __init__


def _cvlint_model_Claim(_dflt_status, _dflt_venue, _dflt_venue_year, _dflt_authorship):
    def __init__(self, kind, text, span, status=_dflt_status, venue=_dflt_venue, venue_year=_dflt_venue_year, authorship=_dflt_authorship):
        self.kind = kind
        self.text = text
        self.span = span
        self.status = status
        self.venue = venue
        self.venue_year = venue_year
        self.authorship = authorship
    return __init__


def _cvlint_model_DateProblem():
    def __init__(self, text, reason, span):
        self.text = text
        self.reason = reason
        self.span = span
    return __init__


def _cvlint_model_DateRange(_dflt_end, _dflt_open_end, _dflt_is_range, _dflt_expected, _dflt_start_text, _dflt_end_text):
    def __init__(self, text, span, start, end=_dflt_end, open_end=_dflt_open_end, is_range=_dflt_is_range, expected=_dflt_expected, start_text=_dflt_start_text, end_text=_dflt_end_text):
        self.text = text
        self.span = span
        self.start = start
        self.end = end
        self.open_end = open_end
        self.is_range = is_range
        self.expected = expected
        self.start_text = start_text
        self.end_text = end_text
    return __init__


def _cvlint_model_Entry(_dflt_dates, _dflt_lines, _dflt_claims, _dflt_authors, _dflt_authors_span, _dflt_year, _dflt_header_lines, _dflt_org, _dflt_role, _dflt_location, _dflt_bullets):
    def __init__(self, section, heading, title, span, dates=_dflt_dates, lines=_FACTORY, claims=_FACTORY, authors=_FACTORY, authors_span=_dflt_authors_span, year=_dflt_year, header_lines=_dflt_header_lines, org=_dflt_org, role=_dflt_role, location=_dflt_location, bullets=_FACTORY):
        self.section = section
        self.heading = heading
        self.title = title
        self.span = span
        self.dates = dates
        self.lines = _dflt_lines() if lines is _FACTORY else lines
        self.claims = _dflt_claims() if claims is _FACTORY else claims
        self.authors = _dflt_authors() if authors is _FACTORY else authors
        self.authors_span = authors_span
        self.year = year
        self.header_lines = header_lines
        self.org = org
        self.role = role
        self.location = location
        self.bullets = _dflt_bullets() if bullets is _FACTORY else bullets
    return __init__


def _cvlint_model_Fact():
    def __init__(self, name, value, span, source):
        self.name = name
        self.value = value
        self.span = span
        self.source = source
    return __init__


def _cvlint_model_Hidden():
    def __init__(self, text, how, span):
        self.text = text
        self.how = how
        self.span = span
    return __init__


def _cvlint_model_PartialDate(_dflt_month, _dflt_season):
    def __init__(self, year, month=_dflt_month, season=_dflt_season):
        self.year = year
        self.month = month
        self.season = season
    return __init__


def _cvlint_model_Person(_dflt_names, _dflt_emails, _dflt_phones, _dflt_links):
    def __init__(self, names=_FACTORY, emails=_FACTORY, phones=_FACTORY, links=_FACTORY):
        self.names = _dflt_names() if names is _FACTORY else names
        self.emails = _dflt_emails() if emails is _FACTORY else emails
        self.phones = _dflt_phones() if phones is _FACTORY else phones
        self.links = _dflt_links() if links is _FACTORY else links
    return __init__


def _cvlint_model_Problem():
    def __init__(self, kind, message, span):
        self.kind = kind
        self.message = message
        self.span = span
    return __init__


def _cvlint_model_Profile(_dflt_person, _dflt_sections, _dflt_entries, _dflt_dates, _dflt_date_problems, _dflt_problems, _dflt_lines, _dflt_comment_lines, _dflt_facts, _dflt_suppressions, _dflt_hidden):
    def __init__(self, source, person=_FACTORY, sections=_FACTORY, entries=_FACTORY, dates=_FACTORY, date_problems=_FACTORY, problems=_FACTORY, lines=_FACTORY, comment_lines=_dflt_comment_lines, facts=_FACTORY, suppressions=_FACTORY, hidden=_FACTORY):
        self.source = source
        self.person = _dflt_person() if person is _FACTORY else person
        self.sections = _dflt_sections() if sections is _FACTORY else sections
        self.entries = _dflt_entries() if entries is _FACTORY else entries
        self.dates = _dflt_dates() if dates is _FACTORY else dates
        self.date_problems = _dflt_date_problems() if date_problems is _FACTORY else date_problems
        self.problems = _dflt_problems() if problems is _FACTORY else problems
        self.lines = _dflt_lines() if lines is _FACTORY else lines
        self.comment_lines = comment_lines
        self.facts = _dflt_facts() if facts is _FACTORY else facts
        self.suppressions = _dflt_suppressions() if suppressions is _FACTORY else suppressions
        self.hidden = _dflt_hidden() if hidden is _FACTORY else hidden
    return __init__


def _cvlint_model_Section():
    def __init__(self, kind, heading):
        self.kind = kind
        self.heading = heading
    return __init__


def _cvlint_model_Source(_dflt_encoding, _dflt_version_date, _dflt_collection, _dflt_shape):
    def __init__(self, path, format, encoding=_dflt_encoding, version_date=_dflt_version_date, collection=_dflt_collection, shape=_dflt_shape):
        self.path = path
        self.format = format
        self.encoding = encoding
        self.version_date = version_date
        self.collection = collection
        self.shape = shape
    return __init__


def _cvlint_model_Span(_dflt_page):
    def __init__(self, path, line, column, end_line, end_column, page=_dflt_page):
        _set(self, 'path', path)
        _set(self, 'line', line)
        _set(self, 'column', column)
        _set(self, 'end_line', end_line)
        _set(self, 'end_column', end_column)
        _set(self, 'page', page)
    return __init__


def _cvlint_model_Suppression():
    def __init__(self, scope, rules, span):
        self.scope = scope
        self.rules = rules
        self.span = span
    return __init__


def _cvlint_model_Text():
    def __init__(self, value, span):
        self.value = value
        self.span = span
    return __init__


def _cvlint_registry_Rule(_dflt_params, _dflt_docs, _dflt_cases, _dflt_path, _dflt_opt_in, _dflt_once_per_person, _dflt_fix):
    def __init__(self, code, name, category, severity, check, summary, message, params=_FACTORY, docs=_FACTORY, cases=_FACTORY, path=_dflt_path, opt_in=_dflt_opt_in, once_per_person=_dflt_once_per_person, fix=_dflt_fix):
        self.code = code
        self.name = name
        self.category = category
        self.severity = severity
        self.check = check
        self.summary = summary
        self.message = message
        self.params = _dflt_params() if params is _FACTORY else params
        self.docs = _dflt_docs() if docs is _FACTORY else docs
        self.cases = _dflt_cases() if cases is _FACTORY else cases
        self.path = path
        self.opt_in = opt_in
        self.once_per_person = once_per_person
        self.fix = fix
    return __init__


def _cvlint_tables_Tables():
    def __init__(self, venues, status, authorship, places, providers, legitimate_domains, tld_typos, personal_data, screener, residue):
        self.venues = venues
        self.status = status
        self.authorship = authorship
        self.places = places
        self.providers = providers
        self.legitimate_domains = legitimate_domains
        self.tld_typos = tld_typos
        self.personal_data = personal_data
        self.screener = screener
        self.residue = residue
    return __init__


def _cvlint_tables_VenueMatch():
    def __init__(self, start, end, text):
        self.start = start
        self.end = end
        self.text = text
    return __init__


MAKERS = {
    'cvlint.checks.base.Check': (((('name', 'required'), ('scope', 'required'), ('func', 'required'), ('defaults', 'required'), ('doc', 'required'), ('source', 'default'), ('gives', 'default'), ('choices', 'factory')), False), _cvlint_checks_base_Check),
    'cvlint.checks.base.Context': (((('as_of', 'required'), ('tables', 'required'), ('rules', 'factory')), False), _cvlint_checks_base_Context),
    'cvlint.checks.shared.Said': (((('value', 'required'), ('span', 'required'), ('quoted', 'required'), ('values', 'required')), False), _cvlint_checks_shared_Said),
    'cvlint.compare.Cell': (((('line', 'required'), ('dates', 'default'), ('status', 'default'), ('venue', 'default'), ('authorship', 'default'), ('place', 'default'), ('changed', 'factory')), False), _cvlint_compare_Cell),
    'cvlint.compare.Person': (((('name', 'required'), ('versions', 'required'), ('rows', 'required'), ('findings', 'factory')), False), _cvlint_compare_Person),
    'cvlint.compare.Row': (((('section', 'required'), ('title', 'required'), ('cells', 'required'), ('change', 'required')), False), _cvlint_compare_Row),
    'cvlint.compare.Version': (((('path', 'required'), ('format', 'required'), ('written', 'default')), False), _cvlint_compare_Version),
    'cvlint.config.Config': (((('path', 'default'), ('where', 'default'), ('select', 'factory'), ('ignore', 'factory'), ('extend_select', 'factory'), ('severity', 'factory'), ('per_file_ignores', 'factory'), ('as_of', 'default'), ('fail_on', 'default'), ('format', 'default'), ('files', 'factory'), ('exclude', 'factory'), ('groups', 'factory'), ('owner', 'factory'), ('extend_venues', 'factory'), ('extend_sections', 'factory'), ('extend_rules', 'factory'), ('limits', 'factory')), False), _cvlint_config_Config),
    'cvlint.document.Document': (((('path', 'required'), ('format', 'required'), ('text', 'default'), ('encoding', 'default'), ('lines', 'factory'), ('meta', 'factory'), ('problems', 'factory'), ('pages', 'default'), ('facts', 'factory'), ('directives', 'factory'), ('hidden', 'factory'), ('comment_lines', 'factory'), ('collection', 'default')), False), _cvlint_document_Document),
    'cvlint.document.HiddenText': (((('text', 'required'), ('how', 'required'), ('line', 'required'), ('page', 'default')), False), _cvlint_document_HiddenText),
    'cvlint.document.Line': (((('number', 'required'), ('raw', 'required'), ('text', 'required'), ('cols', 'required'), ('kind', 'default'), ('level', 'default'), ('depth', 'default'), ('numbered', 'default'), ('bold', 'factory'), ('rows', 'default'), ('page', 'default'), ('size', 'default'), ('gap', 'default'), ('margin', 'default'), ('indent', 'default'), ('role', 'default'), ('fields', 'default')), False), _cvlint_document_Line),
    'cvlint.document.ReadProblem': (((('kind', 'required'), ('message', 'required'), ('line', 'default'), ('column', 'default')), False), _cvlint_document_ReadProblem),
    'cvlint.engine.Options': (((('groups', 'factory'), ('owners', 'factory'), ('venues', 'factory'), ('include', 'factory'), ('exclude', 'factory'), ('per_file_ignores', 'factory'), ('root', 'default'), ('follow_links', 'default'), ('jobs', 'default'), ('stdin', 'default'), ('edited', 'default'), ('progress', 'default')), False), _cvlint_engine_Options),
    'cvlint.engine.Result': (((('files', 'factory'), ('profiles', 'factory'), ('groups', 'factory'), ('findings', 'factory'), ('skipped', 'factory')), False), _cvlint_engine_Result),
    'cvlint.extract.dates.DateMatch': (((('start', 'required'), ('end', 'required'), ('text', 'required'), ('date', 'default'), ('end_date', 'default'), ('open_end', 'default'), ('is_range', 'default'), ('problem', 'default'), ('start_text', 'default'), ('end_text', 'default')), False), _cvlint_extract_dates_DateMatch),
    'cvlint.extract.types.EntryDraft': (((('section', 'required'), ('header', 'factory'), ('details', 'factory'), ('publication', 'default')), False), _cvlint_extract_types_EntryDraft),
    'cvlint.extract.types.LineInfo': (((('line', 'required'), ('text', 'required'), ('start', 'default'), ('dates', 'default'), ('rest', 'default'), ('words', 'default'), ('bold_start', 'default'), ('all_bold', 'default'), ('caps', 'default'), ('ends_sentence', 'default'), ('starts_lower', 'default'), ('break_before', 'default'), ('long', 'default'), ('size', 'default'), ('margin', 'default'), ('page_top', 'default'), ('running', 'default'), ('heading_kind', 'default'), ('page', 'default')), False), _cvlint_extract_types_LineInfo),
    'cvlint.extract.types.Rhythm': (((('blank_is_break', 'default'), ('blank_ratio', 'default'), ('wrap_length', 'default'), ('gap_break', 'default'), ('margin_caps', 'default')), False), _cvlint_extract_types_Rhythm),
    'cvlint.extract.types.SectionDraft': (((('kind', 'required'), ('heading', 'required'), ('lines', 'factory')), False), _cvlint_extract_types_SectionDraft),
    'cvlint.extract.types.Tagged': (((('info', 'required'), ('role', 'required'), ('scores', 'factory'), ('why', 'factory'), ('given', 'default')), False), _cvlint_extract_types_Tagged),
    'cvlint.finding.Finding': (((('code', 'required'), ('name', 'required'), ('category', 'required'), ('severity', 'required'), ('message', 'required'), ('span', 'required'), ('related', 'factory'), ('fix', 'default'), ('sensitive', 'default')), False), _cvlint_finding_Finding),
    'cvlint.finding.Fix': (((('replacement', 'required'), ('span', 'required')), False), _cvlint_finding_Fix),
    'cvlint.finding.Hit': (((('span', 'required'), ('params', 'factory'), ('related', 'factory'), ('fix', 'default'), ('sensitive', 'default')), False), _cvlint_finding_Hit),
    'cvlint.finding.Related': (((('span', 'required'), ('message', 'required')), False), _cvlint_finding_Related),
    'cvlint.group.Group': (((('profiles', 'required'), ('clusters', 'factory'), ('rows', 'factory'), ('scores', 'factory')), False), _cvlint_group_Group),
    'cvlint.history.Event': (((('revision', 'required'), ('previous', 'required'), ('finding', 'required'), ('before', 'default'), ('after', 'default')), False), _cvlint_history_Event),
    'cvlint.history.Revision': (((('sha', 'required'), ('date', 'required'), ('subject', 'required'), ('path', 'required'), ('blob', 'default'), ('data', 'default')), False), _cvlint_history_Revision),
    'cvlint.limits.Limits': (((('file_bytes', 'default'), ('pdf_bytes', 'default'), ('pdf_inflated_bytes', 'default'), ('pdf_chars', 'default'), ('bibtex_string_chars', 'default'), ('markup_line_chars', 'default'), ('yaml_nodes', 'default'), ('run_bytes', 'default')), True), _cvlint_limits_Limits),
    'cvlint.model.Author': (((('name', 'required'), ('is_self', 'default'), ('equal_contribution', 'default')), False), _cvlint_model_Author),
    'cvlint.model.Claim': (((('kind', 'required'), ('text', 'required'), ('span', 'required'), ('status', 'default'), ('venue', 'default'), ('venue_year', 'default'), ('authorship', 'default')), False), _cvlint_model_Claim),
    'cvlint.model.DateProblem': (((('text', 'required'), ('reason', 'required'), ('span', 'required')), False), _cvlint_model_DateProblem),
    'cvlint.model.DateRange': (((('text', 'required'), ('span', 'required'), ('start', 'required'), ('end', 'default'), ('open_end', 'default'), ('is_range', 'default'), ('expected', 'default'), ('start_text', 'default'), ('end_text', 'default')), False), _cvlint_model_DateRange),
    'cvlint.model.Entry': (((('section', 'required'), ('heading', 'required'), ('title', 'required'), ('span', 'required'), ('dates', 'default'), ('lines', 'factory'), ('claims', 'factory'), ('authors', 'factory'), ('authors_span', 'default'), ('year', 'default'), ('header_lines', 'default'), ('org', 'default'), ('role', 'default'), ('location', 'default'), ('bullets', 'factory')), False), _cvlint_model_Entry),
    'cvlint.model.Fact': (((('name', 'required'), ('value', 'required'), ('span', 'required'), ('source', 'required')), False), _cvlint_model_Fact),
    'cvlint.model.Hidden': (((('text', 'required'), ('how', 'required'), ('span', 'required')), False), _cvlint_model_Hidden),
    'cvlint.model.PartialDate': (((('year', 'required'), ('month', 'default'), ('season', 'default')), False), _cvlint_model_PartialDate),
    'cvlint.model.Person': (((('names', 'factory'), ('emails', 'factory'), ('phones', 'factory'), ('links', 'factory')), False), _cvlint_model_Person),
    'cvlint.model.Problem': (((('kind', 'required'), ('message', 'required'), ('span', 'required')), False), _cvlint_model_Problem),
    'cvlint.model.Profile': (((('source', 'required'), ('person', 'factory'), ('sections', 'factory'), ('entries', 'factory'), ('dates', 'factory'), ('date_problems', 'factory'), ('problems', 'factory'), ('lines', 'factory'), ('comment_lines', 'default'), ('facts', 'factory'), ('suppressions', 'factory'), ('hidden', 'factory')), False), _cvlint_model_Profile),
    'cvlint.model.Section': (((('kind', 'required'), ('heading', 'required')), False), _cvlint_model_Section),
    'cvlint.model.Source': (((('path', 'required'), ('format', 'required'), ('encoding', 'default'), ('version_date', 'default'), ('collection', 'default'), ('shape', 'default')), False), _cvlint_model_Source),
    'cvlint.model.Span': (((('path', 'required'), ('line', 'required'), ('column', 'required'), ('end_line', 'required'), ('end_column', 'required'), ('page', 'default')), True), _cvlint_model_Span),
    'cvlint.model.Suppression': (((('scope', 'required'), ('rules', 'required'), ('span', 'required')), False), _cvlint_model_Suppression),
    'cvlint.model.Text': (((('value', 'required'), ('span', 'required')), False), _cvlint_model_Text),
    'cvlint.registry.Rule': (((('code', 'required'), ('name', 'required'), ('category', 'required'), ('severity', 'required'), ('check', 'required'), ('summary', 'required'), ('message', 'required'), ('params', 'factory'), ('docs', 'factory'), ('cases', 'factory'), ('path', 'default'), ('opt_in', 'default'), ('once_per_person', 'default'), ('fix', 'default')), False), _cvlint_registry_Rule),
    'cvlint.tables.Tables': (((('venues', 'required'), ('status', 'required'), ('authorship', 'required'), ('places', 'required'), ('providers', 'required'), ('legitimate_domains', 'required'), ('tld_typos', 'required'), ('personal_data', 'required'), ('screener', 'required'), ('residue', 'required')), False), _cvlint_tables_Tables),
    'cvlint.tables.VenueMatch': (((('start', 'required'), ('end', 'required'), ('text', 'required')), False), _cvlint_tables_VenueMatch),
}
