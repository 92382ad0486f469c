"""LZZ Desktop — the field workbench of the programme Land.Zuhause.Zukunft."""

# The one place the version is written; pyproject.toml reads it from here (a metadata lookup at
# every start would cost tens of milliseconds).
__version__ = "0.1.0"

APP_NAME = "LZZ Desktop"
PROGRAMME_NAME = "Land.Zuhause.Zukunft"
