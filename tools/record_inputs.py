"""Started in the kernel before a chapter runs (``tools/execute_notebooks.py`` passes it as an IPython
``exec_files`` entry): records every file inside the repository that the chapter reads.

An audit hook sees each ``open`` — CSV files read by the data loader, ``references.bib``, and the
``widgets`` modules imported (their source or cached bytecode) — and appends the path, once, to the
file named by ``$WCT_INPUTS_LOG``. That list, with a hash of each file, is what decides later whether
the chapter's saved outputs are stale.
"""

import os
import sys


def _install() -> None:
    log_path = os.environ.get("WCT_INPUTS_LOG")
    root = os.environ.get("WCT_REPO_ROOT")
    if not log_path or not root:
        return
    root = os.path.realpath(root) + os.sep
    seen: set[str] = set()
    busy = [False]  # writing the log opens a file too: don't record that

    def hook(event: str, args: tuple) -> None:
        if event != "open" or busy[0] or not args or not isinstance(args[0], str | bytes | os.PathLike):
            return
        try:
            path = os.path.realpath(os.fsdecode(args[0]))
        except (TypeError, ValueError):
            return
        if not path.startswith(root) or path in seen:
            return
        seen.add(path)
        busy[0] = True
        try:
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(path + "\n")
        finally:
            busy[0] = False

    sys.addaudithook(hook)


_install()
del _install
