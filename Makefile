# LZZ Desktop — `make run` starts the app on the demo workspace, `make test` runs every check.
# Both set up everything they need on a fresh Debian machine.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench soak package forms icons translations system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

system-deps:
	bash scripts/ensure-system-packages.sh

run: system-deps $(STAMP)
	$(BIN)/lzz-desktop --demo

test: system-deps $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check lzz_desktop tests benchmarks scripts
	$(BIN)/ruff format --check lzz_desktop tests benchmarks scripts
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	# two workers, one test file each at a time (module fixtures stay in one process)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:cacheprovider -n 2 --dist loadfile

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

soak: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m slow --run-slow

# Regenerate lzz_desktop/ui/forms/ui_*.py from forms/*.ui, the icons, and the translations.
forms: $(STAMP)
	$(BIN)/python scripts/build_forms.py

icons: $(STAMP)
	$(BIN)/python scripts/build_icons.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/build_app_icon.py

# The desktop bundle (PyInstaller, installed here) smoke-tested from another folder, and the
# central store's wheel: dist/.
package: system-deps $(STAMP)
	PATH="$(abspath $(BIN)):$$PATH" bash installer/build.sh
	$(BIN)/python scripts/build_central_wheel.py dist

translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info
