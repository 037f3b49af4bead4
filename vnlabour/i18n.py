"""Language helpers: UI strings, numbers, dates, partner names and qualified values in vi or en."""

import re
from datetime import date
from functools import cache

import pandas as pd
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from vnlabour import reference
from vnlabour.errors import ParameterError, PresentationError, ReferenceDataError
from vnlabour.params import LANGS

LABELS_FILE = "data/reference/labels.csv"
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def label(key: str, lang: str, **values: object) -> str:
    """The UI string `key` of labels.csv in lang, with its {placeholders} filled from values."""
    template = labels()[key_checked(key)][lang_checked(lang)]
    try:
        return template.format(**values)
    except (KeyError, IndexError) as error:
        raise ReferenceDataError(
            f"{LABELS_FILE}: the {lang} text of {key!r} uses the placeholder {error}, but the "
            f"caller gives only {sorted(values)}; fix the placeholder in {LABELS_FILE}"
        ) from None


def count_label(key: str, count: int, lang: str) -> str:
    """'1 event' / '3 events': the row `<key>.<plural form>` of labels.csv, filled with {n}."""
    form = Locale.parse(lang_checked(lang)).plural_form(count)
    return label(f"{key}.{form}", lang, n=format_number(count, lang))


def label_keys(prefix: str) -> tuple[str, ...]:
    """The keys starting with `prefix.`, in file order (which sets legend and colour order)."""
    return tuple(key for key in labels() if key.startswith(f"{prefix}."))


def format_number(value: float, lang: str) -> str:
    """345.000 (vi) / 345,000 (en); 58,5 / 58.5; at most three decimals (Babel, CLDR)."""
    if missing(value):
        raise PresentationError(
            "a missing number reached format_number: drop or fill empty cells before formatting"
        )
    return format_decimal(value, locale=lang_checked(lang))


def format_date(iso: str, lang: str, short: bool = False) -> str:
    """An ISO date at any precision (YYYY, YYYY-MM, YYYY-MM-DD) in the language's CLDR form."""
    lang = lang_checked(lang)
    if not iso:
        return label("date.unknown", lang)
    day, precision = parse_iso(iso)
    if precision == "year":
        return format_skeleton("y", day, locale=lang)
    if precision == "month":
        return format_skeleton("yM" if short else "yMMMM", day, locale=lang)
    return (
        format_skeleton("yMd", day, locale=lang)
        if short
        else babel_format_date(day, "long", locale=lang)
    )


def parse_iso(iso: str) -> tuple[date, str]:
    """(first day of the period, precision: year | month | day) of an ISO date string."""
    match = ISO_DATE.fullmatch(iso.strip())
    try:
        year, month, day = (int(part) if part else None for part in match.groups())
        precision = "day" if day else "month" if month else "year"
        return date(year, month or 1, day or 1), precision
    except (AttributeError, ValueError):
        raise PresentationError(
            f"date {iso!r} is not YYYY, YYYY-MM or YYYY-MM-DD; fix it in the processed table "
            "(or with a correction in data/annotations/corrections.csv)"
        ) from None


def partner_name(code: str, lang: str) -> str:
    """The partner's name in lang, from the partner catalogue."""
    lang = lang_checked(lang)
    partner = reference.partner_catalogue().get(code)
    if partner is None:
        raise ReferenceDataError(
            f"partner code {code!r} is not in the partner catalogue: add it to the reference "
            "data under data/reference, or correct the row that uses it"
        )
    return getattr(partner, f"name_{lang}")


def qualified(value: float, qualifier: str, lang: str, value_max: float | None = None) -> str:
    """'> 345,000', '≈ 35', '345.000', '15.000–20.000': a figure with its qualifier's sign."""
    has_range = not missing(value_max) and value_max != value
    number = (
        label(
            "value.range", lang, low=format_number(value, lang), high=format_number(value_max, lang)
        )
        if has_range
        else format_number(value, lang)
    )
    return label(f"qualifier.{qualifier or 'exact'}", lang, value=number)


def missing(value: object) -> bool:
    """None, NaN or pandas' NA: an empty cell."""
    return value is None or bool(pd.isna(value))


@cache
def labels() -> dict[str, dict[str, str]]:
    """labels.csv as {key: {"vi": ..., "en": ...}}; duplicate or empty entries are errors."""
    table: dict[str, dict[str, str]] = {}
    for row in reference.read_table("labels"):
        key = (row.get("key") or "").strip()
        texts = {lang: row.get(lang) or "" for lang in LANGS}
        if not key or key in table or not all(text.strip() for text in texts.values()):
            problem = "is a duplicate" if key in table else "lacks a key or a text"
            raise ReferenceDataError(
                f"{LABELS_FILE}: the row {key!r} {problem}; every row needs a unique key and "
                f"a text in each of {', '.join(LANGS)}"
            )
        table[key] = texts
    return table


def key_checked(key: str) -> str:
    if key not in labels():
        raise ReferenceDataError(
            f"UI string {key!r} is missing: add a row `{key},<vi text>,<en text>` to {LABELS_FILE}"
        )
    return key


def lang_checked(lang: str) -> str:
    if lang not in LANGS:
        raise ParameterError(f"lang={lang!r}: use one of {', '.join(LANGS)}")
    return lang
