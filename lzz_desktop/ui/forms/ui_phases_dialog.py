# Generated from forms/phases_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PhasesDialog(object):
    def setupUi(self, PhasesDialog):
        if not PhasesDialog.objectName():
            PhasesDialog.setObjectName(u"PhasesDialog")
        PhasesDialog.resize(760, 640)
        self.dialog_layout = QVBoxLayout(PhasesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PhasesDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.phase_list = QListWidget(PhasesDialog)
        self.phase_list.setObjectName(u"phase_list")
        self.phase_list.setMinimumSize(QSize(220, 0))

        self.list_layout.addWidget(self.phase_list)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.new_button = QPushButton(PhasesDialog)
        self.new_button.setObjectName(u"new_button")

        self.list_buttons.addWidget(self.new_button)

        self.delete_button = QPushButton(PhasesDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.list_buttons.addWidget(self.delete_button)


        self.list_layout.addLayout(self.list_buttons)


        self.columns_layout.addLayout(self.list_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(4)
        self.name_label = QLabel(PhasesDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PhasesDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.years_label = QLabel(PhasesDialog)
        self.years_label.setObjectName(u"years_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years_layout = QHBoxLayout()
        self.years_layout.setObjectName(u"years_layout")
        self.start_spin = QSpinBox(PhasesDialog)
        self.start_spin.setObjectName(u"start_spin")
        self.start_spin.setMinimum(2015)
        self.start_spin.setMaximum(2100)

        self.years_layout.addWidget(self.start_spin)

        self.to_label = QLabel(PhasesDialog)
        self.to_label.setObjectName(u"to_label")

        self.years_layout.addWidget(self.to_label)

        self.end_spin = QSpinBox(PhasesDialog)
        self.end_spin.setObjectName(u"end_spin")
        self.end_spin.setMinimum(2015)
        self.end_spin.setMaximum(2100)

        self.years_layout.addWidget(self.end_spin)

        self.years_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_layout.addItem(self.years_spacer)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.years_layout)

        self.notes_label = QLabel(PhasesDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(PhasesDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.stages_label = QLabel(PhasesDialog)
        self.stages_label.setObjectName(u"stages_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stages_label)

        self.stages_edit = QPlainTextEdit(PhasesDialog)
        self.stages_edit.setObjectName(u"stages_edit")
        self.stages_edit.setMaximumSize(QSize(16777215, 120))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stages_edit)

        self.districts_label = QLabel(PhasesDialog)
        self.districts_label.setObjectName(u"districts_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.districts_label)

        self.district_list = QListWidget(PhasesDialog)
        self.district_list.setObjectName(u"district_list")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.district_list)

        self.error_label = QLabel(PhasesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"role", u"error")
        self.error_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.error_label)

        self.save_button = QPushButton(PhasesDialog)
        self.save_button.setObjectName(u"save_button")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.save_button)


        self.columns_layout.addLayout(self.form_layout)


        self.dialog_layout.addLayout(self.columns_layout)

        self.button_box = QDialogButtonBox(PhasesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.years_label.setBuddy(self.start_spin)
        self.notes_label.setBuddy(self.notes_edit)
        self.stages_label.setBuddy(self.stages_edit)
        self.districts_label.setBuddy(self.district_list)
        QWidget.setTabOrder(self.phase_list, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.start_spin)
        QWidget.setTabOrder(self.start_spin, self.end_spin)
        QWidget.setTabOrder(self.end_spin, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.stages_edit)
        QWidget.setTabOrder(self.stages_edit, self.district_list)
        QWidget.setTabOrder(self.district_list, self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.delete_button)

        self.retranslateUi(PhasesDialog)

        QMetaObject.connectSlotsByName(PhasesDialog)
    # setupUi

    def retranslateUi(self, PhasesDialog):
        PhasesDialog.setWindowTitle(QCoreApplication.translate("PhasesDialog", u"Programme phases", None))
        self.intro_label.setText(QCoreApplication.translate("PhasesDialog", u"The programme's phases and the districts each one accompanies. Changes are shared with every device at the next sync; only the programme office can make them.", None))
        self.new_button.setText(QCoreApplication.translate("PhasesDialog", u"&New phase", None))
        self.delete_button.setText(QCoreApplication.translate("PhasesDialog", u"&Delete", None))
        self.name_label.setText(QCoreApplication.translate("PhasesDialog", u"N&ame:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PhasesDialog", u"e.g. Programmphase 2025\u20132026", None))
        self.years_label.setText(QCoreApplication.translate("PhasesDialog", u"&Years:", None))
        self.to_label.setText(QCoreApplication.translate("PhasesDialog", u"to", None))
        self.notes_label.setText(QCoreApplication.translate("PhasesDialog", u"N&otes:", None))
        self.stages_label.setText(QCoreApplication.translate("PhasesDialog", u"S&tages (one per line):", None))
        self.stages_edit.setToolTip(QCoreApplication.translate("PhasesDialog", u"The stages of a district's year in this phase, in order. The programme's stages when left as they are.", None))
        self.districts_label.setText(QCoreApplication.translate("PhasesDialog", u"D&istricts:", None))
        self.save_button.setText(QCoreApplication.translate("PhasesDialog", u"&Save phase", None))
    # retranslateUi
