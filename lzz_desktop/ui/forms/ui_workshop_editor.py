# Generated from forms/workshop_editor.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_WorkshopEditor(object):
    def setupUi(self, WorkshopEditor):
        if not WorkshopEditor.objectName():
            WorkshopEditor.setObjectName(u"WorkshopEditor")
        WorkshopEditor.resize(900, 640)
        self.editor_layout = QVBoxLayout(WorkshopEditor)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.top_row.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(WorkshopEditor)
        self.back_button.setObjectName(u"back_button")

        self.top_row.addWidget(self.back_button)

        self.workshop_heading = QLabel(WorkshopEditor)
        self.workshop_heading.setObjectName(u"workshop_heading")
        self.workshop_heading.setProperty(u"role", u"heading")

        self.top_row.addWidget(self.workshop_heading)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.save_state_label = QLabel(WorkshopEditor)
        self.save_state_label.setObjectName(u"save_state_label")
        self.save_state_label.setProperty(u"role", u"hint")

        self.top_row.addWidget(self.save_state_label)

        self.protocol_button = QPushButton(WorkshopEditor)
        self.protocol_button.setObjectName(u"protocol_button")

        self.top_row.addWidget(self.protocol_button)

        self.sign_in_button = QPushButton(WorkshopEditor)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.top_row.addWidget(self.sign_in_button)

        self.calendar_button = QPushButton(WorkshopEditor)
        self.calendar_button.setObjectName(u"calendar_button")

        self.top_row.addWidget(self.calendar_button)


        self.editor_layout.addLayout(self.top_row)

        self.editor_tabs = QTabWidget(WorkshopEditor)
        self.editor_tabs.setObjectName(u"editor_tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_form = QFormLayout(self.general_tab)
        self.general_form.setObjectName(u"general_form")
        self.general_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.title_label = QLabel(self.general_tab)
        self.title_label.setObjectName(u"title_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.general_tab)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(300)

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error = QLabel(self.general_tab)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setProperty(u"role", u"error")
        self.title_error.setWordWrap(True)

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.format_label = QLabel(self.general_tab)
        self.format_label.setObjectName(u"format_label")

        self.general_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(self.general_tab)
        self.format_combo.setObjectName(u"format_combo")

        self.general_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.status_label = QLabel(self.general_tab)
        self.status_label.setObjectName(u"status_label")

        self.general_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.general_tab)
        self.status_combo.setObjectName(u"status_combo")

        self.general_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.start_label = QLabel(self.general_tab)
        self.start_label.setObjectName(u"start_label")

        self.general_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QDateTimeEdit(self.general_tab)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.general_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(self.general_tab)
        self.end_label.setObjectName(u"end_label")

        self.general_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = QDateTimeEdit(self.general_tab)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(u"dd.MM.yyyy HH:mm")

        self.general_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.end_error = QLabel(self.general_tab)
        self.end_error.setObjectName(u"end_error")
        self.end_error.setProperty(u"role", u"error")
        self.end_error.setWordWrap(True)

        self.general_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.end_error)

        self.venue_label = QLabel(self.general_tab)
        self.venue_label.setObjectName(u"venue_label")

        self.general_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.venue_label)

        self.venue_edit = QLineEdit(self.general_tab)
        self.venue_edit.setObjectName(u"venue_edit")
        self.venue_edit.setMaxLength(300)

        self.general_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.venue_edit)

        self.moderation_label = QLabel(self.general_tab)
        self.moderation_label.setObjectName(u"moderation_label")

        self.general_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.moderation_label)

        self.moderation_edit = QLineEdit(self.general_tab)
        self.moderation_edit.setObjectName(u"moderation_edit")
        self.moderation_edit.setMaxLength(300)

        self.general_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.moderation_edit)

        self.minute_taker_label = QLabel(self.general_tab)
        self.minute_taker_label.setObjectName(u"minute_taker_label")

        self.general_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.minute_taker_label)

        self.minute_taker_edit = QLineEdit(self.general_tab)
        self.minute_taker_edit.setObjectName(u"minute_taker_edit")
        self.minute_taker_edit.setMaxLength(300)

        self.general_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.minute_taker_edit)

        self.goals_label = QLabel(self.general_tab)
        self.goals_label.setObjectName(u"goals_label")

        self.general_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.goals_label)

        self.goals_edit = QPlainTextEdit(self.general_tab)
        self.goals_edit.setObjectName(u"goals_edit")
        self.goals_edit.setTabChangesFocus(True)

        self.general_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.goals_edit)

        self.privacy_check = QCheckBox(self.general_tab)
        self.privacy_check.setObjectName(u"privacy_check")

        self.general_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.privacy_check)

        self.protocol_label = QLabel(self.general_tab)
        self.protocol_label.setObjectName(u"protocol_label")

        self.general_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.protocol_label)

        self.protocol_row = QHBoxLayout()
        self.protocol_row.setObjectName(u"protocol_row")
        self.protocol_row.setContentsMargins(0, 0, 0, 0)
        self.protocol_state_label = QLabel(self.general_tab)
        self.protocol_state_label.setObjectName(u"protocol_state_label")

        self.protocol_row.addWidget(self.protocol_state_label)

        self.approved_by_edit = QLineEdit(self.general_tab)
        self.approved_by_edit.setObjectName(u"approved_by_edit")
        self.approved_by_edit.setMaxLength(200)

        self.protocol_row.addWidget(self.approved_by_edit)

        self.approve_button = QPushButton(self.general_tab)
        self.approve_button.setObjectName(u"approve_button")

        self.protocol_row.addWidget(self.approve_button)

        self.reopen_button = QPushButton(self.general_tab)
        self.reopen_button.setObjectName(u"reopen_button")

        self.protocol_row.addWidget(self.reopen_button)


        self.general_form.setLayout(12, QFormLayout.ItemRole.FieldRole, self.protocol_row)

        self.editor_tabs.addTab(self.general_tab, "")
        self.agenda_tab = QWidget()
        self.agenda_tab.setObjectName(u"agenda_tab")
        self.agenda_layout = QHBoxLayout(self.agenda_tab)
        self.agenda_layout.setObjectName(u"agenda_layout")
        self.agenda_left = QVBoxLayout()
        self.agenda_left.setObjectName(u"agenda_left")
        self.agenda_left.setContentsMargins(0, 0, 0, 0)
        self.agenda_list = QListWidget(self.agenda_tab)
        self.agenda_list.setObjectName(u"agenda_list")
        self.agenda_list.setDragDropMode(QAbstractItemView.InternalMove)
        self.agenda_list.setDefaultDropAction(Qt.MoveAction)
        self.agenda_list.setAlternatingRowColors(True)

        self.agenda_left.addWidget(self.agenda_list)

        self.agenda_move_row = QHBoxLayout()
        self.agenda_move_row.setObjectName(u"agenda_move_row")
        self.agenda_move_row.setContentsMargins(0, 0, 0, 0)
        self.agenda_up_button = QPushButton(self.agenda_tab)
        self.agenda_up_button.setObjectName(u"agenda_up_button")

        self.agenda_move_row.addWidget(self.agenda_up_button)

        self.agenda_down_button = QPushButton(self.agenda_tab)
        self.agenda_down_button.setObjectName(u"agenda_down_button")

        self.agenda_move_row.addWidget(self.agenda_down_button)

        self.agenda_move_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agenda_move_row.addItem(self.agenda_move_spacer)

        self.agenda_remove_button = QPushButton(self.agenda_tab)
        self.agenda_remove_button.setObjectName(u"agenda_remove_button")

        self.agenda_move_row.addWidget(self.agenda_remove_button)


        self.agenda_left.addLayout(self.agenda_move_row)

        self.agenda_add_row = QHBoxLayout()
        self.agenda_add_row.setObjectName(u"agenda_add_row")
        self.agenda_add_row.setContentsMargins(0, 0, 0, 0)
        self.agenda_new_edit = QLineEdit(self.agenda_tab)
        self.agenda_new_edit.setObjectName(u"agenda_new_edit")
        self.agenda_new_edit.setMaxLength(300)

        self.agenda_add_row.addWidget(self.agenda_new_edit)

        self.agenda_add_button = QPushButton(self.agenda_tab)
        self.agenda_add_button.setObjectName(u"agenda_add_button")

        self.agenda_add_row.addWidget(self.agenda_add_button)


        self.agenda_left.addLayout(self.agenda_add_row)

        self.agenda_add_error = QLabel(self.agenda_tab)
        self.agenda_add_error.setObjectName(u"agenda_add_error")
        self.agenda_add_error.setProperty(u"role", u"error")
        self.agenda_add_error.setWordWrap(True)

        self.agenda_left.addWidget(self.agenda_add_error)

        self.agenda_hint = QLabel(self.agenda_tab)
        self.agenda_hint.setObjectName(u"agenda_hint")
        self.agenda_hint.setProperty(u"role", u"hint")
        self.agenda_hint.setWordWrap(True)

        self.agenda_left.addWidget(self.agenda_hint)


        self.agenda_layout.addLayout(self.agenda_left)

        self.agenda_detail_form = QFormLayout()
        self.agenda_detail_form.setObjectName(u"agenda_detail_form")
        self.agenda_detail_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.agenda_title_label = QLabel(self.agenda_tab)
        self.agenda_title_label.setObjectName(u"agenda_title_label")

        self.agenda_detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agenda_title_label)

        self.agenda_title_edit = QLineEdit(self.agenda_tab)
        self.agenda_title_edit.setObjectName(u"agenda_title_edit")
        self.agenda_title_edit.setMaxLength(300)

        self.agenda_detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agenda_title_edit)

        self.agenda_title_error = QLabel(self.agenda_tab)
        self.agenda_title_error.setObjectName(u"agenda_title_error")
        self.agenda_title_error.setProperty(u"role", u"error")
        self.agenda_title_error.setWordWrap(True)

        self.agenda_detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agenda_title_error)

        self.agenda_notes_label = QLabel(self.agenda_tab)
        self.agenda_notes_label.setObjectName(u"agenda_notes_label")

        self.agenda_detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agenda_notes_label)

        self.agenda_notes_edit = QPlainTextEdit(self.agenda_tab)
        self.agenda_notes_edit.setObjectName(u"agenda_notes_edit")
        self.agenda_notes_edit.setTabChangesFocus(True)

        self.agenda_detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agenda_notes_edit)

        self.agenda_results_label = QLabel(self.agenda_tab)
        self.agenda_results_label.setObjectName(u"agenda_results_label")

        self.agenda_detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agenda_results_label)

        self.agenda_results_edit = QPlainTextEdit(self.agenda_tab)
        self.agenda_results_edit.setObjectName(u"agenda_results_edit")
        self.agenda_results_edit.setTabChangesFocus(True)

        self.agenda_detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agenda_results_edit)


        self.agenda_layout.addLayout(self.agenda_detail_form)

        self.editor_tabs.addTab(self.agenda_tab, "")
        self.attendance_tab = QWidget()
        self.attendance_tab.setObjectName(u"attendance_tab")
        self.attendance_layout = QVBoxLayout(self.attendance_tab)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.person_row = QHBoxLayout()
        self.person_row.setObjectName(u"person_row")
        self.person_row.setContentsMargins(0, 0, 0, 0)
        self.person_label = QLabel(self.attendance_tab)
        self.person_label.setObjectName(u"person_label")

        self.person_row.addWidget(self.person_label)

        self.person_combo = QComboBox(self.attendance_tab)
        self.person_combo.setObjectName(u"person_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.person_combo.sizePolicy().hasHeightForWidth())
        self.person_combo.setSizePolicy(sizePolicy)

        self.person_row.addWidget(self.person_combo)

        self.add_person_button = QPushButton(self.attendance_tab)
        self.add_person_button.setObjectName(u"add_person_button")

        self.person_row.addWidget(self.add_person_button)


        self.attendance_layout.addLayout(self.person_row)

        self.guest_row = QHBoxLayout()
        self.guest_row.setObjectName(u"guest_row")
        self.guest_row.setContentsMargins(0, 0, 0, 0)
        self.guest_label = QLabel(self.attendance_tab)
        self.guest_label.setObjectName(u"guest_label")

        self.guest_row.addWidget(self.guest_label)

        self.guest_name_edit = QLineEdit(self.attendance_tab)
        self.guest_name_edit.setObjectName(u"guest_name_edit")
        self.guest_name_edit.setMaxLength(300)

        self.guest_row.addWidget(self.guest_name_edit)

        self.guest_org_edit = QLineEdit(self.attendance_tab)
        self.guest_org_edit.setObjectName(u"guest_org_edit")
        self.guest_org_edit.setMaxLength(300)

        self.guest_row.addWidget(self.guest_org_edit)

        self.guest_sector_combo = QComboBox(self.attendance_tab)
        self.guest_sector_combo.setObjectName(u"guest_sector_combo")

        self.guest_row.addWidget(self.guest_sector_combo)

        self.add_guest_button = QPushButton(self.attendance_tab)
        self.add_guest_button.setObjectName(u"add_guest_button")

        self.guest_row.addWidget(self.add_guest_button)


        self.attendance_layout.addLayout(self.guest_row)

        self.attendance_error = QLabel(self.attendance_tab)
        self.attendance_error.setObjectName(u"attendance_error")
        self.attendance_error.setProperty(u"role", u"error")
        self.attendance_error.setWordWrap(True)

        self.attendance_layout.addWidget(self.attendance_error)

        self.attendance_table = QTableWidget(self.attendance_tab)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setAlternatingRowColors(True)
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.attendance_layout.addWidget(self.attendance_table)

        self.attendance_bottom = QHBoxLayout()
        self.attendance_bottom.setObjectName(u"attendance_bottom")
        self.attendance_bottom.setContentsMargins(0, 0, 0, 0)
        self.attendance_remove_button = QPushButton(self.attendance_tab)
        self.attendance_remove_button.setObjectName(u"attendance_remove_button")

        self.attendance_bottom.addWidget(self.attendance_remove_button)

        self.attendance_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendance_bottom.addItem(self.attendance_spacer)

        self.attendance_count_label = QLabel(self.attendance_tab)
        self.attendance_count_label.setObjectName(u"attendance_count_label")
        self.attendance_count_label.setProperty(u"role", u"hint")

        self.attendance_bottom.addWidget(self.attendance_count_label)


        self.attendance_layout.addLayout(self.attendance_bottom)

        self.editor_tabs.addTab(self.attendance_tab, "")
        self.results_tab = QWidget()
        self.results_tab.setObjectName(u"results_tab")
        self.results_layout = QVBoxLayout(self.results_tab)
        self.results_layout.setObjectName(u"results_layout")
        self.agreements_heading = QLabel(self.results_tab)
        self.agreements_heading.setObjectName(u"agreements_heading")
        self.agreements_heading.setProperty(u"role", u"heading")

        self.results_layout.addWidget(self.agreements_heading)

        self.agreements_list = QListWidget(self.results_tab)
        self.agreements_list.setObjectName(u"agreements_list")
        self.agreements_list.setAlternatingRowColors(True)
        self.agreements_list.setWordWrap(True)

        self.results_layout.addWidget(self.agreements_list)

        self.agreement_row = QHBoxLayout()
        self.agreement_row.setObjectName(u"agreement_row")
        self.agreement_row.setContentsMargins(0, 0, 0, 0)
        self.agreement_new_edit = QLineEdit(self.results_tab)
        self.agreement_new_edit.setObjectName(u"agreement_new_edit")
        self.agreement_new_edit.setMaxLength(2000)

        self.agreement_row.addWidget(self.agreement_new_edit)

        self.agreement_add_button = QPushButton(self.results_tab)
        self.agreement_add_button.setObjectName(u"agreement_add_button")

        self.agreement_row.addWidget(self.agreement_add_button)

        self.agreement_remove_button = QPushButton(self.results_tab)
        self.agreement_remove_button.setObjectName(u"agreement_remove_button")

        self.agreement_row.addWidget(self.agreement_remove_button)


        self.results_layout.addLayout(self.agreement_row)

        self.agreement_error = QLabel(self.results_tab)
        self.agreement_error.setObjectName(u"agreement_error")
        self.agreement_error.setProperty(u"role", u"error")
        self.agreement_error.setWordWrap(True)

        self.results_layout.addWidget(self.agreement_error)

        self.actions_heading = QLabel(self.results_tab)
        self.actions_heading.setObjectName(u"actions_heading")
        self.actions_heading.setProperty(u"role", u"heading")

        self.results_layout.addWidget(self.actions_heading)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.action_row.setContentsMargins(0, 0, 0, 0)
        self.action_title_edit = QLineEdit(self.results_tab)
        self.action_title_edit.setObjectName(u"action_title_edit")
        self.action_title_edit.setMaxLength(2000)

        self.action_row.addWidget(self.action_title_edit)

        self.action_responsible_combo = QComboBox(self.results_tab)
        self.action_responsible_combo.setObjectName(u"action_responsible_combo")
        self.action_responsible_combo.setEditable(True)
        self.action_responsible_combo.setMinimumContentsLength(18)

        self.action_row.addWidget(self.action_responsible_combo)

        self.action_due_edit = QDateEdit(self.results_tab)
        self.action_due_edit.setObjectName(u"action_due_edit")
        self.action_due_edit.setCalendarPopup(True)
        self.action_due_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.action_row.addWidget(self.action_due_edit)

        self.action_status_combo = QComboBox(self.results_tab)
        self.action_status_combo.setObjectName(u"action_status_combo")

        self.action_row.addWidget(self.action_status_combo)

        self.action_add_button = QPushButton(self.results_tab)
        self.action_add_button.setObjectName(u"action_add_button")

        self.action_row.addWidget(self.action_add_button)


        self.results_layout.addLayout(self.action_row)

        self.action_error = QLabel(self.results_tab)
        self.action_error.setObjectName(u"action_error")
        self.action_error.setProperty(u"role", u"error")
        self.action_error.setWordWrap(True)

        self.results_layout.addWidget(self.action_error)

        self.actions_table = QTableWidget(self.results_tab)
        self.actions_table.setObjectName(u"actions_table")
        self.actions_table.setAlternatingRowColors(True)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.results_layout.addWidget(self.actions_table)

        self.actions_bottom = QHBoxLayout()
        self.actions_bottom.setObjectName(u"actions_bottom")
        self.actions_bottom.setContentsMargins(0, 0, 0, 0)
        self.action_remove_button = QPushButton(self.results_tab)
        self.action_remove_button.setObjectName(u"action_remove_button")

        self.actions_bottom.addWidget(self.action_remove_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_bottom.addItem(self.actions_spacer)


        self.results_layout.addLayout(self.actions_bottom)

        self.editor_tabs.addTab(self.results_tab, "")
        self.files_tab = QWidget()
        self.files_tab.setObjectName(u"files_tab")
        self.files_layout = QVBoxLayout(self.files_tab)
        self.files_layout.setObjectName(u"files_layout")
        self.files_row = QHBoxLayout()
        self.files_row.setObjectName(u"files_row")
        self.files_row.setContentsMargins(0, 0, 0, 0)
        self.files_add_button = QPushButton(self.files_tab)
        self.files_add_button.setObjectName(u"files_add_button")

        self.files_row.addWidget(self.files_add_button)

        self.files_remove_button = QPushButton(self.files_tab)
        self.files_remove_button.setObjectName(u"files_remove_button")

        self.files_row.addWidget(self.files_remove_button)

        self.files_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.files_row.addItem(self.files_spacer)


        self.files_layout.addLayout(self.files_row)

        self.files_hint = QLabel(self.files_tab)
        self.files_hint.setObjectName(u"files_hint")
        self.files_hint.setProperty(u"role", u"hint")
        self.files_hint.setWordWrap(True)

        self.files_layout.addWidget(self.files_hint)

        self.files_error = QLabel(self.files_tab)
        self.files_error.setObjectName(u"files_error")
        self.files_error.setProperty(u"role", u"error")
        self.files_error.setWordWrap(True)

        self.files_layout.addWidget(self.files_error)

        self.files_list = QListWidget(self.files_tab)
        self.files_list.setObjectName(u"files_list")

        self.files_layout.addWidget(self.files_list)

        self.caption_row = QHBoxLayout()
        self.caption_row.setObjectName(u"caption_row")
        self.caption_row.setContentsMargins(0, 0, 0, 0)
        self.caption_label = QLabel(self.files_tab)
        self.caption_label.setObjectName(u"caption_label")

        self.caption_row.addWidget(self.caption_label)

        self.caption_edit = QLineEdit(self.files_tab)
        self.caption_edit.setObjectName(u"caption_edit")
        self.caption_edit.setMaxLength(500)

        self.caption_row.addWidget(self.caption_edit)


        self.files_layout.addLayout(self.caption_row)

        self.editor_tabs.addTab(self.files_tab, "")

        self.editor_layout.addWidget(self.editor_tabs)

        self.title_label.setBuddy(self.title_edit)
        self.format_label.setBuddy(self.format_combo)
        self.status_label.setBuddy(self.status_combo)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.venue_label.setBuddy(self.venue_edit)
        self.moderation_label.setBuddy(self.moderation_edit)
        self.minute_taker_label.setBuddy(self.minute_taker_edit)
        self.goals_label.setBuddy(self.goals_edit)
        self.agenda_title_label.setBuddy(self.agenda_title_edit)
        self.agenda_notes_label.setBuddy(self.agenda_notes_edit)
        self.agenda_results_label.setBuddy(self.agenda_results_edit)
        self.person_label.setBuddy(self.person_combo)
        self.guest_label.setBuddy(self.guest_name_edit)
        self.caption_label.setBuddy(self.caption_edit)

        self.retranslateUi(WorkshopEditor)

        QMetaObject.connectSlotsByName(WorkshopEditor)
    # setupUi

    def retranslateUi(self, WorkshopEditor):
        WorkshopEditor.setWindowTitle(QCoreApplication.translate("WorkshopEditor", u"Workshop", None))
        self.back_button.setText(QCoreApplication.translate("WorkshopEditor", u"\u2190 All workshops", None))
        self.protocol_button.setText(QCoreApplication.translate("WorkshopEditor", u"Protocol\u2026", None))
        self.sign_in_button.setText(QCoreApplication.translate("WorkshopEditor", u"Sign-in sheet\u2026", None))
        self.calendar_button.setText(QCoreApplication.translate("WorkshopEditor", u"Calendar file\u2026", None))
        self.title_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"e.g. Steering group meeting 3", None))
        self.format_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Format:", None))
        self.status_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Status:", None))
        self.start_label.setText(QCoreApplication.translate("WorkshopEditor", u"S&tart:", None))
        self.end_label.setText(QCoreApplication.translate("WorkshopEditor", u"&End:", None))
        self.venue_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Venue:", None))
        self.venue_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"e.g. Kreishaus, large meeting room", None))
        self.moderation_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Moderation:", None))
        self.minute_taker_label.setText(QCoreApplication.translate("WorkshopEditor", u"M&inutes:", None))
        self.goals_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Goals:", None))
        self.goals_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"What should the workshop achieve?", None))
        self.privacy_check.setText(QCoreApplication.translate("WorkshopEditor", u"List participants in the protocol by organisation only (no names)", None))
        self.protocol_label.setText(QCoreApplication.translate("WorkshopEditor", u"Protocol:", None))
        self.approved_by_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"approved by (name)", None))
        self.approve_button.setText(QCoreApplication.translate("WorkshopEditor", u"&Approve protocol", None))
        self.reopen_button.setText(QCoreApplication.translate("WorkshopEditor", u"Take the &approval back \u2026", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.general_tab), QCoreApplication.translate("WorkshopEditor", u"&General", None))
        self.agenda_up_button.setText(QCoreApplication.translate("WorkshopEditor", u"&Up", None))
        self.agenda_up_button.setToolTip(QCoreApplication.translate("WorkshopEditor", u"Move the agenda item up (Ctrl+Up)", None))
        self.agenda_down_button.setText(QCoreApplication.translate("WorkshopEditor", u"Do&wn", None))
        self.agenda_down_button.setToolTip(QCoreApplication.translate("WorkshopEditor", u"Move the agenda item down (Ctrl+Down)", None))
        self.agenda_remove_button.setText(QCoreApplication.translate("WorkshopEditor", u"&Remove", None))
        self.agenda_new_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"Title of a new agenda item", None))
        self.agenda_add_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add &item", None))
        self.agenda_hint.setText(QCoreApplication.translate("WorkshopEditor", u"Drag items or use Ctrl+Up / Ctrl+Down to change the order.", None))
        self.agenda_title_label.setText(QCoreApplication.translate("WorkshopEditor", u"T&itle:", None))
        self.agenda_notes_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Notes:", None))
        self.agenda_notes_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"Course of the discussion, contributions", None))
        self.agenda_results_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Results:", None))
        self.agenda_results_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"What was decided or found", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.agenda_tab), QCoreApplication.translate("WorkshopEditor", u"Agen&da", None))
        self.person_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Person:", None))
        self.add_person_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add &person", None))
        self.guest_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Guest:", None))
        self.guest_name_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"Name", None))
        self.guest_org_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"Organisation", None))
        self.guest_sector_combo.setToolTip(QCoreApplication.translate("WorkshopEditor", u"Sector of the guest", None))
        self.guest_sector_combo.setAccessibleName(QCoreApplication.translate("WorkshopEditor", u"Sector of the guest", None))
        self.add_guest_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add g&uest", None))
        self.attendance_remove_button.setText(QCoreApplication.translate("WorkshopEditor", u"&Remove", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.attendance_tab), QCoreApplication.translate("WorkshopEditor", u"Atte&ndance", None))
        self.agreements_heading.setText(QCoreApplication.translate("WorkshopEditor", u"Agreements", None))
        self.agreement_new_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"New agreement", None))
        self.agreement_add_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add a&greement", None))
        self.agreement_remove_button.setText(QCoreApplication.translate("WorkshopEditor", u"Remove", None))
        self.actions_heading.setText(QCoreApplication.translate("WorkshopEditor", u"Action items", None))
        self.action_title_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"What is to be done?", None))
        self.action_add_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add &task", None))
        self.action_remove_button.setText(QCoreApplication.translate("WorkshopEditor", u"Remove task", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.results_tab), QCoreApplication.translate("WorkshopEditor", u"Agreements && ta&sks", None))
        self.files_add_button.setText(QCoreApplication.translate("WorkshopEditor", u"Add &photos or files\u2026", None))
        self.files_remove_button.setText(QCoreApplication.translate("WorkshopEditor", u"&Remove", None))
        self.files_hint.setText(QCoreApplication.translate("WorkshopEditor", u"Photos of flip charts and whiteboards appear in the protocol with their caption. The original files are kept unchanged.", None))
        self.caption_label.setText(QCoreApplication.translate("WorkshopEditor", u"&Caption:", None))
        self.caption_edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", u"Caption of the selected photo", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.files_tab), QCoreApplication.translate("WorkshopEditor", u"P&hotos && files", None))
    # retranslateUi
