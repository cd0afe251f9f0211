# Two commands do everything on a fresh machine with Python 3.11, 3.12, 3.13 or 3.14:
#   make book   -> builds the site into _build/html from the committed notebook outputs
#                  (creating .venv and installing exactly requirements-lock.txt; executes no notebook)
#   make test   -> runs every test (installing requirements-test-lock.txt and Debian's chromium if missing)
# The authors' loop: edit, `make notebooks` (re-executes only the chapters whose code, data or
# widgets changed), `make book`, `make test-fast` while working, `make test` before pushing.
# Also: make serve (preview on 127.0.0.1), make explore (live Voila explorer on 127.0.0.1),
#       make bench (build speed, page weight and Lighthouse scores against the budgets),
#       make pdf (the whole book as one PDF, printed by Chromium), make hooks (pre-commit checks and
#       nbdime for git), make validate (data only), make lock (re-resolve the lock files after editing
#       requirements.txt or requirements-test.txt).

# The first of 3.11 (what the suite runs on here), 3.12, 3.13, 3.14 found, else python3 (checked below).
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3.14 || command -v python3)
VENV   := .venv
VPY    := $(VENV)/bin/python
PORT   ?= 8000
EXPLORE_PORT ?= 8866
BOOK_STAMP := $(VENV)/.installed-book
TEST_STAMP := $(VENV)/.installed-test
# The locks: every package, its version for each Python 3.11-3.14 and the hashes of all its files,
# resolved by uv from the direct pins in requirements.txt / requirements-test.txt (`make lock`).
LOCK      := requirements-lock.txt
TEST_LOCK := requirements-test-lock.txt
# The independent checkers (axe-core, vnu-jar, Lighthouse), pinned in tests/checkers/package-lock.json.
CHECKERS := tests/checkers/node_modules/.package-lock.json

.PHONY: book test test-fast serve explore bench pdf notebooks hooks validate clean install install-test checkers lock

$(VPY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] <= (3, 14) else "Python 3.11 to 3.14 is required (found %s); set PYTHON=/path/to/python3.1x" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(VPY) -m pip install --quiet --upgrade pip

# Exactly the lock: pip refuses any file whose hash is not in it, and any dependency not pinned in it.
# The book's own package (widgets/) is then installed editable, on its own: it has no file to hash.
$(BOOK_STAMP): $(LOCK) pyproject.toml | $(VPY)
	$(VPY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(VPY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

$(TEST_STAMP): $(TEST_LOCK) $(BOOK_STAMP)
	$(VPY) -m pip install --quiet --require-hashes -r $(TEST_LOCK)
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
# Then the Spanish edition (es/_config.yml, es/_toc.yml: the pages in book/es/, the same widgets and
# data), built beside it and published at _build/html/es/.
book: $(BOOK_STAMP)
	$(VENV)/bin/jupyter-book build . -W --keep-going
	$(VENV)/bin/jupyter-book build . -W --keep-going --config es/_config.yml --toc es/_toc.yml --path-output _build/es
	rm -rf _build/html/es && cp -r _build/es/_build/html _build/html/es

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

# Re-resolve both locks with uv (pinned in requirements-test.txt) after editing requirements.txt or
# requirements-test.txt. Versions already locked are kept unless a pin forces a change; one resolution
# for every Python from 3.11 (--universal), with the hashes of every file of each version. The book's
# lock is constrained by the tests' lock, so the two never disagree.
UV_COMPILE := $(VENV)/bin/uv pip compile --quiet --universal --python-version 3.11 --generate-hashes \
	--no-emit-package worker-centered-trade-widgets --custom-compile-command "make lock"
lock: $(TEST_STAMP)
	$(UV_COMPILE) requirements-test.txt -o $(TEST_LOCK)
	$(UV_COMPILE) requirements.txt -c $(TEST_LOCK) -o $(LOCK)

clean:
	rm -rf _build
