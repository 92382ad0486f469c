# Generated from forms/concept_editor.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QToolButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ConceptEditor(object):
    def setupUi(self, ConceptEditor):
        if not ConceptEditor.objectName():
            ConceptEditor.setObjectName(u"ConceptEditor")
        ConceptEditor.resize(1000, 700)
        self.editor_layout = QVBoxLayout(ConceptEditor)
        self.editor_layout.setSpacing(6)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(12, 8, 12, 8)
        self.banner_label = QLabel(ConceptEditor)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setProperty(u"role", u"banner")
        self.banner_label.setWordWrap(True)
        self.banner_label.setVisible(False)

        self.editor_layout.addWidget(self.banner_label)

        self.stack = QStackedWidget(ConceptEditor)
        self.stack.setObjectName(u"stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setProperty(u"role", u"heading")
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.create_row = QHBoxLayout()
        self.create_row.setObjectName(u"create_row")
        self.template_combo = QComboBox(self.empty_page)
        self.template_combo.setObjectName(u"template_combo")

        self.create_row.addWidget(self.template_combo)

        self.create_button = QPushButton(self.empty_page)
        self.create_button.setObjectName(u"create_button")

        self.create_row.addWidget(self.create_button)

        self.create_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.create_row.addItem(self.create_spacer)


        self.empty_layout.addLayout(self.create_row)

        self.empty_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_spacer)

        self.stack.addWidget(self.empty_page)
        self.concept_page = QWidget()
        self.concept_page.setObjectName(u"concept_page")
        self.concept_layout = QVBoxLayout(self.concept_page)
        self.concept_layout.setObjectName(u"concept_layout")
        self.concept_layout.setContentsMargins(0, 0, 0, 0)
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title_label = QLabel(self.concept_page)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"Integrationskonzept")
        self.title_label.setProperty(u"role", u"heading")

        self.header_row.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.status_label = QLabel(self.concept_page)
        self.status_label.setObjectName(u"status_label")

        self.header_row.addWidget(self.status_label)

        self.status_combo = QComboBox(self.concept_page)
        self.status_combo.setObjectName(u"status_combo")

        self.header_row.addWidget(self.status_combo)

        self.decided_label = QLabel(self.concept_page)
        self.decided_label.setObjectName(u"decided_label")

        self.header_row.addWidget(self.decided_label)

        self.decided_on_edit = QDateEdit(self.concept_page)
        self.decided_on_edit.setObjectName(u"decided_on_edit")
        self.decided_on_edit.setCalendarPopup(True)
        self.decided_on_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.header_row.addWidget(self.decided_on_edit)

        self.total_progress = QProgressBar(self.concept_page)
        self.total_progress.setObjectName(u"total_progress")
        self.total_progress.setMaximumWidth(160)

        self.header_row.addWidget(self.total_progress)


        self.concept_layout.addLayout(self.header_row)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.save_state_label = QLabel(self.concept_page)
        self.save_state_label.setObjectName(u"save_state_label")
        self.save_state_label.setProperty(u"role", u"hint")

        self.action_row.addWidget(self.save_state_label)

        self.status_error = QLabel(self.concept_page)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setProperty(u"role", u"error")

        self.action_row.addWidget(self.status_error)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.upgrade_button = QPushButton(self.concept_page)
        self.upgrade_button.setObjectName(u"upgrade_button")

        self.action_row.addWidget(self.upgrade_button)

        self.save_version_button = QPushButton(self.concept_page)
        self.save_version_button.setObjectName(u"save_version_button")

        self.action_row.addWidget(self.save_version_button)

        self.versions_button = QPushButton(self.concept_page)
        self.versions_button.setObjectName(u"versions_button")

        self.action_row.addWidget(self.versions_button)

        self.print_button = QPushButton(self.concept_page)
        self.print_button.setObjectName(u"print_button")

        self.action_row.addWidget(self.print_button)

        self.export_button = QPushButton(self.concept_page)
        self.export_button.setObjectName(u"export_button")

        self.action_row.addWidget(self.export_button)


        self.concept_layout.addLayout(self.action_row)

        self.splitter = QSplitter(self.concept_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.outline = QTreeWidget(self.splitter)
        self.outline.setObjectName(u"outline")
        self.outline.setMinimumWidth(220)
        self.outline.setRootIsDecorated(False)
        self.outline.setColumnCount(2)
        self.splitter.addWidget(self.outline)
        self.section_panel = QWidget(self.splitter)
        self.section_panel.setObjectName(u"section_panel")
        self.section_layout = QVBoxLayout(self.section_panel)
        self.section_layout.setObjectName(u"section_layout")
        self.section_layout.setContentsMargins(4, 0, 4, 0)
        self.section_title_label = QLabel(self.section_panel)
        self.section_title_label.setObjectName(u"section_title_label")
        self.section_title_label.setText(u"1 Abschnitt")
        self.section_title_label.setProperty(u"role", u"section-title")
        self.section_title_label.setWordWrap(True)

        self.section_layout.addWidget(self.section_title_label)

        self.format_row = QHBoxLayout()
        self.format_row.setObjectName(u"format_row")
        self.heading_button = QToolButton(self.section_panel)
        self.heading_button.setObjectName(u"heading_button")
        self.heading_button.setCheckable(True)

        self.format_row.addWidget(self.heading_button)

        self.bold_button = QToolButton(self.section_panel)
        self.bold_button.setObjectName(u"bold_button")
        self.bold_button.setCheckable(True)

        self.format_row.addWidget(self.bold_button)

        self.italic_button = QToolButton(self.section_panel)
        self.italic_button.setObjectName(u"italic_button")
        self.italic_button.setCheckable(True)

        self.format_row.addWidget(self.italic_button)

        self.bullet_button = QToolButton(self.section_panel)
        self.bullet_button.setObjectName(u"bullet_button")

        self.format_row.addWidget(self.bullet_button)

        self.numbered_button = QToolButton(self.section_panel)
        self.numbered_button.setObjectName(u"numbered_button")

        self.format_row.addWidget(self.numbered_button)

        self.format_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.format_row.addItem(self.format_spacer)

        self.section_state_label = QLabel(self.section_panel)
        self.section_state_label.setObjectName(u"section_state_label")
        self.section_state_label.setProperty(u"role", u"hint")

        self.format_row.addWidget(self.section_state_label)


        self.section_layout.addLayout(self.format_row)

        self.section_splitter = QSplitter(self.section_panel)
        self.section_splitter.setObjectName(u"section_splitter")
        self.section_splitter.setOrientation(Qt.Vertical)
        self.section_splitter.setChildrenCollapsible(False)
        self.text_host = QWidget(self.section_splitter)
        self.text_host.setObjectName(u"text_host")
        self.text_host_layout = QVBoxLayout(self.text_host)
        self.text_host_layout.setObjectName(u"text_host_layout")
        self.text_host_layout.setContentsMargins(0, 0, 0, 0)
        self.section_splitter.addWidget(self.text_host)
        self.fields_scroll = QScrollArea(self.section_splitter)
        self.fields_scroll.setObjectName(u"fields_scroll")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.NoFrame)
        self.fields_host = QWidget()
        self.fields_host.setObjectName(u"fields_host")
        self.fields_host_layout = QVBoxLayout(self.fields_host)
        self.fields_host_layout.setObjectName(u"fields_host_layout")
        self.fields_host_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_scroll.setWidget(self.fields_host)
        self.section_splitter.addWidget(self.fields_scroll)

        self.section_layout.addWidget(self.section_splitter)

        self.section_error = QLabel(self.section_panel)
        self.section_error.setObjectName(u"section_error")
        self.section_error.setProperty(u"role", u"error")
        self.section_error.setWordWrap(True)

        self.section_layout.addWidget(self.section_error)

        self.splitter.addWidget(self.section_panel)
        self.side_panel = QWidget(self.splitter)
        self.side_panel.setObjectName(u"side_panel")
        self.side_panel.setMinimumWidth(260)
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(4, 0, 0, 0)
        self.guidance_label = QLabel(self.side_panel)
        self.guidance_label.setObjectName(u"guidance_label")
        self.guidance_label.setProperty(u"role", u"guidance")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setTextFormat(Qt.RichText)
        self.guidance_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.side_layout.addWidget(self.guidance_label)

        self.origins_label = QLabel(self.side_panel)
        self.origins_label.setObjectName(u"origins_label")
        self.origins_label.setWordWrap(True)
        self.origins_label.setTextFormat(Qt.RichText)

        self.side_layout.addWidget(self.origins_label)

        self.link_button = QPushButton(self.side_panel)
        self.link_button.setObjectName(u"link_button")

        self.side_layout.addWidget(self.link_button)

        self.learning_button = QPushButton(self.side_panel)
        self.learning_button.setObjectName(u"learning_button")

        self.side_layout.addWidget(self.learning_button)

        self.comments_heading = QLabel(self.side_panel)
        self.comments_heading.setObjectName(u"comments_heading")
        self.comments_heading.setProperty(u"role", u"heading")

        self.side_layout.addWidget(self.comments_heading)

        self.comments_list = QListWidget(self.side_panel)
        self.comments_list.setObjectName(u"comments_list")
        self.comments_list.setWordWrap(True)
        self.comments_list.setAlternatingRowColors(True)

        self.side_layout.addWidget(self.comments_list)

        self.comment_edit = QPlainTextEdit(self.side_panel)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setMaximumHeight(70)

        self.side_layout.addWidget(self.comment_edit)

        self.comment_row = QHBoxLayout()
        self.comment_row.setObjectName(u"comment_row")
        self.comment_error = QLabel(self.side_panel)
        self.comment_error.setObjectName(u"comment_error")
        self.comment_error.setProperty(u"role", u"error")

        self.comment_row.addWidget(self.comment_error)

        self.comment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.comment_row.addItem(self.comment_spacer)

        self.add_comment_button = QPushButton(self.side_panel)
        self.add_comment_button.setObjectName(u"add_comment_button")

        self.comment_row.addWidget(self.add_comment_button)


        self.side_layout.addLayout(self.comment_row)

        self.splitter.addWidget(self.side_panel)

        self.concept_layout.addWidget(self.splitter)

        self.stack.addWidget(self.concept_page)

        self.editor_layout.addWidget(self.stack)

        self.status_label.setBuddy(self.status_combo)
        self.decided_label.setBuddy(self.decided_on_edit)

        self.retranslateUi(ConceptEditor)

        QMetaObject.connectSlotsByName(ConceptEditor)
    # setupUi

    def retranslateUi(self, ConceptEditor):
        self.empty_label.setText(QCoreApplication.translate("ConceptEditor", u"This district has no concept draft yet. Choose a template to start one.", None))
        self.create_button.setText(QCoreApplication.translate("ConceptEditor", u"Start concept", None))
        self.status_label.setText(QCoreApplication.translate("ConceptEditor", u"Status:", None))
        self.decided_label.setText(QCoreApplication.translate("ConceptEditor", u"Council decision:", None))
        self.upgrade_button.setText(QCoreApplication.translate("ConceptEditor", u"Update template\u2026", None))
        self.save_version_button.setText(QCoreApplication.translate("ConceptEditor", u"Save version\u2026", None))
        self.versions_button.setText(QCoreApplication.translate("ConceptEditor", u"Versions\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ConceptEditor", u"Print\u2026", None))
        self.print_button.setToolTip(QCoreApplication.translate("ConceptEditor", u"Print preview of the concept as it is exported (Ctrl+P)", None))
        self.export_button.setText(QCoreApplication.translate("ConceptEditor", u"Save as", None))
        self.export_button.setToolTip(QCoreApplication.translate("ConceptEditor", u"Save the concept as a PDF or Word document", None))
        ___qtreewidgetitem = self.outline.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConceptEditor", u"Done", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConceptEditor", u"Section", None))
        self.heading_button.setText(QCoreApplication.translate("ConceptEditor", u"Heading", None))
        self.heading_button.setAccessibleName(QCoreApplication.translate("ConceptEditor", u"Heading", None))
        self.bold_button.setText(QCoreApplication.translate("ConceptEditor", u"Bold", None))
        self.bold_button.setAccessibleName(QCoreApplication.translate("ConceptEditor", u"Bold", None))
        self.italic_button.setText(QCoreApplication.translate("ConceptEditor", u"Italic", None))
        self.italic_button.setAccessibleName(QCoreApplication.translate("ConceptEditor", u"Italic", None))
        self.bullet_button.setText(QCoreApplication.translate("ConceptEditor", u"List", None))
        self.bullet_button.setAccessibleName(QCoreApplication.translate("ConceptEditor", u"List", None))
        self.numbered_button.setText(QCoreApplication.translate("ConceptEditor", u"Numbered list", None))
        self.numbered_button.setAccessibleName(QCoreApplication.translate("ConceptEditor", u"Numbered list", None))
        self.link_button.setText(QCoreApplication.translate("ConceptEditor", u"Link agreement from a workshop\u2026", None))
        self.learning_button.setText(QCoreApplication.translate("ConceptEditor", u"Use a learning\u2026", None))
        self.learning_button.setToolTip(QCoreApplication.translate("ConceptEditor", u"Use a learning (\"Impuls\") from a programme event in this section", None))
        self.comments_heading.setText(QCoreApplication.translate("ConceptEditor", u"Comments", None))
        self.comment_edit.setPlaceholderText(QCoreApplication.translate("ConceptEditor", u"Write a comment on this section\u2026", None))
        self.add_comment_button.setText(QCoreApplication.translate("ConceptEditor", u"Add comment", None))
        pass
    # retranslateUi
