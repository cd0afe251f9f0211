"""The lock files: what `make book` and `make test` install, exactly, on any Python from 3.11 to 3.14.

requirements.txt and requirements-test.txt are the direct pins, edited by hand; `make lock` resolves them
with uv into requirements-lock.txt and requirements-test-lock.txt (every package, its version, and the
hashes of all its files). These tests check that the locks still say what the pins say, that this
environment was installed from them, and (against the package index) that the whole locked set has a
wheel for every supported Python, without installing anything."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from importlib import metadata

import pytest
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from tests.lockfiles import BOOK_LOCK, REPO, SUPPORTED, TEST_LOCK, direct_pins, read_lock

PROJECT = "worker-centered-trade-widgets"


def test_every_direct_pin_is_locked_at_its_version():
    """Editing a pin without running `make lock` fails here, naming the package."""
    for pins_file, lock in (("requirements.txt", BOOK_LOCK), ("requirements-test.txt", TEST_LOCK)):
        locked = read_lock(lock)
        for name, version in direct_pins(REPO / pins_file).items():
            versions = {e.version for e in locked.values() if e.name == name}
            assert versions == {version}, (
                f"{pins_file} pins {name}=={version} but {lock.name} has {sorted(versions) or 'nothing'}: "
                "run `make lock`"
            )


def test_every_locked_package_has_hashes():
    for lock in (BOOK_LOCK, TEST_LOCK):
        for entry in read_lock(lock).values():
            assert entry.hashes, f"{lock.name}, line {entry.line}: {entry.name} has no --hash"


def test_book_lock_is_the_test_lock_restricted_to_the_book():
    """The two locks never disagree: every version in the book's lock is in the tests' lock, with the same
    hashes (its marker may be wider there, where a test tool needs the same package on more systems)."""
    tests = {(e.name, e.version): e for e in read_lock(TEST_LOCK).values()}
    for entry in read_lock(BOOK_LOCK).values():
        other = tests.get((entry.name, entry.version))
        assert other, f"{BOOK_LOCK.name}, line {entry.line}: {entry.name}=={entry.version} not in {TEST_LOCK.name}"
        assert set(entry.hashes) == set(other.hashes), (
            f"{entry.name}: hashes differ, {BOOK_LOCK.name} line {entry.line}, {TEST_LOCK.name} line {other.line}"
        )


def test_this_environment_was_installed_from_the_test_lock():
    """Every entry that applies to this Python is installed at exactly its locked version."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    wrong = []
    for entry in read_lock(TEST_LOCK).values():
        if not entry.marker or entry.marker.evaluate():
            try:
                installed = metadata.version(entry.name)
            except metadata.PackageNotFoundError:
                installed = None
            if installed != entry.version:
                wrong.append(f"{entry.name}: locked {entry.version}, installed {installed}")
    assert not wrong, f"Python {python}: not as locked (run `make test` to reinstall):\n" + "\n".join(wrong)


def test_supported_pythons_agree_between_makefile_pyproject_and_binder():
    import tomllib

    requires = SpecifierSet(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"])
    assert [v for v in SUPPORTED if f"{v}.0" in requires] == list(SUPPORTED)
    assert "3.15.0" not in requires and "3.10.0" not in requires
    makefile = (REPO / "Makefile").read_text()
    assert "(3, 11) <= sys.version_info[:2] <= (3, 14)" in makefile
    assert "--python-version 3.11" in makefile  # the lock's lowest Python
    assert (REPO / "binder" / "runtime.txt").read_text().strip() == f"python-{SUPPORTED[0]}"


def _index_url() -> str:
    configured = os.environ.get("PIP_INDEX_URL")
    if not configured:
        out = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                             capture_output=True, text=True)
        configured = out.stdout.strip() if out.returncode == 0 else ""
    return (configured or "https://pypi.org/simple").rstrip("/") + "/"


@pytest.fixture(scope="module")
def package_index() -> str:
    url = _index_url()
    try:
        with urllib.request.urlopen(url + "pip/", timeout=15) as response:
            response.read(1)
    except (urllib.error.URLError, OSError) as error:
        pytest.skip(f"the package index {url} can't be reached ({error}): the locks were not resolved")
    return url


@pytest.mark.slow
@pytest.mark.parametrize("python", SUPPORTED)
def test_the_locked_set_has_wheels_for(python, package_index, tmp_path):
    """pip resolves the whole test lock (a superset of the book's) for CPython `python` on x86_64 Linux,
    wheels only, checking hashes, without installing: --dry-run into an empty --target.

    pip evaluates environment markers for the Python it runs on (3.11 here), not for --python-version.
    So the lock's own markers are evaluated here for the target, and pip is given the entries that apply
    to the target plus those its own 3.11 evaluation of the packages' dependencies will ask for (such as
    `overrides`, needed below 3.12 only; pure-Python wheels). Every entry for the target must resolve to
    a wheel at its locked version; that nothing is missing on the target is uv's universal resolution."""
    lock_entries = read_lock(TEST_LOCK).values()
    entries = [e for e in lock_entries if e.applies_to(python)]
    names = {e.name for e in entries}
    extra = [e for e in lock_entries if e.name not in names and (e.marker is None or e.marker.evaluate())]
    lock = tmp_path / f"lock-{python}.txt"
    lock.write_text("".join(f"{e.name}=={e.version} " + " ".join(f"--hash={h}" for h in e.hashes) + "\n"
                            for e in entries + extra))
    report = tmp_path / "report.json"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--report", str(report),
         "--python-version", python, "--only-binary=:all:", "--ignore-installed", "--require-hashes",
         "--target", str(tmp_path / "target"), "-r", str(lock)],
        capture_output=True, text=True, timeout=600,
    )
    errors = "\n".join(line for line in result.stderr.splitlines() if "is ignored: it is neither" not in line)
    assert result.returncode == 0, f"the lock does not resolve for Python {python}:\n{errors}"
    resolved = {canonicalize_name(item["metadata"]["name"]): item["metadata"]["version"]
                for item in json.loads(report.read_text())["install"]}
    wanted = {e.name: e.version for e in entries}
    assert {name: resolved.get(name) for name in wanted} == wanted
    assert set(resolved) <= set(wanted) | {e.name for e in extra}
    tag = f"cp{python.replace('.', '')}"
    numpy = next(i for i in json.loads(report.read_text())["install"] if i["metadata"]["name"] == "numpy")
    assert re.search(rf"-{tag}-{tag}-manylinux", numpy["download_info"]["url"]), numpy["download_info"]["url"]
