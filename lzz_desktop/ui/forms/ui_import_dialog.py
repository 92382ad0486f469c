# Generated from forms/import_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(760, 640)
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

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_label = QLabel(self.preview_tab)
        self.preview_label.setObjectName(u"preview_label")

        self.preview_layout.addWidget(self.preview_label)

        self.preview_table = QTableWidget(self.preview_tab)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.preview_layout.addWidget(self.preview_table)

        self.tabs.addTab(self.preview_tab, "")
        self.mapping_tab = QWidget()
        self.mapping_tab.setObjectName(u"mapping_tab")
        self.mapping_group_layout = QVBoxLayout(self.mapping_tab)
        self.mapping_group_layout.setObjectName(u"mapping_group_layout")
        self.mapping_scroll = QScrollArea(self.mapping_tab)
        self.mapping_scroll.setObjectName(u"mapping_scroll")
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_widget = QWidget()
        self.mapping_widget.setObjectName(u"mapping_widget")
        self.mapping_form = QFormLayout(self.mapping_widget)
        self.mapping_form.setObjectName(u"mapping_form")
        self.mapping_scroll.setWidget(self.mapping_widget)

        self.mapping_group_layout.addWidget(self.mapping_scroll)

        self.tabs.addTab(self.mapping_tab, "")
        self.matches_tab = QWidget()
        self.matches_tab.setObjectName(u"matches_tab")
        self.matches_layout = QVBoxLayout(self.matches_tab)
        self.matches_layout.setObjectName(u"matches_layout")
        self.matches_label = QLabel(self.matches_tab)
        self.matches_label.setObjectName(u"matches_label")
        self.matches_label.setWordWrap(True)

        self.matches_layout.addWidget(self.matches_label)

        self.matches_list = QListWidget(self.matches_tab)
        self.matches_list.setObjectName(u"matches_list")

        self.matches_layout.addWidget(self.matches_list)

        self.tabs.addTab(self.matches_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.report_label = QLabel(ImportDialog)
        self.report_label.setObjectName(u"report_label")

        self.dialog_layout.addWidget(self.report_label)

        self.report_edit = QPlainTextEdit(ImportDialog)
        self.report_edit.setObjectName(u"report_edit")
        self.report_edit.setReadOnly(True)
        self.report_edit.setMaximumBlockCount(400)

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
        self.preview_label.setText(QCoreApplication.translate("ImportDialog", u"The first rows of the file:", None))
        self.preview_table.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Preview of the file", None))
        self.tabs.setTabText(self.tabs.indexOf(self.preview_tab), QCoreApplication.translate("ImportDialog", u"&Preview", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mapping_tab), QCoreApplication.translate("ImportDialog", u"Column &mapping", None))
        self.matches_label.setText(QCoreApplication.translate("ImportDialog", u"These rows name actors the district already has. Ticked rows update the actor with the values of the file; the others are skipped.", None))
        self.matches_list.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows that match existing actors", None))
        self.tabs.setTabText(self.tabs.indexOf(self.matches_tab), QCoreApplication.translate("ImportDialog", u"&Already in the district", None))
        self.report_label.setText(QCoreApplication.translate("ImportDialog", u"Check result:", None))
    # retranslateUi
