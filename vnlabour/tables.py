"""Writes and reads the interim tables: the CSV interface between extraction and cleaning."""

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import astuple, fields
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from vnlabour.config import LIST_SEP, TEXT_DIRNAME
from vnlabour.corpus import Skipped
from vnlabour.extract import ArticleRows
from vnlabour.extract.rows import Agreement, Figure, Mention

if TYPE_CHECKING:  # pandas is not imported on the extraction path
    import pandas as pd

ARTICLE_COLUMNS = (
    "article_id", "file", "title", "outlet", "source_url", "published_date", "published_basis",
    "event_date", "event_date_basis", "event_type", "event_partners", "location", "n_chars",
    "sha256",
)  # fmt: skip


PLAIN_CELLS = (str, int)  # cells the csv module writes as format_cell would (not bool)
ROW_TABLES = {"mentions": Mention, "figures": Figure, "agreements": Agreement}


def write_interim(
    out_dir: Path, results: Iterable[ArticleRows], skipped: Sequence[Skipped]
) -> None:
    """The five interim tables and one normalised text per article, under out_dir."""
    with InterimWriter(out_dir) as writer:
        for rows in results:
            writer.add(rows)
        writer.finish(skipped)


class InterimWriter:
    """The interim tables written one article at a time, so no corpus has to fit in memory.

    Each table grows in a temporary file beside it, and the texts in a hidden folder; finish()
    moves them into place. Leaving the `with` block without finish() deletes them and leaves the
    old outputs as they were.
    """

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.text_dir = out_dir / TEXT_DIRNAME
        self.staged_texts = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".{TEXT_DIRNAME}-"))
        self.skipped_path = out_dir / "skipped.csv"
        self.tables = {"articles": PendingCsv(out_dir / "articles.csv", ARTICLE_COLUMNS)}
        # a row's values in column order, without astuple's deep copy
        self.cells: dict[str, attrgetter] = {}
        for name, row_type in ROW_TABLES.items():
            self.tables[name] = PendingCsv(out_dir / f"{name}.csv", column_names(row_type))
            self.cells[name] = attrgetter(*column_names(row_type))

    def __enter__(self) -> "InterimWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        for table in self.tables.values():
            table.discard()
        shutil.rmtree(self.staged_texts, ignore_errors=True)

    def add(self, rows: ArticleRows) -> None:
        """One article: its normalised text, its articles.csv row and its extracted rows."""
        text_path = self.staged_texts / f"{rows.article.article_id}.txt"
        text_path.write_text(rows.article.body, encoding="utf-8", newline="")
        self.tables["articles"].write(article_row(rows))
        for name in ROW_TABLES:
            self.tables[name].write_rows(map(self.cells[name], getattr(rows, name)))

    def finish(self, skipped: Sequence[Skipped]) -> None:
        write_csv(self.skipped_path, ("file", "reason"), (astuple(s) for s in skipped))
        for table in self.tables.values():
            table.commit()
        self.text_dir.mkdir(exist_ok=True)
        for path in sorted(self.staged_texts.iterdir()):
            os.replace(path, self.text_dir / path.name)


class PendingCsv:
    """A CSV written row by row to a temporary file that replaces path on commit()."""

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = path
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.tmp = Path(tmp)
        self.out = os.fdopen(handle, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(columns)

    def write(self, row: Iterable) -> None:
        self.writer.writerow(csv_cells(row))

    def write_rows(self, rows: Iterable[Iterable]) -> None:
        self.writer.writerows(csv_cells(row) for row in rows)

    def commit(self) -> None:
        self.out.close()
        os.chmod(self.tmp, 0o644)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        """Close and delete the temporary file, if commit() has not moved it into place."""
        self.out.close()
        self.tmp.unlink(missing_ok=True)


def article_row(rows: ArticleRows) -> tuple:
    a, e = rows.article, rows.event
    return (
        a.article_id, a.file, a.title, a.outlet, a.source_url, a.published_date, a.published_basis,
        e.event_date, e.event_date_basis, e.event_type, e.partners, e.location, len(a.body),
        a.sha256,
    )  # fmt: skip


def column_names(row_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(row_type))


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """A UTF-8 CSV with LF line ends, cells formatted by format_cell, written atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(csv_cells(row) for row in rows)
    write_atomically(path, buffer.getvalue())


def write_frame(path: Path, frame: "pd.DataFrame") -> None:
    """A DataFrame as CSV with write_csv: missing cells empty, numbers as plain Python values."""
    write_csv(path, list(frame.columns), plain_rows(frame))


def plain_rows(frame: "pd.DataFrame") -> Iterable[tuple]:
    """Rows of plain Python values: None for missing, int, float, bool or str."""
    plain = frame.astype(object).where(frame.notna(), None)
    return plain.itertuples(index=False, name=None)


def csv_cells(row: Iterable) -> list:
    """The cells of a row as format_cell writes them; text and integers go to csv as they are,
    which writes them the same way and sooner."""
    return [v if type(v) in PLAIN_CELLS else format_cell(v) for v in row]


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


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside path, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content if isinstance(content, bytes) else content.encode("utf-8"))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
