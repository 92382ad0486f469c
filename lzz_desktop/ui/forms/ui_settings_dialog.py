# Generated from forms/settings_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(460, 250)
        self.dialog_layout = QVBoxLayout(SettingsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.display_name_label = QLabel(SettingsDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(SettingsDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.language_label = QLabel(SettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(SettingsDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_hint = QLabel(SettingsDialog)
        self.language_hint.setObjectName(u"language_hint")
        self.language_hint.setWordWrap(True)
        self.language_hint.setProperty(u"role", u"hint")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_hint)

        self.sync_interval_label = QLabel(SettingsDialog)
        self.sync_interval_label.setObjectName(u"sync_interval_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sync_interval_label)

        self.sync_interval_spin = QSpinBox(SettingsDialog)
        self.sync_interval_spin.setObjectName(u"sync_interval_spin")
        self.sync_interval_spin.setMinimum(0)
        self.sync_interval_spin.setMaximum(1440)
        self.sync_interval_spin.setSingleStep(5)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sync_interval_spin)


        self.dialog_layout.addLayout(self.form_layout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.spacer)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.display_name_label.setBuddy(self.display_name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.sync_interval_label.setBuddy(self.sync_interval_spin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.display_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Your &name:", None))
        self.display_name_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"shown as author of your changes", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.language_hint.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect at the next start.", None))
        self.sync_interval_label.setText(QCoreApplication.translate("SettingsDialog", u"&Synchronise every:", None))
        self.sync_interval_spin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"only by hand", None))
        self.sync_interval_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
    # retranslateUi
