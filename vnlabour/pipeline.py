"""The stages end to end: corpus folder -> interim tables (-> processed -> figures -> report)."""

import sys
from pathlib import Path

from vnlabour.corpus import read_corpus
from vnlabour.extract import ArticleRows, extract_article
from vnlabour.tables import write_interim


def extract_corpus(corpus_dir: Path, out_dir: Path) -> list[ArticleRows]:
    """Read every article in corpus_dir, extract its rows, write the interim tables to out_dir."""
    articles, skipped = read_corpus(corpus_dir)
    for item in skipped:
        print(f"warning: skipped {item.file}: {item.reason}", file=sys.stderr)
    results = [extract_article(article) for article in articles]
    write_interim(out_dir, results, skipped)
    return results
