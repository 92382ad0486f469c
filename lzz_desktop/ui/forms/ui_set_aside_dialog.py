# Generated from forms/set_aside_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SetAsideDialog(object):
    def setupUi(self, SetAsideDialog):
        if not SetAsideDialog.objectName():
            SetAsideDialog.setObjectName(u"SetAsideDialog")
        SetAsideDialog.resize(720, 460)
        self.dialog_layout = QVBoxLayout(SetAsideDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(SetAsideDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.record_list = QListWidget(SetAsideDialog)
        self.record_list.setObjectName(u"record_list")
        self.record_list.setMaximumSize(QSize(16777215, 160))

        self.dialog_layout.addWidget(self.record_list)

        self.details_view = QPlainTextEdit(SetAsideDialog)
        self.details_view.setObjectName(u"details_view")
        self.details_view.setReadOnly(True)

        self.dialog_layout.addWidget(self.details_view)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.copy_button = QPushButton(SetAsideDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_row.addWidget(self.copy_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(SetAsideDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)


        self.retranslateUi(SetAsideDialog)

        QMetaObject.connectSlotsByName(SetAsideDialog)
    # setupUi

    def retranslateUi(self, SetAsideDialog):
        SetAsideDialog.setWindowTitle(QCoreApplication.translate("SetAsideDialog", u"Records set aside", None))
        self.intro_label.setText(QCoreApplication.translate("SetAsideDialog", u"These records came from the central store but could not be taken over by this version of LZZ Desktop. Everything else was synchronised. They are kept as they came and are tried again after an update; copy the details for the programme office's support.", None))
        self.copy_button.setText(QCoreApplication.translate("SetAsideDialog", u"&Copy details", None))
    # retranslateUi
