#!/usr/bin/env bash
# Wraps the PyInstaller bundle into a .deb (dist/lzz-desktop_<version>_amd64.deb): the bundle in
# /opt/lzz-desktop, the commands in /usr/bin, the desktop entry, icons and AppStream metadata.
# Usage: installer/linux/build_deb.sh dist/lzz-desktop-<version>
set -euo pipefail
bundle=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
version=${bundle##*/lzz-desktop-}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/metainfo" "$stage/usr/share/icons"
cp -a "$bundle" "$stage/opt/lzz-desktop"
ln -s /opt/lzz-desktop/lzz-desktop "$stage/usr/bin/lzz-desktop"
ln -s /opt/lzz-desktop/lzz-desktop-cli "$stage/usr/bin/lzz-desktop-cli"
cp "$here/lzz-desktop.desktop" "$stage/usr/share/applications/"
cp "$here/de.landzuhausezukunft.LzzDesktop.metainfo.xml" "$stage/usr/share/metainfo/"
cp -a "$here/icons/hicolor" "$stage/usr/share/icons/"
size=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: lzz-desktop
Version: $version
Section: misc
Priority: optional
Architecture: amd64
Installed-Size: $size
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0
Recommends: gnome-keyring
Maintainer: LZZ Desktop developers <lzz-desktop@example.org>
Homepage: https://www.landzuhausezukunft.de/
Description: Field workbench of the programme Land.Zuhause.Zukunft
 Workshops with printed protocols, stakeholder maps over five sectors and
 integration concepts for rural districts, offline first, with sync.
CONTROL
out="$(dirname "$bundle")/lzz-desktop_${version}_amd64.deb"
dpkg-deb --root-owner-group --build "$stage" "$out" >/dev/null
echo "$out"
