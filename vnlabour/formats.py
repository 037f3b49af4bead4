"""Saved web pages and scraper exports -> the metadata and text of the articles they hold.

corpus.py reads every corpus file; it hands .html/.htm pages and .jsonl lines to the readers here,
which answer what a text file's metadata block and body would say: a Page with the metadata keys
of a text file (title, url, date, source, outlet) and the article text, headline first. The page
reader keeps only the main text (trafilatura, offline, precision first, no comments) and imports
trafilatura on first use, so a corpus of text files never loads it.
"""

import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from vnlabour.errors import UnreadableFile

HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_LINES_SUFFIXES = frozenset({".jsonl"})

# htmldate: dates from the page's markup only (no guessing from its text), the original
# publication date rather than the last update, and no upper bound tied to today's date, so a
# page reads the same whatever day it is read.
PAGE_DATE_OPTIONS = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}

# JSON field -> metadata key of a text file's block, first field present wins for each key.
JSON_FIELDS = {
    "title": ("title",),
    "url": ("url",),
    "date": ("date",),
    "outlet": ("outlet",),
    "source": ("sitename", "source"),
}
JSON_SOURCE_FIELD = "source"  # an outlet's name or the article's address
JSON_ID_FIELD = "id"
JSON_TEXT_FIELD = "text"
# trafilatura and htmldate log a page they cannot parse as an error; skipped.csv says it already.
EXTRACTOR_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")
QUIET = logging.NullHandler()
UNSAFE_ID_CHARACTER = re.compile(r"[^\w.\- ]")  # ids name files under data/interim/text
SPACES = re.compile(r"\s+")

NO_MAIN_TEXT = (
    "no article text found in the page: check that it is a saved news article, or save the "
    "article's text as a .txt file instead"
)
NOT_JSON = "not valid JSON ({}): fix or delete the line (one JSON object per line)"
NOT_AN_OBJECT = 'a JSON {} where an object is expected: write each article as {{"text": "..."}}'
NO_JSON_TEXT = 'no "text" field with the article text: add it, or delete the line'


@dataclass(frozen=True)
class Page:
    """One article of a page or export: metadata as in a text file's block, and its text."""

    meta: dict[str, str]  # keys title, url, date, source, outlet; only those with a value
    text: str  # the article text, headline first when the metadata gives one
    article_id: str = ""  # the id the export gives the article, safe as a file name; "" if none


def read_html_page(html: str) -> Page:
    """The main text and metadata of a saved web page; UnreadableFile when it has no article."""
    from trafilatura import bare_extraction

    for name in EXTRACTOR_LOGGERS:
        logging.getLogger(name).addHandler(QUIET)
    document = bare_extraction(
        strip_xml_declaration(html),
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=PAGE_DATE_OPTIONS,
    )
    if document is None or not (document.text or "").strip():
        raise UnreadableFile(NO_MAIN_TEXT)
    meta = {
        "title": document.title,
        "url": document.url,
        "date": document.date,
        "source": document.sitename,
    }
    return headed(meta, document.text)


def read_json_line(line: str) -> Page:
    """One line of a JSON Lines export as a Page; UnreadableFile says what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise UnreadableFile(NOT_JSON.format(f"{error.msg}: column {error.colno}")) from None
    if not isinstance(record, dict):
        raise UnreadableFile(NOT_AN_OBJECT.format(type(record).__name__))
    text = record.get(JSON_TEXT_FIELD)
    if not isinstance(text, str) or not text.strip():
        raise UnreadableFile(NO_JSON_TEXT)
    meta = {key: first_value(record, fields) for key, fields in JSON_FIELDS.items()}
    source = scalar_text(record.get(JSON_SOURCE_FIELD))
    if not meta["url"] and is_url(source):  # a sitename took the source key: keep its address
        meta["url"] = source
    return headed(meta, text, safe_id(scalar_text(record.get(JSON_ID_FIELD))))


def is_url(value: str | None) -> bool:
    return bool(value) and ("://" in value or value.startswith("www."))


def safe_id(value: str) -> str:
    """value usable as a file name: characters other than letters, digits, . - _ and space
    become "_", and leading or trailing dots and spaces go."""
    return UNSAFE_ID_CHARACTER.sub("_", unicodedata.normalize("NFC", value)).strip(" .")


def first_value(record: dict[str, Any], fields: tuple[str, ...]) -> str:
    return next((v for v in (scalar_text(record.get(f)) for f in fields) if v), "")


def scalar_text(value: object) -> str:
    """A string or number field as stripped text; anything else (null, list, object) as ""."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return str(value).strip()


def headed(meta: dict[str, str | None], text: str, article_id: str = "") -> Page:
    """A Page whose text opens with the headline as a paragraph of its own, as a page shows it
    above the article (whether or not the extracted text repeats it)."""
    kept = {key: value.strip() for key, value in meta.items() if value and value.strip()}
    title = kept.get("title", "")
    if title:
        first_line, _, rest = text.strip().partition("\n")
        text = f"{title}\n\n{(rest if same_line(first_line, title) else text).strip()}"
    return Page(kept, text, article_id)


def same_line(a: str, b: str) -> bool:
    return folded(a) == folded(b)


def folded(line: str) -> str:
    return SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip().casefold()


def strip_xml_declaration(html: str) -> str:
    """The page without an `<?xml ... encoding=...?>` line, which lxml refuses in a str."""
    return re.sub(r"\A\s*<\?xml[^>]*\?>", "", html)
