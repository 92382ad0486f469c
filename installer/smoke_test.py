"""Smoke test of a built bundle, run from a folder outside the checkout (`make package` on Linux,
.github/workflows/windows.yml on Windows): --version, a demo screenshot, the full export with
every file the README promises, and check.

    python installer/smoke_test.py dist/lzz-desktop-<version>
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROMISED = (
    "district.json",
    "stakeholders/map.pdf",
    "stakeholders/map.png",
    "stakeholders/map.svg",
    "stakeholders/actors.xlsx",
)
PROMISED_GLOBS = ("protocols/*.pdf", "sign-in-sheets/*.pdf", "concept/*.pdf", "concept/*.docx")


def main(bundle: Path) -> int:
    exe = bundle / ("lzz-desktop-cli.exe" if os.name == "nt" else "lzz-desktop-cli")
    if not exe.is_file():
        exe = bundle / "lzz-desktop"
    # A build machine has no keyring to ask: the workspace's key comes from a passphrase (Argon2id
    # inside the bundle), as in any headless run.
    env = {"LZZ_DESKTOP_PASSPHRASE": "smoke-test-passphrase", **os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="lzz-smoke-") as tmp:
        where = Path(tmp)
        data = ["--demo", "--data-dir", str(where / "data")]

        def run(*args: str) -> str:
            started = time.perf_counter()
            result = subprocess.run([str(exe), *args], cwd=where, env=env, capture_output=True, text=True)
            took = time.perf_counter() - started
            print(f"{' '.join(args[:4])}: exit {result.returncode} in {took:.1f} s", file=sys.stderr)
            if result.returncode != 0:
                raise SystemExit(f"{exe} {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
            return result.stdout

        print(run("--version").strip())
        run(*data, "screenshot", str(where / "shot.png"))
        assert (where / "shot.png").stat().st_size > 20_000, "the screenshot is empty"
        run(*data, "export", "--district", "Landkreis Goslar", "--out", str(where / "out"))
        folder = where / "out" / "landkreis-goslar"
        missing = [name for name in PROMISED if not (folder / name).is_file()]
        missing += [pattern for pattern in PROMISED_GLOBS if not list(folder.glob(pattern))]
        if missing:
            raise SystemExit(f"the export lacks {missing}")
        json.loads((folder / "district.json").read_text(encoding="utf-8"))
        run(*data, "check")
    # Bytes on disk once: symbolic links inside the bundle (Qt's libraries) are not counted twice.
    size = sum(f.lstat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(json.dumps({"bundle_mb": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
