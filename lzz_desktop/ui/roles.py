"""Every item-data role of the app's models, lists and trees, in one place.

Record ids travel in ``ID_ROLE`` everywhere — table models, list and tree widget items — so search
and undo find a record's row the same way in every view."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's id (str)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value a column sorts by
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # the casefolded words a quick filter searches
SECTOR_ROLE = Qt.ItemDataRole.UserRole + 4  # an actor's sector (its value)
FILTER_ROLE = Qt.ItemDataRole.UserRole + 5  # name, state and AGS of a district for the list filter
ROW_ROLE = Qt.ItemDataRole.UserRole + 6  # a row number of an imported table
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 7  # when a person's given consent is to be reviewed (date)
HIT_ROLE = Qt.ItemDataRole.UserRole + 10  # a search hit
