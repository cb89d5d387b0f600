"""The words and number formats of the manager-facing report and digest,
English and Russian (``[report] locale``): every string in one table, so a
translation is one place to look and a missing key fails a test, not a reader."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

Locale = str  # "en" | "ru"

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Win-back report",
        "as_of": "As of {as_of}",
        "period": "Assignments from {since} to {until}",
        "period_all": "All assignments up to {until}",
        "outcomes_as_of": "outcomes attributed as of {moment}",
        "unjudged": "{count} assignments not judged yet (run winback attribute)",
        "lost_by_manager": "Lost clients by manager",
        "kpi_returned": "Returned clients",
        "kpi_revenue": "Returned revenue",
        "kpi_incremental": "Incremental revenue",
        "kpi_overlap": "Counted by more than one campaign",
        "headline": "Headline",
        "uplift_line": "Uplift {value} (95% interval {low} … {high})",
        "uplift_line_few": "Uplift {value} (no interval: too few closed assignments)",
        "significant_pos": "Significant: the campaign brings back more clients than doing nothing.",
        "significant_neg": "Significant: the campaign brings back fewer clients than doing nothing.",
        "not_significant": "Not significant: the difference may be chance.",
        "too_few": "Too few to tell: each group needs at least 30 closed assignments.",
        "no_uplift": "No closed assignments yet: the uplift is not known.",
        "incremental_line": "{returned} extra returned clients, {revenue} extra revenue",
        "no_campaigns": "No campaign has assignments in this period.",
        "no_assignments": "No assignments in this period.",
        "rate_over_time": "Return rate by cycle",
        "treatment": "Treatment",
        "holdout": "Holdout",
        "no_closed_cycles": "No cycle has a closed window yet.",
        "funnel": "Funnel (treatment group)",
        "selected": "Selected",
        "contacted": "Contacted",
        "returned": "Returned",
        "churn_title": "Churn and retention by month",
        "churn_rate": "Churn rate",
        "crr": "CRR",
        "no_months": "No complete month in this period.",
        "month": "Month",
        "active_start": "Active at start",
        "active_end": "Active at end",
        "new": "New",
        "lost": "Lost",
        "ltv": "LTV",
        "lost_revenue": "Lost revenue",
        "reasons_title": "Why clients left",
        "reason": "Reason",
        "clients": "Clients",
        "manager": "Manager",
        "no_losses": "No client was lost in this period.",
        "campaign": "Campaign",
        "group": "Group",
        "assigned": "Assigned",
        "closed": "Closed",
        "return_rate": "Return rate",
        "revenue": "Revenue",
        "uplift": "Uplift",
        "interval": "95% interval",
        "incremental_returned": "Incremental returned clients",
        "incremental_revenue": "Incremental revenue",
        "cost": "Cost",
        "cost_per_return": "Cost per incremental returned client",
        "by": "By {dimension}",
        "value": "Value",
        "definitions": "Definitions",
        "def_returned": "Returned: the client placed an order within {days} days of being assigned "
        "(by the campaign's attribution window), or any later order with the offer's code.",
        "def_closed": "Closed: the assignment's window has ended. Return rates count closed "
        "assignments only; early returns in open windows enter when their window closes.",
        "def_uplift": "Uplift: treatment return rate minus holdout return rate, in percentage "
        "points; 95% interval by the two-proportion normal approximation; significant when it "
        "excludes zero; too few to tell below 30 closed assignments in either group.",
        "def_incremental": "Incremental revenue: (mean returned revenue per closed treatment "
        "assignment minus the same for holdout) × closed treatment assignments.",
        "def_totals": "Returned clients and revenue of all campaigns count each order once, for "
        "the latest assignment before it.",
        "def_churn": "A client is active at a moment with an order in the {inactive} days before "
        "it. Churn rate = clients lost in the month ÷ active at its start; CRR = (active at the "
        "end − new) ÷ active at the start; lost revenue = lost × LTV (revenue before the month's "
        "end ÷ clients with an order before it).",
        "def_reasons": "Reason: the client's latest incident with a reason before the month's "
        "end; else nps_detractor for a latest NPS answer of 0–6; else unknown.",
        "def_contacted": "Contacted: a message sent by email, SMS or Telegram, or a call that "
        "reached the client. Treatment clients never contacted still count (intent to treat).",
        "pp": "pp",
        "none": "—",
        "assigned_th": "Assigned (T/H)",
        "digest_subject": "winback: weekly digest, {date}",
        "digest_week": "Assigned in the last 7 days ({since} – {until})",
        "digest_year": "Results of the last 12 months (as of {as_of})",
        "digest_churn": "Churn in {month}: {rate} ({lost} of {start} active clients lost), "
        "CRR {crr}, lost revenue {lost_revenue}",
        "digest_no_churn": "Churn: no complete month with active clients.",
        "digest_attached": "The full report is attached (report.html).",
        "digest_pending": "Returns count once a window closes ({days} days after assignment).",
        "cal_title": "Model calibration: predicted P(alive) vs orders that followed",
        "cal_intro": "Clients with an order by {as_of}, binned by their BG/NBD P(alive) "
        "then, beside what they did in the {days} days to {until}.",
        "cal_fitted": "Model fitted on the data as of {as_of} (not stored)",
        "cal_stored": "Stored fit #{id} as of {as_of}",
        "cal_totals": "Predicted purchase days in the period: {expected}; actual: {actual}. "
        "{left_out} clients without an order by then are left out.",
        "cal_bin": "P(alive)",
        "cal_p_alive": "Mean P(alive)",
        "cal_expected": "Expected purchase days",
        "cal_ordered": "Ordered again",
        "cal_share": "Share ordered",
        "cal_days": "Mean purchase days",
        "cal_all": "All (sums)",
    },
    "ru": {
        "title": "Отчёт о возврате клиентов",
        "as_of": "По состоянию на {as_of}",
        "period": "Назначения с {since} по {until}",
        "period_all": "Все назначения до {until}",
        "outcomes_as_of": "результаты атрибуции на {moment}",
        "unjudged": "{count} назначений ещё не оценены (запустите winback attribute)",
        "lost_by_manager": "Ушедшие клиенты по менеджерам",
        "kpi_returned": "Вернулось клиентов",
        "kpi_revenue": "Выручка вернувшихся",
        "kpi_incremental": "Дополнительная выручка",
        "kpi_overlap": "Учтены несколькими кампаниями",
        "headline": "Главное",
        "uplift_line": "Прирост {value} (95% интервал {low} … {high})",
        "uplift_line_few": "Прирост {value} (без интервала: мало закрытых назначений)",
        "significant_pos": "Значимо: кампания возвращает больше клиентов, чем бездействие.",
        "significant_neg": "Значимо: кампания возвращает меньше клиентов, чем бездействие.",
        "not_significant": "Не значимо: разница может быть случайной.",
        "too_few": "Пока рано судить: в каждой группе нужно не меньше 30 закрытых назначений.",
        "no_uplift": "Закрытых назначений ещё нет: прирост неизвестен.",
        "incremental_line": "{returned} дополнительно вернувшихся клиентов, {revenue} "
        "дополнительной выручки",
        "no_campaigns": "За этот период нет назначений ни в одной кампании.",
        "no_assignments": "За этот период назначений нет.",
        "rate_over_time": "Доля вернувшихся по циклам",
        "treatment": "Основная группа",
        "holdout": "Контрольная группа",
        "no_closed_cycles": "Ни у одного цикла окно ещё не закрылось.",
        "funnel": "Воронка (основная группа)",
        "selected": "Отобрано",
        "contacted": "Связались",
        "returned": "Вернулись",
        "churn_title": "Отток и удержание по месяцам",
        "churn_rate": "Отток",
        "crr": "CRR",
        "no_months": "В этом периоде нет полного месяца.",
        "month": "Месяц",
        "active_start": "Активных на начало",
        "active_end": "Активных на конец",
        "new": "Новых",
        "lost": "Ушло",
        "ltv": "LTV",
        "lost_revenue": "Потерянная выручка",
        "reasons_title": "Почему клиенты ушли",
        "reason": "Причина",
        "clients": "Клиентов",
        "manager": "Менеджер",
        "no_losses": "За этот период ни один клиент не ушёл.",
        "campaign": "Кампания",
        "group": "Группа",
        "assigned": "Назначено",
        "closed": "Закрыто",
        "return_rate": "Доля вернувшихся",
        "revenue": "Выручка",
        "uplift": "Прирост",
        "interval": "95% интервал",
        "incremental_returned": "Дополнительно вернувшихся клиентов",
        "incremental_revenue": "Дополнительная выручка",
        "cost": "Затраты",
        "cost_per_return": "Затраты на дополнительно вернувшегося клиента",
        "by": "В разрезе: {dimension}",
        "value": "Значение",
        "definitions": "Определения",
        "def_returned": "Вернулся: клиент сделал заказ в течение {days} дней после назначения "
        "(окно атрибуции кампании) или любой более поздний заказ с кодом предложения.",
        "def_closed": "Закрыто: окно назначения истекло. Доля вернувшихся считается только по "
        "закрытым назначениям; ранние возвраты в открытых окнах войдут, когда окно закроется.",
        "def_uplift": "Прирост: доля вернувшихся в основной группе минус доля в контрольной, в "
        "процентных пунктах; 95% интервал по нормальному приближению для двух долей; значим, "
        "если не содержит нуля; рано судить, пока в любой группе меньше 30 закрытых назначений.",
        "def_incremental": "Дополнительная выручка: (средняя выручка вернувшихся на закрытое "
        "назначение основной группы минус то же для контрольной) × закрытые назначения основной.",
        "def_totals": "Вернувшиеся клиенты и выручка по всем кампаниям считают каждый заказ "
        "один раз — для последнего назначения перед ним.",
        "def_churn": "Клиент активен в момент времени, если у него есть заказ за {inactive} дней "
        "до него. Отток = ушедшие за месяц ÷ активные на начало; CRR = (активные на конец − "
        "новые) ÷ активные на начало; потерянная выручка = ушедшие × LTV (выручка до конца "
        "месяца ÷ клиенты с заказом до него).",
        "def_reasons": "Причина: из последнего обращения с причиной до конца месяца; иначе "
        "nps_detractor, если последняя оценка NPS 0–6; иначе unknown.",
        "def_contacted": "Связались: сообщение отправлено по email, SMS или в Telegram, или "
        "звонок дозвонился. Клиенты основной группы без контакта всё равно учитываются.",
        "pp": "п.п.",
        "none": "—",
        "assigned_th": "Назначено (О/К)",
        "digest_subject": "winback: еженедельная сводка, {date}",
        "digest_week": "Назначено за последние 7 дней ({since} – {until})",
        "digest_year": "Итоги за последние 12 месяцев (на {as_of})",
        "digest_churn": "Отток за {month}: {rate} (ушло {lost} из {start} активных), "
        "CRR {crr}, потерянная выручка {lost_revenue}",
        "digest_no_churn": "Отток: нет полного месяца с активными клиентами.",
        "digest_attached": "Полный отчёт — во вложении (report.html).",
        "digest_pending": "Возврат учитывается, когда окно закроется ({days} дней после "
        "назначения).",
        "cal_title": "Проверка модели: прогноз P(alive) и последовавшие заказы",
        "cal_intro": "Клиенты с заказом к {as_of}, по группам прогноза BG/NBD P(alive) на тот "
        "момент, и что они сделали за {days} дней до {until}.",
        "cal_fitted": "Модель оценена по данным на {as_of} (не сохранена)",
        "cal_stored": "Сохранённая оценка №{id} на {as_of}",
        "cal_totals": "Прогноз дней с покупкой за период: {expected}; факт: {actual}. "
        "Клиенты без заказа к этому моменту ({left_out}) не учтены.",
        "cal_bin": "P(alive)",
        "cal_p_alive": "Средняя P(alive)",
        "cal_expected": "Ожидаемые дни с покупкой",
        "cal_ordered": "Заказали снова",
        "cal_share": "Доля заказавших",
        "cal_days": "Дней с покупкой в среднем",
        "cal_all": "Все (суммы)",
    },
}

# The names of the breakdown dimensions (`--by`).
DIMENSIONS: dict[str, dict[str, str]] = {
    "en": {
        "channel": "channel",
        "reason": "selection reason",
        "abc": "ABC class",
        "xyz": "XYZ class",
        "manager": "manager",
        "locale": "language",
        "offer": "offer",
    },
    "ru": {
        "channel": "канал",
        "reason": "причина отбора",
        "abc": "ABC-класс",
        "xyz": "XYZ-класс",
        "manager": "менеджер",
        "locale": "язык",
        "offer": "предложение",
    },
}


class Words:
    """The texts and number formats of one locale."""

    def __init__(self, locale: Locale, currency: str = "RUB") -> None:
        if locale not in TEXTS:
            raise ValueError(f"unknown report locale {locale!r} (known: en, ru)")
        self.locale = locale
        self.currency = currency
        self._texts = TEXTS[locale]

    def __call__(self, key: str, **values: Any) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text

    def dimension(self, name: str) -> str:
        return DIMENSIONS[self.locale].get(name, name)

    def count(self, value: Any) -> str:
        if value is None:
            return self("none")
        return format_decimal(value, locale=self.locale)

    def number(self, value: Any, digits: int = 1) -> str:
        """A float such as incremental returned clients (uplift × n)."""
        if value is None:
            return self("none")
        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return format_decimal(Decimal(str(value)), pattern, locale=self.locale)

    def money(self, value: str | None) -> str:
        """An exact decimal string in major units, rounded half-even to the
        currency's minor unit (Babel's rounding) only here, when shown."""
        if value is None:
            return self("none")
        return format_currency(Decimal(value), self.currency, "#,##0.00\xa0¤", locale=self.locale)

    def rate(self, value: float | None) -> str:
        """A fraction as a percentage with one decimal: 0.125 → 12.5%."""
        if value is None:
            return self("none")
        return format_decimal(Decimal(str(value)) * 100, "0.0", locale=self.locale) + "%"

    def points(self, value: float | None) -> str:
        """A difference of fractions in signed percentage points: 0.062 → +6.2 pp."""
        if value is None:
            return self("none")
        shown = format_decimal(Decimal(str(value)) * 100, "+0.0;-0.0", locale=self.locale)
        return f"{shown}\xa0{self('pp')}"

    def month(self, value: str) -> str:
        """``2026-11`` → ``November 2026`` / ``ноябрь 2026``."""
        year, _, month = value.partition("-")
        day = dt.date(int(year), int(month), 1)
        return format_date(day, "LLLL yyyy", locale=self.locale)

    def month_short(self, value: str, first: bool = False) -> str:
        """A chart's month label: ``Jan``, with the year on January and on
        the first label (``Nov 2026``)."""
        year, _, month = value.partition("-")
        day = dt.date(int(year), int(month), 1)
        pattern = "LLL yyyy" if first or day.month == 1 else "LLL"
        return format_date(day, pattern, locale=self.locale)

    def moment(self, value: str | None) -> str:
        """An ISO moment as the report's reader sees it, to the minute, with its offset."""
        if not value:
            return self("none")
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return moment.strftime("%Y-%m-%d %H:%M")
        return moment.strftime("%Y-%m-%d %H:%M %z")[:-2] + ":" + moment.strftime("%z")[-2:]
