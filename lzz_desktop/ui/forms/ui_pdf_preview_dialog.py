# Generated from forms/pdf_preview_dialog.ui by `make forms` (pyside6-uic) — do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 700)
        self.preview_layout = QVBoxLayout(PdfPreviewDialog)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_state_label = QLabel(PdfPreviewDialog)
        self.preview_state_label.setObjectName(u"preview_state_label")
        self.preview_state_label.setProperty(u"role", u"hint")

        self.preview_layout.addWidget(self.preview_state_label)

        self.viewer_placeholder = QWidget(PdfPreviewDialog)
        self.viewer_placeholder.setObjectName(u"viewer_placeholder")

        self.preview_layout.addWidget(self.viewer_placeholder)

        self.preview_error = QLabel(PdfPreviewDialog)
        self.preview_error.setObjectName(u"preview_error")
        self.preview_error.setProperty(u"role", u"error")
        self.preview_error.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_error)

        self.preview_buttons = QHBoxLayout()
        self.preview_buttons.setObjectName(u"preview_buttons")
        self.preview_buttons.setContentsMargins(0, 0, 0, 0)
        self.print_button = QPushButton(PdfPreviewDialog)
        self.print_button.setObjectName(u"print_button")

        self.preview_buttons.addWidget(self.print_button)

        self.save_button = QPushButton(PdfPreviewDialog)
        self.save_button.setObjectName(u"save_button")

        self.preview_buttons.addWidget(self.save_button)

        self.preview_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preview_buttons.addItem(self.preview_spacer)

        self.button_box = QDialogButtonBox(PdfPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.preview_buttons.addWidget(self.button_box)


        self.preview_layout.addLayout(self.preview_buttons)


        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Preview", None))
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Save as PDF\u2026", None))
    # retranslateUi
