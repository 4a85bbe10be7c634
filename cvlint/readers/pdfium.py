"""The few functions of PDFium's C API that cvlint reads PDFs with, bound with ctypes to the
library pypdfium2 ships (its ``pypdfium2_raw`` package, found without being imported).

Why not ``import pypdfium2``: it binds all of PDFium's ~700 functions, starts logging and
registers its object tracker — ~40 ms, which was half the time of reading a 20-page CV. The
functions below are PDFium's stable public API (``public/fpdfview.h``, ``fpdf_text.h``,
``fpdf_edit.h``); their signatures are those of PDFium's headers. If the library file is not
where pypdfium2 puts it (a build that links a system PDFium), pypdfium2's own binding is used."""

from __future__ import annotations

import ctypes
import importlib.util
import sys
from ctypes import POINTER, c_char_p, c_double, c_float, c_int, c_size_t, c_uint, c_ulong, c_ushort, c_void_p
from pathlib import Path

PAGEOBJ_TEXT, PAGEOBJ_PATH = 1, 2
_ERRORS = {1: "Unknown error", 2: "File access error", 3: "Data format error", 4: "Incorrect password error",
           5: "Unsupported security scheme error", 6: "Page not found or content error"}
PASSWORD_ERROR = 4


class PdfiumError(Exception):
    """PDFium could not open the document or a page: ``args`` is the message and, when PDFium
    gave one, its error code."""


class Matrix(ctypes.Structure):
    _fields_ = [(name, c_float) for name in "abcdef"]


class _RectF(ctypes.Structure):
    _fields_ = [("left", c_float), ("top", c_float), ("right", c_float), ("bottom", c_float)]


class _LibraryConfig(ctypes.Structure):  # FPDF_LIBRARY_CONFIG, version 2
    _fields_ = [("version", c_int), ("user_font_paths", c_void_p), ("isolate", c_void_p), ("v8_embedder_slot", c_uint)]


_DOUBLE, _FLOAT, _UINT = POINTER(c_double), POINTER(c_float), POINTER(c_uint)
_SIGNATURES = {  # name: (argument types, result type)
    "FPDF_InitLibraryWithConfig": ((POINTER(_LibraryConfig),), None),
    "FPDF_LoadMemDocument64": ((c_void_p, c_size_t, c_char_p), c_void_p),
    "FPDF_GetLastError": ((), c_ulong),
    "FPDF_GetPageCount": ((c_void_p,), c_int),
    "FPDF_CloseDocument": ((c_void_p,), None),
    "FPDF_GetMetaText": ((c_void_p, c_char_p, c_void_p, c_ulong), c_ulong),
    "FPDF_LoadPage": ((c_void_p, c_int), c_void_p),
    "FPDF_ClosePage": ((c_void_p,), None),
    "FPDF_GetPageBoundingBox": ((c_void_p, POINTER(_RectF)), c_int),
    "FPDFText_LoadPage": ((c_void_p,), c_void_p),
    "FPDFText_ClosePage": ((c_void_p,), None),
    "FPDFText_CountChars": ((c_void_p,), c_int),
    "FPDFText_GetText": ((c_void_p, c_int, c_int, POINTER(c_ushort)), c_int),
    "FPDFText_GetUnicode": ((c_void_p, c_int), c_uint),
    "FPDFText_GetCharBox": ((c_void_p, c_int, _DOUBLE, _DOUBLE, _DOUBLE, _DOUBLE), c_int),
    "FPDFText_GetCharOrigin": ((c_void_p, c_int, _DOUBLE, _DOUBLE), c_int),
    "FPDFText_GetFontSize": ((c_void_p, c_int), c_double),
    "FPDFText_GetFontInfo": ((c_void_p, c_int, c_void_p, c_ulong, POINTER(c_int)), c_ulong),
    "FPDFText_GetMatrix": ((c_void_p, c_int, POINTER(Matrix)), c_int),
    "FPDFText_GetTextObject": ((c_void_p, c_int), c_void_p),
    "FPDFText_GetFillColor": ((c_void_p, c_int, _UINT, _UINT, _UINT, _UINT), c_int),
    "FPDFTextObj_GetTextRenderMode": ((c_void_p,), c_int),
    "FPDFPage_CountObjects": ((c_void_p,), c_int),
    "FPDFPage_GetObject": ((c_void_p, c_int), c_void_p),
    "FPDFPageObj_GetType": ((c_void_p,), c_int),
    "FPDFPageObj_GetBounds": ((c_void_p, _FLOAT, _FLOAT, _FLOAT, _FLOAT), c_int),
    "FPDFPageObj_GetFillColor": ((c_void_p, _UINT, _UINT, _UINT, _UINT), c_int),
    "FPDFPath_GetDrawMode": ((c_void_p, POINTER(c_int), POINTER(c_int)), c_int),
    "FPDFPath_CountSegments": ((c_void_p,), c_int),
    "FPDFPageObj_GetClipPath": ((c_void_p,), c_void_p),
    "FPDFClipPath_CountPaths": ((c_void_p,), c_int),
    "FPDFClipPath_CountPathSegments": ((c_void_p, c_int), c_int),
    "FPDFClipPath_GetPathSegment": ((c_void_p, c_int, c_int), c_void_p),
    "FPDFPathSegment_GetPoint": ((c_void_p, _FLOAT, _FLOAT), c_int),
}


def clip_box(lib: ctypes.CDLL, obj: int) -> tuple[float, float, float, float] | None:
    """The box (left, bottom, right, top) that a page object's clip path lets be seen: the
    intersection of its paths' boxes (their points', a curve's control points included, so
    never smaller than what is seen); None when nothing clips it."""
    clip = lib.FPDFPageObj_GetClipPath(obj)
    paths = lib.FPDFClipPath_CountPaths(clip) if clip else 0
    box = None
    x, y = c_float(), c_float()
    for p in range(max(paths, 0)):
        xs, ys = [], []
        for s in range(max(lib.FPDFClipPath_CountPathSegments(clip, p), 0)):
            segment = lib.FPDFClipPath_GetPathSegment(clip, p, s)
            if segment and lib.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        here = (min(xs), min(ys), max(xs), max(ys))
        box = here if box is None else (max(box[0], here[0]), max(box[1], here[1]), min(box[2], here[2]), min(box[3], here[3]))
    return box


def _library_file() -> Path | None:
    """Where pypdfium2 installs PDFium: beside ``pypdfium2_raw``'s modules."""
    spec = importlib.util.find_spec("pypdfium2_raw")
    if spec is None or not spec.submodule_search_locations:
        return None
    if sys.platform.startswith(("win32", "cygwin", "msys")):
        name = "pdfium.dll"
    elif sys.platform.startswith(("darwin", "ios")):
        name = "libpdfium.dylib"
    else:
        name = "libpdfium.so"
    path = Path(next(iter(spec.submodule_search_locations))) / name
    return path if path.is_file() else None


def _load() -> ctypes.CDLL:
    path = _library_file()
    if path is not None and "bsd" not in sys.platform:  # BSD builds need pypdfium2_raw's set-up
        library = ctypes.CDLL(str(path))
    else:
        import pypdfium2_raw.bindings  # raises ImportError: reported as PDF not supported

        library = pypdfium2_raw.bindings._libs["pdfium"]
    for name, (arguments, result) in _SIGNATURES.items():
        function = getattr(library, name)
        function.argtypes, function.restype = arguments, result
    # safe to call again (pypdfium2 in the same process): PDFium initialises once
    library.FPDF_InitLibraryWithConfig(ctypes.byref(_LibraryConfig(2, None, None, 0)))
    return library


_library: ctypes.CDLL | None = None


def library() -> ctypes.CDLL:
    """PDFium, loaded and initialised on first use (ImportError if pypdfium2 is not installed)."""
    global _library
    if _library is None:
        _library = _load()
    return _library


class Document:
    """An open PDF, from bytes kept alive as long as it is open."""

    def __init__(self, data: bytes):
        self.lib = library()
        self._data = data  # PDFium reads from this buffer while the document is open
        self.handle = self.lib.FPDF_LoadMemDocument64(data, len(data), None)
        if not self.handle or self.lib.FPDF_GetPageCount(self.handle) < 1:
            code = self.lib.FPDF_GetLastError()
            self.close()
            raise PdfiumError(f"Failed to load document (PDFium: {_ERRORS.get(code, f'error {code}')}).", code)

    def __len__(self) -> int:
        return self.lib.FPDF_GetPageCount(self.handle)

    def page(self, index: int) -> Page:
        handle = self.lib.FPDF_LoadPage(self.handle, index)
        if not handle:
            raise PdfiumError("Failed to load page.")
        return Page(self.lib, handle)

    def metadata(self, keys=("CreationDate", "ModDate")) -> dict[str, str]:
        """The document information's values for ``keys``, the empty ones left out."""
        out = {}
        for key in keys:
            tag = key.encode("ascii")
            size = self.lib.FPDF_GetMetaText(self.handle, tag, None, 0)
            if size <= 2:
                continue
            buffer = ctypes.create_string_buffer(size)
            self.lib.FPDF_GetMetaText(self.handle, tag, buffer, size)
            out[key] = buffer.raw[:size - 2].decode("utf-16-le", errors="replace")
        return out

    def close(self) -> None:
        if self.handle:
            self.lib.FPDF_CloseDocument(self.handle)
            self.handle = None


class Page:
    """A loaded page and, on demand, its text page (PDFium's characters in reading order)."""

    def __init__(self, lib: ctypes.CDLL, handle: int):
        self.lib, self.handle, self.text_handle = lib, handle, None

    def box(self) -> tuple[float, float, float, float]:
        """The visible box (left, bottom, right, top): the media box cut by the crop box."""
        rect = _RectF()
        if not self.lib.FPDF_GetPageBoundingBox(self.handle, ctypes.byref(rect)):
            raise PdfiumError("Failed to get page bounding box.")
        return rect.left, rect.bottom, rect.right, rect.top

    def text_page(self) -> int:
        if self.text_handle is None:
            self.text_handle = self.lib.FPDFText_LoadPage(self.handle)
            if not self.text_handle:
                raise PdfiumError("Failed to load text page.")
        return self.text_handle

    def close(self) -> None:
        if self.text_handle:
            self.lib.FPDFText_ClosePage(self.text_handle)
        self.text_handle = None
        if self.handle:
            self.lib.FPDF_ClosePage(self.handle)
            self.handle = None
