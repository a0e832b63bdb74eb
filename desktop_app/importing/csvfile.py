"""CSV/TSV exports: decode (BOM, then UTF-8, then GB18030 — never a blind UTF-16 guess), pick the
delimiter, and yield records as lists of strings.

The file is streamed, never held in memory: one pass checks for NUL bytes and that the whole file
decodes strictly in the chosen encoding (a second pass only when UTF-8 fails and GB18030 is tried),
then every `rows()` call reads the file again through `csv.reader`. Memory stays flat at any
size.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.sniff import text_encoding
from desktop_app.importing.tables import RawBook, RawSheet

_DELIMITERS = (",", "\t", ";", "|")
_CHUNK = 1024 * 1024
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


def _scan(path: Path, encoding: str) -> tuple[bool, bool]:
    """One streaming pass: (has a NUL byte, decodes strictly as `encoding`)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    nul = False
    decodes = True
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            nul = nul or b"\x00" in chunk
            if decodes:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    decodes = False
            if nul and not decodes:
                break
        if decodes:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                decodes = False
    return nul, decodes


def _nul_problem(file: str) -> BadInput:
    return BadInput(
        Problem(
            "CSV 文件中含有空字符（NUL），文件可能已损坏",
            "the CSV contains NUL bytes; it may be damaged",
            file=file,
        )
    )


def file_encoding(path: Path) -> str:
    """The encoding the whole file decodes in (BOM, then UTF-8, then GB18030), streamed.

    BadInput for NUL bytes (outside UTF-16) and for text in none of those encodings — the same
    checks and messages as `decode_text`, without reading the file into memory.
    """
    name = path.name
    with path.open("rb") as fh:
        head = fh.read(4)
    declared = text_encoding(head)
    if declared is not None:
        nul, ok = _scan(path, declared)
        if nul and declared != "utf-16":
            raise _nul_problem(name)
        if not ok:
            raise BadInput(
                Problem(
                    f"文件声明为 {declared} 编码，但内容无法按此解码",
                    f"the file declares {declared} but does not decode as such",
                    file=name,
                )
            )
        return declared
    nul, ok = _scan(path, "utf-8")
    if nul:
        raise _nul_problem(name)
    if ok:
        return "utf-8"
    if _scan(path, "gb18030")[1]:
        return "gb18030"
    raise BadInput(
        Problem(
            "无法识别文件编码（不是 UTF-8 也不是 GBK/GB18030）——请另存为 UTF-8 CSV",
            "cannot tell the text encoding (neither UTF-8 nor GBK/GB18030) — save as UTF-8 CSV",
            file=name,
        )
    )


def _records(path: Path, encoding: str, delimiter: str) -> Iterator[Sequence[object]]:
    # csv.Error (malformed quoting) surfaces to the pipeline, which reports the record number
    with path.open(encoding=encoding, newline="") as fh:
        yield from csv.reader(fh, delimiter=delimiter)


def read_csv(path: Path) -> RawBook:
    """The single table of a CSV/TSV file (streamed: see the module docstring)."""
    enc = file_encoding(path)
    with path.open(encoding=enc, newline="") as fh:
        delimiter = pick_delimiter(fh.read(65536))

    def rows() -> Iterator[Sequence[object]]:
        return _records(path, enc, delimiter)

    sheet = RawSheet(name="", rows=rows, row_label="record")
    return RawBook(sheets=[sheet], extra={"encoding": enc, "delimiter": delimiter})
