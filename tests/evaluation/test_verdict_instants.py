"""`stored_as_ofs` (the reports' question "as of when are the stored verdicts?") answers exactly
what the `verdicts` view's distinct `as_of` values are, without reading every verdict."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.evaluation import evaluate_store
from desktop_app.store.connection import Store, open_store
from desktop_app.store.verdict_instants import stored_as_ofs
from tests.evaluation.storedata import SAMPLE, insert_orders


def _view_as_ofs(store: Store, platform: str) -> list[str]:
    return [
        str(r[0])
        for r in store.conn.execute(
            "SELECT DISTINCT as_of FROM main.verdicts WHERE platform = ? ORDER BY as_of",
            (platform,),
        )
    ]


def _check_all(store: Store) -> None:
    for platform in ("kuaishou", "douyin", "aliexpress"):
        assert stored_as_ofs(store.conn, platform) == _view_as_ofs(store, platform)


def test_stored_as_ofs_equals_the_view(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        insert_orders(store.conn, SAMPLE)
        assert stored_as_ofs(store.conn, "kuaishou") == []  # nothing evaluated yet
        _check_all(store)

        evaluate_store(store, datetime(2024, 7, 1, 12, 0, 0))
        assert stored_as_ofs(store.conn, "kuaishou") == ["2024-07-01 12:00:00"]
        _check_all(store)

        # A later run rewrites only some rows; the view shows the run's instant for all of them.
        evaluate_store(store, datetime(2024, 7, 2, 9, 30, 0))
        assert stored_as_ofs(store.conn, "kuaishou") == ["2024-07-02 09:30:00"]
        _check_all(store)

        # A database evaluated before runs were recorded: the rows' own instants.
        with store.transaction() as conn:
            conn.execute("DELETE FROM verdict_runs")
            conn.execute(
                "UPDATE verdict_rows SET as_of = '2024-06-30 08:00:00' "
                "WHERE platform = 'kuaishou' AND order_id = "
                "(SELECT MIN(order_id) FROM verdict_rows WHERE platform = 'kuaishou')"
            )
        assert len(stored_as_ofs(store.conn, "kuaishou")) == 2
        _check_all(store)

        # A platform whose verdicts were all deleted has none, whatever its run says.
        evaluate_store(store, datetime(2024, 7, 3, 0, 0, 0))
        with store.transaction() as conn:
            conn.execute("DELETE FROM verdict_rows WHERE platform = 'douyin'")
        assert stored_as_ofs(store.conn, "douyin") == []
        _check_all(store)
