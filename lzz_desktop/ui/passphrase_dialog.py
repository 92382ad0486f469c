"""The passphrase of a workspace where no keyring keeps its key: chosen once (typed twice), asked at
every start. There is no way around it: without the passphrase the data stays encrypted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lzz_desktop.store.keys import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, new: bool, wrong: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Passphrase of the workspace"))
        layout = QVBoxLayout(self)
        if new:
            text = self.tr(
                "No keyring of the operating system is available to keep the key of your data. "
                "Choose a passphrase of at least {count} characters: the data on this computer is "
                "encrypted with it, and it is asked at every start. Without it nobody — not even "
                "the programme office — can read the data on this computer again."
            ).format(count=MIN_PASSPHRASE)
        else:
            text = self.tr("The data on this computer is encrypted. Enter the passphrase to open it.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setMinimumWidth(460)  # wrapped text gets the height it needs at this width
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        else:
            self.repeat_edit.hide()
        layout.addLayout(form)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: palette(link);")
        layout.addWidget(self.problem_label)
        if wrong:
            self.problem_label.setText(self.tr("This passphrase does not open the data. Try again."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _check(self) -> None:
        text = self.passphrase_edit.text()
        if self.new and len(text) < MIN_PASSPHRASE:
            self.problem_label.setText(
                self.tr("The passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE)
            )
            return
        if self.new and text != self.repeat_edit.text():
            self.problem_label.setText(self.tr("The two entries differ."))
            return
        if not text:
            return
        self.accept()


def ask_passphrase(parent: QWidget | None, new: bool, wrong: bool = False) -> str | None:
    """The passphrase the user typed, or None when they cancelled."""
    dialog = PassphraseDialog(parent, new, wrong)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
