# Generated from forms/search_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(760, 520)
        self.main_layout = QVBoxLayout(SearchDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.query_edit = QLineEdit(SearchDialog)
        self.query_edit.setObjectName(u"query_edit")
        self.query_edit.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.query_edit)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.district_combo = QComboBox(SearchDialog)
        self.district_combo.setObjectName(u"district_combo")

        self.filter_layout.addWidget(self.district_combo)

        self.kind_combo = QComboBox(SearchDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filter_layout.addWidget(self.kind_combo)

        self.date_check = QCheckBox(SearchDialog)
        self.date_check.setObjectName(u"date_check")

        self.filter_layout.addWidget(self.date_check)

        self.from_edit = QDateEdit(SearchDialog)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setEnabled(False)
        self.from_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.from_edit)

        self.to_edit = QDateEdit(SearchDialog)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setEnabled(False)
        self.to_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.to_edit)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.results_tree = QTreeWidget(SearchDialog)
        self.results_tree.setObjectName(u"results_tree")
        self.results_tree.setUniformRowHeights(False)
        self.results_tree.setWordWrap(True)

        self.main_layout.addWidget(self.results_tree)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(SearchDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(SearchDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)


        self.retranslateUi(SearchDialog)

        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"Search", None))
        self.query_edit.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"Search workshops, actors, concepts \u2026 (words match as you type, \"a phrase\" in quotes)", None))
        self.district_combo.setAccessibleName(QCoreApplication.translate("SearchDialog", u"District", None))
        self.kind_combo.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Kind of record", None))
        self.date_check.setText(QCoreApplication.translate("SearchDialog", u"&Period", None))
        self.from_edit.setAccessibleName(QCoreApplication.translate("SearchDialog", u"From", None))
        self.to_edit.setAccessibleName(QCoreApplication.translate("SearchDialog", u"To", None))
        ___qtreewidgetitem = self.results_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SearchDialog", u"Date", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SearchDialog", u"Result", None))
        self.results_tree.setAccessibleName(QCoreApplication.translate("SearchDialog", u"Results", None))
    # retranslateUi
