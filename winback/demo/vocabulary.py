"""The vocabulary of the demo CRM: weighted choices, names, places, reasons.

Every draw is one ``random()`` of the generator's RNG where it can be (a
weighted choice is a table look-up), so the order of draws -- which is the
demo's output -- is easy to follow.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Sequence
from statistics import NormalDist
from typing import Any

DAY = 86_400
HISTORY_DAYS = 4 * 365  # the shop's CRM goes back four years
CURRENCY = "RUB"


class Choice:
    """A weighted choice from a fixed list: one ``random()`` and a table look-up."""

    def __init__(self, weighted: Sequence[tuple[Any, int]]) -> None:
        self.table = tuple(value for value, weight in weighted for _ in range(weight))

    def __call__(self, rng: random.Random) -> Any:
        return self.table[int(rng.random() * len(self.table))]


# Normal deviates by table look-up, one ``random()`` each: random.gauss costs
# several times more, and demo draws tens of millions of them.
QUANTILES = 1024
_Z = tuple(NormalDist().inv_cdf((i + 0.5) / QUANTILES) for i in range(QUANTILES))
AMOUNT_FACTOR = tuple(math.exp(0.45 * z) for z in _Z)  # one order around the client's level
# Gaps between orders around the client's mean gap (mean-preserving log-normal).
STEADY_GAPS = tuple(math.exp(0.35 * z - 0.35**2 / 2) for z in _Z)
LOOSE_GAPS = tuple(math.exp(0.5 * z - 0.5**2 / 2) for z in _Z)


def normal(rng: random.Random) -> float:
    return _Z[int(rng.random() * QUANTILES)]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Purchase rhythm segments and their share of clients.
SEGMENTS = Choice(
    [
        ("regular", 24),  # every 1–4 weeks, still buying
        ("occasional", 14),  # every 1–4 months, still buying
        ("lapsing", 12),  # was regular, silent for several of their own gaps
        ("gone", 15),  # last order 3–24 months ago
        ("one_off", 17),  # a single order
        ("inquirer", 9),  # asked several times, never bought
        ("prospect", 9),  # signed up, never bought
    ]
)

# Kind of business: tags, order size.
KINDS = Choice([("retail", 84), ("wholesale", 8), ("horeca", 4), ("corporate", 4)])
# Median order of a client, in roubles: the log-normal's centre and spread.
LEVELS = {
    "retail": (1_500, 0.6),
    "wholesale": (22_000, 0.7),
    "horeca": (9_000, 0.6),
    "corporate": (35_000, 0.8),
}

CATEGORIES = Choice(
    [
        ("tea", 34),
        ("coffee", 24),
        ("sweets", 14),
        ("tableware", 10),
        ("gifts", 12),
        ("accessories", 6),
    ]
)
PROMO_CODES = ("WELCOME", "NEWYEAR", "SPRING10", "TEA15", "FREESHIP")

MANAGERS = Choice(
    [
        ("Анна Смирнова", 5),
        ("Дмитрий Козлов", 4),
        ("Елена Волкова", 4),
        ("Сергей Морозов", 3),
        ("Ольга Никитина", 2),
        ("Игорь Лебедев", 1),
    ]
)

TZ_RU = Choice(
    [
        ("Europe/Moscow", 48),
        (None, 14),
        ("Asia/Yekaterinburg", 8),
        ("Asia/Novosibirsk", 6),
        ("Europe/Samara", 5),
        ("Europe/Kaliningrad", 3),
        ("Asia/Krasnoyarsk", 3),
        ("Asia/Vladivostok", 3),
        ("Asia/Omsk", 2),
        ("Asia/Irkutsk", 2),
        ("Europe/Volgograd", 2),
        ("Asia/Almaty", 1),
        ("Europe/Berlin", 1),
        ("Asia/Tbilisi", 1),
    ]
)
TZ_EN = Choice(
    [
        ("Europe/London", 34),
        ("America/New_York", 24),
        ("Europe/Berlin", 9),
        ("America/Los_Angeles", 7),
        ("Europe/Moscow", 7),
        ("Asia/Dubai", 5),
        (None, 14),
    ]
)

RU_MALE = _words(
    "Александр Алексей Андрей Антон Артём Борис Вадим Виктор Владимир Георгий Денис "
    "Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Максим Михаил Никита Николай "
    "Олег Павел Роман Сергей Станислав Тимур Юрий"
)
RU_FEMALE = _words(
    "Александра Алина Анастасия Анна Валентина Валерия Вера Виктория Галина Дарья "
    "Екатерина Елена Елизавета Ирина Карина Ксения Любовь Людмила Маргарита Марина Мария "
    "Надежда Наталья Нина Ольга Полина Светлана София Татьяна Юлия"
)
RU_SURNAMES = _words(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
    "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов "
    "Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов "
    "Воробьёв Сергеев Кириллов Белов Тарасов Беляев Комаров Ильин Гусев Титов Кудрявцев "
    "Баранов Крылов Куликов Шевченко Ковальчук Черных Бондаренко Островский Толстой"
)
RU_PATRONYMICS = (  # (male, female)
    ("Александрович", "Александровна"),
    ("Алексеевич", "Алексеевна"),
    ("Андреевич", "Андреевна"),
    ("Борисович", "Борисовна"),
    ("Викторович", "Викторовна"),
    ("Владимирович", "Владимировна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Иванович", "Ивановна"),
    ("Игоревич", "Игоревна"),
    ("Михайлович", "Михайловна"),
    ("Николаевич", "Николаевна"),
    ("Олегович", "Олеговна"),
    ("Павлович", "Павловна"),
    ("Петрович", "Петровна"),
    ("Сергеевич", "Сергеевна"),
    ("Юрьевич", "Юрьевна"),
)
EN_MALE = _words(
    "James John Robert Michael William David Richard Thomas Daniel Matthew Andrew Mark "
    "George Oliver Harry Jack Samuel Peter"
)
EN_FEMALE = _words(
    "Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Emily Emma Olivia "
    "Sophie Charlotte Grace Alice Hannah Laura"
)
EN_SURNAMES = _words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore "
    "Martin Jackson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott "
    "Green Baker Adams Nelson Carter Mitchell Turner Evans Collins Edwards Stewart Morris"
)
# Words for company names of business clients.
COMPANY_WORDS = _words(
    "Восток Самовар Чайхана Пряник Ромашка Берёзка Заря Меридиан Гранат Кедр Тройка "
    "Сибирь Вершина Уют Листок Бергамот Каравай Светлица Ладья Пион Жасмин Аромат Купец "
    "Волга"
)
COMPANY_FORMS = ("ООО «{w}»", "ООО «{w}»", "ИП {s}", "Кофейня «{w}»", "Ресторан «{w}»", "АО «{w}»")
EN_COMPANY_FORMS = ("{w} Ltd", "{w} Trading LLC", "{w} Coffee House", "{w} Gifts Inc.")

EMAIL_DOMAINS_RU = Choice(
    [("mail.example", 30), ("yandex.example", 30), ("inbox.example", 10), ("gmail.example", 20)]
)
EMAIL_DOMAINS_EN = Choice([("gmail.example", 50), ("outlook.example", 30), ("icloud.example", 20)])

TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"),
        strict=True,
    )
)

COMPLAINT_REASONS = Choice(
    [("quality", 30), ("delivery", 28), ("service", 18), ("price", 14), ("manager_changed", 10)]
)
COMPLAINT_OUTCOMES = Choice([("resolved", 50), ("refund", 15), ("unresolved", 35)])
CONFLICT_OUTCOMES = Choice([("resolved", 35), ("escalated", 25), ("unresolved", 40)])
INQUIRY_TOPICS = Choice(
    [
        ("price", 25),
        ("availability", 25),
        ("delivery", 20),
        ("product_info", 15),
        ("gift_sets", 10),
        ("wholesale_terms", 5),
    ]
)
CONTACT_REASONS = Choice([("follow_up", 50), ("reactivation", 30), ("nps_follow_up", 20)])

NPS_COMMENTS = {
    ("ru", "detractor"): (
        "Долго ждал доставку",
        "Чай не такой, как на фото",
        "Менеджер так и не перезвонил",
        "Дорого для такого качества",
        "Пришла разбитая чашка",
    ),
    ("ru", "passive"): (
        "В целом нормально",
        "Хорошо, но дороговато",
        "Доставка могла быть быстрее",
    ),
    ("ru", "promoter"): ("Отличный чай, спасибо!", "Всё понравилось", "Лучший чайный магазин"),
    ("en", "detractor"): ("Delivery took ages", "The tea was stale", "Nobody called me back"),
    ("en", "passive"): ("Fine overall", "Good but pricey"),
    ("en", "promoter"): ("Lovely tea, thank you!", "Great service", "My favourite shop"),
}

# NPS score bands by segment: (detractor, passive, promoter) weights.
NPS_BANDS = {
    "regular": (12, 28, 60),
    "occasional": (20, 32, 48),
    "lapsing": (48, 30, 22),
    "gone": (42, 30, 28),
    "one_off": (38, 34, 28),
}
DETRACTOR_SCORES = Choice([(0, 1), (1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 4)])


@functools.lru_cache(maxsize=4096)
def translit(text: str) -> str:
    out = "".join(TRANSLIT.get(ch, ch) for ch in text.lower())
    return out.replace("-", "")


@functools.lru_cache(maxsize=65536)
def email_words(name: str) -> tuple[str, ...]:
    """A name's words in Latin letters, for the local part of an email address."""
    words = ("".join(ch for ch in translit(w) if ch.isalnum()) for w in name.split())
    return tuple(w for w in words if w) or ("client",)


def company_slug(name: str) -> str:
    """«Самовар» -> samovar; else the longest word of the name."""
    quoted = name.partition("«")[2].partition("»")[0]
    return translit(quoted) if quoted else max(email_words(name), key=len)


def feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-4] + "ская"
    if surname.endswith("ой"):
        return surname[:-2] + "ая"
    return surname  # Шевченко, Черных: the same for both


def broken_email(rng: random.Random, local: str, domain: str) -> str:
    """An address as a CRM may hold it: mistyped, or with stray spaces and case."""
    return rng.choice(
        (
            f"{local}@{domain.replace('.', '')}",  # no dot in the domain
            f"{local}.{domain}",  # no @
            f"{local}@@{domain}",
            f" {local.capitalize()}@{domain.upper()} ",  # valid once trimmed
            f"{local}@{domain.replace('.', ',')}",
        )
    )
