"""Generate the import test corpus: realistic exports and damaged, hostile and odd files.

Usage (files are generated, never committed)::

    python tests/corpus/make_corpus.py OUT_DIR

Tests call `build(out_dir)` on a temporary directory. Every file is small and deterministic.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import random
import struct
import sys
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import ModuleType

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = Path(__file__).resolve().parents[2]


def _demo() -> ModuleType:
    """The demo generator (for the real header lists)."""
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "resources/demo/make_demo.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_demo", mod)
    spec.loader.exec_module(mod)
    return mod


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]], **opts: object) -> bytes:
    """A workbook with the given sheets (rows written as given, strings stay strings)."""
    wb = Workbook()
    for i, (name, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = name
        for r in rows:
            ws.append(list(r))
        if opts.get("hidden") == name:
            ws.sheet_state = "hidden"
    if opts.get("date1904"):
        wb.epoch = CALENDAR_MAC_1904
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(
    rows: Sequence[Sequence[object]], encoding: str = "utf-8-sig", delimiter: str = ","
) -> bytes:
    """CSV text in the given encoding, CRLF line ends like the back-ends."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def _rewrite_member(data: bytes, member: str, fn: object) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == member:
                body = fn(body)  # type: ignore[operator]
            dst.writestr(info.filename, body)
    return out.getvalue()


# --- realistic -----------------------------------------------------------------------------------

KS_MIN = (
    "订单号",
    "订单创建时间",
    "订单支付时间",
    "订单状态",
    "实付款(元)",
    "成交数量",
    "预售/承诺发货时间",
    "商品名称",
    "商品ID",
    "收货人姓名",
    "收货地址-省",
    "收货地址-市",
    "收货地址-区",
    "发货时间",
    "快递公司",
    "快递单号",
)


def kuaishou_rows(n: int, seed: int = 1, start_id: int = 2212200000000000) -> list[list[object]]:
    """Kuaishou rows for KS_MIN (text cells, like the real export)."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        paid = (
            datetime(2022, 12, 1, 8)
            + (datetime(2022, 12, 2) - datetime(2022, 12, 1)) * (i / max(n, 1)) * 10
        )
        paid = paid.replace(microsecond=0)
        shipped = (
            ""
            if i % 5 == 0
            else (paid.replace(hour=min(paid.hour + 5, 23))).strftime("%Y-%m-%d %H:%M:%S")
        )
        rows.append(
            [
                str(start_id + i),
                paid.strftime("%Y-%m-%d %H:%M:%S"),
                paid.strftime("%Y-%m-%d %H:%M:%S"),
                "待发货" if not shipped else "已发货",
                f"{rng.randint(100, 99999) / 100:.2f}",
                str(rng.randint(1, 3)),
                paid.replace(day=min(paid.day + 2, 28)).strftime("%Y-%m-%d %H:%M:%S"),
                "东北大米 5kg",
                "21087465123",
                "张伟",
                "浙江省",
                "杭州市",
                "西湖区",
                shipped,
                "中通快递" if shipped else "",
                f"75{i:012d}" if shipped else "",
            ]
        )
    return rows


# --- multi-item orders, trailing summary rows, repeated ids (every platform) ----------------------

# Each platform's order export without a sub-order column: field → header.
LAYOUT_HEADERS: dict[str, dict[str, str]] = {
    "kuaishou": {
        "order_id": "订单号",
        "paid_at": "订单支付时间",
        "status": "订单状态",
        "amount": "实付款(元)",
        "quantity": "成交数量",
        "promised": "预售/承诺发货时间",
        "product_name": "商品名称",
        "product_id": "商品ID",
        "receiver": "收货人姓名",
        "province": "收货地址-省",
        "shipped_at": "发货时间",
        "tracking_no": "快递单号",
    },
    "douyin": {
        "order_id": "主订单编号",
        "paid_at": "支付完成时间",
        "status": "订单状态",
        "amount": "订单应付金额",
        "quantity": "商品数量",
        "promised": "承诺发货时间",
        "product_name": "选购商品",
        "product_id": "商品ID",
        "receiver": "收件人",
        "province": "省",
        "shipped_at": "发货时间",
        "tracking_no": "快递单号",
    },
    "aliexpress": {
        "order_id": "订单号",
        "paid_at": "付款时间",
        "status": "订单状态",
        "amount": "订单金额",
        "quantity": "数量",
        "promised": "发货期限",
        "product_name": "产品信息（双击单元格展开所有产品信息！）",
        "product_id": "商品ID",
        "receiver": "收货人名称",
        "province": "州/省",
        "shipped_at": "发货时间",
        "tracking_no": "实际发货物流:运单号",
    },
}
LAYOUT_IDS = {
    "kuaishou": ("2212200000000101", "2212200000000102", "2212200000000103"),
    "douyin": ("4929876543210100001", "4929876543210100002", "4929876543210100003"),
    "aliexpress": ("8152123456780001", "8152123456780002", "8152123456780003"),
}
# (order index, product id, product name, quantity, amount): order 0 has three item lines
LAYOUT_LINES = (
    (0, "21087465123", "东北大米 5kg", "2", "59.80"),
    (0, "21160000888", "好运来福袋", "1", "9.90"),
    (0, "21160000999", "红枣 500g", "3", "36.00"),
    (1, "21087465123", "东北大米 5kg", "1", "29.90"),
)


def layout_rows(platform: str, *, conflict: bool = True, summary: bool = True) -> list[list[str]]:
    """A platform's export without sub-order ids: order 0 as three item lines (the order id and
    order fields repeated on each), order 1 on one line, then (`conflict`) order 2 twice — pending,
    then shipped — and (`summary`) the trailing count, total and note lines of a real export."""
    h = LAYOUT_HEADERS[platform]
    ids = LAYOUT_IDS[platform]

    def line(i: int, pid: str, name: str, qty: str, amount: str, shipped: str = "") -> list[str]:
        cells = {
            "order_id": ids[i],
            "paid_at": f"2022-12-19 1{i}:00:00",
            "status": "已发货" if shipped else "待发货",
            "amount": amount,
            "quantity": qty,
            "promised": f"2022-12-21 1{i}:00:00",
            "product_name": name,
            "product_id": pid,
            "receiver": "张伟",
            "province": "浙江省",
            "shipped_at": shipped,
            "tracking_no": "75312345678901" if shipped else "",
        }
        return [cells[f] for f in h]

    rows = [list(h.values())]
    rows += [line(*spec) for spec in LAYOUT_LINES]
    if conflict:
        rows.append(line(2, "21087465123", "东北大米 5kg", "1", "29.90"))
        rows.append(line(2, "21087465123", "东北大米 5kg", "1", "29.90", "2022-12-20 09:00:00"))
    if summary:
        n = len(rows) - 1
        rows.append([f"共{n}条"] + [""] * (len(h) - 1))
        rows.append(["合计", "", "", "165.50"] + [""] * (len(h) - 4))
        rows.append(["注：本表由系统导出，仅供参考"] + [""] * (len(h) - 1))
    return rows


def merged_items_book(platform: str) -> bytes:
    """Order 0's three item lines with the order id, its order fields and its paid amount merged
    over them (the amount written once, as the order's total 105.70); items stay per line."""
    h = list(LAYOUT_HEADERS[platform])
    rows = layout_rows(platform, conflict=False, summary=False)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    ws.cell(row=2, column=h.index("amount") + 1, value="105.70")
    item_fields = ("quantity", "product_name", "product_id")
    for c, f in enumerate(h, start=1):
        if f not in item_fields:
            for r in (3, 4):
                ws.cell(row=r, column=c, value=None)
            ws.merge_cells(start_row=2, start_column=c, end_row=4, end_column=c)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def build(out: Path) -> dict[str, Path]:
    """Write every corpus file into `out`; returns {name: path}."""
    out.mkdir(parents=True, exist_ok=True)
    demo = _demo()
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        p = out / name
        p.write_bytes(data)
        files[name] = p

    # realistic exports, full layouts
    dy_header = list(demo.DY_HEADERS)
    dy_row = {h: "" for h in dy_header}
    dy_row.update(
        {
            "主订单编号": "4929876543210123456\t",
            "子订单编号": "4929876543210123457\t",
            "选购商品": "云南小粒咖啡豆 454g",
            "商品数量": "2",
            "商品ID": "3564871230012345678\t",
            "订单应付金额": "136.00",
            "收件人": "李娜",
            "省": "上海市",
            "市": "上海市",
            "区": "浦东新区",
            "订单提交时间": "2022/12/19 11:59:50",
            "支付完成时间": "2022/12/19 11:59:59",
            "订单状态": "待发货",
            "承诺发货时间": "2022/12/21 11:59:59",
            "快递单号": "",
            "揽收时间": "",
        }
    )
    dy_row2 = dict(
        dy_row, **{"子订单编号": "4929876543210123458\t", "支付完成时间": "2022/12/19 12:00:00"}
    )
    dy_rows = [dy_header, [dy_row[h] for h in dy_header], [dy_row2[h] for h in dy_header]]
    put("douyin_bom.csv", csv_bytes(dy_rows, "utf-8-sig"))
    put("douyin_gbk.csv", csv_bytes(dy_rows, "gbk"))
    put("douyin_utf8.csv", csv_bytes(dy_rows, "utf-8"))
    put("douyin.tsv", csv_bytes(dy_rows, "utf-8", delimiter="\t"))
    put("douyin.xlsx", xlsx_bytes([("Sheet1", dy_rows)]))
    ks = [list(KS_MIN), *kuaishou_rows(30)]
    ks2 = [list(KS_MIN), *kuaishou_rows(20, seed=2, start_id=2212210000000000)]
    put("kuaishou_two_sheets.xlsx", xlsx_bytes([("订单1", ks), ("订单2", ks2)]))
    ae_header = list(demo.AE_HEADERS)
    ae_row = {h: "" for h in ae_header}
    ae_row.update(
        {
            "订单号": "8152123456789012",
            "订单状态": "等待您发货",
            "付款时间": datetime(2022, 12, 16, 13, 59),
            "下单时间": datetime(2022, 12, 16, 13, 50),
            "订单金额": 12.8,
            "商品ID": "1005004871234567",
            "产品信息（双击单元格展开所有产品信息！）": "LED Strip\n数量: 1",
        }
    )
    put("aliexpress.xlsx", xlsx_bytes([("订单", [ae_header, [ae_row[h] for h in ae_header]])]))
    put(
        "logistics.xlsx",
        xlsx_bytes(
            [
                (
                    "物流",
                    [
                        ["订单号", "履约模式", "揽收时间", "上网时间", "到仓时间"],
                        ["8152123456789012", "JIT 揽收", "2022-12-19 10:00:00", "", ""],
                    ],
                )
            ]
        ),
    )
    put(
        "logistics_no_platform.xlsx",
        xlsx_bytes(
            [
                (
                    "物流",
                    [
                        ["订单号", "揽收时间", "上网时间"],
                        ["8152123456789012", "2022-12-19 10:00:00", ""],
                    ],
                )
            ]
        ),
    )

    # hand-made sheet with generic names (needs --platform)
    put(
        "handmade.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        [
                            "订单编号",
                            "下单时间",
                            "支付时间",
                            "商品名称",
                            "数量",
                            "实付金额",
                            "订单状态",
                            "收货人",
                            "买家备注",
                            "发货时间",
                            "快递单号",
                            "承诺发货时间",
                            "我的备注",
                        ],
                        [
                            "A20221219001",
                            "2022-12-19 10:00",
                            "2022/12/19 10:01",
                            "围巾",
                            "1",
                            "¥1,299.90",
                            "待发货",
                            "王芳",
                            "无",
                            "-",
                            "--",
                            "2022-12-21 10:01:00",
                            "老客户",
                        ],
                    ],
                )
            ]
        ),
    )

    # product sheets
    prod_header = list(demo.PRODUCT_HEADERS)
    put(
        "products.xlsx",
        xlsx_bytes(
            [
                (
                    "商品",
                    [
                        prod_header,
                        [
                            "1005004871234567",
                            "LED 灯带",
                            "2022-12-01",
                            3,
                            "",
                            "是",
                            "广东省深圳市",
                            "JIT揽收",
                        ],
                        [
                            "21160000888",
                            "好运来福袋",
                            datetime(2022, 5, 1),
                            "3000",
                            48.0,
                            "否",
                            "",
                            "",
                        ],
                        [
                            "21087465123",
                            "东北大米",
                            "2021.09.01 10:30",
                            "120笔",
                            "48小时",
                            "Y",
                            "黑龙江省",
                            "pop",
                        ],
                    ],
                )
            ]
        ),
    )
    put(
        "products_bad.xlsx",
        xlsx_bytes(
            [
                (
                    "商品",
                    [
                        prod_header,
                        ["21087465123", "东北大米", "2021-09-01", "很多", "48", "也许", "", ""],
                    ],
                )
            ]
        ),
    )

    # --- odd layouts ---
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["B1"] = "快手小店订单导出（2022-12-20 18:00 导出）"
    ws.merge_cells("B1:F1")
    ws.append([])
    for r in ks[:6]:
        ws.append([None, *r])
    buf = io.BytesIO()
    wb.save(buf)
    put("title_rows.xlsx", buf.getvalue())

    odd_header = [
        "订\n单号",
        "订单支付时间",
        "实付款（元）",
        " 预售/承诺发货时间 ",
        "收货人姓名",
        "商品ID",
        "成交数量",
    ]
    put(
        "header_odd.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        odd_header,
                        [
                            "2212200000000001",
                            "2022-12-19 12:00:00",
                            "12.50",
                            "2022-12-21 12:00:00",
                            "张三",
                            "21087465123",
                            "1",
                        ],
                    ],
                )
            ]
        ),
    )

    put(
        "float_ids.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        ["订单号", "订单支付时间", "收货人姓名", "实付款"],
                        [4929876543210123456, "2022-12-19 12:00:00", "张三", 12.5],
                        [123456789012, "2022-12-19 12:00:00", "李四", 0],
                        ["4.92E+18", "2022-12-19 12:00:00", "王五", "12元"],
                    ],
                )
            ]
        ),
    )
    put(
        "enotation.csv",
        csv_bytes(
            [
                ["订单号", "订单支付时间", "收货人姓名", "实付款"],
                ["4.92E+18", "2022-12-19 12:00:00", "张三", "12.5"],
                ['="4929876543210123456"', "2022/12/19 12:00", "李四", "￥0"],
                ["'4929876543210123457", "2019.05.01 10:30", "王五", "¥1,299.90"],
                [
                    "\u200b４９２９８７６５４３２１０１２３４５８",
                    "2022-12-19T12:00:00",
                    "赵六",
                    "null",
                ],
            ]
        ),
    )
    put(
        "ambiguous_dates.csv",
        csv_bytes(
            [
                ["订单号", "订单支付时间", "收货人姓名"],
                ["2212200000000001", "12/11/2022 10:00", "张三"],
                ["2212200000000002", "2022-13-45 10:00:00", "李四"],
                ["2212200000000003", "昨天", "王五"],
            ]
        ),
    )

    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
        "</head><body><table border=1><tr><th>订单号</th><th>订单支付时间</th><th>收货人姓名</th>"
        "<th>实付款(元)</th><th>成交数量</th></tr>"
        "<tr><td rowspan=2>2212200000000001</td><td>2022-12-19 12:00:00</td><td>张三</td>"
        "<td>12.50</td><td>1</td></tr>"
        "<tr><td>2022-12-19 12:00:00</td><td>张三</td><td>3.00</td><td>2</td></tr>"
        "<tr><td>2212200000000002</td><td>2022-12-19 13:00:00</td><td>李&nbsp;四</td>"
        "<td>8</td><td>1</td></tr></table></body></html>"
    )
    put("html_as.xls", html.encode("gbk"))

    # merged cells: one order over two item rows (order id, payment time merged vertically)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["主订单编号", "子订单编号", "支付完成时间", "选购商品", "订单应付金额", "收件人"])
    ws.append(
        [
            "4929876543210123456",
            "4929876543210123457",
            "2022-12-19 12:00:00",
            "咖啡豆",
            "68.00",
            "李娜",
        ]
    )
    ws.append([None, "4929876543210123458", None, "杯子", "45.00", None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("C2:C3")
    ws.merge_cells("F2:F3")
    buf = io.BytesIO()
    wb.save(buf)
    put("merged.xlsx", buf.getvalue())

    put(
        "totals.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        list(KS_MIN),
                        *kuaishou_rows(3),
                        ["合计", "", "", "", "1234.50", "6"],
                        [],
                        ["注：本表由系统导出，仅供参考"],
                        ["", "", "", "总计", "1234.50"],
                    ],
                )
            ]
        ),
    )
    put("hidden.xlsx", xlsx_bytes([("订单", ks[:4]), ("隐藏", ks2[:4])], hidden="隐藏"))
    put("all_hidden.xlsx", _all_hidden(xlsx_bytes([("订单", ks[:4])])))
    put("date1904.xlsx", _date1904_book())
    put("stray_cell.xlsx", _stray_cell_book(ks[:5]))
    put("far_row.xlsx", _far_row_book(ks[:5]))
    big = [["订单号", "订单支付时间", "买家留言"]] + [
        [str(2212200000000000 + i), "2022-12-19 12:00:00", "请尽快发货" * 80] for i in range(3000)
    ]
    put("stray_big.xlsx", _stray_cell_book(big))  # sheet XML larger than one read chunk
    put("offset_start.xlsx", _offset_book())
    put(
        "missing_column.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        ["订单号", "收货人姓名", "成交数量", "订单载体", "收货地址-省"],
                        ["2212200000000001", "张三", "1", "实物订单", "浙江省"],
                    ],
                )
            ]
        ),
    )
    put("no_header.csv", csv_bytes([["a", "b"], ["1", "2"]]))
    put(
        "bad_cells.xlsx",
        xlsx_bytes(
            [
                (
                    "Sheet1",
                    [
                        list(KS_MIN[:7]),
                        [
                            "2212200000000001",
                            "2022-12-19 12:00:00",
                            "2022-12-19 12:00:00",
                            "待发货",
                            "abc",
                            "1.5",
                            "2022-12-21",
                        ],
                        [
                            "2212200000000002",
                            "2022-12-19 12:00:00",
                            "2022-12-19 12:00:00",
                            "待发货",
                            "12.345",
                            "2",
                            "31/12/2022 10:00",
                        ],
                        [
                            "",
                            "2022-12-19 12:00:00",
                            "2022-12-19 12:00:00",
                            "待发货",
                            "1",
                            "2",
                            "2022-12-21 10:00:00",
                        ],
                    ],
                )
            ]
        ),
    )

    for plat in LAYOUT_HEADERS:
        put(f"{plat}_layouts.csv", csv_bytes(layout_rows(plat)))
        put(f"{plat}_layouts.xlsx", xlsx_bytes([("订单", layout_rows(plat))]))
        put(f"{plat}_merged_items.xlsx", merged_items_book(plat))

    # --- damaged / hostile ---
    put("empty.csv", b"")
    put(
        "random.bin",
        random.Random(3).randbytes(4096).replace(b"PK", b"pk"),
    )
    put("encrypted.xlsx", _encrypted_cfb())
    put("legacy_cfb.xls", _plain_cfb())
    good = xlsx_bytes([("Sheet1", ks[:20])])
    put("truncated.xlsx", good[: len(good) // 2])
    put("zip_bomb.xlsx", _zip_bomb(good))
    put("zip_bomb_lying.xlsx", _lying_bomb(good))
    put(
        "xxe.xlsx",
        _rewrite_member(
            good,
            "xl/worksheets/sheet1.xml",
            lambda b: b.replace(
                b"<worksheet",
                b'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet',
                1,
            ),
        ),
    )
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]>"
    )
    put(
        "billion_laughs.xlsx",
        _rewrite_member(good, "xl/sharedStrings.xml", lambda b: laughs + b.split(b"?>", 1)[-1])
        if "xl/sharedStrings.xml" in zipfile.ZipFile(io.BytesIO(good)).namelist()
        else _rewrite_member(good, "xl/workbook.xml", lambda b: laughs + b.split(b"?>", 1)[-1]),
    )
    put("not_a_workbook.xlsx", _plain_zip())
    put("nul.csv", b"\xef\xbb\xbf\xe8\xae\xa2\xe5\x8d\x95\xe5\x8f\xb7,a\r\n1\x00,2\r\n")
    return files


def _all_hidden(data: bytes) -> bytes:
    return _rewrite_member(
        data, "xl/workbook.xml", lambda b: b.replace(b'state="visible"', b'state="hidden"')
    )


def _date1904_book() -> bytes:
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    assert ws is not None
    ws.append(["订单号", "订单支付时间", "预售/承诺发货时间", "收货人姓名", "成交数量"])
    ws.append(
        ["2212200000000001", datetime(2022, 12, 19, 12, 0, 0), 43453.5, "张三", 1]
    )  # serial in 1904 system
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _stray_cell_book(rows: Sequence[Sequence[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    ws["XFD1048576"] = "stray"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _far_row_book(rows: Sequence[Sequence[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(list(r))
    ws["A1048576"] = "stray"
    ws["AMK7"] = "wide stray"  # column 1025
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _offset_book() -> bytes:
    """Data starting at C3 (two empty rows, two empty columns)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws["C3"], ws["D3"], ws["E3"] = "订单号", "订单支付时间", "收货人姓名"
    ws["C4"], ws["D4"], ws["E4"] = "2212200000000001", "2022-12-19 12:00:00", "张三"
    ws["C5"], ws["D5"], ws["E5"] = "2212200000000002", "not a time", "李四"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cfb_with(names: Sequence[str]) -> bytes:
    """A minimal compound-file image whose directory names the given streams (enough to sniff)."""
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    )
    header = header.ljust(512, b"\x00")
    entries = b""
    for n in ("Root Entry", *names):
        raw = n.encode("utf-16-le") + b"\x00\x00"
        entries += raw.ljust(64, b"\x00") + struct.pack("<H", len(raw)) + b"\x02" + b"\x00" * 61
    return header + entries.ljust(2048, b"\x00")


def _encrypted_cfb() -> bytes:
    return _cfb_with(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])


def _plain_cfb() -> bytes:
    return _cfb_with(["Workbook"])


def _zip_bomb(good: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.replace(
                    b"</worksheet>", b"<!--" + b"0" * (40 * 1024 * 1024) + b"--></worksheet>"
                )
            dst.writestr(info.filename, body)
    return out.getvalue()


def _lying_bomb(good: bytes) -> bytes:
    """A member that declares 1 000 bytes but inflates to 8 MB (sizes patched in both headers)."""
    body = b"<worksheet>" + b"0" * (8 * 1024 * 1024) + b"</worksheet>"
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(good))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(
                info.filename,
                body if info.filename == "xl/worksheets/sheet1.xml" else src.read(info.filename),
            )
    data = bytearray(out.getvalue())
    real = struct.pack("<I", len(body))
    fake = struct.pack("<I", 1000)
    idx = data.find(real)
    while idx != -1:
        data[idx : idx + 4] = fake
        idx = data.find(real, idx + 4)
    return bytes(data)


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "hello")
    return out.getvalue()


# --- hostile shapes: refused or a row error; never a crash, never a stored order ----------------

_SHEET1 = "xl/worksheets/sheet1.xml"
_STRAY = b't="inlineStr"><is><t>stray</t></is></c>'
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _append_to_sheet(data: bytes, xml: bytes, member: str = _SHEET1) -> bytes:
    return _rewrite_member(
        data, member, lambda b: b.replace(b"</sheetData>", xml + b"</sheetData>")
    )


def _sheet_moved(data: bytes, target: str) -> bytes:
    """The worksheet part stored at `target` (outside xl/worksheets/), the rels pointing to it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body, name = src.read(info.filename), info.filename
            if name == _SHEET1:
                name = target
            elif name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                body = body.replace(b"worksheets/sheet1.xml", target.removeprefix("xl/").encode())
            dst.writestr(name, body)
    return out.getvalue()


def _zip_flag_encrypted(data: bytes) -> bytes:
    """Every entry marked encrypted (general-purpose flag bit 0) in both headers."""
    out = bytearray(data)
    for magic, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = out.find(magic)
        while i != -1:
            out[i + offset] |= 1
            i = out.find(magic, i + 4)
    return bytes(out)


def hostile_files(out: Path) -> dict[str, Path]:
    """Small hostile or damaged files that once crashed the import or stored a wrong order.

    Workbooks with a stray cell at XFD1048576 in every form XML allows, after a million bare rows,
    in a sheet part outside xl/worksheets/; a merged range over the whole sheet; zip entries
    flagged encrypted; a formula without a computed value; HTML spans of a million cells; CSVs
    cut mid-record, short records, a 17 MB field and a 40 MB line; a real xlsx saved as .xls,
    .ods and .xlsb (which must import)."""
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def put(name: str, data: bytes) -> None:
        p = out / name
        p.write_bytes(data)
        files[name] = p

    rows = [list(KS_MIN), *kuaishou_rows(3)]
    good = xlsx_bytes([("订单", rows)])
    for ext in ("xls", "ods", "xlsb"):
        put(f"real_xlsx.{ext}", good)
    put(
        "stray_single_quotes.xlsx",
        _append_to_sheet(good, b"<row r='1048576'><c r='XFD1048576' " + _STRAY + b"</row>"),
    )
    put(
        "stray_spaced_equals.xlsx",
        _append_to_sheet(good, b'<row r = "1048576"><c r = "XFD1048576" ' + _STRAY + b"</row>"),
    )
    put(
        "stray_prefixed.xlsx",
        _append_to_sheet(
            good,
            b'<q:row xmlns:q="' + _MAIN_NS + b'" r="1048576"><q:c r="XFD1048576" '
            b't="inlineStr"><q:is><q:t>stray</q:t></q:is></q:c></q:row>',
        ),
    )
    put(
        "stray_char_ref.xlsx",
        _append_to_sheet(good, b'<row r="1048576"><c r="&#88;FD1048576" ' + _STRAY + b"</row>"),
    )
    put(
        "stray_after_bare_rows.xlsx",
        _append_to_sheet(
            good, b"<row/>" * 1_048_000 + b'<row><c r="XFD1048576" ' + _STRAY + b"</row>"
        ),
    )
    put(
        "stray_bare_cells.xlsx",
        _append_to_sheet(
            good, b"<row/>" * 1_048_000 + b"<row>" + b"<c/>" * 16_383 + b"<c " + _STRAY + b"</row>"
        ),
    )
    put(
        "stray_sheet_outside_worksheets.xlsx",
        _sheet_moved(
            _append_to_sheet(good, b'<row r="1048576"><c r="XFD1048576" ' + _STRAY + b"</row>"),
            "xl/elsewhere/data.xml",
        ),
    )
    put(
        "merged_whole_sheet.xlsx",
        _rewrite_member(
            good,
            _SHEET1,
            lambda b: b.replace(
                b"</sheetData>",
                b'</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>',
            ),
        ),
    )
    put("zip_entry_encrypted.xlsx", _zip_flag_encrypted(good))
    put(
        "formula_without_value.xlsx",
        _rewrite_member(
            good,
            _SHEET1,
            lambda b: b.replace(b'<c r="E3"', b'<c r="Q3"><f>E3*2</f></c><c r="E3"', 1),
        ),
    )
    html = (
        "<html><body><table><tr><th>订单号</th><th>订单支付时间</th><th>收货人姓名</th></tr>"
        "<tr><td>2212200000000001</td><td>2022-12-19 12:00:00</td><td>张三</td></tr><tr>"
        + '<td rowspan="1000" colspan="1000">x</td>' * 3
        + "</tr></table></body></html>"
    )
    put("html_spans_million.xls", html.encode("utf-8"))
    body = csv_bytes(rows, encoding="utf-8")
    last = body.rstrip(b"\r\n").rsplit(b"\r\n", 1)[-1]
    put("csv_cut_mid_record.csv", body.rstrip(b"\r\n")[: -len(last) // 2])
    put("csv_cut_in_quotes.csv", body + b'2212200000000099,"2022-12-19 12:00:00')
    cells = [str(c) for c in rows[2]]
    put("csv_short_record.csv", csv_bytes([*rows[:2], cells[:6], rows[3]], encoding="utf-8"))
    put(
        "csv_field_17mb.csv",
        csv_bytes([rows[0], rows[1]], encoding="utf-8")
        + b'2212200000000099,"'
        + b"x" * (17 * 1024 * 1024)
        + b'"\r\n',
    )
    put("csv_line_40mb.csv", csv_bytes([rows[0]], encoding="utf-8") + b"a" * (40 * 1024 * 1024))
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/corpus/out"
    for name, path in sorted(build(target).items()):
        print(f"{path.stat().st_size:>10}  {name}")
