"""Tell a file's format from its bytes, never from its extension.

- ``PK\\x03\\x04`` zip → xlsx/xlsm (checked further by `desktop_app.importing.zipguard`);
- CFB/OLE2 (``D0 CF 11 E0``) → an encrypted OOXML workbook (it holds an ``EncryptionInfo`` stream:
  "password-protected") or a real legacy ``.xls``;
- HTML (``<html``, ``<table`` …, often saved with an ``.xls`` name by Chinese back-ends) → html;
- otherwise text that decodes (BOM, then UTF-8, then GB18030; never a blind UTF-16 guess) → csv.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.model import FileFormat

ZIP_MAGIC = b"PK\x03\x04"
ZIP_EMPTY = b"PK\x05\x06"
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    # A comment's text is matched up to its first "-->" only (unrolled, no ``.*?`` inside a repeat):
    # the pattern stays linear on a head made of hundreds of comments (no backtracking blow-up).
    rb"^\s*(?:<\?xml[^<>]*>\s*)?(?:<!--[^-]*(?:-(?!->)[^-]*)*-->\s*)*"
    rb"<(?:!doctype\s+html|html|table|head|body|meta)\b",
    re.I | re.S,
)
_SPREADSHEETML_2003 = re.compile(rb"urn:schemas-microsoft-com:office:spreadsheet")
_TEXT_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HEAD_BYTES = 64 * 1024


def password_problem(file: str) -> Problem:
    """The message for an encrypted workbook."""
    return Problem(
        "工作簿有密码保护——请去掉密码后重新导出",
        "password-protected — remove the password and export again",
        file=file,
    )


def is_encrypted_cfb(data: bytes) -> bool:
    """A CFB container holding an encrypted OOXML package (EncryptionInfo/EncryptedPackage)."""
    return (
        "EncryptionInfo".encode("utf-16-le") in data
        or "EncryptedPackage".encode("utf-16-le") in data
    )


def text_encoding(head: bytes) -> str | None:
    """The BOM-declared encoding of a text file, or None without a BOM."""
    for bom, enc in _TEXT_BOMS:
        if head.startswith(bom):
            return enc
    return None


def sniff(path: Path) -> FileFormat:
    """The format of the file at `path`; BadInput for encrypted, empty or unreadable files."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise BadInput(
            Problem(
                f"无法读取文件：{exc.strerror}", f"cannot read the file: {exc.strerror}", file=name
            )
        ) from exc
    if not head.strip():
        raise BadInput(Problem("文件是空的", "the file is empty", file=name))
    if head.startswith(ZIP_MAGIC) or head.startswith(ZIP_EMPTY):
        return "xlsx"
    if head.startswith(CFB_MAGIC):
        data = path.read_bytes()
        if is_encrypted_cfb(data):
            raise BadInput(password_problem(name))
        return "xls"
    enc = text_encoding(head)
    probe = head
    if enc == "utf-16":
        probe = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif enc == "utf-8-sig":
        probe = head[len(codecs.BOM_UTF8) :]
    if _HTML_START.match(probe[:4096]) or (
        b"<table" in probe[:4096].lower() and b"<tr" in probe.lower()
    ):
        return "html"
    if _SPREADSHEETML_2003.search(probe[:4096]):
        raise BadInput(
            Problem(
                "这是 Excel 2003 XML 表格，暂不支持——请在 Excel 中另存为 .xlsx 后再导入",
                "this is an Excel 2003 XML spreadsheet, which is not supported — "
                "save it as .xlsx in Excel and import that",
                file=name,
            )
        )
    if b"\x00" in head and enc is None:
        raise BadInput(
            Problem(
                "不是可识别的表格文件（既不是 xlsx/xls，也不是 CSV 文本）",
                "not a recognised table file (neither xlsx/xls nor CSV text)",
                file=name,
            )
        )
    return "csv"
