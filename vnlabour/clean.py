"""Interim tables -> processed tables: row ids, hand corrections, facts, merged events, counts.

Every table is a DataFrame whose columns and types follow data/reference/table_metadata.json.
"""

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import pandas as pd

from vnlabour.config import LIST_SEP, REFERENCE
from vnlabour.errors import CorrectionError, InterimTableError
from vnlabour.params import Params
from vnlabour.reference import read_table

Tables = dict[str, pd.DataFrame]

INTERIM_TABLES = ("articles", "mentions", "figures", "agreements", "skipped")
CORRECTABLE = {"articles": "article_id", "mentions": "mention_id", "figures": "figure_id",
               "agreements": "agreement_id"}  # fmt: skip
CORRECTION_COLUMNS = ("action", "table", "row_id", "field", "value", "reason")
DERIVED_COLUMNS = ("mention_id", "figure_id", "agreement_id", "fact_id")  # made by this stage
DTYPES = {"string": "str", "integer": "Int64", "number": "Float64", "boolean": "boolean"}
UNKNOWN_PERIOD_DAYS = 10**6  # an empty period sorts after every real one when clustering
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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
    interim_dir: Path, corrections_path: Path, catalogue: dict
) -> tuple[Tables, CleanLog]:
    """Every processed table from the interim tables, with the hand corrections applied."""
    from vnlabour.official import official_tables  # it builds on this module's helpers

    # Load inputs.
    interim = read_interim(interim_dir)
    corrections = read_corrections(corrections_path)
    # Process data.
    rows = {name: with_row_id(df, name) for name, df in interim.items()}
    rows, corrections_log, stale = apply_corrections(rows, corrections)
    rows = {name: in_text_order(typed(df, name)) for name, df in rows.items()}
    events, event_of_article = merge_events(rows["articles"])
    figures = with_fact_ids(rows["figures"])
    years = article_years(rows["articles"], events, event_of_article)
    partner_year, undated = count_partner_years(
        rows["mentions"], years, event_of_article, catalogue
    )
    tables = {
        "articles": rows["articles"],
        "events": events,
        "partner_year": partner_year,
        "mentions": rows["mentions"],
        "figures": figures,
        "migration_figures": migration_facts(figures),
        "agreements": rows["agreements"],
        "skipped": rows["skipped"],
        "corrections_log": corrections_log,
    }
    tables["review"] = review_rows(tables, rows["articles"])
    tables.update(official_tables(tables["migration_figures"]))
    tables = {name: typed(tables[name], name) for name in table_names()}
    return tables, CleanLog(int((corrections_log["status"] == "applied").sum()), stale, undated)


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


def read_interim(interim_dir: Path) -> Tables:
    """The five interim CSV tables as text, '' for empty cells."""
    tables = {}
    for name in INTERIM_TABLES:
        path = interim_dir / f"{name}.csv"
        if not path.is_file():
            raise InterimTableError(f"{path}: missing; run `python -m vnlabour extract` first")
        tables[name] = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = [c for c in interim_columns(name) if c not in tables[name].columns]
        if missing:
            raise InterimTableError(
                f"{path}: columns {', '.join(missing)} missing; re-run `python -m vnlabour extract`"
            )
    return tables


def with_row_id(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Adds the table's id column (article_id:char_start for rows from a span) in first place."""
    key = id_column(name)
    if key in df.columns:
        return df
    ids = df["article_id"] + ":" + df["char_start"] if len(df) else pd.Series([], dtype="str")
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


def apply_corrections(
    rows: Tables, corrections: Sequence[Correction]
) -> tuple[Tables, pd.DataFrame, tuple[str, ...]]:
    """The tables with each correction applied in file order, the log, and stale warnings."""
    rows = dict(rows)
    log, stale = [], []
    for c in corrections:
        applied = apply_correction(rows, c)
        if not applied:
            stale.append(
                f"{c.where}: {c.action} {c.table} {c.row_id}: "
                + ("row already exists" if c.action == "add" else "row not found")
                + "; update or remove the correction"
            )
        status = "applied" if applied else "stale"
        log.append((c.action, c.table, c.row_id, c.field, c.value, c.reason, status))
    return rows, pd.DataFrame(log, columns=[*CORRECTION_COLUMNS, "status"]), tuple(stale)


def apply_correction(rows: Tables, c: Correction) -> bool:
    """Applies one correction to rows in place; False when it is stale."""
    df, key = rows[c.table], CORRECTABLE[c.table]
    present = df[key] == c.row_id
    if c.action == "add" and not present.any():
        added = pd.DataFrame([{key: c.row_id, **new_row(c, c.where)}], dtype="str")
        rows[c.table] = pd.concat([df, added], ignore_index=True)
        return True
    if c.action == "set" and present.any():
        df = df.copy()
        df.loc[present, c.field] = c.value
        rows[c.table] = df
        return True
    if c.action == "delete" and present.any():
        rows[c.table] = df[~present].reset_index(drop=True)
        return True
    return False


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
    df: pd.DataFrame,
    key: Callable[[dict], Hashable],
    spans: Callable[[dict], tuple[Span | None, ...]],
) -> list[int]:
    """For each row, the position of the first row of its cluster: same key, overlapping spans."""
    rows = df.to_dict("records")
    first_of = [0] * len(rows)
    groups: dict[Hashable, list[int]] = {}
    for position, row in enumerate(rows):
        groups.setdefault(key(row), []).append(position)
    for positions in groups.values():
        labels = cluster_overlapping([spans(rows[p]) for p in positions])
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
    leaders = group_labels(
        figures,
        fact_key,
        lambda r: (span_of(r["period_start"]), span_of(r["period_end"])),
    )
    ids = figures["figure_id"].tolist()
    figures["fact_id"] = [ids[p] for p in leaders]
    return figures


def fact_key(figure: dict) -> tuple:
    value_max = None if pd.isna(figure["value_max"]) else float(figure["value_max"])
    return (figure["article_id"], float(figure["value"]), value_max, figure["unit"],
            figure["origin"], figure["destination"])  # fmt: skip


def migration_facts(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per fact about people moving or working abroad: unit persons, flow or stock."""
    people = people_moving(figures)
    rows = []
    for _, occurrences in people.groupby("fact_id", sort=True):
        first = occurrences.iloc[0].to_dict()
        first["period_start"] = most_precise(occurrences["period_start"])
        first["period_end"] = most_precise(occurrences["period_end"])
        first["n_occurrences"] = len(occurrences)
        first["figure_ids"] = LIST_SEP.join(occurrences["figure_id"])
        rows.append(first)
    facts = pd.DataFrame(rows, columns=columns_of("migration_figures"))
    return facts.sort_values(["article_id", "char_start"], kind="stable").reset_index(drop=True)


def people_moving(figures: pd.DataFrame) -> pd.DataFrame:
    """People moving or working abroad: persons, flow or stock, origin and destination differ."""
    domestic = (figures["origin"] != "") & (figures["origin"] == figures["destination"])
    return figures[
        (figures["unit"] == "persons") & figures["measure"].isin(["flow", "stock"]) & ~domestic
    ]


def most_precise(dates: pd.Series) -> str:
    """The longest partial date of the list (the first when several are as long)."""
    return max(dates, key=len, default="")


# Articles -> events ----------------------------------------------------------------------------


def merge_events(articles: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """One row per real-world event, and the event_id of each article.

    Articles report the same event when type and partners are the same and the dates overlap
    (a month or a year overlaps a day inside it). Undated or partnerless articles stay alone.
    """
    articles = articles.sort_values("article_id").reset_index(drop=True)
    leaders = group_labels(
        articles,
        lambda r: (
            (r["event_type"], partner_set(r["event_partners"]))
            if mergeable(r)
            else ("alone", r["article_id"])
        ),
        lambda r: (span_of(r["event_date"]),),
    )
    articles = articles.assign(event_id=[f"{articles.at[p, 'article_id']}:event" for p in leaders])
    events = [event_row(event_id, group) for event_id, group in articles.groupby("event_id")]
    return (
        pd.DataFrame(events, columns=columns_of("events")),
        dict(zip(articles["article_id"], articles["event_id"], strict=True)),
    )


def mergeable(article: dict) -> bool:
    return bool(article["event_partners"]) and span_of(article["event_date"]) is not None


def partner_set(cell: str) -> tuple[str, ...]:
    return tuple(sorted({code for code in cell.split(LIST_SEP) if code}))


def event_row(event_id: str, group: pd.DataFrame) -> dict:
    group = group.assign(width=[width(span_of(d)) for d in group["event_date"]])
    group = group.sort_values(["width", "article_id"], kind="stable")
    event_date = group["event_date"].iloc[0]
    locations = [loc for loc in group["location"] if loc]
    return {
        "event_id": event_id,
        "event_date": event_date,
        "date_precision": precision_of(event_date),
        "year": int(event_date[:4]) if span_of(event_date) else None,
        "event_type": group["event_type"].iloc[0],
        "partners": LIST_SEP.join(partner_set(group["event_partners"].iloc[0])),
        "location": locations[0] if locations else "",
        "article_ids": LIST_SEP.join(sorted(group["article_id"])),
        "n_articles": len(group),
    }


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


def count_partner_years(
    mentions: pd.DataFrame,
    years: dict[str, int | None],
    event_of_article: dict[str, str],
    catalogue: dict,
) -> tuple[pd.DataFrame, int]:
    """Events and articles per partner and year from partner-role mentions; undated ones counted."""
    pairs = mentions.loc[mentions["role"] == "partner", ["partner_code", "article_id"]]
    pairs = pairs.drop_duplicates()
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


def review_rows(tables: Tables, articles: pd.DataFrame) -> pd.DataFrame:
    """Rows a person should check first, each with the rule that flagged it."""
    rows = [
        *dates_not_read(articles),
        *figures_without_place(tables["figures"]),
        *partners_seen_once(tables["mentions"]),
        *events_with_disagreeing_dates(tables["events"], articles),
    ]
    review = pd.DataFrame(rows, columns=columns_of("review"))
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
    facts = facts[facts["fact_id"] == facts["figure_id"]]
    return [
        ("figures", f.figure_id, "figure_without_place",
         f"origin={f.origin or '?'}; destination={f.destination or '?'}; {f.span_text}")
        for f in facts.itertuples() if not (f.origin and f.destination)
    ]  # fmt: skip


def partners_seen_once(mentions: pd.DataFrame) -> list[tuple]:
    counts = Counter(mentions["partner_code"])
    return [
        ("mentions", m.mention_id, "partner_seen_once", f"{m.partner_code}: {m.span_text}")
        for m in mentions.itertuples() if counts[m.partner_code] == 1
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
    articles = tables["articles"]
    keep = article_filter(tables, params)
    kept = set(articles.loc[keep, "article_id"])
    out = dict(tables)
    out["articles"] = articles[keep].reset_index(drop=True)
    for name in ("mentions", "figures", "migration_figures", "agreements", "reconciliation"):
        out[name] = rows_where(tables[name], tables[name]["article_id"].isin(kept))
    out["events"] = rows_where(
        tables["events"],
        tables["events"]["article_ids"].map(lambda ids: bool(kept & set(ids.split(LIST_SEP)))),
    )
    out["partner_year"] = rows_where(
        tables["partner_year"], in_years(tables["partner_year"]["year"], params)
    )
    for name in ("partner_year", "partners", "mentions"):
        if params.partners and name in out:
            out[name] = rows_where(out[name], out[name]["partner_code"].isin(params.partners))
    return out


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
