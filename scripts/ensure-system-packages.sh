#!/usr/bin/env bash
# Installs the Debian packages that the tests and the app need, only those that are missing.
# Runs as root on a fresh machine (CI); elsewhere it uses sudo when available, or says what to do.
set -euo pipefail
packages=(
  xvfb xauth poppler-utils qpdf sqlite3 fonts-dejavu-core
  postgresql gnome-keyring dbus-daemon dbus-x11 desktop-file-utils appstream
  libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Missing system packages (install them by hand): ${missing[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
