# Generated from forms/new_account_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewAccountDialog(object):
    def setupUi(self, NewAccountDialog):
        if not NewAccountDialog.objectName():
            NewAccountDialog.setObjectName(u"NewAccountDialog")
        NewAccountDialog.resize(460, 480)
        self.dialog_layout = QVBoxLayout(NewAccountDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.name_label = QLabel(NewAccountDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(NewAccountDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(NewAccountDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(NewAccountDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.consultancy_label = QLabel(NewAccountDialog)
        self.consultancy_label.setObjectName(u"consultancy_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consultancy_label)

        self.consultancy_edit = QLineEdit(NewAccountDialog)
        self.consultancy_edit.setObjectName(u"consultancy_edit")
        self.consultancy_edit.setMaxLength(200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consultancy_edit)

        self.password_label = QLabel(NewAccountDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(NewAccountDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.password_edit.setMaxLength(1000)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_label = QLabel(NewAccountDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat_edit = QLineEdit(NewAccountDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.Password)
        self.repeat_edit.setMaxLength(1000)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat_edit)

        self.districts_label = QLabel(NewAccountDialog)
        self.districts_label.setObjectName(u"districts_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.districts_label)

        self.district_list = QListWidget(NewAccountDialog)
        self.district_list.setObjectName(u"district_list")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.district_list)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(NewAccountDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setProperty(u"role", u"error")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(NewAccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.consultancy_label.setBuddy(self.consultancy_edit)
        self.password_label.setBuddy(self.password_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.districts_label.setBuddy(self.district_list)
        QWidget.setTabOrder(self.name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.consultancy_edit)
        QWidget.setTabOrder(self.consultancy_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.district_list)

        self.retranslateUi(NewAccountDialog)

        QMetaObject.connectSlotsByName(NewAccountDialog)
    # setupUi

    def retranslateUi(self, NewAccountDialog):
        NewAccountDialog.setWindowTitle(QCoreApplication.translate("NewAccountDialog", u"Create account", None))
        self.name_label.setText(QCoreApplication.translate("NewAccountDialog", u"&User name:", None))
        self.role_label.setText(QCoreApplication.translate("NewAccountDialog", u"&Role:", None))
        self.consultancy_label.setText(QCoreApplication.translate("NewAccountDialog", u"C&onsultancy:", None))
        self.consultancy_edit.setPlaceholderText(QCoreApplication.translate("NewAccountDialog", u"e.g. Kompetus (consultants only)", None))
        self.password_label.setText(QCoreApplication.translate("NewAccountDialog", u"&Password:", None))
        self.repeat_label.setText(QCoreApplication.translate("NewAccountDialog", u"R&epeat password:", None))
        self.districts_label.setText(QCoreApplication.translate("NewAccountDialog", u"&Districts:", None))
    # retranslateUi
