# Generated from forms/accounts_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(820, 520)
        self.dialog_layout = QVBoxLayout(AccountsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AccountsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.account_table = QTableWidget(AccountsDialog)
        if (self.account_table.columnCount() < 5):
            self.account_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.account_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.account_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.account_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.account_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.account_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.account_table.setObjectName(u"account_table")
        self.account_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.account_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.account_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.account_table.setWordWrap(True)
        self.account_table.horizontalHeader().setStretchLastSection(True)
        self.account_table.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.account_table)

        self.devices_label = QLabel(AccountsDialog)
        self.devices_label.setObjectName(u"devices_label")

        self.dialog_layout.addWidget(self.devices_label)

        self.device_list = QListWidget(AccountsDialog)
        self.device_list.setObjectName(u"device_list")
        self.device_list.setMaximumSize(QSize(16777215, 110))

        self.dialog_layout.addWidget(self.device_list)

        self.status_label = QLabel(AccountsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setProperty(u"role", u"error")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.create_button = QPushButton(AccountsDialog)
        self.create_button.setObjectName(u"create_button")

        self.buttons_layout.addWidget(self.create_button)

        self.districts_button = QPushButton(AccountsDialog)
        self.districts_button.setObjectName(u"districts_button")

        self.buttons_layout.addWidget(self.districts_button)

        self.revoke_device_button = QPushButton(AccountsDialog)
        self.revoke_device_button.setObjectName(u"revoke_device_button")

        self.buttons_layout.addWidget(self.revoke_device_button)

        self.reload_button = QPushButton(AccountsDialog)
        self.reload_button.setObjectName(u"reload_button")

        self.buttons_layout.addWidget(self.reload_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(AccountsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.devices_label.setBuddy(self.device_list)
        QWidget.setTabOrder(self.account_table, self.device_list)
        QWidget.setTabOrder(self.device_list, self.create_button)
        QWidget.setTabOrder(self.create_button, self.districts_button)
        QWidget.setTabOrder(self.districts_button, self.revoke_device_button)
        QWidget.setTabOrder(self.revoke_device_button, self.reload_button)

        self.retranslateUi(AccountsDialog)

        QMetaObject.connectSlotsByName(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"Manage accounts", None))
        self.intro_label.setText(QCoreApplication.translate("AccountsDialog", u"The accounts of the central store: who may sign in, with which role, for which districts, and from which devices. Only the programme office can change them; changes apply at once.", None))
        ___qtablewidgetitem = self.account_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AccountsDialog", u"Name", None))
        ___qtablewidgetitem1 = self.account_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AccountsDialog", u"Role", None))
        ___qtablewidgetitem2 = self.account_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AccountsDialog", u"Consultancy", None))
        ___qtablewidgetitem3 = self.account_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AccountsDialog", u"Districts", None))
        ___qtablewidgetitem4 = self.account_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AccountsDialog", u"Devices", None))
        self.devices_label.setText(QCoreApplication.translate("AccountsDialog", u"De&vices of the selected account:", None))
        self.create_button.setText(QCoreApplication.translate("AccountsDialog", u"&Create account \u2026", None))
        self.districts_button.setText(QCoreApplication.translate("AccountsDialog", u"Assign &districts \u2026", None))
        self.revoke_device_button.setText(QCoreApplication.translate("AccountsDialog", u"&Revoke device", None))
        self.reload_button.setText(QCoreApplication.translate("AccountsDialog", u"Re&load", None))
    # retranslateUi
