"""``winback demo``: a realistic, reproducible CRM to try winback on.

Every value comes from one ``random.Random(seed)`` and every timestamp is an
offset from an anchor (today, 00:00 UTC, by default), so the same seed and
anchor give the same rows on SQLite, PostgreSQL and MariaDB, and the data
always looks current.

Clients follow heterogeneous purchase rhythms: regulars (every 1–4 weeks,
still buying), occasional buyers (every 1–4 months), lapsing regulars (silent
for several of their own gaps), gone clients (last order 3–24 months ago),
one-off buyers, and people who never bought (some asked several times).
Order amounts are log-normal around a per-client level, so a few clients hold
most of the revenue and ABC analysis means something. Contacts are stored as
a CRM would hold them: some missing, some malformed on purpose.

Email addresses use the reserved ``.example`` top-level domain (RFC 2606), so
a demo database can never mail a real person. Phone numbers of Russian
clients look real (Russia has no fictional range); English clients get the
UK and US ranges reserved for fiction.

The generator streams: clients are made and written in batches, each batch
with its orders, NPS answers, incidents and tags, one transaction a batch, so
memory stays flat at a million clients. Ids are assigned here so orders
reference clients without lookups; on PostgreSQL the id sequences are moved
past them in each batch's transaction, so a killed load leaves none behind
(MariaDB and SQLite do that themselves). The index on
orders.placed_at is rebuilt after the load instead of during it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
import random
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from winback.config import Settings
from winback.errors import UsageError
from winback.models import INCIDENT_KINDS, Base, Client, to_epoch

BATCH_CLIENTS = 2_000
DAY = 86_400
HISTORY_DAYS = 4 * 365  # the shop's CRM goes back four years
# Four years of history and a client's record up to a month or two older:
# from 1975 on, every timestamp is after 1970, the earliest date winback takes.
EARLIEST_ANCHOR = dt.datetime(1975, 1, 1, tzinfo=dt.UTC)
CURRENCY = "RUB"

# The CRM tables demo fills, and the columns it writes, in insert order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "clients": (
        "id",
        "external_id",
        "name",
        "email",
        "phone",
        "telegram_chat_id",
        "timezone",
        "locale",
        "manager",
        "email_consent",
        "sms_consent",
        "telegram_consent",
        "consent_updated_at",
        "created_at",
        "updated_at",
    ),
    "client_tags": ("client_id", "tag"),
    "orders": (
        "id",
        "external_id",
        "client_id",
        "placed_at",
        "amount_minor",
        "currency",
        "category",
        "promo_code",
    ),
    "nps_answers": ("id", "client_id", "score", "answered_at", "comment"),
    "incidents": ("id", "client_id", "kind", "occurred_at", "outcome", "reason"),
}
ID_TABLES = ("clients", "orders", "nps_answers", "incidents")
REBUILT_INDEXES = tuple(
    index
    for index in Base.metadata.tables["orders"].indexes
    if [c.name for c in index.columns] == ["placed_at"]
)


# ------------------------------------------------------------------ the report


@dataclass(frozen=True)
class DemoReport:
    """What ``winback demo`` wrote."""

    clients: int
    orders: int
    nps_answers: int
    incidents: tuple[tuple[str, int], ...]  # (kind, count), in INCIDENT_KINDS order
    tags: tuple[tuple[str, int], ...]  # (tag, count), most used first
    seed: int
    anchor: dt.datetime
    replaced: bool = False

    def __str__(self) -> str:
        incidents = ", ".join(f"{kind} {n}" for kind, n in self.incidents)
        tags = ", ".join(f"{tag} {n}" for tag, n in self.tags)
        return (
            f"demo data (seed {self.seed}, anchor {self.anchor:%Y-%m-%d}"
            f"{', replaced the old data' if self.replaced else ''}): "
            f"{self.clients} clients, {self.orders} orders, {self.nps_answers} NPS answers; "
            f"incidents: {incidents}; tags: {tags}"
        )


# -------------------------------------------------------------------- the entry


def default_anchor() -> dt.datetime:
    """Today at 00:00 UTC: the data is relative to it."""
    return dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def generate_demo(
    engine: Engine,
    settings: Settings,
    *,
    clients: int,
    seed: int,
    on_progress: Callable[[int], None],
    anchor: dt.datetime | None = None,
    replace: bool = False,
) -> DemoReport:
    """Fill the database with ``clients`` demo clients and their history.

    Refuses (:class:`UsageError`) when the database already has clients,
    unless ``replace``: then every CRM table and winback's log tables are
    emptied first, in one transaction. ``on_progress(n)`` is called after
    each committed batch with the number of clients it wrote.
    """
    if clients < 1:
        raise UsageError("--clients must be at least 1")
    anchor = _checked_anchor(default_anchor() if anchor is None else anchor)
    crm = _Crm(random.Random(seed), to_epoch(anchor), settings.tz)
    writer = _Writer(engine)
    totals: Counter[str] = Counter()
    incidents: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    # One connection, one transaction a batch: on SQLite (a new connection per
    # checkout) this keeps the page cache warm from batch to batch.
    with engine.connect() as conn:
        with conn.begin():
            existing = conn.execute(select(func.count()).select_from(Client.__table__)).scalar_one()
            if existing and not replace:
                raise UsageError(
                    f"the database already has {existing} clients; demo data goes into an "
                    "empty database (`winback demo --replace` deletes every client, order, "
                    "answer, incident and winback's log first)"
                )
            if replace:
                _clear(conn)
        with _bulk_load(conn):
            for first in range(1, clients + 1, BATCH_CLIENTS):
                count = min(BATCH_CLIENTS, clients + 1 - first)
                rows = crm.batch(first, count)
                with conn.begin():
                    writer.write(conn, rows)
                    _reset_sequences(conn)  # with the batch: a kill leaves none behind
                for table in ID_TABLES:
                    totals[table] += len(rows[table])
                incidents.update(row[2] for row in rows["incidents"])
                tags.update(row[1] for row in rows["client_tags"])
                on_progress(count)
    return DemoReport(
        clients=totals["clients"],
        orders=totals["orders"],
        nps_answers=totals["nps_answers"],
        incidents=tuple((kind, incidents[kind]) for kind in INCIDENT_KINDS),
        tags=tuple(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        seed=seed,
        anchor=anchor,
        replaced=replace,
    )


def _checked_anchor(anchor: dt.datetime) -> dt.datetime:
    if anchor.tzinfo is None:
        raise UsageError("the demo anchor must be an aware datetime (UTC)")
    if anchor > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise UsageError(f"the demo anchor {anchor:%Y-%m-%d} is in the future")
    if anchor < EARLIEST_ANCHOR:
        raise UsageError(
            f"the demo anchor {anchor.date().isoformat()} is too early: the history goes back "
            f"about {HISTORY_DAYS // 365} years before it and winback takes no date before 1970, "
            f"so the anchor must be {EARLIEST_ANCHOR:%Y-%m-%d} or later"
        )
    return anchor


@contextlib.contextmanager
def _bulk_load(conn: Connection) -> Iterator[None]:
    """Around the load: the index on orders.placed_at is dropped and rebuilt
    after.

    Orders arrive client by client, so their times are random: every batch
    would touch most pages of that index (on SQLite, rewriting them into the
    WAL at every commit: tens of GB for a million clients). The other indexes
    grow at their end. Both steps run also when the load fails half-way; a
    run killed outright leaves the index to ``winback db upgrade`` (which puts
    back any missing index of the model) or the next ``winback demo``.
    """
    with conn.begin():
        for index in REBUILT_INDEXES:
            index.drop(conn, checkfirst=True)
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        with conn.begin():
            for index in REBUILT_INDEXES:
                index.create(conn, checkfirst=True)


def _clear(conn: Connection) -> None:
    """Empty the CRM tables and winback's log, children before parents."""
    for table in reversed(Base.metadata.sorted_tables):
        conn.execute(table.delete())


def _reset_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the ids demo assigned itself (in
    the batch's transaction; MariaDB and SQLite take the next id from the data).
    ``setval`` is not undone by a rollback: a batch that fails leaves the
    sequence ahead, which is harmless."""
    if conn.dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )


class _Writer:
    """Plain driver-level executemany: no per-value type processing."""

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        quote = dialect.identifier_preparer.quote
        self.sql = {
            table: (
                f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES ({', '.join(mark for _ in columns)})"
            )
            for table, columns in COLUMNS.items()
        }

    def write(self, conn: Connection, rows: _Rows) -> None:
        for table in COLUMNS:  # parents first
            if rows[table]:
                conn.exec_driver_sql(self.sql[table], rows[table])


# One batch of rows: table name -> tuples in COLUMNS order.
_Rows = dict[str, list[tuple[Any, ...]]]


# ------------------------------------------------------------------ vocabulary


class _Choice:
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


def _normal(rng: random.Random) -> float:
    return _Z[int(rng.random() * QUANTILES)]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Purchase rhythm segments and their share of clients.
SEGMENTS = _Choice(
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
KINDS = _Choice([("retail", 84), ("wholesale", 8), ("horeca", 4), ("corporate", 4)])
# Median order of a client, in roubles: the log-normal's centre and spread.
LEVELS = {
    "retail": (1_500, 0.6),
    "wholesale": (22_000, 0.7),
    "horeca": (9_000, 0.6),
    "corporate": (35_000, 0.8),
}

CATEGORIES = _Choice(
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

MANAGERS = _Choice(
    [
        ("Анна Смирнова", 5),
        ("Дмитрий Козлов", 4),
        ("Елена Волкова", 4),
        ("Сергей Морозов", 3),
        ("Ольга Никитина", 2),
        ("Игорь Лебедев", 1),
    ]
)

TZ_RU = _Choice(
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
TZ_EN = _Choice(
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

EMAIL_DOMAINS_RU = _Choice(
    [("mail.example", 30), ("yandex.example", 30), ("inbox.example", 10), ("gmail.example", 20)]
)
EMAIL_DOMAINS_EN = _Choice([("gmail.example", 50), ("outlook.example", 30), ("icloud.example", 20)])

TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"),
        strict=True,
    )
)

COMPLAINT_REASONS = _Choice(
    [("quality", 30), ("delivery", 28), ("service", 18), ("price", 14), ("manager_changed", 10)]
)
COMPLAINT_OUTCOMES = _Choice([("resolved", 50), ("refund", 15), ("unresolved", 35)])
CONFLICT_OUTCOMES = _Choice([("resolved", 35), ("escalated", 25), ("unresolved", 40)])
INQUIRY_TOPICS = _Choice(
    [
        ("price", 25),
        ("availability", 25),
        ("delivery", 20),
        ("product_info", 15),
        ("gift_sets", 10),
        ("wholesale_terms", 5),
    ]
)
CONTACT_REASONS = _Choice([("follow_up", 50), ("reactivation", 30), ("nps_follow_up", 20)])

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
DETRACTOR_SCORES = _Choice([(0, 1), (1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 4)])


@functools.lru_cache(maxsize=4096)
def _translit(text: str) -> str:
    out = "".join(TRANSLIT.get(ch, ch) for ch in text.lower())
    return out.replace("-", "")


@functools.lru_cache(maxsize=65536)
def _email_words(name: str) -> tuple[str, ...]:
    """A name's words in Latin letters, for the local part of an email address."""
    words = ("".join(ch for ch in _translit(w) if ch.isalnum()) for w in name.split())
    return tuple(w for w in words if w) or ("client",)


def _company_slug(name: str) -> str:
    """«Самовар» -> samovar; else the longest word of the name."""
    quoted = name.partition("«")[2].partition("»")[0]
    return _translit(quoted) if quoted else max(_email_words(name), key=len)


# ------------------------------------------------------------------- generator


class _Crm:
    """Makes clients with their history, batch by batch, from one RNG."""

    def __init__(self, rng: random.Random, anchor: int, shop_tz: zoneinfo.ZoneInfo) -> None:
        self.rng = rng
        self.anchor = anchor
        self.anchor_dt = dt.datetime.fromtimestamp(anchor, dt.UTC)
        self.shop_tz = shop_tz
        self.order_id = 0
        self.nps_id = 0
        self.incident_id = 0
        self.offsets: dict[str | None, int] = {}

    def batch(self, first: int, count: int) -> _Rows:
        rows: _Rows = {table: [] for table in COLUMNS}
        for client_id in range(first, first + count):
            self._client(client_id, rows)
        return rows

    # -- helpers

    def _offset(self, tz: str | None) -> int:
        """The client's UTC offset in seconds at the anchor (orders by daylight)."""
        if tz not in self.offsets:
            zone = self.shop_tz if tz is None else zoneinfo.ZoneInfo(tz)
            delta = self.anchor_dt.astimezone(zone).utcoffset()
            self.offsets[tz] = int(delta.total_seconds()) if delta else 0
        return self.offsets[tz]

    def _daytime(self, age_days: float, offset: int) -> int:
        """A moment between 08:00 and 22:00 local time, ``age_days`` before the anchor."""
        day = (self.anchor + offset) // DAY - int(age_days + 1)
        ts = day * DAY + 8 * 3600 + int(self.rng.random() * 14 * 3600) - offset
        return ts if ts < self.anchor else ts - DAY

    # -- one client

    def _client(self, cid: int, t: _Rows) -> None:
        r = self.rng
        segment = SEGMENTS(r)
        ru = r.random() < 0.8
        kind = KINDS(r)
        business = kind != "retail"
        name = self._name(ru, business)
        tz = TZ_RU(r) if ru else TZ_EN(r)
        offset = self._offset(tz)
        manager = MANAGERS(r) if business or r.random() < 0.35 else None

        # the purchase history
        centre, spread = LEVELS[kind]
        level = centre * 100 * math.exp(spread * _normal(r))  # median order, kopecks
        stamps = self._order_stamps(segment, business, offset)
        favourite = CATEGORIES(r) if kind != "corporate" else "gifts"
        revenue = 0
        orders = t["orders"]
        rand = r.random
        append = orders.append
        categories = CATEGORIES.table
        order_id = self.order_id
        for ts in stamps:
            amount = int(level * AMOUNT_FACTOR[int(rand() * QUANTILES)])
            u = rand()  # round roubles for most orders; a promo code for a few
            if u < 0.8:
                amount -= amount % 100
            if amount < 9_900:
                amount = 9_900
            order_id += 1
            append(
                (
                    order_id,
                    f"O{order_id:07d}",
                    cid,
                    ts,
                    amount,
                    CURRENCY,
                    favourite if rand() < 0.6 else categories[int(rand() * len(categories))],
                    PROMO_CODES[int(u / 0.03 * len(PROMO_CODES))] if u < 0.03 else None,
                )
            )
            revenue += amount
        self.order_id = order_id

        events: list[int] = list(stamps[:1] + stamps[-1:])
        language = "ru" if ru else "en"
        events += self._nps(cid, segment, stamps, language, t["nps_answers"])
        events += self._incidents(cid, segment, stamps, manager is not None, offset, t["incidents"])

        # tags from kind and worth
        tags = [] if r.random() < 0.04 else (["b2b", kind] if business else ["retail"])
        if business and (revenue > 1_500_000_00 or (level > 60_000_00 and r.random() < 0.5)):
            tags.append("key-account")
            manager = manager or MANAGERS(r)
        if not business and revenue > 120_000_00 and r.random() < 0.8:
            tags.append("vip")
        if r.random() < 0.15:
            tags.append("newsletter")
        t["client_tags"].extend((cid, tag) for tag in tags)

        # contacts, consents, dates
        email, phone, chat = self._contacts(name, ru, business)
        email_consent = self._consent(email is not None, 0.66, 0.12)
        sms_consent = self._consent(phone is not None, 0.55, 0.15)
        telegram_consent = self._consent(chat is not None, 0.75, 0.10)
        if events:
            created = min(events) - int(r.random() * 30 * DAY)
        else:
            created = self.anchor - int(r.random() * HISTORY_DAYS * DAY)
        last = max(events, default=created)
        consent_at = None
        if (email_consent, sms_consent, telegram_consent) != (None, None, None):
            consent_at = created + int(r.random() * (self.anchor - created))
            last = max(last, consent_at)
        updated = last + int(r.random() * min(10 * DAY, self.anchor - 1 - last))
        locale = None if r.random() < 0.05 else language  # not always recorded
        t["clients"].append(
            (
                cid,
                f"C{cid:06d}",
                name,
                email,
                phone,
                chat,
                tz,
                locale,
                manager,
                email_consent,
                sms_consent,
                telegram_consent,
                consent_at,
                created,
                updated,
            )
        )

    def _order_stamps(self, segment: str, business: bool, offset: int) -> list[int]:
        """Order times, oldest first, drawn from the segment's rhythm."""
        r = self.rng
        if segment in ("inquirer", "prospect"):
            return []
        if segment == "one_off":
            return [self._daytime(1 + r.random() * (HISTORY_DAYS - 1), offset)]
        if segment == "regular":
            gap = 7 + r.random() * (14 if business else 21)
            start = min(HISTORY_DAYS, 30 + r.expovariate(1 / 280))
            stop = 0.0
        elif segment == "occasional":
            gap = 30 + r.random() * 90
            start = 150 + r.random() * (HISTORY_DAYS - 150)
            stop = 0.0
        elif segment == "lapsing":
            gap = 7 + r.random() * 28
            stop = gap * (3.5 + r.random() * 4.5)
            start = min(HISTORY_DAYS, stop + 60 + r.expovariate(1 / 300))
        else:  # gone
            gap = 20 + r.random() * 130
            stop = 91 + r.random() * (730 - 91)
            start = min(HISTORY_DAYS, stop + r.random() * 600)
        factors = STEADY_GAPS if segment in ("regular", "lapsing") else LOOSE_GAPS
        rand = r.random
        anchor = self.anchor
        day = (anchor + offset) // DAY  # the anchor's local day
        stamps = []
        age = start
        while age >= stop:
            # between 08:00 and 22:00 local time, ``age`` days before the anchor
            ts = (day - int(age + 1)) * DAY + 8 * 3600 + int(rand() * 14 * 3600) - offset
            stamps.append(ts if ts < anchor else ts - DAY)
            age -= gap * factors[int(rand() * QUANTILES)]
        stamps.sort()
        return stamps

    def _name(self, ru: bool, business: bool) -> str:
        r = self.rng
        female = r.random() < 0.55
        if ru:
            first = r.choice(RU_FEMALE if female else RU_MALE)
            surname = r.choice(RU_SURNAMES)
            if female:
                surname = _feminine(surname)
            patronymic = r.choice(RU_PATRONYMICS)[1 if female else 0]
            if business:
                form = r.choice(COMPANY_FORMS)
                initials = f"{surname} {first[0]}. {patronymic[0]}."
                return form.format(w=r.choice(COMPANY_WORDS), s=initials)
            style = r.random()
            if style < 0.40:
                return f"{surname} {first} {patronymic}"
            if style < 0.85:
                return f"{first} {surname}"
            if style < 0.95:
                return first
            return f"{surname.lower()} {first.lower()}"  # typed in a hurry
        first = r.choice(EN_FEMALE if female else EN_MALE)
        surname = r.choice(EN_SURNAMES)
        if business:
            return r.choice(EN_COMPANY_FORMS).format(w=surname)
        return f"{first} {surname}"

    def _contacts(self, name: str, ru: bool, business: bool) -> tuple[str | None, ...]:
        r = self.rng
        # email
        email = None
        if r.random() < (0.85 if ru else 0.9):
            words = _email_words(name)
            if business:
                local = r.choice(("zakaz", "info", "office", "buh"))
                domain = (
                    f"{_company_slug(name)}{r.randrange(100) if r.random() < 0.3 else ''}.example"
                )
            else:
                domain = (EMAIL_DOMAINS_RU if ru else EMAIL_DOMAINS_EN)(r)
                style = r.random()
                if style < 0.4 or len(words) == 1:
                    local = f"{words[0]}{r.randrange(1, 1000)}"
                elif style < 0.7:
                    local = f"{words[0]}.{words[1]}"
                else:
                    local = f"{words[1][0]}.{words[0]}{r.randrange(60, 100)}"
            email = f"{local}@{domain}"
            if r.random() < 0.04:
                email = _broken_email(r, local, domain)
        # phone
        phone = None
        if r.random() < (0.85 if ru else 0.6):
            if ru:
                digits = f"9{r.randrange(10**9):09d}"
                phone = f"+7{digits}"
                if r.random() < 0.05:
                    phone = r.choice(
                        (
                            f"8 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}",
                            f"+7{digits[:-2]}",  # two digits short
                            f"{digits[3:6]}-{digits[6:8]}-{digits[8:]}",  # no area code
                        )
                    )
            elif r.random() < 0.5:
                phone = f"+447700900{r.randrange(1000):03d}"  # Ofcom's drama range
            else:
                phone = f"+1202555{r.randrange(100, 200):04d}"  # 555-01xx, fictional
        # telegram
        chat = None
        if r.random() < (0.35 if ru else 0.15):
            chat = str(r.randrange(10**8, 7 * 10**9))
            if r.random() < 0.03:
                chat = f"@{_translit(name.split()[0])}"  # a username, not a chat id
        return email, phone, chat

    def _consent(self, has_contact: bool, yes: float, no: float) -> bool | None:
        p = self.rng.random()
        if not has_contact:
            return False if p < 0.05 else None
        if p < yes:
            return True
        if p < yes + no:
            return False
        return None

    def _nps(
        self,
        cid: int,
        segment: str,
        stamps: list[int],
        locale: str,
        out: list[tuple[Any, ...]],
    ) -> list[int]:
        r = self.rng
        if not stamps or r.random() > (0.45 if segment in ("lapsing", "gone") else 0.3):
            return []
        answers = 1 + int(r.random() * min(3, len(stamps)))
        seen: set[int] = set()
        bands = NPS_BANDS[segment]
        detractor, passive = bands[0] / 100, (bands[0] + bands[1]) / 100
        if segment in ("lapsing", "gone"):
            # the answers that matter came near the end
            picks = sorted(r.choice(stamps[-4:]) for _ in range(answers))
        else:
            picks = sorted(r.choice(stamps) for _ in range(answers))
        for ts in picks:
            at = ts + DAY + int(r.random() * 9 * DAY)
            while at in seen:
                at += 1
            if at >= self.anchor:
                continue
            seen.add(at)
            p = r.random()
            if p < detractor:
                band, score = "detractor", DETRACTOR_SCORES(r)
            elif p < passive:
                band, score = "passive", 7 + int(r.random() * 2)
            else:
                band, score = "promoter", 9 if r.random() < 0.4 else 10
            comment = r.choice(NPS_COMMENTS[(locale, band)]) if r.random() < 0.3 else None
            self.nps_id += 1
            out.append((self.nps_id, cid, score, at, comment))
        return sorted(seen)

    def _incidents(
        self,
        cid: int,
        segment: str,
        stamps: list[int],
        has_manager: bool,
        offset: int,
        out: list[tuple[Any, ...]],
    ) -> list[int]:
        r = self.rng
        made: list[tuple[str, int, str | None, str | None]] = []

        def reason() -> str:
            code = COMPLAINT_REASONS(r)
            return "service" if code == "manager_changed" and not has_manager else code

        unhappy = segment in ("lapsing", "gone")
        # complaints and conflicts follow an order; for those who left, the last ones
        if stamps and r.random() < (0.22 if unhappy else 0.07):
            for _ in range(1 + int(r.random() < 0.25)):
                ts = r.choice(stamps[-3:] if unhappy else stamps)
                outcome = COMPLAINT_OUTCOMES(r)
                made.append(("complaint", ts + int(r.random() * 5 * DAY), outcome, reason()))
        if stamps and r.random() < (0.09 if unhappy else 0.02):
            ts = r.choice(stamps[-2:] if unhappy else stamps)
            outcome = CONFLICT_OUTCOMES(r)
            made.append(("conflict", ts + int(r.random() * 3 * DAY), outcome, reason()))

        # inquiries: many from those who never bought, some before a first order
        if segment == "inquirer":
            inquiries = 2 + int(r.expovariate(1 / 1.5))
        elif segment == "prospect":
            inquiries = int(r.random() < 0.5)
        else:
            inquiries = int(r.random() < 0.15) * (1 + int(r.random() < 0.3))
        if inquiries:
            newest = 1 + r.random() * 300
            oldest = newest + r.random() * 400
            if stamps:  # before the first order
                newest = (self.anchor - stamps[0]) / DAY + 1 + r.random() * 20
                oldest = newest + r.random() * 60
            for _ in range(inquiries):
                age = newest + r.random() * (oldest - newest)
                outcome = "answered" if r.random() < 0.8 else "unanswered"
                made.append(("inquiry", self._daytime(age, offset), outcome, INQUIRY_TOPICS(r)))

        # calls by managers: some clients never pick up
        unreachable = r.random() < (0.12 if segment in ("lapsing", "gone", "inquirer") else 0.02)
        calls = 0
        if has_manager or unreachable or r.random() < 0.1:
            calls = 3 + int(r.random() * 3) if unreachable else int(r.random() * 4)
        if calls:
            age = 2 + r.random() * 200
            attempts = []
            for i in range(calls):
                failed = unreachable or r.random() < 0.35
                attempts.append((age, "no_answer" if failed else "reached"))
                age += 1 + r.random() * (5 if unreachable and i < 3 else 60)
            for age, outcome in attempts:
                made.append(
                    ("contact_attempt", self._daytime(age, offset), outcome, CONTACT_REASONS(r))
                )

        seen: set[tuple[str, int]] = set()
        stamps_out = []
        for kind, ts, outcome, why in sorted(made, key=lambda m: m[1]):
            ts = min(ts, self.anchor - 1)
            while (kind, ts) in seen:
                ts -= 1
            seen.add((kind, ts))
            stamps_out.append(ts)
            self.incident_id += 1
            out.append((self.incident_id, cid, kind, ts, outcome, why))
        return stamps_out


def _feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith("ский"):
        return surname[:-4] + "ская"
    if surname.endswith("ой"):
        return surname[:-2] + "ая"
    return surname  # Шевченко, Черных: the same for both


def _broken_email(rng: random.Random, local: str, domain: str) -> str:
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
