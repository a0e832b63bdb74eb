"""The example pack is what the build script makes from the built-in data and is signed by the
shipped example key; pack entries lay over the built-in ones by date."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.errors import BadInput
from desktop_app.evaluation.rule_set import (
    BUILT_IN_RULES_DATE,
    merge,
    rule_definitions,
    rule_set,
)
from desktop_app.rulepacks.envelope import read_pack, sign_body
from desktop_app.rulepacks.install import install_pack
from desktop_app.rulepacks.trust import trusted_keys
from desktop_app.store.connection import open_store
from desktop_app.store.rule_packs import StoredPack
from policies.catalogue import catalogue
from policies.params import definitions
from tests.rulepacks.packs import body

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "build"))

import make_example_rule_pack  # noqa: E402


def test_the_example_pack_is_built_from_the_data_and_signed_by_the_example_key() -> None:
    assert make_example_rule_pack.up_to_date(), "run build/make_example_rule_pack.py"
    with pytest.raises(BadInput):  # only when the seller chooses to trust the example key
        read_pack(make_example_rule_pack.PACK)
    pack = read_pack(make_example_rule_pack.PACK, allow_example=True)
    assert pack.key.use == "example"
    rules = {definitions()[k].rule for k in pack.body["parameters"]}
    assert {"D5", "D6", "D7", "D8", "D9"} <= rules <= set(make_example_rule_pack.RULES)
    assert "douyin-appeal-evidence" in pack.body["announcements"]


def test_the_shipped_keys_include_a_release_key_and_no_private_key() -> None:
    uses = [k.use for k in trusted_keys()]
    assert "release" in uses and uses.count("example") == 1
    for path in (REPO / "resources").rglob("*"):
        if path.is_file() and path.suffix in {".pem", ".key", ".json"}:
            assert b"PRIVATE KEY" not in path.read_bytes(), path


def test_installing_the_example_pack_changes_no_value(tmp_path: Path) -> None:
    with open_store(tmp_path / "shop.db", daily_backup=False) as store:
        install_pack(store, make_example_rule_pack.PACK, allow_example=True)
        merged = rule_definitions(store.conn)
        assert rule_set(store.conn).catalogue.announcements == catalogue().announcements
        for key, p in definitions().items():
            assert [(e.start, e.value) for e in merged[key].entries] == [
                (e.start, e.value) for e in p.entries
            ], key


def test_built_in_rules_date_is_not_older_than_the_built_in_data() -> None:
    newest = max(e.start for p in definitions().values() for e in p.entries)
    assert newest.date() <= BUILT_IN_RULES_DATE
    for platform in catalogue().platforms:
        known = catalogue().newest_rule_date(platform)
        assert known is None or known <= BUILT_IN_RULES_DATE, platform


def _stored(content: dict, row: int = 1) -> StoredPack:
    text = sign_body(content, Ed25519PrivateKey.generate(), "k")
    return StoredPack(
        row,
        content["id"],
        date.fromisoformat(content["date"]),
        content["title"],
        content["title_en"],
        "k",
        f"sha{row}",
        ("douyin",),
        "p.json",
        "",
        text,
    )


START = "2022-12-19 12:00:00"
KEY = "douyin.d1.suspended"


@pytest.mark.parametrize(
    ("pack_date", "replaced"),
    [(BUILT_IN_RULES_DATE.isoformat(), False), ("2099-01-01", True)],
)
def test_a_pack_replaces_a_built_in_entry_only_when_dated_after_the_built_in_data(
    pack_date: str, replaced: bool
) -> None:
    params = {KEY: {START: {"value": False, "source": "a later word"}}}
    rs = merge([_stored(body(date=pack_date, parameters=params))])
    entry = rs.defs[KEY].entry_at(datetime(2023, 1, 1))
    assert entry is not None and (entry.value is False) == replaced
    assert ((KEY, datetime(2022, 12, 19, 12)) in rs.origins) == replaced


def test_between_packs_the_newer_pack_wins_whatever_the_install_order_by_pack_date() -> None:
    new = {KEY: {"2023-06-01": {"value": False, "source": "newer"}}}
    old = {KEY: {"2023-06-01": {"value": True, "source": "older"}}}
    packs = [
        _stored(body(id="a", date="2026-12-10", parameters=old), 2),
        _stored(body(id="b", date="2027-01-01", parameters=new), 1),
    ]
    packs.sort(key=lambda p: (p.pack_date, p.row_id))
    entry = merge(packs).defs[KEY].entry_at(datetime(2023, 7, 1))
    assert entry is not None and entry.value is False and "newer" in entry.source
