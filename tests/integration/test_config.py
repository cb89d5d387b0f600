"""Configuration: every problem in one run, each named by its own file and key;
values that would inject a header or a request line; the unsubscribe secret."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli
from winback.config import MAKE_SECRET, Settings, load_config, unsubscribe_secret
from winback.errors import ConfigError

STRONG = "k" * 32
SECRET_ENV = {"WINBACK_UNSUBSCRIBE_SECRET": STRONG}
TEMPLATES = ROOT / "campaign_templates"
CAMPAIGN = '[[campaigns]]\nname = "lapsed-regulars"\n[campaigns.select]\nlast_order_days_min = 90\n'


def _problems(path: Path, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path, check_secrets=True, environ=environ or {})
    return [str(p) for p in caught.value.problems]


def _config(folder: Path, text: str) -> Path:
    path = folder / "winback.toml"
    path.write_text(f'templates_dir = "{TEMPLATES}"\n{text}', encoding="utf-8")
    return path


def test_every_problem_is_listed_in_one_run(tmp_path: Path) -> None:
    """Structural problems used to stop the load before the environment and
    template folders were looked at: the user met them one run at a time."""
    path = _config(
        tmp_path,
        "colour = 'blue'\n"
        "[channels.email]\ntransport = 'smtp'\nport = 'twenty-five'\n"
        "username = 'shop'\npassword_env = 'SMTP_PASSWORD'\n"
        "[channels.sms]\ntransport = 'http'\nurl = 'ftp://sms.example.com'\ntoken_env = 'SMS_T'\n"
        + CAMPAIGN
        + '[[campaigns]]\nname = "nowhere"\nmax_per_run = "many"\n'
        "[campaigns.select]\nlast_order_days_min = 90\n",
    )
    problems = _problems(path)
    where = str(path)
    expected = [
        f"{where}: colour: unknown key",
        f"{where}: channels.email.port: Input should be a valid integer",
        f"{where}: channels.sms.url: must be an http(s) URL",
        f"{where}: campaigns[1].max_per_run: Input should be a valid integer",
        f"{where}: channels.email.password_env: environment variable SMTP_PASSWORD is not set",
        f"{where}: channels.sms.token_env: environment variable SMS_T is not set",
        f"{where}: unsubscribe.secret_env: environment variable WINBACK_UNSUBSCRIBE_SECRET is not set",
        f"{where}: campaigns[1].templates: template folder 'nowhere' not found",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected), problems  # and nothing made up by the retry


def test_a_problem_in_a_campaign_file_names_that_file(tmp_path: Path) -> None:
    path = _config(tmp_path, CAMPAIGN)
    (tmp_path / "campaigns").mkdir()
    spring = tmp_path / "campaigns" / "spring.toml"
    spring.write_text('templates = "no-such-folder"\n[select]\nnps_max = 6\n', encoding="utf-8")
    twice = tmp_path / "campaigns" / "twice.toml"
    twice.write_text('name = "lapsed-regulars"\nbogus = 1\n[select]\nnps_max = 6\n')
    broken = tmp_path / "campaigns" / "broken.toml"
    broken.write_text("[select\n")
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG})
    assert problems[0].startswith(f"{broken}: not valid TOML")
    assert sorted(problems[1:]) == sorted(
        [
            f"{spring}: templates: template folder 'no-such-folder' not found in {TEMPLATES}",
            f"{twice}: bogus: unknown key",
            f"{twice}: name: campaign 'lapsed-regulars' is defined twice",
        ]
    )


@pytest.mark.parametrize(
    ("key", "toml", "reason"),
    [
        (
            "channels.email.from",
            'from = "Shop <shop@example.com>\\r\\nBcc: leak@example.net"',
            "'\\r'",
        ),
        ("channels.email.from", 'from = "Shop <shop@example.com>\\nBcc: x@example.net"', "'\\n'"),
        ("channels.email.from", 'from = "Shop"', "must be one address"),
        ("channels.email.from", 'from = "a@example.com, b@example.com"', "must be one address"),
        ("channels.email.from", 'from = "Shop <shop@>"', "must be one address"),
        (
            "channels.email.reply_to",
            'reply_to = "x@example.com\\u0085Bcc: y@example.net"',
            "'\\x85'",
        ),
        ("channels.email.host", 'host = "smtp.example.com\\r\\n"', "'\\r'"),
        ("unsubscribe.base_url", 'base_url = "https://x.example/\\r\\nSet-Cookie: a=b"', "'\\r'"),
        ("unsubscribe.base_url", 'base_url = "javascript:alert(1)"', "http(s) URL"),
        ("unsubscribe.base_url", 'base_url = "https://x.example:port/w"', "port"),
        ("unsubscribe.base_url", 'base_url = "https:///no-host"', "http(s) URL"),
        ("channels.sms.url", 'url = "http://sms.example/send\\u0000"', "'\\x00'"),
        ("channels.telegram.base_url", 'base_url = "file:///etc/passwd"', "http(s) URL"),
        ("company.url", 'url = "https://shop.example.com\\t/x"', "'\\t'"),
    ],
)
def test_header_and_request_injection_through_config_is_refused(
    tmp_path: Path, key: str, toml: str, reason: str
) -> None:
    section = key.rsplit(".", 1)[0]
    path = _config(tmp_path, f"[{section}]\n{toml}\n")
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG})
    assert len(problems) == 1 and problems[0].startswith(f"{path}: {key}: "), problems
    assert reason in problems[0]


def test_sound_addresses_urls_and_free_text_are_accepted(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        '[company]\nurl = "https://shop.example.com/"\nsignature = """Команда\n\tмагазина"""\n'
        '[unsubscribe]\nbase_url = "http://127.0.0.1:8080/winback/"\n'
        '[channels.email]\nfrom = "\\"Shop, Inc\\" <shop@example.com>"\nreply_to = "help@example.com"\n'
        '[channels.telegram]\nbase_url = "http://127.0.0.1:9000/bot"\n',
    )
    settings = load_config(path)
    assert settings.unsubscribe.base_url == "http://127.0.0.1:8080/winback"
    assert settings.company.signature == "Команда\n\tмагазина"
    load_config(ROOT / "config.example.toml")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("x", "too short (1 characters, at least 32"),
        ("", "is empty"),
        ("    ", "is empty"),
        ("change-me-to-a-long-random-string", "example value"),
        ("k" * 31, "too short (31 characters"),
    ],
)
def test_a_weak_unsubscribe_secret_is_refused(tmp_path: Path, value: str, reason: str) -> None:
    """A short or published secret lets an outsider forge unsubscribe links."""
    path = _config(tmp_path, "")
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": value})
    assert problems == [
        f"environment variable WINBACK_UNSUBSCRIBE_SECRET: {problems[0].split(': ', 1)[1]}"
    ]
    assert reason in problems[0] and MAKE_SECRET in problems[0]
    assert value.strip() == "" or value not in problems[0].replace(MAKE_SECRET, "")
    load_config(path, check_secrets=True, environ={"WINBACK_UNSUBSCRIBE_SECRET": "k" * 32})


def test_settings_secret_refuses_a_weak_unsubscribe_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = load_config(_config(tmp_path, ""))
    monkeypatch.setenv("WINBACK_UNSUBSCRIBE_SECRET", "short")
    with pytest.raises(ConfigError, match="too short"):
        settings.secret("WINBACK_UNSUBSCRIBE_SECRET")
    monkeypatch.setenv("WINBACK_UNSUBSCRIBE_SECRET", STRONG)
    assert settings.secret("WINBACK_UNSUBSCRIBE_SECRET") == STRONG
    monkeypatch.setenv("OTHER_TOKEN", "t")  # channel tokens are the provider's business
    assert settings.secret("OTHER_TOKEN") == "t"


def test_init_writes_a_private_secret_read_only_while_the_variable_is_unset(
    tmp_path: Path,
) -> None:
    home = tmp_path / "demo"
    done = run_cli("init", str(home))
    assert done.returncode == 0, done.stderr
    secret_file = home / ".winback-secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert ".winback-secret" in (home / ".gitignore").read_text().splitlines()
    value = secret_file.read_text().strip()
    assert len(value) >= 32
    assert str(secret_file) in done.stdout and value not in done.stdout

    settings = load_config(home / "winback.toml")
    assert unsubscribe_secret(settings, {}) == (value, None)
    assert unsubscribe_secret(settings, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG}) == (STRONG, None)
    _, problem = unsubscribe_secret(settings, {"WINBACK_UNSUBSCRIBE_SECRET": "x"})
    assert problem is not None and "too short" in problem.reason  # the file is no fallback then

    checked = run_cli("--config", str(home / "winback.toml"), "check")
    assert checked.returncode == 0, checked.stderr
    assert f"the unsubscribe secret comes from {secret_file}" in checked.stderr

    secret_file.chmod(0o644)
    refused = run_cli("--config", str(home / "winback.toml"), "check")
    assert refused.returncode == 2 and "chmod 600" in refused.stderr


def test_no_secret_file_without_a_config_file(tmp_path: Path) -> None:
    (tmp_path / ".winback-secret").write_text(STRONG)
    (tmp_path / ".winback-secret").chmod(0o600)
    settings = Settings.model_validate({})
    _, problem = unsubscribe_secret(settings, {})
    assert problem is not None and "is not set" in problem.reason


def test_the_readme_exports_no_secret() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "WINBACK_UNSUBSCRIBE_SECRET=" not in readme
    assert "change-me" not in readme


# ------------------------------------------------------ schedule, scheduler, http


def _scheduled(schedule: str) -> str:
    return CAMPAIGN.replace(
        "\n[campaigns.select]", f'\nschedule = "{schedule}"\n[campaigns.select]'
    )


def test_an_invalid_schedule_is_a_config_problem_with_its_key_and_reason(tmp_path: Path) -> None:
    path = _config(tmp_path, _scheduled("0 3 * * 8"))
    (tmp_path / "campaigns").mkdir()
    spring = tmp_path / "campaigns" / "spring.toml"
    spring.write_text(
        'templates = "lapsed-regulars"\nschedule = "0 10 * *"\n[select]\nnps_max = 6\n'
    )
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG})
    assert sorted(problems) == sorted(
        [
            f"{path}: campaigns[0].schedule: day-of-week 8 is out of range 0-7 (got '0 3 * * 8')",
            f"{spring}: schedule: expected 5 fields (minute hour day-of-month month"
            " day-of-week), got 4 (got '0 10 * *')",
        ]
    )
    for command in (["check"], ["preview", "lapsed-regulars"], ["run-once", "lapsed-regulars"]):
        done = run_cli("--config", str(path), *command, cwd=tmp_path, env=SECRET_ENV)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert f"{path}: campaigns[0].schedule: day-of-week 8 is out of range 0-7" in done.stderr
        assert f"{spring}: schedule: expected 5 fields" in done.stderr
        assert "Traceback" not in done.stderr


def test_schedules_and_the_new_sections_load(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        '[logging]\nformat = "json"\n'
        '[scheduler]\ntimezone = "Europe/Berlin"\nmisfire_grace_seconds = 0\n'
        "send_interval_seconds = 5\nheartbeat_seconds = 2\nshutdown_timeout_seconds = 9\n"
        '[http]\nlisten = "[::1]:8080"\n' + _scheduled("0 10 * * MON-fri"),
    )
    settings = load_config(path)
    assert settings.campaigns[0].schedule == "0 10 * * MON-fri"
    assert settings.logging.format == "json"
    assert (settings.http.host, settings.http.port, settings.http.enabled) == ("::1", 8080, True)
    scheduler = settings.scheduler
    assert (scheduler.misfire_grace_seconds, scheduler.send_interval_seconds) == (0, 5)
    assert (scheduler.heartbeat_seconds, scheduler.shutdown_timeout_seconds) == (2, 9)


def test_defaults_of_the_new_keys() -> None:
    settings = Settings.model_validate({"campaigns": [{"name": "c", "select": {"nps_max": 6}}]})
    assert settings.campaigns[0].schedule is None and settings.campaigns[0].enabled
    assert settings.logging.format == "text"
    assert settings.http.listen is None and not settings.http.enabled
    with pytest.raises(ValueError, match="listen is not set"):
        settings.http.port  # noqa: B018
    scheduler = settings.scheduler
    assert (scheduler.misfire_grace_seconds, scheduler.send_interval_seconds) == (3600, 60)
    assert (scheduler.heartbeat_seconds, scheduler.shutdown_timeout_seconds) == (10, 30)


@pytest.mark.parametrize(
    ("listen", "host", "port"),
    [
        ("127.0.0.1:8080", "127.0.0.1", 8080),
        ("0.0.0.0:1", "0.0.0.0", 1),
        ("[::1]:65535", "::1", 65535),
        ("[::]:80", "::", 80),
        ("localhost:8080", "localhost", 8080),
        ("winback.internal.example:9000", "winback.internal.example", 9000),
    ],
)
def test_listen_addresses(tmp_path: Path, listen: str, host: str, port: int) -> None:
    settings = load_config(_config(tmp_path, f'[http]\nlisten = "{listen}"\n'))
    assert (settings.http.host, settings.http.port) == (host, port)


@pytest.mark.parametrize(
    ("listen", "reason"),
    [
        ("8080", 'must be "host:port", e.g. "127.0.0.1:8080" or "[::1]:8080"'),
        (":8080", 'must be "host:port"'),
        ("", 'must be "host:port"'),
        ("127.0.0.1", 'must be "host:port"'),
        ("127.0.0.1:0", "port '0' is not a number from 1 to 65535"),
        ("127.0.0.1:65536", "port '65536' is not a number from 1 to 65535"),
        ("127.0.0.1:http", "port 'http' is not a number"),
        ("127.0.0.1:", "port '' is not a number"),
        ("::1:8080", 'an IPv6 address goes in brackets: "[::1]:8080"'),
        ("[::1]8080", 'must be "host:port"'),
        ("[::1", 'must be "host:port"'),
        ("[not-v6]:80", "'not-v6' in brackets is not an IPv6 address"),
        ("300.1.1.1:80", "'300.1.1.1' is not an IPv4 address"),
        ("bad_host:80", "'bad_host' is not an IP address or a host name"),
        ("-lead.example:80", "'-lead.example' is not an IP address or a host name"),
        ("http://127.0.0.1:8080", 'must be "host:port" without a scheme'),
    ],
)
def test_bad_listen_addresses_are_refused(tmp_path: Path, listen: str, reason: str) -> None:
    path = _config(tmp_path, f'[http]\nlisten = "{listen}"\n')
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG})
    assert len(problems) == 1 and problems[0].startswith(f"{path}: http.listen: {reason}"), problems


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[scheduler]\nmisfire_grace_seconds = -1", "scheduler.misfire_grace_seconds"),
        ("[scheduler]\nsend_interval_seconds = 0", "scheduler.send_interval_seconds"),
        ("[scheduler]\nheartbeat_seconds = 0", "scheduler.heartbeat_seconds"),
        ("[scheduler]\nshutdown_timeout_seconds = 0", "scheduler.shutdown_timeout_seconds"),
        ("[scheduler]\nheartbeat_seconds = 86400", "scheduler.heartbeat_seconds"),
        ('[logging]\nformat = "xml"', "logging.format"),
        ("[http]\nport = 8080", "http.port"),
    ],
)
def test_bad_scheduler_logging_and_http_keys(tmp_path: Path, toml: str, key: str) -> None:
    path = _config(tmp_path, toml + "\n")
    problems = _problems(path, {"WINBACK_UNSUBSCRIBE_SECRET": STRONG})
    assert len(problems) == 1 and problems[0].startswith(f"{path}: {key}: "), problems
