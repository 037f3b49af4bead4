"""Vietnamese numbers in text: "48.360", "58,5 triệu", "hơn 345 nghìn", "15.000-20.000".

The Vietnamese convention: a dot groups thousands ("48.360" = 48360) and a comma is the decimal
mark ("58,5" = 58.5). An English decimal in Vietnamese text ("2.5") is read as a decimal: a
single dot followed by anything but exactly three digits cannot group thousands. Several commas
in groups of three ("1,234,567") are English thousands. Anything else ("0243.826.9546", a phone
number) is not a number. Scale words, number words and qualifiers are reference data
(data/reference/scales.csv, qualifiers.csv).
"""

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from vnlabour.errors import ReferenceDataError
from vnlabour.extract.lexicon import trie_alternation
from vnlabour.reference import read_table

QUALIFIERS = ("exact", "more_than", "nearly", "about", "at_least", "up_to", "less_than")

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+")
_GLUED_AFTER = re.compile(r"[^\W\d_]|[/:]\d|[-–]\s?[^\W\d_]")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|đến|tới)\s*", re.IGNORECASE)
_DIGIT_FRACTION = re.compile(r"(?<![\w/.,])([1-9])/([2-9]|10)(?![\w/])")
_SHARE_AFTER = re.compile(  # "1/4 tổng số", "1/3 số", "1/4 trong số đó", "1/4 tổng lượng kiều hối"
    r"\s+(?:tổng\s+|trong\s+)?(?:số|lượng)(?!\w)", re.IGNORECASE
)
_SHARE_BEFORE = re.compile(r"(?<!\w)chiếm(?:\s+\w+)?\s+$", re.IGNORECASE)  # "chiếm gần 1/4"


@dataclass(frozen=True)
class Quantity:
    """A number as written: its span (qualifier and scale words included) and its reading."""

    start: int  # offset of the qualifier, else of the number
    end: int  # offset after the last number or scale word
    number_start: int  # offset of the first digit or number word
    value: float
    value_max: float | None  # the high end of a range, else None
    qualifier: str  # one of QUALIFIERS
    worded: bool  # spelled out without a scale ("đôi", "ba"): a figure after "gấp", or a count
    # of a noun that takes one ("ba văn bản", data/reference/figure_nouns.csv worded=yes)


def parse_number(text: str) -> float:
    """'48.360' -> 48360, '58,5' -> 58.5, '1.234,5' -> 1234.5; ValueError when not a number."""
    if text.isdecimal():  # digits alone, the common case
        return float(text)
    text = text.strip()
    if text.startswith("-"):
        return -parse_number(text[1:])
    if not _DIGITS.fullmatch(text):
        raise ValueError(f"not a number: {text!r}")
    if "." in text and "," in text:
        return parse_mixed(text)
    if "." in text:
        return parse_one_separator(text, ".")
    if "," in text:
        return parse_one_separator(text, ",")
    return float(text)


def parse_mixed(text: str) -> float:
    """Both marks: the last one is the decimal mark, the other must group thousands."""
    decimal_mark = "." if text.rindex(".") > text.rindex(",") else ","
    whole, _, fraction = text.rpartition(decimal_mark)
    if not _GROUPED.fullmatch(whole):
        raise ValueError(f"not a number: {text!r}")
    return float(re.sub(r"[.,]", "", whole) + "." + fraction)


def parse_one_separator(text: str, mark: str) -> float:
    """Dots: thousands when every group has three digits, else one decimal dot.
    Commas: one comma is the decimal mark, several in groups of three are thousands."""
    if text.count(mark) > 1 or (mark == "." and _GROUPED.fullmatch(text)):
        if not _GROUPED.fullmatch(text):
            raise ValueError(f"not a number: {text!r}")
        return float(text.replace(mark, ""))
    return float(text.replace(mark, "."))


def format_number_vi(value: float) -> str:
    """48360 -> '48.360', 58.5 -> '58,5', 1234.5 -> '1.234,5'; parse_number reads it back."""
    if not math.isfinite(value):
        raise ValueError(f"cannot write {value!r} as a Vietnamese number")
    digits = format(Decimal(repr(float(value))), "f")
    sign, digits = ("-", digits[1:]) if digits.startswith("-") else ("", digits)
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


def find_quantities(text: str) -> list[Quantity]:
    """Every number in text with its qualifier, scale and range, in order of position."""
    found = [q for m in _DIGITS.finditer(text) if (q := digit_quantity(text, m)) is not None]
    found += worded_quantities(text)
    found = [q for q in found if not any(inside(q, other) for other in found)]
    return sorted(found, key=lambda q: (q.start, q.end))


def inside(q: Quantity, other: Quantity) -> bool:
    """True when q lies within other and is not other itself (the "20.000" of "15.000-20.000");
    no two quantities start their numbers at one place, so identity tells them apart."""
    return other.start <= q.number_start and q.end <= other.end and q is not other


def digit_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    """The quantity a run of digits starts, or None for codes, dates, times and phone numbers."""
    if glued_before(text, match.start()) or glued_after(text, match.end()):
        return None
    try:
        value = parse_number(match.group())
    except ValueError:
        return None
    end, scale = read_scales(text, match.end())
    high, high_end, high_scale = read_range_end(text, end)
    if high is not None:
        low = value * (scale if scale != 1 else high_scale)  # "15-20 nghìn": one scale for both
        if high * high_scale > low:
            return qualified(text, match.start(), high_end, low, high * high_scale)
    return qualified(text, match.start(), end, value * scale)


def glued_before(text: str, start: int) -> bool:
    """Part of a code or name: "G20", "COVID-19", "06-NQ", "03:59", "2022-2027" (second year)."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum() or before in "/:.,":
        return True
    return before in "-–" and start >= 2 and text[start - 2].isalnum()


def glued_after(text: str, end: int) -> bool:
    """Followed by a letter, a date or time separator, or a hyphenated code ("06-NQ/TW")."""
    return bool(_GLUED_AFTER.match(text, end))


def read_range_end(text: str, end: int) -> tuple[float | None, int, float]:
    """The high end of a range after end ("-20.000", " đến 20 nghìn", " đến hơn 1.000"): number,
    end and scale."""
    join = _RANGE_JOIN.match(text, end)
    worded = join and join.group().strip().lower() in ("đến", "tới")  # not a dash: "5 - hơn 200"
    qualifier = worded and high_qualifier().match(text, join.end())
    second = _DIGITS.match(text, (qualifier or join).end()) if join else None
    if not second or glued_after(text, second.end()):
        return None, end, 1.0
    try:
        high = parse_number(second.group())
    except ValueError:
        return None, end, 1.0
    high_end, high_scale = read_scales(text, second.end())
    return high, high_end, high_scale


def read_scales(text: str, end: int) -> tuple[int, float]:
    """Scale words right after end ("nghìn", "chục nghìn", "nghìn tỷ"): new end and product."""
    scale = 1.0
    while match := scale_pattern().match(text, end):
        scale *= scale_values()[match.group(1).lower()]
        end = match.end()
    return end, scale


def worded_quantities(text: str) -> list[Quantity]:
    """Spelled-out numbers: "hai triệu", "hàng trăm", "vài nghìn", and bare "đôi" / "ba"."""
    found = []
    for match in worded_pattern().finditer(text):
        word = match.group(1).lower()
        end, scale = read_scales(text, match.end(1))
        if word in scale_qualifiers():
            if scale == 1:
                continue
            found.append(
                Quantity(
                    match.start(1),
                    end,
                    match.start(1),
                    scale,
                    None,
                    scale_qualifiers()[word],
                    False,
                )
            )
            continue
        value = number_words()[word] * scale
        found.append(qualified(text, match.start(1), end, value, worded=scale == 1))
    return found


def find_fractions(text: str) -> list[Quantity]:
    """Shares of a whole as percentages: "gần một nửa" = nearly 50, "chiếm 1/4 tổng số" = 25.
    A fraction in digits counts only as a share ("… số", "chiếm …"); else it may be a date."""
    found = [
        qualified(text, m.start(1), m.end(1), percent(fraction_words()[normal_space(m.group(1))]))
        for m in fraction_pattern().finditer(text)
    ]
    for m in _DIGIT_FRACTION.finditer(text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        shares = _SHARE_AFTER.match(text, m.end()) or _SHARE_BEFORE.search(text, 0, m.start())
        if numerator < denominator and shares:
            found.append(qualified(text, m.start(), m.end(), percent(numerator / denominator)))
    return sorted(found, key=lambda q: q.start)


def percent(share: float) -> float:
    return round(share * 100, 2)


def qualified(
    text: str,
    number_start: int,
    end: int,
    value: float,
    value_max: float | None = None,
    worded: bool = False,
) -> Quantity:
    """The quantity with the qualifier written right before it ("hơn", "gần", "khoảng")."""
    match = qualifier_pattern().search(text, max(0, number_start - 30), number_start)
    if match:
        qualifier = number_qualifiers()[normal_space(match.group(1))]
        return Quantity(match.start(1), end, number_start, value, value_max, qualifier, worded)
    return Quantity(number_start, end, number_start, value, value_max, "exact", worded)


def normal_space(text: str) -> str:
    return " ".join(text.lower().split())


def word_alternation(words: list[str]) -> str:
    """A regex alternation of words, the longest that matches winning, spaces matching any
    whitespace."""
    return trie_alternation((" ".join(w.split()) for w in words), r"\s+")


@cache
def scale_values() -> dict[str, float]:
    return {
        row["word"].lower(): reference_float(row, "scales") for row in rows_of("scales", "scale")
    }


@cache
def number_words() -> dict[str, float]:
    return {
        row["word"].lower(): reference_float(row, "scales") for row in rows_of("scales", "number")
    }


@cache
def fraction_words() -> dict[str, float]:
    return {
        normal_space(row["word"]): reference_float(row, "scales")
        for row in rows_of("scales", "fraction")
    }


@cache
def fraction_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({word_alternation(list(fraction_words()))})(?!\w)", re.IGNORECASE)


@cache
def counting_words() -> frozenset[str]:
    """Number words that count a noun on their own ("hai văn bản"): scales.csv counts=yes."""
    return frozenset(
        row["word"].lower() for row in rows_of("scales", "number") if row.get("counts")
    )


def counted_number(word: str) -> int:
    """A count in digits ("3") or a number word that counts on its own ("ba"), else 0."""
    counts = word.isdigit() or word.lower() in counting_words()
    return spelled_number(word) if counts else 0


def spelled_number(word: str) -> int:
    """A number in digits ("3") or any number word ("một", "năm"), else 0."""
    if word.isdigit():
        return int(word)
    return int(number_words().get(word.lower(), 0))


@cache
def number_qualifiers() -> dict[str, str]:
    return {normal_space(row["word"]): row["qualifier"] for row in qualifier_rows("number")}


@cache
def scale_qualifiers() -> dict[str, str]:
    return {normal_space(row["word"]): row["qualifier"] for row in qualifier_rows("scale")}


@cache
def scale_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s+({word_alternation(list(scale_values()))})(?!\w)", re.IGNORECASE)


@cache
def worded_pattern() -> re.Pattern[str]:
    words = [*number_words(), *scale_qualifiers()]
    return re.compile(rf"(?<!\w)({word_alternation(words)})(?!\w)", re.IGNORECASE)


@cache
def high_qualifier() -> re.Pattern[str]:
    """A qualifier word, then a space: the "hơn " of "từ 300 đến hơn 1.000"."""
    return re.compile(rf"(?:{qualifier_words()})\s+", re.IGNORECASE)


@cache
def qualifier_pattern() -> re.Pattern[str]:
    """A qualifier word ending the text before a number: "hơn |345"."""
    return re.compile(rf"(?<!\w)({qualifier_words()})\s+$", re.IGNORECASE)


@cache
def qualifier_words() -> str:
    return word_alternation(list(number_qualifiers()))


def rows_of(table: str, kind: str) -> list[dict[str, str]]:
    return [row for row in read_table(table) if row.get("kind") == kind]


def qualifier_rows(position: str) -> list[dict[str, str]]:
    rows = [row for row in read_table("qualifiers") if row.get("position") == position]
    for row in rows:
        if row.get("qualifier") not in QUALIFIERS:
            raise ReferenceDataError(
                f"data/reference/qualifiers.csv: {row.get('word')!r} has qualifier "
                f"{row.get('qualifier')!r}; use one of {', '.join(QUALIFIERS)}"
            )
    return rows


def reference_float(row: dict[str, str], table: str) -> float:
    try:
        return float(row["value"])
    except (KeyError, TypeError, ValueError):
        raise ReferenceDataError(
            f"data/reference/{table}.csv: {row.get('word')!r} needs a numeric value, e.g. 1000"
        ) from None
