"""Issue 17: every window and dialog fits a 1366×768 laptop. The suite's offscreen screen is
1920×1080, so the windows are opened in a process of its own on a 1366×768 offscreen screen
(``small_screen_probe.py``) and their frames checked against the available geometry there."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("small_screen_probe.py")


def test_every_window_and_dialog_fits_a_1366x768_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["checked"]) >= 24, report["checked"]
    assert report["problems"] == [], json.dumps(report["problems"], indent=1)
    assert report["guard"] == []
