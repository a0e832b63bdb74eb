"""desktop_app.atomic: all-or-nothing writes that keep (or give sensible) file permissions."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from desktop_app.atomic import STALE_AFTER_SECONDS, atomic_write, atomic_write_bytes


def test_new_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "report.pdf"
    atomic_write_bytes(target, b"%PDF-1.4 data")
    assert target.read_bytes() == b"%PDF-1.4 data"
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]  # no temporary left


def test_failure_keeps_the_previous_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "bundle.zip"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half a new fi")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.zip"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_file_is_readable_by_others_and_replacement_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    atomic_write_bytes(target, b"1")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o600)
    atomic_write_bytes(target, b"2")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"2"


@pytest.mark.parametrize(
    ("age", "removed"),
    [(STALE_AFTER_SECONDS + 60, True), (STALE_AFTER_SECONDS - 60, False), (0, False)],
)
def test_a_killed_writes_temporary_goes_at_the_next_write(
    tmp_path: Path, age: float, removed: bool
) -> None:
    """A report write killed midway leaves `.report.pdf.XXXX.tmp`; the next write of that report
    deletes it once it is stale, never a temporary another write may still be filling."""
    target = tmp_path / "report.pdf"
    leftover = tmp_path / ".report.pdf.k1ll3d.tmp"
    leftover.write_bytes(b"half a report")
    other = tmp_path / ".other.pdf.k1ll3d.tmp"
    other.write_bytes(b"another file's")
    then = time.time() - age
    for path in (leftover, other):
        os.utime(path, (then, then))
    atomic_write_bytes(target, b"%PDF-1.4 data")
    assert target.read_bytes() == b"%PDF-1.4 data"
    assert leftover.exists() is not removed
    assert other.read_bytes() == b"another file's"
