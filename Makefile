# Two commands do everything on a fresh machine with Python 3.11:
#   make book   -> builds the site into _build/html (creating .venv and installing what it needs)
#   make test   -> runs every test (installing the test extras and Debian's chromium if missing)
# Also: make serve (preview on 127.0.0.1), make explore (live Voila explorer on 127.0.0.1),
#       make bench (build/page-weight benchmark),
#       make notebooks (re-execute chapters in place after editing them), make validate (data only).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
VPY    := $(VENV)/bin/python
PORT   ?= 8000
EXPLORE_PORT ?= 8866
BOOK_STAMP := $(VENV)/.installed-book
TEST_STAMP := $(VENV)/.installed-test

.PHONY: book test serve explore bench notebooks validate clean install install-test

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

book: $(BOOK_STAMP)
	$(VENV)/bin/jupyter-book build . --all -W --keep-going

test: $(TEST_STAMP)
	bash tools/ensure_chromium.sh
	$(VPY) -m pytest

validate: $(BOOK_STAMP)
	$(VPY) -m widgets.datapackage

notebooks: $(BOOK_STAMP)
	$(VPY) tools/execute_notebooks.py

serve:
	@test -f _build/html/index.html || $(MAKE) book
	@echo "Serving the book at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(VPY) -m http.server $(PORT) --bind 127.0.0.1 --directory _build/html

explore: $(BOOK_STAMP)
	@echo "Starting the explorer at http://127.0.0.1:$(EXPLORE_PORT)/ (Ctrl-C to stop)"
	JUPYTER_PATH=explorer/jupyter $(VENV)/bin/voila explorer/explorer.ipynb --template=wct --no-browser \
	  --port $(EXPLORE_PORT) --Voila.ip=127.0.0.1

bench: $(TEST_STAMP)
	bash tools/ensure_chromium.sh
	$(VPY) tools/bench.py

clean:
	rm -rf _build
