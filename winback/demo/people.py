"""Who a demo client is: a name, contacts as a CRM holds them, consents.

Functions of the generator's RNG: each draws in a fixed order.
"""

from __future__ import annotations

import random

from winback.demo.vocabulary import (
    COMPANY_FORMS,
    COMPANY_WORDS,
    EMAIL_DOMAINS_EN,
    EMAIL_DOMAINS_RU,
    EN_COMPANY_FORMS,
    EN_FEMALE,
    EN_MALE,
    EN_SURNAMES,
    RU_FEMALE,
    RU_MALE,
    RU_PATRONYMICS,
    RU_SURNAMES,
    broken_email,
    company_slug,
    email_words,
    feminine,
    translit,
)


def name(r: random.Random, ru: bool, business: bool) -> str:
    """A client's name as a CRM holds it: a person's, in one of several
    forms, or a business's."""
    female = r.random() < 0.55
    if ru:
        first = r.choice(RU_FEMALE if female else RU_MALE)
        surname = r.choice(RU_SURNAMES)
        if female:
            surname = feminine(surname)
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


def contacts(r: random.Random, name: str, ru: bool, business: bool) -> tuple[str | None, ...]:
    """(email, phone, Telegram chat id), each missing for some clients and
    malformed for a few."""
    # email
    email = None
    if r.random() < (0.85 if ru else 0.9):
        words = email_words(name)
        if business:
            local = r.choice(("zakaz", "info", "office", "buh"))
            domain = f"{company_slug(name)}{r.randrange(100) if r.random() < 0.3 else ''}.example"
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
            email = broken_email(r, local, domain)
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
            chat = f"@{translit(name.split()[0])}"  # a username, not a chat id
    return email, phone, chat


def consent(r: random.Random, has_contact: bool, yes: float, no: float) -> bool | None:
    """Yes, no or not asked; a few clients said no without leaving the contact."""
    p = r.random()
    if not has_contact:
        return False if p < 0.05 else None
    if p < yes:
        return True
    if p < yes + no:
        return False
    return None
