"""Installing a verified rule pack into the database, and undoing the last install.

Both take a backup first, then in one transaction change `rule_packs` and judge again the stored
orders of the platforms the pack touches (as of each platform's last evaluation): a pack changes
those platforms' inputs fingerprint only, so the other platforms' verdicts stay as they are. On
any error nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.errors import BadInput, Problem
from desktop_app.evaluation.incremental import runs
from desktop_app.evaluation.rule_set import merge, platforms_touched
from desktop_app.evaluation.run import evaluate_store
from desktop_app.rulepacks.envelope import RulePack, read_pack
from desktop_app.rulepacks.trust import TrustedKey
from desktop_app.store.backups import BackupInfo, backup_if_changed
from desktop_app.store.connection import Store
from desktop_app.store.rule_packs import (
    StoredPack,
    add_pack,
    installed_packs,
    packs_in_force,
    remove_pack,
)
from policies.catalogue import CatalogueError
from policies.params import ParameterError
from policies.records import Platform


@dataclass(frozen=True, slots=True)
class PackChange:
    """What an install or undo did."""

    pack_id: str
    pack_date: str
    title: str
    title_en: str
    platforms: tuple[str, ...]  # the platforms whose orders were judged again
    backup: BackupInfo | None


def _refuse(pack: RulePack, zh: str, en: str) -> BadInput:
    return BadInput(
        Problem(f"{zh}没有安装任何内容。", f"{en} Nothing was installed.", file=pack.file_name)
    )


def affected_platforms(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The platforms whose verdicts entries of these parameter files can change."""
    if "common" in stems:
        return tuple(p.value for p in Platform)
    return tuple(p.value for p in Platform if p.value in stems)


def install_pack(
    store: Store,
    path: Path,
    *,
    allow_example: bool = False,
    keys: tuple[TrustedKey, ...] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PackChange:
    """Verify the pack at `path`, then install it (see the module). BadInput (zh + en), and the
    database unchanged, when it is refused."""
    pack = read_pack(path, allow_example=allow_example, keys=keys)
    stems = platforms_touched(pack.body)
    if not stems:
        raise _refuse(pack, "规则更新是空的。", "The rule update is empty.")
    _check_content(store, pack, stems)
    installed = installed_packs(store.conn)
    for held in installed:
        if held.sha256 == pack.sha256:
            raise _refuse(
                pack,
                f"这个规则更新已经安装过（{held.installed_at}）。",
                f"This rule update is already installed ({held.installed_at}).",
            )
        if held.pack_id == pack.pack_id and held.pack_date >= pack.date:
            raise _refuse(
                pack,
                f"已经安装了同一规则更新的{'更新' if held.pack_date > pack.date else '同日'}版本"
                f"（{held.pack_date.isoformat()}）：较旧的版本不会替换较新的数据。",
                f"A {'newer' if held.pack_date > pack.date else 'same-day'} version of this rule "
                f"update is installed ({held.pack_date.isoformat()}): an older version never "
                "replaces newer data.",
            )
    backup = backup_if_changed(store, "rule-pack")
    with store.transaction():
        add_pack(
            store.conn,
            pack_id=pack.pack_id,
            pack_date=pack.date,
            title=pack.title,
            title_en=pack.title_en,
            key_id=pack.key.key_id,
            sha256=pack.sha256,
            platforms=stems,
            file_name=pack.file_name,
            pack_text=pack.text,
        )
        judged = _judge_again(store, affected_platforms(stems), progress)
    return PackChange(
        pack.pack_id, pack.date.isoformat(), pack.title, pack.title_en, judged, backup
    )


def _as_stored(pack: RulePack, stems: tuple[str, ...]) -> StoredPack:
    return StoredPack(
        row_id=1 << 62,
        pack_id=pack.pack_id,
        pack_date=pack.date,
        title=pack.title,
        title_en=pack.title_en,
        key_id=pack.key.key_id,
        sha256=pack.sha256,
        platforms=stems,
        file_name=pack.file_name,
        installed_at="",
        pack_text=pack.text,
    )


def _check_content(store: Store, pack: RulePack, stems: tuple[str, ...]) -> None:
    """Refuse a pack whose parameters or announcements this app cannot use, or that would not
    hold together with the packs in force (a value citing a clause no version has …)."""
    others = [p for p in packs_in_force(store.conn) if p.pack_id != pack.pack_id]
    candidate = sorted([*others, _as_stored(pack, stems)], key=lambda p: (p.pack_date, p.row_id))
    try:
        merge(candidate)
    except ParameterError as exc:
        raise _refuse(
            pack,
            f"规则更新里有本版 ShipCheck 不认识或不接受的参数（{exc}）：请先升级 ShipCheck。",
            f"The rule update holds a parameter this ShipCheck does not know or accept ({exc}): "
            "update ShipCheck first.",
        ) from None
    except CatalogueError as exc:
        raise _refuse(
            pack,
            f"规则更新里的公告记录不完整或与已有记录不符（{exc}）。",
            f"An announcement record of the rule update is incomplete or does not match the "
            f"known ones ({exc}).",
        ) from None


def undo_last_install(
    store: Store, progress: Callable[[int, int], None] | None = None
) -> PackChange:
    """Remove the most recently installed pack (an older version of it, if installed, is in force
    again) and judge its platforms again; BadInput when none is installed."""
    installed = installed_packs(store.conn)
    if not installed:
        raise BadInput(
            Problem("没有已安装的规则更新可以撤销。", "No installed rule update to undo.")
        )
    last: StoredPack = installed[-1]
    backup = backup_if_changed(store, "rule-pack")
    with store.transaction():
        remove_pack(store.conn, last.row_id)
        judged = _judge_again(store, affected_platforms(last.platforms), progress)
    return PackChange(
        last.pack_id, last.pack_date.isoformat(), last.title, last.title_en, judged, backup
    )


def _judge_again(
    store: Store, platforms: tuple[str, ...], progress: Callable[[int, int], None] | None
) -> tuple[str, ...]:
    """Re-evaluate the stored orders of `platforms` evaluated before, as of their last run."""
    previous = runs(store.conn)
    judged: list[str] = []
    for platform in platforms:
        run = previous.get(platform)
        if run is None:
            continue
        as_of: datetime = run.as_of
        evaluate_store(store, as_of, platform, progress=progress, summarize=False)
        judged.append(platform)
    return tuple(judged)
