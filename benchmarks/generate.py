"""Deterministic, realistic order exports for the benchmarks (and their fast tests).

One layout per platform, taken from the real exports described in
``/work/shared/docs/EXPORT-FORMATS.md`` (a realistic ~20-column selection of each):

- **Kuaishou 快手小店**: 16-digit order ids, times as text (``2024-06-01 12:00:00``), money as text,
  unshipped rows with empty ship columns; CSV in GB18030 (as the back-end's "Excel CSV").
- **Douyin 抖店**: one row per sub-order, 19-digit 主订单编号 / 子订单编号 / 商品ID, ``-`` as the
  null marker, money as text with ``¥``; CSV in UTF-8 with BOM and ids prefixed with a tab (the
  exporter's trick to keep them text).
- **AliExpress 速卖通**: 16-digit order ids, *real datetime cells* (Excel serials with a date
  format), money as numeric cells, 订单业务模式 POP/JIT; CSV in UTF-8 with BOM.

Everything derives from ``random.Random(seed)`` so the same (platform, rows) always gives the same
file, byte for byte. Files are cached under ``benchmarks/data/`` (gitignored).

The xlsx writer emits the sheet XML directly (strings in the shared-string table, as Excel writes
them) because openpyxl needs minutes for a million rows; it is a fixture writer, not product
code.

    python -m benchmarks.generate --rows 100000 --platform all --format all
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from policies.platforms import PLATFORM_IDS

DATA_DIR = Path(__file__).resolve().parent / "data"
PLATFORMS = PLATFORM_IDS
FORMATS = ("xlsx", "csv")
SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
CSV_ENCODING = {"kuaishou": "gb18030", "douyin": "utf-8-sig", "aliexpress": "utf-8-sig"}

BASE = datetime(2024, 6, 1)  # first paid time; orders spread over 28 days from here
SPAN_SECONDS = 28 * 86400
EXCEL_EPOCH = datetime(1899, 12, 30)
_BASE_SERIAL = (BASE - EXCEL_EPOCH).days

# Column kinds: how a generated value is written to each format.
TEXT = "text"  # str (None → empty)
ID = "id"  # str of digits; CSV adds the platform's id quirk (Douyin: leading tab)
TIME_TEXT = "time_text"  # int seconds after BASE, written as 'YYYY-MM-DD HH:MM:SS' text
TIME_CELL = "time_cell"  # int seconds after BASE, written as a date-formatted serial in xlsx
NUMBER = "number"  # int or float, a numeric cell in xlsx


@dataclass(frozen=True)
class Column:
    """One column of a layout: its header and how its values are written."""

    header: str
    kind: str = TEXT


PRODUCTS = (
    ("东北五常大米 稻花香 5kg", "5kg/袋", 5990),
    ("云南高山蓝莓 125g*4盒 新鲜水果", "4盒装", 6990),
    ("纯棉短袖T恤 男女同款 宽松", "白色/XL", 3900),
    ("智能保温杯 316不锈钢 500ml", "星空蓝", 8900),
    ("儿童益智积木 大颗粒 120块", "120块", 12900),
    ("洗衣凝珠 持久留香 52颗", "52颗/盒", 2990),
    ("手工红糖 古法熬制 500g", "500g", 1990),
    ("蓝牙耳机 降噪 长续航", "黑色", 19900),
    ("四川麻辣牛肉干 250g", "麻辣味", 4590),
    ("家用多功能料理机", "标准版", 29900),
)
PLACES = (
    ("浙江省", "杭州市", "西湖区", "文三路 90 号 东部软件园 2 号楼"),
    ("广东省", "深圳市", "南山区", "科技园南区 高新南一道 8 号"),
    ("上海", "上海市", "浦东新区", "张江路 665 号 3 楼"),
    ("北京", "北京市", "朝阳区", "望京街 10 号 望京 SOHO T1"),
    ("湖北省", "武汉市", "江汉区", "解放大道 688 号 武汉广场"),
    ("四川省", "成都市", "武侯区", "天府大道北段 1700 号"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "人民路 1 号"),
    ("江苏省", "南京市", "鼓楼区", "中山北路 30 号"),
)
NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞")
CARRIERS = ("中通快递", "圆通速递", "韵达快递", "申通快递", "顺丰速运", "极兔速递")
NOTES = ("", "", "", "请尽快发货", "不要放快递柜，谢谢", "送人的，别放价格单")

KUAISHOU = (
    Column("订单号", ID),
    Column("订单创建时间", TIME_TEXT),
    Column("订单支付时间", TIME_TEXT),
    Column("订单状态"),
    Column("实付款(元)"),
    Column("快递费"),
    Column("成交数量"),
    Column("买家留言"),
    Column("订单备注"),
    Column("售后状态"),
    Column("预售/承诺发货时间", TIME_TEXT),
    Column("商品名称"),
    Column("商品ID", ID),
    Column("商品规格"),
    Column("收货人姓名"),
    Column("收货人电话"),
    Column("收货地址-省"),
    Column("收货地址-市"),
    Column("收货地址-区"),
    Column("收货地址"),
    Column("发货时间", TIME_TEXT),
    Column("快递公司"),
    Column("快递单号", ID),
)
DOUYIN = (
    Column("主订单编号", ID),
    Column("子订单编号", ID),
    Column("选购商品"),
    Column("商品规格"),
    Column("商品数量"),
    Column("商品ID", ID),
    Column("商家编码"),
    Column("商品单价"),
    Column("订单应付金额"),
    Column("运费"),
    Column("收件人"),
    Column("收件人手机号"),
    Column("省"),
    Column("市"),
    Column("区"),
    Column("详细地址"),
    Column("买家留言"),
    Column("订单提交时间", TIME_TEXT),
    Column("支付完成时间", TIME_TEXT),
    Column("订单状态"),
    Column("承诺发货时间", TIME_TEXT),
    Column("发货时间", TIME_TEXT),
    Column("快递单号", ID),
)
ALIEXPRESS = (
    Column("订单号", ID),
    Column("订单状态"),
    Column("负责人(业务员)"),
    Column("买家名称"),
    Column("下单时间", TIME_CELL),
    Column("付款时间", TIME_CELL),
    Column("产品总金额", NUMBER),
    Column("物流费用", NUMBER),
    Column("订单金额", NUMBER),
    Column("产品信息（双击单元格展开所有产品信息！）"),
    Column("商品ID", ID),
    Column("订单备注"),
    Column("收货人名称"),
    Column("州/省"),
    Column("城市"),
    Column("地址"),
    Column("联系电话"),
    Column("买家选择物流"),
    Column("发货期限", TIME_CELL),
    Column("实际发货物流:运单号", ID),
    Column("发货时间", TIME_CELL),
    Column("订单业务模式"),
)
LAYOUTS: dict[str, tuple[Column, ...]] = {
    "kuaishou": KUAISHOU,
    "douyin": DOUYIN,
    "aliexpress": ALIEXPRESS,
}
SHEET_NAMES = {"kuaishou": "订单列表", "douyin": "Sheet1", "aliexpress": "订单"}

Row = list[object]


def _money(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _order(rnd: random.Random, i: int) -> tuple[int, int | None, int, int, int]:
    """(paid, shipped or None, promise hours, product index, quantity) of the i-th order."""
    paid = rnd.randrange(SPAN_SECONDS)
    promise = (24, 48, 48, 72)[i & 3]
    r = rnd.random()
    if r < 0.12:
        shipped = None  # not shipped yet
    elif r < 0.22:
        shipped = paid + promise * 3600 + rnd.randrange(60, 40 * 3600)  # late
    else:
        shipped = paid + rnd.randrange(600, promise * 3600)
    return paid, shipped, promise, rnd.randrange(len(PRODUCTS)), 1 + (rnd.random() < 0.2)


def kuaishou_rows(n: int, seed: int = 11) -> Iterator[Row]:
    """n Kuaishou order rows (one per order)."""
    rnd = random.Random(seed)
    for i in range(n):
        paid, shipped, promise, p, qty = _order(rnd, i)
        name, spec, price = PRODUCTS[p]
        place = PLACES[i % len(PLACES)]
        fen = price * qty
        yield [
            str(2406010000000000 + i * 7 + 3),
            paid - rnd.randrange(5, 300),
            paid,
            "已发货" if shipped is not None else ("待发货" if i % 50 else "交易关闭"),
            _money(fen),
            "0.00",
            str(qty),
            NOTES[i % len(NOTES)],
            "",
            "" if i % 40 else "退款成功",
            paid + promise * 3600,
            name,
            str(21087465120 + p),
            spec,
            NAMES[i % len(NAMES)],
            f"1{38 + i % 10}****{i % 10000:04d}",
            place[0],
            place[1],
            place[2],
            f"{place[0]}{place[1]}{place[2]}{place[3]}",
            shipped,
            CARRIERS[i % len(CARRIERS)] if shipped is not None else "",
            f"7531{i:011d}" if shipped is not None else "",
        ]


def douyin_rows(n: int, seed: int = 12) -> Iterator[Row]:
    """n Douyin sub-order rows; about one order in five has two sub-orders."""
    rnd = random.Random(seed)
    i = 0
    order = 0
    while i < n:
        paid, shipped, promise, p, qty = _order(rnd, order)
        main_id = 6929000000000000000 + order * 13 + 1
        subs = 2 if order % 5 == 0 else 1
        for s in range(subs):
            if i >= n:
                break
            name, spec, price = PRODUCTS[(p + s) % len(PRODUCTS)]
            place = PLACES[order % len(PLACES)]
            yield [
                str(main_id),
                str(main_id + 10**15 * (s + 1)),
                name,
                spec,
                str(qty),
                str(3600000000000000000 + (p + s) % len(PRODUCTS) * 1_000_003),
                f"SKU-{(p + s) % len(PRODUCTS):04d}",
                f"¥{_money(price)}",
                f"¥{_money(price * qty)}",
                "¥0.00",
                NAMES[order % len(NAMES)],
                f"1{50 + order % 10}****{order % 10000:04d}",
                place[0],
                place[1],
                place[2],
                place[3],
                NOTES[order % len(NOTES)] or "-",
                paid - rnd.randrange(5, 300),
                paid,
                "已发货" if shipped is not None else "待发货",
                paid + promise * 3600,
                shipped,
                f"JT{order:013d}" if shipped is not None else "-",
            ]
            i += 1
        order += 1


def aliexpress_rows(n: int, seed: int = 13) -> Iterator[Row]:
    """n AliExpress order rows, half POP, half JIT."""
    rnd = random.Random(seed)
    for i in range(n):
        paid, shipped, promise, p, qty = _order(rnd, i)
        name, spec, price = PRODUCTS[p]
        place = PLACES[i % len(PLACES)]
        goods = price * qty / 100
        yield [
            str(8180000000000000 + i * 11 + 5),
            "等待您发货" if shipped is None else "等待买家收货",
            "王经理",
            f"buyer{i % 5000}",
            paid - rnd.randrange(5, 300),
            paid,
            goods,
            0,
            goods,
            f"{name} ({spec}) x{qty}",
            str(1005006000000000 + p),
            NOTES[i % len(NOTES)],
            NAMES[i % len(NAMES)],
            place[0],
            place[1],
            place[3],
            f"1{86 + i % 10}****{i % 10000:04d}",
            "AliExpress无忧物流-标准",
            paid + promise * 3600,
            f"LP00{i:012d}" if shipped is not None else "",
            shipped,
            "POP" if i % 2 else "JIT",
        ]


GENERATORS = {"kuaishou": kuaishou_rows, "douyin": douyin_rows, "aliexpress": aliexpress_rows}


def rows(platform: str, n: int) -> Iterator[Row]:
    """The first n rows of `platform`'s export (deterministic)."""
    return GENERATORS[platform](n)


def expected_keys(platform: str, n: int) -> list[tuple[str, str]]:
    """(order_id, sub_order_id) of every row, exactly as the importer must store them."""
    sub = 1 if platform == "douyin" else None
    return [(str(r[0]), str(r[sub]) if sub is not None else "") for r in rows(platform, n)]


# --- text forms ----------------------------------------------------------------------------------

_DAYS = [(BASE + timedelta(days=d)).strftime("%Y-%m-%d") for d in range(-2, 40)]


def time_text(seconds: int) -> str:
    """'YYYY-MM-DD HH:MM:SS' of BASE + seconds (fast: no datetime objects)."""
    d, rest = divmod(seconds, 86400)
    h, rest = divmod(rest, 3600)
    m, s = divmod(rest, 60)
    return f"{_DAYS[d + 2]} {h:02d}:{m:02d}:{s:02d}"


def time_serial(seconds: int) -> str:
    """The Excel 1900-system serial of BASE + seconds, as the sheet XML writes it."""
    return repr(_BASE_SERIAL + seconds / 86400)


# --- writers -------------------------------------------------------------------------------------


def _col_letters(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    f'{_XML_DECL}<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OOXML}.worksheet+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_OOXML}.styles+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_OOXML}.sharedStrings+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    f'{_XML_DECL}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="xl/workbook.xml"/>'
    f'<Relationship Id="rId2" Type="{_PKG}/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)
_CORE = (
    f'{_XML_DECL}<cp:coreProperties xmlns:cp="{_PKG}/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-01T02:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
)
_WORKBOOK = (
    _XML_DECL + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'xmlns:r="{_DOC_REL}">'
    '<workbookPr/><sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    f'{_XML_DECL}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
# Style 1: the date-time format the platforms' exporters use for real datetime cells.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs></styleSheet>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    "<sheetData>"
)
_SHEET_TAIL = "</sheetData></worksheet>"


class _SharedStrings:
    """The workbook's shared-string table, built while the sheet is written (as Excel does)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.count = 0

    def cell(self, ref: str, text: str) -> str:
        """A shared-string cell at `ref` holding `text`."""
        self.count += 1
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.index)
        return f'<c r="{ref}" t="s"><v>{i}</v></c>'

    def xml_parts(self) -> Iterator[str]:
        """sharedStrings.xml, in pieces."""
        yield (
            f'{_XML_DECL}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{self.count}" uniqueCount="{len(self.index)}">'
        )
        batch: list[str] = []
        for text in self.index:  # insertion order = index order
            batch.append(f"<si><t>{escape(text)}</t></si>")
            if len(batch) >= 5000:
                yield "".join(batch)
                batch.clear()
        yield "".join(batch)
        yield "</sst>"


def _xlsx_cells(
    columns: Sequence[Column], row: Row, r: int, letters: Sequence[str], sst: _SharedStrings
) -> str:
    parts = [f'<row r="{r}">']
    for col, value, letter in zip(columns, row, letters, strict=True):
        if value is None or value == "":
            continue
        kind = col.kind
        if kind == TIME_TEXT:
            assert isinstance(value, int)
            parts.append(sst.cell(f"{letter}{r}", time_text(value)))
        elif kind == TIME_CELL:
            assert isinstance(value, int)
            parts.append(f'<c r="{letter}{r}" s="1"><v>{time_serial(value)}</v></c>')
        elif kind == NUMBER:
            parts.append(f'<c r="{letter}{r}"><v>{value!r}</v></c>')
        else:
            parts.append(sst.cell(f"{letter}{r}", str(value)))
    parts.append("</row>")
    return "".join(parts)


def _member(name: str) -> zipfile.ZipInfo:
    """A zip entry with a fixed time stamp, so the same export is the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 10, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_xlsx(path: Path, platform: str, n: int) -> None:
    """Write `platform`'s n-row export as an xlsx at `path` (atomically).

    Strings go to the shared-string table, as Excel and the platforms' exporters write them
    (inline strings would make a million-row sheet's XML larger than the importer's 1 GiB
    per-part zip-bomb limit).
    """
    columns = LAYOUTS[platform]
    letters = [_col_letters(i) for i in range(len(columns))]
    sst = _SharedStrings()
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(_member("[Content_Types].xml"), _CONTENT_TYPES)
        zf.writestr(_member("_rels/.rels"), _ROOT_RELS)
        zf.writestr(_member("docProps/core.xml"), _CORE)
        zf.writestr(
            _member("xl/workbook.xml"), _WORKBOOK.format(name=escape(SHEET_NAMES[platform]))
        )
        zf.writestr(_member("xl/_rels/workbook.xml.rels"), _WORKBOOK_RELS)
        zf.writestr(_member("xl/styles.xml"), _STYLES)
        with zf.open(_member("xl/worksheets/sheet1.xml"), "w", force_zip64=True) as raw:
            out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            last = _col_letters(len(columns) - 1)
            out.write(_SHEET_HEAD.replace("<sheetData>", f'<dimension ref="A1:{last}{n + 1}"/>'))
            out.write("<sheetData>")
            head = [
                sst.cell(f"{letter}1", c.header) for c, letter in zip(columns, letters, strict=True)
            ]
            out.write(f'<row r="1">{"".join(head)}</row>')
            buf: list[str] = []
            for r, row in enumerate(rows(platform, n), start=2):
                buf.append(_xlsx_cells(columns, row, r, letters, sst))
                if len(buf) >= 2000:
                    out.write("".join(buf))
                    buf.clear()
            out.write("".join(buf))
            out.write(_SHEET_TAIL)
            out.flush()
            out.detach()
        with zf.open(_member("xl/sharedStrings.xml"), "w", force_zip64=True) as raw:
            out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            for part in sst.xml_parts():
                out.write(part)
            out.flush()
            out.detach()
    tmp.replace(path)


def csv_cell(col: Column, value: object, platform: str) -> str:
    """The text a platform's CSV export holds for one generated value."""
    if value is None:
        return "-" if platform == "douyin" else ""
    kind = col.kind
    if kind in (TIME_TEXT, TIME_CELL):
        assert isinstance(value, int)
        return time_text(value)
    if kind == ID and platform == "douyin" and value not in ("", "-"):
        return f"\t{value}"
    if kind == NUMBER:
        return f"{value:.2f}" if isinstance(value, float) else str(value)
    return str(value)


def write_csv(path: Path, platform: str, n: int) -> None:
    """Write `platform`'s n-row export as CSV at `path` in the platform's encoding."""
    columns = LAYOUTS[platform]
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding=CSV_ENCODING[platform], newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([c.header for c in columns])
        for row in rows(platform, n):
            w.writerow(
                [csv_cell(c, v, platform) for c, v in zip(columns, row, strict=True)],
            )
    tmp.replace(path)


def data_path(platform: str, n: int, fmt: str, data_dir: Path = DATA_DIR) -> Path:
    """Where the cached (platform, n, fmt) export lives."""
    return data_dir / f"{platform}_{n}.{fmt}"


def ensure(platform: str, n: int, fmt: str, data_dir: Path = DATA_DIR) -> Path:
    """The path of the (platform, n, fmt) export, generating it first if it is not cached."""
    path = data_path(platform, n, fmt, data_dir)
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        (write_xlsx if fmt == "xlsx" else write_csv)(path, platform, n)
    return path


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) the requested exports and print their paths and sizes."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="10k,100k", help="sizes: 10k,100k,1m or numbers")
    ap.add_argument("--platform", default="all", choices=[*PLATFORMS, "all"])
    ap.add_argument("--format", default="all", choices=[*FORMATS, "all"])
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = ap.parse_args(argv)
    sizes = [SIZES.get(s.strip().lower()) or int(s) for s in args.rows.split(",")]
    platforms = PLATFORMS if args.platform == "all" else (args.platform,)
    formats = FORMATS if args.format == "all" else (args.format,)
    for n in sizes:
        for platform in platforms:
            for fmt in formats:
                t = time.perf_counter()
                path = ensure(platform, n, fmt, args.data_dir)
                dt = time.perf_counter() - t
                size = path.stat().st_size / 1e6
                print(f"{path}  {size:8.1f} MB  {dt:6.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
