"""Safety checks on an xlsx/xlsm package before any spreadsheet library sees it.

- **Damaged zip** (truncated download, CRC error) → BadInput "damaged", never a half-read import.
- **Zip bombs**: the declared inflated sizes (total, per member, compression ratio) are checked
  first; then every member is actually inflated through `zipfile` with a hard cap, so a member whose
  data inflates beyond what it declares fails its CRC/size check instead of filling memory.
- **XML entity attacks** (billion laughs, XXE): no part of a workbook legitimately carries a
  ``<!DOCTYPE`` or ``<!ENTITY``; such a package is refused as hostile.
- **Stray far-away cells** (a value at XFD1048576): python-calamine materialises a sheet as a dense
  rectangle, so one stray cell would ask for terabytes and abort the process. Each worksheet's
  real extent is measured from its XML (never from its declared ``<dimension>``); a sheet whose
  cells lie far outside its data block is rewritten without them, with a warning.

Also reads the workbook's date system (``date1904``), which calamine applies to date-formatted
cells but which plain numeric serials need too.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.errors import BadInput, Problem
from desktop_app.importing.sheetxml import NotASheet, SheetExtent, read_extent
from desktop_app.importing.sniff import password_problem

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 2 * 1024**3  # inflated, whole package
MAX_MEMBER_BYTES = 1024**3
MAX_RATIO = 200  # declared inflated / compressed, for members over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 8 * 1024**2
MAX_COLUMN = 1024  # no platform export has more columns; cells beyond are stray
MAX_ROW_GAP = 10_000  # a jump of more empty rows than this ends the data block
# calamine allocates a sheet's whole rectangle: more than this many cells beyond what the sheet
# holds (4 per cell written, plus a million) is refused before it is read
AREA_SLACK_PER_CELL = 4
AREA_SLACK = 1_000_000
_CHUNK = 1024 * 1024

# Attribute runs are ``[^<>]*``, never ``[^>]*``: a tag that is never closed must not make every
# match attempt rescan the rest of the sheet (a 10 KB hostile workbook took minutes).
_ROW_R = re.compile(rb'<(?:\w+:)?row\b[^<>]*?\sr="(\d+)"')
_WIDE_QUICK = re.compile(rb'r="[A-Z]{3}[0-9]')
# Cell references at row 100000+ (6 digits) / 1000000+ (7 digits): cheap to look for (a literal
# prefix), and in a sheet whose row tags end well before that, a sign of a far-away stray cell.
_FAR_QUICK = re.compile(rb'r="[A-Z]{1,3}[0-9]{6}')
_FARTHER_QUICK = re.compile(rb'r="[A-Z]{1,3}[0-9]{7}')
# The three looked for together in one pass over each chunk: (wide, far, farther) still unseen →
# one pattern matching any of them (a found kind is dropped, so a 1M-row sheet's many 6-digit
# references do not come back one by one).
_QUICK_PARTS = (rb"[A-Z]{3}[0-9]", rb"[A-Z]{1,3}[0-9]{6}", rb"[A-Z]{1,3}[0-9]{7}")
_QUICK_ANY = {
    wanted: re.compile(
        rb'r="(?:'
        + rb"|".join(part for part, w in zip(_QUICK_PARTS, wanted, strict=True) if w)
        + rb")"
    )
    for wanted in ((a, b, c) for a in (True, False) for b in (True, False) for c in (True, False))
    if any(wanted)
}
_FAR_CELL_ROWS = re.compile(rb'<(?:\w+:)?c\b[^<>]*?\sr="[A-Z]{1,3}([0-9]{6,7})"')
_WIDE_CELL = re.compile(rb'<(?:\w+:)?c\b[^<>]*?\sr="([A-Z]{3})\d+"')
# Anything but the form every spreadsheet program writes (``<row r="1"``, ``<c r="A1"``): a row or
# cell without a leading ``r="``, a prefixed element, a character reference in a reference — or a
# formula. Such a sheet is read exactly by `desktop_app.importing.sheetxml` instead.
# (separate patterns, each starting with a literal: one alternation of them all is ~50× slower)
_UNUSUAL = tuple(
    re.compile(p)
    for p in (
        rb'<c(?:[\t\n\r/>]| (?!r="))',
        rb'<row(?:[\t\n\r/>]| (?!r="))',
        rb":(?:c|row)[\s/>]",
        rb'r="&',
        rb"<f[\s/>]",
    )
)
_OVERLAP = 16  # bytes of the previous chunk searched again (longer than any pattern above)


def _unusual(data: bytes) -> bool:
    """One of the `_UNUSUAL` patterns occurs in `data`, not counting a match in its last
    `_OVERLAP` bytes: a tag cut there (``<c r`` …) is looked at again with the next chunk."""
    limit = len(data) - _OVERLAP
    for pattern in _UNUSUAL:
        m = pattern.search(data)
        if m is not None and m.start() < limit:
            return True
    return False


_DATE1904 = re.compile(rb'date1904\s*=\s*"(?:1|true)"', re.I)
_DOCTYPE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)


@dataclass
class PackageInfo:
    """What the checks learnt about a workbook package."""

    date1904: bool = False
    warnings: list[str] = field(default_factory=list)
    sanitized: bytes | None = None  # a cleaned copy of the package to read instead of the file
    members: dict[str, int] = field(default_factory=dict)  # name → inflated size
    # sheet name → (row, col) of formula cells without a computed value, 0-based
    uncached_formulas: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _bad(file: str, zh: str, en: str) -> BadInput:
    return BadInput(Problem(zh, en, file=file))


def _damaged(file: str) -> BadInput:
    return _bad(
        file,
        "文件已损坏或不完整（xlsx 压缩包无法读取）——请重新导出或重新下载",
        "the file is damaged or incomplete (the xlsx zip cannot be read) — "
        "export or download it again",
    )


def _bomb(file: str, detail: str) -> BadInput:
    return _bad(
        file,
        f"文件解压后过大，疑似压缩炸弹，已拒绝（{detail}）",
        f"the file inflates to an unreasonable size (possible zip bomb), refused ({detail})",
    )


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_package(path: Path) -> PackageInfo:
    """Run every check on the xlsx at `path`; BadInput if it is damaged, a bomb or hostile."""
    name = path.name
    info = PackageInfo()
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(name) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _bomb(name, f"{len(infos)} members")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise _bomb(name, f"declared {declared} bytes")
        for i in infos:
            if i.flag_bits & 0x1:  # the zip's own encryption: no workbook is written like this
                raise BadInput(password_problem(name))
            if i.file_size > MAX_MEMBER_BYTES:
                raise _bomb(name, f"{i.filename}: declared {i.file_size} bytes")
            if i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise _bomb(name, f"{i.filename}: ratio {i.file_size // max(i.compress_size, 1)}:1")
        names = {i.filename for i in infos}
        if len(names) != len(infos):  # which copy would a reader take? Excel never writes this
            raise _bad(
                name,
                "工作簿压缩包中同一部件出现了两次，文件已损坏或被篡改",
                "the workbook package holds the same part twice — damaged or tampered with",
            )
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise _bad(
                name,
                "这个压缩包不是 Excel 工作簿（缺少 xl/ 部件）",
                "this zip is not an Excel workbook (no xl/ parts)",
            )
        total = 0
        dirty: dict[str, bytes] = {}
        sheet_names = _sheet_names(zf, name)
        for i in infos:
            if i.is_dir():
                continue
            is_sheet = i.filename.endswith(".xml") and (
                i.filename.startswith("xl/worksheets/") or i.filename in sheet_names
            )
            scan = _inflate(zf, i, name, is_sheet)
            total += scan.size
            if total > MAX_TOTAL_BYTES:
                raise _bomb(name, f"inflated over {MAX_TOTAL_BYTES} bytes")
            info.members[i.filename] = scan.size
            if i.filename.endswith((".xml", ".rels", ".vml")) and _DOCTYPE.search(scan.head):
                raise _bad(
                    name,
                    "工作簿内含 XML 实体声明（<!DOCTYPE/<!ENTITY），可能是恶意文件，已拒绝",
                    "the workbook contains an XML entity declaration (<!DOCTYPE/<!ENTITY) — "
                    "possibly malicious, refused",
                )
            if i.filename == "xl/workbook.xml":
                info.date1904 = bool(_DATE1904.search(zf.read(i)))
            elif is_sheet:
                label = sheet_names.get(i.filename, i.filename)
                data: bytes | None = None
                if scan.suspicious() and not scan.unusual:
                    data = zf.read(i)  # rare: only a sheet with far-away cells is read whole
                    cleaned = _strip_stray_cells(data, label, info.warnings)
                    if cleaned is not None:
                        dirty[i.filename] = data = cleaned
                if scan.unusual:
                    ext = _exact_extent(data if data is not None else zf.read(i), name, label)
                    if ext.uncached_formulas:
                        info.uncached_formulas[label] = ext.uncached_formulas
        if dirty:
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
                for i in infos:
                    dst.writestr(i, dirty.get(i.filename) or zf.read(i))
            info.sanitized = out.getvalue()
    return info


def _far_cells(file: str, sheet: str) -> BadInput:
    return _bad(
        file,
        f"工作表“{sheet}”中有远在数据区之外的单元格（例如 XFD1048576），且写法特殊、无法安全跳过——"
        "请在 Excel 中打开、删除这些单元格并保存后重新导入",
        f"sheet {sheet!r} has cells far outside its data (e.g. at XFD1048576), written in a form "
        "that cannot be skipped safely — open it in Excel, delete them, save and import again",
    )


def _exact_extent(data: bytes, file: str, sheet: str) -> SheetExtent:
    """The exact extent of a sheet written in an unusual form; BadInput when calamine would have
    to allocate far more cells than the sheet holds, or the part is not XML."""
    try:
        ext = read_extent(data)
    except NotASheet:
        raise _bad(
            file,
            f"工作表“{sheet}”的内容不是有效的 XML，文件已损坏——请重新导出",
            f"sheet {sheet!r} is not valid XML; the file is damaged — export it again",
        ) from None
    if ext.max_col >= MAX_COLUMN or ext.area() > AREA_SLACK_PER_CELL * ext.cells + AREA_SLACK:
        raise _far_cells(file, sheet)
    return ext


_SHEET_TYPES_NOT_READ = ("/sharedStrings", "/styles", "/theme", "/calcChain")


def _small_xml(zf: zipfile.ZipFile, member: str, file: str) -> ElementTree.Element | None:
    """A small part (rels, workbook) parsed, or None when absent or unreadable; entity
    declarations are refused as in every part."""
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    if info.file_size > 16 * 1024**2:
        raise _bomb(file, f"{member}: {info.file_size} bytes")
    try:
        data = zf.read(member)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise _damaged(file) from None
    if _DOCTYPE.search(data):
        return None  # refused with its message when the member itself is checked
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2].rpartition(":")[2]


def _sheet_names(zf: zipfile.ZipFile, file: str) -> dict[str, str]:
    """Member name → sheet name of every part the workbook's relationships point to that a reader
    may load as a sheet (whatever its folder), read with a real XML parser."""
    rels = _small_xml(zf, "xl/_rels/workbook.xml.rels", file)
    book = _small_xml(zf, "xl/workbook.xml", file)
    if rels is None:
        return {}
    by_id: dict[str, str] = {}
    for rel in rels.iter():
        if _local(rel.tag) != "Relationship":
            continue
        target = (rel.get("Target") or "").strip()
        if not target or rel.get("TargetMode") == "External":
            continue
        if (rel.get("Type") or "").endswith(_SHEET_TYPES_NOT_READ):
            continue
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        by_id[rel.get("Id") or ""] = posixpath.normpath(part)
    names = {part: part for part in by_id.values()}
    if book is not None:
        for sheet in book.iter():
            if _local(sheet.tag) != "sheet":
                continue
            rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), None)
            if rid in by_id and sheet.get("name"):
                names[by_id[rid]] = sheet.get("name") or by_id[rid]
    return names


@dataclass
class _Scan:
    """What streaming through one member learnt (the member itself is not kept)."""

    size: int = 0
    head: bytes = b""  # the first 4 KiB (entity declarations sit at the top)
    rows: int = 0  # '<row' tags seen (worksheets)
    last_row: int = 0  # the last row number (worksheets)
    wide: bool = False  # a cell reference with a 3-letter column (worksheets)
    far: bool = False  # a cell reference at row 100000 or beyond (worksheets)
    farther: bool = False  # a cell reference at row 1000000 or beyond (worksheets)
    unusual: bool = False  # not in the usual form, or a formula: read exactly (worksheets)

    def suspicious(self) -> bool:
        """Cells far outside the data block may be present: inspect the sheet closely. That
        includes a far-away cell *inside* a low row (its reference says row 1048576 while the
        row tags end much earlier): calamine places it by its reference."""
        return (
            self.wide
            or self.last_row > self.rows + MAX_ROW_GAP
            or (self.far and self.last_row + MAX_ROW_GAP < 100_000)
            or (self.farther and self.last_row + MAX_ROW_GAP < 1_000_000)
        )


def _inflate(zf: zipfile.ZipFile, member: zipfile.ZipInfo, file: str, is_sheet: bool) -> _Scan:
    """Stream one member through a hard size cap; CRC and size mismatches mean a damaged file.

    Worksheets are scanned on the way (row count, last row number, very wide cell references)
    with a small overlap between chunks, so nothing larger than a chunk is held in memory.
    """
    cap = min(member.file_size, MAX_MEMBER_BYTES)
    scan = _Scan()
    carry = b""
    tail = b""
    try:
        with zf.open(member) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                if not scan.size:
                    scan.head = chunk[:4096]
                scan.size += len(chunk)
                if scan.size > cap:
                    raise _bomb(file, f"{member.filename} inflates beyond its declared size")
                if is_sheet:
                    # overlaps one byte shorter than each pattern: split tags are seen once
                    rows = carry[-3:] + chunk
                    scan.rows += rows.count(b"<row") or rows.count(b":row ")
                    joined = carry + chunk
                    _quick_scan(scan, joined)
                    if not scan.unusual:
                        scan.unusual = _unusual(joined)
                    carry = chunk[-_OVERLAP:]
                    tail = (tail + chunk)[-65536:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        raise _damaged(file) from None
    if scan.size != member.file_size:
        raise _damaged(file)
    if is_sheet:
        found = _ROW_R.findall(tail)
        scan.last_row = int(found[-1]) if found else 0
    return scan


def _quick_scan(scan: _Scan, data: bytes) -> None:
    """Set the scan's wide / far / farther flags from the cell references in `data`, in one
    regex pass while none is found (the usual case), resuming after each hit for the others."""
    pos = 0
    while True:
        wanted = (not scan.wide, not scan.far, not scan.farther)
        if not any(wanted):
            return
        m = _QUICK_ANY[wanted].search(data, pos)
        if m is None:
            return
        ref = data[m.start() + 3 : m.end()]
        letters = len(ref) - len(ref.lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if wanted[0] and letters == 3:
            scan.wide = True
        if wanted[1] and _FAR_QUICK.match(data, m.start()):
            scan.far = True
        if wanted[2] and _FARTHER_QUICK.match(data, m.start()):
            scan.farther = True
        pos = m.start() + 1


def _strip_stray_cells(data: bytes, member: str, warnings: list[str]) -> bytes | None:
    """A copy of a worksheet's XML without far-away stray cells, or None when it has none."""
    rows_present = data.count(b"<row") or data.count(b":row ")
    tail_rows = _ROW_R.findall(data, max(0, len(data) - 65536))
    last_row = int(tail_rows[-1]) if tail_rows else 0
    # a cheap literal-prefixed scan first; the exact (slower) pattern only if it finds something
    wide = _WIDE_QUICK.search(data) is not None and any(
        _col_index(m) > MAX_COLUMN for m in set(_WIDE_CELL.findall(data))
    )
    far_rows = [int(r) for r in _FAR_CELL_ROWS.findall(data)] if _FAR_QUICK.search(data) else []
    far = bool(far_rows) and max(far_rows) > last_row + MAX_ROW_GAP
    if not wide and not far and last_row <= rows_present + MAX_ROW_GAP:
        return None
    # Find where the data block ends: the first jump of more than MAX_ROW_GAP rows.
    cutoff: int | None = None
    prev = 0
    for m in _ROW_R.finditer(data):
        r = int(m.group(1))
        if r - prev > MAX_ROW_GAP and prev > 0:
            cutoff = r
            break
        prev = r
    dropped = 0
    current = 0

    def drop_row(m: re.Match[bytes]) -> bytes:
        nonlocal dropped, current
        r = int(m.group(1))
        if cutoff is not None and r >= cutoff:
            dropped += 1
            return b""
        body = m.group(0)
        if wide or far:
            current = r
            body = _CELL.sub(drop_cell, body)
        return body

    def drop_cell(m: re.Match[bytes]) -> bytes:
        nonlocal dropped
        # too wide, or a reference to another row than the one it sits in (a far-away cell)
        if _col_index(m.group(1)) > MAX_COLUMN or (far and int(m.group(2)) != current):
            dropped += 1
            return b""
        return m.group(0)

    cleaned = _ROW_BLOCK.sub(drop_row, data)
    sheet = member
    warnings.append(
        f"{sheet}: 忽略了数据区之外的 {dropped} 处零散单元格/行（例如 XFD1048576）"
        f" / ignored {dropped} stray cell(s)/row(s) far outside the data (e.g. at XFD1048576)"
    )
    return cleaned


# An element's body runs to its own end tag without crossing the start or end tag of another
# element of the same name (unrolled ``[^<]*(?:<(?!…)[^<]*)*``): linear even when end tags are
# missing, where ``.*?</row>`` would rescan the rest of the sheet from every row.
_ROW_BLOCK = re.compile(
    rb'<(?:\w+:)?row\b[^<>]*?\sr="(\d+)"[^<>]*?'
    rb"(?:/>|>[^<]*(?:<(?!/?(?:\w+:)?row\b)[^<]*)*</(?:\w+:)?row>)"
)
_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^<>]*?\sr="([A-Z]+)(\d+)"[^<>]*?'
    rb"(?:/>|>[^<]*(?:<(?!/?(?:\w+:)?c\b)[^<]*)*</(?:\w+:)?c>)"
)
