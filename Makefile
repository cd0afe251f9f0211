# Two commands do everything on a fresh machine with Python 3.11:
#   make book   -> builds the site into _build/html from the committed notebook outputs
#                  (creating .venv and installing what it needs; executes no notebook)
#   make test   -> runs every test (installing the test extras and Debian's chromium if missing)
# The authors' loop: edit, `make notebooks` (re-executes only the chapters whose code, data or
# widgets changed), `make book`, `make test-fast` while working, `make test` before pushing.
# Also: make serve (preview on 127.0.0.1), make explore (live Voila explorer on 127.0.0.1),
#       make bench (build speed, page weight and Lighthouse scores against the budgets),
#       make pdf (the whole book as one PDF, printed by Chromium), make hooks (pre-commit checks and
#       nbdime for git), make validate (data only).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
VPY    := $(VENV)/bin/python
PORT   ?= 8000
EXPLORE_PORT ?= 8866
BOOK_STAMP := $(VENV)/.installed-book
TEST_STAMP := $(VENV)/.installed-test
# The independent checkers (axe-core, vnu-jar, Lighthouse), pinned in tests/checkers/package-lock.json.
CHECKERS := tests/checkers/node_modules/.package-lock.json

.PHONY: book test test-fast serve explore bench pdf notebooks hooks validate clean install install-test checkers

$(VPY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required (found %s); set PYTHON=/path/to/python3.11" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

$(BOOK_STAMP): requirements.txt pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet -r requirements.txt
	@touch $@

$(TEST_STAMP): requirements-test.txt $(BOOK_STAMP)
	$(VPY) -m pip install --quiet -r requirements-test.txt
	@touch $@

install: $(BOOK_STAMP)
install-test: $(TEST_STAMP)

# Exactly the lock file's versions; --ignore-scripts: vnu-jar's install script would download a Java
# runtime (Debian's Java 17 runs it), and nothing else needs one.
$(CHECKERS): tests/checkers/package.json tests/checkers/package-lock.json
	cd tests/checkers && npm ci --ignore-scripts --no-audit --no-fund
checkers: $(CHECKERS)

# Incremental: only changed pages are re-read, and any warning they raise fails the build. The test
# suite builds everything from scratch (--all -W), so no warning escapes.
book: $(BOOK_STAMP)
	$(VENV)/bin/jupyter-book build . -W --keep-going

test: $(TEST_STAMP) $(CHECKERS)
	bash tools/ensure_chromium.sh
	$(VPY) -m pytest

# Seconds, not minutes: no build, browser, Voila or notebook execution.
test-fast: $(TEST_STAMP)
	$(VPY) -m pytest -m "not slow" -q

validate: $(BOOK_STAMP)
	$(VPY) -m widgets.datapackage

notebooks: $(BOOK_STAMP)
	$(VPY) tools/execute_notebooks.py

# Once per clone: run ruff and the notebook metadata cleaner on every commit, and let git diff and
# merge notebooks with nbdime.
hooks: $(TEST_STAMP)
	$(VENV)/bin/pre-commit install
	$(VENV)/bin/nbdime config-git --enable

# Served with gzip, as a static host serves it (tools/serve_gzip.py).
serve:
	@test -f _build/html/index.html || $(MAKE) book
	$(VPY) tools/serve_gzip.py --port $(PORT) --directory _build/html

explore: $(BOOK_STAMP)
	@echo "Starting the explorer at http://127.0.0.1:$(EXPLORE_PORT)/ (Ctrl-C to stop)"
	JUPYTER_PATH=explorer/jupyter $(VENV)/bin/voila explorer/explorer.ipynb --template=wct --no-browser \
	  --port $(EXPLORE_PORT) --Voila.ip=127.0.0.1

bench: $(TEST_STAMP) $(CHECKERS)
	bash tools/ensure_chromium.sh
	$(VPY) tools/bench.py $(BENCH_ARGS)

# One PDF of the whole book (contents with page numbers, numbered pages), printed by Debian's Chromium:
# _build/pdf/worker-centered-trade.pdf, also copied into _build/html (publish with `make book pdf`).
pdf: $(TEST_STAMP)
	bash tools/ensure_chromium.sh
	$(VPY) tools/build_pdf.py --copy-into-site

clean:
	rm -rf _build
