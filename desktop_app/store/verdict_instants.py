"""The as-of instants a platform's stored verdicts were made at, read without scanning them.

The `verdicts` view shows each row's `as_of` as its platform's latest run (`verdict_runs`) when
there is one, else the row's own (databases evaluated before runs were recorded). Asking the view
for its distinct instants evaluates that per row; the same answer comes from the run and one
existence probe.
"""

from __future__ import annotations

import sqlite3


def stored_as_ofs(conn: sqlite3.Connection, platform: str) -> list[str]:
    """The distinct `as_of` texts of `platform`'s stored verdicts (`main.verdicts`), sorted; []
    when it has none."""
    has_rows = conn.execute(
        "SELECT 1 FROM main.verdict_rows WHERE platform = ? LIMIT 1", (platform,)
    ).fetchone()
    if has_rows is None:
        return []
    run = conn.execute(
        "SELECT as_of FROM main.verdict_runs WHERE platform = ?", (platform,)
    ).fetchone()
    if run is not None and run[0] is not None:
        return [str(run[0])]
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT DISTINCT as_of FROM main.verdict_rows WHERE platform = ? ORDER BY as_of",
            (platform,),
        )
    ]
