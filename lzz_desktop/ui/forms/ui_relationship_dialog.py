# Generated from forms/relationship_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_RelationshipDialog(object):
    def setupUi(self, RelationshipDialog):
        if not RelationshipDialog.objectName():
            RelationshipDialog.setObjectName(u"RelationshipDialog")
        RelationshipDialog.resize(520, 300)
        self.dialog_layout = QVBoxLayout(RelationshipDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.form_layout.setVerticalSpacing(4)
        self.source_label = QLabel(RelationshipDialog)
        self.source_label.setObjectName(u"source_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_combo = QComboBox(RelationshipDialog)
        self.source_combo.setObjectName(u"source_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_combo)

        self.target_label = QLabel(RelationshipDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(RelationshipDialog)
        self.target_combo.setObjectName(u"target_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_combo)

        self.target_error = QLabel(RelationshipDialog)
        self.target_error.setObjectName(u"target_error")
        self.target_error.setProperty(u"role", u"error")
        self.target_error.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.target_error)

        self.kind_label = QLabel(RelationshipDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(RelationshipDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.strength_label = QLabel(RelationshipDialog)
        self.strength_label.setObjectName(u"strength_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.strength_label)

        self.strength_spin = QSpinBox(RelationshipDialog)
        self.strength_spin.setObjectName(u"strength_spin")
        self.strength_spin.setMinimum(1)
        self.strength_spin.setMaximum(3)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strength_spin)

        self.directed_check = QCheckBox(RelationshipDialog)
        self.directed_check.setObjectName(u"directed_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.directed_check)

        self.note_label = QLabel(RelationshipDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(RelationshipDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(1000)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(RelationshipDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.source_label.setBuddy(self.source_combo)
        self.target_label.setBuddy(self.target_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.strength_label.setBuddy(self.strength_spin)
        self.note_label.setBuddy(self.note_edit)

        self.retranslateUi(RelationshipDialog)

        QMetaObject.connectSlotsByName(RelationshipDialog)
    # setupUi

    def retranslateUi(self, RelationshipDialog):
        RelationshipDialog.setWindowTitle(QCoreApplication.translate("RelationshipDialog", u"Relationship", None))
        self.source_label.setText(QCoreApplication.translate("RelationshipDialog", u"&From:", None))
        self.target_label.setText(QCoreApplication.translate("RelationshipDialog", u"&To:", None))
        self.kind_label.setText(QCoreApplication.translate("RelationshipDialog", u"T&ype:", None))
        self.strength_label.setText(QCoreApplication.translate("RelationshipDialog", u"&Strength (1\u20133):", None))
        self.directed_check.setText(QCoreApplication.translate("RelationshipDialog", u"&Directed (from \u2192 to)", None))
        self.note_label.setText(QCoreApplication.translate("RelationshipDialog", u"&Note:", None))
    # retranslateUi
