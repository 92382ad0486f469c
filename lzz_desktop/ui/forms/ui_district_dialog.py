# Generated from forms/district_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DistrictDialog(object):
    def setupUi(self, DistrictDialog):
        if not DistrictDialog.objectName():
            DistrictDialog.setObjectName(u"DistrictDialog")
        DistrictDialog.resize(560, 520)
        self.dialog_layout = QVBoxLayout(DistrictDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(4)
        self.name_label = QLabel(DistrictDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(DistrictDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(DistrictDialog)
        self.name_error.setObjectName(u"name_error")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.name_error.sizePolicy().hasHeightForWidth())
        self.name_error.setSizePolicy(sizePolicy)
        self.name_error.setProperty(u"role", u"error")
        self.name_error.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.state_label = QLabel(DistrictDialog)
        self.state_label.setObjectName(u"state_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.state_label)

        self.state_combo = QComboBox(DistrictDialog)
        self.state_combo.setObjectName(u"state_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.state_combo)

        self.state_error = QLabel(DistrictDialog)
        self.state_error.setObjectName(u"state_error")
        sizePolicy.setHeightForWidth(self.state_error.sizePolicy().hasHeightForWidth())
        self.state_error.setSizePolicy(sizePolicy)
        self.state_error.setProperty(u"role", u"error")
        self.state_error.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.state_error)

        self.ags_label = QLabel(DistrictDialog)
        self.ags_label.setObjectName(u"ags_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ags_label)

        self.ags_edit = QLineEdit(DistrictDialog)
        self.ags_edit.setObjectName(u"ags_edit")
        self.ags_edit.setMaxLength(20)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ags_edit)

        self.ags_error = QLabel(DistrictDialog)
        self.ags_error.setObjectName(u"ags_error")
        sizePolicy.setHeightForWidth(self.ags_error.sizePolicy().hasHeightForWidth())
        self.ags_error.setSizePolicy(sizePolicy)
        self.ags_error.setProperty(u"role", u"error")
        self.ags_error.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ags_error)

        self.phase_label = QLabel(DistrictDialog)
        self.phase_label.setObjectName(u"phase_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase_combo = QComboBox(DistrictDialog)
        self.phase_combo.setObjectName(u"phase_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phase_combo)

        self.consultancy_label = QLabel(DistrictDialog)
        self.consultancy_label.setObjectName(u"consultancy_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consultancy_label)

        self.consultancy_combo = QComboBox(DistrictDialog)
        self.consultancy_combo.setObjectName(u"consultancy_combo")
        self.consultancy_combo.setEditable(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.consultancy_combo)

        self.start_label = QLabel(DistrictDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_row = QHBoxLayout()
        self.start_row.setObjectName(u"start_row")
        self.start_check = QCheckBox(DistrictDialog)
        self.start_check.setObjectName(u"start_check")

        self.start_row.addWidget(self.start_check)

        self.start_date = QDateEdit(DistrictDialog)
        self.start_date.setObjectName(u"start_date")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(u"dd.MM.yyyy")

        self.start_row.addWidget(self.start_date)

        self.start_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_row.addItem(self.start_spacer)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.start_row)

        self.end_label = QLabel(DistrictDialog)
        self.end_label.setObjectName(u"end_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_row = QHBoxLayout()
        self.end_row.setObjectName(u"end_row")
        self.end_check = QCheckBox(DistrictDialog)
        self.end_check.setObjectName(u"end_check")

        self.end_row.addWidget(self.end_check)

        self.end_date = QDateEdit(DistrictDialog)
        self.end_date.setObjectName(u"end_date")
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat(u"dd.MM.yyyy")

        self.end_row.addWidget(self.end_date)

        self.end_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.end_row.addItem(self.end_spacer)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.end_row)

        self.end_error = QLabel(DistrictDialog)
        self.end_error.setObjectName(u"end_error")
        sizePolicy.setHeightForWidth(self.end_error.sizePolicy().hasHeightForWidth())
        self.end_error.setSizePolicy(sizePolicy)
        self.end_error.setProperty(u"role", u"error")
        self.end_error.setWordWrap(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.end_error)

        self.notes_label = QLabel(DistrictDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(DistrictDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(DistrictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.state_label.setBuddy(self.state_combo)
        self.ags_label.setBuddy(self.ags_edit)
        self.phase_label.setBuddy(self.phase_combo)
        self.consultancy_label.setBuddy(self.consultancy_combo)
        self.start_label.setBuddy(self.start_check)
        self.end_label.setBuddy(self.end_check)
        self.notes_label.setBuddy(self.notes_edit)
        QWidget.setTabOrder(self.name_edit, self.state_combo)
        QWidget.setTabOrder(self.state_combo, self.ags_edit)
        QWidget.setTabOrder(self.ags_edit, self.phase_combo)
        QWidget.setTabOrder(self.phase_combo, self.consultancy_combo)
        QWidget.setTabOrder(self.consultancy_combo, self.start_check)
        QWidget.setTabOrder(self.start_check, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_check)
        QWidget.setTabOrder(self.end_check, self.end_date)
        QWidget.setTabOrder(self.end_date, self.notes_edit)

        self.retranslateUi(DistrictDialog)

        QMetaObject.connectSlotsByName(DistrictDialog)
    # setupUi

    def retranslateUi(self, DistrictDialog):
        DistrictDialog.setWindowTitle(QCoreApplication.translate("DistrictDialog", u"District", None))
        self.name_label.setText(QCoreApplication.translate("DistrictDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DistrictDialog", u"e.g. Landkreis Goslar", None))
        self.state_label.setText(QCoreApplication.translate("DistrictDialog", u"Federal &state:", None))
        self.state_combo.setPlaceholderText(QCoreApplication.translate("DistrictDialog", u"Choose the federal state", None))
        self.ags_label.setText(QCoreApplication.translate("DistrictDialog", u"&AGS key:", None))
        self.ags_edit.setPlaceholderText(QCoreApplication.translate("DistrictDialog", u"8 digits, optional", None))
        self.phase_label.setText(QCoreApplication.translate("DistrictDialog", u"Programme &phase:", None))
        self.consultancy_label.setText(QCoreApplication.translate("DistrictDialog", u"&Consultancy:", None))
        self.consultancy_combo.setToolTip(QCoreApplication.translate("DistrictDialog", u"The consultancy that accompanies the district (e.g. Kompetus, Ramboll)", None))
        self.start_label.setText(QCoreApplication.translate("DistrictDialog", u"Process s&tart:", None))
        self.start_check.setText(QCoreApplication.translate("DistrictDialog", u"set", None))
        self.end_label.setText(QCoreApplication.translate("DistrictDialog", u"Process e&nd:", None))
        self.end_check.setText(QCoreApplication.translate("DistrictDialog", u"set", None))
        self.notes_label.setText(QCoreApplication.translate("DistrictDialog", u"N&otes:", None))
    # retranslateUi
