# Generated from forms/account_districts_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AccountDistrictsDialog(object):
    def setupUi(self, AccountDistrictsDialog):
        if not AccountDistrictsDialog.objectName():
            AccountDistrictsDialog.setObjectName(u"AccountDistrictsDialog")
        AccountDistrictsDialog.resize(420, 420)
        self.dialog_layout = QVBoxLayout(AccountDistrictsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AccountDistrictsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.district_list = QListWidget(AccountDistrictsDialog)
        self.district_list.setObjectName(u"district_list")

        self.dialog_layout.addWidget(self.district_list)

        self.error_label = QLabel(AccountDistrictsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"role", u"error")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AccountDistrictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(AccountDistrictsDialog)

        QMetaObject.connectSlotsByName(AccountDistrictsDialog)
    # setupUi

    def retranslateUi(self, AccountDistrictsDialog):
        AccountDistrictsDialog.setWindowTitle(QCoreApplication.translate("AccountDistrictsDialog", u"Assign districts", None))
    # retranslateUi
