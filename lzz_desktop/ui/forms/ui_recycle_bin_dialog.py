# Generated from forms/recycle_bin_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RecycleBinDialog(object):
    def setupUi(self, RecycleBinDialog):
        if not RecycleBinDialog.objectName():
            RecycleBinDialog.setObjectName(u"RecycleBinDialog")
        RecycleBinDialog.resize(560, 380)
        self.dialog_layout = QVBoxLayout(RecycleBinDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(RecycleBinDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.deleted_table = QTableView(RecycleBinDialog)
        self.deleted_table.setObjectName(u"deleted_table")
        self.deleted_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deleted_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.deleted_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.deleted_table.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.deleted_table)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.restore_button = QPushButton(RecycleBinDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.button_row.addWidget(self.restore_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(RecycleBinDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)


        self.retranslateUi(RecycleBinDialog)

        QMetaObject.connectSlotsByName(RecycleBinDialog)
    # setupUi

    def retranslateUi(self, RecycleBinDialog):
        RecycleBinDialog.setWindowTitle(QCoreApplication.translate("RecycleBinDialog", u"Recycle bin", None))
        self.intro_label.setText(QCoreApplication.translate("RecycleBinDialog", u"Deleted districts stay here until you restore them.", None))
        self.restore_button.setText(QCoreApplication.translate("RecycleBinDialog", u"&Restore", None))
    # retranslateUi
