"""Raw cells since schema v7: a JSON array per row, the headers once per imported sheet, rows
stored before as {header: text} objects — and every reader showing the same pairs for both."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.cli.import_cmd import order_objects
from desktop_app.gui.detail_data import load_order_detail
from desktop_app.importing.pipeline import iter_rows, plan_import
from desktop_app.store.connection import Store, open_store, split_sql
from desktop_app.store.importer import ImportResult, apply_import
from desktop_app.store.rawcells import raw_keys_sql, raw_row
from desktop_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

A, B, C = "2212200000000001", "2212200000000002", "2212200000000003"
PAID = "2022-12-19 12:00:00"


def test_raw_row_reads_both_forms() -> None:
    keys = json.dumps(["订单号", "备注"], ensure_ascii=False)
    assert raw_row('["1", "x"]', keys) == {"订单号": "1", "备注": "x"}
    assert list(raw_row('["1", "x"]', keys) or {}) == ["订单号", "备注"]  # column order
    assert raw_row('{"订单号": "1", "备注": "x"}', None) == {"订单号": "1", "备注": "x"}
    assert raw_row('{"订单号": "1"}', keys) == {"订单号": "1"}  # an object ignores keys


def test_raw_row_pairs_cells_as_the_object_did() -> None:
    keys = json.dumps(["订单号", "备注", "D"], ensure_ascii=False)
    # a row read before the sheet's keys grew (cells beyond the header row) is shorter
    assert raw_row('["1", "x"]', keys) == {"订单号": "1", "备注": "x"}
    # a repeated key (a header named like a later column letter): the later cell wins, at the
    # first one's place — exactly what loading the object with the repeated key gave
    paired = raw_row('["1", "a", "b"]', '["k", "k", "m"]')
    assert list((paired or {}).items()) == [("k", "a"), ("m", "b")]
    assert list(json.loads('{"k": "1", "k": "a", "m": "b"}').items()) == [("k", "a"), ("m", "b")]
    # keys missing: cells named by position rather than lost
    assert raw_row('["1", "x"]', None) == {"1": "1", "2": "x"}
    assert raw_row('["1", "x"]', '["订单号"]') == {"订单号": "1", "2": "x"}
    for junk in (None, "", "not json", "3", '"text"'):
        assert raw_row(junk, keys) is None


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    lines = [",".join(header), *(",".join(r) for r in rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _import(store: Store, path: Path) -> ImportResult:
    plan = plan_import(path, platform="kuaishou")
    return apply_import(store, plan, iter_rows(plan), backup=False)


def _stored(conn: sqlite3.Connection, order_id: str) -> tuple[str, int, dict[str, object] | None]:
    raw_json, import_id, keys_json = conn.execute(
        f"SELECT raw_json, import_id, {raw_keys_sql('o')} FROM orders o WHERE order_id = ?",
        (order_id,),
    ).fetchone()
    return str(raw_json), int(import_id), raw_row(raw_json, keys_json)


def _every_reader(conn: sqlite3.Connection, order_id: str) -> list[list[tuple[str, str]]]:
    """The raw pairs of one order as the detail panel and `shipcheck orders --json --raw` see
    them (reports: tests/reports, through report_fixtures' mixed forms)."""
    detail = load_order_detail(conn, ("kuaishou", order_id, ""))
    assert detail is not None
    cli = next(o for o in order_objects(conn, "kuaishou", raw=True) if o["order_id"] == order_id)
    return [detail.raw, [(str(k), str(v)) for k, v in cli["raw"].items()]]


def test_reimport_with_other_column_order_keeps_each_rows_own_headers(tmp_path: Path) -> None:
    """An update takes the new file's cells and headers together; an unchanged row keeps the
    first file's, and so does every reader."""
    first = _csv(
        tmp_path / "first.csv",
        ["订单号", "订单支付时间", "收货人姓名"],
        [[A, PAID, "张三"], [B, PAID, "李四"]],
    )
    second = _csv(
        tmp_path / "second.csv",
        ["收货人姓名", "订单支付时间", "订单号", "备注"],
        [["王五", PAID, A, "改地址"], ["李四", PAID, B, ""], ["赵六", PAID, C, ""]],
    )
    with open_store(tmp_path / "s.db", daily_backup=False) as store:
        one = _import(store, first)
        two = _import(store, second)
        assert (two.new, two.updated, two.unchanged) == (1, 1, 1)
        conn = store.conn
        text, import_id, raw = _stored(conn, A)
        assert json.loads(text) == ["王五", PAID, A, "改地址"]  # cells only
        assert import_id == two.import_id
        assert list((raw or {}).items()) == [
            ("收货人姓名", "王五"),
            ("订单支付时间", PAID),
            ("订单号", A),
            ("备注", "改地址"),
        ]
        text, import_id, raw = _stored(conn, B)  # unchanged: the first file's row, kept
        assert import_id == one.import_id and json.loads(text) == [B, PAID, "李四"]
        assert list((raw or {}).items()) == [
            ("订单号", B),
            ("订单支付时间", PAID),
            ("收货人姓名", "李四"),
        ]
        _text, import_id, raw = _stored(conn, C)
        assert import_id == two.import_id and raw == {
            "收货人姓名": "赵六",
            "订单支付时间": PAID,
            "订单号": C,
            "备注": "",
        }
        keys = conn.execute(
            "SELECT import_id, sheet, keys_json FROM import_raw_keys ORDER BY import_id"
        ).fetchall()
        assert [(i, s, json.loads(k)) for i, s, k in keys] == [
            (one.import_id, "", ["订单号", "订单支付时间", "收货人姓名"]),
            (two.import_id, "", ["收货人姓名", "订单支付时间", "订单号", "备注"]),
        ]
        for order_id in (A, B, C):
            expected = [(k, str(v)) for k, v in (_stored(conn, order_id)[2] or {}).items()]
            assert _every_reader(conn, order_id) == [expected, expected]


def _v6_database(path: Path) -> None:
    """A database as schema v6 left it, with two orders whose raw cells are objects."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:6]:
        for statement in split_sql(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 6")
    conn.execute(
        "INSERT INTO imports(id, file_name, file_path, sha256, size_bytes, file_format, platform, "
        "kind, sheets_json, imported_at) VALUES (1, 'old.csv', '/old.csv', 'x', 1, 'csv', "
        "'kuaishou', 'orders', '[]', '2022-12-20 10:00:00')"
    )
    for n, (order_id, name) in enumerate(((A, "张三"), (B, "李四")), 2):
        raw = {"订单号": order_id, "订单支付时间": PAID, "收货人姓名": name}
        conn.execute(
            "INSERT INTO orders(platform, order_id, paid_at, receiver_name, raw_json, import_id, "
            "source_row) VALUES ('kuaishou', ?, ?, ?, ?, 1, ?)",
            (order_id, PAID, name, json.dumps(raw, ensure_ascii=False), n),
        )
    conn.close()


def test_v6_rows_keep_their_objects_after_the_upgrade(tmp_path: Path) -> None:
    """The upgrade adds the keys table and rewrites no row; an old row reads as before, and a
    later import that changes it stores the array with its own headers."""
    db = tmp_path / "v6.db"
    _v6_database(db)
    with sqlite3.connect(db) as old:
        before = dict(old.execute("SELECT order_id, raw_json FROM orders").fetchall())
    with open_store(db, daily_backup=False) as store:
        conn = store.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM import_raw_keys").fetchone()[0] == 0
        assert dict(conn.execute("SELECT order_id, raw_json FROM orders").fetchall()) == before
        old_pairs = [("订单号", A), ("订单支付时间", PAID), ("收货人姓名", "张三")]
        assert _every_reader(conn, A) == [old_pairs, old_pairs]

        update = _csv(
            tmp_path / "new.csv", ["收货人姓名", "订单号", "订单支付时间"], [["王五", B, PAID]]
        )
        assert _import(store, update).updated == 1
        text, _import_id, raw = _stored(conn, B)
        assert json.loads(text) == ["王五", B, PAID]
        new_pairs = [("收货人姓名", "王五"), ("订单号", B), ("订单支付时间", PAID)]
        assert list((raw or {}).items()) == new_pairs
        assert _every_reader(conn, B) == [new_pairs, new_pairs]
        assert (
            conn.execute("SELECT raw_json FROM orders WHERE order_id = ?", (A,)).fetchone()[0]
            == before[A]
        )  # untouched
        assert _every_reader(conn, A) == [old_pairs, old_pairs]
