"""The bare floors the import is measured against, and ShipCheck's parse stage alone.

Run as child processes by `benchmarks.run` (so each has its own interpreter start-up and its own
peak-memory figure, exactly like the ``shipcheck import`` process it is compared with)::

    python -m benchmarks.floors calamine FILE.xlsx     # open, load the sheet, touch every cell
    python -m benchmarks.floors csv FILE.csv ENCODING  # decode and split every record
    python -m benchmarks.floors parse FILE             # ShipCheck plan_import + iter_rows, no store

Each prints one JSON line: ``{"rows": …, "cells": …}``.
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


def main(argv: list[str]) -> int:
    """Dispatch on the first argument; print the result as JSON."""
    kind, path = argv[0], Path(argv[1])
    if kind == "calamine":
        result = bare_calamine(path)
    elif kind == "csv":
        result = bare_csv(path, argv[2] if len(argv) > 2 else "utf-8-sig")
    elif kind == "parse":
        result = parse_only(path)
    else:
        raise SystemExit(f"unknown floor {kind!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
