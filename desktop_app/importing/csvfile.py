"""CSV/TSV exports: decode (BOM, then UTF-8, then GB18030 — never a blind UTF-16 guess), pick the
delimiter, and yield records as lists of strings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.sniff import text_encoding
from desktop_app.importing.tables import RawBook, RawSheet

_DELIMITERS = (",", "\t", ";", "|")
csv.field_size_limit(16 * 1024 * 1024)


def decode_text(data: bytes, file: str) -> tuple[str, str]:
    """(text, encoding used): BOM first, then strict UTF-8, then GB18030."""
    enc = text_encoding(data[:4])
    if enc is not None:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            raise BadInput(
                Problem(
                    f"文件声明为 {enc} 编码，但内容无法按此解码",
                    f"the file declares {enc} but does not decode as such",
                    file=file,
                )
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise BadInput(
            Problem(
                "无法识别文件编码（不是 UTF-8 也不是 GBK/GB18030）——请另存为 UTF-8 CSV",
                "cannot tell the text encoding (neither UTF-8 nor GBK/GB18030) — save as UTF-8 CSV",
                file=file,
            )
        ) from None


def pick_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently (',' on a tie)."""
    lines = [ln for ln in text[:65536].splitlines()[:20] if ln.strip()]
    if not lines:
        return ","
    best, best_score = ",", 0
    for d in _DELIMITERS:
        counts = [ln.count(d) for ln in lines]
        top = max(counts)
        if top == 0:
            continue
        # lines that share the most common non-zero count (the table body), weighted by that count
        nonzero = [c for c in counts if c]
        mode = max(set(nonzero), key=nonzero.count)
        score = nonzero.count(mode) * mode
        if score > best_score:
            best, best_score = d, score
    return best


def read_csv(path: Path) -> RawBook:
    """The single table of a CSV/TSV file."""
    name = path.name
    data = path.read_bytes()
    if b"\x00" in data and text_encoding(data[:4]) != "utf-16":
        raise BadInput(
            Problem(
                "CSV 文件中含有空字符（NUL），文件可能已损坏",
                "the CSV contains NUL bytes; it may be damaged",
                file=name,
            )
        )
    text, enc = decode_text(data, name)
    delimiter = pick_delimiter(text)

    def rows() -> Iterator[Sequence[object]]:
        # csv.Error (malformed quoting) surfaces to the pipeline, which reports the record number
        return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    sheet = RawSheet(name="", rows=rows, row_label="record")
    return RawBook(sheets=[sheet], extra={"encoding": enc, "delimiter": delimiter})
