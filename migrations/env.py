"""Alembic environment.

``winback db …`` hands over an open connection (``config.attributes``);
plain ``alembic upgrade head`` resolves the URL as winback does.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context

from winback.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    from winback.config import load_config

    return load_config().database.url


def run_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    if config.config_file_name and not config.attributes.get("quiet"):
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    from winback.db import make_engine
    from winback.migrate import migrating

    engine = make_engine(_url())
    try:
        with engine.connect() as conn, migrating(conn):
            _run(conn)
    finally:
        engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite alters tables by copying them; batch mode does that for us.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
