# Generated from forms/workshops_page.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_WorkshopsPage(object):
    def setupUi(self, WorkshopsPage):
        if not WorkshopsPage.objectName():
            WorkshopsPage.setObjectName(u"WorkshopsPage")
        WorkshopsPage.resize(900, 640)
        self.page_layout = QVBoxLayout(WorkshopsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(16, 12, 16, 12)
        self.stack = QStackedWidget(WorkshopsPage)
        self.stack.setObjectName(u"stack")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_page_layout = QVBoxLayout(self.list_page)
        self.list_page_layout.setObjectName(u"list_page_layout")
        self.list_page_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.list_page)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.list_page_layout.addWidget(self.heading)

        self.page_tabs = QTabWidget(self.list_page)
        self.page_tabs.setObjectName(u"page_tabs")
        self.list_tab = QWidget()
        self.list_tab.setObjectName(u"list_tab")
        self.list_layout = QVBoxLayout(self.list_tab)
        self.list_layout.setObjectName(u"list_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        self.format_filter = QComboBox(self.list_tab)
        self.format_filter.setObjectName(u"format_filter")

        self.filter_row.addWidget(self.format_filter)

        self.status_filter = QComboBox(self.list_tab)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_row.addWidget(self.status_filter)

        self.year_filter = QComboBox(self.list_tab)
        self.year_filter.setObjectName(u"year_filter")

        self.filter_row.addWidget(self.year_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row.addItem(self.filter_spacer)

        self.new_button = QPushButton(self.list_tab)
        self.new_button.setObjectName(u"new_button")

        self.filter_row.addWidget(self.new_button)

        self.duplicate_button = QPushButton(self.list_tab)
        self.duplicate_button.setObjectName(u"duplicate_button")

        self.filter_row.addWidget(self.duplicate_button)

        self.delete_button = QPushButton(self.list_tab)
        self.delete_button.setObjectName(u"delete_button")

        self.filter_row.addWidget(self.delete_button)

        self.recycle_button = QPushButton(self.list_tab)
        self.recycle_button.setObjectName(u"recycle_button")

        self.filter_row.addWidget(self.recycle_button)


        self.list_layout.addLayout(self.filter_row)

        self.workshop_table = QTableView(self.list_tab)
        self.workshop_table.setObjectName(u"workshop_table")
        self.workshop_table.setAlternatingRowColors(True)
        self.workshop_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.workshop_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.workshop_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.workshop_table.setSortingEnabled(True)

        self.list_layout.addWidget(self.workshop_table)

        self.list_hint = QLabel(self.list_tab)
        self.list_hint.setObjectName(u"list_hint")
        self.list_hint.setProperty(u"role", u"hint")
        self.list_hint.setWordWrap(True)

        self.list_layout.addWidget(self.list_hint)

        self.page_tabs.addTab(self.list_tab, "")
        self.open_actions_tab = QWidget()
        self.open_actions_tab.setObjectName(u"open_actions_tab")
        self.open_actions_layout = QVBoxLayout(self.open_actions_tab)
        self.open_actions_layout.setObjectName(u"open_actions_layout")
        self.open_actions_hint = QLabel(self.open_actions_tab)
        self.open_actions_hint.setObjectName(u"open_actions_hint")
        self.open_actions_hint.setProperty(u"role", u"hint")
        self.open_actions_hint.setWordWrap(True)

        self.open_actions_layout.addWidget(self.open_actions_hint)

        self.open_actions_table = QTableView(self.open_actions_tab)
        self.open_actions_table.setObjectName(u"open_actions_table")
        self.open_actions_table.setAlternatingRowColors(True)
        self.open_actions_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.open_actions_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.open_actions_table.setSortingEnabled(True)

        self.open_actions_layout.addWidget(self.open_actions_table)

        self.page_tabs.addTab(self.open_actions_tab, "")

        self.list_page_layout.addWidget(self.page_tabs)

        self.stack.addWidget(self.list_page)

        self.page_layout.addWidget(self.stack)


        self.retranslateUi(WorkshopsPage)

        QMetaObject.connectSlotsByName(WorkshopsPage)
    # setupUi

    def retranslateUi(self, WorkshopsPage):
        WorkshopsPage.setWindowTitle(QCoreApplication.translate("WorkshopsPage", u"Workshops", None))
        self.new_button.setText(QCoreApplication.translate("WorkshopsPage", u"&New workshop", None))
        self.duplicate_button.setText(QCoreApplication.translate("WorkshopsPage", u"D&uplicate", None))
        self.duplicate_button.setToolTip(QCoreApplication.translate("WorkshopsPage", u"Copy the selected workshop as template for the next meeting", None))
        self.delete_button.setText(QCoreApplication.translate("WorkshopsPage", u"&Delete", None))
        self.recycle_button.setText(QCoreApplication.translate("WorkshopsPage", u"Recycle bin\u2026", None))
        self.list_hint.setText(QCoreApplication.translate("WorkshopsPage", u"Double-click or press Enter to open a workshop.", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.list_tab), QCoreApplication.translate("WorkshopsPage", u"Workshops", None))
        self.open_actions_hint.setText(QCoreApplication.translate("WorkshopsPage", u"Open action items of all workshops of the district; overdue ones are marked red. Open items are offered to the next workshop as agenda item \u201cOpen tasks\u201d.", None))
        self.page_tabs.setTabText(self.page_tabs.indexOf(self.open_actions_tab), QCoreApplication.translate("WorkshopsPage", u"Open action items", None))
    # retranslateUi
