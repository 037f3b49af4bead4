"""Finding partner names: every name of a country or organisation a sentence holds, confirmed
by context.

sentence_hits looks for every name of a partner (reference.partner_names, longest first) and
drops the hits that context shows are something else: the province "Lào Cai", the person "Nguyễn
Minh Đức", the words "pháp luật", "tiếng Anh". named_hits then merges a name with its acronym and
marks the names inside an institution's or a quoted programme's own name.
"""

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from vnlabour.config import REFERENCE
from vnlabour.errors import ReferenceDataError
from vnlabour.extract.lexicon import (
    AGENCY_HEAD,
    CACHED_TEXTS,
    PARTNER_KINDS,
    SEPARATOR,
    alternation,
    cue_matcher,
    cue_words,
    find_cues,
    fold,
    name_key,
    phrase_matcher,
    words_before,
)
from vnlabour.extract.segment import is_whole_words, word_before
from vnlabour.reference import partner_catalogue, partner_names, read_table, word_set

HOME = "VNM"  # Vietnam: found, to see pairs like "Việt Nam - Lào", but never a mention row
INSTITUTION_NAME_WORDS = 8  # "Viện Phát triển nguồn nhân lực Việt Nam-Nhật Bản"
ACRONYM_NAME_WORDS = 12  # "Trung tâm hỗ trợ pháp lý và tư vấn cho lao động di cư (MRC)"
OWN_NAME_LINKS = frozenset({"và", "cho"})  # name_break words a name closed by its acronym may hold
QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
ENGLISH_NAME_BEFORE = re.compile(r"[A-Z]\w* (?:in|of|for) $")  # "Chương trình TRIANGLE in |ASEAN"
GLOSSED_PAIR = re.compile(  # "VSIP (Việt Nam - |Singapore)": what an estate's acronym stands for
    r"(?<![\w(])[A-Z]{2,}\s*\(\s*Việt(?:\s+Nam)?\s*[-–]\s*$"
)
ORGANISATION_HEAD = re.compile(  # "|Cơ quan Phụ nữ Liên hợp quốc (UN Women)", an agency's head
    rf"(?<!\w)(?:Cơ quan|Tổ chức|Chương trình|Văn phòng|Trung tâm)\s|{AGENCY_HEAD.pattern}"
)
BRACKET_CLOSES = re.compile(r"\s*\)")
CALLED = re.compile(r"(?<!\w)gọi(?:\s+[^\s,;.]+){0,8}?\s+là\s*$")  # "gọi chị Ngọc là |"…""
CLAUSE_BREAK = re.compile(r"[,;:()\"“”!?]")
OCEAN_AFTER = re.compile(r" Dương(?!\w)")
INTERNATIONAL_AFTER = re.compile(r" tế(?!\w)", re.IGNORECASE)  # "Liên hiệp Quốc| tế"
STATION_AFTER = re.compile(  # "Đài truyền hình", "Đài tưởng niệm": a station or a monument
    r" (?:tưởng niệm|truyền hình|phát thanh|tiếng nói|khí tượng|thiên văn|quan sát)(?!\w)"
)
PAIR_DASH = re.compile(r"\s*[-–]\s*")  # "Lào| - |Hàn": two names joined
JOINT = rf"(?:#+|{fold('Việt')})\s*[-–]\s*#+"  # "# - #", "Việt - #" in a masked, folded text
SCHOOL_PAIRS = re.compile(  # "các trường |Việt - Đức và Việt Nam - Singapore|", lower case too
    rf"(?<!\w)(?:{fold('trường')}|{fold('cao đẳng')}|{fold('đại học')}|{fold('bệnh viện')})\s+"
    rf"({JOINT}(?:(?:\s*,|\s+và)\s+{JOINT})*)"
)
MAX_GIVEN_NAMES = 3  # "Nguyễn Thị Thu Hà Lan": middle and given names before the country's
TITLE_WINDOW_WORDS = 10  # "Bộ trưởng Lao động và Phúc lợi Xã hội Lào Bay Kham..."
VOWEL_GROUP = re.compile(r"[aeiouy]+")
OPENING = " \t\"“'‘([-–—"
SEPARATOR_CHARS = 8  # how far back a list separator (", ", " hoặc ") is sought
LIST_SEPARATOR = re.compile(r"(?:\s*,|\s+(?:và|hoặc|hay))\s+$")  # before a list's next item
LANGUAGE_AFTER = re.compile(r"\s+(?:ngữ|văn)(?!\w|\s+(?:hóa|hoá|bản|phòng|kiện))")  # "Anh| ngữ"
WORD = re.compile(r"[^\W\d_]+")
CAPITALISED_RUN = re.compile(r"(?<!\w)(?:[^\W\d_a-zđ]\w*\s)+[^\W\d_a-zđ]\w*")  # then isupper
HONORIFIC_WORDS = re.compile(  # "bà |Nguyễn Thị Hạnh Nhân đã |": words one space apart
    rf"(?<!\w)(\w+) ((?:[^\W\d_]+ ){{2,{MAX_GIVEN_NAMES + 2}}})"
)
LAST_WORD = re.compile(r"(\w+)[ -]*$")
SYLLABLE = re.compile(  # a Vietnamese syllable without its marks: "nguyen", not "sophal"
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
NAME_WORD = re.compile(r"[^\W\d_][\w-]*")  # "Sophal", "Mi-hyung"
SOURCE_PERSON = re.compile(r"\W*Theo\s+(?P<honorific>\w+)\s+(?P<name>[^,]+),")  # "Theo bà Elena …,"
SPEAKER_NAME_WORDS = 2  # "Ông Pich Sophal", "… Savannakhet Sommay Keosavang cho biết"


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
    in_name: bool = False  # part of an institution's or project's proper name


def named_hits(text: str) -> list[Hit]:
    """The confirmed names of a sentence, acronyms merged, those inside proper names marked."""
    return list(sentence_names(text))


@lru_cache(maxsize=CACHED_TEXTS)
def sentence_names(text: str) -> tuple[Hit, ...]:
    """named_hits, remembered: the partner stages ask about the same sentence several times."""
    return tuple(mark_institution_names(text, merge_acronyms(text, sentence_hits(text))))


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
        return not (fold(span).endswith(fold("quốc")) and INTERNATIONAL_AFTER.match(text, end))
    if not span[0].isupper() or names_language_or_people(text, start, span):
        return False
    if OCEAN_AFTER.match(text, end) or STATION_AFTER.match(text, end):
        return False  # "Ấn Độ Dương": the Indian Ocean; "Đài tưởng niệm": a memorial
    if text[start - 1 : start] in ("'", "’") and text[start - 2 : start - 1].isalpha():
        return False  # "Anh K'Đức", "K’Hà": a name of the Central Highlands' peoples
    if name.style == "country" and (
        ends_person_name(text, start) or follows_honorific(text, start)
    ):
        return False  # "bị cáo Nguyễn Thị Hà Lan", "anh Vương Quốc Anh", "ông Đào Anh Quốc"
    if name.style == "short":
        return span == name.text and is_standalone_short_name(text, start, end)
    return True


def names_language_or_people(text: str, start: int, span: str) -> bool:
    """Whether the name follows "tiếng" or comes before "ngữ" (a language), a currency ("bảng
    Anh", "đô la Úc"), a lower-case noun of goods, animals or a landmark it qualifies ("bò Úc",
    "xe Nhật", "sông Hàn"), itself or as an item of such a list ("các món Thái, Ý, Ấn Độ"), or
    "người", "dân tộc" + an ethnic group."""
    if is_qualified(text, start) or is_qualified_list_item(text, start):
        return True
    if LANGUAGE_AFTER.match(text, start + len(span)):
        return True  # "Trung tâm Anh ngữ", "lớp Nhật ngữ": a language
    before = words_before(text, start, 2)
    return span in word_set("vn_ethnic_groups") and any(w in cue_words("ethnic") for w in before)


def is_qualified(text: str, start: int) -> bool:
    """Whether a qualifying noun comes right before the name, in quotes or not ("xóm Đài Loan")."""
    before = [word.lstrip('"“') for word in words_before(text, start, 2)]
    return any(w in qualifiers() for w in before) and text[:start].rstrip()[-1:].islower()


@cache
def qualifiers() -> frozenset[str]:
    """Lower-case nouns whose following name qualifies them and names no partner."""
    kinds = ("language", "currency", "goods", "landmark")
    return frozenset().union(*(cue_words(kind) for kind in kinds))


def is_qualified_list_item(text: str, start: int) -> bool:
    """Whether the name follows capitalised list items right after a qualifier: "Ý" in "các món
    Thái, Ý"."""
    position = start
    while separator := LIST_SEPARATOR.search(text, max(0, position - SEPARATOR_CHARS), position):
        position = capitalised_run_start(text, separator.start())
        if position == separator.start():
            return False
        if is_qualified(text, position):
            return True
    return False


def capitalised_run_start(text: str, end: int) -> int:
    """Where the run of capitalised words ending at end starts ("Ấn Độ"), or end if none."""
    start = end
    while (word := LAST_WORD.search(text, 0, start)) and word.group(1)[0].isupper():
        start = word.start(1)
    return start


def is_standalone_short_name(text: str, start: int, end: int) -> bool:
    """A one-syllable name ("Anh", "Pháp", "Lào") that is a word of its own and no part of a
    person's or a place's name. Word segmentation (about 1 ms) comes last, when nothing else
    has ruled the name out."""
    if starts_vietnamese_place(text, start):
        return False  # "Thái Bình", even where segmentation misses it
    if at_sentence_start(text, start) and text[start:end].lower() in cue_words("common_word"):
        return False  # "Anh cho biết", capitalised only because it opens the sentence
    previous = re.search(r"(\w+) $", text[:start])
    if previous and previous.group(1)[0].isupper():
        opening = at_sentence_start(text, previous.start(1))
        if not opening or previous.group(1) in word_set("vn_family_names"):
            return False  # "Minh Đức", "Trần Đức"; but "Tại Lào" opens a sentence
    following = re.match(r" (\w+)", text[end:])
    if following and following.group(1)[0].isupper() and not has_title_before(text, start):
        return False  # "Thái Bình"; but "Đại sứ Pháp Olivier Brochet"
    if not is_whole_words(text, start, end):
        return False  # "Pháp_chế", "Lào_Cai", "Nguyễn_Minh_Đức", "chủ_nhật"
    before = word_before(text, start).lower()  # "chị Mỹ" is a person, "châu Mỹ" a continent
    return not follows_honorific(text, start) and before not in cue_words("continent")


def follows_honorific(text: str, start: int) -> bool:
    return word_before(text, start).lower() in cue_words("honorific")


def ends_person_name(text: str, start: int) -> bool:
    """Whether a Vietnamese family name and at least one more capitalised given name run up to
    start, so the name is a person's last given names: "Nguyễn Thị Hà Lan", "Trần Văn Mỹ Tho";
    or the family name alone after an honorific, so the name is all the given names: "ông Đào
    Anh Quốc"."""
    words = list(itertools.islice(words_ending_at(text, start), MAX_GIVEN_NAMES + 2))
    for given, word in enumerate(words):
        if not word[0].isupper() or given > MAX_GIVEN_NAMES:
            return False
        named = given > 0 or (len(words) > 1 and words[1].lower() in cue_words("honorific"))
        if named and word in word_set("vn_family_names"):
            return True
    return False


def vietnamese_people(text: str) -> list[int]:
    """Where a Vietnamese person named with an honorific, then a verb, starts: "bà Nguyễn Thị Hạnh
    Nhân đã có buổi gặp", not "Bà Trương Thị Hạnh, cán bộ IOM, cho biết"."""
    return [
        m.start()
        for m in HONORIFIC_WORDS.finditer(text)
        if m.group(1).lower() in cue_words("honorific") and acts_after_name(m.group(2).split())
    ]


def acts_after_name(words: list[str]) -> bool:
    """Whether the words open with a Vietnamese family name and its given names, then a lower-case
    word: "Nguyễn Thị Hạnh Nhân đã"."""
    name = list(itertools.takewhile(lambda w: w[0].isupper(), words))
    return 1 < len(name) < len(words) and name[0] in word_set("vn_family_names")


def person_given_names(text: str) -> set[str]:
    """The last given names of the people named in full, and their last two when they have two
    or more: "Đức" of "Hồ Văn Đức", "ông Nguyễn Minh Đức"; "Kông" and "Hồng Kông" of "Lê Thị Hồng
    Kông"."""
    families = word_set("vn_family_names")
    words = WORD.findall(text)
    if not families.intersection(words):
        return set()  # most sentences: no family name at all
    given = set()
    for run in CAPITALISED_RUN.finditer(text):
        names = run.group().split()
        first = next((k for k, word in enumerate(names) if word in families), None)
        person = names[first:] if first is not None else []
        if 2 <= len(person) <= MAX_GIVEN_NAMES + 1 and all(w[0].isupper() for w in person):
            given.add(names[-1])
            if len(person) > 2:
                given.add(" ".join(person[-2:]))  # "Hồng Kông" of "Lê Thị Hồng Kông"
    return given


def words_ending_at(text: str, end: int) -> Iterator[str]:
    r"""The words of the run of words, each followed by one space, that ends at end, last first:
    what re.search(r"(?:\w+ )*$", text[:end]) finds, read from its end and only as far as the
    caller reads, so that a long sentence costs no more than a short one."""
    while text[end - 1 : end] == " ":
        start = end - 1
        while start > 0 and is_word_char(text[start - 1]):
            start -= 1
        if start == end - 1:
            return
        yield text[start : end - 1]
        end = start


def is_word_char(char: str) -> bool:
    """Whether re's \\w matches char."""
    return char.isalnum() or char == "_"


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


def glosses_acronym(text: str, hit: Hit) -> bool:
    """Whether the name closes a bracketed pair that spells out an acronym: "VSIP (Việt Nam -
    Singapore)"."""
    return bool(GLOSSED_PAIR.search(text, 0, hit.start) and BRACKET_CLOSES.match(text, hit.end))


def mark_institution_names(text: str, hits: list[Hit]) -> list[Hit]:
    """Mark the names that are words of an institution's or project's proper name: "Trường Cao
    đẳng Việt Nam - Hàn Quốc Nghệ An", "Dự án TRIANGLE in ASEAN" (an English name's words, with
    or without an institution word), and schools' short names in lower case ("các trường Việt -
    Đức")."""
    hits = [
        replace(hit, in_name=True)
        if ENGLISH_NAME_BEFORE.search(text, 0, hit.start) or glosses_acronym(text, hit)
        else hit
        for hit in hits
    ]
    titles = quoted_titles(text)
    if not hits or not (titles or phrase_matcher("institution").search(fold(text))):
        return hits  # most sentences: no quoted title, no institution word
    institutions = [c for c in find_cues(text) if c.kind == "institution"]
    capitalised = [c.end for c in institutions if text[c.start].isupper()]
    named_by_place = {
        c.end for c in institutions if fold(text[c.start : c.end]) in cue_words("place_named")
    }
    masked = mask(text, hits)
    schools = [m.span(1) for m in SCHOOL_PAIRS.finditer(fold(masked))]
    return [
        replace(hit, in_name=True)
        if any(start <= hit.start and hit.end <= end for start, end in titles)
        or any(start <= hit.start < end for start, end in schools)
        or any(
            continues_proper_name(
                text,
                masked,
                end,
                hit.start,
                names_only=end in named_by_place,
                joined=in_joined_pair(text, hits, hit),
            )
            for end in capitalised
            if end <= hit.start
        )
        or (
            hit.style == "acronym"
            and acronym_of_institution(text, masked, [c.end for c in institutions], hit.start)
        )
        else hit
        for hit in hits
    ]


def in_joined_pair(text: str, hits: list[Hit], hit: Hit) -> bool:
    """Whether the name is one of two joined by a dash: "Lào - Hàn", "Việt - Đức" (the short
    names of a joint institution's founders)."""
    return any(
        PAIR_DASH.fullmatch(text, left.end, right.start) is not None and hit in (left, right)
        for left, right in itertools.pairwise(hits)
    )


def acronym_of_institution(text: str, masked: str, ends: list[int], start: int) -> bool:
    """Whether an acronym in brackets follows an institution's own name: "Trung tâm Hỗ trợ người
    lao động di cư (MRC)", "trung tâm hỗ trợ lao động di cư (MRC)" are the centre, not the Mekong
    River Commission."""
    before = text[:start].rstrip()
    if not before.endswith("("):
        return False
    bracket = len(before) - 1
    return any(
        continues_proper_name(text, masked, end, bracket, lower_case=True)
        for end in ends
        if end <= bracket
    )


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quoted titles of a programme, project or meeting: Chương trình "An toàn và
    Công bằng … khu vực ASEAN", or of a nickname: gọi chị Ngọc là "Ngọc Đài Loan"; a quote after
    another word is speech or a slogan of no title."""
    return [
        quote.span(1)
        for quote in QUOTED.finditer(text)
        if set(words_before(text, quote.start(), 2)) & cue_words("titled")
        or CALLED.search(fold(text[: quote.start()]))
    ]


def continues_proper_name(
    text: str,
    masked: str,
    end: int,
    start: int,
    names_only: bool = False,
    lower_case: bool = False,
    joined: bool = False,
) -> bool:
    """Whether the words between an institution word and a name are its own name's words: some
    words besides names ("Dự án Việt Nam - Nhật Bản" is a joint project; an estate's or a
    declaration's name may be names only, "Khu công nghiệp Việt Nam - Singapore", "Tuyên bố Viêng
    Chăn"), the first one capitalised (or not, before the name's own acronym in brackets:
    "Trung tâm hỗ trợ thông tin di cư (MRC)", or before a joined pair: "Trung tâm đào tạo nghề
    Lào - Hàn"), no clause break, no function word ("do", "của", "với"; before its acronym "và"
    and "cho" may link its words: "Trung tâm hỗ trợ pháp lý và tư vấn cho lao động di cư (MRC)"),
    no number (but its own "số 20"), no lower-case cooperation cue (unless its acronym closes
    it)."""
    gap = text[end:start]
    own = [w for w in masked[end:start].split() if w.strip("#-‐‑–—")]
    if (own and not (own[0][0].isupper() or lower_case or joined)) or not (own or names_only):
        return False
    limit = ACRONYM_NAME_WORDS if lower_case else INSTITUTION_NAME_WORDS
    if CLAUSE_BREAK.search(gap) or len(gap.split()) > limit:
        return False
    if re.search(r"(?<![\d.,])(?<!số )\d", gap):
        return False  # "Công ty Thành Đạt tuyển 50 thợ xây đi Séc": a count ends the name
    breaks = {m.group() for m in phrase_matcher("name_break").finditer(fold(gap))}
    if breaks - (OWN_NAME_LINKS if lower_case else set()):
        return False
    if lower_case:
        return True  # "Trung tâm hỗ trợ … (MRC)": its own acronym closes the name
    pattern, kinds = cue_matcher()
    return not any(
        kinds[name_key(m.group())] in PARTNER_KINDS and gap[m.start()].islower()
        for m in pattern.finditer(fold(gap))
    )


def merge_acronyms(text: str, hits: list[Hit]) -> list[Hit]:
    """A name and its acronym or short name in brackets, "Tổ chức Lao động quốc tế (ILO)",
    "Tổ chức Phụ nữ Liên hợp quốc (UN Women)", as one hit."""
    merged: list[Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        short = hit.style == "acronym" or bool(last and hit.style == last.style == "organisation")
        if last and last.code == hit.code and short and last.style != "acronym":
            gap = text[last.end : hit.start]
            close = re.match(r"\s*\)", text[hit.end :]) if gap.strip() == "(" else None
            if not gap.strip() or close:
                merged[-1] = replace(last, end=hit.end + (close.end() if close else 0))
                continue
        if last and (end := longer_name_end(text, hits, last, hit)):
            merged[-1] = replace(hit, start=last.start, end=end, style=last.style)
            continue
        merged.append(hit)
    return merged


def longer_name_end(text: str, hits: list[Hit], last: Hit, hit: Hit) -> int | None:
    """Where an institution's longer name closes when an organisation's name ends it and its own
    acronym follows in brackets: "Cơ quan Phụ nữ Liên hợp quốc (UN Women)" is UN Women, not the
    United Nations."""
    close = BRACKET_CLOSES.match(text, hit.end)
    if text[last.end : hit.start].strip() != "(" or not close or last.code == hit.code:
        return None  # most pairs of names: no bracket between them
    if "country" in {partner_kind(last.code), partner_kind(hit.code)}:
        return None
    masked = mask(text, hits)
    start = last.start
    heads = [head.end() for head in ORGANISATION_HEAD.finditer(text, 0, start)]
    own = any(continues_proper_name(text, masked, end, start, lower_case=True) for end in heads)
    return close.end() if own else None


def mask(text: str, hits: list[Hit]) -> str:
    """The sentence with every name blanked out, so "Cơ quan Hợp tác..." is no cue."""
    pieces, cursor = [], 0
    for start, end in sorted((hit.start, hit.end) for hit in hits):
        if end > cursor:
            pieces += [text[cursor:start], "#" * (end - max(start, cursor))]
            cursor = end
    return "".join(pieces) + text[cursor:]


def partner_kind(code: str) -> str:
    return partner_catalogue()[code].kind


@cache
def name_matcher() -> tuple[re.Pattern[str], dict[str, Name]]:
    """One regex for every partner name, longest first, and the Name behind each folded key."""
    names: dict[str, Name] = {}
    for text, code in partner_names():
        key = name_key(text)
        known = names.setdefault(key, Name(text, code, name_style(text, code)))
        if known.style == "acronym" and text != known.text and known.code == code:
            names[key] = Name(text, code, "organisation")  # "KfW" beside "KFW": either case
        elif known.code != code:
            raise ReferenceDataError(
                f"the name {text!r} stands for both {known.code} and {code}: keep one in "
                "data/reference/aliases.csv or organisations.csv"
            )
    return alternation(names, SEPARATOR), names


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
    return text.isalpha() and len(VOWEL_GROUP.findall(unmarked(text))) == 1


@lru_cache(maxsize=CACHED_TEXTS)
def told_by_foreigner(text: str) -> bool:
    """Whether a foreign person says what the sentence reports: the name right before its first
    verb of speech, or right after an honorific that opens it or its "Theo", is not Vietnamese
    ("Ông Pich Sophal, Giám đốc …, cho biết", "Thứ trưởng … Lào Bounkong Sihavong cho biết",
    "Theo bà Elena Popescu, …")."""
    source = SOURCE_PERSON.match(text)
    if source and source["honorific"].lower() in cue_words("honorific"):
        return is_foreign_name(NAME_WORD.findall(source["name"])[:SPEAKER_NAME_WORDS])
    speech = phrase_matcher("speech").search(fold(text))
    if not speech:
        return False  # most sentences: no one speaks
    words = NAME_WORD.findall(text[: speech.start()])
    honorific = bool(words) and words[0].lower() in cue_words("honorific")
    opening = words[1 : 1 + SPEAKER_NAME_WORDS] if honorific else []
    return any(is_foreign_name(name) for name in (opening, words[-SPEAKER_NAME_WORDS:]) if name)


def is_foreign_name(words: list[str]) -> bool:
    """Whether capitalised words name a foreign person: no Vietnamese family name, and a word
    no Vietnamese syllable spells or joined by a hyphen ("Sophal", "Mi-hyung"; not "Hà Tĩnh")."""
    if not all(w[0].isupper() and not w.isupper() for w in words):
        return False  # a lower-case word or an acronym: no person's name
    if word_set("vn_family_names").intersection(words):
        return False
    return any("-" in w or not SYLLABLE.fullmatch(unmarked(w)) for w in words)


def unmarked(word: str) -> str:
    """The word in lower case, its tone and vowel marks left off: "Nguyễn" -> "nguyen"."""
    letters = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in letters if c.isalpha())
