"""The schemas of the processed tables (pandera), and their error messages.

Types, required cells, allowed values and ranges come from data/reference/table_metadata.json;
partner codes from the partner catalogue. A violation raises one ValidationError that names the
table, the row id and the rule.
"""

from collections.abc import Callable, Mapping

import pandas as pd
import pandera.pandas as pa

from vnlabour.clean import Tables, enum_values, span_of, table_names, table_spec
from vnlabour.config import LIST_SEP
from vnlabour.errors import ValidationError

FIX_HINT = (
    "fix the extractor, or correct the row (or the rows it comes from) in "
    "data/annotations/corrections.csv"
)
PANDERA_RULES = {
    "field_uniqueness": "ids must be unique",
    "multiple_fields_uniqueness": "ids must be unique",
    "not_nullable": "required: must not be empty",
    "column_in_dataframe": "column missing",
    "column_in_schema": "unexpected column",
    "dtype": "wrong type",
}


def validate_tables(tables: Tables, catalogue: Mapping[str, object]) -> None:
    """None, or a ValidationError for the first broken rule (and how many more there are)."""
    checker = Checker(catalogue, tables["articles"])
    for name, df in tables.items():
        checker.check(name, df)
    checker.raise_problems()


class Checker:
    """Validates tables, whole or a chunk of rows at a time, and keeps their problems."""

    def __init__(self, catalogue: Mapping[str, object], articles: pd.DataFrame) -> None:
        self.catalogue = catalogue
        self.context = {"articles": articles}
        self.years = corpus_years(articles)
        self.schemas: dict[str, pa.DataFrameSchema] = {}
        self.problems: dict[str, list[str]] = {}

    def check(self, name: str, df: pd.DataFrame) -> None:
        """Notes the problems of df, rows of table name (ids are checked unique within df)."""
        if name not in self.schemas:
            self.schemas[name] = table_schema(name, self.catalogue, self.years, self.context)
        try:
            self.schemas[name].validate(df, lazy=True)
        except pa.errors.SchemaErrors as errors:
            self.problems.setdefault(name, []).extend(describe(name, df, errors.failure_cases))

    def raise_problems(self) -> None:
        """A ValidationError naming the first problem, tables in metadata order, if there is one."""
        order = {name: n for n, name in enumerate(table_names())}
        names = sorted(self.problems, key=lambda name: order.get(name, len(order)))
        problems = [line for name in names for line in self.problems[name]]
        if problems:
            more = f" ({len(problems) - 1} more problems)" if len(problems) > 1 else ""
            raise ValidationError(f"{problems[0]}{more}; {FIX_HINT}")


def table_schema(
    name: str, catalogue: Mapping[str, object], years: tuple[int, int], tables: Tables
) -> pa.DataFrameSchema:
    spec = table_spec(name)
    key = spec.get("primary_key", [])
    columns = {
        column["name"]: pa.Column(
            {"string": str, "integer": "Int64", "number": "Float64", "boolean": "boolean"}[
                column["type"]
            ],
            column_checks(column, catalogue, years),
            nullable=column["type"] == "string" or not column.get("required", False),
            unique=key == [column["name"]],
        )
        for column in spec["columns"]
    }
    return pa.DataFrameSchema(
        columns,
        checks=table_checks(name, tables),
        unique=key if len(key) > 1 else None,
        strict=True,
        ordered=True,
    )


def column_checks(
    column: dict, catalogue: Mapping[str, object], years: tuple[int, int]
) -> list[pa.Check]:
    """The rules of one column, each named by what it asks for."""
    checks = []
    if column.get("required") and column["type"] == "string":
        checks.append(pa.Check(lambda s: s != "", error="required: must not be empty"))
    allowed = allowed_values(column, catalogue)
    if allowed is not None:
        checks.append(
            pa.Check(
                lambda s: (s == "") | s.isin(allowed),
                error=f"must be one of the {column.get('enum')} values: {', '.join(allowed)}"
                if column.get("enum") != "partner"
                else "partner code not in the partner catalogue (data/reference)",
            )
        )
    if column.get("list_of") == "partner":
        checks.append(
            pa.Check(
                each_distinct(
                    lambda cell: all(code in catalogue for code in cell.split(LIST_SEP) if code)
                ),
                error="partner code not in the partner catalogue (data/reference)",
            )
        )
    if column.get("format") == "partial_date":
        checks.append(
            pa.Check(
                each_distinct(lambda cell: cell == "" or span_of(cell) is not None),
                error="must be a date: YYYY-MM-DD, YYYY-MM, YYYY or empty",
            )
        )
    if "pattern" in column:
        checks.append(
            pa.Check.str_matches(column["pattern"], error=f"must match {column['pattern']}")
        )
    if "minimum" in column:
        checks.append(pa.Check.ge(column["minimum"], error=f"must be {column['minimum']} or more"))
    if column.get("year_range"):
        checks.append(
            pa.Check.in_range(*years, error=f"year outside the corpus' years {years[0]}-{years[1]}")
        )
    return checks


def each_distinct(rule: Callable[[str], bool]) -> Callable[[pd.Series], pd.Series]:
    """A check of every cell by rule, which sees each distinct value once."""

    def check(cells: pd.Series) -> pd.Series:
        return cells.map({value: rule(value) for value in cells.unique()}).astype(bool)

    return check


def allowed_values(column: dict, catalogue: Mapping[str, object]) -> list[str] | None:
    enum = column.get("enum")
    if enum is None:
        return None
    return sorted(catalogue) if enum == "partner" else enum_values(enum)


def table_checks(name: str, tables: Tables) -> list[pa.Check]:
    """Rules across columns: spans point inside their article, rows point to known articles."""
    columns = [c["name"] for c in table_spec(name)["columns"]]
    checks = []
    if "char_start" in columns:
        checks.append(
            pa.Check(
                lambda df: (df["char_end"] > df["char_start"]).fillna(False),
                error="evidence: char_end must be greater than char_start",
            )
        )
    if "article_id" in columns and name != "articles":
        length_of = dict(
            zip(tables["articles"]["article_id"], tables["articles"]["n_chars"], strict=True)
        )
        checks.append(
            pa.Check(
                lambda df: df["article_id"].isin(list(length_of)),
                error="article_id not in articles.csv",
            )
        )
        if "char_end" in columns:
            checks.append(
                pa.Check(
                    within_article(length_of),
                    error="evidence: char_end beyond the end of the article text",
                )
            )
    return checks


def within_article(length_of: dict) -> Callable[[pd.DataFrame], pd.Series]:
    def check(df: pd.DataFrame) -> pd.Series:
        limits = df["article_id"].map(length_of).astype("Int64")
        return (df["char_end"] <= limits).fillna(True).astype(bool)

    return check


def corpus_years(articles: pd.DataFrame) -> tuple[int, int]:
    """First and last year of any publication or event date in articles.csv."""
    spans = [span_of(d) for d in [*articles["published_date"], *articles["event_date"]]]
    years = [s.first.year for s in spans if s]
    return (min(years), max(years)) if years else (0, 0)


def describe(name: str, df: pd.DataFrame, failures: pd.DataFrame) -> list[str]:
    """One readable line per failure: table, row id, column, value and rule."""
    failures = failures.assign(order=failures["index"].map(lambda i: -1 if pd.isna(i) else i))
    failures = failures.sort_values(["order", "column"], kind="stable", na_position="first")
    lines = []
    seen = set()
    for failure in failures.itertuples():
        rule = PANDERA_RULES.get(str(failure.check), str(failure.check))
        row = row_label(name, df, failure.index)
        if (row, rule) in seen:
            continue
        seen.add((row, rule))
        cell = (
            f" {failure.column}={plain(failure.failure_case)!r}"
            if failure.schema_context == "Column"
            else ""
        )
        lines.append(f"{name}.csv {row}:{cell} breaks rule '{rule}'")
    return lines


def plain(value: object) -> object:
    """A numpy scalar as the Python value it holds, so messages read 1999, not np.int64(1999)."""
    return value.item() if hasattr(value, "item") else value


def row_label(name: str, df: pd.DataFrame, index: object) -> str:
    """'row <id>' for a row of df, or 'table' for a failure of the whole table."""
    if index is None or pd.isna(index):
        return "table"
    key = table_spec(name).get("primary_key")
    if not key:
        return f"row {int(index) + 1}"
    return "row " + ":".join(str(df.at[index, k]) for k in key)
