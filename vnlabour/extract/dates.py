"""Vietnamese temporal expressions: dates, ranges and as-of bounds, with ISO values.

Two steps: find the date atoms ("ngày 12/1/2023", "tháng 9/2025", "năm 2022", "sáng 5/4",
"2022 - 2027"), then join them with the words around them into ranges ("từ … đến …") and as-of
bounds ("đến hết năm 2022", "tính đến nay"). Durations ("55 năm"), ordinals ("lần thứ 9"),
document numbers ("số 06-NQ/TW", "12/2021/NĐ-CP") and clock times ("03:59") are not dates.
The Vietnamese date grammar (ngày/tháng/năm, từ/đến) is the regexes below, not reference data.
"""

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from vnlabour.extract.numbers import counted_number

CACHED_TEXTS = 4096  # sentences whose dates are remembered
FIRST_YEAR, LAST_YEAR = 1900, 2100  # years outside this span are numbers, not years
MAX_DATELINE_WORDS = 4  # "Thành phố Hồ Chí Minh, 5/4": a dateline's place is a few words
MAX_SPAN_YEARS = 100  # "1900-2100" is more likely a code than a period
ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets into the text passed to find_dates
    end: int
    text: str  # text[start:end]
    kind: str  # date | range | until
    first: str  # earliest date covered, ISO at the precision given; "" when the year is unknown
    last: str  # latest date covered (== first for a single date; the bound for "until")
    year_given: bool  # False for day/month without a year ("Ngày 29/11", "sáng 5/4")
    month: int | None  # for day/month dates, so a caller can add the year later
    day: int | None


@dataclass(frozen=True)
class Point:
    """A calendar point at some precision: year, year-month or year-month-day."""

    year: int | None
    month: int | None = None
    day: int | None = None

    def iso(self, year: int | None = None) -> str:
        """ISO text at the precision given; `year` stands in when the text gave none."""
        y = self.year if self.year is not None else year
        if y is None:
            return ""
        text = f"{y:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True)
class Atom:
    """One date expression before joining: a single point or a closed span of points."""

    start: int
    end: int
    first: Point
    last: Point


_DIGIT = re.compile(r"\d")  # every atom holds one
_NOT_BEFORE = r"(?<![\w/.\-–:])"  # not inside a code, number, another date or a clock time
_NOT_AFTER = r"(?![\w/:]|[.,\-–]\d)"
_PART_OF_DAY = (
    r"(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm|hôm)\s+(?:ngày\s+)?|ngày\s+|mùng\s+|mồng\s+"
    r"|(?:chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\s+(?:ngày\s+)?)"  # "Chủ nhật 14.1"
)
_CUE_BEFORE_DAY_MONTH = re.compile(
    r"(?:\b(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|mùng|mồng|từ|đến|tới|vào|trước|sau|và|hoặc)"
    # "sáng nay (5/4)", "vừa rồi (8/9)", "tuần trước (15/11)"
    r"|\b(?:nay|qua|rồi|mai|tuần\s+(?:trước|này|qua|rồi))\s*\("
    # "Sáng thứ Tư (22/5)": a capitalised weekday, not an ordinal ("xếp thứ hai (1/3")
    r"|\b(?-i:[Cc]hủ\s+[Nn]hật|[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy))\s*[(,])\s*$",
    re.IGNORECASE,
)
NEWS_AGENCY = r"\((?:TTXVN/VNA|TTXVN|VNA|VOV|VTV)\)"  # a wire's tag after a dateline: "14.9 (VOV)"
_DATELINE_AFTER = re.compile(r"\s*[(\-–—]")  # "Hà Nội, 11/6 (TTXVN)", "Hà Nội, 11/6 - "
AGENCY_AFTER = re.compile(rf"\s*{NEWS_AGENCY}")  # a news agency's dateline: "14/9 (TTXVN)"
DASH_AFTER = re.compile(r"\s+[-–—]\s")  # "Riyadh 20.11 - ": a dateline's place, no comma
_DAY, _MONTH, _YEAR = r"(\d{1,2})", r"(\d{1,2})", r"(\d{4})"
MONTH_NAMES = {  # the solar months by name, capitalised in the text: "28 tháng Mười hai"
    "hai": "2", "ba": "3", "tư": "4", "năm": "5", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9",
    "mười": "10", "mười một": "11", "mười hai": "12",
}  # fmt: skip  # "tháng Giêng", "tháng Chạp" name lunar months: no solar date
_MONTH_NAME = r"(?-i:(Mười\s+(?:một|hai)|Mười|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín))(?!\w)"
_DAY_SPAN = rf"{_DAY}\s*(?:[-–]|\s(?:đến|tới|và)\s+(?:ngày\s+)?){_DAY}"  # "4-5/4", "6 đến 8/6"
_PERIOD_WORD = r"(?:(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|năm\s+học|niên\s+khóa)\s+|năm\s+(?=\d))"
_YEAR_SPAN = rf"(\()?{_YEAR}\s*[-–—]\s*{_YEAR}(\))?"  # "2022 - 2027", "(2023-2027)"
_ATOMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("dmy_words", rf"{_NOT_BEFORE}ngày\s+{_DAY}\s+tháng\s+{_MONTH}(?:\s+năm\s+{_YEAR})?\b"),
        ("my_words", rf"{_NOT_BEFORE}tháng\s+{_MONTH}\s+năm\s+{_YEAR}\b"),
        ("dmy", rf"{_NOT_BEFORE}{_PART_OF_DAY}?{_DAY}([/.\-]){_MONTH}\2{_YEAR}{_NOT_AFTER}"),
        ("dm_named",
         rf"{_NOT_BEFORE}{_PART_OF_DAY}?{_DAY}\s+tháng\s+{_MONTH_NAME}(?:\s+năm\s+{_YEAR})?\b"),
        ("days_my", rf"{_NOT_BEFORE}{_PART_OF_DAY}?{_DAY_SPAN}/{_MONTH}(?:/{_YEAR})?{_NOT_AFTER}"),
        ("dm", rf"{_NOT_BEFORE}{_PART_OF_DAY}?{_DAY}/{_MONTH}{_NOT_AFTER}(?!\s+số\b)"),
        ("dm_dash", rf"{_NOT_BEFORE}{_PART_OF_DAY}{_DAY}[.\-]{_MONTH}{_NOT_AFTER}"),
        ("dm_agency",
         rf"{_NOT_BEFORE}{_DAY}[./\-]{_MONTH}(?=\s*{NEWS_AGENCY}|{DASH_AFTER.pattern})"),
        ("month_year", rf"{_NOT_BEFORE}(?:tháng\s+)?{_MONTH}\s*/\s*{_YEAR}{_NOT_AFTER}"),
        ("month_year_dash", rf"{_NOT_BEFORE}tháng\s+{_MONTH}[.\-]{_YEAR}{_NOT_AFTER}"),
        ("month", rf"{_NOT_BEFORE}tháng\s+{_MONTH}{_NOT_AFTER}"),
        ("edge_month", rf"{_NOT_BEFORE}tháng\s+(đầu|cuối)\s+(?:của\s+)?năm\s+{_YEAR}\b"),
        ("quarter", rf"{_NOT_BEFORE}quý\s+(IV|I{{1,3}}|[1-4])\s*(?:/\s*|\s+năm\s+){_YEAR}\b"),
        ("months_of_year",
         rf"{_NOT_BEFORE}(\d{{1,2}}|[^\W\d_]+)\s+tháng\s+(đầu|cuối)?\s*năm\s+{_YEAR}\b"),
        ("year_range", rf"{_NOT_BEFORE}{_PERIOD_WORD}?{_YEAR_SPAN}{_NOT_AFTER}"),
        ("year", rf"{_NOT_BEFORE}năm\s+{_YEAR}{_NOT_AFTER}"),
        ("cued_year", rf"\b(?:từ|đến|tới|vào|trước|sau)\s+{_YEAR}{_NOT_AFTER}"),
    )
)  # fmt: skip
_NEEDED = {  # a part of each atom's pattern: a text without it is spared the whole pattern
    "dmy_words": r"ngày\s+\d\d?\s+tháng", "my_words": r"tháng\s+\d",
    "dmy": r"\d([/.\-])\d\d?\1\d{4}", "dm_named": r"\d\s+tháng\s+[^\W\d]",
    "days_my": r"\d\s*(?:[-–]|\s(?:đến|tới|và)\s+(?:ngày\s+)?)\d\d?/\d", "dm": r"\d/\d",
    "dm_dash": r"[gaiumytư]\s+\d\d?[.\-]\d",  # the last letter of a part of the day or week
    "dm_agency": r"\d[./\-]\d",  # a news agency's dateline: "Phnom Penh 14.9 (TTXVN)"
    "month_year": r"\d\s*/\s*\d", "month_year_dash": r"tháng\s+\d",
    "month": r"tháng\s+\d", "edge_month": "tháng", "quarter": "quý",
    "months_of_year": "tháng",
    "year_range": r"\d\s*[-–—]\s*\d", "year": r"năm\s+\d",
    "cued_year": r"[ừniocu]\s+\d{4}",  # the last letter of a cue word
}  # fmt: skip
_PARTS = {part: re.compile(part, re.IGNORECASE) for part in _NEEDED.values()}
_CLUES = {  # a string every match of a needed part holds, lower-cased: found far faster
    r"ngày\s+\d\d?\s+tháng": "tháng", r"tháng\s+\d": "tháng", "tháng": "tháng", "quý": "quý",
    r"năm\s+\d": "năm", r"\d/\d": "/", r"\d\s*/\s*\d": "/", _NEEDED["days_my"]: "/",
    _NEEDED["dm_named"]: "tháng",
}  # fmt: skip
_NEEDS_YEAR = frozenset(  # the atoms whose pattern always holds a year: four digits in a row
    ("my_words", "dmy", "month_year", "month_year_dash", "edge_month", "quarter", "months_of_year",
     "year_range", "year", "cued_year")
)  # fmt: skip
_FOUR_DIGITS = re.compile(r"\d{4}")
_DOCUMENT_NUMBER = re.compile(r"\b(?:số|No\.?)\s*$", re.IGNORECASE)  # "số 12/2021/NĐ-CP"
_COUNTED_NOUN = re.compile(r"\s+(?!(?:đến|tới|và|hoặc)\b)[a-zà-ỹđ]")  # "từ 2000 người": a count
_QUANTITY_AFTER = re.compile(  # "mỗi ngày 2-3 giờ", "ngày 12.5 triệu": a quantity, not a date;
    # "ngày 10-12 tháng 6": a span of days whose month follows
    r"\s*(?:%|giờ|tiếng|lần|phút|người|triệu|nghìn|ngàn|tỷ|tỉ|đồng|km|ca|tháng)(?!\w)",
    re.IGNORECASE,
)
_RANGE_OPEN = re.compile(r"\b(?:kể\s+)?từ\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|[-–—])\s*", re.IGNORECASE)
_RANGE_TO_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện\s+nay)(?!\w)", re.IGNORECASE)
_UNTIL_OPEN = re.compile(
    r"(?:\b(?:tính|cho)\s+)?\b(?:đến|tới)\s+(?:(hết|cuối)\s+)?$", re.IGNORECASE
)
_UNTIL_NOW = re.compile(
    r"(?<!\w)(?:(?:tính|cho)\s+)?(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+(?:này|hiện\s+tại))(?!\w)",
    re.IGNORECASE,
)


def find_dates(text: str, year: int | None = None) -> list[DateMention]:
    """Temporal expressions in text, in order; `year` completes day/month dates lacking one."""
    return list(cached_dates(text, year))


@lru_cache(maxsize=CACHED_TEXTS)
def cached_dates(text: str, year: int | None) -> tuple[DateMention, ...]:
    """find_dates, remembered: the extractors ask about the same sentences several times."""
    if not _DIGIT.search(text) and not (may_say_until_now(text) and _UNTIL_NOW.search(text)):
        return ()
    atoms = non_overlapping(find_atoms(text))
    mentions = join_atoms(text, atoms, year)
    mentions += until_now(text, mentions)
    return tuple(sorted(mentions, key=lambda m: (m.start, m.end)))


def find_atoms(text: str) -> list[Atom]:
    """Every candidate atom, overlapping ones included; a pattern runs only on a text that holds
    the part it needs."""
    atoms = []
    lowered = text.lower()
    has_year = bool(_FOUR_DIGITS.search(text))
    present: dict[str, bool] = {}  # the needed parts searched for so far
    for name, pattern in _ATOMS:
        if name in _NEEDS_YEAR and not has_year:
            continue
        needed = _NEEDED[name]
        if needed not in present:
            clue = _CLUES.get(needed, "")
            present[needed] = clue in lowered and bool(_PARTS[needed].search(text))
        if not present[needed]:
            continue
        for match in pattern.finditer(text):
            atom = build_atom(name, match, text)
            if atom is not None:
                atoms.append(atom)
    return atoms


def build_atom(name: str, match: re.Match[str], text: str) -> Atom | None:
    """The atom a pattern's match stands for, or None when the numbers are no calendar date."""
    g = match.groups()
    if name in ("dm", "days_my") and not has_day_month_cue(match, text):
        return None
    if name == "dm_agency" and not (
        AGENCY_AFTER.match(text, match.end()) or opens_dashed_dateline(match, text)
    ):
        return None  # "2.5 - 3": no date
    if name == "dm_named" and not g[2] and match.group(0)[0].isdigit():
        return None  # "3 tháng Hai": a date only after "ngày", "sáng" … or with its year
    if name == "cued_year" and _COUNTED_NOUN.match(text, match.end()):
        return None
    if name == "dm_dash" and _QUANTITY_AFTER.match(text, match.end()):
        return None
    if match.group(0)[0].isdigit() and _DOCUMENT_NUMBER.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return None
    points = {
        "dmy_words": lambda: [point(g[2], g[1], g[0])],
        "my_words": lambda: [point(g[1], g[0])],
        "dmy": lambda: [point(g[3], g[2], g[0])],
        "dm_named": lambda: [point(g[2], MONTH_NAMES[g[1].lower()], g[0])],
        "days_my": lambda: [point(g[3], g[2], g[0]), point(g[3], g[2], g[1])],
        "dm": lambda: [point(None, g[1], g[0])],
        "dm_dash": lambda: [point(None, g[1], g[0])],
        "dm_agency": lambda: [point(None, g[1], g[0])],
        "month_year": lambda: [point(g[1], g[0])],
        "month_year_dash": lambda: [point(g[1], g[0])],
        "month": lambda: [point(None, g[0])],
        "edge_month": lambda: [point(g[1], "1" if g[0].lower() == "đầu" else "12")],
        "quarter": lambda: quarter_points(g[0], g[1]),
        "months_of_year": lambda: months_of_year_points(g[0], g[1], g[2]),
        "year_range": lambda: [point(g[1]), point(g[2])],
        "year": lambda: [point(g[0])],
        "cued_year": lambda: [point(g[0])],
    }[name]()
    if any(p is None for p in points) or not ordered(points[0], points[-1]):
        return None
    start, end = match.span(1) if name == "cued_year" else match.span()
    if name == "year_range" and bool(g[0]) != bool(g[3]):  # keep a lone parenthesis out
        start, end = (match.start(2), end) if g[0] else (start, match.end(3))
    return Atom(start, end, points[0], points[-1])


def has_day_month_cue(match: re.Match[str], text: str) -> bool:
    """A bare "5/4" is a date only after a word such as ngày, sáng, từ, đến ("1/2 số" is not), or
    in a dateline: a place at the start of a line, a comma, the date ("Hà Nội, 11/6 (TTXVN)")."""
    if not match.group(0)[0].isdigit():
        return True
    if _CUE_BEFORE_DAY_MONTH.search(text, max(0, match.start() - 12), match.start()):
        return True
    line_start = text.rfind("\n", 0, match.start()) + 1
    return is_dateline(text[line_start : match.start()]) and bool(
        _DATELINE_AFTER.match(text, match.end())
    )


def opens_dashed_dateline(match: re.Match[str], text: str) -> bool:
    """Whether a day/month is a dateline's with a place and a dash only: "Riyadh 20.11 - "."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return is_dateline(text[line_start : match.start()], dashed=True)


def is_dateline(before: str, dashed: bool = False) -> bool:
    """'Hà Nội, ', 'Vácsava, ' or 'Praha (TTXVN) ' before a day/month at the start of a line;
    before a dash, the place alone ('Riyadh ' in "Riyadh 20.11 - ")."""
    place = before.strip()
    tagged = re.fullmatch(rf"(.*?)\s*{NEWS_AGENCY}", place)
    if tagged:
        place = tagged.group(1) + ","
    elif dashed and not place.endswith(","):
        place += ","
    return (
        place.endswith(",")
        and place[:1].isupper()
        and 0 < len(place[:-1].split()) <= MAX_DATELINE_WORDS
        and "," not in place[:-1]
    )


def point(year: str | None, month: str | None = None, day: str | None = None) -> Point | None:
    """A valid calendar point from digit strings, or None ("31/2", "13/2025", "năm 1000")."""
    y, m, d = (int(v) if v else None for v in (year, month, day))
    if y is not None and not FIRST_YEAR <= y <= LAST_YEAR:
        return None
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= calendar.monthrange(y or 2000, m or 1)[1]:
        return None
    return Point(y, m, d)


def quarter_points(quarter: str, year: str) -> list[Point | None]:
    """Quý I/2024 -> 2024-01 .. 2024-03."""
    q = int(quarter) if quarter.isdigit() else ROMAN_QUARTERS[quarter.lower()]
    return [point(year, str(3 * q - 2)), point(year, str(3 * q))]


def months_of_year_points(count: str, side: str | None, year: str) -> list[Point | None]:
    """'10 tháng năm 2024' / 'Sáu tháng đầu năm 2024' -> from January; 'cuối' -> to December;
    a word that counts nothing ("trong tháng đầu năm") gives no period."""
    n = counted_number(count)
    if not 1 <= n <= 12:
        return [None]
    if side and side.lower() == "cuối":
        return [point(year, str(13 - n)), point(year, "12")]
    return [point(year, "1"), point(year, str(n))]


def ordered(first: Point, last: Point) -> bool:
    """True when first is not after last: "2027 - 2022" is no range (a subtraction, a code)."""
    if first.year is None or last.year is None:
        return (first.month or 0, first.day or 0) <= (last.month or 12, last.day or 31)
    if last.year - first.year > MAX_SPAN_YEARS:
        return False
    return (first.year, first.month or 0, first.day or 0) <= (
        last.year,
        last.month or 12,
        last.day or 31,
    )


def non_overlapping(atoms: list[Atom]) -> list[Atom]:
    """Longest atoms first, then earliest; an atom overlapping a kept one is dropped."""
    kept: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        if all(atom.end <= k.start or atom.start >= k.end for k in kept):
            kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


def join_atoms(text: str, atoms: list[Atom], year: int | None) -> list[DateMention]:
    """Atoms joined into ranges ("từ A đến B") and as-of bounds ("đến hết A"), else dates."""
    mentions, i = [], 0
    while i < len(atoms):
        atom = atoms[i]
        following = atoms[i + 1] if i + 1 < len(atoms) else None
        opening = _RANGE_OPEN.search(text, max(0, atom.start - 12), atom.start)
        if opening and following and _RANGE_JOIN.fullmatch(text, atom.end, following.start):
            mentions.append(range_mention(text, opening.start(), atom, following, year))
            i += 2
            continue
        to_now = _RANGE_TO_NOW.match(text, atom.end)
        if opening and to_now:
            mentions.append(range_to_now(text, opening.start(), atom, to_now.end(), year))
            i += 1
            continue
        until = _UNTIL_OPEN.search(text, max(0, atom.start - 20), atom.start)
        if until:
            mentions.append(until_mention(text, until.start(), atom, bool(until.group(1)), year))
        else:
            mentions.append(date_mention(text, atom, year))
        i += 1
    return mentions


def date_mention(text: str, atom: Atom, year: int | None) -> DateMention:
    span_kind = "date" if atom.first == atom.last else "range"
    return mention(text, atom.start, atom.end, span_kind, atom.first, atom.last, year)


def range_mention(text: str, start: int, a: Atom, b: Atom, year: int | None) -> DateMention:
    """'từ A đến B'; A borrows B's year (and month) when it has none: 'từ 1/3 đến 5/4/2023'."""
    first = a.first
    if first.year is None and b.last.year is not None:
        first = replace(first, year=b.last.year)
    return mention(text, start, b.end, "range", first, b.last, year)


def range_to_now(text: str, start: int, a: Atom, end: int, year: int | None) -> DateMention:
    """'từ năm 2020 đến nay': from A to the time of writing, whose date the text does not give."""
    found = mention(text, start, end, "range", a.first, a.first, year)
    return replace(found, last="")


def until_mention(text: str, start: int, atom: Atom, to_end: bool, year: int | None) -> DateMention:
    """'đến hết năm 2022' -> last 2022-12: the end of a year is its December."""
    bound = atom.last
    if to_end and bound.year is not None and bound.month is None:
        bound = replace(bound, month=12)
    found = mention(text, start, atom.end, "until", bound, bound, year)
    return replace(found, first="")


def until_now(text: str, taken: list[DateMention]) -> list[DateMention]:
    """'đến nay', 'tính đến nay': an as-of bound at the time of writing, with no date given."""
    if not may_say_until_now(text):
        return []  # most sentences
    found = []
    for match in _UNTIL_NOW.finditer(text):
        if all(match.end() <= m.start or match.start() >= m.end for m in taken):
            found.append(
                DateMention(
                    match.start(), match.end(), match.group(), "until", "", "", False, None, None
                )
            )
    return found


def may_say_until_now(text: str) -> bool:
    """Whether text holds a word every "đến nay", "đến thời điểm này" holds: a test far faster
    than _UNTIL_NOW."""
    lowered = text.lower()
    return "nay" in lowered or "thờ" in lowered


def mention(
    text: str, start: int, end: int, kind: str, first: Point, last: Point, year: int | None
) -> DateMention:
    given = first.year is not None and last.year is not None
    return DateMention(
        start, end, text[start:end], kind, first.iso(year), last.iso(year), given,
        first.month, first.day,
    )  # fmt: skip
