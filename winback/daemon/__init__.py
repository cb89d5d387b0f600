"""`winback daemon`: the scheduler, the workers' coordination, the HTTP endpoint."""

from winback.daemon.service import Daemon

__all__ = ["Daemon"]
