"""Corpus files -> normalised articles (encoding, metadata, boilerplate, sentences).

PLACEHOLDER: the corpus helper replaces the reader; the dataclasses are the shared interface.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from vnlabour.errors import UnreadableFile


@dataclass(frozen=True)
class Sentence:
    start: int  # offset of the first character in Article.body
    end: int  # offset after the last character
    text: str  # == body[start:end]


@dataclass(frozen=True)
class Article:
    article_id: str  # file name without extension
    file: str  # file name as found in the corpus folder
    title: str
    outlet: str
    source_url: str
    published_date: str  # YYYY-MM-DD, YYYY-MM, YYYY or ""
    published_basis: str  # where published_date came from: metadata, prefix, dateline, url, ""
    body: str  # normalised text; every offset points into it
    sentences: tuple[Sentence, ...]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Skipped:
    file: str
    reason: str


def read_corpus(folder: Path) -> tuple[list[Article], list[Skipped]]:
    """Every readable article in folder, sorted by file name, and the files skipped with why."""
    articles, skipped = [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        try:
            articles.append(read_article(path))
        except UnreadableFile as error:
            skipped.append(Skipped(path.name, str(error)))
    return articles, skipped


def read_article(path: Path) -> Article:
    body = path.read_text(encoding="utf-8")
    if not body.strip():
        raise UnreadableFile("empty file")
    return Article(path.stem, path.name, "", "", "", "", "", body, split_sentences(body))


def split_sentences(body: str) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n.!?]+[.!?]*", body)
    )
