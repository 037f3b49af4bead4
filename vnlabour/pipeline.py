"""The stages end to end: corpus folder -> interim tables (-> processed -> figures -> report)."""

import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from vnlabour.config import CORRECTIONS
from vnlabour.corpus import Skipped
from vnlabour.errors import ParameterError, StrictError
from vnlabour.extract import ArticleRows


def extract_corpus(
    corpus_dir: Path, out_dir: Path, strict: bool = False, **how: Any
) -> list[ArticleRows]:
    """Read every article in corpus_dir, extract its rows, write the interim tables to out_dir.

    strict: a skipped file is an error (StrictError) and nothing is written. how: workers,
    scheduler, use_cache of vnlabour.parallel.stream_extract, which big corpora should call
    directly: this function keeps every article's rows in memory to return them.
    """
    from vnlabour.parallel import stream_extract

    results: list[ArticleRows] = []
    stream_extract(corpus_dir, out_dir, strict=strict, keep=results.append, **how)
    return results


def check_corpus_read(
    corpus_dir: Path, n_articles: int, skipped: Sequence[Skipped], strict: bool
) -> None:
    """A ParameterError when no article could be read; with strict, a StrictError on a skip."""
    if strict and skipped:
        raise StrictError(
            f"--strict: {len(skipped)} file(s) of {corpus_dir} skipped (warnings above, "
            "skipped.csv): fix or remove them, or run without --strict"
        )
    if not n_articles:
        what = "has no readable article (warnings above)" if skipped else "has no files"
        raise ParameterError(f"corpus folder {corpus_dir} {what}: put article text files in it")


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl-C ignored while outputs are written or moved into place: all of them or none."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def clean_tables(
    interim_dir: Path, out_dir: Path, corrections: Path = CORRECTIONS, catalogue=None
) -> dict[str, int]:
    """Interim tables -> validated processed tables, datapackage.json and tables.xlsx in out_dir.

    The tables of rows from spans go through one chunk of articles at a time: cleaned, checked
    and written to temporary files, moved into place only when every table is valid. Returns the
    rows of each table written. catalogue: {code: Partner}; None reads data/reference's.
    """
    from vnlabour import reference
    from vnlabour.clean import Cleaning
    from vnlabour.publish import ProcessedWriter
    from vnlabour.validate import Checker

    catalogue = reference.partner_catalogue() if catalogue is None else catalogue
    cleaning = Cleaning(interim_dir, corrections, catalogue)
    checker = Checker(catalogue, cleaning.articles)
    with ProcessedWriter(out_dir, catalogue) as writer:
        for tables in cleaning.tables():
            for name, df in tables.items():
                checker.check(name, df)
            writer.add(tables)
        checker.raise_problems()
        with uninterrupted():
            n_rows = writer.finish(cleaning.articles)
    log = cleaning.log()
    for warning in log.stale:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"corrections: {log.applied} applied, {len(log.stale)} stale (corrections_log.csv)")
    print(f"partner_year: {log.undated_partner_mentions} partner mentions without a year dropped")
    print(f"wrote {len(n_rows)} tables, datapackage.json and tables.xlsx to {out_dir}")
    return n_rows
