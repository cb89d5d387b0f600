"""Fitted models: the BG/NBD parameters ``winback model fit`` stores.

Each fit is kept (a history of the parameters); the newest by ``fitted_at``
(then id) is the one selection and reports use. Parameters are in the fit's
``unit`` (days or weeks); ``as_of`` is the moment of the data it was fitted on.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Double, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from winback.models.base import MYSQL_TABLE, Base, Timestamp, _in, intpk

MODEL_UNITS = ("days", "weeks")


class ModelFit(Base):
    """One BG/NBD fit: parameters, the data's as-of moment and unit, how it went."""

    __tablename__ = "model_fits"

    id: Mapped[intpk]
    fitted_at: Mapped[Timestamp]
    as_of: Mapped[Timestamp]
    unit: Mapped[str] = mapped_column(String(8))
    clients: Mapped[int] = mapped_column(Integer)
    r: Mapped[float] = mapped_column(Double)
    alpha: Mapped[float] = mapped_column(Double)
    a: Mapped[float] = mapped_column(Double)
    b: Mapped[float] = mapped_column(Double)
    log_likelihood: Mapped[float] = mapped_column(Double)
    seconds: Mapped[float] = mapped_column(Double)
    iterations: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint(_in("unit", MODEL_UNITS), name="unit"),
        Index(None, "fitted_at"),
        MYSQL_TABLE,
    )


__all__ = ["MODEL_UNITS", "ModelFit"]
