"""The search window (Strg+K): results as you type, grouped by district and kind; Enter opens the
record where it lives. Queries run on the database worker; an answer that arrives after the user
typed on is dropped."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from lzz_desktop.labels import format_date
from lzz_desktop.store.errors import StoreError
from lzz_desktop.texts.search import KIND_LABELS
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.forms.ui_search_dialog import Ui_SearchDialog
from lzz_desktop.ui.messages import store_error_text, unexpected_error_text
from lzz_desktop.ui.roles import HIT_ROLE

if TYPE_CHECKING:
    from lzz_desktop.services.search import SearchHit
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.tasks import TaskRunner

TYPING_PAUSE_MS = 120
_Index = QModelIndex | QPersistentModelIndex


def hit_html(hit: SearchHit) -> str:
    """Title in bold, then the snippet with the matching words marked."""
    parts = []
    position = 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[position:start]))
        parts.append(f"<b><u>{html.escape(hit.snippet[start:end])}</u></b>")
        position = end
    parts.append(html.escape(hit.snippet[position:]))
    # Italic, not grey: the context must stay readable on the selection's colour too.
    context = f" <i>· {html.escape(hit.context)}</i>" if hit.context else ""
    snippet = "".join(parts)
    title = f"<b>{html.escape(hit.title)}</b>{context}"
    return title if snippet.strip() == hit.title.strip() else f"{title}<br>{snippet}"


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a result's title and highlighted snippet (Qt items show plain text only)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        # At size-hint time the option's rect is not laid out yet: take the column's width less
        # the indentation of a hit (two levels below its district).
        tree = self.tree
        room = tree.viewport().width() - tree.columnWidth(1) - 3 * tree.indentation()
        laid_out = option.rect.width()  # type: ignore[attr-defined]
        width = laid_out if laid_out > 0 else room
        document.setTextWidth(max(300, width))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.data(HIT_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        document = self._document(option, index)
        text = option.text  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else QApplication.style()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)  # type: ignore[attr-defined]
        option.text = text  # type: ignore[attr-defined]
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if index.data(HIT_ROLE) is None:
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchDialog(QDialog):
    """Emits ``open_requested`` with the chosen hit; the main window takes the user there."""

    open_requested = Signal(object)  # SearchHit
    results_shown = Signal(int)  # number of hits on screen for the current query

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.language = language
        self.hits: list[SearchHit] = []
        self._asked = 0  # number of the latest query; older answers are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_query)
        ui = self.ui
        ui.results_tree.setItemDelegateForColumn(0, _HtmlDelegate(ui.results_tree))
        ui.results_tree.header().sectionResized.connect(lambda *_: ui.results_tree.doItemsLayout())
        ui.results_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.results_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.results_tree.header().setStretchLastSection(False)
        ui.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, label in KIND_LABELS.get(language, KIND_LABELS["en"]).items():
            ui.kind_combo.addItem(label, kind)
        ui.district_combo.addItem(self.tr("All districts"), None)
        for edit in (ui.from_edit, ui.to_edit):
            setup_date_edit(edit)
        ui.bottom_layout.setStretch(0, 1)
        today = QDate.currentDate()
        ui.from_edit.setDate(today.addYears(-1))
        ui.to_edit.setDate(today)
        ui.query_edit.textChanged.connect(lambda _text: self._timer.start())
        for combo in (ui.district_combo, ui.kind_combo):
            combo.currentIndexChanged.connect(lambda _i: self.run_query())
        ui.date_check.toggled.connect(self._date_toggled)
        ui.from_edit.dateChanged.connect(lambda _d: self.run_query())
        ui.to_edit.dateChanged.connect(lambda _d: self.run_query())
        ui.results_tree.itemActivated.connect(self._activated)
        ui.button_box.rejected.connect(self.reject)
        ui.query_edit.installEventFilter(self)
        self._load_districts()

    def _load_districts(self) -> None:
        workspace = self.workspace
        self.tasks.run_db(lambda: workspace.districts.list(), self._districts_loaded, self._failed)

    def _districts_loaded(self, districts: list) -> None:  # type: ignore[type-arg]
        for district in districts:
            self.ui.district_combo.addItem(district.name, district.id)

    def set_district(self, district_id: str | None) -> None:
        index = self.ui.district_combo.findData(district_id)
        self.ui.district_combo.setCurrentIndex(max(0, index))

    def _date_toggled(self, on: bool) -> None:
        self.ui.from_edit.setEnabled(on)
        self.ui.to_edit.setEnabled(on)
        self.run_query()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search field move through the results; Enter opens the chosen one.
        if watched is self.ui.query_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            tree = self.ui.results_tree
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                QApplication.sendEvent(tree, event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = tree.currentItem() or self._first_hit_item()
                if item is not None:
                    self._activated(item, 0)
                return True
        return super().eventFilter(watched, event)

    def _first_hit_item(self) -> QTreeWidgetItem | None:
        tree = self.ui.results_tree
        iterator = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop(0)
            if item is None:
                continue
            if item.data(0, HIT_ROLE) is not None:
                return item
            iterator = [item.child(i) for i in range(item.childCount())] + iterator
        return None

    # --- querying -------------------------------------------------------------------------------
    def run_query(self) -> None:
        self._timer.stop()
        self._asked += 1
        asked = self._asked
        text = self.ui.query_edit.text()
        if not text.strip():
            self._show([], asked)
            return
        ui = self.ui
        district_id = ui.district_combo.currentData()
        kind = ui.kind_combo.currentData()
        date_from = date_to = None
        if ui.date_check.isChecked():
            date_from = ui.from_edit.date().toPython()
            date_to = ui.to_edit.date().toPython()
        search = self.workspace.search

        def query() -> list[SearchHit]:
            return search.search(
                text,
                district_id=district_id,
                kinds=[kind] if kind else None,
                date_from=date_from,  # type: ignore[arg-type]
                date_to=date_to,  # type: ignore[arg-type]
            )

        self.tasks.run_db(query, lambda hits: self._show(hits, asked), self._failed)

    def _show(self, hits: list[SearchHit], asked: int) -> None:
        if asked != self._asked:
            return  # the user typed on meanwhile
        self.hits = hits
        tree = self.ui.results_tree
        tree.clear()
        labels = KIND_LABELS.get(self.language, KIND_LABELS["en"])
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        districts: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            district = districts.get(hit.district_name)
            if district is None:
                district = QTreeWidgetItem(tree, [hit.district_name or self.tr("Programme")])
                district.setFirstColumnSpanned(True)
                districts[hit.district_name] = district
            key = (hit.district_name, hit.kind)
            group = groups.get(key)
            if group is None:
                group = QTreeWidgetItem(district, [labels.get(hit.kind, hit.kind)])
                group.setFirstColumnSpanned(True)
                groups[key] = group
            item = QTreeWidgetItem(group, [hit_html(hit), format_date(hit.day) if hit.day else ""])
            item.setData(0, HIT_ROLE, hit)
            item.setToolTip(0, hit.snippet)
        tree.expandAll()
        first = self._first_hit_item()
        if first is not None:
            tree.setCurrentItem(first)
        text = self.ui.query_edit.text().strip()
        if not text:
            self.ui.status_label.setText("")
        elif hits:
            self.ui.status_label.setText(
                self.tr("%n result(s) – Enter opens the selected one", "", len(hits))
            )
        else:
            self.ui.status_label.setText(self.tr("Nothing found for “{text}”.").format(text=text))
        self.results_shown.emit(len(hits))

    def _failed(self, exc: Exception) -> None:
        text = store_error_text(exc) if isinstance(exc, StoreError) else unexpected_error_text(exc)
        self.ui.status_label.setText(text)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is None:
            item.setExpanded(not item.isExpanded())
            return
        self.open_requested.emit(hit)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.ui.results_tree.doItemsLayout()  # row heights follow the wrapped snippets

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.ui.query_edit.setFocus()
        self.ui.query_edit.selectAll()
