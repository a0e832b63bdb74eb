"""Rule packs for tests: a key pair made in the test, a body, and signing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.rulepacks.envelope import FORMAT_VERSION, sign_body
from desktop_app.rulepacks.trust import TrustedKey


def trusted(
    key: Ed25519PrivateKey, key_id: str = "test-release", use: str = "release"
) -> TrustedKey:
    """The public half of `key` as a key the app trusts."""
    return TrustedKey(key_id, use, key.public_key())


def body(**changes: Any) -> dict[str, Any]:
    """A pack that ends D1's suspension for orders paid from 2023-06-01 (a gap a pack fills)."""
    out: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": "douyin-test",
        "date": "2026-12-20",
        "min_app_version": "0.1.0",
        "title": "抖音发货规则测试更新",
        "title_en": "Douyin shipping rules test update",
        "announcements": [
            {
                "id": "douyin-epidemic-adjustment",
                "platform": "douyin",
                "title": "抖音电商疫情期间商家最新发货及服务调整公告",
            }
        ],
        "parameters": {
            "douyin.d1.suspended": {
                "2023-06-01 00:00:00": {"value": False, "source": "test: the suspension ended"}
            }
        },
    }
    out.update(changes)
    return out


def write_pack(
    folder: Path,
    content: dict[str, Any],
    key: Ed25519PrivateKey,
    key_id: str = "test-release",
    name: str = "pack.json",
) -> Path:
    """Sign `content` with `key` into a pack file."""
    path = folder / name
    path.write_text(sign_body(content, key, key_id), encoding="utf-8")
    return path


def tamper(path: Path, old: str, new: str) -> Path:
    """Change the pack's signed text after signing (the signature stays)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False).replace(old, new)
    assert text != json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path
