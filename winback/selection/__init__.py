"""Selection: who is lost, who is worth winning back, and in what order."""

from winback.selection.statement import (
    CLIENT_CONTACT_COLUMNS,
    Candidate,
    Summary,
    build_statement,
    explain,
    first_usable_channel,
    group_of,
    select_candidates,
)

__all__ = [
    "CLIENT_CONTACT_COLUMNS",
    "Candidate",
    "Summary",
    "build_statement",
    "explain",
    "first_usable_channel",
    "group_of",
    "select_candidates",
]
