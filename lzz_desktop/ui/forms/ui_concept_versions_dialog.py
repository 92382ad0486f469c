# Generated from forms/concept_versions_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConceptVersionsDialog(object):
    def setupUi(self, ConceptVersionsDialog):
        if not ConceptVersionsDialog.objectName():
            ConceptVersionsDialog.setObjectName(u"ConceptVersionsDialog")
        ConceptVersionsDialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(ConceptVersionsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.splitter = QSplitter(ConceptVersionsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.history_panel = QWidget(self.splitter)
        self.history_panel.setObjectName(u"history_panel")
        self.history_layout = QVBoxLayout(self.history_panel)
        self.history_layout.setObjectName(u"history_layout")
        self.history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_heading = QLabel(self.history_panel)
        self.history_heading.setObjectName(u"history_heading")
        self.history_heading.setProperty(u"role", u"heading")

        self.history_layout.addWidget(self.history_heading)

        self.history = QTreeWidget(self.history_panel)
        self.history.setObjectName(u"history")
        self.history.setRootIsDecorated(False)
        self.history.setMinimumWidth(300)

        self.history_layout.addWidget(self.history)

        self.restore_button = QPushButton(self.history_panel)
        self.restore_button.setObjectName(u"restore_button")

        self.history_layout.addWidget(self.restore_button)

        self.splitter.addWidget(self.history_panel)
        self.compare_panel = QWidget(self.splitter)
        self.compare_panel.setObjectName(u"compare_panel")
        self.compare_layout = QVBoxLayout(self.compare_panel)
        self.compare_layout.setObjectName(u"compare_layout")
        self.compare_layout.setContentsMargins(0, 0, 0, 0)
        self.compare_row = QHBoxLayout()
        self.compare_row.setObjectName(u"compare_row")
        self.old_label = QLabel(self.compare_panel)
        self.old_label.setObjectName(u"old_label")

        self.compare_row.addWidget(self.old_label)

        self.old_combo = QComboBox(self.compare_panel)
        self.old_combo.setObjectName(u"old_combo")

        self.compare_row.addWidget(self.old_combo)

        self.new_label = QLabel(self.compare_panel)
        self.new_label.setObjectName(u"new_label")

        self.compare_row.addWidget(self.new_label)

        self.new_combo = QComboBox(self.compare_panel)
        self.new_combo.setObjectName(u"new_combo")

        self.compare_row.addWidget(self.new_combo)

        self.compare_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compare_row.addItem(self.compare_spacer)


        self.compare_layout.addLayout(self.compare_row)

        self.compare_view = QTextBrowser(self.compare_panel)
        self.compare_view.setObjectName(u"compare_view")

        self.compare_layout.addWidget(self.compare_view)

        self.splitter.addWidget(self.compare_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(ConceptVersionsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.old_label.setBuddy(self.old_combo)
        self.new_label.setBuddy(self.new_combo)

        self.retranslateUi(ConceptVersionsDialog)

        QMetaObject.connectSlotsByName(ConceptVersionsDialog)
    # setupUi

    def retranslateUi(self, ConceptVersionsDialog):
        ConceptVersionsDialog.setWindowTitle(QCoreApplication.translate("ConceptVersionsDialog", u"Versions of the concept", None))
        self.history_heading.setText(QCoreApplication.translate("ConceptVersionsDialog", u"History", None))
        ___qtreewidgetitem = self.history.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ConceptVersionsDialog", u"Saved", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConceptVersionsDialog", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConceptVersionsDialog", u"No.", None))
        self.restore_button.setText(QCoreApplication.translate("ConceptVersionsDialog", u"Restore selected version", None))
        self.old_label.setText(QCoreApplication.translate("ConceptVersionsDialog", u"Compare", None))
        self.new_label.setText(QCoreApplication.translate("ConceptVersionsDialog", u"with", None))
    # retranslateUi
