"""The public keys whose rule packs this app accepts (`resources/rule_keys.json`).

Each key has a use: ``release`` — packs from the ShipCheck release manager, whose private key is
kept outside the repository — or ``example`` — the key the example pack under
`resources/rule_packs/` is signed with, accepted only when the seller chooses to (a pack signed
with it is for trying the feature out, not an official update).
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop_app.resources import resource_path

USES = ("release", "example")


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A public key packs may be signed with."""

    key_id: str
    use: str
    public_key: Ed25519PublicKey


def public_key_text(key: Ed25519PublicKey) -> str:
    """The base64 of a public key's 32 raw bytes, as `rule_keys.json` holds it."""
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_keys(path: Path) -> tuple[TrustedKey, ...]:
    """Every key in a key list file; ValueError naming the entry when one is malformed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out: list[TrustedKey] = []
    for i, entry in enumerate(data.get("keys", [])):
        key_id, use, text = entry.get("id"), entry.get("use"), entry.get("ed25519_public")
        if not isinstance(key_id, str) or use not in USES or not isinstance(text, str):
            raise ValueError(f"{path.name}: key {i} needs id, use ({'/'.join(USES)}) and key")
        try:
            public = Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"{path.name}: key {key_id}: {exc}") from None
        out.append(TrustedKey(key_id, use, public))
    return tuple(out)


@functools.cache
def trusted_keys() -> tuple[TrustedKey, ...]:
    """The keys shipped with this app."""
    return load_keys(resource_path("rule_keys.json"))
