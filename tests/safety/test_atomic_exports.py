"""Every file ShipCheck writes for the user is written atomically: a failure half-way through the
write (here: the disk filling up after some bytes, or a crash before the rename) leaves the
previous file byte for byte, and no temporary file behind.

Writers covered: the product template (``shipcheck products template``), report PDFs
(`reports.render.write_pdf`), evidence bundles (`evidence.bundle.build_bundle`), attachment copies
(`gui.services.export_attachment`), and database backups and restores (`store.backups`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pytest

from desktop_app import atomic
from desktop_app.errors import BadInput
from desktop_app.store import backups as backups_module
from desktop_app.store.backups import create_backup, list_backups
from desktop_app.store.connection import open_store
from desktop_app.store.restore import restore_backup
from desktop_app.store.settings import get_setting, set_setting

WEEK = (date(2022, 12, 12), date(2022, 12, 18))
PREVIOUS = b"the previous file, which must survive"


class _FillingFile:
    """A file object that raises ENOSPC once more than `room` bytes have been written."""

    def __init__(self, inner: IO[bytes], room: int) -> None:
        self._inner = inner
        self._room = room
        self.written = 0

    def write(self, data: bytes) -> int:
        if self.written + len(data) > self._room:
            part = max(0, self._room - self.written)
            self._inner.write(bytes(data[:part]))  # half of it reaches the temporary file
            self.written += part
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return self._inner.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


@pytest.fixture
def disk_fills_after(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """`disk_fills_after(n)`: from now on, atomic writes fail with ENOSPC after n bytes."""
    real_fdopen = os.fdopen

    def arm(room: int) -> None:
        def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            return _FillingFile(real_fdopen(fd, mode, *args, **kwargs), room)

        monkeypatch.setattr(atomic.os, "fdopen", fdopen)

    return arm


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _previous(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(PREVIOUS)
    return path


# --- the helper every writer uses ----------------------------------------------------------------


@pytest.mark.parametrize("room", [0, 1, 4096, 100_000])
def test_atomic_write_failing_midway_keeps_the_previous_file(
    tmp_path: Path, disk_fills_after: Callable[[int], None], room: int
) -> None:
    target = _previous(tmp_path / "out.bin")
    disk_fills_after(room)
    with pytest.raises(OSError) as info:
        atomic.atomic_write_bytes(target, b"n" * 200_000)
    assert info.value.errno == errno.ENOSPC
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == []


def test_atomic_write_of_a_new_file_leaves_nothing_on_failure(
    tmp_path: Path, disk_fills_after: Callable[[int], None]
) -> None:
    disk_fills_after(10)
    with pytest.raises(OSError):
        atomic.atomic_write_bytes(tmp_path / "new.bin", b"x" * 100)
    assert list(tmp_path.iterdir()) == []


def test_exception_inside_the_with_block_keeps_the_previous_file(tmp_path: Path) -> None:
    target = _previous(tmp_path / "out.bin")
    with pytest.raises(RuntimeError), atomic.atomic_write(target) as fh:
        fh.write(b"half")
        raise RuntimeError("the writer failed")
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == []


# --- product template ----------------------------------------------------------------------------


def test_products_template_disk_full_midway(
    tmp_path: Path, disk_fills_after: Callable[[int], None], capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    target = _previous(tmp_path / "商品模板.xlsx")
    disk_fills_after(1000)
    assert main(["products", "template", str(target)]) == 2  # a clear message, not a traceback
    err = capsys.readouterr().err
    assert "Traceback" not in err and "无法写入文件" in err
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(tmp_path) == []


# --- report PDF and evidence bundle --------------------------------------------------------------


@pytest.fixture
def report_conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    from tests.reports.report_fixtures import filled_store

    conn = filled_store(tmp_path)
    yield conn
    conn.close()


def test_report_pdf_disk_full_midway(
    report_conn: sqlite3.Connection,
    tmp_path: Path,
    qapp: object,
    disk_fills_after: Callable[[int], None],
) -> None:
    from desktop_app.reports import render
    from desktop_app.reports.data import ReportRequest, gather_appeal

    report = gather_appeal(report_conn, ReportRequest("kuaishou", *WEEK))
    good = render.pdf_bytes(report)
    out = tmp_path / "out"
    target = _previous(out / "处罚报告.pdf")
    disk_fills_after(len(good) // 2)
    with pytest.raises(OSError):
        render.write_pdf(report, target)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(out) == []


def test_evidence_bundle_disk_full_midway(
    report_conn: sqlite3.Connection,
    tmp_path: Path,
    qapp: object,
    disk_fills_after: Callable[[int], None],
) -> None:
    from desktop_app.evidence import bundle

    out = tmp_path / "out"
    target = _previous(out / "申诉证据.zip")
    disk_fills_after(20_000)  # past the first entries, before the manifest
    with pytest.raises(OSError):
        bundle.build_bundle(report_conn, "douyin", *WEEK, target)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(out) == []


# --- attachment copy (detail panel "Save a copy…") -----------------------------------------------


def test_attachment_copy_disk_full_midway(
    tmp_path: Path, disk_fills_after: Callable[[int], None]
) -> None:
    from desktop_app.gui.services import export_attachment

    db = tmp_path / "a.db"
    with open_store(db, daily_backup=False) as store:
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO attachments (platform, order_id, sub_order_id, file_name, sha256, "
                "size_bytes, content, description, added_at) VALUES ('douyin', '1', '', "
                "'a.png', 'x', 50004, ?, '', '2024-01-01 00:00:00')",
                (b"\x89PNG" + b"p" * 50_000,),
            )
        attachment_id = store.conn.execute("SELECT id FROM attachments").fetchone()[0]
        out = tmp_path / "out"
        target = _previous(out / "a.png")
        disk_fills_after(1000)
        with pytest.raises(OSError):
            export_attachment(store, attachment_id, target)
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(out) == []


# --- backups and restores ------------------------------------------------------------------------


def _db_with(tmp_path: Path, value: str) -> Path:
    db = tmp_path / "shop.db"
    with open_store(db, daily_backup=False) as store, store.transaction() as conn:
        set_setting(conn, "v", value)
    return db


def test_backup_failing_midway_keeps_earlier_backups_and_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db_with(tmp_path, "one")
    with open_store(db, daily_backup=False) as store:
        first = create_backup(store, "manual")
    first_bytes = first.path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module.os, "fsync", no_space)  # the copy is written, not synced
    with open_store(db, daily_backup=False) as store:
        with pytest.raises(BadInput) as info:
            create_backup(store, "manual")
        assert "无法创建数据库备份" in info.value.render()
    monkeypatch.undo()
    assert [b.name for b in list_backups(db)] == [first.name]
    assert first.path.read_bytes() == first_bytes
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [first.name]
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "v") == "one"


def _damage(db: Path) -> bytes:
    with open_store(db, daily_backup=False):
        pass  # checkpointed and closed: everything is in the main file
    data = bytearray(db.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(data))
    return bytes(data)


def test_restore_over_a_damaged_database_failing_midway_moves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db_with(tmp_path, "good")
    with open_store(db, daily_backup=False) as store:
        good = create_backup(store, "manual")
    damaged = _damage(db)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups_module.os, "fsync", no_space)
    with pytest.raises((OSError, BadInput)):
        restore_backup(db, good.name)
    monkeypatch.undo()
    # the damaged file is still where it was (nothing half-restored, no empty database in its
    # place that the next start would silently treat as new), and the backup is untouched
    assert db.read_bytes() == damaged
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert restore_backup(db, good.name) is None  # and once there is room, the restore works
    with open_store(db, daily_backup=False) as store:
        assert get_setting(store.conn, "v") == "good"
    assert [p.read_bytes() for p in tmp_path.iterdir() if ".damaged-" in p.name] == [damaged]


# --- the commands' messages ----------------------------------------------------------------------


@pytest.mark.parametrize("command", ["report", "evidence"])
def test_report_and_evidence_commands_say_disk_full_clearly(
    report_conn: sqlite3.Connection,
    tmp_path: Path,
    qapp: object,
    disk_fills_after: Callable[[int], None],
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    from desktop_app.cli.main import main

    period = ["--platform", "douyin", "--from", WEEK[0].isoformat(), "--to", WEEK[1].isoformat()]
    argv = ["report", "appeal", *period] if command == "report" else ["evidence", *period]
    target = _previous(tmp_path / "out" / ("r.pdf" if command == "report" else "e.zip"))
    disk_fills_after(100)
    rc = main([*argv, "--out", str(target), "--db", str(tmp_path / "shipcheck.db")])
    err = capsys.readouterr().err
    assert target.read_bytes() == PREVIOUS
    assert rc == 2 and "Traceback" not in err
