#!/usr/bin/env bash
# Nightly backup of the central store (cron: 15 2 * * * lzz-central /opt/lzz-central/backup.sh).
# Keeps 14 days. Restore: docs/betrieb.md, "Wiederherstellen".
set -euo pipefail
target=${LZZ_BACKUP_DIR:-/var/backups/lzz-central}
mkdir -p "$target"
file="$target/lzz-central-$(date +%Y-%m-%d).dump"
pg_dump -Fc -f "$file.part" lzz_central
mv "$file.part" "$file"
find "$target" -name 'lzz-central-*.dump' -mtime +14 -delete
