"""The stages end to end: corpus folder -> interim tables (-> processed -> figures -> report)."""

import sys
from pathlib import Path

from vnlabour.config import CORRECTIONS
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


def clean_tables(
    interim_dir: Path, out_dir: Path, corrections: Path = CORRECTIONS, catalogue=None
) -> dict:
    """Interim tables -> validated processed tables, datapackage.json and tables.xlsx in out_dir.

    catalogue: {code: Partner}; None reads the partner catalogue under data/reference.
    """
    from vnlabour import reference
    from vnlabour.clean import build_processed
    from vnlabour.publish import write_processed
    from vnlabour.validate import validate_tables

    catalogue = reference.partner_catalogue() if catalogue is None else catalogue
    tables, log = build_processed(interim_dir, corrections, catalogue)
    validate_tables(tables, catalogue)
    tables = write_processed(tables, catalogue, out_dir)
    for warning in log.stale:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"corrections: {log.applied} applied, {len(log.stale)} stale (corrections_log.csv)")
    print(f"partner_year: {log.undated_partner_mentions} partner mentions without a year dropped")
    print(f"wrote {len(tables)} tables, datapackage.json and tables.xlsx to {out_dir}")
    return tables
