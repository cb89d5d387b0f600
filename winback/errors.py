"""One error hierarchy. The CLI turns each into a message and an exit code.

Exit codes: 0 ok, 1 runtime failure, 2 bad usage / config / input.
"""

from __future__ import annotations

from dataclasses import dataclass


class WinbackError(Exception):
    """winback failed."""

    exit_code = 1

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip())


class UsageError(WinbackError):
    """Bad usage or input."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a piece of input: where, and why."""

    where: str  # "winback.toml: campaigns[0].select.nps_max" or "orders.csv:17: amount"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ProblemsError(UsageError):
    """Input has problems; every one of them is listed."""

    def __init__(self, headline: str, problems: list[Problem]) -> None:
        self.headline = headline
        self.problems = problems
        lines = [headline, *(f"  - {p}" for p in problems)]
        super().__init__("\n".join(lines))


class ConfigError(ProblemsError):
    """The configuration is invalid."""


class ImportValidationError(ProblemsError):
    """The CSV file has bad rows; nothing was imported."""


class TemplateError(ProblemsError):
    """Campaign templates have problems."""


class DatabaseError(WinbackError):
    """The database could not be reached or used."""


class SchemaError(WinbackError):
    """The database schema is missing or not at the current version."""


class ChannelError(WinbackError):
    """A channel failed to deliver a message.

    ``permanent`` says whether retrying on this channel can help; ``retry_after``
    is a wait the provider asked for, in seconds.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool,
        reason: str = "error",
        retry_after: float | None = None,
        suppress: bool = False,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.reason = reason
        self.retry_after = retry_after
        self.suppress = suppress


class ChannelConfigError(WinbackError):
    """A channel is misconfigured at run time (e.g. its secret is missing)."""


class TokenError(UsageError):
    """The unsubscribe token is malformed or forged."""
