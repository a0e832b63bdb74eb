"""CSV/TSV exports: decode (BOM, then UTF-8, then GB18030 — never a blind UTF-16 guess), pick the
delimiter, and yield records as lists of strings.

The file is streamed, never held in memory: one pass checks for NUL bytes and that the whole file
decodes strictly in the chosen encoding (a second pass only when UTF-8 fails and GB18030 is tried),
then every `rows()` call reads the file again through `csv.reader`. Memory stays flat at any size.

A file is text cut into records by line breaks, and a download or sync that stopped early leaves
its last record cut: a last record with no line break after it (or whose quoted field runs to the
end of the file) is yielded as a `DefectiveRow`, a row error and never an order. A line longer than
`MAX_LINE_BYTES` is refused before any record is parsed (no export has one; reading it would hold
the whole line in memory).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.sniff import text_encoding
from desktop_app.importing.tables import DefectiveRow, RawBook, RawSheet

_DELIMITERS = (",", "\t", ";", "|")
_CHUNK = 1024 * 1024
FIELD_LIMIT = 16 * 1024 * 1024  # characters in one field (csv's own limit, raised)
MAX_LINE_BYTES = 2 * FIELD_LIMIT
csv.field_size_limit(FIELD_LIMIT)
_CUT_ZH = (
    "最后一条记录没有完整结束（文件末尾缺少换行或引号未闭合），"
    "文件可能没有下载完整——请重新下载或导出"
)
_CUT_EN = (
    "the last record does not end properly (no line break at the end of the file, or a quote "
    "left open): the file looks cut off, e.g. an interrupted download — download or export it again"
)


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


@dataclass
class _Scan:
    """What one streaming pass over the file's bytes learnt."""

    nul: bool = False  # a NUL byte somewhere
    decodes: bool = True  # the whole file decodes strictly in the encoding tried
    ends_with_newline: bool = False  # its last character is a line break
    longest_line: int = 0  # bytes
    encoding: str = "utf-8"  # the encoding tried


def _scan(path: Path, encoding: str) -> _Scan:
    """One streaming pass: NUL bytes, strict decoding, the last character, the longest line."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    scan = _Scan(encoding=encoding)
    run = 0  # bytes since the last line feed (0x0A is never part of a multi-byte character here)
    last = ""
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            scan.nul = scan.nul or b"\x00" in chunk
            first = chunk.find(b"\n")
            if first == -1:
                run += len(chunk)
            else:
                run += first
                scan.longest_line = max(scan.longest_line, run)
                run = len(chunk) - 1 - chunk.rfind(b"\n")
            scan.longest_line = max(scan.longest_line, run)
            if scan.decodes:
                try:
                    last = decoder.decode(chunk)[-1:] or last
                except UnicodeDecodeError:
                    scan.decodes = False
            if scan.nul and not scan.decodes:
                break
        if scan.decodes:
            try:
                last = decoder.decode(b"", final=True)[-1:] or last
            except UnicodeDecodeError:
                # only a character cut at the very end: the file was cut off (its last record
                # is reported as such), not written in another encoding
                last = "\ufffd"
    scan.ends_with_newline = last in ("\n", "\r")
    return scan


def _nul_problem(file: str) -> BadInput:
    return BadInput(
        Problem(
            "CSV 文件中含有空字符（NUL），文件可能已损坏",
            "the CSV contains NUL bytes; it may be damaged",
            file=file,
        )
    )


def _long_line(file: str) -> BadInput:
    return BadInput(
        Problem(
            f"文件中有一行超过 {MAX_LINE_BYTES // 1024**2} MB，这不是订单导出表格",
            f"a line of the file is longer than {MAX_LINE_BYTES // 1024**2} MB: "
            "this is not an order export",
            file=file,
        )
    )


def scan_file(path: Path) -> _Scan:
    """The encoding the whole file decodes in (BOM, then UTF-8, then GB18030), streamed, with
    what that pass learnt.

    BadInput for NUL bytes (outside UTF-16), for text in none of those encodings — the same
    checks and messages as `decode_text`, without reading the file into memory — and for a line
    longer than `MAX_LINE_BYTES`.
    """
    name = path.name
    with path.open("rb") as fh:
        head = fh.read(4)
    declared = text_encoding(head)
    if declared is not None:
        scan = _scan(path, declared)
        if scan.nul and declared != "utf-16":
            raise _nul_problem(name)
        if not scan.decodes:
            raise BadInput(
                Problem(
                    f"文件声明为 {declared} 编码，但内容无法按此解码",
                    f"the file declares {declared} but does not decode as such",
                    file=name,
                )
            )
        scan.encoding = declared
    else:
        scan = _scan(path, "utf-8")
        if scan.nul:
            raise _nul_problem(name)
        if not scan.decodes:
            scan = _scan(path, "gb18030")
            if not scan.decodes:
                raise BadInput(
                    Problem(
                        "无法识别文件编码（不是 UTF-8 也不是 GBK/GB18030）——请另存为 UTF-8 CSV",
                        "cannot tell the text encoding (neither UTF-8 nor GBK/GB18030) — "
                        "save as UTF-8 CSV",
                        file=name,
                    )
                )
            scan.encoding = "gb18030"
    if scan.longest_line > MAX_LINE_BYTES:
        raise _long_line(name)
    return scan


def csv_error_texts(exc: csv.Error) -> tuple[str, str]:
    """(Chinese, English) for a record the csv module could not read."""
    if "field limit" in str(exc):
        limit = csv.field_size_limit()
        return (
            f"CSV 中有一个字段超过 {limit} 个字符，这不是订单导出表格",
            f"a CSV field is longer than {limit} characters: this is not an order export",
        )
    return f"CSV 格式错误：{exc}", f"malformed CSV: {exc}"


def _records(
    path: Path, encoding: str, delimiter: str, ends_with_newline: bool
) -> Iterator[Sequence[object]]:
    # csv.Error (malformed quoting) surfaces to the pipeline, which reports the record number
    # "replace" only ever meets a character cut at the end of the file (`_scan` decoded the rest
    # strictly): it lands in the last record, which is then reported as cut off
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        prev = next(reader, None)
        if prev is None:
            return
        try:
            for record in reader:
                yield prev
                prev = record
        except csv.Error:
            yield prev  # the record before the malformed one, so the error names the right one
            raise
        # a quoted field still open at the end of the file swallows the last line break
        if not ends_with_newline or (prev and prev[-1][-1:] in ("\n", "\r")):
            yield DefectiveRow(prev, _CUT_ZH, _CUT_EN, column=max(0, len(prev) - 1))
        else:
            yield prev


def read_csv(path: Path) -> RawBook:
    """The single table of a CSV/TSV file (streamed: see the module docstring)."""
    scan = scan_file(path)
    enc = scan.encoding
    with path.open(encoding=enc, errors="replace", newline="") as fh:
        delimiter = pick_delimiter(fh.read(65536))

    def rows() -> Iterator[Sequence[object]]:
        return _records(path, enc, delimiter, scan.ends_with_newline)

    sheet = RawSheet(name="", rows=rows, row_label="record")
    return RawBook(sheets=[sheet], extra={"encoding": enc, "delimiter": delimiter})
