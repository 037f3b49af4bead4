"""The words the partner stages match: folding for comparison, and the cue lexicon.

Names and cues are compared folded (lower case, the old tone placement), so "Hoà Lạc" and "hòa"
match alike; the cues and their kinds are data/reference/partner_cues.csv.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from vnlabour.config import REFERENCE
from vnlabour.errors import ReferenceDataError
from vnlabour.reference import read_table

SEPARATOR = r"(?:\s*[-‐‑–—]\s*|\s+)"  # between two syllables of a name: "Cam-pu-chia", "Cu Ba"
ROLE_CUE_KINDS = (
    "partner", "destination", "mentioned", "trade", "host", "event", "generic", "teaser", "neutral",
    "warning", "contrast", "source", "institution", "cited", "model", "background", "aside",
    "rescue", "ranking", "observer", "prospect", "geography",
)  # fmt: skip
CUE_KINDS = (
    *ROLE_CUE_KINDS, "worker", "citizen", "labour_field", "name_break",
    "peer", "joiner", "title", "honorific", "ethnic", "language", "currency", "common_word",
    "goods", "exchange", "employment", "company", "errand", "crime", "presents", "titled",
    "clause", "comparison", "aspect", "relative", "bilateral", "speech", "members",
    "foreign_worker", "home_place", "subject_lead", "copula", "membership", "flow_end", "located",
    "present", "chair", "authority", "share", "counted", "one_of", "alongside", "place_noun",
    "negation", "record", "preposition", "continent", "place_named", "landmark", "source_noun",
    "sending", "later_event", "signed", "subordinator", "talks", "none_of", "region", "people",
    "home_actor", "representative",
)  # fmt: skip
PARTNER_KINDS = ("partner", "destination")  # a destination of workers is a weaker partner cue
CACHED_TEXTS = 4096  # sentences (or names) whose cues are remembered
FOLDED_TEXTS = 16384  # sentences and phrases whose folded form is remembered
KEY_END = ""  # the trie entry that marks the end of a key
FROM_BEFORE = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)  # "đến từ |Ấn Độ", "từ |tháng 5/2022"
NEW_TONE_PLACEMENT = re.compile("[ou][àáảãạèéẻẽẹỳýỷỹỵ]")  # "hoà", "thuỷ"
QUOTES_OPENING = "\"“‘'("  # what may open a word: "\"Thợ hàn"
AGENCY_HEAD = re.compile(  # the word that opens an agency's name: "|Bộ Kế hoạch và Đầu tư"
    r"(?<!\w)(?:Bộ|Sở|Ủy ban|Uỷ ban|Ngân hàng|Quỹ|Viện|Tổng cục|Cục|Hiệp hội)\s"
)
AGENCY_NAME_CHARS = 60  # how far back its name starts: "Bộ Văn hóa, Thể thao và |Du lịch"
AGENCY_NAME_WORDS = 8

Trie = dict[str, "Trie"]


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int


def words_before(text: str, start: int, count: int) -> list[str]:
    """The one- to count-word phrases ending just before start, lower-cased, without the quote
    or bracket that opens one ("\"Thợ hàn |Philippines")."""
    folded = fold(" ".join(text[:start].rsplit(maxsplit=count)[-count:]))
    words = [word for word in (w.lstrip(QUOTES_OPENING) for w in folded.split()) if word]
    return [" ".join(words[-n:]) for n in range(1, count + 1) if len(words) >= n]


def find_cues(masked: str) -> list[Cue]:
    return list(sentence_cues(masked))


@lru_cache(maxsize=CACHED_TEXTS)
def sentence_cues(masked: str) -> tuple[Cue, ...]:
    """find_cues, remembered: the partner stages ask about the same sentence several times."""
    pattern, kinds = cue_matcher()
    return tuple(
        Cue(kinds[name_key(m.group())], m.start(), m.end())
        for m in pattern.finditer(fold(masked))
        if not in_agency_name(masked, m.start())
    )


def in_agency_name(text: str, start: int) -> bool:
    """Whether a capitalised cue is a later word of an agency's name, no cue of its own: "Bộ Kế
    hoạch và |Đầu tư", "Bộ Văn hóa, Thể thao và |Du lịch"."""
    if not text[start].isupper():
        return False
    window = text[max(0, start - AGENCY_NAME_CHARS) : start]
    heads = list(AGENCY_HEAD.finditer(window))
    if not heads:
        return False
    words = window[heads[-1].end() :].replace(",", " ").split()
    return 0 < len(words) <= AGENCY_NAME_WORDS and all(
        word == "và" or word[0].isupper() or (n > 0 and words[n - 1][0].isupper())
        for n, word in enumerate(words)
    )


@cache
def cue_matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {name_key(r["cue"]): r["kind"] for r in cue_rows() if r["kind"] in ROLE_CUE_KINDS}
    return alternation(kinds, r"\s+"), kinds


def alternation(keys: Iterable[str], separator: str) -> re.Pattern[str]:
    """One regex for whole-word keys, spaces matching separator."""
    return re.compile(rf"(?<!\w)(?:{trie_alternation(keys, separator)})(?!\w)")


def trie_alternation(keys: Iterable[str], separator: str) -> str:
    """A regex that matches any of the keys, spaces matching separator; where several match at
    one place, the longest key wins. Built as a trie of the keys: tried character by character,
    not key by key, which is many times faster over hundreds of keys."""
    trie: Trie = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[KEY_END] = {}
    return trie_pattern(trie, separator)


def trie_pattern(node: Trie, separator: str) -> str:
    """The regex of a trie node: its branches, tried before the key that ends here (if one does),
    so that the longest key matches."""
    branches = [
        (separator if char == " " else re.escape(char)) + trie_pattern(child, separator)
        for char, child in sorted(node.items())
        if char != KEY_END
    ]
    if not branches:
        return ""
    body = f"(?:{'|'.join(branches)})" if len(branches) > 1 else branches[0]
    return f"(?:{body})?" if KEY_END in node else body


@cache
def phrase_matcher(kind: str) -> re.Pattern[str]:
    """One regex for the cues of one context kind, matched against folded text."""
    return alternation(cue_words(kind), r"\s+")


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


@lru_cache(maxsize=CACHED_TEXTS)
def name_key(text: str) -> str:
    """A name as the matcher compares it: folded, any run of spaces or hyphens as one space."""
    return re.sub(SEPARATOR, " ", fold(text)).strip()


@lru_cache(maxsize=FOLDED_TEXTS)
def fold(text: str) -> str:
    """Lower case with the old tone placement ("hoà" -> "hòa"), same length as text; remembered,
    since the stages fold the same sentences and phrases many times."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): keep it as is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return NEW_TONE_PLACEMENT.sub(old_tone_placement, lowered)


def old_tone_placement(match: re.Match[str]) -> str:
    """The new tone placement "oà", "uỷ" as the old "òa", "ủy": the mark on the first vowel."""
    first, second = match.group()
    decomposed = unicodedata.normalize("NFD", second)
    return unicodedata.normalize("NFC", first + decomposed[1:]) + decomposed[0]
