"""A copy of the files a clean clone would hold (tracked, plus new files git does not ignore)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def copy_tracked_files(target: Path) -> Path:
    """Copy the repository's tracked and untracked-but-not-ignored files into ``target``; return it.

    Builds, benchmarks and tests work on such a copy so they never touch this checkout's ``_build``.
    """
    names = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, check=True,
                           capture_output=True, text=True).stdout.splitlines()
    for name in names:
        if (REPO / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, target / name)
    return target
