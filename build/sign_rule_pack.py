"""Sign a rule pack, or make the release key that signs them.

    python build/sign_rule_pack.py sign BODY.json --key release.pem \
        --key-id shipcheck-release-2026 --out douyin-2027-03.shipcheck-rules.json
    python build/sign_rule_pack.py new-key release.pem --key-id shipcheck-release-2027

``sign`` reads the pack's body (the object a pack file holds under ``shipcheck_rule_pack``: format,
id, date, min_app_version, titles, announcements, parameters; decimals written as text) and writes
the signed pack file. ``new-key`` writes a new Ed25519 private key (PKCS#8 PEM, encrypted with the
passphrase in ``$SHIPCHECK_KEY_PASSPHRASE`` or asked for) and prints the entry to add to
``resources/rule_keys.json``. The private key never enters the repository: see
``docs/packaging.md``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from desktop_app.rulepacks.envelope import parse_json, sign_body  # noqa: E402
from desktop_app.rulepacks.trust import public_key_text  # noqa: E402


def _passphrase(confirm: bool) -> bytes | None:
    """The key's passphrase: from the environment, else asked for (empty: none)."""
    text = os.environ.get("SHIPCHECK_KEY_PASSPHRASE")
    if text is None:
        text = getpass.getpass("Passphrase of the signing key (empty for none): ")
        if confirm and text and getpass.getpass("Again: ") != text:
            raise SystemExit("The passphrases differ.")
    return text.encode() if text else None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in a PEM file (asks for its passphrase when it has one)."""
    data = path.read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:  # encrypted
        key = serialization.load_pem_private_key(data, password=_passphrase(confirm=False))
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path}: not an Ed25519 private key")
    return key


def write_private_key(path: Path, key: Ed25519PrivateKey, passphrase: bytes | None) -> None:
    """Write `key` as PKCS#8 PEM, readable by its owner only; never over an existing file."""
    algorithm: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, algorithm
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def key_entry(key_id: str, use: str, key: Ed25519PrivateKey) -> dict[str, str]:
    """The entry of `rule_keys.json` for the public half of `key`."""
    return {"id": key_id, "use": use, "ed25519_public": public_key_text(key.public_key())}


def sign_file(body_path: Path, key: Ed25519PrivateKey, key_id: str, out: Path) -> None:
    """Sign the body in `body_path` into the pack file `out`."""
    body = parse_json(body_path.read_text(encoding="utf-8"))
    if not isinstance(body, dict):
        raise SystemExit(f"{body_path}: expected the pack's body (a JSON object)")
    out.write_text(sign_body(body, key, key_id), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    s = sub.add_parser("sign", help="sign a pack body into a pack file")
    s.add_argument("body", type=Path, help="the pack body (JSON)")
    s.add_argument("--key", type=Path, required=True, help="the private key (PEM)")
    s.add_argument("--key-id", required=True, help="the key's id in resources/rule_keys.json")
    s.add_argument("--out", type=Path, required=True, help="the pack file to write")
    k = sub.add_parser("new-key", help="make a new signing key")
    k.add_argument("path", type=Path, help="where to write the private key (must not exist)")
    k.add_argument("--key-id", required=True, help="the id the app will know it by")
    k.add_argument("--use", choices=("release", "example"), default="release")
    args = parser.parse_args(argv)
    if args.action == "sign":
        sign_file(args.body, load_private_key(args.key), args.key_id, args.out)
        print(f"signed {args.out}")
        return 0
    key = Ed25519PrivateKey.generate()
    write_private_key(args.path, key, _passphrase(confirm=True))
    print("Add this entry to resources/rule_keys.json:")
    print(json.dumps(key_entry(args.key_id, args.use, key), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
