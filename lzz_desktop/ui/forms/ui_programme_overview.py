# Generated from forms/programme_overview.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ProgrammeOverview(object):
    def setupUi(self, ProgrammeOverview):
        if not ProgrammeOverview.objectName():
            ProgrammeOverview.setObjectName(u"ProgrammeOverview")
        ProgrammeOverview.resize(1240, 560)
        self.dialog_layout = QVBoxLayout(ProgrammeOverview)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.phase_label = QLabel(ProgrammeOverview)
        self.phase_label.setObjectName(u"phase_label")

        self.filter_layout.addWidget(self.phase_label)

        self.phase_filter = QComboBox(ProgrammeOverview)
        self.phase_filter.setObjectName(u"phase_filter")

        self.filter_layout.addWidget(self.phase_filter)

        self.consultancy_label = QLabel(ProgrammeOverview)
        self.consultancy_label.setObjectName(u"consultancy_label")

        self.filter_layout.addWidget(self.consultancy_label)

        self.consultancy_filter = QComboBox(ProgrammeOverview)
        self.consultancy_filter.setObjectName(u"consultancy_filter")

        self.filter_layout.addWidget(self.consultancy_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.report_button = QPushButton(ProgrammeOverview)
        self.report_button.setObjectName(u"report_button")

        self.filter_layout.addWidget(self.report_button)

        self.export_button = QPushButton(ProgrammeOverview)
        self.export_button.setObjectName(u"export_button")

        self.filter_layout.addWidget(self.export_button)


        self.dialog_layout.addLayout(self.filter_layout)

        self.overview_table = QTableView(ProgrammeOverview)
        self.overview_table.setObjectName(u"overview_table")
        self.overview_table.setSortingEnabled(True)
        self.overview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overview_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overview_table.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.overview_table)

        self.hint_label = QLabel(ProgrammeOverview)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(ProgrammeOverview)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.phase_label.setBuddy(self.phase_filter)
        self.consultancy_label.setBuddy(self.consultancy_filter)
        QWidget.setTabOrder(self.phase_filter, self.consultancy_filter)
        QWidget.setTabOrder(self.consultancy_filter, self.overview_table)
        QWidget.setTabOrder(self.overview_table, self.report_button)
        QWidget.setTabOrder(self.report_button, self.export_button)

        self.retranslateUi(ProgrammeOverview)

        QMetaObject.connectSlotsByName(ProgrammeOverview)
    # setupUi

    def retranslateUi(self, ProgrammeOverview):
        ProgrammeOverview.setWindowTitle(QCoreApplication.translate("ProgrammeOverview", u"Programme overview", None))
        self.phase_label.setText(QCoreApplication.translate("ProgrammeOverview", u"&Phase:", None))
        self.consultancy_label.setText(QCoreApplication.translate("ProgrammeOverview", u"&Consultancy:", None))
        self.report_button.setText(QCoreApplication.translate("ProgrammeOverview", u"Conference &report\u2026", None))
        self.report_button.setToolTip(QCoreApplication.translate("ProgrammeOverview", u"The conference report of the phase chosen above (PDF)", None))
        self.export_button.setText(QCoreApplication.translate("ProgrammeOverview", u"Save as &Excel\u2026", None))
        self.hint_label.setText(QCoreApplication.translate("ProgrammeOverview", u"Double-click (or Enter) opens the district.", None))
    # retranslateUi
