"""A pack is accepted only when signed by a trusted key, unaltered, and made for this app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.errors import BadInput
from desktop_app.rulepacks.envelope import read_pack
from tests.rulepacks.packs import body, tamper, trusted, write_pack

KEY = Ed25519PrivateKey.generate()
KEYS = (trusted(KEY),)


def _refused(path: Path, *, allow_example: bool = False, keys: tuple = KEYS) -> str:
    with pytest.raises(BadInput) as caught:
        read_pack(path, allow_example=allow_example, keys=keys)
    zh, en = caught.value.render(False), caught.value.render(True)
    assert "没有安装任何内容" in zh and "Nothing was installed" in en
    return en


def test_a_signed_pack_is_read(tmp_path: Path) -> None:
    pack = read_pack(write_pack(tmp_path, body(), KEY), keys=KEYS)
    assert pack.pack_id == "douyin-test" and pack.date.isoformat() == "2026-12-20"
    assert pack.body["parameters"]["douyin.d1.suspended"]


def test_indentation_does_not_matter_but_any_change_does(tmp_path: Path) -> None:
    path = write_pack(tmp_path, body(), KEY)
    tamper(path, "test: the suspension ended", "test: the suspension ended ")
    assert "signature does not match" in _refused(path)
    path = write_pack(tmp_path, body(), KEY)
    tamper(path, '"value": false', '"value": true')
    assert "signature does not match" in _refused(path)
    # The same signed content written without indentation is still the same pack.
    path = write_pack(tmp_path, body(), KEY)
    compact = json.dumps(json.loads(path.read_text(encoding="utf-8")), ensure_ascii=True)
    (tmp_path / "compact.json").write_text(compact, encoding="utf-8")
    assert read_pack(tmp_path / "compact.json", keys=KEYS).pack_id == "douyin-test"


def test_a_foreign_key_is_refused(tmp_path: Path) -> None:
    other = Ed25519PrivateKey.generate()
    # Signed by an unknown key id …
    assert "does not trust" in _refused(write_pack(tmp_path, body(), other, key_id="someone"))
    # … or by another key claiming a trusted key's id.
    assert "signature does not match" in _refused(write_pack(tmp_path, body(), other))


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"min_app_version": "99.0.0"}, "needs ShipCheck 99.0.0 or newer"),
        ({"format": 2}, "uses format 2"),
        ({"min_app_version": "soon"}, "does not say which ShipCheck version"),
        ({"date": "2026-13-01"}, "date is malformed"),
        ({"title_en": ""}, "titles"),
    ],
)
def test_a_pack_for_a_newer_app_or_malformed_is_refused(
    tmp_path: Path, changes: dict, words: str
) -> None:
    assert words in _refused(write_pack(tmp_path, body(**changes), KEY))


@pytest.mark.parametrize(
    "text",
    [
        b"\xff\xfe not utf-8",
        b"{not json",
        b'{"shipcheck_rule_pack": {}, "signature": {}, "signature": {}}',
        b'{"shipcheck_rule_pack": {"x": 1.5}, "signature": {"key_id": "a", "ed25519": "b"}}',
        b"[]",
        b'{"shipcheck_rule_pack": {}}',
    ],
)
def test_what_is_not_a_pack_is_refused(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(text)
    en = _refused(path)
    assert "not a ShipCheck rule update" in en or "does not trust" in en


def test_the_example_key_needs_the_sellers_consent(tmp_path: Path) -> None:
    example = Ed25519PrivateKey.generate()
    keys = (*KEYS, trusted(example, "test-example", "example"))
    path = write_pack(tmp_path, body(), example, key_id="test-example")
    assert "example key" in _refused(path, keys=keys)
    assert read_pack(path, allow_example=True, keys=keys).key.use == "example"


def test_a_missing_file_is_a_clear_message(tmp_path: Path) -> None:
    assert "Cannot read the rule update" in _refused(tmp_path / "missing.json")
