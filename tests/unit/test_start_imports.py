"""What every command pays at start: the CLI with all its commands, and the
selection a preview runs, load neither numpy nor scipy (the BG/NBD model's:
about half a second). They are imported where the model is used."""

from __future__ import annotations

import subprocess
import sys


def test_the_cli_and_selection_import_neither_numpy_nor_scipy() -> None:
    code = (
        "import sys, winback.cli, winback.selection, winback.preview, winback.runner; "
        "print(sorted(m for m in ('numpy', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
