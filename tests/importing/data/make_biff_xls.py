"""Write the real BIFF8 ``.xls`` fixtures in this folder (AliExpress and older back-ends).

The test suite reads the committed files; this script only documents how they were made. It needs
``xlwt`` (``pip install xlwt``), which ShipCheck itself does not use — it is the one maintained
writer of the legacy binary format — so run it by hand:

    python tests/importing/data/make_biff_xls.py

Two workbooks with the same orders, one in the 1900 date system and one in the 1904 system (a
workbook saved by Excel for Mac): 16-digit order ids as text cells, the paid time as a
date-formatted cell, the promised ship time as a *bare serial number* (no date format, so only
the workbook's date system says what day it is), a money cell and a quantity.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import xlwt  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent
HEADERS = ["订单号", "订单支付时间", "预售/承诺发货时间", "收货人姓名", "成交数量", "实付款"]
ORDERS = [
    ("2405200000000001", datetime(2024, 5, 20, 10, 0, 0), "王玥", 1, 39.9),
    ("2405200000000002", datetime(2024, 5, 20, 23, 59, 59), "李堃", 2, 128.0),
]
PROMISED = datetime(2024, 5, 22, 10, 0, 0)  # written as a bare serial in each date system


def serial(moment: datetime, date1904: bool) -> float:
    """Excel's serial number of `moment` in the 1900 or 1904 date system."""
    epoch = datetime(1904, 1, 1) if date1904 else datetime(1899, 12, 30)
    delta = moment - epoch
    return delta.days + delta.seconds / 86400


def write(path: Path, date1904: bool) -> None:
    """One workbook of ORDERS in the given date system."""
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = date1904
    sheet = book.add_sheet("订单")
    stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    for col, header in enumerate(HEADERS):
        sheet.write(0, col, header)
    for row, (order_id, paid, name, quantity, amount) in enumerate(ORDERS, start=1):
        sheet.write(row, 0, order_id)
        sheet.write(row, 1, paid, stamp)
        sheet.write(row, 2, serial(PROMISED, date1904))
        sheet.write(row, 3, name)
        sheet.write(row, 4, quantity)
        sheet.write(row, 5, amount)
    book.save(str(path))


if __name__ == "__main__":
    write(HERE / "orders_biff_1900.xls", date1904=False)
    write(HERE / "orders_biff_1904.xls", date1904=True)
