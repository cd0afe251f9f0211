"""The lock files (requirements-lock.txt, requirements-test-lock.txt) read as pip reads them: one entry per
requirement, with its exact version, its environment marker and its hashes. Shared by the lock, Binder and
workflow tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
BOOK_LOCK = REPO / "requirements-lock.txt"
TEST_LOCK = REPO / "requirements-test-lock.txt"
# The Python versions the Makefile accepts; the suite itself runs on 3.11 here.
SUPPORTED = ("3.11", "3.12", "3.13", "3.14")


@dataclass(frozen=True)
class Locked:
    name: str  # canonical
    version: str
    marker: Marker | None
    hashes: tuple[str, ...]
    line: int

    def applies_to(self, python: str) -> bool:
        """Whether pip installs this entry on CPython `python` (e.g. "3.13") on x86_64 Linux."""
        if self.marker is None:
            return True
        return self.marker.evaluate(linux_environment(python))


def linux_environment(python: str) -> dict[str, str]:
    return {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "os_name": "posix",
        "platform_machine": "x86_64",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
    }


def logical_lines(path: Path) -> list[tuple[int, str]]:
    """Lines with their continuations joined and comments dropped, each with its first line number."""
    out: list[tuple[int, str]] = []
    buffer, start = "", 0
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.split(" #", 1)[0] if not raw.lstrip().startswith("#") else ""
        if not buffer:
            start = number
        if text.rstrip().endswith("\\"):
            buffer += text.rstrip()[:-1] + " "
            continue
        buffer += text
        if buffer.strip():
            out.append((start, buffer.strip()))
        buffer = ""
    return out


def read_lock(path: Path) -> dict[tuple[str, str | None], Locked]:
    """Every entry of a lock, keyed by (name, marker): a universal lock may hold one package twice, with
    different versions for different Pythons."""
    entries: dict[tuple[str, str | None], Locked] = {}
    for number, text in logical_lines(path):
        if text.startswith("-"):
            raise AssertionError(f"{path.name}, line {number}: unexpected option {text!r} in a lock file")
        hashes = tuple(re.findall(r"--hash=(sha256:[0-9a-f]{64})", text))
        requirement = Requirement(re.sub(r"\s--hash=\S+", "", text).strip())
        specs = list(requirement.specifier)
        if len(specs) != 1 or specs[0].operator != "==":
            raise AssertionError(f"{path.name}, line {number}: {requirement.name} is not pinned with ==")
        key = (canonicalize_name(requirement.name), str(requirement.marker) if requirement.marker else None)
        entries[key] = Locked(key[0], specs[0].version, requirement.marker, hashes, number)
    return entries


def direct_pins(path: Path) -> dict[str, str]:
    """The human-edited pins of a requirements file (not those of the files it includes with -r)."""
    pins: dict[str, str] = {}
    for number, text in logical_lines(path):
        if text.startswith("-"):
            continue
        requirement = Requirement(text)
        specs = list(requirement.specifier)
        if len(specs) != 1 or specs[0].operator != "==":
            raise AssertionError(f"{path.name}, line {number}: {requirement.name} is not pinned with ==")
        pins[canonicalize_name(requirement.name)] = specs[0].version
    return pins
