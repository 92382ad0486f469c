# Generated from forms/refused_dialog.ui by `make forms` (pyside6-uic) — do not edit.
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

class Ui_RefusedDialog(object):
    def setupUi(self, RefusedDialog):
        if not RefusedDialog.objectName():
            RefusedDialog.setObjectName(u"RefusedDialog")
        RefusedDialog.resize(760, 520)
        self.dialog_layout = QVBoxLayout(RefusedDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RefusedDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.change_list = QListWidget(RefusedDialog)
        self.change_list.setObjectName(u"change_list")
        self.change_list.setMaximumSize(QSize(16777215, 180))

        self.dialog_layout.addWidget(self.change_list)

        self.reason_label = QLabel(RefusedDialog)
        self.reason_label.setObjectName(u"reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.reason_label)

        self.values_label = QLabel(RefusedDialog)
        self.values_label.setObjectName(u"values_label")

        self.dialog_layout.addWidget(self.values_label)

        self.values_view = QPlainTextEdit(RefusedDialog)
        self.values_view.setObjectName(u"values_view")
        self.values_view.setReadOnly(True)

        self.dialog_layout.addWidget(self.values_view)

        self.error_label = QLabel(RefusedDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.take_store_button = QPushButton(RefusedDialog)
        self.take_store_button.setObjectName(u"take_store_button")

        self.button_row.addWidget(self.take_store_button)

        self.copy_button = QPushButton(RefusedDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_row.addWidget(self.copy_button)

        self.send_again_button = QPushButton(RefusedDialog)
        self.send_again_button.setObjectName(u"send_again_button")

        self.button_row.addWidget(self.send_again_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(RefusedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)

        self.values_label.setBuddy(self.values_view)
        QWidget.setTabOrder(self.change_list, self.values_view)
        QWidget.setTabOrder(self.values_view, self.take_store_button)
        QWidget.setTabOrder(self.take_store_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.send_again_button)

        self.retranslateUi(RefusedDialog)

        QMetaObject.connectSlotsByName(RefusedDialog)
    # setupUi

    def retranslateUi(self, RefusedDialog):
        RefusedDialog.setWindowTitle(QCoreApplication.translate("RefusedDialog", u"Refused changes", None))
        self.intro_label.setText(QCoreApplication.translate("RefusedDialog", u"The central store did not accept these changes. They are kept on this computer and are not sent again until you decide: take the central store's state (copy your text first if you need it), or send them again once the office has given you the rights.", None))
        self.values_label.setText(QCoreApplication.translate("RefusedDialog", u"&Your values on this computer:", None))
        self.take_store_button.setText(QCoreApplication.translate("RefusedDialog", u"&Take the central store's state", None))
        self.copy_button.setText(QCoreApplication.translate("RefusedDialog", u"&Copy text", None))
        self.send_again_button.setText(QCoreApplication.translate("RefusedDialog", u"&Send again", None))
    # retranslateUi
