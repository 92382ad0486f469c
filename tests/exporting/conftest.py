"""The district export draws the stakeholder map with Qt's painter, which needs a Qt application:
every test here runs inside pytest-qt's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _qt_application(qapp: QApplication) -> QApplication:
    return qapp
