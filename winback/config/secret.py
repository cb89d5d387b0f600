"""The unsubscribe secret: where it is read from, when it is too weak, and
the file `winback init` writes for a first try."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from winback.errors import Problem

if TYPE_CHECKING:
    from winback.config.schema import Settings

log = logging.getLogger("winback.config")

# The unsubscribe secret signs every unsubscribe link: a short or published one
# lets an outsider forge a link that opts out any client.
MIN_SECRET_LENGTH = 32
EXAMPLE_SECRETS = frozenset({"change-me-to-a-long-random-string", "change-me"})
MAKE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'
# Beside the config; `winback init` writes it so the demo runs without an
# exported secret. Read only while the environment variable is unset.
SECRET_FILE = ".winback-secret"
# Files already announced in the log: a daemon reads the secret once per
# campaign and at every reload, and one line says it all.
_announced: set[str] = set()


def unsubscribe_secret(
    settings: Settings, env: Mapping[str, str], where: str | None = None
) -> tuple[str | None, Problem | None]:
    """The unsubscribe secret: the environment variable ``[unsubscribe]
    secret_env`` names, else (only while it is unset) the file ``.winback-secret``
    beside the config. Returns the value, or a problem saying what is wrong."""
    name = settings.unsubscribe.secret_env
    file = settings.base_dir / SECRET_FILE
    if name in env:
        value, where = env[name], f"environment variable {name}"
    elif settings.source is not None and file.is_file():
        read = _read_secret_file(file)
        if read is None:
            return None, Problem(
                str(file), "is readable by other users or unreadable; chmod 600 it"
            )
        value, where = read, str(file)
        if str(file) not in _announced:
            _announced.add(str(file))
            log.info("the unsubscribe secret comes from %s: %s is not set", file, name)
    else:
        config = where or str(settings.source or "(defaults)")
        reason = (
            f"environment variable {name} is not set (nor is there a {SECRET_FILE} "
            f"beside the config); make a secret with: {MAKE_SECRET}"
        )
        return None, Problem(f"{config}: unsubscribe.secret_env", reason)
    weak = secret_weakness(value)
    return (None, Problem(where, weak)) if weak else (value, None)


def secret_weakness(value: str) -> str | None:
    """Why ``value`` is too weak to sign unsubscribe links, or None."""
    hint = f"make one with: {MAKE_SECRET}"
    if not value.strip():
        return f"is empty; {hint}"
    if value.strip() in EXAMPLE_SECRETS:
        return f"is the documentation's example value, which anyone can read; {hint}"
    if len(value) < MIN_SECRET_LENGTH:
        return (
            f"is too short ({len(value)} characters, at least {MIN_SECRET_LENGTH} are needed); "
            f"{hint}"
        )
    return None


def _read_secret_file(file: Path) -> str | None:
    """The secret in ``file``; None when other users may read it or it is unreadable."""
    try:
        if os.name == "posix" and file.stat().st_mode & 0o077:
            return None
        return file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None


def write_secret_file(folder: Path) -> Path:
    """A new random unsubscribe secret in ``folder/.winback-secret`` (mode 0600),
    kept out of git by a ``.gitignore`` beside it. For a demo or a first try:
    in production the environment variable holds the secret."""
    path = folder / SECRET_FILE
    if not path.exists():  # an existing one signs links already sent: keep it
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(secrets.token_urlsafe(32) + "\n")
    ignore = folder / ".gitignore"
    lines = ignore.read_text(encoding="utf-8").splitlines() if ignore.exists() else []
    if SECRET_FILE not in lines:
        ignore.write_text("\n".join([*lines, SECRET_FILE]) + "\n", encoding="utf-8")
    return path
