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


# A made-up later version of D1's announcement, ending the suspension (for tests only).
END_OF_SUSPENSION: dict[str, Any] = {
    "platform": "douyin",
    "title": "抖音疫情期间商家最新发货及服务调整公告",
    "title_en": "Douyin: latest shipping and service adjustments for merchants during the epidemic",
    "publisher": "抖音电商",
    "publisher_en": "Douyin E-commerce",
    "versions": [
        {
            "published": "2023-05-20",
            "published_basis": "stated",
            "published_why": "测试用的公告日期。",
            "published_why_en": "A test announcement's date.",
            "where": "测试",
            "where_en": "test",
            "seen": "notice",
            "effective": [
                {
                    "start": "2023-06-01",
                    "basis": "stated",
                    "what": "恢复超时自动赔付",
                    "what_en": "Timeout compensation resumes",
                    "why": "测试。",
                    "why_en": "Test.",
                }
            ],
            "clauses": [
                {
                    "label": "恢复赔付",
                    "text": "支付时间为2023年6月1日0点以后的订单恢复超时自动赔付。",
                    "gist_en": "Orders paid from 2023-06-01 are compensated again.",
                }
            ],
        }
    ],
}


def body(**changes: Any) -> dict[str, Any]:
    """A pack that ends D1's suspension for orders paid from 2023-06-01 (a gap a pack fills)."""
    out: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": "douyin-test",
        "date": "2026-12-20",
        "min_app_version": "0.1.0",
        "title": "抖音发货规则测试更新",
        "title_en": "Douyin shipping rules test update",
        "announcements": {"douyin-epidemic-adjustment": END_OF_SUSPENSION},
        "parameters": {
            "douyin.d1.suspended": {
                "2023-06-01 00:00:00": {
                    "value": False,
                    "source": "test: the suspension ended",
                    "announcement": "douyin-epidemic-adjustment",
                    "clause": "恢复赔付",
                }
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
