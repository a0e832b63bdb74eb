"""Application set-up: QApplication, bundled fonts, translations, remembered preferences.

`create_application()` is called once per process. `Translations.switch()` changes the UI language
at run time: it swaps the installed translators, and Qt sends every widget a LanguageChange event,
on which each widget re-applies its texts (`retranslate()`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from desktop_app.fonts import register_bundled_fonts
from desktop_app.qt import QtCore, QtGui, QtWidgets
from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

ORGANIZATION = "ShipCheck"
APPLICATION = "ShipCheck"
LANGUAGES: dict[str, str] = {"zh_CN": "中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def preferences() -> QtCore.QSettings:
    """The user's GUI preferences (geometry, last folder, language), in an INI file per user."""
    return QtCore.QSettings(
        QtCore.QSettings.Format.IniFormat,
        QtCore.QSettings.Scope.UserScope,
        ORGANIZATION,
        APPLICATION,
    )


def translations_dir() -> Path:
    """Where the compiled `.qm` files are."""
    return resource_path("translations")


class Translations(QtCore.QObject):
    """The installed translators (ours and Qt's own), switchable at run time."""

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QtCore.QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> bool:
        """Use `language` ("zh_CN" or "en"); returns False if its translation file is missing."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        ours = QtCore.QTranslator(self)
        ok = ours.load(f"shipcheck_{language}", str(translations_dir()))
        if ok:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("translation %s not found in %s", language, translations_dir())
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        base = QtCore.QTranslator(self)
        if base.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(base)
            self._installed.append(base)
        locale = QtCore.QLocale(
            QtCore.QLocale.Language.Chinese
            if language == "zh_CN"
            else QtCore.QLocale.Language.English,
            QtCore.QLocale.Country.China
            if language == "zh_CN"
            else QtCore.QLocale.Country.UnitedStates,
        )
        QtCore.QLocale.setDefault(locale)
        self.language = language
        return ok

    @property
    def english(self) -> bool:
        """True when the UI is in English."""
        return self.language == "en"


def register_fonts() -> list[str]:
    """Register the bundled CJK font so Chinese renders on machines without CJK fonts."""
    families: list[str] = []
    try:
        families = [str(f) for f in register_bundled_fonts()]
    except Exception:  # a broken font file must not stop the app
        log.exception("bundled fonts could not be registered")
    if not families:
        fonts_dir = resource_path("fonts")
        if fonts_dir.is_dir():
            for path in sorted(fonts_dir.iterdir()):
                if path.suffix.lower() in (".otf", ".ttf", ".ttc"):
                    font_id = QtGui.QFontDatabase.addApplicationFont(str(path))
                    if font_id >= 0:
                        families += QtGui.QFontDatabase.applicationFontFamilies(font_id)
    return families


def apply_font(app: QtWidgets.QApplication, cjk_families: list[str]) -> None:
    """UI font: the platform's default, falling back to the bundled CJK font for Chinese."""
    font = app.font()
    if cjk_families:
        families = [font.family(), *cjk_families]
        font.setFamilies(families)
    app.setFont(font)


def app_icon() -> QtGui.QIcon:
    """The application icon with every size in resources/icons (app-16.png … app-512.png)."""
    icon = QtGui.QIcon()
    icons = resource_path("icons")
    sized: list[tuple[int, Path]] = []
    for path in icons.glob("app-*.png"):
        digits = path.stem.removeprefix("app-")
        if digits.isdigit():
            sized.append((int(digits), path))
    for size, path in sorted(sized):
        icon.addFile(str(path), QtCore.QSize(size, size))
    if not sized and (icons / "app.png").exists():
        icon.addFile(str(icons / "app.png"))
    return icon


def create_application(
    argv: list[str] | None = None,
) -> tuple[QtWidgets.QApplication, Translations]:
    """The QApplication (reused if one exists, e.g. under pytest-qt) and its translations."""
    QtCore.QCoreApplication.setOrganizationName(ORGANIZATION)
    QtCore.QCoreApplication.setApplicationName(APPLICATION)
    existing = QtWidgets.QApplication.instance()
    app = (
        existing
        if isinstance(existing, QtWidgets.QApplication)
        else QtWidgets.QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationDisplayName("ShipCheck")
    # Wayland and the Linux desktop match the window to shipcheck.desktop (its icon and name).
    QtGui.QGuiApplication.setDesktopFileName("shipcheck")
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    apply_font(app, register_fonts())
    translations = Translations(app)
    language = str(preferences().value("language", DEFAULT_LANGUAGE))
    translations.switch(language)
    return app, translations
