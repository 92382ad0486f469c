# Generated from forms/events_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventsDialog(object):
    def setupUi(self, EventsDialog):
        if not EventsDialog.objectName():
            EventsDialog.setObjectName(u"EventsDialog")
        EventsDialog.resize(940, 600)
        self.dialog_layout = QVBoxLayout(EventsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(EventsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.splitter = QSplitter(EventsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.event_list = QListWidget(self.list_panel)
        self.event_list.setObjectName(u"event_list")
        self.event_list.setMinimumSize(QSize(240, 0))
        self.event_list.setWordWrap(True)
        self.event_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.event_list.setAlternatingRowColors(True)

        self.list_layout.addWidget(self.event_list)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.new_button = QPushButton(self.list_panel)
        self.new_button.setObjectName(u"new_button")

        self.list_buttons.addWidget(self.new_button)

        self.delete_button = QPushButton(self.list_panel)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons.addWidget(self.delete_button)


        self.list_layout.addLayout(self.list_buttons)

        self.splitter.addWidget(self.list_panel)
        self.form_panel = QWidget(self.splitter)
        self.form_panel.setObjectName(u"form_panel")
        self.form_panel_layout = QVBoxLayout(self.form_panel)
        self.form_panel_layout.setObjectName(u"form_panel_layout")
        self.form_panel_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.form_panel)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QFormLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.general_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kind_label = QLabel(self.general_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.general_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.general_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.title_label = QLabel(self.general_tab)
        self.title_label.setObjectName(u"title_label")

        self.general_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.general_tab)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(300)

        self.general_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.dates_label = QLabel(self.general_tab)
        self.dates_label.setObjectName(u"dates_label")

        self.general_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates_layout = QHBoxLayout()
        self.dates_layout.setObjectName(u"dates_layout")
        self.start_date = QDateEdit(self.general_tab)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")

        self.dates_layout.addWidget(self.start_date)

        self.until_check = QCheckBox(self.general_tab)
        self.until_check.setObjectName(u"until_check")

        self.dates_layout.addWidget(self.until_check)

        self.end_date = QDateEdit(self.general_tab)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat(u"dd.MM.yyyy")

        self.dates_layout.addWidget(self.end_date)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.general_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dates_layout)

        self.phase_label = QLabel(self.general_tab)
        self.phase_label.setObjectName(u"phase_label")

        self.general_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase_combo = QComboBox(self.general_tab)
        self.phase_combo.setObjectName(u"phase_combo")
        self.phase_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.general_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phase_combo)

        self.venue_label = QLabel(self.general_tab)
        self.venue_label.setObjectName(u"venue_label")

        self.general_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue_edit = QLineEdit(self.general_tab)
        self.venue_edit.setObjectName(u"venue_edit")
        self.venue_edit.setMaxLength(300)

        self.general_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venue_edit)

        self.host_label = QLabel(self.general_tab)
        self.host_label.setObjectName(u"host_label")

        self.general_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_layout = QHBoxLayout()
        self.host_layout.setObjectName(u"host_layout")
        self.host_edit = QLineEdit(self.general_tab)
        self.host_edit.setObjectName(u"host_edit")
        self.host_edit.setMaxLength(300)

        self.host_layout.addWidget(self.host_edit)

        self.country_label = QLabel(self.general_tab)
        self.country_label.setObjectName(u"country_label")

        self.host_layout.addWidget(self.country_label)

        self.country_edit = QLineEdit(self.general_tab)
        self.country_edit.setObjectName(u"country_edit")
        self.country_edit.setMaxLength(100)

        self.host_layout.addWidget(self.country_edit)


        self.general_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.host_layout)

        self.topics_label = QLabel(self.general_tab)
        self.topics_label.setObjectName(u"topics_label")

        self.general_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.topics_label)

        self.topics_edit = QPlainTextEdit(self.general_tab)
        self.topics_edit.setObjectName(u"topics_edit")
        self.topics_edit.setMaximumSize(QSize(16777215, 70))

        self.general_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.topics_edit)

        self.speakers_label = QLabel(self.general_tab)
        self.speakers_label.setObjectName(u"speakers_label")

        self.general_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.speakers_label)

        self.speakers_edit = QPlainTextEdit(self.general_tab)
        self.speakers_edit.setObjectName(u"speakers_edit")
        self.speakers_edit.setMaximumSize(QSize(16777215, 70))

        self.general_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.speakers_edit)

        self.tabs.addTab(self.general_tab, "")
        self.districts_tab = QWidget()
        self.districts_tab.setObjectName(u"districts_tab")
        self.districts_layout = QVBoxLayout(self.districts_tab)
        self.districts_layout.setObjectName(u"districts_layout")
        self.districts_hint = QLabel(self.districts_tab)
        self.districts_hint.setObjectName(u"districts_hint")
        self.districts_hint.setWordWrap(True)

        self.districts_layout.addWidget(self.districts_hint)

        self.district_list = QListWidget(self.districts_tab)
        self.district_list.setObjectName(u"district_list")

        self.districts_layout.addWidget(self.district_list)

        self.whole_phase_button = QPushButton(self.districts_tab)
        self.whole_phase_button.setObjectName(u"whole_phase_button")

        self.districts_layout.addWidget(self.whole_phase_button)

        self.tabs.addTab(self.districts_tab, "")
        self.participants_tab = QWidget()
        self.participants_tab.setObjectName(u"participants_tab")
        self.participants_layout = QVBoxLayout(self.participants_tab)
        self.participants_layout.setObjectName(u"participants_layout")
        self.participant_table = QTableWidget(self.participants_tab)
        self.participant_table.setObjectName(u"participant_table")

        self.participants_layout.addWidget(self.participant_table)

        self.participant_buttons = QHBoxLayout()
        self.participant_buttons.setObjectName(u"participant_buttons")
        self.add_participant_button = QPushButton(self.participants_tab)
        self.add_participant_button.setObjectName(u"add_participant_button")

        self.participant_buttons.addWidget(self.add_participant_button)

        self.remove_participant_button = QPushButton(self.participants_tab)
        self.remove_participant_button.setObjectName(u"remove_participant_button")

        self.participant_buttons.addWidget(self.remove_participant_button)

        self.participant_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participant_buttons.addItem(self.participant_spacer)


        self.participants_layout.addLayout(self.participant_buttons)

        self.tabs.addTab(self.participants_tab, "")
        self.results_tab = QWidget()
        self.results_tab.setObjectName(u"results_tab")
        self.results_layout = QFormLayout(self.results_tab)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.agenda_label = QLabel(self.results_tab)
        self.agenda_label.setObjectName(u"agenda_label")

        self.results_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agenda_label)

        self.agenda_edit = QPlainTextEdit(self.results_tab)
        self.agenda_edit.setObjectName(u"agenda_edit")

        self.results_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agenda_edit)

        self.results_label = QLabel(self.results_tab)
        self.results_label.setObjectName(u"results_label")

        self.results_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.results_label)

        self.results_edit = QPlainTextEdit(self.results_tab)
        self.results_edit.setObjectName(u"results_edit")

        self.results_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.results_edit)

        self.agreements_label = QLabel(self.results_tab)
        self.agreements_label.setObjectName(u"agreements_label")

        self.results_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreements_label)

        self.agreements_edit = QPlainTextEdit(self.results_tab)
        self.agreements_edit.setObjectName(u"agreements_edit")

        self.results_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreements_edit)

        self.tabs.addTab(self.results_tab, "")
        self.learnings_tab = QWidget()
        self.learnings_tab.setObjectName(u"learnings_tab")
        self.learnings_layout = QVBoxLayout(self.learnings_tab)
        self.learnings_layout.setObjectName(u"learnings_layout")
        self.learnings_hint = QLabel(self.learnings_tab)
        self.learnings_hint.setObjectName(u"learnings_hint")
        self.learnings_hint.setWordWrap(True)

        self.learnings_layout.addWidget(self.learnings_hint)

        self.learning_table = QTableWidget(self.learnings_tab)
        self.learning_table.setObjectName(u"learning_table")

        self.learnings_layout.addWidget(self.learning_table)

        self.learning_buttons = QHBoxLayout()
        self.learning_buttons.setObjectName(u"learning_buttons")
        self.add_learning_button = QPushButton(self.learnings_tab)
        self.add_learning_button.setObjectName(u"add_learning_button")

        self.learning_buttons.addWidget(self.add_learning_button)

        self.remove_learning_button = QPushButton(self.learnings_tab)
        self.remove_learning_button.setObjectName(u"remove_learning_button")

        self.learning_buttons.addWidget(self.remove_learning_button)

        self.learning_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.learning_buttons.addItem(self.learning_spacer)


        self.learnings_layout.addLayout(self.learning_buttons)

        self.tabs.addTab(self.learnings_tab, "")

        self.form_panel_layout.addWidget(self.tabs)

        self.error_label = QLabel(self.form_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"role", u"error")
        self.error_label.setWordWrap(True)

        self.form_panel_layout.addWidget(self.error_label)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.protocol_button = QPushButton(self.form_panel)
        self.protocol_button.setObjectName(u"protocol_button")

        self.save_layout.addWidget(self.protocol_button)

        self.save_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.save_button = QPushButton(self.form_panel)
        self.save_button.setObjectName(u"save_button")

        self.save_layout.addWidget(self.save_button)


        self.form_panel_layout.addLayout(self.save_layout)

        self.splitter.addWidget(self.form_panel)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(EventsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.kind_label.setBuddy(self.kind_combo)
        self.title_label.setBuddy(self.title_edit)
        self.dates_label.setBuddy(self.start_date)
        self.phase_label.setBuddy(self.phase_combo)
        self.venue_label.setBuddy(self.venue_edit)
        self.host_label.setBuddy(self.host_edit)
        self.country_label.setBuddy(self.country_edit)
        self.topics_label.setBuddy(self.topics_edit)
        self.speakers_label.setBuddy(self.speakers_edit)
        self.agenda_label.setBuddy(self.agenda_edit)
        self.results_label.setBuddy(self.results_edit)
        self.agreements_label.setBuddy(self.agreements_edit)

        self.retranslateUi(EventsDialog)

        QMetaObject.connectSlotsByName(EventsDialog)
    # setupUi

    def retranslateUi(self, EventsDialog):
        EventsDialog.setWindowTitle(QCoreApplication.translate("EventsDialog", u"Programme events", None))
        self.intro_label.setText(QCoreApplication.translate("EventsDialog", u"Forum meetings, learning journeys, expert events and the phase conference: each with the districts taking part. Every account of a participating district sees the event; the office and the consultants write it.", None))
        self.new_button.setText(QCoreApplication.translate("EventsDialog", u"&New event", None))
        self.delete_button.setText(QCoreApplication.translate("EventsDialog", u"&Delete", None))
        self.kind_label.setText(QCoreApplication.translate("EventsDialog", u"&Kind:", None))
        self.title_label.setText(QCoreApplication.translate("EventsDialog", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EventsDialog", u"e.g. Forum Integration in l\u00e4ndlichen R\u00e4umen", None))
        self.dates_label.setText(QCoreApplication.translate("EventsDialog", u"&Date:", None))
        self.until_check.setText(QCoreApplication.translate("EventsDialog", u"&until", None))
        self.phase_label.setText(QCoreApplication.translate("EventsDialog", u"&Phase:", None))
        self.venue_label.setText(QCoreApplication.translate("EventsDialog", u"&Venue:", None))
        self.host_label.setText(QCoreApplication.translate("EventsDialog", u"&Host municipality:", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("EventsDialog", u"for learning journeys", None))
        self.country_label.setText(QCoreApplication.translate("EventsDialog", u"C&ountry:", None))
        self.topics_label.setText(QCoreApplication.translate("EventsDialog", u"T&opics:", None))
        self.speakers_label.setText(QCoreApplication.translate("EventsDialog", u"&Speakers:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("EventsDialog", u"&General", None))
        self.districts_hint.setText(QCoreApplication.translate("EventsDialog", u"The districts taking part: their accounts see the event.", None))
        self.whole_phase_button.setText(QCoreApplication.translate("EventsDialog", u"Tick the &whole phase", None))
        self.tabs.setTabText(self.tabs.indexOf(self.districts_tab), QCoreApplication.translate("EventsDialog", u"D&istricts", None))
        self.add_participant_button.setText(QCoreApplication.translate("EventsDialog", u"&Add participant", None))
        self.remove_participant_button.setText(QCoreApplication.translate("EventsDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.participants_tab), QCoreApplication.translate("EventsDialog", u"&Participants", None))
        self.agenda_label.setText(QCoreApplication.translate("EventsDialog", u"A&genda:", None))
        self.agenda_edit.setPlaceholderText(QCoreApplication.translate("EventsDialog", u"one item per line", None))
        self.results_label.setText(QCoreApplication.translate("EventsDialog", u"&Results:", None))
        self.agreements_label.setText(QCoreApplication.translate("EventsDialog", u"Agree&ments:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.results_tab), QCoreApplication.translate("EventsDialog", u"&Agenda and results", None))
        self.learnings_hint.setText(QCoreApplication.translate("EventsDialog", u"What the districts took away (\"Impulse\"): each one can be used in the concept of a participating district.", None))
        self.add_learning_button.setText(QCoreApplication.translate("EventsDialog", u"Add l&earning", None))
        self.remove_learning_button.setText(QCoreApplication.translate("EventsDialog", u"Re&move", None))
        self.tabs.setTabText(self.tabs.indexOf(self.learnings_tab), QCoreApplication.translate("EventsDialog", u"&Learnings", None))
        self.protocol_button.setText(QCoreApplication.translate("EventsDialog", u"Pro&tocol (PDF) \u2026", None))
        self.save_button.setText(QCoreApplication.translate("EventsDialog", u"&Save event", None))
    # retranslateUi
