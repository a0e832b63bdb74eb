"""The rule-pack file: its envelope, canonical signed bytes, signature check and app-version check.

A pack file is UTF-8 JSON::

    {"shipcheck_rule_pack": {"format": 1, "id": "...", "date": "YYYY-MM-DD",
                             "min_app_version": "0.1.0", "title": "...", "title_en": "...",
                             "announcements": [...], "parameters": {...}},
     "signature": {"key_id": "...", "ed25519": "<base64 of 64 bytes>"}}

The signature covers `SIGNED_PREFIX` followed by the body in canonical JSON (keys sorted, no
spaces, UTF-8): the same bytes however the file was indented. Numbers with a fraction are refused
in the body (decimals are written as text), so canonical JSON is exact; so are duplicate keys,
which two readers could resolve differently.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app import __version__
from desktop_app.errors import BadInput, Problem
from desktop_app.rulepacks.trust import TrustedKey, trusted_keys

FORMAT_VERSION = 1
SIGNED_PREFIX = b"shipcheck-rule-pack\n"
MAX_PACK_BYTES = 8 * 1024 * 1024
_VERSION_RE = re.compile(r"^(\d{1,4})\.(\d{1,4})\.(\d{1,4})$")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")


@dataclass(frozen=True, slots=True)
class RulePack:
    """A pack whose signature checked out: its body and where it came from."""

    pack_id: str
    date: date
    title: str
    title_en: str
    min_app_version: str
    body: dict[str, Any]
    key: TrustedKey
    text: str  # the file as read, kept so the stored pack can be checked again
    sha256: str
    file_name: str


def _refuse(file_name: str, zh: str, en: str, value: str = "") -> BadInput:
    tail_zh = "没有安装任何内容。"
    tail_en = "Nothing was installed."
    return BadInput(Problem(f"{zh}{tail_zh}", f"{en} {tail_en}", file=file_name, value=value))


def canonical_bytes(body: dict[str, Any]) -> bytes:
    """The bytes a signature covers."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return SIGNED_PREFIX + text.encode("utf-8")


def sign_body(body: dict[str, Any], private_key: Ed25519PrivateKey, key_id: str) -> str:
    """The pack file's text for `body` signed by `private_key` (published as `key_id`)."""
    signature = private_key.sign(canonical_bytes(body))
    envelope = {
        "shipcheck_rule_pack": body,
        "signature": {"key_id": key_id, "ed25519": base64.b64encode(signature).decode("ascii")},
    }
    return json.dumps(envelope, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def app_version_tuple(text: str) -> tuple[int, int, int] | None:
    """'1.2.3' → (1, 2, 3); None when not three dot-separated numbers."""
    match = _VERSION_RE.match(text.strip())
    if match is None:
        return None
    return (int(match[1]), int(match[2]), int(match[3]))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_fraction(text: str) -> Any:
    raise ValueError(f"a number with a fraction ({text}); decimals are written as text")


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not a number")


def parse_json(text: str) -> Any:
    """Strict JSON: no duplicate keys, no fractions, no NaN/Infinity (ValueError otherwise)."""
    return json.loads(
        text,
        object_pairs_hook=_no_duplicates,
        parse_float=_no_fraction,
        parse_constant=_no_constant,
    )


def read_pack(
    path: Path, *, allow_example: bool = False, keys: tuple[TrustedKey, ...] | None = None
) -> RulePack:
    """Read and verify the pack at `path`; BadInput (zh + en) when it cannot be trusted or needs
    a newer app. `allow_example`: also trust keys meant for trying packs out (`trust`)."""
    name = path.name
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise _refuse(
            name, f"无法读取规则更新文件：{exc.strerror}。", f"Cannot read the rule update: {exc}."
        ) from None
    return verify_pack_bytes(raw, name, allow_example=allow_example, keys=keys)


def verify_pack_bytes(
    raw: bytes,
    file_name: str,
    *,
    allow_example: bool = False,
    keys: tuple[TrustedKey, ...] | None = None,
) -> RulePack:
    """Verify a pack's bytes (see `read_pack`)."""
    not_a_pack = (
        "这不是 ShipCheck 规则更新文件。",
        "This is not a ShipCheck rule update file.",
    )
    if len(raw) > MAX_PACK_BYTES:
        raise _refuse(
            file_name, "文件过大，不是规则更新文件。", "The file is too large for a rule update."
        )
    try:
        text = raw.decode("utf-8")
        envelope = parse_json(text)
    except (UnicodeDecodeError, ValueError) as exc:
        raise _refuse(file_name, not_a_pack[0], not_a_pack[1], value=str(exc)) from None
    if (
        not isinstance(envelope, dict)
        or set(envelope) != {"shipcheck_rule_pack", "signature"}
        or not isinstance(envelope["shipcheck_rule_pack"], dict)
        or not isinstance(envelope["signature"], dict)
    ):
        raise _refuse(file_name, *not_a_pack)
    body: dict[str, Any] = envelope["shipcheck_rule_pack"]
    sig = envelope["signature"]
    key_id = sig.get("key_id")
    encoded = sig.get("ed25519")
    if not isinstance(key_id, str) or not isinstance(encoded, str):
        raise _refuse(file_name, "规则更新没有签名。", "The rule update is not signed.")
    trusted = {k.key_id: k for k in (keys if keys is not None else trusted_keys())}
    key = trusted.get(key_id)
    if key is None:
        raise _refuse(
            file_name,
            f"规则更新的签名者“{key_id}”不是 ShipCheck 信任的发布者：它可能不是官方发布的。",
            f"The rule update is signed by '{key_id}', which ShipCheck does not trust: "
            "it may not come from the ShipCheck release.",
        )
    if key.use == "example" and not allow_example:
        raise _refuse(
            file_name,
            "这个规则更新用 ShipCheck 自带的示例密钥签名，只用于试用；"
            "确认要安装时请选择信任示例密钥（命令行加 --trust-example-key）。",
            "This rule update is signed with the example key shipped with ShipCheck, meant for "
            "trying updates out; to install it anyway, choose to trust the example key "
            "(--trust-example-key on the command line).",
        )
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        signature = b""
    try:
        key.public_key.verify(signature, canonical_bytes(body))
    except InvalidSignature:
        raise _refuse(
            file_name,
            "规则更新的签名不符：文件在签名后被改动过或已损坏。",
            "The rule update's signature does not match: the file was changed after it was "
            "signed, or is damaged.",
        ) from None
    return _checked_body(body, key, text, raw, file_name)


def _checked_body(
    body: dict[str, Any], key: TrustedKey, text: str, raw: bytes, file_name: str
) -> RulePack:
    """The signed body's envelope fields: format, app version, id, date, titles."""
    fmt = body.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise _refuse(file_name, "规则更新缺少格式版本。", "The rule update has no format version.")
    if fmt > FORMAT_VERSION:
        raise _refuse(
            file_name,
            f"这个规则更新的格式（第 {fmt} 版）比本版 ShipCheck 新：请先升级 ShipCheck。",
            f"This rule update uses format {fmt}, newer than this ShipCheck understands: "
            "update ShipCheck first.",
        )
    needed = body.get("min_app_version")
    needed_tuple = app_version_tuple(needed) if isinstance(needed, str) else None
    if needed_tuple is None:
        raise _refuse(
            file_name,
            "规则更新没有写明需要的最低 ShipCheck 版本。",
            "The rule update does not say which ShipCheck version it needs.",
        )
    ours = app_version_tuple(__version__)
    if ours is None or needed_tuple > ours:
        raise _refuse(
            file_name,
            f"这个规则更新需要 ShipCheck {needed} 或更新版本（当前 {__version__}）：请先升级。",
            f"This rule update needs ShipCheck {needed} or newer (this is {__version__}): "
            "update ShipCheck first.",
        )
    pack_id = body.get("id")
    if not isinstance(pack_id, str) or not _ID_RE.match(pack_id):
        raise _refuse(file_name, "规则更新的编号不合法。", "The rule update's id is malformed.")
    try:
        pack_date = date.fromisoformat(str(body.get("date")))
    except ValueError:
        raise _refuse(
            file_name, "规则更新的日期不合法。", "The rule update's date is malformed."
        ) from None
    title, title_en = body.get("title"), body.get("title_en")
    if not isinstance(title, str) or not title or not isinstance(title_en, str) or not title_en:
        raise _refuse(
            file_name,
            "规则更新缺少中英文标题。",
            "The rule update lacks its Chinese and English titles.",
        )
    return RulePack(
        pack_id=pack_id,
        date=pack_date,
        title=title,
        title_en=title_en,
        min_app_version=str(needed),
        body=body,
        key=key,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        file_name=file_name,
    )
