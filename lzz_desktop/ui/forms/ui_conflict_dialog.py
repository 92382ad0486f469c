# Generated from forms/conflict_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(900, 620)
        self.dialog_layout = QVBoxLayout(ConflictDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ConflictDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.conflict_list = QListWidget(ConflictDialog)
        self.conflict_list.setObjectName(u"conflict_list")
        self.conflict_list.setMaximumSize(QSize(16777215, 160))

        self.dialog_layout.addWidget(self.conflict_list)

        self.versions_layout = QHBoxLayout()
        self.versions_layout.setObjectName(u"versions_layout")
        self.mine_layout = QVBoxLayout()
        self.mine_layout.setObjectName(u"mine_layout")
        self.mine_label = QLabel(ConflictDialog)
        self.mine_label.setObjectName(u"mine_label")

        self.mine_layout.addWidget(self.mine_label)

        self.mine_view = QPlainTextEdit(ConflictDialog)
        self.mine_view.setObjectName(u"mine_view")
        self.mine_view.setReadOnly(True)

        self.mine_layout.addWidget(self.mine_view)


        self.versions_layout.addLayout(self.mine_layout)

        self.theirs_layout = QVBoxLayout()
        self.theirs_layout.setObjectName(u"theirs_layout")
        self.theirs_label = QLabel(ConflictDialog)
        self.theirs_label.setObjectName(u"theirs_label")

        self.theirs_layout.addWidget(self.theirs_label)

        self.theirs_view = QPlainTextEdit(ConflictDialog)
        self.theirs_view.setObjectName(u"theirs_view")
        self.theirs_view.setReadOnly(True)

        self.theirs_layout.addWidget(self.theirs_view)


        self.versions_layout.addLayout(self.theirs_layout)


        self.dialog_layout.addLayout(self.versions_layout)

        self.merged_label = QLabel(ConflictDialog)
        self.merged_label.setObjectName(u"merged_label")

        self.dialog_layout.addWidget(self.merged_label)

        self.merged_edit = QPlainTextEdit(ConflictDialog)
        self.merged_edit.setObjectName(u"merged_edit")

        self.dialog_layout.addWidget(self.merged_edit)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.keep_mine_button = QPushButton(ConflictDialog)
        self.keep_mine_button.setObjectName(u"keep_mine_button")

        self.button_row.addWidget(self.keep_mine_button)

        self.take_theirs_button = QPushButton(ConflictDialog)
        self.take_theirs_button.setObjectName(u"take_theirs_button")

        self.button_row.addWidget(self.take_theirs_button)

        self.use_merged_button = QPushButton(ConflictDialog)
        self.use_merged_button.setObjectName(u"use_merged_button")

        self.button_row.addWidget(self.use_merged_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(ConflictDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.button_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.button_row)

        self.merged_label.setBuddy(self.merged_edit)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Sync conflicts", None))
        self.intro_label.setText(QCoreApplication.translate("ConflictDialog", u"The same data was changed in two places. Both versions are kept until you decide.", None))
        self.mine_label.setText(QCoreApplication.translate("ConflictDialog", u"My version", None))
        self.theirs_label.setText(QCoreApplication.translate("ConflictDialog", u"Their version (on the server now)", None))
        self.merged_label.setText(QCoreApplication.translate("ConflictDialog", u"&Merged version (editable):", None))
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictDialog", u"&Keep mine", None))
        self.take_theirs_button.setText(QCoreApplication.translate("ConflictDialog", u"&Take theirs", None))
        self.use_merged_button.setText(QCoreApplication.translate("ConflictDialog", u"&Use merged version", None))
    # retranslateUi
