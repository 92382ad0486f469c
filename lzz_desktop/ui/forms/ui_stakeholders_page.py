# Generated from forms/stakeholders_page.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_StakeholdersWidget(object):
    def setupUi(self, StakeholdersWidget):
        if not StakeholdersWidget.objectName():
            StakeholdersWidget.setObjectName(u"StakeholdersWidget")
        StakeholdersWidget.resize(1100, 700)
        self.action_new_actor = QAction(StakeholdersWidget)
        self.action_new_actor.setObjectName(u"action_new_actor")
        self.action_edit_actor = QAction(StakeholdersWidget)
        self.action_edit_actor.setObjectName(u"action_edit_actor")
        self.action_delete_actor = QAction(StakeholdersWidget)
        self.action_delete_actor.setObjectName(u"action_delete_actor")
        self.action_import = QAction(StakeholdersWidget)
        self.action_import.setObjectName(u"action_import")
        self.action_export_xlsx = QAction(StakeholdersWidget)
        self.action_export_xlsx.setObjectName(u"action_export_xlsx")
        self.action_new_rel = QAction(StakeholdersWidget)
        self.action_new_rel.setObjectName(u"action_new_rel")
        self.action_edit_rel = QAction(StakeholdersWidget)
        self.action_edit_rel.setObjectName(u"action_edit_rel")
        self.action_delete_rel = QAction(StakeholdersWidget)
        self.action_delete_rel.setObjectName(u"action_delete_rel")
        self.page_layout = QVBoxLayout(StakeholdersWidget)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(8, 6, 8, 6)
        self.tabs = QTabWidget(StakeholdersWidget)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.sector_tab = QWidget()
        self.sector_tab.setObjectName(u"sector_tab")
        self.sector_layout = QVBoxLayout(self.sector_tab)
        self.sector_layout.setSpacing(0)
        self.sector_layout.setObjectName(u"sector_layout")
        self.sector_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.sector_tab, "")
        self.grid_tab = QWidget()
        self.grid_tab.setObjectName(u"grid_tab")
        self.grid_layout = QVBoxLayout(self.grid_tab)
        self.grid_layout.setSpacing(0)
        self.grid_layout.setObjectName(u"grid_layout")
        self.grid_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.grid_tab, "")
        self.network_tab = QWidget()
        self.network_tab.setObjectName(u"network_tab")
        self.network_layout = QVBoxLayout(self.network_tab)
        self.network_layout.setSpacing(0)
        self.network_layout.setObjectName(u"network_layout")
        self.network_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.network_tab, "")
        self.register_tab = QWidget()
        self.register_tab.setObjectName(u"register_tab")
        self.register_layout = QVBoxLayout(self.register_tab)
        self.register_layout.setObjectName(u"register_layout")
        self.register_layout.setContentsMargins(0, 6, 0, 0)
        self.register_row = QHBoxLayout()
        self.register_row.setObjectName(u"register_row")
        self.search_edit = QLineEdit(self.register_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(120, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.register_row.addWidget(self.search_edit)

        self.sector_filter = QComboBox(self.register_tab)
        self.sector_filter.setObjectName(u"sector_filter")

        self.register_row.addWidget(self.sector_filter)

        self.register_bar_layout = QHBoxLayout()
        self.register_bar_layout.setObjectName(u"register_bar_layout")

        self.register_row.addLayout(self.register_bar_layout)

        self.register_row.setStretch(0, 2)
        self.register_row.setStretch(1, 1)
        self.register_row.setStretch(2, 3)

        self.register_layout.addLayout(self.register_row)

        self.actor_table = QTableView(self.register_tab)
        self.actor_table.setObjectName(u"actor_table")
        self.actor_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actor_table.setAlternatingRowColors(True)
        self.actor_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actor_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actor_table.setSortingEnabled(True)
        self.actor_table.setWordWrap(False)
        self.actor_table.horizontalHeader().setStretchLastSection(True)
        self.actor_table.verticalHeader().setVisible(False)

        self.register_layout.addWidget(self.actor_table)

        self.tabs.addTab(self.register_tab, "")
        self.relationships_tab = QWidget()
        self.relationships_tab.setObjectName(u"relationships_tab")
        self.relationships_layout = QVBoxLayout(self.relationships_tab)
        self.relationships_layout.setObjectName(u"relationships_layout")
        self.relationships_layout.setContentsMargins(0, 6, 0, 0)
        self.relationships_row = QHBoxLayout()
        self.relationships_row.setObjectName(u"relationships_row")
        self.relationships_bar_layout = QHBoxLayout()
        self.relationships_bar_layout.setObjectName(u"relationships_bar_layout")

        self.relationships_row.addLayout(self.relationships_bar_layout)

        self.relationships_hint = QLabel(self.relationships_tab)
        self.relationships_hint.setObjectName(u"relationships_hint")
        self.relationships_hint.setMinimumSize(QSize(10, 0))
        self.relationships_hint.setProperty(u"role", u"hint")

        self.relationships_row.addWidget(self.relationships_hint)

        self.relationships_row.setStretch(1, 1)

        self.relationships_layout.addLayout(self.relationships_row)

        self.rel_table = QTableView(self.relationships_tab)
        self.rel_table.setObjectName(u"rel_table")
        self.rel_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rel_table.setAlternatingRowColors(True)
        self.rel_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.rel_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rel_table.setWordWrap(False)
        self.rel_table.horizontalHeader().setStretchLastSection(True)
        self.rel_table.verticalHeader().setVisible(False)

        self.relationships_layout.addWidget(self.rel_table)

        self.tabs.addTab(self.relationships_tab, "")
        self.snapshots_tab = QWidget()
        self.snapshots_tab.setObjectName(u"snapshots_tab")
        self.snapshots_layout = QVBoxLayout(self.snapshots_tab)
        self.snapshots_layout.setObjectName(u"snapshots_layout")
        self.snapshots_layout.setContentsMargins(0, 6, 0, 0)
        self.snapshots_row = QHBoxLayout()
        self.snapshots_row.setObjectName(u"snapshots_row")
        self.snapshot_button = QPushButton(self.snapshots_tab)
        self.snapshot_button.setObjectName(u"snapshot_button")

        self.snapshots_row.addWidget(self.snapshot_button)

        self.snapshot_spacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.snapshots_row.addItem(self.snapshot_spacer)

        self.earlier_label = QLabel(self.snapshots_tab)
        self.earlier_label.setObjectName(u"earlier_label")

        self.snapshots_row.addWidget(self.earlier_label)

        self.earlier_combo = QComboBox(self.snapshots_tab)
        self.earlier_combo.setObjectName(u"earlier_combo")
        self.earlier_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.earlier_combo.setMinimumContentsLength(12)

        self.snapshots_row.addWidget(self.earlier_combo)

        self.later_label = QLabel(self.snapshots_tab)
        self.later_label.setObjectName(u"later_label")

        self.snapshots_row.addWidget(self.later_label)

        self.later_combo = QComboBox(self.snapshots_tab)
        self.later_combo.setObjectName(u"later_combo")
        self.later_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.later_combo.setMinimumContentsLength(12)

        self.snapshots_row.addWidget(self.later_combo)

        self.compare_button = QPushButton(self.snapshots_tab)
        self.compare_button.setObjectName(u"compare_button")

        self.snapshots_row.addWidget(self.compare_button)

        self.snapshots_row.setStretch(3, 1)
        self.snapshots_row.setStretch(5, 1)

        self.snapshots_layout.addLayout(self.snapshots_row)

        self.diff_summary = QLabel(self.snapshots_tab)
        self.diff_summary.setObjectName(u"diff_summary")
        self.diff_summary.setWordWrap(True)
        self.diff_summary.setProperty(u"role", u"heading")

        self.snapshots_layout.addWidget(self.diff_summary)

        self.snapshot_splitter = QSplitter(self.snapshots_tab)
        self.snapshot_splitter.setObjectName(u"snapshot_splitter")
        self.snapshot_splitter.setOrientation(Qt.Horizontal)
        self.change_table = QTableView(self.snapshot_splitter)
        self.change_table.setObjectName(u"change_table")
        self.change_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.change_table.setAlternatingRowColors(True)
        self.change_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.change_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.change_table.setWordWrap(False)
        self.snapshot_splitter.addWidget(self.change_table)
        self.change_table.horizontalHeader().setStretchLastSection(True)
        self.change_table.verticalHeader().setVisible(False)

        self.snapshots_layout.addWidget(self.snapshot_splitter)

        self.snapshots_layout.setStretch(2, 1)
        self.tabs.addTab(self.snapshots_tab, "")

        self.page_layout.addWidget(self.tabs)

        QWidget.setTabOrder(self.tabs, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.sector_filter)
        QWidget.setTabOrder(self.sector_filter, self.actor_table)
        QWidget.setTabOrder(self.actor_table, self.rel_table)
        QWidget.setTabOrder(self.rel_table, self.snapshot_button)
        QWidget.setTabOrder(self.snapshot_button, self.earlier_combo)
        QWidget.setTabOrder(self.earlier_combo, self.later_combo)
        QWidget.setTabOrder(self.later_combo, self.compare_button)
        QWidget.setTabOrder(self.compare_button, self.change_table)

        self.retranslateUi(StakeholdersWidget)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StakeholdersWidget)
    # setupUi

    def retranslateUi(self, StakeholdersWidget):
        self.action_new_actor.setText(QCoreApplication.translate("StakeholdersWidget", u"New actor\u2026", None))
        self.action_edit_actor.setText(QCoreApplication.translate("StakeholdersWidget", u"Edit\u2026", None))
        self.action_delete_actor.setText(QCoreApplication.translate("StakeholdersWidget", u"Delete", None))
        self.action_import.setText(QCoreApplication.translate("StakeholdersWidget", u"Import\u2026", None))
        self.action_export_xlsx.setText(QCoreApplication.translate("StakeholdersWidget", u"Save as Excel\u2026", None))
        self.action_new_rel.setText(QCoreApplication.translate("StakeholdersWidget", u"New relationship\u2026", None))
        self.action_edit_rel.setText(QCoreApplication.translate("StakeholdersWidget", u"Edit\u2026", None))
        self.action_delete_rel.setText(QCoreApplication.translate("StakeholdersWidget", u"Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sector_tab), QCoreApplication.translate("StakeholdersWidget", u"Stakeholder map", None))
        self.tabs.setTabText(self.tabs.indexOf(self.grid_tab), QCoreApplication.translate("StakeholdersWidget", u"Influence / interest", None))
        self.tabs.setTabText(self.tabs.indexOf(self.network_tab), QCoreApplication.translate("StakeholdersWidget", u"Network", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("StakeholdersWidget", u"Search name, role, organisation, tags\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.register_tab), QCoreApplication.translate("StakeholdersWidget", u"Register", None))
        self.relationships_hint.setText(QCoreApplication.translate("StakeholdersWidget", u"Tip: on the map, switch on \u201cDraw relationships\u201d and drag from actor to actor.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.relationships_tab), QCoreApplication.translate("StakeholdersWidget", u"Relationships", None))
        self.snapshot_button.setText(QCoreApplication.translate("StakeholdersWidget", u"&Take snapshot\u2026", None))
        self.earlier_label.setText(QCoreApplication.translate("StakeholdersWidget", u"Earlier:", None))
        self.later_label.setText(QCoreApplication.translate("StakeholdersWidget", u"Later:", None))
        self.compare_button.setText(QCoreApplication.translate("StakeholdersWidget", u"&Compare", None))
        self.tabs.setTabText(self.tabs.indexOf(self.snapshots_tab), QCoreApplication.translate("StakeholdersWidget", u"Snapshots", None))
        pass
    # retranslateUi
