"""The first-run setup: shop names, the amounts the platforms do not publish (as the seller's
back-end shows them) and the warning window. Skippable; Tools → Setup assistant opens it again."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop_app.errors import BadInput, Problem
from desktop_app.gui import services
from desktop_app.gui.order_model import platform_label
from desktop_app.gui.session import Session
from desktop_app.gui.settings_dialog import (
    DEFAULT_WARNING_HOURS,
    WARNING_KEY,
    save_overrides,
)
from desktop_app.gui.tasks import show_error
from desktop_app.qt import QtWidgets, Signal
from desktop_app.store.connection import Store
from desktop_app.store.settings import get_setting, set_setting, shop_names
from policies.platforms import PLATFORM_IDS

SETUP_DONE_KEY = "gui.setup_done"


def _ignore(_: object) -> None:
    """Nothing to do once the skip is stored."""


@dataclass(frozen=True)
class AmountQuestion:
    """One amount the platform does not publish, asked in the seller's words."""

    key: str
    percent: bool  # True: asked as a percentage of the paid amount; else yuan per order
    label: str
    label_en: str
    where: str
    where_en: str


AMOUNTS: tuple[AmountQuestion, ...] = (
    AmountQuestion(
        "kuaishou.k2.compensation_rate",
        True,
        "快手 延迟发货赔付：实付款的百分之几",
        "Kuaishou delayed-shipping compensation: percent of the paid amount",
        "看快手小店后台的延迟发货赔付记录或判罚通知：每单赔付金额 ÷ 该单实付款。",
        "Look at a delayed-shipping compensation record or penalty notice in your Kuaishou "
        "back-end: the amount paid out ÷ the order's paid amount.",
    ),
    AmountQuestion(
        "kuaishou.k2.compensation_min",
        False,
        "快手 延迟发货赔付：每单最低（元）",
        "Kuaishou delayed-shipping compensation: minimum per order (yuan)",
        "赔付记录里金额最小的那几单常常就是最低额；没有最低额就留空。",
        "The smallest amounts in the compensation records are often the minimum; leave empty "
        "if there is none.",
    ),
    AmountQuestion(
        "kuaishou.k2.compensation_max",
        False,
        "快手 延迟发货赔付：每单最高（元）",
        "Kuaishou delayed-shipping compensation: maximum per order (yuan)",
        "大额订单的赔付若停在同一个数，那就是最高额；没有就留空。",
        "If compensation on large orders stops at one figure, that is the maximum; leave empty "
        "if there is none.",
    ),
    AmountQuestion(
        "kuaishou.k4.overdue_penalty",
        False,
        "快手 超时未发货处罚：每单金额（元）",
        "Kuaishou overdue-unshipped penalty per order (yuan)",
        "看快手小店后台的违规处罚记录中“超时未发货”一项的扣款金额。",
        "Look at the deduction for 超时未发货 (overdue, unshipped) in your Kuaishou back-end's "
        "penalty records.",
    ),
    AmountQuestion(
        "aliexpress.core.late_penalty",
        False,
        "速卖通 发货超时罚扣：每单金额（元）",
        "AliExpress late-shipping deduction per order (yuan)",
        "看速卖通商家后台的发货超时罚扣记录或结算明细中每单扣除的金额。",
        "Look at a late-shipping deduction in your AliExpress seller back-end's penalty records "
        "or settlement details.",
    ),
)


def needs_setup(store: Store) -> bool:
    """True until the seller has finished or skipped the setup once."""
    return not get_setting(store.conn, SETUP_DONE_KEY, False)


def amount_setting(question: AmountQuestion, text: str) -> str | None:
    """The setting text for an answer (a percentage becomes a ratio); None for an empty answer;
    BadInput naming the question for anything that is not a non-negative number."""
    raw = text.strip().rstrip("%").replace("¥", "").replace("元", "").strip()
    if not raw:
        return None
    try:
        number = Decimal(raw)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number < 0:
        raise BadInput(
            Problem(
                f"“{question.label}”需要一个不小于 0 的数字",
                f"“{question.label_en}” needs a number of at least 0",
                value=text,
            )
        )
    return str(number / 100) if question.percent else str(number)


def save_setup(
    store: Store, shops: dict[str, str], amounts: dict[str, str], warning_hours: int
) -> None:
    """Store the answers (amounts through the same checks as Settings) and mark setup done."""
    overrides: dict[str, str | None] = {**amounts, WARNING_KEY: str(warning_hours)}
    save_overrides(store, overrides, shops)
    with services.write_transaction(store) as conn:
        set_setting(conn, SETUP_DONE_KEY, True)


def mark_setup_done(store: Store) -> None:
    """The seller skipped the setup: do not ask again at start."""
    with services.write_transaction(store) as conn:
        set_setting(conn, SETUP_DONE_KEY, True)


class SetupWizard(QtWidgets.QWizard):
    """Three short pages; Cancel ("Skip for now") leaves everything as it is."""

    saved = Signal()

    def __init__(
        self,
        session: Session | None,
        parent: QtWidgets.QWidget | None = None,
        shops: dict[str, str] | None = None,
        warning_hours: int = DEFAULT_WARNING_HOURS,
        english: bool = False,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("ShipCheck setup"))
        self.setOption(QtWidgets.QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QtWidgets.QWizard.WizardButton.CancelButton, self.tr("Skip for now"))
        self.setButtonText(QtWidgets.QWizard.WizardButton.FinishButton, self.tr("Save"))

        shops_page = QtWidgets.QWizardPage()
        shops_page.setTitle(self.tr("Your shops"))
        shops_page.setSubTitle(
            self.tr(
                "The name of your shop on each platform, as the platform shows it. Appeal "
                "letters are written in this name; imports without a shop column take it."
            )
        )
        form = QtWidgets.QFormLayout(shops_page)
        self.shop_edits: dict[str, QtWidgets.QLineEdit] = {}
        for platform in PLATFORM_IDS:
            edit = QtWidgets.QLineEdit((shops or {}).get(platform, ""))
            edit.setPlaceholderText(self.tr("Leave empty if you do not sell there"))
            self.shop_edits[platform] = edit
            form.addRow(platform_label(platform), edit)
        self.addPage(shops_page)

        amounts_page = QtWidgets.QWizardPage()
        amounts_page.setTitle(self.tr("Amounts your back-end shows"))
        amounts_page.setSubTitle(
            self.tr(
                "These platforms did not publish these amounts. Enter what your back-end shows, "
                "or leave a box empty: ShipCheck then says the amount is not set, never 0."
            )
        )
        alayout = QtWidgets.QFormLayout(amounts_page)
        self.amount_edits: dict[str, QtWidgets.QLineEdit] = {}
        for q in AMOUNTS:
            edit = QtWidgets.QLineEdit()
            edit.setPlaceholderText("%" if q.percent else "¥")
            edit.setToolTip(q.where_en if english else q.where)
            hint = QtWidgets.QLabel(q.where_en if english else q.where)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666;")
            box = QtWidgets.QVBoxLayout()
            box.addWidget(edit)
            box.addWidget(hint)
            alayout.addRow(q.label_en if english else q.label, box)
            self.amount_edits[q.key] = edit
        self.addPage(amounts_page)

        warning_page = QtWidgets.QWizardPage()
        warning_page.setTitle(self.tr("When to warn"))
        warning_page.setSubTitle(
            self.tr(
                "An unshipped order turns yellow (at risk) when its deadline is this close. "
                "Choose the time your packing team needs."
            )
        )
        wform = QtWidgets.QFormLayout(warning_page)
        self.warning = QtWidgets.QSpinBox()
        self.warning.setRange(1, 240)
        self.warning.setValue(warning_hours)
        self.warning.setSuffix(self.tr(" hours"))
        wform.addRow(self.tr("Warn before the deadline"), self.warning)
        self.addPage(warning_page)
        self.last_error: BaseException | None = None

    def answers(self) -> tuple[dict[str, str], dict[str, str], int]:
        """(shops, amount settings, warning hours); BadInput for an amount that is no number."""
        shops = {p: e.text().strip() for p, e in self.shop_edits.items()}
        amounts: dict[str, str] = {}
        problems: list[Problem] = []
        for q in AMOUNTS:
            try:
                value = amount_setting(q, self.amount_edits[q.key].text())
            except BadInput as exc:
                problems.extend(exc.problems)
                continue
            if value is not None:
                amounts[q.key] = value
        if problems:
            raise BadInput(problems)
        return shops, amounts, self.warning.value()

    def accept(self) -> None:
        """Save on the database worker, then close; a wrong answer keeps the wizard open."""
        try:
            shops, amounts, hours = self.answers()
        except BadInput as exc:
            self.last_error = exc
            show_error(self, exc)
            return
        if self._session is None:
            super().accept()
            return

        def done(_: object) -> None:
            self.saved.emit()
            QtWidgets.QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            self.last_error = exc
            show_error(self, exc)

        self._session.op(
            self, lambda store, ctx: save_setup(store, shops, amounts, hours), done
        ).failure(failed).run_in_background()

    def reject(self) -> None:
        """Skip: remember that the seller saw it, change nothing else."""
        if self._session is not None:
            skip = self._session.op(self, lambda store, ctx: mark_setup_done(store), _ignore)
            skip.run_in_background()
        super().reject()


def load_setup_defaults(store: Store) -> tuple[dict[str, str], int]:
    """The shop names and warning window already stored, to start the wizard from."""
    shops = shop_names(store.conn)
    try:
        hours = int(Decimal(str(get_setting(store.conn, WARNING_KEY, DEFAULT_WARNING_HOURS))))
    except (InvalidOperation, ValueError):
        hours = DEFAULT_WARNING_HOURS
    return shops, hours
