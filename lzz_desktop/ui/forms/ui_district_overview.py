# Generated from forms/district_overview.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DistrictOverview(object):
    def setupUi(self, DistrictOverview):
        if not DistrictOverview.objectName():
            DistrictOverview.setObjectName(u"DistrictOverview")
        DistrictOverview.resize(800, 600)
        self.overview_layout = QVBoxLayout(DistrictOverview)
        self.overview_layout.setSpacing(12)
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_layout.setContentsMargins(24, 16, 24, 16)
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.title_column = QVBoxLayout()
        self.title_column.setObjectName(u"title_column")
        self.title_label = QLabel(DistrictOverview)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"Landkreis")
        self.title_label.setProperty(u"role", u"title")
        self.title_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.title_column.addWidget(self.title_label)

        self.subtitle_label = QLabel(DistrictOverview)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setText(u"Bundesland \u00b7 Phase")
        self.subtitle_label.setProperty(u"role", u"subtitle")

        self.title_column.addWidget(self.subtitle_label)


        self.title_row.addLayout(self.title_column)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)

        self.edit_button = QPushButton(DistrictOverview)
        self.edit_button.setObjectName(u"edit_button")

        self.title_row.addWidget(self.edit_button)


        self.overview_layout.addLayout(self.title_row)

        self.counts_frame = QFrame(DistrictOverview)
        self.counts_frame.setObjectName(u"counts_frame")
        self.counts_frame.setProperty(u"role", u"cards")
        self.counts_layout = QHBoxLayout(self.counts_frame)
        self.counts_layout.setSpacing(12)
        self.counts_layout.setObjectName(u"counts_layout")
        self.counts_layout.setContentsMargins(0, -1, 0, -1)

        self.overview_layout.addWidget(self.counts_frame)

        self.facts_box = QGroupBox(DistrictOverview)
        self.facts_box.setObjectName(u"facts_box")
        self.facts_layout = QFormLayout(self.facts_box)
        self.facts_layout.setObjectName(u"facts_layout")
        self.facts_layout.setHorizontalSpacing(24)
        self.facts_layout.setVerticalSpacing(8)
        self.state_caption = QLabel(self.facts_box)
        self.state_caption.setObjectName(u"state_caption")

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.state_caption)

        self.state_value = QLabel(self.facts_box)
        self.state_value.setObjectName(u"state_value")
        self.state_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.state_value)

        self.ags_caption = QLabel(self.facts_box)
        self.ags_caption.setObjectName(u"ags_caption")

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ags_caption)

        self.ags_value = QLabel(self.facts_box)
        self.ags_value.setObjectName(u"ags_value")
        self.ags_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.facts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ags_value)

        self.phase_caption = QLabel(self.facts_box)
        self.phase_caption.setObjectName(u"phase_caption")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phase_caption)

        self.phase_value = QLabel(self.facts_box)
        self.phase_value.setObjectName(u"phase_value")

        self.facts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phase_value)

        self.process_caption = QLabel(self.facts_box)
        self.process_caption.setObjectName(u"process_caption")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.process_caption)

        self.process_value = QLabel(self.facts_box)
        self.process_value.setObjectName(u"process_value")

        self.facts_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.process_value)


        self.overview_layout.addWidget(self.facts_box)

        self.stages_box = QGroupBox(DistrictOverview)
        self.stages_box.setObjectName(u"stages_box")
        self.stages_layout = QVBoxLayout(self.stages_box)
        self.stages_layout.setObjectName(u"stages_layout")
        self.stages_summary = QLabel(self.stages_box)
        self.stages_summary.setObjectName(u"stages_summary")
        self.stages_summary.setWordWrap(True)

        self.stages_layout.addWidget(self.stages_summary)

        self.stages_table = QTableWidget(self.stages_box)
        if (self.stages_table.columnCount() < 4):
            self.stages_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.stages_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stages_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stages_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.stages_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.stages_table.setObjectName(u"stages_table")
        self.stages_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.stages_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.stages_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.stages_table.setColumnCount(4)
        self.stages_table.horizontalHeader().setStretchLastSection(True)
        self.stages_table.verticalHeader().setVisible(False)

        self.stages_layout.addWidget(self.stages_table)


        self.overview_layout.addWidget(self.stages_box)

        self.notes_box = QGroupBox(DistrictOverview)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_layout = QVBoxLayout(self.notes_box)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_value = QLabel(self.notes_box)
        self.notes_value.setObjectName(u"notes_value")
        self.notes_value.setWordWrap(True)
        self.notes_value.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.notes_value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.notes_layout.addWidget(self.notes_value)


        self.overview_layout.addWidget(self.notes_box)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overview_layout.addItem(self.bottom_spacer)


        self.retranslateUi(DistrictOverview)

        QMetaObject.connectSlotsByName(DistrictOverview)
    # setupUi

    def retranslateUi(self, DistrictOverview):
        self.edit_button.setText(QCoreApplication.translate("DistrictOverview", u"Edit\u2026", None))
        self.facts_box.setTitle(QCoreApplication.translate("DistrictOverview", u"Master data", None))
        self.state_caption.setText(QCoreApplication.translate("DistrictOverview", u"Federal state:", None))
        self.ags_caption.setText(QCoreApplication.translate("DistrictOverview", u"AGS key:", None))
        self.phase_caption.setText(QCoreApplication.translate("DistrictOverview", u"Programme phase:", None))
        self.process_caption.setText(QCoreApplication.translate("DistrictOverview", u"Process:", None))
        self.stages_box.setTitle(QCoreApplication.translate("DistrictOverview", u"Process (stages)", None))
        ___qtablewidgetitem = self.stages_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DistrictOverview", u"Stage", None))
        ___qtablewidgetitem1 = self.stages_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DistrictOverview", u"Planned", None))
        ___qtablewidgetitem2 = self.stages_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DistrictOverview", u"Reached", None))
        ___qtablewidgetitem3 = self.stages_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DistrictOverview", u"Status", None))
        self.stages_table.setToolTip(QCoreApplication.translate("DistrictOverview", u"Double-click or press Enter to set a stage's dates by hand.", None))
        self.notes_box.setTitle(QCoreApplication.translate("DistrictOverview", u"Notes", None))
        pass
    # retranslateUi
