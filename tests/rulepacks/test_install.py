"""Installing a signed pack: backup first, one transaction, the pack's platforms judged again,
undoable; refused packs leave every row of the database as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.errors import BadInput
from desktop_app.evaluation import evaluate_store
from desktop_app.rulepacks.install import install_pack, undo_last_install
from desktop_app.store.backups import list_backups
from desktop_app.store.connection import Store, open_store
from policies.explain import announcement_lines
from tests.evaluation.storedata import synthetic_store
from tests.rulepacks.packs import END_OF_SUSPENSION, body, tamper, trusted, write_pack

KEY = Ed25519PrivateKey.generate()
KEYS = (trusted(KEY),)
AS_OF = datetime(2024, 6, 10, 12)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with synthetic_store(tmp_path / "shop.db", 900, seed=5) as s:
        evaluate_store(s, AS_OF)
        yield s


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}


def _verdicts(conn: sqlite3.Connection, platform: str) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT * FROM verdict_rows WHERE platform = ? ORDER BY order_id, sub_order_id",
        (platform,),
    ).fetchall()


def _run(conn: sqlite3.Connection, platform: str) -> tuple[object, ...]:
    return conn.execute("SELECT * FROM verdict_runs WHERE platform = ?", (platform,)).fetchone()


def test_a_signed_pack_installs_re_evaluates_its_platform_and_rolls_back(
    store: Store, tmp_path: Path
) -> None:
    conn = store.conn
    before = _dump(conn)
    douyin = _verdicts(conn, "douyin")
    others = {p: (_verdicts(conn, p), _run(conn, p)) for p in ("kuaishou", "aliexpress")}

    change = install_pack(store, write_pack(tmp_path, body(), KEY), keys=KEYS)

    assert change.platforms == ("douyin",)
    assert change.backup is not None and change.backup.reason == "rule-pack"
    assert [b.name for b in list_backups(store.path)].count(change.backup.name) == 1
    assert conn.execute("SELECT pack_id FROM rule_packs").fetchall() == [("douyin-test",)]
    # Douyin's verdicts were judged again with the pack's version; the others were not touched.
    assert _verdicts(conn, "douyin") != douyin
    for p, (rows, run) in others.items():
        assert _verdicts(conn, p) == rows and _run(conn, p) == run
    # The install recorded the pack in the runs: a later re-evaluation does not judge every
    # order again because of it.
    judged: list[int] = [0]
    evaluate_store(store, AS_OF, progress=lambda done, total: judged.append(total))
    assert judged[-1] < 900

    undone = undo_last_install(store)
    assert undone.pack_id == "douyin-test" and undone.platforms == ("douyin",)
    after = _dump(conn)
    for table, rows in before.items():
        if table == "verdict_runs":  # the evaluation time of the runs moves on
            continue
        assert after[table] == rows, table


def test_the_pack_changes_the_verdicts_it_names(store: Store, tmp_path: Path) -> None:
    """D1's suspension ended by the pack: orders paid after its date owe compensation again."""
    conn = store.conn
    sql = (
        "SELECT COUNT(*) FROM verdict_rows v JOIN orders o USING (platform, order_id, "
        "sub_order_id) WHERE v.platform = 'douyin' AND o.paid_at >= '2023-06-01' "
        "AND IFNULL(v.compensation_fen, -1) > 0"
    )
    owing_before = conn.execute(sql).fetchone()[0]
    install_pack(store, write_pack(tmp_path, body(), KEY), keys=KEYS)
    assert conn.execute(sql).fetchone()[0] > owing_before == 0


@pytest.mark.parametrize(
    "case",
    [
        "tampered",
        "foreign",
        "too_new",
        "unknown_parameter",
        "bad_value",
        "missing_clause",
        "bad_announcement",
        "empty",
    ],
)
def test_refused_packs_leave_the_database_unchanged(
    store: Store, tmp_path: Path, case: str
) -> None:
    before = _dump(store.conn)
    backups = list_backups(store.path)
    if case == "tampered":
        path = tamper(write_pack(tmp_path, body(), KEY), "2023-06-01", "2022-06-01")
    elif case == "foreign":
        path = write_pack(tmp_path, body(), Ed25519PrivateKey.generate())
    elif case == "too_new":
        path = write_pack(tmp_path, body(min_app_version="9.0.0"), KEY)
    elif case == "unknown_parameter":
        params = {"douyin.d99.magic": {"2027-01-01": {"value": 1, "source": "x"}}}
        path = write_pack(tmp_path, body(parameters=params), KEY)
    elif case == "bad_value":
        params = {"douyin.d1.late_ship_rate": {"2027-01-01": {"value": "150%", "source": "x"}}}
        path = write_pack(tmp_path, body(parameters=params), KEY)
    elif case == "missing_clause":
        path = write_pack(tmp_path, body(announcements={}), KEY)  # the value cites its clause
    elif case == "bad_announcement":
        record = {**END_OF_SUSPENSION, "platform": "taobao"}
        path = write_pack(tmp_path, body(announcements={"x-y": record}), KEY)
    else:
        path = write_pack(tmp_path, body(announcements={}, parameters={}), KEY)
    with pytest.raises(BadInput) as caught:
        install_pack(store, path, keys=KEYS)
    assert "Nothing was installed" in caught.value.render(True)
    assert "没有安装任何内容" in caught.value.render(False)
    assert _dump(store.conn) == before
    assert list_backups(store.path) == backups


def test_an_older_pack_never_replaces_newer_data(store: Store, tmp_path: Path) -> None:
    install_pack(store, write_pack(tmp_path, body(), KEY, name="new.json"), keys=KEYS)
    before = _dump(store.conn)
    for name, date in (("old.json", "2026-12-01"), ("same.json", "2026-12-20")):
        older = body(date=date, title_en=f"older {date}")
        with pytest.raises(BadInput) as caught:
            install_pack(store, write_pack(tmp_path, older, KEY, name=name), keys=KEYS)
        assert "never replaces newer data" in caught.value.render(True)
    with pytest.raises(BadInput) as caught:
        install_pack(store, tmp_path / "new.json", keys=KEYS)
    assert "already installed" in caught.value.render(True)
    assert _dump(store.conn) == before


def test_a_newer_version_replaces_the_older_and_undo_brings_it_back(
    store: Store, tmp_path: Path
) -> None:
    conn = store.conn
    install_pack(store, write_pack(tmp_path, body(), KEY, name="v1.json"), keys=KEYS)
    with_v1 = _verdicts(conn, "douyin")
    # v2 moves the end of the suspension later: fewer orders owe compensation.
    v2_params = {
        "douyin.d1.suspended": {"2024-06-05 00:00:00": {"value": False, "source": "test v2"}}
    }
    v2 = body(date="2027-01-05", parameters=v2_params)
    install_pack(store, write_pack(tmp_path, v2, KEY, name="v2.json"), keys=KEYS)
    assert _verdicts(conn, "douyin") != with_v1
    undo_last_install(store)
    assert _verdicts(conn, "douyin") == with_v1
    undo_last_install(store)
    with pytest.raises(BadInput) as caught:
        undo_last_install(store)
    assert "No installed rule update" in caught.value.render(True)


def test_after_an_install_the_stored_verdicts_are_those_judging_everything_gives(
    store: Store, tmp_path: Path
) -> None:
    install_pack(store, write_pack(tmp_path, body(), KEY), keys=KEYS)
    copy = tmp_path / "copy.db"
    dest = sqlite3.connect(copy)
    store.conn.backup(dest)
    dest.close()
    with open_store(copy, daily_backup=False) as full:
        full.conn.execute("UPDATE verdict_runs SET context_key = ''")  # judge every order
        evaluate_store(full, AS_OF)
        everything = full.conn.execute("SELECT * FROM verdicts ORDER BY 1, 2, 3").fetchall()
    assert store.conn.execute("SELECT * FROM verdicts ORDER BY 1, 2, 3").fetchall() == everything


def test_the_settings_list_shows_the_default_an_installed_pack_gives(
    store: Store, tmp_path: Path
) -> None:
    from desktop_app.evaluation import load_parameters

    def shown() -> tuple[str, str]:
        view = next(
            v
            for v in load_parameters(store, datetime(2023, 7, 1))
            if v.key == "douyin.d1.suspended"
        )
        return view.default, view.source

    assert shown()[0] == "是 (yes)"
    install_pack(store, write_pack(tmp_path, body(), KEY), keys=KEYS)
    default, source = shown()
    assert default == "否 (no)" and "规则更新《抖音发货规则测试更新》（2026-12-20）" in source
    assert "《抖音疫情期间商家最新发货及服务调整公告》（2023-05-20）恢复赔付" in source


def test_explained_verdicts_date_the_rule_by_the_packs_announcement_version(
    store: Store, tmp_path: Path
) -> None:
    from desktop_app.evaluation.explain import explain_orders

    keys = store.conn.execute(
        "SELECT platform, order_id, sub_order_id FROM verdict_rows "
        "WHERE platform = 'douyin' AND rules_json LIKE '%\"D1\"%' LIMIT 5"
    ).fetchall()
    assert keys
    before = explain_orders(store, keys)
    assert {dict(e.verdict.rule_versions).get("D1") for e in before.values()} == {"2024-09-27"}
    install_pack(store, write_pack(tmp_path, body(), KEY), keys=KEYS)
    after = explain_orders(store, keys)
    assert {dict(e.verdict.rule_versions).get("D1") for e in after.values()} == {"2023-05-20"}
    line = "D1：《抖音疫情期间商家最新发货及服务调整公告》（2023-05-20）"
    assert all(announcement_lines(e.verdict) == [line] for e in after.values())


def test_a_pack_of_common_parameters_judges_every_platform_again(
    store: Store, tmp_path: Path
) -> None:
    params = {"common.core.warning_hours": {"2024-06-09": {"value": 6, "source": "test"}}}
    pack = write_pack(tmp_path, body(announcements={}, parameters=params), KEY)
    change = install_pack(store, pack, keys=KEYS)
    assert change.platforms == ("kuaishou", "douyin", "aliexpress")


def test_a_value_citing_an_announcement_only_the_pack_has_is_explained_in_its_words(
    store: Store, tmp_path: Path
) -> None:
    from desktop_app.evaluation.explain import explain_orders

    notice = {**END_OF_SUSPENSION, "title": "测试：恢复赔付通知", "title_en": "Test: notice"}
    cited = {
        "douyin.d1.suspended": {
            "2023-06-01": {
                "value": False,
                "source": "test",
                "announcement": "douyin-test-notice",
                "clause": "恢复赔付",
            }
        }
    }
    content = body(announcements={"douyin-test-notice": notice}, parameters=cited)
    install_pack(store, write_pack(tmp_path, content, KEY), keys=KEYS)
    key = store.conn.execute(
        "SELECT platform, order_id, sub_order_id FROM verdict_rows "
        "WHERE platform = 'douyin' AND rules_json LIKE '%\"D1\"%' LIMIT 1"
    ).fetchone()
    explained = explain_orders(store, [key])[key].verdict
    words = " ".join(step.source for step in explained.trace)
    assert "《测试：恢复赔付通知》（2023-05-20）恢复赔付" in words
