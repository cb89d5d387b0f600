"""Campaign templates: the sandbox, escaping, locales, formatting, SMS length,
HTML→text, and `winback check` on the shipped and on broken template folders."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, run_cli, write_config
from winback.config import Settings, load_config
from winback.errors import TemplateError
from winback.rendering.campaign import CampaignTemplates
from winback.rendering.check import check_templates
from winback.rendering.context import build_context, sample_context
from winback.rendering.environment import format_day, format_money, plural_form
from winback.rendering.gsm import GSM_BASIC, sms_parts, sms_text
from winback.rendering.markup import html_to_text, telegram_problems

GOOD = {
    "email.subject.j2": "Hello {{ client.first_name }}",
    "email.html.j2": '<p>Hi {{ client.name }}</p><a href="{{ unsubscribe_url }}">unsubscribe</a>',
    "email.txt.j2": "Hi {{ client.name }}\nUnsubscribe: {{ unsubscribe_url }}",
    "sms.txt.j2": "{{ client.first_name }}: {{ offer.code }}",
    "telegram.j2": "<b>{{ client.name }}</b> <code>{{ offer.code }}</code>",
}


def make_settings(
    tmp_path: Path,
    files: dict[str, str],
    *,
    channels: tuple[str, ...] = ("email", "sms", "telegram"),
    extra: dict[str, Any] | None = None,
) -> Settings:
    """One campaign "c" whose folder holds `files`."""
    root = tmp_path / "campaign_templates"
    folder = root / "c"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name.startswith("_layout/") else folder / name).parent.mkdir(
            parents=True, exist_ok=True
        )
        (root / name if name.startswith("_layout/") else folder / name).write_text(
            text, encoding="utf-8"
        )
    campaign = {
        "name": "c",
        "channels": list(channels),
        "select": {"last_order_days_min": 90},
        "offer": {"discount_percent": 10, "code_prefix": "WB", "valid_days": 14},
    }
    return Settings.model_validate(
        {"templates_dir": root, "campaigns": [campaign], **(extra or {})}
    )


def context(settings: Settings, **client: Any) -> dict[str, Any]:
    return build_context(
        settings=settings,
        campaign=settings.campaigns[0],
        client={"name": "Анна Петрова", "locale": "ru", "external_id": "C1", **client},
        stats={"days_since_last_order": 120, "orders": 3, "revenue": 150_000},
        offer={"code": "WB-AAAA-BBBB", "valid_until": dt.date(2025, 6, 21)},
        unsubscribe_url="https://shop.example.com/winback/u/tok",
    )


def problems_of(settings: Settings) -> list[str]:
    with pytest.raises(TemplateError) as info:
        check_templates(settings)
    return [str(p) for p in info.value.problems]


def render(settings: Settings, channel: str, **client: Any) -> Any:
    templates = CampaignTemplates.load(settings, settings.campaigns[0])
    ctx = context(settings, **client)
    return templates.render(channel, ctx, ctx["client"]["locale"])


# -------------------------------------------------------------------- sandbox


def test_sandbox_blocks_unsafe_attribute_access(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {**GOOD, "sms.txt.j2": "hi\n{{ ''.__class__.__mro__ }}"})
    problems = problems_of(settings)
    assert any(
        p.startswith("campaign_templates/c/sms.txt.j2:2: not allowed") and "__class__" in p
        for p in problems
    ), problems
    with pytest.raises(TemplateError, match="unsafe"):
        render(settings, "sms")


def test_sandbox_is_immutable(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, {**GOOD, "sms.txt.j2": "{{ client.update(name='x') }}"})
    with pytest.raises(TemplateError, match="not allowed"):
        render(settings, "sms")


def test_strict_undefined_names_the_typo(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path, {**GOOD, "telegram.j2": "<b>hi</b>\n\n{{ client.frist_name }}"}
    )
    with pytest.raises(TemplateError) as info:
        render(settings, "telegram")
    (problem,) = info.value.problems
    assert problem.where == "campaign_templates/c/telegram.j2:3"
    assert "'frist_name' is undefined" in problem.reason
    assert "first_name" in problem.reason  # the keys that do exist, to spot the typo
    with pytest.raises(TemplateError, match="'clinet' is undefined"):
        settings = make_settings(tmp_path, {**GOOD, "telegram.j2": "{{ clinet.name }}"})
        render(settings, "telegram")


# ------------------------------------------------------------------- escaping


def test_autoescape_in_html_and_telegram_but_not_in_text_kinds(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, GOOD)
    name = '<Tom & "Jerry">'
    email = render(settings, "email", name=name)
    assert "<p>Hi &lt;Tom &amp; &#34;Jerry&#34;&gt;</p>" in email.html
    assert email.subject == "Hello <Tom"  # first word, verbatim
    assert email.text.startswith(f"Hi {name}\n")
    telegram = render(settings, "telegram", name=name)
    assert telegram.text.startswith("<b>&lt;Tom &amp; &#34;Jerry&#34;&gt;</b>")
    assert telegram_problems(telegram.text) == []
    assert render(settings, "sms", name="Tom&Jerry").text == "Tom&Jerry: WB-AAAA-BBBB"


# -------------------------------------------------------------------- locales


def test_locale_variant_fallback(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path,
        {
            **GOOD,
            "sms.txt.j2": "default {{ offer.valid_until|date }}",
            "sms.txt.ru.j2": "ru {{ offer.valid_until|date }}",
            "sms.txt.en.j2": "en {{ offer.valid_until|date }}",
        },
    )
    june = "21 июня 2025 г."
    assert render(settings, "sms", locale="ru_RU").text == f"ru {june}"
    assert render(settings, "sms", locale="ru-RU").text == f"ru {june}"
    assert render(settings, "sms", locale="en").text == "en June 21, 2025"
    assert render(settings, "sms", locale="en_GB").text == "en 21 June 2025"
    # Other locales get the default (Russian) file, formatted in Russian.
    assert render(settings, "sms", locale="de").text == f"default {june}"
    assert render(settings, "sms", locale=None).text == f"default {june}"
    assert render(settings, "sms", locale="xx_YY").text == f"default {june}"


def test_first_name_and_greeting_fallback(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, GOOD)
    assert context(settings, name="  Анна   Петрова ")["client"]["first_name"] == "Анна"
    assert context(settings, name="")["client"]["first_name"] == "клиент"
    assert context(settings, name=None, locale="en_US")["client"]["first_name"] == "there"


def test_offer_without_a_code_keeps_the_configured_terms(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, GOOD)
    ctx = build_context(
        settings=settings,
        campaign=settings.campaigns[0],
        client={"name": "Анна"},
        stats={},
        offer=None,
        unsubscribe_url="u",
    )
    assert ctx["offer"] == {
        "code": None,
        "discount_percent": 10,
        "discount_amount": None,
        "gift": None,
        "valid_until": None,
    }
    assert set(ctx["stats"]) == {
        "days_since_last_order",
        "orders",
        "revenue",
        "favourite_category",
        "last_order_date",
    }


def test_shipped_templates_present_an_offer_without_a_code() -> None:
    settings = load_config(ROOT / "config.example.toml")
    campaign = settings.campaign("lapsed-regulars")
    templates = CampaignTemplates.load(settings, campaign)
    ctx = sample_context(settings, campaign, "ru")
    ctx["offer"]["code"] = None
    email = templates.render("email", ctx, "ru")
    assert email.html is not None
    assert "Промокод не нужен" in email.html and "Промокод не нужен" in email.text
    assert "None" not in email.html + email.text
    telegram = templates.render("telegram", ctx, "ru")
    assert "<code>" not in telegram.text and "Промокод не нужен" in telegram.text


# ----------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("n", "word"),
    [
        (1, "день"),
        (2, "дня"),
        (4, "дня"),
        (5, "дней"),
        (11, "дней"),
        (12, "дней"),
        (21, "день"),
        (22, "дня"),
        (25, "дней"),
        (101, "день"),
        (111, "дней"),
        (0, "дней"),
    ],
)
def test_russian_plural(n: int, word: str) -> None:
    assert plural_form(n, ("день", "дня", "дней"), "ru") == word


@pytest.mark.parametrize(("n", "word"), [(1, "day"), (2, "days"), (0, "days"), (21, "days")])
def test_english_plural(n: int, word: str) -> None:
    assert plural_form(n, ("day", "days"), "en") == word


def sms_ru_and_en(tmp_path: Path, default: str, english: str) -> tuple[str, str]:
    """The SMS a Russian and an English client get from these two files."""
    settings = make_settings(tmp_path, {**GOOD, "sms.txt.j2": default, "sms.txt.en.j2": english})
    return render(settings, "sms").text, render(settings, "sms", locale="en").text


def test_plural_filter_and_function_in_a_template(tmp_path: Path) -> None:
    assert sms_ru_and_en(
        tmp_path,
        '{{ stats.orders }} {{ stats.orders|plural("заказ", "заказа", "заказов") }}, '
        '{{ stats.days_since_last_order }} {{ plural(stats.days_since_last_order, "день", "дня", "дней") }}',
        '{{ stats.orders }} {{ plural(stats.orders, "order", "orders") }}',
    ) == ("3 заказа, 120 дней", "3 orders")


def test_money_by_locale() -> None:
    nbsp = "\u00a0"
    assert format_money(150_000, "RUB", "ru") == f"1{nbsp}500{nbsp}₽"
    assert format_money(150_050, "RUB", "ru") == f"1{nbsp}500,50{nbsp}₽"
    assert format_money(150_000, "RUB", "en") == f"RUB{nbsp}1,500"
    assert format_money(150_050, "RUB", "en") == f"RUB{nbsp}1,500.50"
    assert format_money(150_000, "USD", "en") == "$1,500"
    assert format_money(1500, "JPY", "en") == "¥1,500"  # no minor unit


def test_dates_by_locale() -> None:
    day = dt.date(2025, 6, 21)
    assert format_day(day, "long", "ru") == "21 июня 2025\u202fг."
    assert format_day(day, "d MMMM", "ru") == "21 июня"
    assert format_day(day, "long", "en") == "June 21, 2025"


def test_money_and_date_filters(tmp_path: Path) -> None:
    assert sms_ru_and_en(
        tmp_path,
        "{{ stats.revenue|money }} {{ money(100, 'EUR') }} {{ offer|discount }}"
        " {{ offer.valid_until|date('d MMMM') }}",
        "{{ stats.revenue|money }} {{ offer.valid_until|date }}",
    ) == ("1 500 ₽ 1 € 10% 21 июня", "RUB 1,500 June 21, 2025")  # SMS: plain spaces


# ------------------------------------------------------------------------ SMS


def test_gsm7_segments() -> None:
    assert sms_parts("a" * 160) == sms_parts("a" * 160)
    assert (sms_parts("a" * 160).segments, sms_parts("a" * 161).segments) == (1, 2)
    assert (sms_parts("a" * 306).segments, sms_parts("a" * 307).segments) == (2, 3)
    assert sms_parts("a" * 161).encoding == "GSM-7"
    assert sms_parts("").segments == 0


def test_gsm7_extension_characters_count_twice() -> None:
    assert sms_parts("{}").chars == 4
    assert sms_parts("€" * 80) == sms_parts("€" * 80)
    assert (sms_parts("€" * 80).chars, sms_parts("€" * 80).segments) == (160, 1)
    assert sms_parts("€" * 81).segments == 2
    # An escape pair is not split across parts: 152 + "€" does not fit 153.
    assert sms_parts("a" * 152 + "€" + "a" * 154).segments == 3
    assert sms_parts("a" * 151 + "€" + "a" * 153).segments == 2


def test_gsm7_table() -> None:
    assert len(GSM_BASIC) == 127  # 128 codes, one of them the escape
    assert set("ÄÖÑÜ§¿£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡äöñüà \n\r@$") <= GSM_BASIC
    assert sms_parts("Ñoño §5 ¿qué? Δ").encoding == "GSM-7"


def test_ucs2_segments() -> None:
    assert (sms_parts("я" * 70).segments, sms_parts("я" * 71).segments) == (1, 2)
    assert (sms_parts("я" * 134).segments, sms_parts("я" * 135).segments) == (2, 3)
    assert sms_parts("я" * 70).encoding == "UCS-2"
    assert sms_parts("😀").chars == 2  # a surrogate pair
    assert sms_parts("😀" * 35).segments == 1
    assert sms_parts("😀" * 36).segments == 2
    # One typographic character makes a Latin text UCS-2.
    assert sms_parts("a" * 100 + "\u2014").segments == 2
    assert sms_parts("a\u00a0b").encoding == "UCS-2"


def test_sms_text_swaps_lookalikes_only_when_it_pays() -> None:
    assert sms_text("RUB\u00a01,500 \u2014 \u201cdeal\u201d") == 'RUB 1,500 - "deal"'
    assert sms_text("Скидка\u00a0— «чай»") == "Скидка — «чай»"


# ------------------------------------------------------------------ html→text


def test_html_to_text() -> None:
    html = """<html><head><title>T</title><style>p{color:red}</style></head><body>
    <div style="display: none">preheader</div>
    <h1>Hello</h1><p>First   line<br>second line</p>
    <p>Visit <a href="https://shop.example.com">our shop</a>,
    <a href="https://x.example/">https://x.example/</a> or
    <a href="mailto:help@example.com?subject=Hi">help@example.com</a>.</p>
    <ul><li>one</li><li>two</li></ul>
    <table><tr><td>a</td><td>b</td></tr></table><p>&amp; &lt;done&gt;</p></body></html>"""
    assert html_to_text(html) == (
        "Hello\n\nFirst line\nsecond line\n\n"
        "Visit our shop (https://shop.example.com), https://x.example/ or help@example.com.\n\n"
        "- one\n- two\n\na b\n\n& <done>"
    )


def test_email_text_part_is_made_from_html_when_missing(tmp_path: Path) -> None:
    files = {k: v for k, v in GOOD.items() if k != "email.txt.j2"}
    email = render(make_settings(tmp_path, files), "email")
    assert email.text == "Hi Анна Петрова\n\nunsubscribe (https://shop.example.com/winback/u/tok)"


# ------------------------------------------------------------------- telegram


def test_telegram_problems() -> None:
    assert telegram_problems('<b>a</b> <a href="x">l</a> <span class="tg-spoiler">s</span>') == []
    assert telegram_problems("a<br>b") == ["tag <br> is not allowed in Telegram HTML"]
    assert "<span> is allowed only" in telegram_problems("<span>x</span>")[0]
    assert telegram_problems("<b>x") == ["<b> is never closed"]
    assert "bare '&'" in telegram_problems("tea & cake")[0]
    assert telegram_problems("&lt;&amp;&#39;") == []
    assert "4097 characters" in telegram_problems("<b>" + "x" * 4097 + "</b>")[0]
    assert telegram_problems("<b>" + "x" * 4096 + "</b>") == []


# ---------------------------------------------------------------- load/cache


def test_templates_compile_once_and_reload_when_edited(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, GOOD)
    first = CampaignTemplates.load(settings, settings.campaigns[0])
    again = CampaignTemplates.load(settings, settings.campaigns[0])
    assert first.pick("sms.txt", None)[0] is again.pick("sms.txt", None)[0]  # type: ignore[index]
    path = settings.templates_dir / "c" / "sms.txt.j2"
    path.write_text("edited, and longer than before", encoding="utf-8")
    edited = CampaignTemplates.load(settings, settings.campaigns[0])
    assert edited.render("sms", context(settings), "ru").text == "edited, and longer than before"
    assert first.channels() == frozenset({"email", "sms", "telegram"})


# ------------------------------------------------------------------------ check


def test_check_passes_on_the_shipped_templates() -> None:
    settings = load_config(ROOT / "config.example.toml")
    lines = check_templates(settings)
    pattern = re.compile(r"^[a-z-]+ sms \[(ru|en)\]: \d+ chars, \d segments? (GSM-7|UCS-2)$")
    assert all(pattern.match(line) for line in lines), lines
    assert len(lines) == 2 * len(settings.campaigns)
    assert "lapsed-regulars sms [ru]" in lines[0] and "UCS-2" in lines[0]
    for line in lines:  # the Russian ones stay within 3 UCS-2 parts for a typical name
        assert int(line.split(": ")[1].split()[2]) <= 3


def test_shipped_templates_render_every_channel_and_locale() -> None:
    settings = load_config(ROOT / "config.example.toml")
    for campaign in settings.campaigns:
        templates = CampaignTemplates.load(settings, campaign)
        assert templates.channels() == {"email", "sms", "telegram"}
        for locale in ("ru", "en", "de", None):
            ctx = sample_context(settings, campaign, locale or "ru")
            email = templates.render("email", ctx, locale)
            assert email.subject and email.html and email.text
            assert ctx["unsubscribe_url"] in email.html and ctx["unsubscribe_url"] in email.text
            assert ctx["offer"]["code"] in email.html + email.text
            assert "<img" not in email.html and "src=" not in email.html
            telegram = templates.render("telegram", ctx, locale)
            assert telegram_problems(telegram.text) == []
            english = locale == "en"
            assert ("Unsubscribe" in telegram.text) is english


def broken(tmp_path: Path, **changes: str | None) -> list[str]:
    files = {**GOOD, **changes}
    return problems_of(make_settings(tmp_path, {k: v for k, v in files.items() if v is not None}))


def test_check_reports_a_syntax_error_with_its_line(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"sms.txt.j2": "line one\nline two\n{% if %}x{% endif %}"})
    assert any(p.startswith("campaign_templates/c/sms.txt.j2:3: ") for p in problems), problems


def test_check_reports_an_unknown_filter(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"email.subject.j2": "{{ stats.revenue|mony }}"})
    assert problems == ["campaign_templates/c/email.subject.j2:1: No filter named 'mony'."]


def test_check_reports_an_undefined_variable(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"email.html.j2": "<p>{{ offer.cdoe }}</p>{{ unsubscribe_url }}"})
    assert any(
        p.startswith("campaign_templates/c/email.html.j2:1: undefined variable: 'cdoe'")
        for p in problems
    ), problems


def test_check_reports_an_sms_over_the_limit(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"sms.txt.j2": "Привет! " + "я" * 200})
    assert problems == [
        "campaign_templates/c/sms.txt.j2: SMS for the sample client is 208 chars, "
        "4 segments UCS-2, over sms_max_segments = 3: it would not be sent"
    ]
    settings = make_settings(
        tmp_path,
        {**GOOD, "sms.txt.j2": "я" * 100},
        extra={"channels": {"sms": {"sms_max_segments": 1}}},
    )
    assert "over sms_max_segments = 1" in problems_of(settings)[0]


def test_check_reports_telegram_text_over_4096(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"telegram.j2": "<b>{{ client.name }}</b>" + "x" * 4090})
    assert problems == [
        "campaign_templates/c/telegram.j2: the message is 4108 characters after entity "
        "parsing; Telegram allows 4096"
    ]


def test_check_reports_a_disallowed_telegram_tag(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"telegram.j2": "<b>hi</b><br><p>{{ client.name }}</p>"})
    assert problems == [
        "campaign_templates/c/telegram.j2: tag <br> is not allowed in Telegram HTML",
        "campaign_templates/c/telegram.j2: tag <p> is not allowed in Telegram HTML",
    ]


def test_check_reports_a_missing_subject(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"email.subject.j2": None})
    assert "campaign_templates/c/email.subject.j2: email has no subject template" in problems
    problems = broken(tmp_path, **{"email.subject.j2": "{% if false %}x{% endif %}"})
    assert problems == ["campaign_templates/c/email.subject.j2: subject is empty"]


def test_check_reports_a_missing_channel_template(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"telegram.j2": None})
    assert problems == [
        "campaign_templates/c/telegram.j2: campaign sends by telegram but has no template "
        "for it (telegram.j2)"
    ]


def test_check_reports_email_without_unsubscribe_link(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"email.html.j2": "<p>{{ client.name }}</p>"})
    assert len(problems) == 1
    assert problems[0].startswith("campaign_templates/c/email.html.j2: no unsubscribe link")


def test_check_reports_none_printed_for_a_client_without_a_manager(tmp_path: Path) -> None:
    problems = broken(tmp_path, **{"sms.txt.j2": "Manager: {{ client.manager }}"})
    assert len(problems) == 1 and "prints 'None'" in problems[0], problems


def test_check_reports_bad_file_names(tmp_path: Path) -> None:
    problems = broken(tmp_path / "a", **{"emial.html.j2": "x", "sms.txt.xx_zz.j2": "x"})
    assert any(
        p.startswith("campaign_templates/c/emial.html.j2: not a template name") for p in problems
    )
    assert (
        "campaign_templates/c/sms.txt.xx_zz.j2: 'xx_zz' is not a locale (e.g. en, ru_RU)"
        in problems
    )
    problems = broken(tmp_path / "b", **{"telegram.j2": None, "telegram.en.j2": "<b>x</b>"})
    assert problems == [
        "campaign_templates/c/telegram.j2: missing: the locale variants (en) need a default "
        "file for clients of other locales",
        "campaign_templates/c/telegram.j2: campaign sends by telegram but has no template "
        "for it (telegram.j2)",
    ]


def test_check_lists_every_problem_at_once(tmp_path: Path) -> None:
    problems = broken(
        tmp_path,
        **{
            "email.subject.j2": None,
            "sms.txt.j2": "{{ nope }}",
            "telegram.j2": "<div>{{ client.name }}</div>",
        },
    )
    assert len(problems) >= 3
    assert {p.split(":")[0] for p in problems} == {
        "campaign_templates/c/email.subject.j2",
        "campaign_templates/c/sms.txt.j2",
        "campaign_templates/c/telegram.j2",
    }


def test_check_reports_a_missing_template_folder(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, GOOD)
    settings = settings.model_copy(update={"templates_dir": tmp_path / "elsewhere"})
    assert problems_of(settings) == ["elsewhere/c: template folder not found"]


def test_layout_problems_name_the_layout_file(tmp_path: Path) -> None:
    files = {
        **GOOD,
        "email.html.j2": '{% extends "_layout/base.html.j2" %}{% block body %}x{% endblock %}',
        "_layout/base.html.j2": "<p>\n{{ unsubscribe_url }}\n{{ client.nmae }}{% block body %}{% endblock %}</p>",
    }
    problems = problems_of(make_settings(tmp_path, files))
    assert any(
        p.startswith("campaign_templates/_layout/base.html.j2:3: undefined") for p in problems
    )


# ------------------------------------------------------------------------- CLI


def shipped_config(tmp_path: Path, *, templates: bool = True, campaigns: str | None = None) -> Path:
    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    rest = example[example.index("[import]") :]
    if campaigns is not None:
        rest = rest[: rest.index("\n[[campaigns]]")] + "\n" + campaigns
    return write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}", rest, templates=templates)


ENV = {"WINBACK_UNSUBSCRIBE_SECRET": "s3cret-s3cret-s3cret-s3cret-s3cret"}


@pytest.mark.slow
def test_cli_check_passes_on_the_shipped_config(tmp_path: Path) -> None:
    config = shipped_config(tmp_path)
    result = run_cli("--config", str(config), "check", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "lapsed-regulars sms [ru]: " in result.stdout
    assert "configuration OK: 4 campaign(s)" in result.stdout


@pytest.mark.slow
def test_cli_check_exits_2_on_a_broken_template(tmp_path: Path) -> None:
    campaign = (
        '[[campaigns]]\nname = "c"\nchannels = ["sms"]\n'
        "[campaigns.select]\nlast_order_days_min = 90\n"
    )
    config = shipped_config(tmp_path, templates=False, campaigns=campaign)
    folder = tmp_path / "campaign_templates" / "c"
    folder.mkdir(parents=True)
    (folder / "sms.txt.j2").write_text("Hi {{ client.first_name }}\n{% for %}", encoding="utf-8")
    result = run_cli("--config", str(config), "check", env=ENV)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "campaign_templates/c/sms.txt.j2:2: " in result.stderr
