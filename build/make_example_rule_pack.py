"""Build the example rule pack: Douyin's 2025–2026 rules, as built into the app, as a signed pack.

    python build/make_example_rule_pack.py --fresh-example-key   # the usual way (see below)
    python build/make_example_rule_pack.py --key example.pem --key-id shipcheck-example-2026
    python build/make_example_rule_pack.py --check               # exit 1 when out of date

The body is made from the built-in data alone — every dated entry of the Douyin rules D5–D10 in
``policies/parameters/douyin.toml`` and the records of the announcements they cite from
``policies/announcements/douyin.toml`` — so the pack is never hand-edited and
``--check`` (run by the tests) says when it no longer matches the data. ``--fresh-example-key``
signs with a new key made for this run, writes its public half into ``resources/rule_keys.json``
as the ``example`` key (accepted only when a seller chooses to trust it) and forgets the private
half: the repository holds no private key, and rebuilding the pack replaces the example key.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from sign_rule_pack import key_entry, load_private_key  # noqa: E402

from desktop_app.evaluation.rule_set import BUILT_IN_RULES_DATE  # noqa: E402
from desktop_app.rulepacks.envelope import FORMAT_VERSION, parse_json, sign_body  # noqa: E402
from policies.catalogue import CATALOGUE_DIR, catalogue  # noqa: E402
from policies.params import definitions, to_json  # noqa: E402

PACK = ROOT / "resources" / "rule_packs" / "douyin-2025-2026.shipcheck-rules.json"
KEYS = ROOT / "resources" / "rule_keys.json"
EXAMPLE_KEY_ID = "shipcheck-example-2026"
RULES = ("D5", "D6", "D7", "D8", "D9", "D10")


def parameters(platform: str = "douyin", rules: tuple[str, ...] = RULES) -> dict[str, Any]:
    """Every dated entry of the rules' parameters, as a pack holds them."""
    out: dict[str, Any] = {}
    for key, p in sorted(definitions().items()):
        if not key.startswith(platform + ".") or p.rule not in rules:
            continue
        entries: dict[str, Any] = {}
        for e in p.entries:
            when = e.start.strftime("%Y-%m-%d %H:%M:%S").removesuffix(" 00:00:00")
            entry: dict[str, Any] = {"source": e.source}
            if e.value is not None:
                entry["value"] = to_json(e.value)
            for field in ("announcement", "clause", "assumption", "assumption_en"):
                if getattr(e, field):
                    entry[field] = getattr(e, field)
            entries[when] = entry
        out[key] = entries
    return out


def announcements(platform: str = "douyin", rules: tuple[str, ...] = RULES) -> dict[str, Any]:
    """The catalogue records of the announcements the rules cite (and show beside them), exactly
    as in ``policies/announcements/<platform>.toml``."""
    cat = catalogue()
    wanted: set[str] = set()
    for rule in rules:
        entry = cat.rule(rule)
        wanted.update(ref.announcement for ref in entry.refs)
        wanted.update(entry.related)
    with (CATALOGUE_DIR / f"{platform}.toml").open("rb") as fh:
        raw = tomllib.load(fh)["announcements"]
    chosen = {k: raw[k] for k in sorted(wanted) if k in raw}
    return dict(json.loads(json.dumps(chosen, ensure_ascii=False, default=_iso)))


def _iso(value: object) -> str:
    """TOML dates and times as the text the catalogue reads."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")


def body() -> dict[str, Any]:
    """The example pack's body."""
    return {
        "format": FORMAT_VERSION,
        "id": "douyin-2025-2026-example",
        "date": BUILT_IN_RULES_DATE.isoformat(),
        "min_app_version": "0.1.0",
        "title": "抖音电商 2025–2026 发货规则（示例规则更新）",
        "title_en": "Douyin 2025–2026 shipping rules (example rule update)",
        "announcements": announcements(),
        "parameters": parameters(),
    }


def _replace_example_key(key: Ed25519PrivateKey) -> None:
    data = json.loads(KEYS.read_text(encoding="utf-8"))
    kept = [k for k in data["keys"] if k.get("use") != "example"]
    data["keys"] = [*kept, key_entry(EXAMPLE_KEY_ID, "example", key)]
    KEYS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def up_to_date() -> bool:
    """Whether the committed pack holds exactly the body the data make now."""
    if not PACK.exists():
        return False
    return bool(parse_json(PACK.read_text(encoding="utf-8"))["shipcheck_rule_pack"] == body())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--fresh-example-key", action="store_true", help="sign with a new key")
    group.add_argument("--key", type=Path, help="sign with this private key (PEM)")
    group.add_argument("--check", action="store_true", help="exit 1 when the pack is outdated")
    parser.add_argument("--key-id", default=EXAMPLE_KEY_ID)
    args = parser.parse_args(argv)
    if args.check:
        ok = up_to_date()
        print(f"{PACK.name}: {'up to date' if ok else 'OUT OF DATE — rebuild it'}")
        return 0 if ok else 1
    if args.fresh_example_key:
        key = Ed25519PrivateKey.generate()
        _replace_example_key(key)
    else:
        key = load_private_key(args.key)
    PACK.parent.mkdir(parents=True, exist_ok=True)
    PACK.write_text(sign_body(body(), key, args.key_id), encoding="utf-8")
    print(f"wrote {PACK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
