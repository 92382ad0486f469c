#!/usr/bin/env bash
# Builds the desktop bundle with PyInstaller into dist/, smoke-tests it from another folder, wraps
# it into a .deb, installs that with apt and smoke-tests the installed copy (`make package`).
# Run from the repository root with the venv's python first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q "pyinstaller>=6.6"
rm -rf dist/lzz-desktop-*/
python -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller installer/lzz-desktop.spec
bundle=$(ls -d dist/lzz-desktop-*/ | head -1)
bundle=${bundle%/}
python installer/smoke_test.py "$bundle"
du -sh "$bundle"
deb=$(bash installer/linux/build_deb.sh "$bundle")
echo "built $deb"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$deb")" >/dev/null
  lzz-desktop --version
  python installer/smoke_test.py /opt/lzz-desktop
fi
