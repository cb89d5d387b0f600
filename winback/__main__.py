from __future__ import annotations

from winback.cli import main

main()
