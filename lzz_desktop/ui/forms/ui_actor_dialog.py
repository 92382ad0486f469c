# Generated from forms/actor_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ActorDialog(object):
    def setupUi(self, ActorDialog):
        if not ActorDialog.objectName():
            ActorDialog.setObjectName(u"ActorDialog")
        ActorDialog.resize(900, 560)
        self.dialog_layout = QVBoxLayout(ActorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.general_form = QFormLayout()
        self.general_form.setObjectName(u"general_form")
        self.general_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.general_form.setVerticalSpacing(4)
        self.name_label = QLabel(ActorDialog)
        self.name_label.setObjectName(u"name_label")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ActorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(300)

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.similar_label = QLabel(ActorDialog)
        self.similar_label.setObjectName(u"similar_label")
        self.similar_label.setProperty(u"role", u"hint")
        self.similar_label.setWordWrap(True)

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.similar_label)

        self.name_error = QLabel(ActorDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setProperty(u"role", u"error")
        self.name_error.setWordWrap(True)

        self.general_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.kind_label = QLabel(ActorDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.general_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ActorDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.general_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.sector_label = QLabel(ActorDialog)
        self.sector_label.setObjectName(u"sector_label")

        self.general_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_combo = QComboBox(ActorDialog)
        self.sector_combo.setObjectName(u"sector_combo")

        self.general_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sector_combo)

        self.role_label = QLabel(ActorDialog)
        self.role_label.setObjectName(u"role_label")

        self.general_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QLineEdit(ActorDialog)
        self.role_edit.setObjectName(u"role_edit")
        self.role_edit.setMaxLength(300)

        self.general_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.organisation_label = QLabel(ActorDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.general_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(ActorDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.general_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.organisation_error = QLabel(ActorDialog)
        self.organisation_error.setObjectName(u"organisation_error")
        self.organisation_error.setProperty(u"role", u"error")
        self.organisation_error.setWordWrap(True)

        self.general_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.organisation_error)

        self.influence_label = QLabel(ActorDialog)
        self.influence_label.setObjectName(u"influence_label")

        self.general_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.influence_label)

        self.influence_spin = QSpinBox(ActorDialog)
        self.influence_spin.setObjectName(u"influence_spin")
        self.influence_spin.setMinimum(0)
        self.influence_spin.setMaximum(4)

        self.general_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.influence_spin)

        self.attitude_label = QLabel(ActorDialog)
        self.attitude_label.setObjectName(u"attitude_label")

        self.general_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.attitude_label)

        self.attitude_spin = QSpinBox(ActorDialog)
        self.attitude_spin.setObjectName(u"attitude_spin")
        self.attitude_spin.setMinimum(-2)
        self.attitude_spin.setMaximum(2)

        self.general_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.attitude_spin)

        self.interest_label = QLabel(ActorDialog)
        self.interest_label.setObjectName(u"interest_label")

        self.general_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.interest_label)

        self.interest_spin = QSpinBox(ActorDialog)
        self.interest_spin.setObjectName(u"interest_spin")
        self.interest_spin.setMinimum(0)
        self.interest_spin.setMaximum(4)

        self.general_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.interest_spin)

        self.values_error = QLabel(ActorDialog)
        self.values_error.setObjectName(u"values_error")
        self.values_error.setProperty(u"role", u"error")
        self.values_error.setWordWrap(True)

        self.general_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.values_error)

        self.tags_label = QLabel(ActorDialog)
        self.tags_label.setObjectName(u"tags_label")

        self.general_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags_edit = QLineEdit(ActorDialog)
        self.tags_edit.setObjectName(u"tags_edit")
        self.tags_edit.setMaxLength(1000)

        self.general_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.tags_edit)

        self.notes_label = QLabel(ActorDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.general_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(ActorDialog)
        self.notes_edit.setObjectName(u"notes_edit")

        self.general_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.columns_layout.addLayout(self.general_form)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.consent_group = QGroupBox(ActorDialog)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_group_layout = QVBoxLayout(self.consent_group)
        self.consent_group_layout.setObjectName(u"consent_group_layout")
        self.consent_form = QFormLayout()
        self.consent_form.setObjectName(u"consent_form")
        self.consent_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.consent_form.setVerticalSpacing(4)
        self.consent_label = QLabel(self.consent_group)
        self.consent_label.setObjectName(u"consent_label")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consent_label)

        self.consent_combo = QComboBox(self.consent_group)
        self.consent_combo.setObjectName(u"consent_combo")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consent_combo)

        self.given_on_label = QLabel(self.consent_group)
        self.given_on_label.setObjectName(u"given_on_label")

        self.consent_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_on_label)

        self.given_on_edit = QDateEdit(self.consent_group)
        self.given_on_edit.setObjectName(u"given_on_edit")
        self.given_on_edit.setCalendarPopup(True)

        self.consent_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_on_edit)

        self.consent_error = QLabel(self.consent_group)
        self.consent_error.setObjectName(u"consent_error")
        self.consent_error.setProperty(u"role", u"error")
        self.consent_error.setWordWrap(True)

        self.consent_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_error)

        self.method_label = QLabel(self.consent_group)
        self.method_label.setObjectName(u"method_label")

        self.consent_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_edit = QLineEdit(self.consent_group)
        self.method_edit.setObjectName(u"method_edit")
        self.method_edit.setMaxLength(200)

        self.consent_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.method_edit)

        self.scope_label = QLabel(self.consent_group)
        self.scope_label.setObjectName(u"scope_label")

        self.consent_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_edit = QLineEdit(self.consent_group)
        self.scope_edit.setObjectName(u"scope_edit")
        self.scope_edit.setMaxLength(1000)

        self.consent_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scope_edit)

        self.review_on_label = QLabel(self.consent_group)
        self.review_on_label.setObjectName(u"review_on_label")

        self.consent_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.review_on_label)

        self.review_on_edit = QDateEdit(self.consent_group)
        self.review_on_edit.setObjectName(u"review_on_edit")
        self.review_on_edit.setCalendarPopup(True)

        self.consent_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.review_on_edit)

        self.withdrawn_on_label = QLabel(self.consent_group)
        self.withdrawn_on_label.setObjectName(u"withdrawn_on_label")

        self.consent_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.withdrawn_on_label)

        self.withdrawn_on_edit = QDateEdit(self.consent_group)
        self.withdrawn_on_edit.setObjectName(u"withdrawn_on_edit")
        self.withdrawn_on_edit.setCalendarPopup(True)

        self.consent_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.withdrawn_on_edit)


        self.consent_group_layout.addLayout(self.consent_form)


        self.right_layout.addWidget(self.consent_group)

        self.contact_group = QGroupBox(ActorDialog)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_group_layout = QVBoxLayout(self.contact_group)
        self.contact_group_layout.setObjectName(u"contact_group_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.contact_form.setVerticalSpacing(4)
        self.contact_hint = QLabel(self.contact_group)
        self.contact_hint.setObjectName(u"contact_hint")
        self.contact_hint.setProperty(u"role", u"hint")
        self.contact_hint.setWordWrap(True)

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_hint)

        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.contact_group)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(300)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.contact_group)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(100)

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.address_label = QLabel(self.contact_group)
        self.address_label.setObjectName(u"address_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.contact_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(500)

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.contact_error = QLabel(self.contact_group)
        self.contact_error.setObjectName(u"contact_error")
        self.contact_error.setProperty(u"role", u"error")
        self.contact_error.setWordWrap(True)

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_error)


        self.contact_group_layout.addLayout(self.contact_form)


        self.right_layout.addWidget(self.contact_group)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_layout)


        self.dialog_layout.addLayout(self.columns_layout)

        self.button_box = QDialogButtonBox(ActorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.sector_label.setBuddy(self.sector_combo)
        self.role_label.setBuddy(self.role_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.influence_label.setBuddy(self.influence_spin)
        self.attitude_label.setBuddy(self.attitude_spin)
        self.interest_label.setBuddy(self.interest_spin)
        self.tags_label.setBuddy(self.tags_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.consent_label.setBuddy(self.consent_combo)
        self.given_on_label.setBuddy(self.given_on_edit)
        self.method_label.setBuddy(self.method_edit)
        self.scope_label.setBuddy(self.scope_edit)
        self.review_on_label.setBuddy(self.review_on_edit)
        self.withdrawn_on_label.setBuddy(self.withdrawn_on_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.address_label.setBuddy(self.address_edit)

        self.retranslateUi(ActorDialog)

        QMetaObject.connectSlotsByName(ActorDialog)
    # setupUi

    def retranslateUi(self, ActorDialog):
        ActorDialog.setWindowTitle(QCoreApplication.translate("ActorDialog", u"Actor", None))
        self.name_label.setText(QCoreApplication.translate("ActorDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. Caritasverband Goslar", None))
        self.kind_label.setText(QCoreApplication.translate("ActorDialog", u"&Kind:", None))
        self.sector_label.setText(QCoreApplication.translate("ActorDialog", u"&Sector:", None))
        self.role_label.setText(QCoreApplication.translate("ActorDialog", u"&Role / function:", None))
        self.role_edit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. head of the immigration office", None))
        self.organisation_label.setText(QCoreApplication.translate("ActorDialog", u"&Organisation:", None))
        self.influence_label.setText(QCoreApplication.translate("ActorDialog", u"&Influence (0\u20134):", None))
        self.attitude_label.setText(QCoreApplication.translate("ActorDialog", u"&Attitude (\u22122 \u2026 +2):", None))
        self.interest_label.setText(QCoreApplication.translate("ActorDialog", u"In&terest (0\u20134):", None))
        self.tags_label.setText(QCoreApplication.translate("ActorDialog", u"Ta&gs:", None))
        self.tags_edit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"comma-separated", None))
        self.notes_label.setText(QCoreApplication.translate("ActorDialog", u"N&otes:", None))
        self.consent_group.setTitle(QCoreApplication.translate("ActorDialog", u"Consent (GDPR)", None))
        self.consent_label.setText(QCoreApplication.translate("ActorDialog", u"&Status:", None))
        self.given_on_label.setText(QCoreApplication.translate("ActorDialog", u"&Given on:", None))
        self.method_label.setText(QCoreApplication.translate("ActorDialog", u"&How:", None))
        self.method_edit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. in writing, by e-mail", None))
        self.scope_label.setText(QCoreApplication.translate("ActorDialog", u"S&cope:", None))
        self.scope_edit.setPlaceholderText(QCoreApplication.translate("ActorDialog", u"e.g. invitations and minutes", None))
        self.review_on_label.setText(QCoreApplication.translate("ActorDialog", u"&Review on:", None))
        self.review_on_edit.setToolTip(QCoreApplication.translate("ActorDialog", u"When to check the consent again with the person (a year after it was given, unless you choose a date)", None))
        self.withdrawn_on_label.setText(QCoreApplication.translate("ActorDialog", u"&Withdrawn on:", None))
        self.contact_group.setTitle(QCoreApplication.translate("ActorDialog", u"Contact", None))
        self.email_label.setText(QCoreApplication.translate("ActorDialog", u"&E-mail:", None))
        self.phone_label.setText(QCoreApplication.translate("ActorDialog", u"&Phone:", None))
        self.address_label.setText(QCoreApplication.translate("ActorDialog", u"A&ddress:", None))
    # retranslateUi
