"""Named cooperation instruments (MoUs, agreements, minutes, plans, treaties) and whether each was
signed at the reported event. The words that find and delimit them are in
data/reference/agreement_types.csv; a name is a capitalised head ("Bản ghi nhớ", "Thỏa thuận") and
what follows it up to a clause end, a period ("giai đoạn 2022 - 2027") or an ordinal ("lần thứ 9").
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from vnlabour.corpus import Article, Sentence
from vnlabour.errors import ReferenceDataError
from vnlabour.extract.dates import DateMention, find_dates
from vnlabour.extract.rows import Agreement, Event, Mention
from vnlabour.reference import read_table

MAX_NAME_WORDS = 40
ROLES = (
    "head", "plural", "name_end", "anchor", "sign", "sign_as_noun", "implementation", "intent",
)  # fmt: skip
SIGNING_EVENT = "signing"  # an article whose main event is a signing needs no other anchor
VIETNAM = "VNM"
_QUOTES = {"“": "”", '"': '"', "«": "»"}
_CLAUSE_END = re.compile(r"[,;:!?“”\"»]|\.(?:\s|$)|\.\.\.|…|\((?!\s*\d{4}\s*[-–—]\s*\d{4}\s*\))")
_ORDINAL = re.compile(r"\blần\s+thứ\s+\w+", re.IGNORECASE)
_TRAILING_PARTIES = re.compile(r"\s+giữa\s+(?:hai|2|ba|3)\s+\w+(?:\s+\w+)?$")  # "… giữa hai bộ"


@dataclass(frozen=True)
class Lexicon:
    heads: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, agreement_type)
    any_head: re.Pattern[str]  # every head at once: most sentences hold none
    plural: re.Pattern[str]  # matched at the end of the text before a head
    name_end: re.Pattern[str]
    anchor: re.Pattern[str]
    sign: re.Pattern[str]
    sign_as_noun: re.Pattern[str]  # right before the verb
    implementation: re.Pattern[str]  # between the signing verb and the name
    intent: re.Pattern[str]  # anywhere in the sentence


@dataclass(frozen=True)
class Found:
    """One named instrument: where its name is and which sentence holds it."""

    agreement_type: str
    start: int  # offsets into the body
    end: int
    head_end: int
    sentence: Sentence


def find_agreements(article: Article, mentions: list[Mention], event: Event) -> list[Agreement]:
    """One row per named instrument occurrence, in text order."""
    # Find the names.
    found = [f for s in article.sentences for f in instruments_in(s)]
    # Describe each: type, parties, period, whether it was signed here.
    rows = [describe(article, f, mentions, event) for f in found]
    # What is signed here in one sentence is signed here wherever the article names it.
    return signed_everywhere(rows)


@cache
def lexicon() -> Lexicon:
    """data/reference/agreement_types.csv compiled; a bad row raises ReferenceDataError."""
    by_role: dict[str, list[dict[str, str]]] = {role: [] for role in ROLES}
    for line, row in enumerate(read_table("agreement_types"), start=2):
        if row.get("role") not in by_role or not row.get("pattern"):
            raise ReferenceDataError(
                f"data/reference/agreement_types.csv row {line}: give a 'pattern' and a 'role' "
                f"out of {', '.join(ROLES)}"
            )
        by_role[row["role"]].append(row)
    try:
        heads = tuple((whole_word(r["pattern"]), r["agreement_type"]) for r in by_role["head"])
        return Lexicon(
            heads,
            whole_word(alternatives(by_role["head"])),
            re.compile(rf"(?<!\w)(?:{alternatives(by_role['plural'])})\s+$", re.IGNORECASE),
            re.compile(rf"\s(?:{alternatives(by_role['name_end'])})(?!\w)"),
            whole_word(alternatives(by_role["anchor"])),
            whole_word(alternatives(by_role["sign"])),
            re.compile(rf"(?<!\w)(?:{alternatives(by_role['sign_as_noun'])})\s+$"),
            whole_word(alternatives(by_role["implementation"])),
            whole_word(alternatives(by_role["intent"])),
        )
    except re.error as error:
        raise ReferenceDataError(
            f"data/reference/agreement_types.csv: a pattern is no valid regular expression "
            f"({error}); fix it and re-run"
        ) from None


def alternatives(rows: Sequence[dict[str, str]]) -> str:
    return "|".join(f"(?:{r['pattern']})" for r in rows) or "(?!)"


def whole_word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


def instruments_in(sentence: Sentence) -> list[Found]:
    """The named instruments of one sentence; a head inside an earlier name is part of it."""
    found: list[Found] = []
    for head_start, head_end, agreement_type in heads_in(sentence.text):
        if found and head_start < found[-1].end - sentence.start:
            continue
        if lexicon().plural.search(sentence.text, max(0, head_start - 12), head_start):
            continue
        start, end = name_span(sentence.text, head_start, head_end)
        found.append(
            Found(
                agreement_type,
                sentence.start + start,
                sentence.start + end,
                sentence.start + head_end,
                sentence,
            )
        )
    return found


def heads_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of every head, the longest kept where two overlap."""
    if not lexicon().any_head.search(text):
        return []
    matches = [
        (m.start(), m.end(), kind)
        for pattern, kind in lexicon().heads
        for m in pattern.finditer(text)
    ]
    kept: list[tuple[int, int, str]] = []
    for match in sorted(matches, key=lambda m: (m[0], m[0] - m[1])):
        if not kept or match[0] >= kept[-1][1]:
            kept.append(match)
    return kept


def name_span(text: str, head_start: int, head_end: int) -> tuple[int, int]:
    """The name's (start, end) in text: inside quotes if it opens one, else up to its end."""
    opening = text[head_start - 1 : head_start]
    if opening in _QUOTES:
        closing = text.find(_QUOTES[opening], head_end)
        if closing != -1:
            return head_start, closing
    rest = text[head_end:]
    cut = min(
        [len(rest)]
        + [m.start() for m in (_CLAUSE_END.search(rest), lexicon().name_end.search(rest)) if m]
        + [m.start() for m in heads_after_and(rest)]
    )
    cut = min(cut, name_stop_after_period(rest, cut))
    name = rest[:cut]
    words = name.split()
    if len(words) > MAX_NAME_WORDS:
        name = name[: name.find(words[MAX_NAME_WORDS])]
    name = _TRAILING_PARTIES.sub("", name.rstrip(" -–—.…"))
    return head_start, head_end + len(name)


def heads_after_and(rest: str) -> list[re.Match[str]]:
    """'… giữa hai bộ và Biên bản Hội nghị …': a second instrument ends the first name."""
    joins = re.finditer(r"\s+(?:và|cùng)\s+(?:một\s+|các\s+)?", rest)
    return [j for j in joins if any(p.match(rest, j.end()) for p, _ in lexicon().heads)]


def name_stop_after_period(rest: str, cut: int) -> int:
    """A name ends after its period or year ("giai đoạn 2022 - 2027", "năm 2023") or its ordinal
    ("lần thứ 9"), unless a year follows the ordinal ("lần thứ 7 năm 2021"); and before a day."""
    dates = find_dates(rest[:cut])
    stops = [d.end if d.year_given else d.start for d in dates]  # "… diễn ra sáng 10/10": no year
    ordinal = _ORDINAL.search(rest, 0, cut)
    if ordinal:
        after = [d for d in find_dates(rest[ordinal.end() : cut]) if d.year_given and d.start <= 1]
        stops.append(ordinal.end() + after[0].end if after else ordinal.end())
    return min(stops, default=cut)


def describe(
    article: Article, found: Found, mentions: Sequence[Mention], event: Event
) -> Agreement:
    name = article.body[found.start : found.end]
    first, last = period_of(name)
    return Agreement(
        article.article_id,
        found.agreement_type,
        " ".join(name.split()),
        parties_of(found.sentence, mentions, event),
        first,
        last,
        signed_here(article.body, found, event),
        name,
        found.start,
        found.end,
        found.sentence.text,
    )


def period_of(name: str) -> tuple[str, str]:
    """The first span of years in the name: "giai đoạn 2022 - 2027" -> ("2022", "2027")."""
    for mention in find_dates(name):
        if mention.kind == "range" and mention.year_given:
            return mention.first, mention.last
    return "", ""


def parties_of(sentence: Sentence, mentions: Sequence[Mention], event: Event) -> tuple[str, ...]:
    """Partners named in the sentence (else the event's), with Vietnam unless the sentence names
    two or more foreign parties and not Vietnam (an agreement between third countries)."""
    named = {m.partner_code for m in mentions if sentence.start <= m.char_start < sentence.end}
    parties = named or set(event.partners)
    if len(named) < 2 or "Việt Nam" in sentence.text:
        parties.add(VIETNAM)
    return tuple(sorted(parties))


def signed_here(body: str, found: Found, event: Event) -> bool:
    """True when the sentence signs the instrument at this event: a signing verb before the name,
    the event named (or the event is a signing), and no earlier date, future or implementation."""
    words = lexicon()
    sentence = found.sentence
    clause_start = max(body.rfind(";", sentence.start, found.start) + 1, sentence.start)
    clause_end = clause_end_after(body, found.end, sentence.end)
    before = body[clause_start : found.start]
    verbs = [
        v
        for v in words.sign.finditer(before)
        if not words.sign_as_noun.search(before, 0, v.start())
    ]
    if not verbs:
        return False
    clause = before + body[found.end : clause_end]
    if words.implementation.search(before, verbs[-1].end()) or words.intent.search(clause):
        return False
    if event.event_type != SIGNING_EVENT and not words.anchor.search(sentence.text):
        return False
    outside_name = [
        d
        for d in find_dates(sentence.text)
        if not (sentence.start + d.start < found.end and sentence.start + d.end > found.start)
    ]
    return not any(other_date(d, event) for d in outside_name)


def clause_end_after(body: str, position: int, limit: int) -> int:
    """Where the clause that goes on after a name ends: at ';', ':' or the sentence end."""
    ends = [
        i for i in (body.find(";", position, limit), body.find(":", position, limit)) if i != -1
    ]
    return min(ends, default=limit)


def other_date(mention: DateMention, event: Event) -> bool:
    """A date in the sentence that is not the event's: the signing happened some other time."""
    if mention.kind != "date" or not (mention.year_given or mention.day):
        return False
    if not event.event_date:
        return mention.year_given
    if mention.year_given:
        return not event.event_date.startswith(mention.first) and not mention.first.startswith(
            event.event_date
        )
    return event.event_date[5:] != f"{mention.month:02d}-{mention.day:02d}"


def signed_everywhere(rows: list[Agreement]) -> list[Agreement]:
    """Mark every occurrence of an instrument signed here when one occurrence says so."""
    signed = {instrument_key(r) for r in rows if r.signed_here and instrument_key(r)}
    return [replace(r, signed_here=True) if instrument_key(r) in signed else r for r in rows]


def instrument_key(row: Agreement) -> tuple[str, str] | None:
    """Type and name after the head, lower-cased: "Biên bản ghi nhớ về X" = "Bản ghi nhớ về X"."""
    for pattern, _ in lexicon().heads:
        head = pattern.match(row.name)
        if head:
            tail = " ".join(row.name[head.end() :].lower().split())
            return (row.agreement_type, tail) if tail else None
    return None
