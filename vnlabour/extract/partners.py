"""Partner mentions: the countries and organisations an article names, each with its role.

find_mentions looks for every name of a partner (reference.partner_names, longest first) in each
sentence, drops the hits that context shows are something else (the province "Lào Cai", the person
"Nguyễn Minh Đức", the words "pháp luật", "tiếng Anh"), then gives each occurrence a role from the
cue words around it (data/reference/partner_cues.csv). settle_roles promotes a mention whose code
is the origin or destination of a persons figure in the same sentence to partner.
Offsets assume an NFC body, as corpus.py writes it.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from vnlabour.config import REFERENCE
from vnlabour.corpus import Article, Sentence
from vnlabour.errors import ReferenceDataError
from vnlabour.extract.rows import Figure, Mention
from vnlabour.extract.segment import is_whole_words, word_before
from vnlabour.reference import partner_catalogue, partner_names, read_table, word_set

HOME = "VNM"  # Vietnam: found, to see pairs like "Việt Nam - Lào", but never a mention row
SEPARATOR = r"(?:\s*[-‐‑–—]\s*|\s+)"  # between two syllables of a name: "Cam-pu-chia", "Cu Ba"
ROLE_CUE_KINDS = ("partner", "mentioned", "host", "event", "generic", "teaser", "neutral")
CUE_KINDS = (
    *ROLE_CUE_KINDS, "peer", "joiner", "title", "honorific", "ethnic", "language", "common_word"
)  # fmt: skip
LOCAL_PRIORITY = ("host", "generic", "mentioned", "partner")  # when several cues govern a name
CLAUSE_BREAK = re.compile(r"[,;:()\"“”!?]")
LIST_GAP = re.compile(r"[\s,…/()]*(?:(?:và|hoặc)[\s,…/()]*)?")  # "A, B và C", "Viêng Chăn (Lào)"
LOCAL_CUE_WORDS = 5  # a cue governs a name at most this many words before it
CUE_AFTER_WORDS = 2  # or this many words after it ("Nhật Bản là đối tác thương mại")
LEAD_SENTENCES = 3  # the headline and lead, where an article names its main counterpart
TITLE_WINDOW_WORDS = 10  # "Bộ trưởng Lao động và Phúc lợi Xã hội Lào Bay Kham..."
VOWEL_GROUP = re.compile(r"[aeiouy]+")
OPENING = " \t\"“'‘([-–—"
NEW_TONE_PLACEMENT = re.compile("[ou][àáảãạèéẻẽẹỳýỷỹỵ]")  # "hoà", "thuỷ"


@dataclass(frozen=True)
class Name:
    text: str  # as written in the reference data
    code: str
    style: str  # acronym | organisation | country | short (one syllable: checked in context)


@dataclass(frozen=True)
class Hit:
    code: str
    style: str
    start: int  # offsets into the sentence's text
    end: int


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int


def find_mentions(article: Article) -> list[Mention]:
    """Every partner the article names (Vietnam excepted), with its role, sorted by char_start."""
    hits_by_sentence = [merge_acronyms(s.text, sentence_hits(s.text)) for s in article.sentences]
    main = main_counterparts(article.sentences, hits_by_sentence)
    mentions = []
    for sentence, hits in zip(article.sentences, hits_by_sentence, strict=True):
        for hit, role in zip(hits, sentence_roles(sentence.text, hits, main), strict=True):
            if hit.code != HOME:
                mentions.append(to_mention(article, sentence, hit, role))
    return sorted(mentions, key=lambda m: (m.char_start, m.char_end, m.partner_code))


def settle_roles(mentions: list[Mention], figures: list[Figure]) -> list[Mention]:
    """Mentions whose code is the origin or destination of a persons figure in their sentence
    become partners."""
    counted = {
        (f.article_id, f.evidence, code)
        for f in figures
        if f.unit == "persons"
        for code in (f.origin, f.destination)
        if code
    }
    return [
        replace(m, role="partner") if (m.article_id, m.evidence, m.partner_code) in counted else m
        for m in mentions
    ]


# Finding names.


def sentence_hits(text: str) -> list[Hit]:
    """The partner names in one sentence that context confirms, longest name first.

    When context rejects the longest name at a place, a shorter one there or just after it may
    still count ("nước CHDCND Lào" in lower case is no name, "CHDCND Lào" is).
    """
    pattern, _ = name_matcher()
    folded = fold(text)
    hits, position = [], 0
    while match := pattern.search(folded, position):
        hit = first_confirmed(text, folded, match)
        if hit:
            hits.append(hit)
        position = hit.end if hit else match.start() + 1
    return hits


def first_confirmed(text: str, folded: str, match: re.Match[str]) -> Hit | None:
    pattern, names = name_matcher()
    for candidate in names_at(pattern, folded, match):
        name = names[name_key(candidate.group())]
        if is_partner_name(text, candidate.start(), candidate.end(), name):
            return Hit(name.code, name.style, candidate.start(), candidate.end())
    return None


def names_at(
    pattern: re.Pattern[str], folded: str, match: re.Match[str] | None
) -> Iterator[re.Match[str]]:
    """The name matched at a place, then shorter names there that end on a word boundary."""
    while match:
        if match.end() == len(folded) or not re.match(r"\w", folded[match.end()]):
            yield match
        match = pattern.match(folded, match.start(), match.end() - 1)


def is_partner_name(text: str, start: int, end: int, name: Name) -> bool:
    """Whether text[start:end], found as a name, really names that partner here."""
    span = text[start:end]
    if name.style == "acronym":
        return span == name.text
    if name.style == "organisation":
        return True
    if not span[0].isupper() or names_language_or_people(text, start, span):
        return False
    if name.style == "short":
        return span == name.text and is_standalone_short_name(text, start, end)
    return True


def names_language_or_people(text: str, start: int, span: str) -> bool:
    """Whether the name follows "tiếng" (a language) or "người", "dân tộc" + an ethnic group."""
    before = words_before(text, start, 2)
    if any(w in cue_words("language") for w in before):
        return True
    return span in word_set("vn_ethnic_groups") and any(w in cue_words("ethnic") for w in before)


def is_standalone_short_name(text: str, start: int, end: int) -> bool:
    """A one-syllable name ("Anh", "Pháp", "Lào") that is a word of its own and no part of a
    person's or a place's name."""
    if not is_whole_words(text, start, end):
        return False  # "Pháp_chế", "Lào_Cai", "Nguyễn_Minh_Đức", "chủ_nhật"
    if starts_vietnamese_place(text, start):
        return False  # "Thái Bình", even where segmentation misses it
    if at_sentence_start(text, start) and text[start:end].lower() in cue_words("common_word"):
        return False  # "Anh cho biết", capitalised only because it opens the sentence
    if word_before(text, start).lower() in cue_words("honorific"):
        return False  # "ông Đức", "chị Mỹ"
    previous = re.search(r"(\w+) $", text[:start])
    if previous and previous.group(1)[0].isupper():
        opening = at_sentence_start(text, previous.start(1))
        if not opening or previous.group(1) in word_set("vn_family_names"):
            return False  # "Minh Đức", "Trần Đức"; but "Tại Lào" opens a sentence
    following = re.match(r" (\w+)", text[end:])
    if following and following.group(1)[0].isupper():
        return has_title_before(text, start)  # "Đại sứ Pháp Olivier Brochet", not "Thái Bình"
    return True


def starts_vietnamese_place(text: str, start: int) -> bool:
    folded = fold(text[start:])
    return any(
        folded.startswith(place) and not re.match(r"\w", folded[len(place) : len(place) + 1])
        for place in vietnamese_places()
    )


def at_sentence_start(text: str, position: int) -> bool:
    return not text[:position].strip(OPENING)


def has_title_before(text: str, start: int) -> bool:
    clause = CLAUSE_BREAK.split(text[:start])[-1]
    window = " ".join(fold(clause).split()[-TITLE_WINDOW_WORDS:])
    return any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", window) for t in cue_words("title"))


def words_before(text: str, start: int, count: int) -> list[str]:
    """The one- to count-word phrases ending just before start, lower-cased."""
    words = fold(text[:start]).split()
    return [" ".join(words[-n:]) for n in range(1, count + 1) if len(words) >= n]


def merge_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """A name and its acronym, "Tổ chức Lao động quốc tế (ILO)", as one hit."""
    merged: list[Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        if last and last.code == hit.code and hit.style == "acronym" and last.style != "acronym":
            gap = text[last.end : hit.start]
            close = re.match(r"\s*\)", text[hit.end :]) if gap.strip() == "(" else None
            if not gap.strip() or close:
                merged[-1] = replace(last, end=hit.end + (close.end() if close else 0))
                continue
        merged.append(hit)
    return merged


# Roles.


def main_counterparts(sentences: tuple[Sentence, ...], hits: list[list[Hit]]) -> frozenset[str]:
    """The article's counterparts: the codes it pairs with Vietnam ("Việt Nam - Lào") or, when it
    pairs none, the codes named in its lead that come back in another sentence."""
    paired = {
        hit.code
        for sentence, sentence_hits in zip(sentences, hits, strict=True)
        for i, hit in enumerate(sentence_hits)
        if hit.code != HOME and is_paired(sentence.text, sentence_hits, i)
    }
    if paired:
        return frozenset(paired)
    lead = {hit.code for sentence_hits in hits[:LEAD_SENTENCES] for hit in sentence_hits}
    sentences_naming = Counter(
        code for sentence_hits in hits for code in {h.code for h in sentence_hits}
    )
    return frozenset(code for code in lead - {HOME} if sentences_naming[code] > 1)


def sentence_roles(text: str, hits: list[Hit], main: frozenset[str]) -> list[str]:
    """partner | host | mentioned for each hit of one sentence."""
    masked = mask(text, hits)
    cues = find_cues(masked)
    heads = list_heads(text, hits)
    roles = [hit_role(text, hits, i, heads[i], cues, main) for i in range(len(hits))]
    partners = {hit.code for hit, role in zip(hits, roles, strict=True) if role == "partner"}
    return [
        "partner" if role == "host" and hit.code in partners else role
        for hit, role in zip(hits, roles, strict=True)
    ]


def hit_role(
    text: str, hits: list[Hit], i: int, head: int, cues: list[Cue], main: frozenset[str]
) -> str:
    hit = hits[i]
    if any(c.kind == "teaser" and not text[: c.start].strip(OPENING) for c in cues):
        return "mentioned"
    if is_paired(text, hits, i):
        return "partner"
    if is_peer_of_vietnam(text, hits, head):
        return "mentioned"  # "các nước như Việt Nam, Philippines, Ấn Độ"
    local = local_cue(text, hits[head].start, cues) or cue_after(text, hits, i, cues)
    if local and local.kind == "host":
        if hit.code in main:
            return "partner"
        if any(c.kind == "event" for c in cues):
            return "host"
    elif local:
        return "partner" if local.kind == "partner" else "mentioned"
    if main and hit.code not in main and is_third_party(hit, hits, main):
        return "mentioned"  # a frame or a third country beside the article's counterpart
    nearest = nearest_cue(hit, cues)
    if hit.code in main:
        return "mentioned" if nearest and nearest.kind == "mentioned" else "partner"
    return "partner" if nearest and nearest.kind != "mentioned" else "mentioned"


def is_third_party(hit: Hit, hits: list[Hit], main: frozenset[str]) -> bool:
    """A framework in an article about another counterpart, or a country in a sentence about it;
    an organisation named there is a participant in its own right."""
    kind = partner_kind(hit.code)
    return kind == "framework" or (kind == "country" and any(h.code in main for h in hits))


def is_paired(text: str, hits: list[Hit], i: int) -> bool:
    """Whether hit i and Vietnam stand side by side: "Việt Nam-Lào", "Lào và Việt Nam"."""
    joiners = cue_words("joiner")
    before = i > 0 and hits[i - 1].code == HOME
    after = i + 1 < len(hits) and hits[i + 1].code == HOME
    return bool(
        (before and text[hits[i - 1].end : hits[i].start].strip().lower() in joiners)
        or (after and text[hits[i].end : hits[i + 1].start].strip().lower() in joiners)
    )


def is_peer_of_vietnam(text: str, hits: list[Hit], head: int) -> bool:
    """Whether the list starting at hit head names Vietnam and follows a word like "như"."""
    members = hits[head : list_end(text, hits, head) + 1]
    before = set(words_before(text, hits[head].start, 1))
    return any(hit.code == HOME for hit in members) and bool(before & cue_words("peer"))


def list_end(text: str, hits: list[Hit], i: int) -> int:
    """The index of the last hit of the list that hit i belongs to."""
    while i + 1 < len(hits) and is_list_gap(text[hits[i].end : hits[i + 1].start]):
        i += 1
    return i


def is_list_gap(gap: str) -> bool:
    return bool(LIST_GAP.fullmatch(gap.lower()))


def list_heads(text: str, hits: list[Hit]) -> list[int]:
    """For each hit, the index of the first hit of the list it belongs to ("Cu Ba, Đan Mạch")."""
    heads: list[int] = []
    for i, hit in enumerate(hits):
        joined = i > 0 and is_list_gap(text[hits[i - 1].end : hit.start])
        heads.append(heads[i - 1] if joined else i)
    return heads


def local_cue(text: str, start: int, cues: list[Cue]) -> Cue | None:
    """The cue that governs a name from before it: in its clause, at most LOCAL_CUE_WORDS words
    away; a venue word only right before it. Trade or a comparison beats cooperation there
    ("xuất khẩu sang thị trường Mỹ")."""
    governing = [
        c
        for c in cues
        if c.end <= start
        and c.kind in LOCAL_PRIORITY
        and governs(text[c.end : start], LOCAL_CUE_WORDS if c.kind != "host" else 0)
    ]
    return min(governing, key=lambda c: (LOCAL_PRIORITY.index(c.kind), -c.end), default=None)


def governs(gap: str, max_words: int) -> bool:
    return not CLAUSE_BREAK.search(gap) and len(gap.split()) <= max_words


def cue_after(text: str, hits: list[Hit], i: int, cues: list[Cue]) -> Cue | None:
    """A partner or mentioned cue right after the list hit i ends ("Chính phủ Úc và EU tài trợ")."""
    end = hits[list_end(text, hits, i)].end
    after = [c for c in cues if c.start >= end and c.kind in ("partner", "mentioned")]
    if not after:
        return None
    cue = min(after, key=lambda c: c.start)
    return cue if governs(text[end : cue.start], CUE_AFTER_WORDS) else None


def nearest_cue(hit: Hit, cues: list[Cue]) -> Cue | None:
    """The partner, mentioned or event cue of the sentence closest to the hit."""
    scored = [
        (max(c.start - hit.end, hit.start - c.end), c.kind != "partner", c)
        for c in cues
        if c.kind in ("partner", "mentioned", "event")
    ]
    return min(scored, key=lambda s: s[:2])[2] if scored else None


def find_cues(masked: str) -> list[Cue]:
    pattern, kinds = cue_matcher()
    return [
        Cue(kinds[name_key(m.group())], m.start(), m.end()) for m in pattern.finditer(fold(masked))
    ]


def mask(text: str, hits: list[Hit]) -> str:
    """The sentence with every name blanked out, so "Cơ quan Hợp tác..." is no cue."""
    chars = list(text)
    for hit in hits:
        chars[hit.start : hit.end] = "#" * (hit.end - hit.start)
    return "".join(chars)


def to_mention(article: Article, sentence: Sentence, hit: Hit, role: str) -> Mention:
    partner = partner_catalogue()[hit.code]
    start, end = sentence.start + hit.start, sentence.start + hit.end
    return Mention(
        article.article_id, partner.code, partner.kind, role, partner.name_vi, partner.name_en,
        article.body[start:end], start, end, sentence.text,
    )  # fmt: skip


def partner_kind(code: str) -> str:
    return partner_catalogue()[code].kind


# Matchers, built once.


@cache
def name_matcher() -> tuple[re.Pattern[str], dict[str, Name]]:
    """One regex for every partner name, longest first, and the Name behind each folded key."""
    names: dict[str, Name] = {}
    for text, code in partner_names():
        key = name_key(text)
        known = names.setdefault(key, Name(text, code, name_style(text, code)))
        if known.code != code:
            raise ReferenceDataError(
                f"the name {text!r} stands for both {known.code} and {code}: keep one in "
                "data/reference/aliases.csv or organisations.csv"
            )
    return alternation(names, SEPARATOR), names


@cache
def cue_matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {name_key(r["cue"]): r["kind"] for r in cue_rows() if r["kind"] in ROLE_CUE_KINDS}
    return alternation(kinds, r"\s+"), kinds


def alternation(keys: dict[str, object], separator: str) -> re.Pattern[str]:
    ordered = sorted(keys, key=lambda k: (-len(k), k))
    parts = (separator.join(map(re.escape, key.split(" "))) for key in ordered)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)")


@cache
def cue_rows() -> tuple[dict[str, str], ...]:
    """The rows of data/reference/partner_cues.csv, each with a known kind."""
    rows = read_table("partner_cues")
    for row in rows:
        if row["kind"] not in CUE_KINDS:
            raise ReferenceDataError(
                f"{REFERENCE / 'partner_cues.csv'}, cue {row['cue']!r}: kind {row['kind']!r}; "
                f"use one of {', '.join(CUE_KINDS)}"
            )
    return rows


@cache
def cue_words(kind: str) -> frozenset[str]:
    return frozenset(fold(r["cue"]) for r in cue_rows() if r["kind"] == kind)


@cache
def vietnamese_places() -> tuple[str, ...]:
    """Vietnamese places from data/reference/places.csv (kept by the events stage), if present."""
    if not (REFERENCE / "places.csv").is_file():
        return ()
    return tuple(fold(row["name"]) for row in read_table("places") if row["code"] == HOME)


def name_style(text: str, code: str) -> str:
    if len(text) > 1 and not any(c.islower() for c in text):
        return "acronym"
    if partner_kind(code) != "country":
        return "organisation"
    return "short" if is_single_syllable(text) else "country"


def is_single_syllable(text: str) -> bool:
    """One Vietnamese syllable: one word with one group of vowels ("Lào", "Anh", not "Mali")."""
    letters = "".join(c for c in unicodedata.normalize("NFD", fold(text)) if c.isalpha())
    return text.isalpha() and len(VOWEL_GROUP.findall(letters.replace("đ", "d"))) == 1


def name_key(text: str) -> str:
    """A name as the matcher compares it: folded, any run of spaces or hyphens as one space."""
    return re.sub(SEPARATOR, " ", fold(text)).strip()


def fold(text: str) -> str:
    """Lower case with the old tone placement ("hoà" -> "hòa"), same length as text."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return NEW_TONE_PLACEMENT.sub(old_tone_placement, lowered)


def old_tone_placement(match: re.Match[str]) -> str:
    """The new tone placement "oà", "uỷ" as the old "òa", "ủy": the mark on the first vowel."""
    first, second = match.group()
    decomposed = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + decomposed[1:]) + decomposed[0]
