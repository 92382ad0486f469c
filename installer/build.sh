#!/usr/bin/env bash
# Builds a frozen bundle into dist/ with PyInstaller (run from the repository root, in the venv).
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q "pyinstaller>=6.6"
python -m PyInstaller --noconfirm --distpath dist --workpath build installer/lzz-desktop.spec
