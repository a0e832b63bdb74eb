"""Import read-path benchmark (issue 7): ShipCheck's importer vs the bare readers it is built on.

    python benchmarks/bench_import.py [ROWS]

Writes a realistic 20-column Kuaishou-style export (xlsx and UTF-8-BOM csv) of ROWS rows (default
100 000) into benchmarks/data/ (gitignored), then times

- bare python-calamine: open the workbook, load the sheet, iterate every row;
- bare csv module: decode the file and iterate every record;
- ShipCheck: plan_import + iter_rows (format sniffing, package checks, header/platform detection,
  typed values, raw_json for every row).

Target: ShipCheck within ~1.5x of the bare reader for each format. Times are CPU seconds (best of
3), so other processes on a shared machine disturb them less.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADERS = [
    "订单号",
    "订单创建时间",
    "订单支付时间",
    "订单状态",
    "实付款(元)",
    "快递费",
    "成交数量",
    "买家留言",
    "预售/承诺发货时间",
    "商品名称",
    "商品ID",
    "商品规格",
    "收货人姓名",
    "收货人电话",
    "收货地址-省",
    "收货地址-市",
    "收货地址-区",
    "发货时间",
    "快递公司",
    "快递单号",
]


def make_rows(n: int) -> list[list[object]]:
    rng = random.Random(7)
    base = datetime(2022, 11, 1)
    rows: list[list[object]] = []
    for i in range(n):
        paid = base + timedelta(seconds=rng.randrange(60 * 86400))
        shipped = paid + timedelta(hours=rng.randint(1, 60)) if i % 7 else None
        rows.append(
            [
                str(2211000000000000 + i),
                (paid - timedelta(seconds=30)).strftime("%Y-%m-%d %H:%M:%S"),
                paid.strftime("%Y-%m-%d %H:%M:%S"),
                "已发货" if shipped else "待发货",
                f"{rng.randint(100, 99999) / 100:.2f}",
                "0.00",
                str(rng.randint(1, 3)),
                "" if i % 3 else "请尽快发货",
                (paid + timedelta(hours=48)).strftime("%Y-%m-%d %H:%M:%S"),
                "东北五常大米 稻花香 5kg",
                "21087465123",
                "5kg/袋",
                "张伟",
                "138****1234",
                "浙江省",
                "杭州市",
                "西湖区",
                shipped.strftime("%Y-%m-%d %H:%M:%S") if shipped else "",
                "中通快递" if shipped else "",
                f"7531{i:011d}" if shipped else "",
            ]
        )
    return rows


def ensure_files(n: int) -> tuple[Path, Path]:
    data = ROOT / "benchmarks" / "data"
    data.mkdir(parents=True, exist_ok=True)
    xlsx, csvp = data / f"kuaishou_{n}.xlsx", data / f"kuaishou_{n}.csv"
    if not xlsx.exists() or not csvp.exists():
        from openpyxl import Workbook

        rows = make_rows(n)
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("订单")
        ws.append(HEADERS)
        for r in rows:
            ws.append(r)
        wb.save(xlsx)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(HEADERS)
        w.writerows(rows)
        csvp.write_bytes(buf.getvalue().encode("utf-8-sig"))
    return xlsx, csvp


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of `repeat` runs (CPU, not wall time: the machine is shared)."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    xlsx, csvp = ensure_files(n)
    import python_calamine as pc

    from desktop_app.importing import pipeline

    def bare_calamine() -> None:
        sheet = pc.CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0)
        for _row in sheet.iter_rows():
            pass

    def bare_csv() -> None:
        text = csvp.read_bytes().decode("utf-8-sig")
        for _row in csv.reader(io.StringIO(text, newline="")):
            pass

    def ours(path: Path) -> None:
        pipeline._cache = None  # measure a cold read, as a real import does
        plan = pipeline.plan_import(path)
        count = 0
        for _r in pipeline.iter_rows(plan):
            count += 1
        assert count == n, count

    for label, bare, path in (("xlsx", bare_calamine, xlsx), ("csv", bare_csv, csvp)):
        b = best_of(bare)
        o = best_of(lambda p=path: ours(p))
        print(
            f"{label}: {n} rows  bare {b:.2f}s ({n / b:,.0f} rows/s)"
            f"  ShipCheck {o:.2f}s ({n / o:,.0f} rows/s)  ratio {o / b:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
