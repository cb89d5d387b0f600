"""The data model, in three modules over one declarative base:

* :mod:`winback.models.base`: the conventions every table follows (epoch
  timestamps, integer money, bounded keys) and the shared column types;
* :mod:`winback.models.crm`: the CRM side (clients, orders, NPS answers,
  incidents) and the per-client order aggregates winback keeps;
* :mod:`winback.models.log`: winback's own log (cycles, assignments, messages,
  suppressions, workers);
* :mod:`winback.models.results`: what came of it (attribution outcomes, call
  tasks);
* :mod:`winback.models.fits`: the fitted BG/NBD models.

Everything is re-exported here, so ``from winback.models import Client`` works
and importing this package registers every table on ``Base.metadata``.
"""

from winback.models.base import (
    CHANNELS,
    FINAL_MESSAGE_STATUSES,
    GROUPS,
    INCIDENT_KINDS,
    MESSAGE_STATUSES,
    MYSQL_TABLE,
    NAMING_CONVENTION,
    RUN_STATUSES,
    UTC,
    Base,
    Epoch,
    from_epoch,
    table_of,
    to_epoch,
)
from winback.models.crm import (
    Client,
    ClientActivitySpell,
    ClientOrderStats,
    ClientOrderStatsStale,
    ClientTag,
    Incident,
    NpsAnswer,
    Order,
    OrderRevenueDay,
    OrderRevenueDelta,
    ReportSummaryState,
)
from winback.models.fits import ModelFit
from winback.models.log import (
    Assignment,
    CampaignRun,
    Message,
    MessageEvent,
    ScheduleFire,
    Suppression,
    Worker,
)
from winback.models.results import (
    AssignmentOutcome,
    AttributionStale,
    AttributionState,
    CallTask,
)

__all__ = [
    "CHANNELS",
    "FINAL_MESSAGE_STATUSES",
    "GROUPS",
    "INCIDENT_KINDS",
    "MESSAGE_STATUSES",
    "MYSQL_TABLE",
    "NAMING_CONVENTION",
    "RUN_STATUSES",
    "UTC",
    "Assignment",
    "AssignmentOutcome",
    "AttributionStale",
    "AttributionState",
    "Base",
    "CallTask",
    "CampaignRun",
    "Client",
    "ClientActivitySpell",
    "ClientOrderStats",
    "ClientOrderStatsStale",
    "ClientTag",
    "Epoch",
    "Incident",
    "Message",
    "MessageEvent",
    "ModelFit",
    "NpsAnswer",
    "Order",
    "OrderRevenueDay",
    "OrderRevenueDelta",
    "ReportSummaryState",
    "ScheduleFire",
    "Suppression",
    "Worker",
    "from_epoch",
    "table_of",
    "to_epoch",
]
