"""Build the example rule pack: Douyin's 2025–2026 rules, as built into the app, as a signed pack.

    python build/make_example_rule_pack.py --fresh-example-key   # the usual way (see below)
    python build/make_example_rule_pack.py --key example.pem --key-id shipcheck-example-2026
    python build/make_example_rule_pack.py --check               # exit 1 when out of date

The body is made from the built-in data alone — every dated entry of the Douyin rules D5–D10 in
``policies/parameters/douyin.toml`` and their announcements — so the pack is never hand-edited and
``--check`` (run by the tests) says when it no longer matches the data. ``--fresh-example-key``
signs with a new key made for this run, writes its public half into ``resources/rule_keys.json``
as the ``example`` key (accepted only when a seller chooses to trust it) and forgets the private
half: the repository holds no private key, and rebuilding the pack replaces the example key.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "build"))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from sign_rule_pack import key_entry, load_private_key  # noqa: E402

from desktop_app.evaluation.rule_set import BUILT_IN_RULES_DATE  # noqa: E402
from desktop_app.rulepacks.envelope import FORMAT_VERSION, parse_json, sign_body  # noqa: E402
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
            entries[when] = entry
        out[key] = entries
    return out


def announcements() -> list[dict[str, Any]]:
    """The announcements the rules implement."""
    return [
        {
            "id": "douyin-shipping-behaviour",
            "platform": "douyin",
            "title": "商家发货行为管理规则",
            "article": "101706",
            "rules": ["D5"],
        },
        {
            "id": "douyin-late-shipping",
            "platform": "douyin",
            "title": "【商家-发货超时】实施细则",
            "article": "aHwH9wK4Je2N",
            "rules": ["D6"],
        },
        {
            "id": "douyin-track-timeout",
            "platform": "douyin",
            "title": "【商家-物流轨迹超时】实施细则",
            "article": "aHwHroCPheig",
            "rules": ["D7"],
        },
        {
            "id": "douyin-track-anomaly",
            "platform": "douyin",
            "title": "【商家-物流轨迹异常】实施细则",
            "article": "aHzmeN9E9dBF",
            "rules": ["D8"],
        },
        {
            "id": "douyin-violation-measures",
            "platform": "douyin",
            "title": "【违规发货违规处理手段】",
            "article": "aHwH9wK4JUHQ",
            "rules": ["D9"],
        },
        {
            "id": "douyin-appeal-evidence",
            "platform": "douyin",
            "title": "商家申诉举证标准",
            "article": "aJXW4yjQW1ZQ",
            "rules": ["D10"],
        },
    ]


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
