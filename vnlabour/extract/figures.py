"""Article -> figures: quantities of people, money, percentages, multiples and counts of actors.

A number is a figure when the word after it is a figure noun, a currency or a percent sign
(data/reference/figure_nouns.csv), or when "gấp" comes before it; dates, codes, ordinals and
numbers without such a word are not. Each figure is then described from its sentence: metric,
origin and destination, measure (flow or stock) and period (data/reference/figure_cues.csv).
"""

import re
from dataclasses import dataclass, replace
from functools import cache

from vnlabour.corpus import Article, Sentence
from vnlabour.errors import ReferenceDataError
from vnlabour.extract.dates import DateMention, find_dates
from vnlabour.extract.numbers import (
    Quantity,
    counting_words,
    find_fractions,
    find_quantities,
    normal_space,
    parse_number,
    word_alternation,
)
from vnlabour.extract.rows import Figure, Mention
from vnlabour.reference import read_table

VIETNAM = "VNM"
FIGURE_KINDS = ("people", "count", "money", "percent", "times")
NOUN_KINDS = (
    *FIGURE_KINDS, "not", "not_before", "not_before_count", "not_before_ranking", "ok_before",
    "superlative",
)  # fmt: skip
METRIC_WINDOW = 60  # characters between a figure and a metric or measure cue, at most
NOT_QUALIFIERS = (  # words after a people noun that end it: "lao động được |Nhật Bản tiếp nhận"
    "được", "do", "bị", "cho", "của", "và", "với", "đã", "sẽ", "đang", "là", "có", "sau", "trước",
    "như", "tại", "ở", "từ", "sang", "đến", "về", "theo", "trong", "hay", "hoặc", "nhưng",
)  # fmt: skip
LOOKBACK = 60  # characters searched before a number or a place for the words that precede it
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")  # "so với cùng kỳ 2022": a year, not a count
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?]|$)")
_CHANGE_FROM = re.compile(r"\btừ\s+$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"\s+(?:lên|xuống|lên\s+mức|xuống\s+còn|còn)\s+", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_PART_OF = re.compile(  # "7 trong số 8 công ước", "194 trên tổng số 236 học viên": 7, 194 of them
    r"\s+(?:trong|trên(?:\s+tổng)?)\s+số\s+", re.IGNORECASE
)
_LIST_ITEM = re.compile(  # ", Đài Loan (Trung Quốc) " between "5.212 lao động" and "4.673"
    r"(?:,\s*(?:và\s+)?|\s+và\s+)((?:[^\W\d_][\w-]*\s+)*?[^\W\d_][\w-]*)(?:\s*\([^()]*\))?\s+"
)
_RESPECTIVELY = re.compile(  # "lần lượt |312 và 287 lao động", "lần lượt có 5, |4 và 3 dự án"
    r"(?<!\w)lần\s+lượt(?:\s+[^\W\d]+){0,3}\s+(?:[\d.,]+\s*(?:,|và)\s*)*$", re.IGNORECASE
)
_PAIR_GAP = re.compile(r"\s*(?:,|và)\s*")
_CONJUNCTION = re.compile(r"\s*(?:,|và|hoặc|cùng)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """A quantity read as a figure: its full span and what it counts."""

    quantity: Quantity
    start: int  # offsets into the sentence text, multiple cue and unit word included
    end: int
    kind: str  # one of FIGURE_KINDS
    unit: str
    noun_metric: str  # the metric the noun alone gives ("workers", "NGOs", "amount")


@dataclass(frozen=True)
class Place:
    """A country (or abroad/home) named in a sentence, and whether it is a destination or origin."""

    start: int
    end: int
    code: str  # partner code, VNM, or "" for abroad
    role: str  # to | from | by (the agent: "do KOICA tài trợ") | neutral
    kind: str = "country"  # partner_kind of the mention; abroad and home words are countries
    domestic: bool = False  # "trong nước", "tại địa phương": the origin's own country


def find_figures(article: Article, mentions: list[Mention]) -> list[Figure]:
    """Every figure occurrence in the article, in order of position."""
    figures = []
    for sentence in article.sentences:
        dates = find_dates(sentence.text)
        readings = figure_readings(sentence.text, dates)
        places = sentence_places(article, sentence, mentions) if readings else []
        described = [describe(article, sentence, r, dates, mentions, places) for r in readings]
        figures += continue_lists(sentence.text, readings, described)
    return sorted(figures, key=lambda f: (f.char_start, f.char_end))


def continue_lists(text: str, readings: list[Reading], figures: list[Figure]) -> list[Figure]:
    """In "Nhật Bản tiếp nhận 57.410 người, Đài Loan 46.125 người" the later items of a list
    take the metric, measure and period of the first one when their own words give none."""
    continued = figures[:1]
    for i in range(1, len(figures)):
        reading, figure, previous = readings[i], figures[i], continued[-1]
        base = people_base(text, reading) if reading.kind == "people" else None
        if (
            base
            and figure.measure == "other"
            and figure.metric == base
            and readings[i - 1].kind == "people"
            and people_base(text, readings[i - 1]) == base
        ):
            figure = replace(
                figure,
                metric=previous.metric,
                measure=previous.measure,
                period_start=figure.period_start or previous.period_start,
                period_end=figure.period_end or previous.period_end,
            )
        continued.append(figure)
    return continued


def describe(
    article: Article,
    sentence: Sentence,
    reading: Reading,
    dates: list[DateMention],
    mentions: list[Mention],
    places: list[Place],
) -> Figure:
    """The figure row: the reading plus metric, direction, measure and period from context."""
    text = sentence.text
    metric, direction = figure_metric(text, reading)
    origin, destination = figure_direction(article, sentence, reading, mentions, places, direction)
    measure = figure_measure(text, reading, dates)
    period_start, period_end = figure_period(text, reading, dates, measure == "stock")
    q = reading.quantity
    return Figure(
        article_id=article.article_id,
        value=q.value,
        value_max=q.value_max,
        unit=reading.unit,
        qualifier=q.qualifier,
        metric=metric,
        origin=origin,
        destination=destination,
        measure=measure,
        period_start=period_start,
        period_end=period_end,
        span_text=text[reading.start : reading.end],
        char_start=sentence.start + reading.start,
        char_end=sentence.start + reading.end,
        evidence=text,
    )


# Which numbers are figures.


def figure_readings(text: str, dates: list[DateMention]) -> list[Reading]:
    """The quantities of a sentence that are figures, with their unit words."""
    quantities = [
        q
        for q in find_quantities(text)
        if not any(d.start < q.end and q.number_start < d.end for d in dates)
    ]
    found = [read_unit(text, q) for q in quantities]
    for i in reversed(range(len(found) - 1)):  # "lần lượt 5, 4 và 3 dự án": from the last noun
        after = found[i + 1]
        if found[i] is None and after and shares_next_noun(text, quantities[i], after):
            found[i] = replace(
                after, quantity=quantities[i], start=quantities[i].start, end=quantities[i].end
            )
    readings = []
    for i, (quantity, reading) in enumerate(zip(quantities, found, strict=True)):
        after = found[i + 1] if i + 1 < len(found) else None
        if reading is None and after and is_change_start(text, quantity, after):
            reading = change_start_reading(text, quantity, after)
        previous = readings[-1] if readings else None
        if reading is None and previous and continues_named_list(text, previous, quantity):
            reading = replace(previous, quantity=quantity, start=quantity.start, end=quantity.end)
        if reading and not blocked_before(text, reading):
            readings.append(reading)
    shares = share_readings(text)
    readings = [r for r in readings if not any(overlaps(r, share) for share in shares)]
    return sorted(readings + shares, key=lambda r: r.start)


def shares_next_noun(text: str, quantity: Quantity, after: Reading) -> bool:
    """Whether a bare number takes the next figure's noun: a part of it ("7 trong số 8 công
    ước") or a respective item ("lần lượt 312 và 287 lao động")."""
    respective = _PAIR_GAP.fullmatch(text, quantity.end, after.start) and _RESPECTIVELY.search(
        text, 0, quantity.start
    )
    return bool(_PART_OF.fullmatch(text, quantity.end, after.start) or respective)


def share_readings(text: str) -> list[Reading]:
    """Fractions that share out a whole ("gần một nửa số hộ"), not a span of time ("nửa năm")."""
    readings = []
    for q in find_fractions(text):
        noun = noun_pattern().match(text, q.end)
        if noun is None or nouns()[normal_space(noun.group(2))]["kind"] in FIGURE_KINDS:
            readings.append(Reading(q, q.start, q.end, "percent", "percent", "share"))
    return readings


def overlaps(reading: Reading, other: Reading) -> bool:
    return reading.start < other.end and other.start < reading.end


def continues_named_list(text: str, previous: Reading, quantity: Quantity) -> bool:
    """Whether a bare number continues a list of named items whose first figure gave the unit:
    "Nhật Bản 5.212 lao động, Đài Loan (Trung Quốc) 4.673, Hàn Quốc 1.208"."""
    gap = _LIST_ITEM.fullmatch(text, previous.end, quantity.start)
    names = gap and all(w[0].isupper() for w in gap.group(1).split())
    return bool(names) and not _YEAR_LIKE.fullmatch(text, quantity.number_start, quantity.end)


def change_start_reading(text: str, quantity: Quantity, target: Reading) -> Reading:
    """The start of a change read with the unit and scale of its end: "từ 12 xuống 8 triệu
    đồng" starts at 12 million."""
    scale = 1.0
    written = text[quantity.number_start : quantity.end]
    target_digits = _DIGITS.match(text, target.quantity.number_start)
    if _DIGITS.fullmatch(written) and target_digits and not target.quantity.worded:
        scale = target.quantity.value / parse_number(target_digits.group())
    value_max = quantity.value_max * scale if quantity.value_max is not None else None
    scaled = replace(quantity, value=quantity.value * scale, value_max=value_max)
    return replace(target, quantity=scaled, start=quantity.start, end=quantity.end)


def is_change_start(text: str, quantity: Quantity, target: Reading) -> bool:
    """Whether a bare number is where a change starts and the next figure where it ends, the
    unit written once: "tăng từ 150 lên 400 người", "giảm từ 12 xuống 8 triệu đồng"."""
    return bool(
        _CHANGE_FROM.search(text, lookback(quantity.start), quantity.start)
        and _CHANGE_TO.fullmatch(text, quantity.end, target.quantity.start)
    )


def blocked_before(text: str, reading: Reading) -> bool:
    """A number right after "số", "thứ", "cả", "một trong"… is no figure ("trong số" is fine);
    after "nhóm" a count is a ranking ("nhóm 5 nước"), people a group ("nhóm 30 lao động")."""
    match = before_pattern().search(text, lookback(reading.start), reading.start)
    kind = nouns()[normal_space(match.group(1))]["kind"] if match else ""
    if kind == "not_before_ranking":
        return is_ranking(text, reading.end)
    return kind == "not_before" or (kind == "not_before_count" and reading.kind == "count")


def is_ranking(text: str, end: int) -> bool:
    """Whether the clause after "một trong N nước" ranks them ("… lớn nhất", "… hàng đầu"):
    then N is a rank, else a count ("một trong 5 nước được ưu tiên")."""
    clause = re.split(r"[,;:.!?]", text[end:], maxsplit=1)[0]
    return bool(superlative_pattern().search(clause))


def read_unit(text: str, q: Quantity) -> Reading | None:
    """The figure a quantity makes with the words around it, or None when it is not one."""
    noun = noun_pattern().match(text, q.end)
    row = nouns()[normal_space(noun.group(2))] if noun else None
    if row and noun.group(1) and row["kind"] != "people":
        row = None  # a copula only links people: "210 nghìn là thực tập sinh"
    if row and row["kind"] == "people" and noun.group(2)[0].isupper():
        row = None  # a name's word, not a noun of people: "105 Nam Kỳ Khởi Nghĩa"
    multiple = multiple_pattern().search(text, lookback(q.start), q.start)
    if multiple:
        bare = multiple_cues()[normal_space(multiple.group(1))] == "bare"
        if row and row["kind"] == "times":
            return Reading(q, multiple.start(1), noun.end(), "times", "times", row["metric"])
        if bare:
            return Reading(q, multiple.start(1), q.end, "times", "times", times_row()["metric"])
    if not noun and not q.worded:
        return subject_reading(text, q)
    if not row or row["kind"] not in FIGURE_KINDS or row["kind"] == "times":
        return None
    if q.worded and not counts_in_words(text, q, row):
        return None
    if row["min_value"] and q.value < reference_number(row):
        return None
    return Reading(q, q.start, noun.end(), row["kind"], row["unit"], row["metric"])


def counts_in_words(text: str, q: Quantity, row: dict[str, str]) -> bool:
    """Whether a spelled-out number counts its noun: "hai văn bản" (both marked in the reference
    data), not "một dự án" ("a project") nor "năm dự án" (also "the year, the project")."""
    return bool(row["worded"]) and text[q.number_start : q.end].lower() in counting_words()


def subject_reading(text: str, q: Quantity) -> Reading | None:
    """A bare number that ends its clause, counting the noun its clause opened with:
    "nâng tổng số thỏa thuận đang có hiệu lực lên 27;", "Số lao động xuất cảnh đạt 142.000."."""
    if not _CLAUSE_END.match(text, q.end) or _YEAR_LIKE.fullmatch(text, q.number_start, q.end):
        return None
    clause_start = max(text.rfind(mark, 0, q.start) for mark in (", ", "; ", ": ")) + 1
    subjects = list(subject_pattern().finditer(text, clause_start, q.start))
    if not subjects or counted_between(text, subjects[-1].end(), q.number_start):
        return None
    row = nouns()[normal_space(subjects[-1].group(1))]
    if row["kind"] not in ("people", "count"):
        return None
    return Reading(q, q.start, q.end, row["kind"], row["unit"], row["metric"])


# Metric.


def figure_metric(text: str, reading: Reading) -> tuple[str, str]:
    """A few English words for what the figure measures, and the money direction rule."""
    if reading.kind == "people":
        base = people_base(text, reading)
        template = nearest_cue(text, reading, cue_pattern("people_metric"), "people_metric")
        return (template.format(noun=base) if template else base), "same"
    if reading.kind == "count":
        template = nearest_cue(text, reading, cue_pattern("count_metric"), "count_metric")
        return (
            template.format(noun=reading.noun_metric) if template else reading.noun_metric
        ), "same"
    amount = amount_cue(text, reading)
    if amount:
        return amount["value"], amount["direction"]
    if reading.kind == "times":
        people = last_people_noun(text, reading.start)
        return (f"growth in {people}" if people else reading.noun_metric), "same"
    return reading.noun_metric, "same"


def people_base(text: str, reading: Reading) -> str:
    """The noun's metric; a generic "người" borrows the last specific people noun before it."""
    if reading.noun_metric != generic_people_metric():
        return reading.noun_metric
    return last_people_noun(text, reading.start) or reading.noun_metric


def last_people_noun(text: str, end: int) -> str:
    """The metric of the last specific people noun ("lao động", "sinh viên") before end; a
    capitalised word after another is part of a name ("Việt Nam"), not the noun "nam"."""
    found = ""
    for match in specific_people_pattern().finditer(text, 0, end):
        before = text[: match.start()].split()
        if not (match.group(1)[0].isupper() and before and before[-1][0].isupper()):
            found = nouns()[normal_space(match.group(1))]["metric"]
    return found


def nearest_cue(text: str, reading: Reading, pattern: re.Pattern[str], role: str) -> str:
    """The value of the cue nearest the figure within METRIC_WINDOW characters, else ""."""
    best = None
    for match in pattern.finditer(text):
        distance = gap(match.start(1), match.end(1), reading.start, reading.end)
        if distance <= METRIC_WINDOW and (best is None or distance < best[0]):
            best = (distance, cues(role)[normal_space(match.group(1))]["value"])
    return best[1] if best else ""


def amount_cue(text: str, reading: Reading) -> dict[str, str] | None:
    """The amount cue ("xuất khẩu", "ODA") nearest before the figure, else the nearest after."""
    matches = list(cue_pattern("amount_metric").finditer(text))
    before = [m for m in matches if m.end(1) <= reading.start]
    after = [m for m in matches if m.start(1) >= reading.end]
    chosen = before[-1] if before else (after[0] if after else None)
    return cues("amount_metric")[normal_space(chosen.group(1))] if chosen else None


def lookback(start: int) -> int:
    """Where to start looking for the words right before start (regex lookbehind sees past it)."""
    return max(0, start - LOOKBACK)


def gap(start: int, end: int, other_start: int, other_end: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(other_start - end, start - other_end, 0)


# Origin and destination.


def figure_direction(
    article: Article,
    sentence: Sentence,
    reading: Reading,
    mentions: list[Mention],
    places: list[Place],
    direction: str,
) -> tuple[str, str]:
    """(origin, destination): partner codes, VNM, or "" (abroad, or not said).

    First the figure's clause: its cues ("sang Nhật Bản", "lao động Việt Nam", "của Lào"), then
    the countries it names without a cue; then the cues of the whole sentence; a sentence that
    names no country borrows the origin of its paragraph's earlier sentences."""
    if direction == "none" or reading.kind in ("count", "percent"):
        return "", ""
    places = [p for p in places if usable(p, reading)]
    clause = [p for p in places if in_clause(sentence.text, p, reading)]
    origin = nearest_origin(clause, reading)
    destination = destination_place(clause, reading, origin)
    if reading.kind == "people":
        origin, destination = fill_people(clause, reading, origin, destination)
    if reading.kind == "money":
        origin, destination = fill_money(clause, reading, origin, destination)
    origin = origin or nearest_origin(places, reading)
    destination = destination or destination_place(places, reading, origin)
    if reading.kind in ("people", "money") and not any(p.code for p in places):
        origin = origin or earlier_origin(article, sentence, mentions, reading)
    origin_code = origin.code if origin else ""
    destination_code = destination_code_of(destination, origin_code)
    if direction == "reverse":
        return destination_code, origin_code
    return origin_code, destination_code


def usable(place: Place, reading: Reading) -> bool:
    """People move between countries; money may also come from an organisation."""
    return reading.kind == "money" or place.kind == "country"


def in_clause(text: str, place: Place, reading: Reading) -> bool:
    """True when no comma, semicolon or colon separates the place from the figure."""
    start, end = min(place.end, reading.end), max(place.start, reading.start)
    return not _CLAUSE_BREAK.search(text, start, end)


def nearest_origin(places: list[Place], reading: Reading) -> Place | None:
    """The origin nearest the figure; for money the agent ("do KOICA tài trợ") is one too."""
    roles = ("from", "by") if reading.kind == "money" else ("from",)
    chosen = [p for p in places if p.role in roles and p.code]
    return min(chosen, key=lambda p: gap(p.start, p.end, reading.start, reading.end), default=None)


def destination_place(places: list[Place], reading: Reading, origin: Place | None) -> Place | None:
    """The nearest destination after the figure ("… lao động sang Nhật Bản"), else before it."""
    candidates = [
        p for p in places if p.role == "to" and (not origin or p.domestic or p.code != origin.code)
    ]
    after = [p for p in candidates if p.start >= reading.end]
    if after:
        return after[0]
    before = [p for p in candidates if p.end <= reading.start]
    return before[-1] if before else None


def fill_people(
    clause: list[Place], reading: Reading, origin: Place | None, destination: Place | None
) -> tuple[Place | None, Place | None]:
    """Open sides take countries the clause names without a cue: Vietnam sends, others receive
    ("Hàn Quốc tiếp nhận 10.000 lao động Việt Nam"), unless the other side is already foreign."""
    neutral = neutral_places(clause, reading)
    if destination is None:
        foreign = origin is None or origin.code == VIETNAM
        destination = next(
            (p for p in neutral if (p.code != VIETNAM) == foreign and not same(p, origin)), None
        )
    if origin is None:
        foreign = destination is not None and destination.code == VIETNAM
        origin = next(
            (p for p in neutral if (p.code != VIETNAM) == foreign and not same(p, destination)),
            None,
        )
    return origin, destination


def fill_money(
    clause: list[Place], reading: Reading, origin: Place | None, destination: Place | None
) -> tuple[Place | None, Place | None]:
    """The payer is the partner the clause names ("KOICA tài trợ …"); Vietnam receives."""
    neutral = neutral_places(clause, reading)
    if origin is None:
        origin = next((p for p in neutral if not same(p, destination)), None)
    if destination is None:
        destination = next((p for p in neutral if p.code == VIETNAM and not same(p, origin)), None)
    return origin, destination


def neutral_places(places: list[Place], reading: Reading) -> list[Place]:
    """Countries named without a direction cue, nearest the figure first."""
    neutral = [p for p in places if p.role == "neutral" and p.code]
    return sorted(neutral, key=lambda p: gap(p.start, p.end, reading.start, reading.end))


def same(place: Place, other: Place | None) -> bool:
    return other is not None and place.code == other.code


def destination_code_of(destination: Place | None, origin_code: str) -> str:
    """Abroad -> "", domestic -> the origin's country (VNM when no origin is known)."""
    if destination is None:
        return ""
    if destination.domestic:
        return origin_code or VIETNAM
    return destination.code


def earlier_origin(
    article: Article, sentence: Sentence, mentions: list[Mention], reading: Reading
) -> Place | None:
    """When a sentence names no country: the origin the paragraph's earlier sentences name."""
    paragraph_start = article.body.rfind("\n", 0, sentence.start) + 1
    earlier = [s for s in article.sentences if paragraph_start <= s.start < sentence.start]
    for previous in reversed(earlier):
        places = [
            p for p in sentence_places(article, previous, mentions) if p.code and usable(p, reading)
        ]
        chosen = [p for p in places if p.role == "from"] or [
            p for p in places if p.role == "neutral"
        ]
        if chosen:
            return chosen[-1]
    return None


def sentence_places(article: Article, sentence: Sentence, mentions: list[Mention]) -> list[Place]:
    """Partner mentions, names of Vietnam, "nước này", abroad and home words, in order."""
    text = sentence.text
    spans = mention_spans(sentence, mentions)
    for match in place_word_pattern("vietnam").finditer(text):
        if not any(s < match.end() and match.start() < e for s, e, _, _ in spans):
            spans.append((match.start(), match.end(), VIETNAM, "country"))
    for match in place_word_pattern("anaphor").finditer(text):
        code = antecedent(article, sentence, mentions, match.start())
        if code:
            spans.append((match.start(), match.end(), code, "country"))
    places = [Place(s, e, code, place_role(text, s), kind) for s, e, code, kind in sorted(spans)]
    places = inherit_roles(text, places)
    places += [
        Place(m.start(), m.end(), "", abroad_role(text, m.start()))
        for m in place_word_pattern("abroad").finditer(text)
    ]
    places += [
        Place(m.start(), m.end(), "", "to", domestic=True)
        for m in place_word_pattern("domestic").finditer(text)
    ]
    return sorted(places, key=lambda p: (p.start, p.end))


def mention_spans(sentence: Sentence, mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    """(start, end, code, kind) of the partner mentions inside a sentence, sentence offsets."""
    return [
        (m.char_start - sentence.start, m.char_end - sentence.start, m.partner_code, m.partner_kind)
        for m in mentions
        if sentence.start <= m.char_start and m.char_end <= sentence.end
    ]


def antecedent(article: Article, sentence: Sentence, mentions: list[Mention], position: int) -> str:
    """The foreign country "nước này" points back to: the last one named before it in the
    sentence, else in the paragraph's earlier sentences; "" when there is none."""
    paragraph_start = article.body.rfind("\n", 0, sentence.start) + 1
    before = [
        m.partner_code
        for m in mentions
        if m.partner_kind == "country"
        and paragraph_start <= m.char_start
        and m.char_end <= sentence.start + position
    ]
    return before[-1] if before else ""


def inherit_roles(text: str, places: list[Place]) -> list[Place]:
    """In "sang Nhật Bản và Hàn Quốc" or "do Úc, Canada tài trợ" each name takes the role
    of the one before it."""
    kept: list[Place] = []
    for place in places:
        previous = kept[-1] if kept else None
        if (
            previous
            and place.role == "neutral"
            and _CONJUNCTION.fullmatch(text, previous.end, place.start)
        ):
            place = replace(place, role=previous.role)
        kept.append(place)
    return kept


def place_role(text: str, start: int) -> str:
    """to / from / by from the word right before a place; after a people noun it is an origin."""
    cue = direction_cue_pattern().search(text, lookback(start), start)
    if cue:
        return direction_cues()[normal_space(cue.group(1))]
    if people_before_pattern().search(text, lookback(start), start):
        return "from"
    return "neutral"


def abroad_role(text: str, start: int) -> str:
    """'lao động nước ngoài' are foreign workers (an origin); otherwise abroad is a destination."""
    return "from" if place_role(text, start) == "from" else "to"


# Measure and period.


def figure_measure(text: str, reading: Reading, dates: list[DateMention]) -> str:
    """People: flow or stock from the nearest cue, else from the date; everything else: other."""
    if reading.kind != "people":
        return "other"
    best = None
    for role in ("flow", "stock"):
        for match in cue_pattern(role).finditer(text):
            distance = gap(match.start(1), match.end(1), reading.start, reading.end)
            if distance <= METRIC_WINDOW and (best is None or distance < best[0]):
                best = (distance, role)
    if best:
        return best[1]
    date = figure_date(text, reading, dates)
    if date:
        return "stock" if date.kind == "until" else "flow"
    return "other"


def figure_period(
    text: str, reading: Reading, dates: list[DateMention], stock: bool
) -> tuple[str, str]:
    """(start, end) of the period the figure covers; an as-of stock has only an end."""
    date = figure_date(text, reading, dates, stock)
    if date is None:
        return "", ""
    if date.kind == "until":
        return "", date.last
    return date.first, date.last


def figure_date(
    text: str, reading: Reading, dates: list[DateMention], stock: bool = False
) -> DateMention | None:
    """The dated expression nearest the figure in its clause, else the nearest before it.
    A stock is dated by an as-of bound or a date before it ("hiện có 11.530 lao động … theo
    Bản ghi nhớ ký năm 2015" is not a stock of 2015)."""
    dated = [d for d in dates if d.last]
    if stock:
        dated = [d for d in dated if d.kind == "until" or d.end <= reading.start]
    clause_start = text.rfind(";", 0, reading.start) + 1
    clause_end = text.find(";", reading.end)
    clause_end = len(text) if clause_end < 0 else clause_end
    in_clause = [d for d in dated if clause_start <= d.start and d.end <= clause_end]
    if in_clause:
        return min(in_clause, key=lambda d: gap(d.start, d.end, reading.start, reading.end))
    before = [d for d in dated if d.end <= reading.start]
    return before[-1] if before else None


# Reference data, loaded once.


@cache
def nouns() -> dict[str, dict[str, str]]:
    """figure_nouns.csv keyed by the lower-case word."""
    table = {}
    for row in read_table("figure_nouns"):
        if row.get("kind") not in NOUN_KINDS:
            raise ReferenceDataError(
                f"data/reference/figure_nouns.csv: {row.get('word')!r} has kind "
                f"{row.get('kind')!r}; use one of {', '.join(NOUN_KINDS)}"
            )
        if row.get("min_value"):
            reference_number(row)
        table[normal_space(row["word"])] = row
    return table


def reference_number(row: dict[str, str]) -> float:
    try:
        return float(row["min_value"])
    except ValueError:
        raise ReferenceDataError(
            f"data/reference/figure_nouns.csv: {row['word']!r} has min_value "
            f"{row['min_value']!r}; give a number such as 3, or leave it empty"
        ) from None


@cache
def cue_rows() -> tuple[dict[str, str], ...]:
    return read_table("figure_cues")


@cache
def cues(role: str) -> dict[str, dict[str, str]]:
    return {normal_space(row["word"]): row for row in cue_rows() if row["role"] == role}


@cache
def generic_people_metric() -> str:
    return nouns()["người"]["metric"]


@cache
def times_row() -> dict[str, str]:
    return next(row for row in nouns().values() if row["kind"] == "times")


@cache
def multiple_cues() -> dict[str, str]:
    return {word: row["value"] for word, row in cues("multiple").items()}


@cache
def direction_cues() -> dict[str, str]:
    return {word: row["role"] for role in ("to", "from", "by") for word, row in cues(role).items()}


def words_of(kinds: tuple[str, ...], except_metric: str | None = None) -> list[str]:
    """Words of figure_nouns.csv of those kinds, leaving out one metric if given."""
    return [
        w for w, row in nouns().items() if row["kind"] in kinds and row["metric"] != except_metric
    ]


@cache
def noun_pattern() -> re.Pattern[str]:
    """Optional copula (group 1), then the noun after a number (group 2)."""
    copulas = word_alternation(list(cues("copula")))
    words = word_alternation(words_of((*FIGURE_KINDS, "not")))
    return re.compile(rf"\s*(?:({copulas})\s+)?({words})(?!\w)", re.IGNORECASE)


def counted_between(text: str, start: int, end: int) -> bool:
    """True when a number other than a year stands between a subject and a bare number."""
    return bool(re.search(r"\d", _YEAR_LIKE.sub("", text[start:end])))


@cache
def subject_pattern() -> re.Pattern[str]:
    """'số lao động', 'tổng số thỏa thuận': a subject word, then a people or count noun."""
    subjects = word_alternation(list(cues("subject")))
    words = word_alternation(words_of(("people", "count")))
    return re.compile(rf"(?<!\w)(?:{subjects})\s+({words})(?!\w)", re.IGNORECASE)


@cache
def before_pattern() -> re.Pattern[str]:
    kinds = ("not_before", "not_before_count", "not_before_ranking", "ok_before")
    words = word_alternation(words_of(kinds))
    return re.compile(rf"(?<!\w)({words})\s+$", re.IGNORECASE)


@cache
def superlative_pattern() -> re.Pattern[str]:
    words = word_alternation(words_of(("superlative",)))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


@cache
def multiple_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({word_alternation(list(multiple_cues()))})\s+$", re.IGNORECASE)


@cache
def specific_people_pattern() -> re.Pattern[str]:
    words = word_alternation(words_of(("people",), except_metric=generic_people_metric()))
    return re.compile(rf"(?<!\w)({words})(?!\w)", re.IGNORECASE)


@cache
def people_before_pattern() -> re.Pattern[str]:
    """A people noun, at most two lower-case qualifiers after it, then the place: "lao động |",
    "lao động nông nghiệp |Thái Lan" (their nation), not "lao động được |Nhật Bản tiếp nhận" nor
    "Đại diện |Philippines, nước có hơn 2 triệu công dân …" (who speaks for it)."""
    people = word_alternation(words_of(("people",), except_metric="representatives"))
    qualifier = rf"(?!(?:{'|'.join(NOT_QUALIFIERS)})\s)(?-i:[^\W\dA-ZĐ])\w*"
    return re.compile(rf"(?<!\w)({people})(?:\s+{qualifier}){{0,2}}\s+$", re.IGNORECASE)


@cache
def cue_pattern(role: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({word_alternation(list(cues(role)))})(?!\w)", re.IGNORECASE)


@cache
def direction_cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({word_alternation(list(direction_cues()))})\s+$", re.IGNORECASE)


@cache
def place_word_pattern(role: str) -> re.Pattern[str]:
    """Place words as written, or with a capital first letter (sentence start); case matters
    so that "vn" in "nhandan.vn" is not Vietnam."""
    words = [row["word"] for row in cue_rows() if row["role"] == role]
    words += [w[0].upper() + w[1:] for w in words]
    return re.compile(rf"(?<![\w.])({word_alternation(words)})(?!\w)")
