"""Rule updates in the window: File ▸ Import rule update… and Tools ▸ Rules and updates….

Importing asks for a pack file, checks it on the database worker (a pack signed with the example
key asks the seller first), then installs it there (`desktop_app.rulepacks.install`: backup, one
transaction, the orders it affects judged again). The rules page lists, per platform, the rules
in force at a chosen day — each value with the date its version took effect, its source and
whether it came with the app or from a rule update — and the installed updates, the last of
which can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.gui.language import ui_english
from desktop_app.gui.session import Session
from desktop_app.gui.tasks import show_error
from desktop_app.qt import QtCore, QtWidgets, Signal
from desktop_app.rulepacks.envelope import read_pack
from desktop_app.rulepacks.install import PackChange, install_pack, undo_last_install
from desktop_app.rulepacks.listing import (
    SECTION_NAMES,
    AnnouncementView,
    RuleView,
    announcements,
    installed,
    rules_in_force,
)
from desktop_app.store.rule_packs import StoredPack


class RuleActions(QtCore.QObject):
    """Import and undo of rule updates, run on the database worker; `changed` after either."""

    changed = Signal()

    def __init__(self, window: QtWidgets.QWidget, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.last_error: BaseException | None = None
        self.last_change: PackChange | None = None

    def choose_and_import(self) -> None:
        """Ask for a pack file, then import it."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import rule update"),
            "",
            self.tr("ShipCheck rule updates (*.json);;All files (*)"),
        )
        if path:
            self.import_pack(Path(path))

    def import_pack(self, path: Path, ask: Callable[[], bool] | None = None) -> None:
        """Check the pack's signer, ask when it is the example key, then install it."""

        def check(_store: Any, _ctx: Any) -> str:
            return read_pack(path, allow_example=True).key.use

        def checked(use: str) -> None:
            if use == "example" and not (ask or self._trust_example)():
                return
            self._install(path, allow_example=use == "example")

        self.session.op(self.window, check, checked).failure(self._failed).run_in_background()

    def _trust_example(self) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("Import rule update"),
            self.tr(
                "This rule update is signed with the example key that comes with ShipCheck, "
                "for trying rule updates out; it is not an official update. Install it anyway?"
            ),
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _install(self, path: Path, allow_example: bool) -> None:
        def work(store: Any, ctx: Any) -> PackChange:
            return install_pack(store, path, allow_example=allow_example, progress=ctx.progress)

        self.session.op(self.window, work, self._done).with_progress(
            self.tr("Installing the rule update…"), cancellable=False
        ).failure(self._failed).run_in_background()

    def undo_last(self) -> None:
        """Remove the last installed rule update."""

        def work(store: Any, ctx: Any) -> PackChange:
            return undo_last_install(store, progress=ctx.progress)

        self.session.op(self.window, work, self._undone).with_progress(
            self.tr("Removing the rule update…"), cancellable=False
        ).failure(self._failed).run_in_background()

    def _done(self, change: PackChange) -> None:
        self._report(change, self.tr("Installed the rule update “%1” (%2)."))

    def _undone(self, change: PackChange) -> None:
        self._report(change, self.tr("Removed the rule update “%1” (%2)."))

    def _report(self, change: PackChange, template: str) -> None:
        self.last_change = change
        self.changed.emit()
        title = change.title_en if ui_english() else change.title
        lines = [template.replace("%1", title).replace("%2", change.pack_date)]
        if change.platforms:
            names = [SECTION_NAMES[p][1 if ui_english() else 0] for p in change.platforms]
            lines.append(self.tr("Orders judged again: %1").replace("%1", ", ".join(names)))
        if change.backup is not None:
            lines.append(self.tr("A backup was made first: %1").replace("%1", change.backup.name))
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            "ShipCheck",
            "\n".join(lines),
            parent=self.window,
        )
        box.setObjectName("rule-update-done")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _failed(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self.window, exc)


class RulesDialog(QtWidgets.QDialog):
    """The rules in force at a chosen day, per platform, and the installed rule updates."""

    def __init__(
        self, session: Session, actions: RuleActions, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.rule_actions = actions
        self.setWindowTitle(self.tr("Rules and updates"))
        layout = QtWidgets.QVBoxLayout(self)
        self.tabs = QtWidgets.QTabWidget()
        layout.addWidget(self.tabs, 1)
        rules_tab = QtWidgets.QWidget()
        rules_layout = QtWidgets.QVBoxLayout(rules_tab)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(self.tr("Rules in force on (China time):")))
        self.day = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.reload())
        row.addWidget(self.day)
        row.addStretch(1)
        rules_layout.addLayout(row)
        self.tree = QtWidgets.QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Announcement or value"),
                self.tr("Dated"),
                self.tr("From"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        # The rule's name and its announcement's title are what a seller reads: room for both.
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 520)
        self.tree.setColumnWidth(2, 100)
        rules_layout.addWidget(self.tree, 1)
        self.tabs.addTab(rules_tab, self.tr("Rules in force"))
        self.announcement_tree = QtWidgets.QTreeWidget()
        self.announcement_tree.setColumnCount(4)
        self.announcement_tree.setHeaderLabels(
            [
                self.tr("Announcement and its versions"),
                self.tr("Takes effect"),
                self.tr("What is known of it"),
                self.tr("From"),
            ]
        )
        self.announcement_tree.setAlternatingRowColors(True)
        self.announcement_tree.setColumnWidth(0, 480)
        self.announcement_tree.setColumnWidth(1, 180)
        self.tabs.addTab(self.announcement_tree, self.tr("Announcements"))
        layout.addWidget(QtWidgets.QLabel(self.tr("Installed rule updates:")))
        self.packs = QtWidgets.QListWidget()
        self.packs.setMaximumHeight(110)
        layout.addWidget(self.packs)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("Import rule update…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button = buttons.addButton(
            self.tr("Undo the last rule update"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.clicked.connect(actions.choose_and_import)
        self.undo_button.clicked.connect(actions.undo_last)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        actions.changed.connect(self.reload)
        # Set when the dialog closes: answers of reads still queued are then dropped.
        self.closed = False
        self.resize(900, 620)
        self.reload()

    def reload(self) -> None:
        """Read the rules in force at the chosen day on the reader thread."""
        day = self.day.date()
        at = datetime(day.year(), day.month(), day.day(), 23, 59, 59)

        def job(
            conn: Any,
        ) -> tuple[list[RuleView], tuple[StoredPack, ...], list[AnnouncementView]]:
            return rules_in_force(conn, at), installed(conn), announcements(conn)

        self.session.read(job, self._show, self._failed, stale=lambda: self.closed)

    def done(self, result: int) -> None:
        """Closing: stop listening for changes and drop pending answers."""
        self.closed = True
        self.rule_actions.changed.disconnect(self.reload)
        super().done(result)

    def _failed(self, exc: BaseException) -> None:
        if not self.closed:
            show_error(self, exc)

    def _show_announcements(self, found: list[AnnouncementView], english: bool) -> None:
        self.announcement_tree.clear()
        sections: dict[str, QtWidgets.QTreeWidgetItem] = {}
        for ann in found:
            top = sections.get(ann.platform)
            if top is None:
                zh, en = SECTION_NAMES.get(ann.platform, (ann.platform, ann.platform))
                top = QtWidgets.QTreeWidgetItem([en if english else zh])
                self.announcement_tree.addTopLevelItem(top)
                sections[ann.platform] = top
            item = QtWidgets.QTreeWidgetItem([ann.title_en if english else f"《{ann.title}》"])
            item.setToolTip(0, ann.where_en if english else ann.where)
            top.addChild(item)
            for v in ann.versions:
                undated = self.tr("date not published")
                child = QtWidgets.QTreeWidgetItem(
                    [
                        v.date or undated,
                        v.effective_en if english else v.effective,
                        v.seen_en if english else v.seen,
                        v.origin_en if english else v.origin,
                    ]
                )
                child.setToolTip(1, child.text(1))
                item.addChild(child)
        self.announcement_tree.expandToDepth(0)
        self.announcement_tree.resizeColumnToContents(0)

    def _show(
        self, found: tuple[list[RuleView], tuple[StoredPack, ...], list[AnnouncementView]]
    ) -> None:
        if self.closed:
            return
        views, packs, known = found
        english = ui_english()
        self._show_announcements(known, english)
        self.tree.clear()
        sections: dict[str, QtWidgets.QTreeWidgetItem] = {}
        for view in views:
            top = sections.get(view.section)
            if top is None:
                zh, en = SECTION_NAMES.get(view.section, (view.section, view.section))
                top = QtWidgets.QTreeWidgetItem([en if english else zh])
                self.tree.addTopLevelItem(top)
                sections[view.section] = top
            rule = QtWidgets.QTreeWidgetItem(
                [
                    f"{view.rule} {view.name_en if english else view.name}".strip(),
                    view.citation_en if english else view.citation,
                    view.version_date,
                    view.origin_en if english else view.origin,
                ]
            )
            rule.setToolTip(1, rule.text(1))
            top.addChild(rule)
            for p in view.parameters:
                item = QtWidgets.QTreeWidgetItem(
                    [
                        p.label_en if english else p.label,
                        p.value,
                        p.since.strftime("%Y-%m-%d") if p.since else "—",
                        p.origin_en if english else p.origin,
                    ]
                )
                source = p.source_en if english else p.source
                item.setToolTip(0, source)
                item.setToolTip(3, source)
                rule.addChild(item)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self.packs.clear()
        for pack in packs:
            title = pack.title_en if english else pack.title
            self.packs.addItem(f"{title}  {pack.pack_date.isoformat()}  ({pack.installed_at})")
        if not packs:
            self.packs.addItem(self.tr("None: the rules built into ShipCheck apply."))
        self.undo_button.setEnabled(bool(packs))
