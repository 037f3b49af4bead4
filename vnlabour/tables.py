"""Writes and reads the interim tables: the CSV interface between extraction and cleaning."""

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import astuple, fields
from pathlib import Path

from vnlabour.config import LIST_SEP, TEXT_DIRNAME
from vnlabour.corpus import Skipped
from vnlabour.extract import ArticleRows
from vnlabour.extract.rows import Agreement, Figure, Mention

ARTICLE_COLUMNS = (
    "article_id", "file", "title", "outlet", "source_url", "published_date", "published_basis",
    "event_date", "event_date_basis", "event_type", "event_partners", "location", "n_chars",
    "sha256",
)  # fmt: skip


def write_interim(
    out_dir: Path, results: Sequence[ArticleRows], skipped: Sequence[Skipped]
) -> None:
    """The five interim tables and one normalised text per article, under out_dir."""
    text_dir = out_dir / TEXT_DIRNAME
    text_dir.mkdir(parents=True, exist_ok=True)
    for rows in results:
        write_atomically(text_dir / f"{rows.article.article_id}.txt", rows.article.body)
    write_csv(out_dir / "articles.csv", ARTICLE_COLUMNS, (article_row(r) for r in results))
    write_csv(out_dir / "mentions.csv", column_names(Mention), rows_of(results, "mentions"))
    write_csv(out_dir / "figures.csv", column_names(Figure), rows_of(results, "figures"))
    write_csv(out_dir / "agreements.csv", column_names(Agreement), rows_of(results, "agreements"))
    write_csv(out_dir / "skipped.csv", ("file", "reason"), (astuple(s) for s in skipped))


def article_row(rows: ArticleRows) -> tuple:
    a, e = rows.article, rows.event
    return (
        a.article_id, a.file, a.title, a.outlet, a.source_url, a.published_date, a.published_basis,
        e.event_date, e.event_date_basis, e.event_type, e.partners, e.location, len(a.body),
        a.sha256,
    )  # fmt: skip


def rows_of(results: Iterable[ArticleRows], table: str) -> Iterable[tuple]:
    for rows in results:
        yield from (astuple(row) for row in getattr(rows, table))


def column_names(row_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(row_type))


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """A UTF-8 CSV with LF line ends, cells formatted by format_cell, written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([format_cell(v) for v in row] for row in rows)
    write_atomically(path, buffer.getvalue())


def format_cell(value: object) -> str:
    """'' for None, integers without '.0', lists joined with ';', booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, tuple | list):
        return LIST_SEP.join(str(v) for v in value)
    return str(value)


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside path, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
