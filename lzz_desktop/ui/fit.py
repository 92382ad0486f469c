"""Windows that fit the screen they are on (issue 17: a 1366×768 laptop prints, too).

- :func:`fit_to_screen` gives a window its preferred size, or the room the screen has;
- :class:`ScreenFit`, installed on the application, keeps every dialog and window inside the
  available geometry of its screen when it is shown (a dialog centred over a large parent, a
  saved size from a bigger monitor);
- :func:`elide` lets a label of one line shrink with its window and show "…" (the full text in
  its tooltip) instead of widening the window for a long path or name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QScreen
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

# Room left around a window the app sizes itself (task bars, the window's own frame).
MARGIN = 24


def available_geometry(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen (else the primary screen) that windows may use."""
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or less if its screen has less room."""
    room = available_geometry(window)
    window.resize(QSize(min(width, room.width() - MARGIN), min(height, room.height() - MARGIN)))


def keep_inside(window: QWidget) -> None:
    """Shrink ``window`` to the available geometry (as far as its minimum size allows) and move
    it so that its frame lies inside."""
    room = available_geometry(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()  # the window manager's frame (0 offscreen)
    extra_h = frame.height() - window.height()
    width = min(window.width(), room.width() - extra_w)
    height = min(window.height(), room.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() + 1 - frame.width())
    y = min(max(frame.y(), room.y()), room.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, room.x()), max(y, room.y()))


class ScreenFit(QObject):
    """Application-wide event filter: a dialog or main window is kept inside its screen when shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, (QDialog, QMainWindow))
            and watched.isWindow()
            and not watched.isMaximized()
            and not watched.isFullScreen()
        ):
            keep_inside(watched)
        return False


class _Elider(QObject):
    """Paints a one-line label's text elided to the label's width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        label = watched
        text = label.text()
        if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or not text:
            return False
        rect = label.contentsRect()
        metrics = label.fontMetrics()
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        label.setToolTip(text if elided != text else "")
        if elided == text:
            return False
        painter = QPainter(label)
        label.style().drawItemText(
            painter,
            rect,
            int(label.alignment()),
            label.palette(),
            label.isEnabled(),
            elided,
            label.foregroundRole(),
        )
        painter.end()
        return True


_ELIDER: _Elider | None = None


def elide(*labels: QLabel, minimum: int = 1) -> None:
    """Let ``labels`` shrink below their text's width, down to ``minimum`` pixels; a text that
    does not fit is shown elided in the middle ("…/Landkreise/…/einladung.ics"), the full text
    as tooltip."""
    global _ELIDER
    if _ELIDER is None:
        _ELIDER = _Elider()
    for label in labels:
        label.setMinimumWidth(max(minimum, 1))  # a minimum size wins over the text's size hint
        label.installEventFilter(_ELIDER)
