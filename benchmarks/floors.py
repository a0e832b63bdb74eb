"""The bare floors the import is measured against, and ShipCheck's parse stage alone.

Run as child processes by `benchmarks.run` (so each has its own interpreter start-up and its own
peak-memory figure, exactly like the ``shipcheck import`` process it is compared with)::

    python -m benchmarks.floors calamine FILE.xlsx     # open, load the sheet, touch every cell
    python -m benchmarks.floors csv FILE.csv ENCODING  # decode and split every record
    python -m benchmarks.floors parse FILE             # ShipCheck plan_import + iter_rows, no store
    python -m benchmarks.floors sqlite FILE            # SQLite alone: executemany of the same rows

Each prints one JSON line: ``{"rows": …, "cells": …}`` (``sqlite`` adds ``"cpu"``: the CPU
seconds of the timed part only).

The ``sqlite`` floor is the cost of the store's writes with nothing of ShipCheck around them: the
file's rows are parsed first (untimed), then written with one plain ``executemany`` into the
``orders`` table of a new database made by ``open_store`` (same columns, key, indexes, page size
and journal as a real import), in one transaction, and committed — that part alone is timed.
It is measured twice: with the schema's indexes kept up row by row (``"cpu"``), and into the same
table with every secondary index dropped (``"table_cpu"``: the key's B-tree and the rows alone —
what storing the orders costs before a single index the order table's sorts and searches need).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def bare_calamine(path: Path) -> dict[str, int]:
    """Iterate every cell of the first sheet with python-calamine (the xlsx floor)."""
    import python_calamine as pc

    sheet = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    rows = cells = 0
    for row in sheet.iter_rows():
        rows += 1
        for _cell in row:
            cells += 1
    return {"rows": rows, "cells": cells}


def bare_csv(path: Path, encoding: str) -> dict[str, int]:
    """Decode and split every record with the csv module (the CSV floor)."""
    rows = cells = 0
    with path.open(encoding=encoding, newline="") as fh:
        for row in csv.reader(fh):
            rows += 1
            cells += len(row)
    return {"rows": rows, "cells": cells}


def parse_only(path: Path) -> dict[str, int]:
    """ShipCheck's reader stage alone: plan_import + iter_rows (typed rows, raw JSON), no SQLite."""
    from desktop_app.importing.model import ParsedRow
    from desktop_app.importing.pipeline import iter_rows, plan_import

    plan = plan_import(path)
    rows = problems = 0
    for item in iter_rows(plan):
        if isinstance(item, ParsedRow):
            rows += 1
        else:
            problems += 1
    return {"rows": rows, "problems": problems}


def sqlite_floor(path: Path) -> dict[str, object]:
    """CPU seconds of one bare executemany of the file's parsed rows into `orders` (+ COMMIT)."""
    import tempfile
    import time

    from desktop_app.importing.model import ParsedRow
    from desktop_app.importing.pipeline import iter_rows, plan_import
    from desktop_app.store.connection import open_store
    from desktop_app.store.schema import ORDER_FIELDS

    plan = plan_import(path)
    platform = str(plan.platform)
    rows: list[tuple[object, ...]] = []
    cpu: dict[bool, float] = {}
    sql = (
        f"INSERT INTO orders(platform, order_id, sub_order_id, {', '.join(ORDER_FIELDS)}, "
        f"raw_json, import_id, source_sheet, source_row) "
        f"VALUES ({', '.join('?' * (len(ORDER_FIELDS) + 7))})"
    )
    for indexed in (True, False):
        with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "floor.db") as store:
            conn = store.conn
            if not rows:
                notnull = {row[1] for row in conn.execute("PRAGMA table_info(orders)") if row[3]}
                blank = [f in notnull for f in ORDER_FIELDS]  # None → '' as the importer stores
                rows = [
                    (
                        platform,
                        *r.key,
                        *(
                            "" if v is None and b else v
                            for v, b in zip(r.values, blank, strict=True)
                        ),
                        r.raw_json,
                        1,
                        r.sheet,
                        r.row,
                    )
                    for r in iter_rows(plan)
                    if isinstance(r, ParsedRow)
                ]
            conn.execute(
                "INSERT INTO imports(id, file_name, file_path, sha256, size_bytes, file_format, "
                "platform, kind, shop, sheets_json, imported_at) "
                "VALUES (1, '', '', '', 0, 'csv', ?, 'orders', '', '[]', '')",
                (platform,),
            )
            if not indexed:
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' "
                    "AND sql IS NOT NULL"
                ).fetchall():
                    conn.execute(f'DROP INDEX "{name}"')
            t = time.process_time()
            conn.execute("BEGIN")
            conn.executemany(sql, rows)
            conn.execute("COMMIT")
            cpu[indexed] = time.process_time() - t
    return {"rows": len(rows), "cpu": round(cpu[True], 3), "table_cpu": round(cpu[False], 3)}


def main(argv: list[str]) -> int:
    """Dispatch on the first argument; print the result as JSON."""
    kind, path = argv[0], Path(argv[1])
    result: dict[str, object]
    if kind == "calamine":
        result = dict(bare_calamine(path))
    elif kind == "csv":
        result = dict(bare_csv(path, argv[2] if len(argv) > 2 else "utf-8-sig"))
    elif kind == "parse":
        result = dict(parse_only(path))
    elif kind == "sqlite":
        result = sqlite_floor(path)
    else:
        raise SystemExit(f"unknown floor {kind!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
