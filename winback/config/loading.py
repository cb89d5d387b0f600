"""Loading the configuration: one TOML file (plus ``campaigns/*.toml``
beside it), every problem found in one pass, environment variables resolved."""

from __future__ import annotations

import copy
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from winback.config.base import CONFIG_ENV, DATABASE_URL_ENV, DEFAULT_CONFIG_NAME
from winback.config.schema import DatabaseSettings, Settings
from winback.config.secret import unsubscribe_secret
from winback.errors import ConfigError, Problem


def find_config_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    """--config, else $WINBACK_CONFIG, else ./winback.toml if it exists."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    default = Path(DEFAULT_CONFIG_NAME)
    return default if default.exists() else None


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    check_secrets: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read, validate and resolve the configuration; every problem at once.

    With no file found, the defaults apply (SQLite ``winback.db`` in the
    current folder, file transports). ``check_secrets`` also requires every
    environment variable the configured transports name. Parts that fail
    validation are left out and the checks go on with the rest, so one run
    lists every problem.
    """
    env = os.environ if environ is None else environ
    config_path = find_config_path(path)
    problems: list[Problem] = []
    raw: dict[str, Any] = {}
    files: dict[int, str] = {}
    if config_path is not None:
        raw = _read_toml(config_path, problems)
        if problems:
            raise ConfigError(_headline(config_path), problems)  # nothing to go on with
        raw, files = _with_campaign_files(config_path, raw, problems)
    where = str(config_path) if config_path else "(defaults)"
    settings, valid = _validated(raw, where, files, problems)
    if settings is not None:
        settings = _resolved(settings, config_path, env)
        if "templates_dir" in valid or "templates_dir" not in raw:
            problems.extend(_check_campaigns(settings.templates_dir, raw, where, files))
        if check_secrets:
            problems.extend(_check_secrets(settings, raw, env, where))
    if problems or settings is None:
        raise ConfigError(_headline(config_path), problems)
    return settings


def _validated(
    raw: dict[str, Any], where: str, files: dict[int, str], problems: list[Problem]
) -> tuple[Settings | None, dict[str, Any]]:
    """The settings, and the document they were made from. On errors, records
    them and validates again without the parts that failed (their defaults
    apply), so the later checks still see the rest."""
    valid: dict[str, Any] | None = raw
    attempt = 0
    while valid is not None and attempt < 5:
        try:
            return Settings.model_validate(valid), valid
        except ValidationError as exc:
            if attempt == 0:  # later rounds would report what the pruning did
                problems.extend(_problems(where, exc, files))
            valid = _pruned(valid, exc)
            attempt += 1
    return None, {}


def _pruned(raw: dict[str, Any], exc: ValidationError) -> dict[str, Any] | None:
    """``raw`` without the keys (or whole campaigns) the errors point at."""
    out = copy.deepcopy(raw)
    dropped_campaigns: set[int] = set()
    for err in exc.errors():
        loc = _plain_loc(list(err["loc"]))
        if len(loc) >= 2 and loc[0] == "campaigns" and isinstance(loc[1], int):
            dropped_campaigns.add(loc[1])
            continue
        # a bad item of a list (tags_include[1]) takes the whole list out
        ints = [i for i, part in enumerate(loc) if isinstance(part, int)]
        keys = loc[: ints[0]] if ints else loc
        parent: Any = out
        for key in keys[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        if not keys or not isinstance(parent, dict) or keys[-1] not in parent:
            return None  # nothing left to take out: give up on the later checks
        del parent[keys[-1]]
    if dropped_campaigns and isinstance(out.get("campaigns"), list):
        out["campaigns"] = [c for i, c in enumerate(out["campaigns"]) if i not in dropped_campaigns]
    return out


def _headline(path: Path | None) -> str:
    return f"invalid configuration in {path}" if path else "invalid configuration"


def _read_toml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(str(path), "file not found (see `winback init`)"))
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"cannot read: {exc}"))
        return {}
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(str(path), f"not valid TOML: {exc}"))
        return {}


def _with_campaign_files(
    path: Path, raw: dict[str, Any], problems: list[Problem]
) -> tuple[dict[str, Any], dict[int, str]]:
    """Campaigns from ``campaigns/*.toml`` beside the config, one per file.

    Returns the merged document and which campaign index came from which file.
    """
    folder = path.parent / "campaigns"
    inline = raw.get("campaigns", [])
    if not folder.is_dir() or not isinstance(inline, list):
        return raw, {}  # a wrong type is reported by validation
    campaigns = list(inline)
    files: dict[int, str] = {}
    for file in sorted(folder.glob("*.toml")):
        data = _read_toml(file, problems)
        if data:
            data.setdefault("name", file.stem)
            files[len(campaigns)] = str(file)
            campaigns.append(data)
    return {**raw, "campaigns": campaigns}, files


def _problems(where: str, exc: ValidationError, files: dict[int, str]) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = list(err["loc"])
        file = where
        if len(loc) >= 2 and loc[0] == "campaigns" and loc[1] in files:
            file = files[loc[1]]
            loc = loc[2:]
        key = _keypath(_plain_loc(loc))
        if err["type"] == "extra_forbidden":
            reason = "unknown key"
        elif err["type"] == "missing":
            reason = "required key is missing"
        else:
            reason = err["msg"].removeprefix("Value error, ")
            if (
                "input" in err
                and err["type"] not in ("model_type",)
                and not isinstance(err["input"], dict)
            ):
                reason = f"{reason} (got {err['input']!r})"
        out.append(Problem(f"{file}: {key}" if key else file, reason))
    return out


def _plain_loc(loc: list[Any]) -> list[Any]:
    """pydantic reports union members and function validators in loc; drop them."""
    return [
        part
        for part in loc
        if not (isinstance(part, str) and ("[" in part or part.startswith("function-")))
    ]


def _keypath(loc: list[Any]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            part = "import" if part == "import_" else "from" if part == "from_" else part
            path += f".{part}" if path else str(part)
    return path


def _resolved(settings: Settings, path: Path | None, env: Mapping[str, str]) -> Settings:
    base = path.parent if path else Path.cwd()
    url = env.get(DATABASE_URL_ENV) or settings.database.url
    url = _sqlite_relative_to(url, base)
    templates_dir = settings.templates_dir
    if not templates_dir.is_absolute():
        templates_dir = (base / templates_dir).resolve()
    return settings.model_copy(
        update={
            "source": path.resolve() if path else None,
            "database": DatabaseSettings(url=url),
            "templates_dir": templates_dir,
        }
    )


def _sqlite_relative_to(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if url.startswith(prefix):
        rest = url[len(prefix) :]
        db, sep, query = rest.partition("?")
        if db and db != ":memory:" and not db.startswith("/"):
            return f"{prefix}{(base / db).resolve()}{sep}{query}"
    return url


def _check_campaigns(
    templates_dir: Path, raw: dict[str, Any], where: str, files: dict[int, str]
) -> list[Problem]:
    """Duplicate names and missing template folders, read from the document so
    a campaign that failed validation is still checked, and blamed on its own
    file when it came from ``campaigns/NAME.toml``."""
    campaigns = raw.get("campaigns")
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, data in enumerate(campaigns if isinstance(campaigns, list) else []):
        if not isinstance(data, dict):
            continue
        prefix = f"{files[i]}: " if i in files else f"{where}: campaigns[{i}]."
        name, folder = data.get("name"), data.get("templates") or data.get("name")
        if isinstance(name, str):
            if name in seen:
                problems.append(Problem(f"{prefix}name", f"campaign {name!r} is defined twice"))
            seen.add(name)
        calls_only = data.get("channels") == ["call"]  # a call needs no template
        if isinstance(folder, str) and not calls_only and not (templates_dir / folder).is_dir():
            problems.append(
                Problem(
                    f"{prefix}templates",
                    f"template folder {folder!r} not found in {templates_dir}",
                )
            )
    return problems


# (channel, transport that needs a secret, key naming its environment variable)
_CHANNEL_SECRETS = (
    ("email", "smtp", "password_env"),
    ("sms", "http", "token_env"),
    ("telegram", "bot", "token_env"),
)


def _check_secrets(
    settings: Settings, raw: dict[str, Any], env: Mapping[str, str], where: str
) -> list[Problem]:
    """Every secret the configuration names, read from the document so a
    channel section that failed validation is still checked."""
    problems = []
    channels = raw.get("channels")
    for channel, transport, key in _CHANNEL_SECRETS:
        section = channels.get(channel) if isinstance(channels, dict) else None
        if not isinstance(section, dict) or section.get("transport") != transport:
            continue
        name = section.get(key)
        if isinstance(name, str) and name and not env.get(name):
            problems.append(
                Problem(
                    f"{where}: channels.{channel}.{key}", f"environment variable {name} is not set"
                )
            )
    _, problem = unsubscribe_secret(settings, env, where)
    return problems if problem is None else [*problems, problem]
