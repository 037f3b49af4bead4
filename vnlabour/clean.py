"""Interim tables -> processed tables: row ids, hand corrections, facts, merged events, counts.

Every table is a DataFrame whose columns and types follow data/reference/table_metadata.json.
The tables of rows from spans (mentions, figures, agreements and what derives from them) are
built one chunk of articles at a time, so memory does not grow with the corpus (Cleaning).
"""

import csv
import io
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pandas as pd

from vnlabour.config import CLEAN_CHUNK_ARTICLES, LIST_SEP, REFERENCE
from vnlabour.errors import CorrectionError, InterimTableError
from vnlabour.params import Params
from vnlabour.reference import read_table

Tables = dict[str, pd.DataFrame]

INTERIM_TABLES = ("articles", "mentions", "figures", "agreements", "skipped")
SPAN_TABLES = ("mentions", "figures", "agreements")  # read one chunk of articles at a time
CORRECTABLE = {"articles": "article_id", "mentions": "mention_id", "figures": "figure_id",
               "agreements": "agreement_id"}  # fmt: skip
CORRECTION_COLUMNS = ("action", "table", "row_id", "field", "value", "reason")
DERIVED_COLUMNS = ("mention_id", "figure_id", "agreement_id", "fact_id")  # made by this stage
DTYPES = {"string": "str", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
UNKNOWN_PERIOD_DAYS = 10**6  # an empty period sorts after every real one when clustering
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PIECE_ROWS = 50_000  # rows of an interim table read at once
FACT_KEY = ("article_id", "value", "value_max", "unit", "origin", "destination")  # same fact


@dataclass(frozen=True)
class Correction:
    where: str  # '<file> line <n>', for messages
    action: str
    table: str
    row_id: str
    field: str
    value: str
    reason: str


@dataclass(frozen=True)
class CleanLog:
    applied: int
    stale: tuple[str, ...]  # one warning per stale correction
    undated_partner_mentions: int  # partner mentions dropped from partner_year for want of a year


def build_processed(
    interim_dir: Path,
    corrections_path: Path,
    catalogue: dict,
    chunk_articles: int = CLEAN_CHUNK_ARTICLES,
) -> tuple[Tables, CleanLog]:
    """Every processed table in memory, with the hand corrections applied (small corpora)."""
    cleaning = Cleaning(interim_dir, corrections_path, catalogue, chunk_articles)
    parts = list(cleaning.tables())
    tables = {
        name: typed(pd.concat([p[name] for p in parts if name in p], ignore_index=True), name)
        for name in table_names()
    }
    return tables, cleaning.log()


class Cleaning:
    """The clean stage over an interim folder: articles and events at once, then chunks().

    chunks() yields the tables of rows from spans (mentions, figures, migration_figures,
    agreements, reconciliation) one chunk of articles at a time, in article order; summary()
    then gives the tables that need them all (partner_year, review, corrections_log...).
    """

    def __init__(
        self,
        interim_dir: Path,
        corrections_path: Path,
        catalogue: dict,
        chunk_articles: int = CLEAN_CHUNK_ARTICLES,
    ) -> None:
        from vnlabour.official import official_series, read_deployments

        # Load inputs.
        self.interim_dir, self.catalogue = interim_dir, catalogue
        for name in INTERIM_TABLES:
            check_interim_table(interim_dir / f"{name}.csv", name)
        self.corrections = read_corrections(corrections_path)
        self.applied: dict[int, bool] = {}  # correction number -> applied
        articles = with_row_id(read_interim_table(interim_dir, "articles"), "articles")
        # Process data.
        articles = self.corrected(articles, "articles", None)
        self.articles = in_text_order(typed(articles, "articles"))
        self.events, self.event_of_article = merge_events(self.articles)
        self.years = article_years(self.articles, self.events, self.event_of_article)
        self.chunk_of = {a: i // chunk_articles for i, a in enumerate(self.articles["article_id"])}
        self.n_chunks = -(-len(self.articles) // chunk_articles)
        self.series = official_series(read_deployments())
        self.partner_pairs: list[pd.DataFrame] = []
        self.flagged: list[tuple] = []  # review rows found chunk by chunk
        self.seen_once: list[tuple[str, tuple]] = []  # (code, review row) once in a chunk
        self.mention_counts: Counter[str] = Counter()
        self.undated = 0  # partner mentions without a year, known after summary()

    def tables(self) -> Iterator[Tables]:
        """Every processed table, in parts: the chunks, then the summary."""
        yield from self.chunks()
        yield self.summary()

    def chunks(self) -> Iterator[Tables]:
        """The span tables of each chunk of articles; a last chunk holds rows of no article."""
        readers = [
            article_chunks(self.interim_dir / f"{name}.csv", self.chunk_of, self.n_chunks)
            for name in SPAN_TABLES
        ]
        for number, frames in enumerate(zip(*readers, strict=True)):
            yield self.cleaned_chunk(number, dict(zip(SPAN_TABLES, frames, strict=True)))

    def cleaned_chunk(self, number: int, interim: Tables) -> Tables:
        from vnlabour.official import reconcile

        rows = {name: with_row_id(df, name) for name, df in interim.items()}
        rows = {name: self.corrected(df, name, number) for name, df in rows.items()}
        rows = {name: in_text_order(typed(df, name)) for name, df in rows.items()}
        figures = with_fact_ids(rows["figures"])
        facts = typed(migration_facts(figures), "migration_figures")
        self.note(rows["mentions"], figures)
        return {
            "mentions": rows["mentions"],
            "figures": figures,
            "migration_figures": facts,
            "agreements": rows["agreements"],
            "reconciliation": typed(reconcile(facts, self.series), "reconciliation"),
        }

    def corrected(self, rows: pd.DataFrame, table: str, chunk: int | None) -> pd.DataFrame:
        """rows with the corrections of their table (and chunk) applied, in file order."""
        numbers = [
            n for n, c in enumerate(self.corrections)
            if c.table == table and (chunk is None or self.chunk_of_row(c.row_id) == chunk)
        ]  # fmt: skip
        for n in numbers:
            rows, self.applied[n] = apply_correction(rows, self.corrections[n])
        return rows

    def chunk_of_row(self, row_id: str) -> int:
        """The chunk of a span row's id (article_id:char_start); n_chunks for no article."""
        return self.chunk_of.get(row_id.rpartition(":")[0], self.n_chunks)

    def note(self, mentions: pd.DataFrame, figures: pd.DataFrame) -> None:
        """What partner_year and review need from a chunk."""
        self.partner_pairs.append(partner_pairs(mentions))
        self.flagged.extend(figures_without_place(figures))
        self.seen_once.extend(partners_seen_once(mentions))
        self.mention_counts.update(mentions["partner_code"].value_counts().to_dict())

    def summary(self) -> Tables:
        """The tables built from every chunk, and from the articles: call after chunks()."""
        pairs = pd.concat(self.partner_pairs, ignore_index=True)
        partner_year, self.undated = count_partner_years(
            pairs, self.years, self.event_of_article, self.catalogue
        )
        once = [row for code, row in self.seen_once if self.mention_counts[code] == 1]
        review = [
            *dates_not_read(self.articles),
            *self.flagged,
            *once,
            *events_with_disagreeing_dates(self.events, self.articles),
        ]
        tables = {
            "articles": self.articles,
            "events": self.events,
            "partner_year": partner_year,
            "skipped": in_text_order(
                typed(read_interim_table(self.interim_dir, "skipped"), "skipped")
            ),
            "corrections_log": corrections_log(self.corrections, self.applied),
            "review": review_table(review),
            "official_series": self.series,
        }
        return {name: typed(df, name) for name, df in tables.items()}

    def log(self) -> CleanLog:
        """The corrections applied and stale, and the undated partner mentions: after summary()."""
        stale = tuple(
            stale_warning(c) for n, c in enumerate(self.corrections) if not self.applied[n]
        )
        return CleanLog(sum(self.applied.values()), stale, self.undated)


# Metadata --------------------------------------------------------------------------------------


@cache
def table_metadata(folder: Path = REFERENCE) -> dict:
    """data/reference/table_metadata.json: titles, columns, types and allowed values."""
    return json.loads((folder / "table_metadata.json").read_text(encoding="utf-8"))


def enum_values(name: str) -> list[str]:
    """Allowed values of an enum of the metadata: its list, or a column of a reference table."""
    enum = table_metadata()["enums"][name]
    if isinstance(enum, list):
        return enum
    values = {row[enum["column"]] for row in read_table(enum["table"])} | set(enum["also"])
    return sorted(v for v in values if v)


def table_names() -> list[str]:
    return [t["name"] for t in table_metadata()["tables"] if t["name"] != "partners"]


def table_spec(name: str) -> dict:
    """The spec of a processed table, or of an external one (metadata key "external")."""
    specs = [*table_metadata()["tables"], *table_metadata().get("external", [])]
    return next(t for t in specs if t["name"] == name)


def columns_of(name: str) -> list[str]:
    return [c["name"] for c in table_spec(name)["columns"]]


def interim_columns(name: str) -> list[str]:
    """The columns the extract stage writes for a table: the processed ones, less derived ones."""
    return [c for c in columns_of(name) if c not in DERIVED_COLUMNS]


def id_column(name: str) -> str:
    return table_spec(name).get("primary_key", [columns_of(name)[0]])[0]


# Reading ---------------------------------------------------------------------------------------


def check_interim_table(path: Path, name: str) -> None:
    """An InterimTableError when the table is missing or lacks a column extract writes."""
    if not path.is_file():
        raise InterimTableError(f"{path}: missing; run `python -m vnlabour extract` first")
    header = pd.read_csv(path, dtype=str, nrows=0).columns
    missing = [c for c in interim_columns(name) if c not in header]
    if missing:
        raise InterimTableError(
            f"{path}: columns {', '.join(missing)} missing; re-run `python -m vnlabour extract`"
        )


def read_interim_table(interim_dir: Path, name: str) -> pd.DataFrame:
    """An interim CSV table as text, '' for empty cells."""
    return pd.read_csv(interim_dir / f"{name}.csv", dtype=str, keep_default_na=False)


def article_chunks(path: Path, chunk_of: dict[str, int], n_chunks: int) -> Iterator[pd.DataFrame]:
    """The rows of an interim table, chunk by chunk of articles (chunk_of), in file order within
    a chunk; a last chunk (number n_chunks) holds the rows of articles not in chunk_of.

    A table in article order (as extract writes it) is read once, in pieces, one chunk in memory
    at a time; another is first split into a temporary file per chunk.
    """
    columns = pd.read_csv(path, dtype=str, nrows=0).columns
    if not in_chunk_order(path, chunk_of, n_chunks):
        yield from split_chunks(path, chunk_of, n_chunks, columns)
        return
    waiting: list[pd.DataFrame] = []
    done = 0
    for piece in interim_pieces(path):
        numbers = chunk_numbers(piece["article_id"], chunk_of, n_chunks)
        for number, rows in piece.groupby(numbers, sort=True):
            while done < number:
                yield joined(waiting, columns)
                waiting, done = [], done + 1
            waiting.append(rows)
    for _ in range(done, n_chunks + 1):
        yield joined(waiting, columns)
        waiting = []


def in_chunk_order(path: Path, chunk_of: dict[str, int], n_chunks: int) -> bool:
    """Whether the table's rows come chunk after chunk."""
    last = 0
    for piece in interim_pieces(path, usecols=["article_id"]):
        numbers = chunk_numbers(piece["article_id"], chunk_of, n_chunks)
        if len(numbers) and not (numbers.iloc[0] >= last and numbers.is_monotonic_increasing):
            return False
        last = numbers.iloc[-1] if len(numbers) else last
    return True


def split_chunks(
    path: Path, chunk_of: dict[str, int], n_chunks: int, columns: pd.Index
) -> Iterator[pd.DataFrame]:
    """The chunks of a table not in article order, through a temporary CSV file per chunk."""
    with tempfile.TemporaryDirectory(prefix="vnlabour-clean-") as folder:
        files = [Path(folder) / f"{number}.csv" for number in range(n_chunks + 1)]
        for piece in interim_pieces(path):
            numbers = chunk_numbers(piece["article_id"], chunk_of, n_chunks)
            for number, rows in piece.groupby(numbers, sort=True):
                header = not files[number].exists()
                rows.to_csv(files[number], mode="a", header=header, index=False)
        for file in files:
            if file.exists():
                yield pd.read_csv(file, dtype=str, keep_default_na=False)
            else:
                yield joined([], columns)


def interim_pieces(path: Path, **read: object) -> Iterator[pd.DataFrame]:
    with pd.read_csv(
        path, dtype=str, keep_default_na=False, chunksize=PIECE_ROWS, **read
    ) as pieces:
        yield from pieces


def chunk_numbers(article_ids: pd.Series, chunk_of: dict[str, int], n_chunks: int) -> pd.Series:
    return article_ids.map(chunk_of).fillna(n_chunks).astype(int)


def joined(frames: Sequence[pd.DataFrame], columns: pd.Index) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame({c: pd.Series([], dtype="str") for c in columns})
    return pd.concat(frames).reset_index(drop=True)


def with_row_id(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Adds the table's id column (article_id:char_start for rows from a span) in first place; a
    second mention on the same span (a national agency's country, "KOICA") adds its code."""
    key = id_column(name)
    if key in df.columns:
        return df
    ids = df["article_id"] + ":" + df["char_start"] if len(df) else pd.Series([], dtype="str")
    if "partner_code" in df.columns:
        ids = ids.where(~ids.duplicated(), ids + ":" + df["partner_code"])
    return pd.concat([pd.DataFrame({key: ids}, index=df.index), df], axis=1)


def typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """The table's columns in metadata order, each converted to its declared type."""
    out = pd.DataFrame(index=range(len(df)))
    for column in table_spec(name)["columns"]:
        cells = df[column["name"]].reset_index(drop=True) if column["name"] in df else ""
        out[column["name"]] = as_type(pd.Series(cells, index=out.index), column, name, df)
    return out


def in_text_order(df: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by article, then by position in the text when they come from a span."""
    keys = [k for k in ("article_id", "char_start", "file") if k in df.columns]
    return df.sort_values(keys, kind="stable").reset_index(drop=True)


def as_type(cells: pd.Series, column: dict, table: str, df: pd.DataFrame) -> pd.Series:
    dtype = DTYPES[column["type"]]
    if dtype == "str" or str(cells.dtype) == dtype:
        return cells.fillna("").astype("str") if dtype == "str" else cells
    text = cells.astype("str").str.strip().replace({"": None, "<NA>": None, "nan": None})
    if dtype == "boolean":
        converted = text.str.lower().map({"true": True, "false": False}, na_action="ignore")
    else:
        converted = pd.to_numeric(text, errors="coerce")
    bad = converted.isna() & text.notna()
    if bad.any():
        row = bad.idxmax()
        raise InterimTableError(
            f"{table}.csv row {df.iloc[row, 0]}: {column['name']}={text[row]!r} is not a "
            f"{column['type']}; fix the extractor or correct the row in corrections.csv"
        )
    return converted.astype(dtype)


# Corrections -----------------------------------------------------------------------------------


def read_corrections(path: Path) -> list[Correction]:
    """The hand corrections, or a CorrectionError naming the file and line of a malformed one."""
    if not path.is_file():
        return []
    corrections: list[Correction] = []
    with io.StringIO(corrections_text(path), newline="") as handle:
        reader = csv.reader(handle)
        header = None
        for cells in reader:
            if not cells or cells[0].startswith("#"):
                continue
            if header is None:
                header = tuple(c.strip() for c in cells)
                if header != CORRECTION_COLUMNS:
                    expected = ",".join(CORRECTION_COLUMNS)
                    raise CorrectionError(
                        f"{path} line {reader.line_num}: header must be {expected}"
                    )
                continue
            corrections.append(parse_correction(cells, path, reader.line_num))
    return corrections


def corrections_text(path: Path) -> str:
    """The corrections file as text (a spreadsheet's byte-order mark dropped), or a
    CorrectionError naming the line that is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CorrectionError(
            f"{path} line {line}: not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in a "
            "spreadsheet)"
        ) from None


def parse_correction(cells: list[str], path: Path, line: int) -> Correction:
    where = f"{path} line {line}"
    if len(cells) != len(CORRECTION_COLUMNS):
        raise CorrectionError(
            f"{where}: expected {len(CORRECTION_COLUMNS)} cells, got {len(cells)}; quote cells "
            "that contain commas"
        )
    correction = Correction(where, *(c.strip() for c in cells[:5]), cells[5])
    if correction.action not in ("set", "delete", "add"):
        raise CorrectionError(
            f"{where}: unknown action {correction.action!r}; use set, delete or add"
        )
    if correction.table not in CORRECTABLE:
        raise CorrectionError(
            f"{where}: unknown table {correction.table!r}; use one of {', '.join(CORRECTABLE)}"
        )
    if not correction.row_id:
        raise CorrectionError(
            f"{where}: row_id is missing; give the row's {CORRECTABLE[correction.table]}"
        )
    check_correction_field(correction, where)
    return correction


def check_correction_field(correction: Correction, where: str) -> None:
    settable = [c for c in interim_columns(correction.table) if c not in id_parts(correction.table)]
    if correction.action == "set" and correction.field not in settable:
        raise CorrectionError(
            f"{where}: unknown field {correction.field!r} for {correction.table}; "
            f"use one of {', '.join(settable)} (ids change only by delete + add)"
        )
    if correction.action != "set" and correction.field:
        raise CorrectionError(f"{where}: leave field empty for {correction.action}")
    if correction.action == "add":
        new_row(correction, where)


def id_parts(table: str) -> tuple[str, ...]:
    key = CORRECTABLE[table]
    return (key,) if table == "articles" else (key, "article_id", "char_start")


def new_row(correction: Correction, where: str) -> dict[str, str]:
    """The row an `add` correction holds: a JSON object of the table's columns, without the id."""
    columns = interim_columns(correction.table)
    try:
        row = json.loads(correction.value)
    except json.JSONDecodeError as error:
        raise CorrectionError(f"{where}: value is not a JSON object ({error})") from None
    if not isinstance(row, dict) or sorted(row) != sorted(columns):
        raise CorrectionError(
            f"{where}: value must be a JSON object with exactly the keys {', '.join(columns)}"
        )
    row = {k: cell_text(v) for k, v in row.items()}
    derived = row_id_of(correction.table, row)
    if derived != correction.row_id:
        raise CorrectionError(f"{where}: row_id {correction.row_id!r} must be {derived!r}")
    return row


def cell_text(value: object) -> str:
    """A JSON value as the interim CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEP.join(str(v) for v in value)
    return str(value)


def row_id_of(table: str, row: dict[str, str]) -> str:
    return row["article_id"] if table == "articles" else f"{row['article_id']}:{row['char_start']}"


def apply_correction(rows: pd.DataFrame, c: Correction) -> tuple[pd.DataFrame, bool]:
    """rows with one correction applied, and whether it applied (False: it is stale)."""
    key = CORRECTABLE[c.table]
    present = rows[key] == c.row_id
    if c.action == "add" and not present.any():
        added = pd.DataFrame([{key: c.row_id, **new_row(c, c.where)}], dtype="str")
        return pd.concat([rows, added], ignore_index=True), True
    if c.action == "set" and present.any():
        rows = rows.copy()
        rows.loc[present, c.field] = c.value
        return rows, True
    if c.action == "delete" and present.any():
        return rows[~present].reset_index(drop=True), True
    return rows, False


def corrections_log(corrections: Sequence[Correction], applied: dict[int, bool]) -> pd.DataFrame:
    """One row per correction, in file order, with its status: applied or stale."""
    log = [
        (c.action, c.table, c.row_id, c.field, c.value, c.reason,
         "applied" if applied[n] else "stale")
        for n, c in enumerate(corrections)
    ]  # fmt: skip
    return pd.DataFrame(log, columns=[*CORRECTION_COLUMNS, "status"])


def stale_warning(c: Correction) -> str:
    problem = "row already exists" if c.action == "add" else "row not found"
    return f"{c.where}: {c.action} {c.table} {c.row_id}: {problem}; update or remove the correction"


# Periods ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """The calendar days a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers."""

    first: date
    last: date

    def overlaps(self, other: "Span") -> bool:
        return self.first <= other.last and other.first <= self.last

    def __and__(self, other: "Span") -> "Span":
        return Span(max(self.first, other.first), min(self.last, other.last))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def span_of(text: str) -> Span | None:
    """The days a partial date covers; None when empty or not a date."""
    match = PARTIAL_DATE.match(text or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            return Span(date(year, month, day), date(year, month, day))
        if month:
            return Span(date(year, month, 1), next_month(date(year, month, 1)) - timedelta(days=1))
        return Span(date(year, 1, 1), date(year, 12, 31))
    except ValueError:
        return None


def next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def precision_of(text: str) -> str:
    if span_of(text) is None:
        return "none"
    return {4: "year", 7: "month"}.get(len(text), "day")


def cluster_overlapping(spans: Sequence[tuple[Span | None, ...]]) -> list[int]:
    """A cluster number per item: items whose spans overlap in every dimension share one.

    A None span overlaps anything. Items join clusters most precise first; an item that overlaps
    two clusters (a year across two different days) stays alone rather than merging them.
    """
    order = sorted(range(len(spans)), key=lambda i: (sum(width(s) for s in spans[i]), i))
    clusters: list[tuple[Span | None, ...]] = []
    labels = [0] * len(spans)
    for i in order:
        fits = [k for k, c in enumerate(clusters) if all(map(overlap, c, spans[i]))]
        if len(fits) == 1:
            labels[i] = fits[0]
            clusters[fits[0]] = tuple(map(intersect, clusters[fits[0]], spans[i]))
        else:
            labels[i] = len(clusters)
            clusters.append(spans[i])
    return labels


def width(span: Span | None) -> int:
    return span.days if span else UNKNOWN_PERIOD_DAYS


def overlap(a: Span | None, b: Span | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def intersect(a: Span | None, b: Span | None) -> Span | None:
    return b if a is None else a if b is None else a & b


def group_labels(
    keys: Sequence[Hashable], spans: Callable[[int], tuple[Span | None, ...]]
) -> list[int]:
    """For each row, the position of the first row of its cluster: same key, overlapping spans.

    keys: one per row; spans(position): the row's spans, asked only for rows sharing a key.
    """
    first_of = list(range(len(keys)))
    groups: dict[Hashable, list[int]] = {}
    for position, key in enumerate(keys):
        groups.setdefault(key, []).append(position)
    for positions in groups.values():
        if len(positions) == 1:
            continue
        labels = cluster_overlapping([spans(p) for p in positions])
        leaders: dict[int, int] = {}
        for position, label in zip(positions, labels, strict=True):
            leaders.setdefault(label, position)
            first_of[position] = leaders[label]
    return first_of


# Figures -> facts ------------------------------------------------------------------------------


def with_fact_ids(figures: pd.DataFrame) -> pd.DataFrame:
    """figure rows with fact_id: occurrences of one fact in one article share their first id.

    Same fact: same article, value, value_max, unit, origin and destination, and periods that
    overlap ("2022" and "2022-12"); an empty period overlaps any.
    """
    figures = figures.sort_values(["article_id", "char_start"], kind="stable")
    figures = figures.reset_index(drop=True)
    starts, ends = figures["period_start"].tolist(), figures["period_end"].tolist()
    leaders = group_labels(
        figures.groupby(list(FACT_KEY), dropna=False, sort=False).ngroup().tolist(),
        lambda p: (span_of(starts[p]), span_of(ends[p])),
    )
    ids = figures["figure_id"].tolist()
    figures["fact_id"] = pd.Series([ids[p] for p in leaders], index=figures.index, dtype="str")
    return figures


def migration_facts(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per fact about people moving or working abroad: unit persons, flow or stock.

    Each fact is its first occurrence, with the most precise period of all its occurrences.
    """
    people = people_moving(figures)
    occurrences = people.groupby("fact_id", sort=False)["figure_id"]
    facts = people.drop_duplicates("fact_id").set_index("fact_id", drop=False)
    facts["period_start"] = most_precise(people, "period_start")
    facts["period_end"] = most_precise(people, "period_end")
    facts["n_occurrences"] = occurrences.size()
    facts["figure_ids"] = occurrences.agg(LIST_SEP.join)
    facts = facts.reset_index(drop=True)[columns_of("migration_figures")]
    return facts.sort_values(["article_id", "char_start"], kind="stable").reset_index(drop=True)


def people_moving(figures: pd.DataFrame) -> pd.DataFrame:
    """People moving or working abroad: persons, flow or stock, origin and destination differ."""
    domestic = (figures["origin"] != "") & (figures["origin"] == figures["destination"])
    return figures[
        (figures["unit"] == "persons") & figures["measure"].isin(["flow", "stock"]) & ~domestic
    ]


def most_precise(people: pd.DataFrame, column: str) -> pd.Series:
    """Per fact_id, the longest partial date of column (the first when several are as long)."""
    shortest_last = people.assign(length=-people[column].str.len())
    shortest_last = shortest_last.sort_values("length", kind="stable")
    return shortest_last.drop_duplicates("fact_id").set_index("fact_id")[column]


# Articles -> events ----------------------------------------------------------------------------


def merge_events(articles: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """One row per real-world event, and the event_id of each article.

    Articles report the same event when type and partners are the same and the dates overlap
    (a month or a year overlaps a day inside it). Undated or partnerless articles stay alone.
    """
    articles = articles.sort_values("article_id").reset_index(drop=True)
    rows = articles.to_dict("records")
    leaders = group_labels(
        [
            (r["event_type"], partner_set(r["event_partners"]))
            if mergeable(r)
            else ("alone", r["article_id"])
            for r in rows
        ],
        lambda p: (span_of(rows[p]["event_date"]),),
    )
    articles = articles.assign(event_id=[f"{articles.at[p, 'article_id']}:event" for p in leaders])
    return (
        event_rows(articles),
        dict(zip(articles["article_id"], articles["event_id"], strict=True)),
    )


def mergeable(article: dict) -> bool:
    return bool(article["event_partners"]) and span_of(article["event_date"]) is not None


def partner_set(cell: str) -> tuple[str, ...]:
    return tuple(sorted({code for code in cell.split(LIST_SEP) if code}))


def event_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per event_id of articles (sorted by article_id), in event_id order.

    The event takes date, type and partners from its article with the most precise date (then
    the first by article_id), and the first location given in that order.
    """
    widths = [width(span_of(d)) for d in articles["event_date"]]
    ranked = articles.assign(width=widths).sort_values(["event_id", "width"], kind="stable")
    events = ranked.drop_duplicates("event_id").set_index("event_id")
    located = ranked[ranked["location"] != ""].drop_duplicates("event_id")
    members = articles.groupby("event_id", sort=True)["article_id"]
    dates = events["event_date"]
    return pd.DataFrame(
        {
            "event_id": events.index,
            "event_date": dates,
            "date_precision": [precision_of(d) for d in dates],
            "year": [int(d[:4]) if span_of(d) else None for d in dates],
            "event_type": events["event_type"],
            "partners": [LIST_SEP.join(partner_set(p)) for p in events["event_partners"]],
            "location": located.set_index("event_id")["location"].reindex(events.index),
            "article_ids": members.agg(LIST_SEP.join),
            "n_articles": members.size(),
        },
        index=events.index,
    ).reset_index(drop=True)[columns_of("events")]


# Partner counts --------------------------------------------------------------------------------


def article_years(
    articles: pd.DataFrame, events: pd.DataFrame, event_of_article: dict[str, str]
) -> dict[str, int | None]:
    """Each article's year: its event's year, else its publication year, else None."""
    event_year = dict(zip(events["event_id"], events["year"], strict=True))
    years = {}
    for article_id, published in zip(
        articles["article_id"], articles["published_date"], strict=True
    ):
        year = event_year[event_of_article[article_id]]
        years[article_id] = published_year(published) if pd.isna(year) else int(year)
    return years


def partner_pairs(mentions: pd.DataFrame) -> pd.DataFrame:
    """The distinct (partner_code, article_id) of the mentions in the partner role."""
    pairs = mentions.loc[mentions["role"] == "partner", ["partner_code", "article_id"]]
    return pairs.drop_duplicates()


def count_partner_years(
    pairs: pd.DataFrame,
    years: dict[str, int | None],
    event_of_article: dict[str, str],
    catalogue: dict,
) -> tuple[pd.DataFrame, int]:
    """Events and articles per partner and year from partner_pairs; undated pairs counted."""
    pairs = pairs.assign(
        year=[years.get(a) for a in pairs["article_id"]],
        event_id=[event_of_article.get(a) for a in pairs["article_id"]],
    )
    undated = int(pairs["year"].isna().sum())
    counts = (
        pairs.dropna(subset=["year"])
        .groupby(["partner_code", "year"], sort=True)
        .agg(events=("event_id", "nunique"), articles=("article_id", "nunique"))
        .reset_index()
    )
    for field in ("name_vi", "name_en", "partner_kind"):
        counts[field] = [partner_field(catalogue, code, field) for code in counts["partner_code"]]
    return counts[columns_of("partner_year")], undated


def partner_field(catalogue: dict, code: str, field: str) -> str:
    partner = catalogue.get(code)
    return getattr(partner, field.replace("partner_", "")) if partner else ""


# Review ----------------------------------------------------------------------------------------


def review_table(rows: Iterable[tuple]) -> pd.DataFrame:
    """Rows a person should check first, each with the rule that flagged it, in row order."""
    review = pd.DataFrame(list(rows), columns=columns_of("review"))
    return review.sort_values(["table", "row_id", "rule"], kind="stable").reset_index(drop=True)


def dates_not_read(articles: pd.DataFrame) -> list[tuple]:
    return [
        ("articles", a.article_id, "date_not_read",
         f"basis={a.event_date_basis}; date={a.event_date}" if a.event_date else "no event date")
        for a in articles.itertuples() if a.event_date_basis != "text"
    ]  # fmt: skip


def figures_without_place(figures: pd.DataFrame) -> list[tuple]:
    """Facts about people moving or working abroad that lack an origin or a destination."""
    facts = people_moving(figures)
    facts = facts[(facts["fact_id"] == facts["figure_id"]) & (
        (facts["origin"] == "") | (facts["destination"] == ""))]  # fmt: skip
    details = (
        "origin=" + facts["origin"].replace("", "?") + "; destination="
        + facts["destination"].replace("", "?") + "; " + facts["span_text"]
    )  # fmt: skip
    return [
        ("figures", figure_id, "figure_without_place", detail)
        for figure_id, detail in zip(facts["figure_id"], details, strict=True)
    ]


def partners_seen_once(mentions: pd.DataFrame) -> list[tuple[str, tuple]]:
    """(partner code, review row) of each partner mentioned once in mentions."""
    counts = mentions["partner_code"].value_counts()
    once = mentions[mentions["partner_code"].map(counts) == 1]
    return [
        (m.partner_code,
         ("mentions", m.mention_id, "partner_seen_once", f"{m.partner_code}: {m.span_text}"))
        for m in once.itertuples()
    ]  # fmt: skip


def events_with_disagreeing_dates(events: pd.DataFrame, articles: pd.DataFrame) -> list[tuple]:
    date_of = dict(zip(articles["article_id"], articles["event_date"], strict=True))
    rows = []
    for event in events.itertuples():
        members = event.article_ids.split(LIST_SEP)
        if len({date_of[a] for a in members}) > 1:
            detail = "; ".join(f"{a}={date_of[a] or '?'}" for a in members)
            rows.append(("events", event.event_id, "event_dates_disagree", detail))
    return rows


# Filtering for the report ----------------------------------------------------------------------


def filter_tables(tables: Tables, params: Params) -> Tables:
    """The processed tables restricted to params' years and partners.

    Articles are kept when their year (event year, else publication year) is in range and, if
    partners are given, when one of them is a partner of the article. Tables of rows from
    articles follow the kept articles; partner_year, partners and mentions also keep only the
    partners asked for. review, skipped and corrections_log describe the whole run: unchanged.
    """
    kept = kept_articles(tables, params)
    return {name: in_scope(name, frame, kept, params) for name, frame in tables.items()}


def kept_articles(tables: Tables, params: Params) -> set[str]:
    """The article_ids filter_tables keeps (reads articles, events and, for partners, mentions)."""
    articles = tables["articles"]
    return set(articles.loc[article_filter(tables, params), "article_id"])


def in_scope(name: str, frame: pd.DataFrame, kept: set[str], params: Params) -> pd.DataFrame:
    """One processed table as filter_tables restricts it, given the kept article_ids."""
    if name in ("articles", "mentions", "figures", "migration_figures", "agreements",
                "reconciliation"):  # fmt: skip
        frame = rows_where(frame, frame["article_id"].isin(kept))
    elif name == "events":
        in_kept = frame["article_ids"].map(lambda ids: bool(kept & set(ids.split(LIST_SEP))))
        frame = rows_where(frame, in_kept)
    elif name == "partner_year":
        frame = rows_where(frame, in_years(frame["year"], params))
    if params.partners and name in ("partner_year", "partners", "mentions"):
        frame = rows_where(frame, frame["partner_code"].isin(params.partners))
    return frame


def article_filter(tables: Tables, params: Params) -> pd.Series:
    articles = tables["articles"]
    events = tables["events"]
    event_year = {
        a: y for ids, y in zip(events["article_ids"], events["year"], strict=True)
        for a in ids.split(LIST_SEP)
    }  # fmt: skip
    years = pd.Series(
        [
            event_year.get(a) if not pd.isna(event_year.get(a, pd.NA)) else published_year(p)
            for a, p in zip(articles["article_id"], articles["published_date"], strict=True)
        ],
        dtype="Int64",
    )
    keep = in_years(years, params)
    if params.partners:
        mentions = tables["mentions"]
        partnered = mentions[(mentions["role"] == "partner") & mentions["partner_code"].isin(
            params.partners)]  # fmt: skip
        keep &= articles["article_id"].isin(partnered["article_id"])
    return keep.astype(bool)


def published_year(published: str) -> int | None:
    return int(published[:4]) if span_of(published) else None


def in_years(years: pd.Series, params: Params) -> pd.Series:
    """True for years inside [start_year, end_year]; an unknown year passes only without bounds."""
    keep = pd.Series(True, index=years.index)
    if params.start_year is not None:
        keep &= (years >= params.start_year).fillna(False)
    if params.end_year is not None:
        keep &= (years <= params.end_year).fillna(False)
    return keep.astype(bool)


def rows_where(df: pd.DataFrame, mask: pd.Series) -> pd.DataFrame:
    return df[mask.astype(bool).to_numpy()].reset_index(drop=True)
