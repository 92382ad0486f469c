"""Issue 14, done when: after a session of edits, a sync, a SIGKILL mid-edit and a backup, unique
canary names and contact values appear in no file of the data folder (database, -wal, -shm,
backups, attachments, logs) nor in the temporary files — checked by reading the bytes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.store.engine import connect
from lzz_desktop.store.keys import workspace_key
from tests.sync.servers import Central

ROOT = Path(__file__).resolve().parents[2]
NAME = "Yusra Qandeelwagh"
MAIL = "yusra.qandeelwagh@kanarien.example"
NOTE = "Kanarien-Notiz-4c9e1"


def _holding(folder: Path) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for canary in (NAME, MAIL, NOTE, "Qandeelwagh"):
            if canary.encode("utf-8") in data or canary.encode("utf-16-le") in data:
                found.append(f"{path.relative_to(folder)}: {canary}")
    return found


def test_canaries_appear_in_no_file_after_edits_a_sync_a_kill_and_a_backup(
    central_sqlite: Central, tmp_path: Path
) -> None:
    central_sqlite.add_user("berater", "office")
    token = central_sqlite.token("berater")
    data_dir, temp = tmp_path / "daten", tmp_path / "temp"
    temp.mkdir()
    photo = tmp_path / "flipchart.png"
    info = PngInfo()
    info.add_text("Comment", f"{NAME} {MAIL}")
    Image.new("RGB", (80, 60), "#336699").save(photo, "PNG", pnginfo=info)
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp)}
    session = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.sync.canary_session",
            str(data_dir),
            central_sqlite.base_url,
            token,
            str(photo),
            NAME,
            MAIL,
            NOTE,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert session.stdout is not None
        line = session.stdout.readline()
        assert line.strip() == "ready", line + (session.stderr.read() if session.stderr else "")
        time.sleep(1.5)  # edits without a pause …
        session.send_signal(signal.SIGKILL)  # … and the laptop dies mid-edit
    finally:
        session.kill()
        session.wait(30)
    assert (data_dir / "lzz.sqlite-wal").exists()  # the kill left a WAL behind
    assert any((data_dir / "backups").iterdir()) and any((data_dir / "attachments").rglob("*.png"))
    log_text = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").rglob("*.log*"))
    assert "saving failed" in log_text and "ValueError" in log_text  # logged, without its words
    assert _holding(data_dir) == []
    assert _holding(temp) == []

    with connect(data_dir / "lzz.sqlite", workspace_key(data_dir / "lzz.sqlite")) as connection:
        notes = connection.execute("SELECT notes FROM actors WHERE name = ?", (NAME,)).fetchone()[0]
    assert notes.startswith(NOTE + " ")  # the data is all there for the one with the key …
    workspace = Workspace.open(data_dir)
    workspace.close()
    assert _holding(data_dir) == []  # … and opening it after the crash leaves nothing readable
