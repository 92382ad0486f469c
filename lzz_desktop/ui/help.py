"""What the View and Help menus add to the main window: the appearance (system, light, dark), the
page shortcuts Strg+1…4, the manual shipped with the app (opened offline) and the shortcut list."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lzz_desktop.logs import log_path
from lzz_desktop.paths import resource
from lzz_desktop.ui import theme

if TYPE_CHECKING:
    from lzz_desktop.ui.main_window import MainWindow


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do): the list Hilfe → Tastenkürzel shows."""
    native = QKeySequence.SequenceFormat.NativeText

    def keys(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
        return QKeySequence(sequence).toString(native)

    return [
        (keys("Ctrl+N"), QCoreApplication.translate("Help", "New district")),
        (keys("Ctrl+E"), QCoreApplication.translate("Help", "Edit the district")),
        (keys("Del"), QCoreApplication.translate("Help", "Delete the district (to the recycle bin)")),
        (keys("Ctrl+Shift+B"), QCoreApplication.translate("Help", "Recycle bin")),
        (keys(QKeySequence.StandardKey.Undo), QCoreApplication.translate("Help", "Undo")),
        (keys(QKeySequence.StandardKey.Redo), QCoreApplication.translate("Help", "Redo")),
        (keys("Ctrl+F"), QCoreApplication.translate("Help", "Filter the district list")),
        (keys("Ctrl+K"), QCoreApplication.translate("Help", "Search everything")),
        (keys("Ctrl+1"), QCoreApplication.translate("Help", "Overview")),
        (keys("Ctrl+2"), QCoreApplication.translate("Help", "Workshops")),
        (keys("Ctrl+3"), QCoreApplication.translate("Help", "Actors")),
        (keys("Ctrl+4"), QCoreApplication.translate("Help", "Concept")),
        (keys("F5"), QCoreApplication.translate("Help", "Reload")),
        (keys("Ctrl+Shift+S"), QCoreApplication.translate("Help", "Synchronise now")),
        (keys("Esc"), QCoreApplication.translate("Help", "Leave the presentation")),
        (keys("F1"), QCoreApplication.translate("Help", "Manual")),
    ]


class TextWindow(QDialog):
    """A page of help text, readable offline, sized to the screen."""

    def __init__(
        self, title: str, html: str, parent: QWidget | None = None, base: QUrl | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        if base is not None:
            self.browser.document().setBaseUrl(base)
        self.browser.setHtml(html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(820, room.width() - 40), min(700, room.height() - 80))


class HelpActions(QObject):
    """Installs the View and Help menu entries on ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        # Ansicht → Darstellung: System / Hell / Dunkel
        menu = ui.menu_view.addMenu(QCoreApplication.translate("Help", "&Appearance"))
        group = QActionGroup(self)
        self.appearance_actions: dict[str, QAction] = {}
        for key, label in (
            ("system", QCoreApplication.translate("Help", "Like the &system")),
            ("light", QCoreApplication.translate("Help", "&Light")),
            ("dark", QCoreApplication.translate("Help", "&Dark")),
        ):
            action = QAction(label, window)
            action.setCheckable(True)
            action.setChecked(window.settings.appearance == key)
            action.triggered.connect(lambda _checked=False, k=key: self.set_appearance(k))
            group.addAction(action)
            menu.addAction(action)
            self.appearance_actions[key] = action
        # Strg+1…4: the district's pages
        ui.menu_view.addSeparator()
        self.page_actions: list[QAction] = []
        for number, name in enumerate(
            (
                QCoreApplication.translate("Help", "&Overview"),
                QCoreApplication.translate("Help", "&Workshops"),
                QCoreApplication.translate("Help", "&Actors"),
                QCoreApplication.translate("Help", "&Concept"),
            ),
            1,
        ):
            action = QAction(name, window)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, i=number - 1: self.show_page(i))
            ui.menu_view.addAction(action)
            window.addAction(action)
            self.page_actions.append(action)
        # Hilfe: manual, shortcuts, then About
        self.action_manual = QAction(QCoreApplication.translate("Help", "&Manual"), window)
        self.action_manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action_manual.triggered.connect(self.show_manual)
        self.action_shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts"), window)
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.action_data_folder = QAction(QCoreApplication.translate("Help", "Open the &data folder"), window)
        self.action_data_folder.triggered.connect(lambda: self.open_folder(self.data_folder()))
        self.action_log_file = QAction(QCoreApplication.translate("Help", "Open the &log file"), window)
        self.action_log_file.triggered.connect(lambda: self.open_folder(self.log_file()))
        first = ui.menu_help.actions()[0] if ui.menu_help.actions() else None
        ui.menu_help.insertActions(
            first,  # type: ignore[arg-type]
            [self.action_manual, self.action_shortcuts, self.action_data_folder, self.action_log_file],
        )
        ui.menu_help.insertSeparator(first)  # type: ignore[arg-type]
        window.addAction(self.action_manual)
        self.dialog: TextWindow | None = None

    def data_folder(self) -> Path | None:
        return self.window.workspace.data_dir if self.window.has_workspace else None

    def log_file(self) -> Path | None:
        folder = self.data_folder()
        return log_path(folder) if folder is not None else None

    def open_folder(self, path: Path | None) -> bool:
        """Show the data folder or the log file in the system's file manager or text viewer."""
        if path is None:
            return False
        target = path if path.exists() else path.parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def show_page(self, index: int) -> None:
        tabs = self.window.ui.district_tabs
        if 0 <= index < tabs.count() and tabs.isVisible():
            tabs.setCurrentIndex(index)
            from lzz_desktop.ui.main_window import VIEWS

            self.window.view_widget(VIEWS[index]).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_appearance(self, appearance: str) -> None:
        window = self.window
        window.settings.appearance = appearance
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, appearance)
        self.appearance_actions[appearance].setChecked(True)
        if window.has_workspace:
            # the appearance applies now; failing that, it is saved with the other settings on closing
            with contextlib.suppress(OSError):
                window.settings.save(window.workspace.data_dir)

    def manual_path(self) -> str:
        language = self.window.settings.language
        path = resource("help") / f"handbuch_{language}.html"
        return str(path if path.exists() else resource("help") / "handbuch_de.html")

    def show_manual(self) -> TextWindow:
        path = Path(self.manual_path())
        html = (
            path.read_text(encoding="utf-8")
            if path.exists()
            else QCoreApplication.translate("Help", "The manual is missing: {path}").format(path=path)
        )
        self.dialog = TextWindow(
            QCoreApplication.translate("Help", "Manual"), html, self.window, QUrl.fromLocalFile(str(path))
        )
        self.dialog.show()
        return self.dialog

    def show_shortcuts(self) -> TextWindow:
        rows = "".join(
            f"<tr><td style='padding:3px 16px 3px 0'><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in shortcuts()
        )
        self.dialog = TextWindow(
            QCoreApplication.translate("Help", "Keyboard shortcuts"), f"<table>{rows}</table>", self.window
        )
        self.dialog.show()
        return self.dialog
