"""The vendored vega scripts are exactly the versions the pinned Altair expects, with licenses."""

import hashlib
import json
from pathlib import Path

import altair as alt

VENDOR = Path(__file__).resolve().parent.parent / "book" / "assets" / "vendor"


def _record():
    return json.loads((VENDOR / "VERSIONS.json").read_text())


def test_vega_lite_is_exactly_altairs_version():
    assert _record()["vega-lite"]["version"] == alt.VEGALITE_VERSION


def test_vega_and_vega_embed_have_altairs_major_versions():
    record = _record()
    assert record["vega"]["version"].split(".")[0] == alt.VEGA_VERSION.split(".")[0]
    assert record["vega-embed"]["version"].split(".")[0] == alt.VEGAEMBED_VERSION.split(".")[0]


def test_vendored_files_are_the_recorded_releases():
    # tools/vendor_vega.py records each file's hash from the npm tarball of the recorded version;
    # an edited or swapped file no longer matches. (The script text can't be used: vega 6.x
    # builds embed a stale version constant.)
    for package, entry in _record().items():
        digest = hashlib.sha256((VENDOR / entry["file"]).read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{entry['file']} differs from {package} {entry['version']}"


def test_every_vendored_script_ships_its_license():
    for package in _record():
        assert "copyright" in (VENDOR / f"LICENSE-{package}.txt").read_text(encoding="utf-8").lower()


def test_book_loads_exactly_the_vendored_scripts():
    from widgets.sphinx_ext import VEGA_SCRIPTS

    assert sorted(s.split("/")[-1] for s in VEGA_SCRIPTS) == sorted(e["file"] for e in _record().values())


def test_vendored_vega_reports_its_recorded_version():
    # vega-embed compares vega.version with the version a compiled spec names and warns on every
    # chart when they differ; vega 6.3.0's npm build said "5.33.1" (tools/vendor_vega.py now refuses that).
    import sys

    sys.path.insert(0, str(VENDOR.parent.parent.parent / "tools"))
    from vendor_vega import embedded_version

    entry = _record()["vega"]
    assert embedded_version((VENDOR / entry["file"]).read_bytes()) == entry["version"]
