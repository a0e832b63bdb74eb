"""Backups in the window: a damaged database at start, File ▸ Restore backup…, Create backup now.

- A damaged database (`StoreRefused` with ``FileState.DAMAGED``): the seller is offered the newest
  backup that passes its own check; restoring keeps the damaged file beside it
  (``<name>.damaged-<time>``) and then the store is opened again (it may migrate an older backup).
- A database from a newer ShipCheck, a file that is not a ShipCheck database, or a second
  ShipCheck on the same database (`StoreBusy`): a plain message; nothing is touched.
- Restore backup…: the backups with time, reason and size, newest first; restoring asks for
  confirmation, closes the window's connections, restores on the database worker and reopens.

The file work happens on the database worker (`Session.op`), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.gui.language import ui_english
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import Qt, QtCore, QtWidgets, Signal
from desktop_app.store import backups
from desktop_app.store.connection import FileState, StoreRefused, inspect_database

_REASONS = {
    "manual": ("手动", "manual"),
    "daily": ("每日自动", "daily"),
    "import": ("导入前", "before an import"),
    "migration": ("升级前", "before an upgrade"),
    "pre-restore": ("恢复前", "before a restore"),
    "rule-pack": ("规则更新前", "before a rule update"),
}


def reason_label(reason: str, english: bool) -> str:
    """A backup's reason in the UI language (unknown reasons as they are)."""
    pair = _REASONS.get(reason)
    return reason if pair is None else pair[1 if english else 0]


def size_label(size: int) -> str:
    """A file size in KB/MB."""
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(size, 1) / 1024:.0f} KB"


def latest_good_backup(db_path: Path) -> backups.BackupInfo | None:
    """The newest backup of `db_path` that is a healthy ShipCheck database (worker thread)."""
    store_side = getattr(backups, "latest_good_backup", None)
    if store_side is not None:
        found: backups.BackupInfo | None = store_side(db_path)
        return found
    for info in backups.list_backups(db_path):
        if inspect_database(info.path).state is FileState.OK:
            return info
    return None


def kept_file(result: object) -> str:
    """Where the restore kept the previous (damaged or healthy) database, as text ("" if none)."""
    kept = getattr(result, "kept", None)
    if kept is not None:
        return str(kept)
    path = getattr(result, "path", None)  # the pre-restore backup (older store API)
    return str(path) if path is not None else ""


class _Kept:
    """Where a restore kept the damaged database."""

    def __init__(self, path: Path) -> None:
        self.kept = path


class BackupActions(QtCore.QObject):
    """Restore and create backups for a window whose database is `session`.

    `reopen()` is called after a successful restore; `before_restore()` must drop the window's
    read connection (the restore replaces the file under it).
    """

    restored = Signal(str)  # backup name
    created = Signal(str)  # backup file name

    def __init__(
        self,
        window: QtWidgets.QWidget,
        session: Session,
        reopen: Callable[[], None],
        before_restore: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self._reopen = reopen
        self._before_restore = before_restore
        self.last_error: BaseException | None = None

    # --- start-up refusal -------------------------------------------------------------------------

    def handle_open_failure(self, exc: BaseException) -> bool:
        """Explain why the database did not open; for a damaged one offer the newest good backup.

        Returns True when the failure was one of the known refusals (handled here).
        """
        if isinstance(exc, StoreRefused) and exc.state is FileState.DAMAGED:
            db_path = self.session.db_path

            def find(_store: Any, _ctx: Any) -> backups.BackupInfo | None:
                return latest_good_backup(db_path)

            # No store is open, so this op must not touch `store`: `Session.op` hands it lazily.
            self.session.raw_op(self.window, find, lambda b: self._offer(exc, b)).failure(
                lambda e: self._offer(exc, None)
            ).run_in_background()
            return True
        if isinstance(exc, StoreRefused):
            self._message(QtWidgets.QMessageBox.Icon.Critical, exc.render(ui_english()))
            return True
        from desktop_app.store.lock import StoreBusy

        if isinstance(exc, StoreBusy):
            self._message(QtWidgets.QMessageBox.Icon.Warning, exc.render(ui_english()))
            return True
        return False

    def _offer(self, exc: StoreRefused, newest: backups.BackupInfo | None) -> None:
        english = ui_english()
        box = QtWidgets.QMessageBox(self.window)
        box.setObjectName("damaged-database")
        box.setWindowTitle("ShipCheck")
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setText(self.tr("The database file is damaged."))
        if newest is None:
            box.setInformativeText(
                self.tr(
                    "No usable backup was found. The damaged file was left as it is: %1"
                ).replace("%1", str(self.session.db_path))
            )
            box.setDetailedText(exc.render(english))
            box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Close)
            box.open()
            self.offer_box = box
            return
        box.setInformativeText(
            self.tr(
                "ShipCheck can restore the newest good backup, made %1 (%2). The damaged file "
                "is kept beside it, so nothing is thrown away."
            )
            .replace("%1", newest.created_at)
            .replace("%2", reason_label(newest.reason, english))
        )
        box.setDetailedText(exc.render(english))
        restore = box.addButton(
            self.tr("Restore this backup"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        choose = box.addButton(
            self.tr("Choose another backup…"), QtWidgets.QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        self.restore_button = restore

        def clicked(button: QtWidgets.QAbstractButton) -> None:
            if button is restore:
                self.restore(newest.name)
            elif button is choose:
                self.choose_and_restore(confirm=False)

        box.buttonClicked.connect(clicked)
        self.offer_box = box
        box.open()

    def _message(self, icon: QtWidgets.QMessageBox.Icon, text: str) -> None:
        box = QtWidgets.QMessageBox(self.window)
        box.setWindowTitle("ShipCheck")
        box.setIcon(icon)
        box.setText(text)
        self.message_box = box
        box.open()

    # --- File menu --------------------------------------------------------------------------------

    def choose_and_restore(self, confirm: bool = True) -> None:
        """List the backups; restore the chosen one (after a confirmation when `confirm`)."""
        db_path = self.session.db_path

        def listing(_store: Any, _ctx: Any) -> list[backups.BackupInfo]:
            return backups.list_backups(db_path)

        self.session.raw_op(
            self.window, listing, lambda found: self._choose(found, confirm)
        ).failure(self._failed).run_in_background()

    def _choose(self, found: list[backups.BackupInfo], confirm: bool) -> None:
        dialog = RestoreBackupDialog(found, self.window)
        self.dialog = dialog

        def accepted() -> None:
            chosen = dialog.chosen()
            if chosen is None:
                return
            if confirm and not self._confirm(chosen):
                return
            self.restore(chosen.name)

        dialog.accepted.connect(accepted)
        dialog.open()

    def _confirm(self, chosen: backups.BackupInfo) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self.window,
            "ShipCheck",
            self.tr(
                "Replace the current database with the backup made %1?\n\nThe current database "
                "is backed up first, so this can be undone with another restore."
            ).replace("%1", chosen.created_at or chosen.name),
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def restore(self, name: str) -> None:
        """Close the window's connections, restore backup `name` on the worker, reopen."""
        self._before_restore()
        db_path = self.session.db_path
        session = self.session

        def work(_store: Any, ctx: Any) -> object:
            session.close_store_in_worker()
            pattern = f"{backups.glob_escape(db_path.name)}.damaged-*"
            before = set(db_path.parent.glob(pattern))
            result = backups.restore_backup(db_path, name)
            if kept_file(result):
                return result
            # The older store API returns nothing for a damaged file: find where it was kept.
            kept = sorted(
                p
                for p in set(db_path.parent.glob(pattern)) - before
                if not p.name.endswith(("-wal", "-shm"))
            )
            return _Kept(kept[0]) if kept else result

        self.session.raw_op(self.window, work, lambda r: self._restored(name, r)).with_progress(
            self.tr("Restoring the backup…"), cancellable=False
        ).failure(self._restore_failed).run_in_background()

    def _restored(self, name: str, result: object) -> None:
        self.restored.emit(name)
        self._reopen()
        kept = kept_file(result)
        text = self.tr("The backup %1 was restored.").replace("%1", name)
        if kept:
            text += "\n" + self.tr("The previous database was kept as %1.").replace("%1", kept)
        self._message(QtWidgets.QMessageBox.Icon.Information, text)

    def _restore_failed(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self.window, exc)
        self._reopen()  # whatever the file is now, show it (or explain why it cannot open)

    def create_now(self) -> None:
        """Make a manual backup on the worker and say where it went."""

        def work(store: Any, _ctx: Any) -> backups.BackupInfo:
            return backups.create_backup(store, reason="manual")

        self.session.op(self.window, work, self._created).with_progress(
            self.tr("Creating a backup…"), cancellable=False
        ).failure(self._failed).run_in_background()

    def _created(self, info: backups.BackupInfo) -> None:
        self.created.emit(info.name)
        self._message(
            QtWidgets.QMessageBox.Icon.Information,
            self.tr("Backup created: %1").replace("%1", str(info.path)),
        )

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self.window, exc)


class RestoreBackupDialog(QtWidgets.QDialog):
    """The backups, newest first, with time, reason and size; OK restores the selected one."""

    def __init__(self, found: list[backups.BackupInfo], parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        english = ui_english()
        self.backups = found
        self.setWindowTitle(self.tr("Restore backup"))
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Choose the backup to go back to. The current database is kept (backed up, or "
                "renamed if it is damaged) before it is replaced."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QtWidgets.QTableWidget(len(found), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made (China time)"), self.tr("Why"), self.tr("Size"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, info in enumerate(found):
            cells = (
                info.created_at,
                reason_label(info.reason, english),
                size_label(info.size_bytes),
                info.name,
            )
            for c, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.empty = QtWidgets.QLabel(self.tr("There are no backups of this database yet."))
        self.empty.setVisible(not found)
        layout.addWidget(self.empty)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Restore…"))
        ok.setEnabled(bool(found))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if found:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.resize(720, 380)

    def chosen(self) -> backups.BackupInfo | None:
        """The selected backup (None if there is none)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]
