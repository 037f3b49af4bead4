"""The official record: the external deployments table validated, one official series per year,
and every migration figure of the news reconciled with it.

Source-picking rule (official_series.csv). A source is the rows of one source_url and period in a
year; one source gives the total and its destinations together, never a total from one release
and destinations from another. Sources are ranked by, in order: full year over partial (then the
longer part); gives the national total; splits it into more destinations; total without a hedge
word; total less rounded (fewer trailing zeros); gives the women count; source address, A to Z.

Reconciliation rule (reconciliation.csv). A figure is compared when it is a flow of workers
(official_metrics.csv) from Vietnam, in total or to one destination, over one whole calendar
year, and the official series has a full-year value for that year and destination. It is equal
to the official value, within its qualifier (qualifier_tolerances.csv) or different; every other
figure is not_compared, with the first reason that applies, in the order of NOT_COMPARED.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from vnlabour import i18n
from vnlabour.clean import Span, span_of, table_spec
from vnlabour.config import LIST_SEP, OFFICIAL_DEPLOYMENTS
from vnlabour.errors import ReferenceDataError, ValidationError
from vnlabour.params import Params
from vnlabour.reference import partner_catalogue, read_table
from vnlabour.validate import describe, table_schema

Tables = dict[str, pd.DataFrame]

OFFICIAL_NOTES = "data/external/official_deployments.md"
TOTAL = "ALL"  # destination of the national total in the external table
FULL_YEAR = "full year"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HOME = "VNM"  # the official series counts workers leaving Vietnam
NOT_COMPARED = (  # reasons, in the order they are tried
    "stock", "no_origin", "origin_not_vnm", "other_metric", "no_year", "multi_year",
    "partial_period", "no_official_value",
)  # fmt: skip
COMPARED = ("equal", "within_qualifier", "different")
FACT_COLUMNS = (  # columns of migration_figures.csv the reconciliation repeats
    "fact_id", "article_id", "value", "value_max", "qualifier", "metric", "origin",
    "destination", "measure", "period_start", "period_end",
)  # fmt: skip
NOT_MATCHED = {"official_column": "", "official_qualifier": "", "official_source": ""}
RATIO_DIGITS = 4  # ratio rounded so the CSV bytes do not depend on float noise


@dataclass(frozen=True)
class Tolerance:
    below: float  # fraction of the value the official one may lie under
    above: float  # fraction of the value (value_max for a range) it may lie over


# The external table ----------------------------------------------------------------------------


def read_deployments(path: Path = OFFICIAL_DEPLOYMENTS) -> pd.DataFrame:
    """The external table, typed and validated against its schema in table_metadata.json."""
    if not path.is_file():
        raise ReferenceDataError(
            f"{path}: missing; restore data/external/official_deployments.csv from git"
        )
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    columns = [c["name"] for c in table_spec("official_deployments")["columns"]]
    missing = [c for c in columns if c not in raw.columns]
    if missing:
        raise ValidationError(
            f"{path}: columns {', '.join(missing)} missing; the header must be {','.join(columns)}"
        )
    deployments = deployment_types(raw[columns], path)
    check_deployments(deployments, path)
    return deployments


def deployment_types(raw: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Integer columns as Int64; a cell that is not a whole number is an error naming its line."""
    out = raw.copy()
    for column in ("year", "workers", "women"):
        text = raw[column].str.strip()
        numbers = pd.to_numeric(text.mask(text == ""), errors="coerce")
        bad = (numbers.isna() & (text != "")) | (numbers % 1 > 0)
        if bad.any():
            row = int(bad.idxmax())
            raise ValidationError(
                f"{path} line {row + 2}: {column}={text[row]!r} is not a whole number; write it "
                "without separators (140000, not 140.000 or 140 nghìn)"
            )
        out[column] = numbers.astype("Int64")
    return out


def check_deployments(deployments: pd.DataFrame, path: Path) -> None:
    """The schema's rules (pandera, as for our tables), women <= workers, one value per source."""
    catalogue = {**partner_catalogue(), TOTAL: None}
    schema = table_schema("official_deployments", catalogue, (0, 0), {})
    problems = []
    try:
        schema.validate(deployments, lazy=True)
    except pa.errors.SchemaErrors as errors:
        problems = describe("official_deployments", deployments, errors.failure_cases)
    too_many_women = deployments["women"] > deployments["workers"]
    problems += [
        f"official_deployments.csv row {i + 1}: women > workers"
        for i in too_many_women[too_many_women.fillna(False)].index
    ]
    repeated = deployments.duplicated(["year", "destination", "period", "source_url"], keep=False)
    problems += [
        f"official_deployments.csv row {i + 1}: a second value for the same year, destination, "
        "period and source" for i in repeated[repeated].index
    ]  # fmt: skip
    if problems:
        more = f" ({len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ValidationError(
            f"{path}: {problems[0]}{more}; rows count from 1 after the header; fix the row as "
            f"{OFFICIAL_NOTES} describes"
        )


# The official series ---------------------------------------------------------------------------


def official_series(deployments: pd.DataFrame) -> pd.DataFrame:
    """Per year and destination, the chosen source's values with the others' beside them."""
    rows = []
    for year, in_year in deployments.groupby("year", sort=True):
        chosen = chosen_source(in_year)
        for destination in destinations_of(in_year):
            rows.append(series_row(int(year), destination, in_year, chosen))
    return pd.DataFrame(rows, columns=[c["name"] for c in table_spec("official_series")["columns"]])


def chosen_source(in_year: pd.DataFrame) -> tuple[str, str]:
    """(source_url, period) of the source the rule ranks first for one year."""
    sources = in_year.groupby(["source_url", "period"], sort=True)
    return min((key for key, _ in sources), key=lambda key: source_rank(sources.get_group(key)))


def source_rank(rows: pd.DataFrame) -> tuple:
    """The rule of the module docstring, as a sort key: smaller is better."""
    total = rows[rows["destination"] == TOTAL]
    has_total = not total.empty
    workers = int(total["workers"].iloc[0]) if has_total else 0
    return (
        -months_covered(rows["period"].iloc[0]),
        not has_total,
        -int((rows["destination"] != TOTAL).sum()),
        not has_total or total["qualifier"].iloc[0] != "exact",
        trailing_zeros(workers) if has_total else 0,
        not has_total or pd.isna(total["women"].iloc[0]),
        rows["source_url"].iloc[0],
    )


def months_covered(period: str) -> int:
    """12 for a full year, 10 for Jan-Oct."""
    if period == FULL_YEAR:
        return len(MONTHS)
    first, _, last = period.partition("-")
    return MONTHS.index(last) - MONTHS.index(first) + 1


def is_full_year(period: str) -> bool:
    return months_covered(period) == len(MONTHS)


def trailing_zeros(number: int) -> int:
    """How many zeros end the number: 140000 -> 4, 147387 -> 0."""
    text = str(abs(int(number)))
    return len(text) - len(text.rstrip("0")) if number else 0


def destinations_of(in_year: pd.DataFrame) -> list[str]:
    """The total first, then every destination any source gives, A to Z."""
    codes = set(in_year["destination"])
    return [TOTAL] * (TOTAL in codes) + sorted(codes - {TOTAL})


def series_row(year: int, destination: str, in_year: pd.DataFrame, chosen: tuple) -> dict:
    url, period = chosen
    rows = in_year[in_year["destination"] == destination]
    is_chosen = (rows["source_url"] == url) & (rows["period"] == period)
    value = rows[is_chosen].iloc[0] if is_chosen.any() else None
    same_period = rows.loc[rows["period"] == period, "workers"]
    others = rows[~is_chosen].sort_values(["period", "workers", "source_url"], kind="stable")
    return {
        "year": year,
        "destination": "" if destination == TOTAL else destination,
        "workers": None if value is None else value["workers"],
        "women": None if value is None else value["women"],
        "qualifier": "" if value is None else value["qualifier"],
        "period": period,
        "partial_year": not is_full_year(period),
        "chosen_source": url,
        "n_sources": len(rows),
        "min_workers": same_period.min() if len(same_period) else None,
        "max_workers": same_period.max() if len(same_period) else None,
        "alternatives": LIST_SEP.join(
            f"{r.workers} ({r.qualifier}, {r.period}, {r.source_url})" for r in others.itertuples()
        ),
    }


# Reconciliation --------------------------------------------------------------------------------


def reconcile(facts: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """One row per migration figure: compared with the official series, or why not."""
    official = {(int(row["year"]), row["destination"]): row for row in series.to_dict("records")}
    rows = [reconciled(fact, official) for fact in facts.to_dict("records")]
    columns = [c["name"] for c in table_spec("reconciliation")["columns"]]
    return pd.DataFrame(rows, columns=columns)


def reconciled(fact: dict, official: Mapping[tuple[int, str], dict]) -> dict:
    year = whole_year(fact)
    column = official_column(str(fact["metric"]))
    row = {**{key: fact.get(key) for key in FACT_COLUMNS}, "year": year}
    match = official.get((year, fact["destination"])) if year is not None else None
    value = None if match is None or match["partial_year"] else match[column or "workers"]
    reason = not_compared_reason(fact, year, column, value)
    if reason:
        return {**row, **NOT_MATCHED, "status": "not_compared", "reason": reason}
    low, high = allowed_range(fact)
    return {
        **row,
        "official_column": column,
        "official_value": value,
        "official_qualifier": match["qualifier"],
        "official_source": match["chosen_source"],
        "low": low,
        "high": high,
        "status": status_of(fact, int(value), low, high),
        "reason": "",
        "difference": float(fact["value"]) - int(value),
        "ratio": round(float(fact["value"]) / int(value), RATIO_DIGITS),
    }


def not_compared_reason(fact: dict, year: int | None, column: str, value: object) -> str:
    """The first reason of NOT_COMPARED that applies; '' when the figure can be compared."""
    span = figure_span(fact)
    reasons = {
        "stock": fact["measure"] != "flow",
        "no_origin": not fact["origin"],
        "origin_not_vnm": fact["origin"] != HOME,
        "other_metric": not column,
        "no_year": span is None,
        "multi_year": span is not None and span.first.year != span.last.year,
        "partial_period": year is None,
        "no_official_value": value is None or pd.isna(value),
    }
    return next((reason for reason in NOT_COMPARED if reasons[reason]), "")


def figure_span(fact: dict) -> Span | None:
    """The days from the start of the figure's period to its end; None without a period."""
    start = span_of(fact["period_start"] or fact["period_end"])
    end = span_of(fact["period_end"] or fact["period_start"])
    return None if start is None or end is None else Span(start.first, end.last)


def whole_year(fact: dict) -> int | None:
    """The calendar year the figure's period covers exactly, else None."""
    span = figure_span(fact)
    if span is None or span.first.year != span.last.year:
        return None
    year = span.first.year
    return year if (span.first, span.last) == (date(year, 1, 1), date(year, 12, 31)) else None


def official_column(metric: str) -> str:
    """workers or women: what the official table counts of this metric ('' for neither)."""
    nouns = {row["noun"]: row["column"] for row in read_table("official_metrics")}
    heads = [noun for noun in nouns if metric == noun or metric.startswith(f"{noun} ")]
    return nouns[max(heads, key=len)] if heads else ""


def allowed_range(fact: dict) -> tuple[float, float]:
    """The official values the figure's wording allows (qualifier_tolerances.csv)."""
    value = float(fact["value"])
    upper = value if pd.isna(fact["value_max"]) else float(fact["value_max"])
    tolerance = qualifier_tolerances().get(fact["qualifier"])
    if tolerance is None:
        raise ReferenceDataError(
            f"data/reference/qualifier_tolerances.csv: no row for qualifier "
            f"{fact['qualifier']!r}; add one with its below and above tolerances"
        )
    rounding = rounding_margin(value) if fact["qualifier"] == "exact" else 0.0
    return value * (1 - tolerance.below) - rounding, upper * (1 + tolerance.above) + rounding


def rounding_margin(value: float) -> float:
    """Half the place of the last non-zero digit of a whole number: 126000 -> 500, 7 -> 0."""
    zeros = trailing_zeros(int(value)) if float(value).is_integer() else 0
    return 10**zeros / 2 if zeros else 0.0


def status_of(fact: dict, official: int, low: float, high: float) -> str:
    if pd.isna(fact["value_max"]) and float(fact["value"]) == official:
        return "equal"
    return "within_qualifier" if low <= official <= high else "different"


@cache
def qualifier_tolerances() -> dict[str, Tolerance]:
    """data/reference/qualifier_tolerances.csv as {qualifier: Tolerance}."""
    tolerances = {}
    for row in read_table("qualifier_tolerances"):
        try:
            tolerance = Tolerance(float(row["below"]), float(row["above"]))
        except (TypeError, ValueError):
            tolerance = Tolerance(-1.0, -1.0)
        if not (0 <= tolerance.below < 1 and tolerance.above >= 0):
            raise ReferenceDataError(
                f"data/reference/qualifier_tolerances.csv, row {row['qualifier']!r}: below must "
                "be a fraction from 0 to under 1 and above one of 0 or more (0.05 = 5%)"
            )
        tolerances[row["qualifier"]] = tolerance
    return tolerances


# The report section ----------------------------------------------------------------------------


def reconciliation_in_scope(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The reconciliation rows of the articles the report's filters kept."""
    rows = tables["reconciliation"]
    return rows[rows["article_id"].isin(tables["articles"]["article_id"])].reset_index(drop=True)


def series_in_scope(tables: Mapping[str, pd.DataFrame], params: Params) -> pd.DataFrame:
    """The official series in the years asked for."""
    series = tables["official_series"]
    years = series["year"].astype(int)
    keep = pd.Series(True, index=series.index)
    if params.start_year is not None:
        keep &= years >= params.start_year
    if params.end_year is not None:
        keep &= years <= params.end_year
    return series[keep].reset_index(drop=True)


def record_sentences(tables: Mapping[str, pd.DataFrame], params: Params) -> list[str]:
    """What the official series is, which years are partial and where it comes from."""
    lang = params.lang
    totals = series_in_scope(tables, params)
    totals = totals[(totals["destination"] == "") & totals["workers"].notna()]
    if totals.empty:
        return [i18n.label("official_none", lang), i18n.label("official_source_note", lang)]
    partial = totals[totals["partial_year"].astype(bool)]
    sentences = [
        i18n.label(
            "official_lead",
            lang,
            first=int(totals["year"].min()),
            last=int(totals["year"].max()),
            largest=largest_year(totals, lang),
        )
    ]
    if not partial.empty:
        sentences.append(
            i18n.label(
                "official_partial",
                lang,
                years=", ".join(f"{r.year} ({r.period})" for r in partial.itertuples()),
            )
        )
    return [*sentences, i18n.label("official_rule", lang), i18n.label("official_source_note", lang)]


def largest_year(totals: pd.DataFrame, lang: str) -> str:
    full = totals[~totals["partial_year"].astype(bool)]
    top = full.sort_values(["workers", "year"], ascending=[False, True]).iloc[0]
    value = i18n.qualified(float(top["workers"]), str(top["qualifier"]), lang)
    return i18n.label("official_year_value", lang, year=int(top["year"]), value=value)


def reconciliation_sentences(tables: Mapping[str, pd.DataFrame], params: Params) -> list[str]:
    """How many figures were compared and how they fared; else why none could be."""
    lang = params.lang
    rows = reconciliation_in_scope(tables)
    if rows.empty:
        return [i18n.label("reconciliation_no_figures", lang)]
    statuses = rows["status"].value_counts()
    compared = int(sum(statuses.get(s, 0) for s in COMPARED))
    sentences = []
    if compared:
        sentences.append(
            i18n.label(
                "reconciliation_counts",
                lang,
                figures=i18n.count_label("noun.figure", len(rows), lang),
                compared=i18n.format_number(compared, lang),
                equal=i18n.format_number(int(statuses.get("equal", 0)), lang),
                within=i18n.format_number(int(statuses.get("within_qualifier", 0)), lang),
                different=i18n.format_number(int(statuses.get("different", 0)), lang),
            )
        )
    else:
        sentences.append(
            i18n.label(
                "reconciliation_none",
                lang,
                figures=i18n.count_label("noun.figure", len(rows), lang),
            )
        )
    reasons = rows.loc[rows["status"] == "not_compared", "reason"].value_counts()
    if not reasons.empty:
        listed = i18n.label("list.separator", lang).join(
            f"{i18n.label(f'reason.{reason}', lang)} ({i18n.format_number(int(n), lang)})"
            for reason, n in sorted(reasons.items(), key=lambda item: NOT_COMPARED.index(item[0]))
        )
        sentences.append(i18n.label("reconciliation_reasons", lang, reasons=listed))
    return sentences


def first_for_the_report(rows: pd.DataFrame, n: int) -> pd.DataFrame:
    """The n reconciliation rows a report table shows: compared figures first, then the largest
    values, then by fact_id."""
    order = rows.assign(
        _not_compared=rows["status"] == "not_compared", _value=rows["value"].astype(float)
    ).sort_values(["_not_compared", "_value", "fact_id"], ascending=[True, False, True])
    return order.head(n).drop(columns=["_not_compared", "_value"])


def reconciliation_frame(
    rows: pd.DataFrame, articles: pd.DataFrame, quotes: Mapping[str, str], lang: str
) -> pd.DataFrame:
    """Reconciliation rows as the report shows them, in fact_id order: figure, year, official
    value, status, quote ({fact_id: evidence}), article."""
    articles = articles.set_index("article_id")
    shown = [
        {
            i18n.label("col_figure", lang): i18n.qualified(
                float(r["value"]), str(r["qualifier"]), lang, none_if_missing(r["value_max"])
            ),
            i18n.label("col_year", lang): "" if pd.isna(r["year"]) else str(int(r["year"])),
            i18n.label("col_destination", lang): destination_name(r["destination"], lang),
            i18n.label("col_official", lang): official_text(r, lang),
            i18n.label("col_status", lang): status_text(r, lang),
            i18n.label("col_quote", lang): quotes.get(r["fact_id"], ""),
            i18n.label("col_article", lang): article_text(articles, r["article_id"]),
            "url": str(articles.at[r["article_id"], "source_url"] or ""),
        }
        for _, r in rows.sort_values("fact_id", kind="stable").iterrows()
    ]
    columns = ["col_figure", "col_year", "col_destination", "col_official", "col_status"]
    columns = [i18n.label(c, lang) for c in (*columns, "col_quote", "col_article")]
    return pd.DataFrame(shown, columns=[*columns, "url"])


def none_if_missing(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def destination_name(code: str, lang: str) -> str:
    return i18n.partner_name(code, lang) if code else i18n.label("official.total", lang)


def official_text(row: pd.Series, lang: str) -> str:
    if pd.isna(row["official_value"]):
        return ""
    return i18n.qualified(float(row["official_value"]), str(row["official_qualifier"]), lang)


def status_text(row: pd.Series, lang: str) -> str:
    """'equal', 'different: +4,000 (+2.5%)', 'not compared: a stock...'."""
    status = i18n.label(f"status.{row['status']}", lang)
    if row["status"] == "not_compared":
        return f"{status}: {i18n.label('reason.' + row['reason'], lang)}"
    if row["status"] == "equal":
        return status
    sign = "+" if float(row["difference"]) > 0 else ""
    percent = i18n.format_number(round((float(row["ratio"]) - 1) * 100, 1), lang)
    difference = i18n.format_number(float(row["difference"]), lang)
    return f"{status}: {sign}{difference} ({sign}{percent}%)"


def article_text(articles: pd.DataFrame, article_id: str) -> str:
    title = str(articles.at[article_id, "title"] or article_id)
    outlet = str(articles.at[article_id, "outlet"] or "")
    return f"{title} ({outlet})" if outlet else title
