# Generated from forms/import_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(640, 620)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setWordWrap(True)

        self.file_row.addWidget(self.file_label)

        self.choose_button = QPushButton(ImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_row.addWidget(self.choose_button)


        self.dialog_layout.addLayout(self.file_row)

        self.mapping_group = QGroupBox(ImportDialog)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_group_layout = QVBoxLayout(self.mapping_group)
        self.mapping_group_layout.setObjectName(u"mapping_group_layout")
        self.mapping_form = QFormLayout()
        self.mapping_form.setObjectName(u"mapping_form")

        self.mapping_group_layout.addLayout(self.mapping_form)


        self.dialog_layout.addWidget(self.mapping_group)

        self.report_label = QLabel(ImportDialog)
        self.report_label.setObjectName(u"report_label")

        self.dialog_layout.addWidget(self.report_label)

        self.report_edit = QPlainTextEdit(ImportDialog)
        self.report_edit.setObjectName(u"report_edit")
        self.report_edit.setReadOnly(True)

        self.dialog_layout.addWidget(self.report_edit)

        self.button_box = QDialogButtonBox(ImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import actors", None))
        self.choose_button.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.mapping_group.setTitle(QCoreApplication.translate("ImportDialog", u"Column mapping", None))
        self.report_label.setText(QCoreApplication.translate("ImportDialog", u"Check result:", None))
    # retranslateUi
