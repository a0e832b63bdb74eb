"""File names that are safe inside a zip on Windows and Linux, whatever the seller's input.

`safe_name` turns any text (an attachment's original name, a buyer name, a product title) into a
single path component that: has no directory part, drive or ``..``; no control, format (bidi
override, zero-width) or Windows-forbidden characters (``<>:"/\\|?*``); does not end in a dot or
space; is not a reserved device name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, also with an extension
or superscript digit); is at most `max_bytes` bytes of UTF-8 with its extension kept; and is
unique, ignoring case, among the names already in `taken` (``name (2).ext`` …).
"""

from __future__ import annotations

import re
import unicodedata

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
RESERVED = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"COM{i}" for i in "123456789¹²³"}
    | {f"LPT{i}" for i in "123456789¹²³"}
)
DEFAULT_MAX_BYTES = 120
_MAX_EXT_CHARS = 12
_SPACES = re.compile(r"\s+")


def _clean_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return ""
    if ch in WINDOWS_FORBIDDEN:
        return "_"
    return ch


def _cut_utf8(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", errors="ignore")


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > _MAX_EXT_CHARS or not ext.isalnum():
        return name, ""
    return stem, "." + ext


def clean_component(text: str, fallback: str = "file", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """`text` as one safe path component (not yet made unique)."""
    text = unicodedata.normalize("NFC", str(text))
    # Keep only the last path component, whichever separator the name came with.
    text = re.split(r"[\\/]", text)[-1]
    text = "".join(_clean_char(ch) for ch in text)
    text = _SPACES.sub(" ", text).strip(" .")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    stem, ext = _split_ext(text)
    stem = stem.strip(" .") or fallback
    if stem.split(".")[0].strip().upper() in RESERVED:
        stem = "_" + stem
    ext_bytes = len(ext.encode("utf-8"))
    stem = _cut_utf8(stem, max(max_bytes - ext_bytes - 8, 8)).rstrip(" .") or fallback
    if stem.split(".")[0].strip().upper() in RESERVED:  # cutting can expose one again
        stem = "_" + stem
    return stem + ext


def safe_name(
    text: str, taken: set[str], fallback: str = "file", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """A safe, unique file name for `text`; records it (case-folded) in `taken`."""
    name = clean_component(text, fallback, max_bytes)
    stem, ext = _split_ext(name)
    budget = max(max_bytes - len(ext.encode("utf-8")) - 8, 8)
    candidate = name
    n = 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        short = _cut_utf8(stem, budget - len(suffix)).rstrip(" .") or fallback
        candidate = f"{short}{suffix}{ext}"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def is_safe_member(path: str) -> bool:
    """Whether a zip member path (``folder/name``) is safe by the rules above (used by tests and
    as a final assertion before writing)."""
    if not path or path.startswith(("/", "\\")) or "\\" in path:
        return False
    for part in path.split("/"):
        if part in ("", ".", "..") or part != clean_component(part, fallback="\0"):
            return False
    return True
