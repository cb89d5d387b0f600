"""`winback suppress add|remove` by address: normalised as the importer
normalises the same address, so that it matches the client, or refused."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, insert

from tests.conftest import run_cli, write_config
from winback.models import Suppression
from winback.timeutil import now_utc

CAMPAIGN = """
[[campaigns]]
name = "all3"
templates = "lapsed-regulars"
channels = ["email", "sms", "telegram"]
cooldown_days = 0
[campaigns.select]
last_order_days_min = 90
"""
AS_OF = "2024-03-01"


def cli(cfg: Path, *args: str) -> tuple[int, str, str]:
    done = run_cli("--config", str(cfg), *args)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def listed(cfg: Path) -> list[dict[str, str]]:
    code, out, err = cli(cfg, "suppress", "list", "--format", "json")
    assert code == 0, err
    return list(json.loads(out))


def test_an_address_that_could_match_no_client_is_refused(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path, db_url)
    bad = [
        ("email", "x5@EXAMPLE.com."),  # trailing dot: the importer refuses it
        ("email", ""),
        ("email", "a@b"),
        ("sms", ""),
        ("sms", "+7916123"),
        ("telegram", "٣٤"),  # Arabic-Indic digits: str.isdigit() says yes
        ("telegram", "1" * 25),
        ("telegram", "--5"),
    ]
    for channel, address in bad:
        code, out, err = cli(cfg, "suppress", "add", "--channel", channel, "--", address)
        assert code == 2, (channel, address, out)
        assert f"{channel} address {address!r}" in err, err
    long_reason = "r" * 256
    code, _, err = cli(
        cfg, "suppress", "add", "--channel", "sms", "--reason", long_reason, "+79161234567"
    )
    assert code == 2 and "longer than 255 characters" in err
    assert listed(cfg) == []  # nothing half-recorded
    code, out, err = cli(cfg, "suppress", "add", "--channel", "telegram", "--", "-1001234567890")
    assert code == 0 and "suppression added" in out, err


def test_a_suppressed_address_matches_the_imported_client(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path, db_url, CAMPAIGN)
    clients = tmp_path / "clients.csv"
    clients.write_text(
        "external_id,email,phone,telegram_chat_id,email_consent,sms_consent,telegram_consent\n"
        "C-1,Ann@xn--e1afmkfd.xn--p1ai,+7 916 123-45-67,123456789,yes,yes,yes\n",
        encoding="utf-8",
    )
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "external_id,client_external_id,placed_at,amount\nO-1,C-1,2023-06-01,1500.00\n",
        encoding="utf-8",
    )
    for kind, path in (("clients", clients), ("orders", orders)):
        code, _, err = cli(cfg, "import", kind, str(path))
        assert code == 0, err

    def standing() -> dict[str, str]:
        code, out, err = cli(
            cfg, "preview", "all3", "--as-of", AS_OF, "--client", "C-1", "--format", "json"
        )
        assert code == 0, err
        return dict(json.loads(out)[0])

    assert standing().get("excluded_by") is None  # lost, and a run takes it
    for channel, address in (
        ("email", " ANN@XN--E1AFMKFD.XN--P1AI "),  # the importer gives the domain in Unicode
        ("sms", "8 (916) 123 45 67"),
        ("telegram", " 123456789 "),
    ):
        code, out, err = cli(cfg, "suppress", "add", "--channel", channel, address)
        assert code == 0 and "suppression added" in out, err
    assert {r["address"] for r in listed(cfg)} == {"ann@пример.рф", "+79161234567", "123456789"}
    assert standing()["excluded_by"] == "opted_out"


def test_a_row_stored_unchecked_by_an_older_version_can_be_removed(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path, db_url)
    with engine.begin() as conn:
        conn.execute(
            insert(Suppression).values(
                channel="email",
                address="x5@example.com.",
                kind="suppression",
                reason="manual",
                source="cli",
                created_at=now_utc(),
            )
        )
    code, out, err = cli(cfg, "suppress", "remove", "--channel", "email", "x5@EXAMPLE.com.")
    assert code == 0 and "removed 1" in out, err
    assert listed(cfg) == []
    code, _, err = cli(cfg, "suppress", "remove", "--channel", "email", "x5@EXAMPLE.com.")
    assert code == 2 and "email address 'x5@EXAMPLE.com.'" in err
