"""Corpus files -> normalised articles (encoding, metadata, boilerplate, sentences).

A corpus file is a text file (one article), a saved web page (.html/.htm, one article) or a JSON
Lines export (.jsonl, one article per line); vnlabour.formats reads the last two into the metadata
and text a text file would hold, and all three go through the same normalisation from there.
Article.body is the normalised text with metadata, captions and page residue removed; every offset
(sentences here, extraction spans later) points into it. Reference lists (outlets, section labels,
abbreviations, boilerplate and page-residue patterns, legacy font tables) live in
data/reference/corpus_*.csv and outlets.csv.
"""

import contextlib
import datetime
import hashlib
import itertools
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from charset_normalizer import from_bytes

from vnlabour.errors import ParameterError, ReferenceDataError, UnreadableFile
from vnlabour.formats import (
    HTML_SUFFIXES,
    JSON_LINES_SUFFIXES,
    is_url,
    read_html_page,
    read_json_line,
)
from vnlabour.reference import read_table


@dataclass(frozen=True)
class Sentence:
    start: int  # offset of the first character in Article.body
    end: int  # offset after the last character
    text: str  # == body[start:end]


@dataclass(frozen=True)
class Article:
    article_id: str  # file name without extension; a JSON line's id, else <file stem>-<line>
    file: str  # file name as found in the corpus folder
    title: str
    outlet: str
    source_url: str
    published_date: str  # YYYY-MM-DD, YYYY-MM, YYYY or ""
    published_basis: str  # where published_date came from: metadata, prefix, dateline, url, ""
    body: str  # normalised text; every offset points into it
    sentences: tuple[Sentence, ...]
    encoding: str = ""  # the file's detected encoding, e.g. utf-8, utf-16, cp1258
    line: int = 0  # line of a JSON Lines file the article is on; 0 in a one-article file

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    @property
    def where(self) -> str:
        """The file, and the line in a JSON Lines file: how skipped.csv names the article."""
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str


@dataclass(frozen=True)
class Header:
    """What the top of an article says about it, and its lines without label and dateline."""

    title: str
    dateline_date: str
    lead_line: str  # the first paragraph, where outlets put their lead code
    lines: list[str]


BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
SINGLE_BYTE_FALLBACK = "cp1258"  # Windows Vietnamese, tried beside charset-normalizer's guess
LEGACY_FONTS = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI Windows"}
LEGACY_MIN_BROKEN_WORDS = 3  # fewer broken words than this is a stray foreign name, not a font
LEGACY_GAIN = 4  # converting must cut broken words at least this many times
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
LATIN_1_MAX = 0xFF  # legacy 8-bit fonts only ever produce characters up to here
MAX_CONTROL_SHARE = 0.01  # more control characters than this share of the text: binary

RARE_LINE_BREAK = re.compile(r"[\x85\u2028\u2029]")
ODD_SPACE = re.compile(r"[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u2060\ufeff]")
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
TRAILING_SPACE = re.compile(r" +(?=\n|\Z)")
EXTRA_BLANK_LINES = re.compile(r"\n{3,}")
WORD = re.compile(r"[^\s0-9!-/:-@\[-`{-~“”‘’–—…«»]+")

META_LINE = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)")
META_KEYS = frozenset({"source", "url", "date", "title", "outlet"})
FRONT_MATTER_FENCE = "---"
DATE_PREFIX = re.compile(
    r"[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?[ \t]*", re.IGNORECASE
)
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?"
DATELINE = re.compile(
    rf"(?:[^\W\d][^\d,|:]{{0,24}}[,|:]\s*)?(?:{TIME}\s*[-,|]?\s*)?(?:[Nn]gày\s+)?"
    rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-](\d{{4}})"
    rf"(?:\s*[-,|]?\s*{TIME})?(?:\s*\(?GMT\s*[+-]\s*\d{{1,2}}\)?)?"
)
DATELINE_WINDOW = 4  # a dateline is one of the first few non-empty lines
ISO_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T ])")
DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")

TITLE_MIN_CHARS, TITLE_MAX_CHARS = 10, 250
LINE_END_PUNCTUATION = ".!?…:;,"
CLOSERS = "\"'”’»)]"
BOILERPLATE_MAX_CHARS = 300  # longer lines are article text, never a caption or residue
TRAILER_MAX_LINES = 3  # signature and byline lines removed from the end, at most
BYLINE_MAX_CHARS, BYLINE_MAX_WORDS = 40, 6
BYLINE_SEPARATOR = re.compile(r"\s*[-–,&]\s*|\s+")
BYLINE_CREDIT = re.compile(r"\s*\([^()]{1,20}\)$")

RESIDUE_KINDS = ("end", "related", "line")  # corpus_page_residue.csv; first kind matching wins
MENU_SEPARATOR_CHARACTERS = frozenset("|•·>»›")
MENU_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[>»›]\s+")
MENU_ITEM_MAX_WORDS, MENU_ITEM_MAX_CHARS = 4, 40
MENU_RUN_MIN_LINES = 3  # fewer short lines in a row can be a byline or a caption
TEASER_MIN_WORDS = 3
PROSE_MIN_WORDS = 4
SENTENCE_ENDS = ".!?…"

LINE = re.compile(r"[^\n]+")
SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
NEXT_CHARACTER = re.compile(r"\s*(\S)")
OPENERS = "\"'“‘«(["
WORD_LETTERS = "ÁÝ"  # capitals that are words, no initials: "châu Á.", "nước Ý."
LIST_MARKER = re.compile(r"\d{1,2}|[IVXLC]{1,5}|[a-zđ]")

EMPTY = "empty file: delete it or put the article text in it"
BLANK = "only whitespace: delete it or put the article text in it"
NO_TEXT = "no article text left after removing metadata, captions and bylines: check the file"
BINARY_NUL = (
    "binary file (NUL bytes): remove it from the corpus folder; if it is UTF-16 text without "
    "a byte-order mark, re-save it as UTF-8"
)
BINARY_CONTROL = "binary file (control characters): remove it from the corpus folder"
UNDECODABLE = "cannot tell the text encoding: re-save the file as UTF-8"
BAD_BOM = "starts with a {} byte-order mark but does not decode as {}: re-save it as UTF-8"
LEGACY = (
    "looks like {} legacy font encoding: convert it to Unicode with UniKey's converter or "
    "`vietnamese-converter`, then re-run"
)


def read_corpus(folder: Path) -> tuple[list[Article], list[Skipped]]:
    """Every readable article in folder, sorted by file name, and the files skipped with why."""
    if not folder.is_dir():
        raise ParameterError(f"corpus folder {folder} not found: pass a folder of article files")
    articles: list[Article] = []
    skipped: list[Skipped] = []
    copies = FirstCopies()
    for path in sorted((p for p in folder.iterdir() if p.is_file()), key=name_order):
        for item in read_file(path):
            kept = item if isinstance(item, Skipped) else copies.admit(item)
            (skipped if isinstance(kept, Skipped) else articles).append(kept)
    return articles, skipped


class FirstCopies:
    """Which articles count, in corpus order: the first copy of a text (by the sha256 of its
    normalised body), under an id no earlier article took."""

    def __init__(self) -> None:
        self.first_by_hash: dict[str, str] = {}
        self.ids: set[str] = set()

    def admit(self, article: Article) -> Article | Skipped:
        """The article, renamed if its id is taken, or Skipped when it repeats an earlier one."""
        first = self.first_by_hash.setdefault(article.sha256, article.where)
        if first != article.where:
            return Skipped(article.where, f"duplicate of {first}")
        unique = with_unique_id(article, self.ids)
        self.ids.add(unique.article_id)
        return unique


def read_file(path: Path) -> list[Article | Skipped]:
    """Every article one corpus file holds, in order, or why it (or one of its lines) is skipped.

    Unlike read_corpus, articles keep the id their file gives them (see with_unique_id) and
    duplicates are not looked for.
    """
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        return read_json_lines(path)
    try:
        return [read_article(path)]
    except UnreadableFile as error:
        return [Skipped(path.name, str(error))]


def read_article(path: Path) -> Article:
    """A one-article corpus file (text or saved web page) as an Article; UnreadableFile says why
    it cannot be one."""
    if path.suffix.lower() in JSON_LINES_SUFFIXES:
        raise UnreadableFile("holds one article per line: read it with read_file")
    text, encoding = decode(read_bytes(path))
    if path.suffix.lower() in HTML_SUFFIXES:
        page = read_html_page(text)
        meta, text = normalise_meta(page.meta), normalise_text(page.text)
    else:
        meta, text = split_metadata(normalise_text(text))
    return article_from(ArticleSource(nfc(path.stem), path.name, encoding), meta, text)


def read_json_lines(path: Path) -> list[Article | Skipped]:
    """One Article per line of a JSON Lines file; a bad line is skipped as "<file>:<line>"."""
    try:
        text, encoding = decode(read_bytes(path))
        normalise_text(text)
    except UnreadableFile as error:
        return [Skipped(path.name, str(error))]
    items: list[Article | Skipped] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        numbered = ArticleSource(f"{nfc(path.stem)}-{number}", path.name, encoding, number)
        try:
            page = read_json_line(line)
            source = replace(numbered, article_id=page.article_id) if page.article_id else numbered
            meta, body = normalise_meta(page.meta), normalise_text(page.text)
            items.append(article_from(source, meta, body))
        except UnreadableFile as error:
            items.append(Skipped(f"{path.name}:{number}", str(error)))
    return items


@dataclass(frozen=True)
class ArticleSource:
    """Where an article comes from: the Article fields its file decides."""

    article_id: str
    file: str
    encoding: str
    line: int = 0


def article_from(source: ArticleSource, meta: dict[str, str], text: str) -> Article:
    """The Article of a normalised text and its metadata; UnreadableFile when no text is left."""
    # Take the header and boilerplate out of the text.
    prefix_date, text = split_date_prefix(text)
    header = read_header(drop_boilerplate(text, meta.get("title", "")))
    title = meta.get("title") or header.title
    lines, trailer = split_trailer(drop_repeats(header.lines, title))
    body = EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if not body:
        raise UnreadableFile(NO_TEXT)
    # Describe it.
    source_url = meta.get("url") or (meta.get("source", "") if is_url(meta.get("source")) else "")
    published_date, basis = first_date(
        ("metadata", parse_date(meta.get("date", ""))),
        ("prefix", prefix_date),
        ("dateline", header.dateline_date),
        ("url", url_date(source_url)),
    )
    return Article(
        article_id=source.article_id,
        file=source.file,
        title=title,
        outlet=find_outlet(meta, source_url, trailer, header.lead_line),
        source_url=source_url,
        published_date=published_date,
        published_basis=basis,
        body=body,
        sentences=split_sentences(body),
        encoding=source.encoding,
        line=source.line,
    )


def nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def name_order(path: Path) -> tuple[str, str]:
    """Sort key: the NFC file name, so macOS (NFD) and Linux copies of a corpus sort alike."""
    return nfc(path.name), path.name


def with_unique_id(article: Article, taken: set[str]) -> Article:
    """The article, renamed when another article has its id: to its full file name (a file
    sharing a stem) or <file stem>-<line> (a JSON line), then with "-2", "-3"... added."""
    fallback = nfc(f"{Path(article.file).stem}-{article.line}" if article.line else article.file)
    candidates = itertools.chain(
        (article.article_id, fallback), (f"{fallback}-{n}" for n in itertools.count(2))
    )
    article_id = next(c for c in candidates if c not in taken)
    return article if article_id == article.article_id else replace(article, article_id=article_id)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot open it ({error.strerror}): check its permissions") from None


# Encoding.


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the name of its encoding; UnreadableFile when it is not text."""
    text, encoding = decode_by_kind(data)
    check_not_legacy_font(text)
    check_not_binary(text)
    return text, encoding


def decode_by_kind(data: bytes) -> tuple[str, str]:
    """Byte-order mark first, then strict UTF-8 (the fast path), then single-byte detection."""
    if not data:
        raise UnreadableFile(EMPTY)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return decode_with_bom(data, codec), codec
    if b"\x00" in data:
        raise UnreadableFile(BINARY_NUL)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        check_not_legacy_font(data.decode("latin-1"))
        return decode_single_byte(data)


def decode_with_bom(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec).removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UnreadableFile(BAD_BOM.format(codec, codec)) from None


def decode_single_byte(data: bytes) -> tuple[str, str]:
    """Not UTF-8: charset-normalizer's guess or cp1258, whichever reads more like Vietnamese."""
    candidates = []
    guess = from_bytes(data).best()
    if guess is not None:
        candidates.append((str(guess), guess.encoding))
    with contextlib.suppress(UnicodeDecodeError):
        candidates.append((data.decode(SINGLE_BYTE_FALLBACK), SINGLE_BYTE_FALLBACK))
    if not candidates:
        raise UnreadableFile(UNDECODABLE)
    return min(candidates, key=lambda c: count_broken_words(unicodedata.normalize("NFC", c[0])))


def check_not_binary(text: str) -> None:
    if len(CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise UnreadableFile(BINARY_CONTROL)


def check_not_legacy_font(text: str) -> None:
    """UnreadableFile when text is Vietnamese typed in a legacy font, read as Latin-1 letters."""
    if not legacy_hint().search(text):
        return
    words = WORD.findall(text)
    broken = sum(1 for word in words if is_broken_word(word))
    if broken < max(LEGACY_MIN_BROKEN_WORDS, sum(1 for word in words if is_unicode_word(word))):
        return
    converted = {font: count_broken_words(from_legacy_font(text, font)) for font in LEGACY_FONTS}
    font = min(converted, key=lambda f: (converted[f], f))
    if converted[font] * LEGACY_GAIN <= broken:
        raise UnreadableFile(LEGACY.format(LEGACY_FONTS[font]))


def count_broken_words(text: str) -> int:
    """Words no Vietnamese text has: a letter outside the alphabet, two tones, a capital inside."""
    return sum(1 for word in WORD.findall(text) if is_broken_word(word))


def is_unicode_word(word: str) -> bool:
    """A word with a Vietnamese letter no 8-bit font can hold (ơ, ư, đ, ộ...): real Unicode."""
    letters = vietnamese_letters()
    return any(ord(c) > LATIN_1_MAX and c in letters for c in word) and not is_broken_word(word)


def is_broken_word(word: str) -> bool:
    letters = vietnamese_letters()
    return (
        not letters.keys() >= set(word)
        or sum(letters[c] for c in word) > 1
        or any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
    )


def from_legacy_font(text: str, font: str) -> str:
    """text with the letters of a legacy font (as Latin-1 characters) turned into Unicode."""
    pattern, letter_of = legacy_font_table(font)
    return pattern.sub(lambda m: letter_of[m.group()], text)


@cache
def legacy_font_table(font: str) -> tuple[re.Pattern[str], dict[str, str]]:
    letter_of = {
        bytes.fromhex(row[font]).decode("latin-1"): row["letter"]
        for row in read_table("corpus_legacy_fonts")
        if row[font]
    }
    codes = sorted(letter_of, key=lambda code: (-len(code), code))
    return re.compile("|".join(map(re.escape, codes))), letter_of


@cache
def vietnamese_letters() -> dict[str, bool]:
    """Every letter of the Vietnamese alphabet, and whether it carries a tone mark."""
    letters = [*string.ascii_letters, *(row["letter"] for row in read_table("corpus_legacy_fonts"))]
    return {letter: has_tone(letter) for letter in letters}


def has_tone(letter: str) -> bool:
    return any(mark in unicodedata.normalize("NFD", letter) for mark in TONE_MARKS)


@cache
def legacy_hint() -> re.Pattern[str]:
    """Characters that legacy fonts use for Vietnamese letters and Vietnamese never uses."""
    codes = "".join("".join(legacy_font_table(font)[1]) for font in LEGACY_FONTS)
    odd = sorted(set(codes) - vietnamese_letters().keys() - set(string.printable))
    return re.compile(f"[{re.escape(''.join(odd))}]")


# Normalisation.


def normalise_text(text: str) -> str:
    """NFC, LF line ends, plain spaces, no invisible characters, no trailing spaces."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", RARE_LINE_BREAK.sub("\n", text))
    text = INVISIBLE.sub("", ODD_SPACE.sub(" ", text))
    text = TRAILING_SPACE.sub("", text)
    if not text.strip():
        raise UnreadableFile(BLANK)
    return text


# Metadata and header.


def normalise_meta(meta: dict[str, str]) -> dict[str, str]:
    """Metadata values of a page or export normalised like text: NFC, plain spaces, one line."""
    return {key: " ".join(normalise_line(value).split()) for key, value in meta.items()}


def normalise_line(value: str) -> str:
    return INVISIBLE.sub("", ODD_SPACE.sub(" ", unicodedata.normalize("NFC", value)))


def split_metadata(text: str) -> tuple[dict[str, str], str]:
    """The `key: value` block at the top (plain or between --- fences) and the text after it."""
    lines = text.split("\n")
    if lines[0].strip() == FRONT_MATTER_FENCE and FRONT_MATTER_FENCE in lines[1:]:
        end = lines.index(FRONT_MATTER_FENCE, 1)
        block, rest = lines[1:end], lines[end + 1 :]
    else:
        end = lines.index("") if "" in lines else len(lines)
        block, rest = lines[:end], lines[end:]
        if not block or not all(META_LINE.fullmatch(line) for line in block):
            return {}, text
    meta = dict(meta_item(m) for m in map(META_LINE.fullmatch, block) if m)
    if not META_KEYS.intersection(meta):
        return {}, text
    return meta, "\n".join(rest)


def meta_item(match: re.Match[str]) -> tuple[str, str]:
    return match.group(1).lower(), match.group(2).strip().strip("\"'").strip()


def split_date_prefix(text: str) -> tuple[str, str]:
    """A scraped ` date YYYY-MM-DD ` prefix at the very start, and the text after it."""
    match = DATE_PREFIX.match(text)
    if not match or not parse_date(match.group(1)):
        return "", text
    return parse_date(match.group(1)), text[match.end() :]


def read_header(lines: list[str]) -> Header:
    """Section label and dateline taken out; title and lead paragraph found."""
    lines = drop_section_label(lines)
    lines, dateline_date = blank_dateline(lines)
    content = [i for i, line in enumerate(lines) if line.strip()]
    title = ""
    if content and is_headline(lines, content[0]):
        title = lines[content[0]].strip()
        content = content[1:]
    lead_line = lines[content[0]] if content else ""
    return Header(title, dateline_date, lead_line, lines)


def drop_section_label(lines: list[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line.strip()]
    if len(content) > 1 and lines[content[0]].strip().casefold() in section_labels():
        return lines[content[1] :]
    return lines


def blank_dateline(lines: list[str]) -> tuple[list[str], str]:
    """The lines with a dateline near the top made blank, and the dateline's date."""
    content = [i for i, line in enumerate(lines) if line.strip()][:DATELINE_WINDOW]
    for i in content:
        match = DATELINE.fullmatch(lines[i].strip())
        date = match and day_first_date(*match.groups())
        if date:
            return [*lines[:i], "", *lines[i + 1 :]], date
    return lines, ""


def is_headline(lines: list[str], index: int) -> bool:
    """A short first line without final punctuation, followed by a blank line or a lead code."""
    line = lines[index].strip()
    following = lines[index + 1].strip() if index + 1 < len(lines) else None
    return (
        TITLE_MIN_CHARS <= len(line) <= TITLE_MAX_CHARS
        and line.rstrip(CLOSERS)[-1:] not in LINE_END_PUNCTUATION
        and lead_outlet(line) == ""
        and (following == "" or (following is not None and lead_outlet(following) != ""))
    )


@cache
def section_labels() -> frozenset[str]:
    return frozenset(row["label"].casefold() for row in read_table("corpus_section_labels"))


# Boilerplate.


def drop_boilerplate(text: str, title: str = "") -> list[str]:
    """The lines of text without captions, photo credits, media-player residue and page furniture
    (a line equal to title, the headline the metadata gives, is never furniture)."""
    lines = [line for line in drop_fragments(text).split("\n") if not is_boilerplate_line(line)]
    return drop_page_residue(lines, title)


def drop_repeats(lines: Sequence[str], title: str) -> list[str]:
    """Lines without later copies of the title (captions) or copies of the line just before."""
    kept: list[str] = []
    title_seen = False
    folded_title = title.casefold()
    for line in lines:
        stripped = line.strip()
        if title and stripped.casefold() == folded_title:
            if title_seen:
                continue
            title_seen = True
        if stripped and kept and stripped == kept[-1].strip():
            continue
        kept.append(line)
    return kept


def split_trailer(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without the outlet signature and byline lines at the end, and those lines."""
    lines = trim_blank_end(lines)
    trailer: list[str] = []
    while lines and len(trailer) < TRAILER_MAX_LINES and len(lines) > 1:
        last = lines[-1].strip()
        if not (signature_outlet(last) or is_byline(last)):
            break
        trailer.insert(0, last)
        lines = trim_blank_end(lines[:-1])
    return lines, trailer


def trim_blank_end(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def is_byline(line: str) -> bool:
    """A short line of capitalised words, like a reporter's name: "Minh Ngọc", "Thu Hà (TTXVN)"."""
    words = [w for w in BYLINE_SEPARATOR.split(BYLINE_CREDIT.sub("", line)) if w]
    return (
        0 < len(line) <= BYLINE_MAX_CHARS
        and 0 < len(words) <= BYLINE_MAX_WORDS
        and all(word.isalpha() and word[0].isupper() for word in words)
    )


def drop_fragments(text: str) -> str:
    return boilerplate_pattern("drop_fragment").sub("", text)


def is_boilerplate_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= BOILERPLATE_MAX_CHARS and bool(
        boilerplate_pattern("drop_line").fullmatch(stripped)
    )


@cache
def boilerplate_pattern(kind: str) -> re.Pattern[str]:
    """One pattern matching any pattern of that kind in corpus_boilerplate.csv."""
    rows = read_table("corpus_boilerplate")
    patterns = [compiled(row["pattern"]).pattern for row in rows if row["kind"] == kind]
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


def compiled(pattern: str, file: str = "corpus_boilerplate.csv") -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise ReferenceDataError(
            f"{file}: pattern {pattern!r} is not a valid regular expression "
            f"({error}); fix it, and quote it if it contains a comma"
        ) from None


# Page residue: the furniture of a web page copied as text.


def drop_page_residue(lines: list[str], title: str = "") -> list[str]:
    """lines without page furniture: comment sections and lists of other articles at the end,
    related-article boxes with their teasers, interface lines, menus (corpus_page_residue.csv)."""
    kinds = ["" if is_title(line.strip(), title) else residue_kind(line.strip()) for line in lines]
    end = end_heading(lines, kinds)
    kept: list[str] = []
    in_teasers = False
    for line, kind in zip(lines[:end], kinds[:end], strict=True):
        stripped = line.strip()
        if kind in ("related", "end"):
            in_teasers = True
        elif kind != "line" and not is_menu_line(stripped, title):
            in_teasers = in_teasers and (not stripped or is_teaser(stripped, title))
            if not in_teasers:
                kept.append(line)
    return drop_menu_runs(kept, title)


def end_heading(lines: list[str], kinds: list[str]) -> int:
    """Index of the first heading of a comment section or list of other articles that has at
    least half the page's text above it; len(lines) when there is none."""
    sizes = [len(line.strip()) for line in lines]
    total = sum(sizes)
    above = 0
    for i, kind in enumerate(kinds):
        if kind == "end" and above >= total - above - sizes[i]:
            return i
        above += sizes[i]
    return len(lines)


def drop_menu_runs(lines: list[str], title: str) -> list[str]:
    """lines without runs of menu items (three or more short capitalised lines in a row) above
    the first sentence or below the last one; the article's own lines are left alone."""
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    if not prose:
        return lines
    outside = set(range(prose[0])) | set(range(prose[-1] + 1, len(lines)))
    dropped: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if i in outside and is_menu_item(line.strip(), title):
            run.append(i)
            continue
        if len(run) >= MENU_RUN_MIN_LINES:
            dropped.update(run)
        run = []
    return [line for i, line in enumerate(lines) if i not in dropped]


def is_menu_line(line: str, title: str) -> bool:
    """Two or more menu items on one line, split by | • · or breadcrumb arrows."""
    if len(line) > BOILERPLATE_MAX_CHARS or not MENU_SEPARATOR_CHARACTERS.intersection(line):
        return False
    if is_title(line, title):
        return False
    items = [item for item in MENU_SEPARATOR.split(line) if item.strip()]
    return len(items) > 1 and all(is_menu_item(item.strip(), title) for item in items)


def is_menu_item(line: str, title: str) -> bool:
    """A short capitalised label without digits or final punctuation: "Lào Cai", "Thời sự"."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return (
        0 < len(words) <= MENU_ITEM_MAX_WORDS
        and len(line) <= MENU_ITEM_MAX_CHARS
        and line[0].isupper()
        and not any(c.isdigit() for c in line)
        and line[-1] not in LINE_END_PUNCTUATION
        and not is_title(line, title)
        and not signature_outlet(line)
    )


def is_teaser(line: str, title: str) -> bool:
    """A headline-like line: a few words without final punctuation, as in lists of articles."""
    return (
        len(line.split()) >= TEASER_MIN_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and line.rstrip(CLOSERS)[-1:] not in LINE_END_PUNCTUATION
        and not is_title(line, title)
    )


def is_prose(line: str) -> bool:
    """A line of article text: several words ending in a full stop, question or exclamation mark."""
    stripped = line.strip()
    return (
        len(stripped.split()) >= PROSE_MIN_WORDS and stripped.rstrip(CLOSERS)[-1:] in SENTENCE_ENDS
    )


def is_title(line: str, title: str) -> bool:
    return bool(title) and line.casefold() == title.strip().casefold()


def residue_kind(line: str) -> str:
    """The kind of the corpus_page_residue.csv rule the whole line matches, or ""."""
    if not line or len(line) > BOILERPLATE_MAX_CHARS:
        return ""
    match = residue_pattern().fullmatch(line)
    return match.lastgroup or "" if match else ""


@cache
def residue_pattern() -> re.Pattern[str]:
    """One case-insensitive pattern of every residue rule, a named group per kind."""
    rows = read_table("corpus_page_residue")
    kinds = {}
    for row in rows:
        if row["kind"] not in RESIDUE_KINDS:
            raise ReferenceDataError(
                f"corpus_page_residue.csv: kind {row['kind']!r} of pattern {row['pattern']!r}; "
                f"use one of {', '.join(RESIDUE_KINDS)}"
            )
        pattern = compiled(row["pattern"], "corpus_page_residue.csv").pattern
        kinds.setdefault(row["kind"], []).append(f"(?:{pattern})")
    groups = [f"(?P<{kind}>{'|'.join(kinds[kind])})" for kind in RESIDUE_KINDS if kind in kinds]
    return re.compile("|".join(groups), re.IGNORECASE)


# Outlet.


def find_outlet(meta: dict[str, str], url: str, trailer: Iterable[str], lead_line: str) -> str:
    """Metadata outlet or source name; else the URL's domain, a signature line or a lead code."""
    source = "" if is_url(meta.get("source")) else meta.get("source", "")
    candidates = (
        meta.get("outlet", ""),
        domain_outlet(source) or signature_outlet(source) or source,
        domain_outlet(url),
        *(signature_outlet(line) for line in trailer),
        lead_outlet(lead_line),
    )
    return next((c for c in candidates if c), "")


def domain_outlet(url: str) -> str:
    host = (urlsplit(url if "://" in url else f"//{url}").hostname or "") if url else ""
    for pattern, outlet in outlet_rules("domain"):
        if host == pattern.lower() or host.endswith(f".{pattern.lower()}"):
            return outlet
    return ""


def signature_outlet(line: str) -> str:
    folded = line.strip().casefold()
    return next((o for p, o in outlet_rules("signature") if folded == p.casefold()), "")


def lead_outlet(line: str) -> str:
    """The outlet whose lead code opens line ("NDO - ...", "(LĐXH) ...")."""
    line = line.strip()
    for pattern, outlet in outlet_rules("lead"):
        rest = line.removeprefix(pattern)
        if rest != line and (not rest or rest[0] in " -–—:"):
            return outlet
    return ""


@cache
def outlet_rules(kind: str) -> tuple[tuple[str, str], ...]:
    return tuple((r["pattern"], r["outlet"]) for r in read_table("outlets") if r["kind"] == kind)


# Dates.


def first_date(*dated: tuple[str, str]) -> tuple[str, str]:
    """The first (basis, date) pair with a date, as (date, basis); ("", "") when none has one."""
    return next(((date, basis) for basis, date in dated if date), ("", ""))


def parse_date(value: str) -> str:
    """YYYY-MM-DD, YYYY-MM or YYYY from an ISO or day-first date; "" when it is not a date."""
    value = value.strip()
    iso = ISO_DATE.match(value)
    if iso:
        return checked_date(*iso.groups())
    day_first = DAY_FIRST_DATE.search(value)
    return day_first_date(*day_first.groups()) if day_first else ""


def day_first_date(day: str, month: str, year: str) -> str:
    return checked_date(year, month, day)


def url_date(url: str) -> str:
    """The publication date a URL's path (else its query) carries, in a format of
    data/reference/url_dates.csv: /2019/06/15/, -20231214185912112.htm, /2019/06/, a site's own
    article id, ?ngay=20231122."""
    parts = urlsplit(url) if url else None
    if parts is None:
        return ""
    host = (parts.hostname or "").removeprefix("www.")
    for part in (parts.path, parts.query):
        for sites, pattern in url_date_formats():
            match = pattern.search(part) if not sites or host in sites else None
            date = match and checked_date(*url_date_parts(match))
            if date:
                return date
    return ""


@cache
def url_date_formats() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """(hosts, pattern) rows of data/reference/url_dates.csv, no hosts for any site; a bad row
    raises ReferenceDataError."""
    formats = []
    for line, row in enumerate(read_table("url_dates"), start=2):
        try:
            pattern = re.compile(row["pattern"])
            if not {"month"} <= set(pattern.groupindex) or not {"year", "yy"} & set(
                pattern.groupindex
            ):
                raise ValueError("no named groups 'year' (or 'yy') and 'month'")
        except (KeyError, TypeError, ValueError, re.error) as error:
            raise ReferenceDataError(
                f"data/reference/url_dates.csv row {line}: {error!r}; give 'host' sites (or "
                "leave it empty) and a regular expression 'pattern' with named groups year or yy, "
                "month and optionally day"
            ) from None
        formats.append((frozenset((row.get("host") or "").split()), pattern))
    return tuple(formats)


def url_date_parts(match: re.Match[str]) -> tuple[str, str, str | None]:
    """(year, month, day) of a url_dates.csv match; a two-digit yy is a year of the 2000s."""
    found = match.groupdict()
    year = found.get("year") or f"20{found['yy']}"
    return year, found["month"], found.get("day")


def checked_date(year: str, month: str | None = None, day: str | None = None) -> str:
    """The date as YYYY[-MM[-DD]] when it exists in the calendar, else ""."""
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ""
    if month is None:
        return year
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


# Sentences.


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Sentences of body: a line break ends one, so do . ! ? … before a capital, digit or quote."""
    sentences = []
    for line in LINE.finditer(body):
        start = 0
        for end in sentence_ends(line.group()):
            sentences.extend(trimmed(body, line.start() + start, line.start() + end))
            start = end
    return tuple(sentences)


def sentence_ends(line: str) -> Iterator[int]:
    """Offsets in line after each sentence, the last one being the end of the line."""
    start = 0
    for match in SENTENCE_END.finditer(line):
        if (
            opens_sentence(line, match.end())
            and not ends_in_abbreviation(line, match)
            and not LIST_MARKER.fullmatch(line[start : match.start()].strip())
        ):
            yield match.end()
            start = match.end()
    yield len(line)


def opens_sentence(line: str, position: int) -> bool:
    following = NEXT_CHARACTER.match(line, position)
    first = following.group(1) if following else ""
    return bool(first) and (first in OPENERS or first.isupper() or first.isdigit())


def ends_in_abbreviation(line: str, match: re.Match[str]) -> bool:
    """A lone full stop closing "TP." or an initial ("V.", "N.V."), which no sentence ends with;
    not "Á." ("châu Á.") nor "Ý." ("nước Ý."), words."""
    if match.group() != ".":
        return False
    start = match.start()
    while start and not line[start - 1].isspace():
        start -= 1
    word = line[start : match.end()].lstrip(OPENERS)
    initials = word[:-1].split(".")
    return word in abbreviations() or all(
        len(i) == 1 and i.isupper() and i not in WORD_LETTERS for i in initials
    )


def trimmed(body: str, start: int, end: int) -> list[Sentence]:
    """The span without surrounding whitespace, as a one-sentence list, or [] when blank."""
    text = body[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return [Sentence(start, end, body[start:end])] if end > start else []


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(row["abbreviation"] for row in read_table("corpus_abbreviations"))
