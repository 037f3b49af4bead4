"""Processed tables -> figures: one function per chart, each writing <name>.svg, .png and .csv.

Every chart reads only processed tables (already filtered by vnlabour.clean.filter_tables) and
restricts what it plots to the years and partners of the parameters again, on the dimension it
plots. Nothing to plot is not an error: the Chart says why (empty_reason) and no image is written.
"""

import functools
import math
import re
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from cycler import cycler
from matplotlib import dates as mdates
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator

from vnlabour.config import LIST_SEP
from vnlabour.errors import PresentationError
from vnlabour.i18n import (
    count_label,
    format_date,
    format_number,
    label,
    label_keys,
    parse_iso,
    partner_name,
    qualified,
)
from vnlabour.params import Params
from vnlabour.tables import write_frame

Tables = dict[str, pd.DataFrame]

DPI = 150
FONT = "DejaVu Sans"  # ships with matplotlib and has every Vietnamese letter; the only family
# Okabe & Ito (2008), "Color Universal Design": categories stay apart for colour-blind readers.
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
OTHER_GREY = "#9a9a9a"
CLIP_ID = re.compile(r'(?<=<clipPath id=")p[0-9a-f]{10}(?=")|(?<=url\(#)p[0-9a-f]{10}(?=\))')
TEXT_GREY = "#404040"
HEATMAP_COLOURS = "cividis_r"  # light for few events, dark blue for many
EMPTY_CELL = "#f0f0f0"  # heatmap cells with no event
MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*")
STYLE = {
    "svg.hashsalt": "vnlabour",  # fixed ids: the same figure gives the same SVG bytes
    "svg.fonttype": "path",  # glyphs drawn as paths: no font needed to view the SVG
    "font.family": [FONT],
    "font.size": 9,
    "text.parse_math": False,  # a "$" in an outlet name or a quote is a dollar sign
    "axes.titlesize": 9,
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.frameon": False,
    "axes.edgecolor": TEXT_GREY,
    "axes.labelcolor": TEXT_GREY,
    "xtick.color": TEXT_GREY,
    "ytick.color": TEXT_GREY,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": cycler(color=OKABE_ITO),
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
}
WIDTH = 6.3  # inches: the text width of an A4 page, so the print size is the drawn size
SIZES = {  # (width, height) in inches, fixed per chart
    "cooperation_frequency": (WIDTH, 4.8),
    "partner_year_heatmap": (WIDTH, 4.8),
    "migration_figures": (WIDTH, 7.2),
    "timeline": (WIDTH, 4.8),
    "coverage": (WIDTH, 4.4),
    "official_series": (WIDTH, 4.8),
}
MARGIN = 0.12  # inches around the header and footer text
HEADER = 0.72  # inches above the plot: title and subtitle
LINE = 0.16  # inches per footer line (8 pt)
LEGEND_ROW = 0.22  # inches per legend row (8 pt text, markers)
WRAP = 100  # characters per footer line at 8 pt across WIDTH
MIGRATION_MAX_BARS = 8  # per panel, so two-line labels stay readable at the fixed size
HEATMAP_MAX_ANNOTATED_YEARS = 16  # wider grids are too narrow to print a number in each cell
HEATMAP_MAX_COLUMNS = 16  # beyond, the quiet years at either end are summed into one column each
OFFICIAL_MAIN_DESTINATIONS = 3  # destinations drawn beside the total, the largest first
OFFICIAL_MAX_SERIES = len(OKABE_ITO)  # lines at most, so no two share a colour


@dataclass(frozen=True)
class Chart:
    name: str  # file stem under the figures folder, e.g. "cooperation_frequency"
    title: str  # in the report language
    alt: str  # alt text for the report, in the report language, built from the data
    data: pd.DataFrame  # exactly the data plotted (written as <name>.csv)
    files: tuple[Path, ...]  # the files written: <name>.svg, <name>.png, <name>.csv
    empty_reason: str  # "" when drawn; else why nothing was drawn (then only the CSV is written)


@dataclass(frozen=True)
class Heading:
    """The words around a plot: title, subtitle (N and the period) and footer notes."""

    title: str
    subtitle: str
    notes: tuple[str, ...]  # the last one names the source


def heading(title: str, subtitle: str, notes: Iterable[str], lang: str) -> Heading:
    return Heading(title, subtitle, (*notes, label("source.line", lang)))


FREQUENCY_COLUMNS = ("partner_code", "partner", "events", "articles")
HEATMAP_COLUMNS = ("partner_code", "partner", "year", "events")
MIGRATION_COLUMNS = (
    "fact_id", "article_id", "measure", "origin", "destination", "corridor", "period", "value",
    "value_max", "qualifier", "value_label", "source",
)  # fmt: skip
TIMELINE_COLUMNS = (
    "partner_code", "partner", "event_id", "event_type", "event_type_label", "event_date",
    "date_precision", "start", "end", "agreement_signed",
)  # fmt: skip
EVENT_ROW_COLUMNS = (
    "partner_code", "event_id", "event_type", "event_date", "date_precision", "start", "end",
    "agreement_signed",
)  # fmt: skip
COVERAGE_COLUMNS = ("year", "outlet", "articles")


def cooperation_frequency(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """Distinct events and articles per partner (partner role), the top_n partners, most first."""
    # Load inputs.
    partner_year = selected_partner_years(tables, params)
    lang = params.lang
    title = label("frequency.title", lang)
    # Process data.
    data = frequency_data(partner_year, params)
    if data.empty:
        return empty_chart(
            "cooperation_frequency", title, label("frequency.empty", lang), data, out_dir
        )
    period = period_text(partner_year["year"], params)
    header = heading(
        title, sample_line(tables, period, lang), [label("frequency.note", lang)], lang
    )
    alt = label(
        "frequency.alt",
        lang,
        shown=count_label("noun.partner", len(data), lang),
        period=period,
        leaders=frequency_leaders(data, lang),
    )
    # Save outputs.
    return drawn_chart("cooperation_frequency", header, alt, data, draw_frequency, lang, out_dir)


def partner_year_heatmap(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """Events per partner and year (partner role), the top_n partners, every year of the period."""
    # Load inputs.
    partner_year = selected_partner_years(tables, params)
    lang = params.lang
    title = label("heatmap.title", lang)
    # Process data.
    data = heatmap_data(partner_year, params)
    if data.empty:
        return empty_chart(
            "partner_year_heatmap", title, label("heatmap.empty", lang), data, out_dir
        )
    period = period_text(partner_year["year"], params)
    single = [year for year in data["year"].unique() if not isinstance(year, str)]
    notes = [label("frequency.note", lang)]
    if len(single) < data["year"].nunique():  # some columns sum several years
        notes.append(label("heatmap.folded", lang, first=min(single), last=max(single)))
    header = heading(title, sample_line(tables, period, lang), notes, lang)
    top = data[data["events"] == data["events"].max()]
    cells = [label("heatmap.cell", lang, partner=r.partner, year=r.year) for r in top.itertuples()]
    alt = label(
        "heatmap.alt",
        lang,
        shown=count_label("noun.partner", data["partner"].nunique(), lang),
        period=period,
        events=count_label("noun.event", top["events"].iloc[0], lang),
        cells=first_of(cells, lang),
    )
    # Save outputs.
    return drawn_chart("partner_year_heatmap", header, alt, data, draw_heatmap, lang, out_dir)


def migration_figures(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """People figures by corridor, one bar per fact, flows and stocks in separate panels."""
    # Load inputs.
    facts = table(tables, "migration_figures", (
        "fact_id", "article_id", "value", "value_max", "qualifier", "origin", "destination",
        "measure", "period_start", "period_end",
    ))  # fmt: skip
    articles = table(tables, "articles", ("article_id", "outlet", "published_date"))
    lang = params.lang
    title = label("migration.title", lang)
    # Process data.
    facts = selected_facts(facts, articles, params)
    data = migration_data(facts, articles, params)
    if data.empty:
        return empty_chart(
            "migration_figures", title, label("migration.empty", lang), data, out_dir
        )
    period = period_text(facts["year"], params)
    n_articles = count_label("noun.article", data["article_id"].nunique(), lang)
    subtitle = label(
        "sample.figures_articles",
        lang,
        period=period,
        articles=n_articles,
        figures=count_label("noun.figure", len(data), lang),
    )
    header = heading(
        title, subtitle, [label("migration.note", lang), *signs_note(data, lang)], lang
    )
    largest = data.sort_values(["value", "fact_id"], ascending=[False, True], kind="stable").iloc[0]
    alt = label(
        "migration.alt",
        lang,
        figures=count_label("noun.figure", len(data), lang),
        period=period,
        top=label(
            "migration.top",
            lang,
            corridor=largest["corridor"],
            value=largest["value_label"],
            source=largest["source"],
        ),
    )
    # Save outputs.
    return drawn_chart("migration_figures", header, alt, data, draw_migration, lang, out_dir)


def timeline(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """Dated cooperation events by partner over time, marked by event type and by signing."""
    # Load inputs.
    events = table(tables, "events", (
        "event_id", "event_date", "date_precision", "event_type", "partners", "article_ids",
    ))  # fmt: skip
    agreements = table(tables, "agreements", ("article_id", "signed_here"))
    lang = params.lang
    title = label("timeline.title", lang)
    # Process data.
    rows = event_partner_rows(events, agreements, params)
    data = timeline_data(rows, params)
    if data.empty:
        return empty_chart("timeline", title, label("timeline.empty", lang), data, out_dir)
    undated = rows.loc[rows["start"] == "", "event_id"].nunique()
    notes = (label("timeline.undated", lang, events=count_label("noun.event", undated, lang)),)
    period = period_text(pd.Series([int(s[:4]) for s in data["start"]]), params)
    header = heading(title, sample_line(tables, period, lang), notes if undated else (), lang)
    alt = label(
        "timeline.alt",
        lang,
        events=count_label("noun.event", data["event_id"].nunique(), lang),
        partners=count_label("noun.partner", data["partner_code"].nunique(), lang),
        period=period,
        types=type_counts(data, lang),
    )
    # Save outputs.
    return drawn_chart("timeline", header, alt, data, draw_timeline, lang, out_dir)


def coverage(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """Articles per publication year and outlet: frequency measures press coverage."""
    # Load inputs.
    articles = table(tables, "articles", ("article_id", "outlet", "published_date"))
    lang = params.lang
    title = label("coverage.title", lang)
    # Process data.
    articles = articles.assign(year=years_of(list(texts(articles["published_date"]))))
    undated = int(articles["year"].isna().sum())
    articles = articles[in_years(articles["year"], params)]
    data = coverage_data(articles, params)
    if data.empty:
        return empty_chart("coverage", title, label("coverage.empty", lang), data, out_dir)
    period = period_text(data["year"], params)
    n_articles = count_label("noun.article", len(articles), lang)
    notes = (label("coverage.note", lang),) + (
        (label("coverage.undated", lang, articles=count_label("noun.article", undated, lang)),)
        if undated
        else ()
    )
    subtitle = label("sample.articles", lang, articles=n_articles, period=period)
    header = heading(title, subtitle, notes, lang)
    by_year = data.groupby("year")["articles"].sum()
    by_outlet = data.groupby("outlet", sort=False)["articles"].sum()
    alt = label(
        "coverage.alt",
        lang,
        articles=n_articles,
        period=period,
        top_years=first_of([str(y) for y in by_year.index[by_year == by_year.max()]], lang),
        top_year_articles=count_label("noun.article", by_year.max(), lang),
        top_outlets=first_of(list(by_outlet.index[by_outlet == by_outlet.max()]), lang),
        top_outlet_articles=count_label("noun.article", by_outlet.max(), lang),
    )
    # Save outputs.
    return drawn_chart("coverage", header, alt, data, draw_coverage, lang, out_dir)


# Data: processed tables -> exactly what each chart plots.


def table(tables: Tables, name: str, columns: Sequence[str]) -> pd.DataFrame:
    """The columns a chart needs from one processed table, or an error saying how to rebuild it."""
    if name not in tables:
        raise PresentationError(
            f"processed table {name!r} is missing: rebuild data/processed with "
            "`python -m vnlabour clean`"
        )
    missing = [column for column in columns if column not in tables[name].columns]
    if missing:
        raise PresentationError(
            f"processed table {name!r} lacks the column(s) {', '.join(missing)}: rebuild "
            "data/processed with `python -m vnlabour clean`"
        )
    return tables[name].loc[:, list(columns)].reset_index(drop=True)


def selected_partner_years(tables: Tables, params: Params) -> pd.DataFrame:
    rows = table(tables, "partner_year", ("partner_code", "year", "events", "articles"))
    rows = rows.assign(
        partner_code=texts(rows["partner_code"]),
        year=numbers(rows["year"]),
        events=counts(rows["events"]),
        articles=counts(rows["articles"]),
    )
    rows = rows[in_years(rows["year"], params) & wanted(rows["partner_code"], params)]
    return rows.assign(year=rows["year"].astype(int))


def frequency_data(partner_year: pd.DataFrame, params: Params) -> pd.DataFrame:
    totals = partner_year.groupby("partner_code", as_index=False)[["events", "articles"]].sum()
    totals = totals[(totals["events"] > 0) | (totals["articles"] > 0)]
    totals = ranked(totals, ["events", "articles"]).head(params.top_n)
    return with_partner_names(totals, params.lang)[list(FREQUENCY_COLUMNS)]


def heatmap_data(partner_year: pd.DataFrame, params: Params) -> pd.DataFrame:
    totals = partner_year.groupby("partner_code", as_index=False)[["events", "articles"]].sum()
    top = ranked(totals[totals["events"] > 0], ["events", "articles"]).head(params.top_n)
    top = top["partner_code"]
    if top.empty:
        return pd.DataFrame(columns=list(HEATMAP_COLUMNS))
    years = year_span(partner_year["year"], params)
    spans = year_columns(years, partner_year.groupby("year")["events"].sum())
    names = [
        first if first == last else label("period.range", params.lang, start=first, end=last)
        for first, last in spans
    ]
    column_of = {
        year: name for (first, last), name in zip(spans, names, strict=True)
        for year in range(first, last + 1)
    }  # fmt: skip
    binned = partner_year.assign(year=partner_year["year"].map(column_of))
    grid = pd.MultiIndex.from_product([list(top), names], names=["partner_code", "year"])
    events = binned.groupby(["partner_code", "year"], sort=False)["events"].sum()
    cells = events.reindex(grid, fill_value=0).astype(int).reset_index()
    return with_partner_names(cells, params.lang)[list(HEATMAP_COLUMNS)]


def year_columns(years: list[int], events_per_year: pd.Series) -> list[tuple[int, int]]:
    """(first, last) year of each heatmap column: one per year; over more than
    HEATMAP_MAX_COLUMNS years, one per year of the busiest HEATMAP_MAX_COLUMNS - 2 in a row (the
    latest of equals), the years before and after them summed into one column each."""
    if len(years) <= HEATMAP_MAX_COLUMNS:
        return [(year, year) for year in years]
    width = HEATMAP_MAX_COLUMNS - 2
    counts = events_per_year.reindex(years, fill_value=0).to_numpy()
    sums = np.convolve(counts, np.ones(width, dtype=int), mode="valid")  # sums[i]: years[i:i+w]
    start = int(np.flatnonzero(sums == sums.max())[-1])
    shown = years[start : start + width]
    before = [(years[0], shown[0] - 1)] if start > 0 else []
    after = [(shown[-1] + 1, years[-1])] if start + width < len(years) else []
    return [*before, *((year, year) for year in shown), *after]


def selected_facts(facts: pd.DataFrame, articles: pd.DataFrame, params: Params) -> pd.DataFrame:
    """The facts in the period and about the partners asked for, each with its year."""
    published = dict(zip(articles["article_id"], texts(articles["published_date"]), strict=True))
    facts = facts.assign(
        value=numbers(facts["value"]),
        value_max=numbers(facts["value_max"]),
        **{column: texts(facts[column]) for column in (
            "fact_id", "article_id", "qualifier", "origin", "destination", "measure",
            "period_start", "period_end",
        )},
    )  # fmt: skip
    columns = (facts[name].tolist() for name in ("period_start", "period_end", "article_id"))
    dates = [
        end or start or published.get(article, "")
        for start, end, article in zip(*columns, strict=True)
    ]
    facts = facts.assign(year=years_of(dates))
    about_partner = wanted(facts["origin"], params) | wanted(facts["destination"], params)
    return facts[in_years(facts["year"], params) & about_partner & facts["value"].notna()]


def migration_data(facts: pd.DataFrame, articles: pd.DataFrame, params: Params) -> pd.DataFrame:
    lang = params.lang
    measures = [key.removeprefix("measure.") for key in label_keys("measure")]
    unknown = sorted(set(facts["measure"]) - set(measures))
    if unknown:
        raise PresentationError(
            f"migration_figures: measure {unknown[0]!r} has no label; add a row "
            f"`measure.{unknown[0]},<vi text>,<en text>` to data/reference/labels.csv"
        )
    facts = facts.assign(measure_rank=facts["measure"].map(measures.index))
    facts = facts.sort_values(
        ["measure_rank", "value", "fact_id"], ascending=[True, False, True], kind="stable"
    )
    facts = facts.groupby("measure_rank", sort=True).head(min(params.top_n, MIGRATION_MAX_BARS))
    by_id = articles.assign(outlet=texts(articles["outlet"])).set_index("article_id")
    rows = list(facts.itertuples(index=False))
    data = facts.assign(
        corridor=[corridor(row.origin, row.destination, lang) for row in rows],
        period=[period_of(row.period_start, row.period_end, lang) for row in rows],
        value_label=[qualified(row.value, row.qualifier, lang, row.value_max) for row in rows],
        source=[source_of(row.article_id, by_id, lang) for row in rows],
    )
    return data.reset_index(drop=True)[list(MIGRATION_COLUMNS)]


def event_partner_rows(
    events: pd.DataFrame, agreements: pd.DataFrame, params: Params
) -> pd.DataFrame:
    """One row per event and partner asked for, with its date span ("" when undated)."""
    signed_articles = set(texts(agreements["article_id"])[flags(agreements["signed_here"])])
    rows = []
    for event in events.fillna("").astype(str).astype(object).itertuples(index=False):
        span = date_span(event.event_date.strip())
        if span and not in_period(span[0].year, params):
            continue
        signed = any(article in signed_articles for article in split_list(event.article_ids))
        for code in split_list(event.partners) or [""]:
            if params.partners and code not in params.partners:
                continue
            rows.append(
                {
                    "partner_code": code,
                    "event_id": event.event_id,
                    "event_type": event.event_type.strip() or "other",
                    "event_date": event.event_date,
                    "date_precision": event.date_precision,
                    "start": span[0].isoformat() if span else "",
                    "end": span[1].isoformat() if span else "",
                    "agreement_signed": signed,
                }
            )
    return pd.DataFrame(rows, columns=list(EVENT_ROW_COLUMNS))


def timeline_data(rows: pd.DataFrame, params: Params) -> pd.DataFrame:
    lang = params.lang
    dated = rows[rows["start"] != ""]
    if dated.empty:
        return pd.DataFrame(columns=list(TIMELINE_COLUMNS))
    per_partner = dated.groupby("partner_code", as_index=False).agg(events=("event_id", "nunique"))
    order = ranked(per_partner, ["events"]).head(params.top_n)["partner_code"].tolist()
    dated = dated[dated["partner_code"].isin(order)].assign(
        partner_rank=lambda frame: frame["partner_code"].map(order.index),
        event_type_label=lambda frame: [
            label(f"event_type.{t}", lang) for t in frame["event_type"]
        ],
    )
    dated = dated.sort_values(["partner_rank", "start", "event_id"], kind="stable")
    return with_partner_names(dated, lang).reset_index(drop=True)[list(TIMELINE_COLUMNS)]


def coverage_data(articles: pd.DataFrame, params: Params) -> pd.DataFrame:
    if articles.empty:
        return pd.DataFrame(columns=list(COVERAGE_COLUMNS))
    lang = params.lang
    unknown = label("coverage.unknown_outlet", lang)
    outlets = texts(articles["outlet"]).replace("", unknown)
    per_outlet = outlets.value_counts().rename_axis("outlet").reset_index(name="articles")
    per_outlet = per_outlet.assign(unknown=per_outlet["outlet"] == unknown).sort_values(
        ["unknown", "articles", "outlet"], ascending=[True, False, True]
    )  # the most cited outlets first, "outlet unknown" after every named one
    named = per_outlet["outlet"].head(len(OKABE_ITO) - 1).tolist()
    other = label("coverage.other_outlets", lang)
    shown = outlets.where(outlets.isin(named), other)
    order = named + ([other] if (shown == other).any() else [])
    years = year_span(articles["year"], params)
    counted = pd.DataFrame({"year": articles["year"].astype(int), "outlet": shown})
    cells = counted.groupby(["year", "outlet"]).size()
    grid = pd.MultiIndex.from_product([years, order], names=["year", "outlet"])
    return cells.reindex(grid, fill_value=0).rename("articles").reset_index()


# Small helpers for the data.


def texts(series: pd.Series) -> pd.Series:
    return series.fillna("").astype(str).str.strip()


def numbers(series: pd.Series) -> pd.Series:
    """Floats with NaN for empty cells, whatever the input dtype (text, Int64, Float64)."""
    return pd.to_numeric(series, errors="coerce").astype(float)


def counts(series: pd.Series) -> pd.Series:
    return numbers(series).fillna(0).astype(int)


def flags(series: pd.Series) -> pd.Series:
    return texts(series).str.lower().isin(("true", "1", "yes"))


def split_list(cell: str) -> list[str]:
    return [item.strip() for item in str(cell).split(LIST_SEP) if item.strip()]


def wanted(codes: pd.Series, params: Params) -> pd.Series:
    """True for the partner codes the parameters ask for (all when none is given)."""
    return codes.isin(params.partners) if params.partners else pd.Series(True, index=codes.index)


def in_years(years: pd.Series, params: Params) -> pd.Series:
    """True for known years inside [start_year, end_year]."""
    keep = years.notna()
    if params.start_year is not None:
        keep &= years >= params.start_year
    if params.end_year is not None:
        keep &= years <= params.end_year
    return keep


def in_period(year: int, params: Params) -> bool:
    return (params.start_year is None or year >= params.start_year) and (
        params.end_year is None or year <= params.end_year
    )


def year_of(iso: str) -> float:
    return float(parse_iso(iso)[0].year) if iso else np.nan


def years_of(dates: Sequence[str]) -> list[float]:
    """year_of each date, each distinct date parsed once."""
    years = {iso: year_of(iso) for iso in set(dates)}
    return [years[iso] for iso in dates]


def year_span(years: pd.Series, params: Params) -> list[int]:
    """Every year from start_year (else the first year seen) to end_year (else the last seen)."""
    start = params.start_year if params.start_year is not None else int(years.min())
    end = params.end_year if params.end_year is not None else int(years.max())
    return list(range(start, end + 1))


def period_text(years: pd.Series, params: Params) -> str:
    """'2019–2025' (or '2023'): the years asked for, else the years seen in the data."""
    seen = numbers(years).dropna()
    start = params.start_year if params.start_year is not None else seen.min()
    end = params.end_year if params.end_year is not None else seen.max()
    if pd.isna(start) or pd.isna(end):
        return label("period.unknown", params.lang)
    if start == end:
        return str(int(start))
    return label("period.range", params.lang, start=int(start), end=int(end))


def sample_line(tables: Tables, period: str, lang: str) -> str:
    """'N = 12 sự kiện, 5 bài báo · 2019–2025': the events and articles the charts draw from."""
    events = count_label("noun.event", len(tables.get("events", ())), lang)
    articles = count_label("noun.article", len(tables.get("articles", ())), lang)
    return label("sample.events_articles", lang, events=events, articles=articles, period=period)


def ranked(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Largest first; ties broken by partner code so the order never depends on input order."""
    return frame.sort_values(
        [*by, "partner_code"], ascending=[False] * len(by) + [True], kind="stable"
    ).reset_index(drop=True)


def with_partner_names(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    names = {code: partner_or_none(code, lang) for code in frame["partner_code"].unique()}
    return frame.assign(partner=frame["partner_code"].map(names))


def partner_or_none(code: str, lang: str) -> str:
    return partner_name(code, lang) if code else label("partner.none", lang)


def corridor(origin: str, destination: str, lang: str) -> str:
    """'Việt Nam → Nhật Bản'; an unknown end is written as such."""
    unknown = label("corridor.unknown", lang)
    ends = [partner_name(code, lang) if code else unknown for code in (origin, destination)]
    return label("corridor.route", lang, origin=ends[0], destination=ends[1])


def period_of(start: str, end: str, lang: str) -> str:
    if start and end and start != end:
        return label(
            "period.range",
            lang,
            start=format_date(start, lang, True),
            end=format_date(end, lang, True),
        )
    return format_date(start or end, lang, True) if start or end else ""


def source_of(article_id: str, articles: pd.DataFrame, lang: str) -> str:
    """'VnExpress, 5/4/2023' from the article's outlet and date, else the article id."""
    if article_id not in articles.index or not articles.at[article_id, "outlet"]:
        return article_id
    outlet = articles.at[article_id, "outlet"]
    published = texts(pd.Series([articles.at[article_id, "published_date"]])).iloc[0]
    if not published:
        return outlet
    return label("source.article", lang, outlet=outlet, date=format_date(published, lang, True))


@functools.cache
def date_span(iso: str) -> tuple[date, date] | None:
    """First and last day an ISO date at any precision covers; None when there is no date."""
    if not iso:
        return None
    first, precision = parse_iso(iso)
    if precision == "day":
        return first, first
    if precision == "month":
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    return first, date(first.year, 12, 31)


def signs_note(data: pd.DataFrame, lang: str) -> tuple[str, ...]:
    """'Signs: > more than; ≈ about.' for the qualifiers shown, in reference-file order."""
    shown = set(data["qualifier"])
    signs = [label(key, lang) for key in label_keys("qualifier_sign") if key.split(".")[1] in shown]
    if not signs:
        return ()
    return (label("migration.signs", lang, signs=label("list.separator", lang).join(signs)),)


def first_of(items: Sequence[str], lang: str, shown: int = 3) -> str:
    """'A, B, C and 4 more': the first items of a list, then how many were left out."""
    listed = label("list.comma", lang).join(items[:shown])
    rest = len(items) - shown
    return label("list.more", lang, items=listed, n=rest) if rest > 0 else listed


def frequency_leaders(data: pd.DataFrame, lang: str) -> str:
    leaders = [
        label(
            "frequency.leader",
            lang,
            partner=row.partner,
            events=count_label("noun.event", row.events, lang),
            articles=count_label("noun.article", row.articles, lang),
        )
        for row in data.head(3).itertuples(index=False)
    ]
    return label("list.separator", lang).join(leaders)


def type_counts(data: pd.DataFrame, lang: str) -> str:
    per_type = data.drop_duplicates("event_id").groupby("event_type_label")["event_id"].count()
    per_type = per_type.sort_values(ascending=False, kind="stable")
    return label("list.separator", lang).join(
        label("timeline.type_count", lang, type=name, events=count_label("noun.event", n, lang))
        for name, n in per_type.items()
    )


# Drawing: each draw_* turns a chart's data and heading into a figure, under STYLE.


def styled(draw: Callable[..., Figure]) -> Callable[..., Figure]:
    """Run a draw function under the house style; a letter the font lacks is an error."""

    @functools.wraps(draw)
    def in_style(*args: object, **kwargs: object) -> Figure:
        with matplotlib.rc_context(STYLE):
            figure = draw(*args, **kwargs)
        check_glyphs(figure)
        return figure

    return in_style


def check_glyphs(figure: Figure) -> None:
    """Raise if a text of the figure has a letter the font lacks (it would print as a box)."""
    texts = {text.get_text() for text in figure.findobj(Text)}
    missing = sorted({ch for text in texts for ch in text if ord(ch) not in font_letters()})
    missing = [ch for ch in missing if not ch.isspace()]
    if missing:
        raise PresentationError(
            f"the chart text has letters {FONT} lacks ({''.join(missing)!r}); replace them in "
            "the processed table or in data/reference/labels.csv"
        )


@functools.cache
def font_letters() -> frozenset[int]:
    """The code points the house font can draw."""
    path = font_manager.findfont(
        font_manager.FontProperties(family=FONT), fallback_to_default=False
    )
    return frozenset(FT2Font(path).get_charmap())


@styled
def draw_frequency(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    figure, ax = new_figure("cooperation_frequency", heading)
    rows = np.arange(len(data))
    for offset, column in ((-0.2, "events"), (0.2, "articles")):
        bars = ax.barh(
            rows + offset, data[column], height=0.38, label=label(f"frequency.{column}", lang)
        )
        ax.bar_label(
            bars, labels=[format_number(v, lang) for v in data[column]], padding=2, fontsize=8
        )
    ax.set_yticks(rows, labels=data["partner"])
    ax.invert_yaxis()
    ax.set_xlim(0, max(data["events"].max(), data["articles"].max()) * 1.15 + 0.5)
    ax.set_xlabel(label("axis.count", lang))
    count_axis(ax.xaxis, lang)
    ax.grid(axis="x")
    ax.legend(loc="lower right")
    return figure


@styled
def draw_heatmap(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    figure, ax = new_figure("partner_year_heatmap", heading)
    partners = data.drop_duplicates("partner_code")["partner"].tolist()
    years = list(dict.fromkeys(data["year"]))  # in order; a column may sum several years
    matrix = data["events"].to_numpy().reshape(len(partners), len(years))
    colours = matplotlib.colormaps[HEATMAP_COLOURS].with_extremes(bad=EMPTY_CELL)
    image = ax.imshow(
        np.ma.masked_equal(matrix, 0),
        cmap=colours,
        vmin=0,
        vmax=max(1, matrix.max()),
        aspect="auto",
    )
    cell_borders(ax, matrix.shape)
    ax.set_yticks(range(len(partners)), labels=partners)
    ax.set_xticks(
        range(len(years)), labels=[str(y) for y in years], rotation=90 if len(years) > 10 else 0
    )
    ax.set_xlabel(label("axis.year", lang))
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if len(years) <= HEATMAP_MAX_ANNOTATED_YEARS:
        annotate_cells(ax, matrix, image.norm, lang)
    colorbar = figure.colorbar(image, ax=ax, shrink=0.8, pad=0.02)
    colorbar.set_label(label("heatmap.colorbar", lang))
    count_axis(colorbar.ax.yaxis, lang)
    colorbar.outline.set_visible(False)
    return figure


def cell_borders(ax: Axes, shape: tuple[int, int]) -> None:
    """Thin white lines between heatmap cells."""
    rows, columns = shape
    ax.hlines(np.arange(rows + 1) - 0.5, -0.5, columns - 0.5, colors="white", linewidth=1.5)
    ax.vlines(np.arange(columns + 1) - 0.5, -0.5, rows - 0.5, colors="white", linewidth=1.5)


def annotate_cells(ax: Axes, matrix: np.ndarray, norm: Callable, lang: str) -> None:
    """The count in each non-empty cell, white on dark cells and black on light ones."""
    for (row, column), value in np.ndenumerate(matrix):
        if value:
            colour = "white" if norm(value) > 0.55 else "black"
            ax.text(
                column,
                row,
                format_number(value, lang),
                ha="center",
                va="center",
                fontsize=8,
                color=colour,
            )


@styled
def draw_migration(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    measures = list(dict.fromkeys(data["measure"]))
    sizes = [int((data["measure"] == m).sum()) for m in measures]
    figure, axes = new_figure("migration_figures", heading, panels=sizes)
    for ax, measure in zip(axes, measures, strict=True):
        panel = data[data["measure"] == measure]
        draw_figure_bars(ax, panel, lang)
        ax.set_title(label(f"measure.{measure}", lang), fontweight="bold")
    axes[-1].set_xlabel(label("migration.axis", lang))
    return figure


def draw_figure_bars(ax: Axes, panel: pd.DataFrame, lang: str) -> None:
    """One bar per fact (a lighter extension up to value_max), its qualified value at the end."""
    rows = np.arange(len(panel))
    upper = panel["value_max"].fillna(panel["value"])
    ax.barh(rows, upper, height=0.6, color=OKABE_ITO[0], alpha=0.35)
    ax.barh(rows, panel["value"], height=0.6, color=OKABE_ITO[0])
    for row, end, text in zip(rows, upper, panel["value_label"], strict=True):
        ax.annotate(
            text, (end, row), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8
        )
    ticks = [
        f"{route} · {period}\n{source}" if period else f"{route}\n{source}"
        for route, period, source in zip(
            panel["corridor"], panel["period"], panel["source"], strict=True
        )
    ]
    ax.set_yticks(rows, labels=ticks)
    ax.set_ylim(len(panel) - 0.5, -0.5)
    ax.set_xlim(0, upper.max() * 1.3)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, lang)))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.grid(axis="x")


@styled
def draw_timeline(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    starts = mdates.date2num(pd.to_datetime(data["start"]))
    ends = mdates.date2num(pd.to_datetime(data["end"]))
    signed = data["agreement_signed"].astype(bool).to_numpy()
    all_types = [key.split(".")[1] for key in label_keys("event_type")]
    types = [t for t in all_types if t in set(data["event_type"])]
    entries = len(types) + int(signed.any()) + int((ends > starts).any())
    figure, ax = new_figure("timeline", heading, legend_rows=math.ceil(entries / 2))
    rows = (
        data["partner_code"]
        .map({code: row for row, code in enumerate(dict.fromkeys(data["partner_code"]))})
        .to_numpy()
    )
    middles = (starts + ends) / 2
    handles = []
    for event_type in types:
        mine = (data["event_type"] == event_type).to_numpy()
        style = event_type_style(all_types.index(event_type))
        spans = mine & (ends > starts)
        ax.hlines(rows[spans], starts[spans], ends[spans], colors=style["color"], lw=2, alpha=0.5)
        handles.append(
            ax.scatter(middles[mine], rows[mine], s=36, zorder=3, **style,
                       label=label(f"event_type.{event_type}", lang))
        )  # fmt: skip
    if signed.any():
        handles.append(
            ax.scatter(middles[signed], rows[signed], s=130, facecolors="none", edgecolors="black",
                       linewidths=1, zorder=4, label=label("timeline.signed", lang))
        )  # fmt: skip
    if (ends > starts).any():
        imprecise = label("timeline.imprecise", lang)
        handles.append(Line2D([], [], color=TEXT_GREY, lw=2, alpha=0.5, label=imprecise))
    partners = data.drop_duplicates("partner_code")["partner"].tolist()
    ax.set_yticks(range(len(partners)), labels=partners)
    ax.set_ylim(len(partners) - 0.5, -0.5)
    date_axis(ax, starts.min(), ends.max(), lang)
    ax.grid(axis="x")
    legend_below(figure, handles, "timeline", heading)
    return figure


def event_type_style(index: int) -> dict[str, str]:
    """The colour and marker of the event type at `index` in labels.csv: fixed across charts."""
    return {"color": OKABE_ITO[index % len(OKABE_ITO)], "marker": MARKERS[index % len(MARKERS)]}


@styled
def draw_coverage(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    figure, ax = new_figure("coverage", heading)
    years = sorted(data["year"].unique())
    outlets = list(dict.fromkeys(data["outlet"]))
    other = label("coverage.other_outlets", lang)
    bottom = np.zeros(len(years))
    for index, outlet in enumerate(outlets):
        heights = (
            data[data["outlet"] == outlet].set_index("year")["articles"].reindex(years).to_numpy()
        )
        colour = OTHER_GREY if outlet == other else OKABE_ITO[index]
        ax.bar(years, heights, bottom=bottom, color=colour, width=0.7, label=outlet)
        bottom += heights
    for year, total in zip(years, bottom, strict=True):
        if total:
            ax.annotate(
                format_number(total, lang),
                (year, total),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=8,
            )
    ax.set_xticks(years, labels=[str(y) for y in years], rotation=90 if len(years) > 12 else 0)
    ax.set_xlabel(label("axis.year", lang))
    ax.set_ylabel(label("coverage.axis", lang))
    ax.set_ylim(0, bottom.max() * 1.15 + 0.5)
    count_axis(ax.yaxis, lang)
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    return figure


def new_figure(
    name: str, heading: Heading, panels: Sequence[int] = (), legend_rows: int = 0
) -> tuple[Figure, Any]:
    """A figure of the chart's fixed size with title, subtitle, footer and room for a legend."""
    width, height = SIZES[name]
    figure = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(figure)
    left = MARGIN / width
    title_top, subtitle_top = 1 - MARGIN / height, 1 - (MARGIN + 0.28) / height
    figure.text(left, title_top, heading.title, va="top", fontsize=11, fontweight="bold")
    figure.text(left, subtitle_top, heading.subtitle, va="top", color=TEXT_GREY)
    for index, line in enumerate(reversed(footer_lines(heading.notes))):
        figure.text(left, (MARGIN + index * LINE) / height, line, fontsize=8, color=TEXT_GREY)
    bottom = (footer_height(heading) + legend_rows * LEGEND_ROW) / height
    top = 1 - HEADER / height
    figure.get_layout_engine().set(rect=(0, bottom, 1, top - bottom))
    if panels:
        return figure, list(
            figure.subplots(len(panels), 1, height_ratios=panels, squeeze=False)[:, 0]
        )
    return figure, figure.subplots()


def footer_height(heading: Heading) -> float:
    """Inches from the bottom edge to above the footer notes."""
    return MARGIN + len(footer_lines(heading.notes)) * LINE + 0.08


def legend_below(figure: Figure, handles: list, name: str, heading: Heading) -> None:
    """A two-column legend in the band new_figure kept between the plot and the footer."""
    width, height = SIZES[name]
    rows = math.ceil(len(handles) / 2)
    anchor = (MARGIN / width, (footer_height(heading) + rows * LEGEND_ROW) / height)
    figure.legend(
        handles=handles, loc="upper left", bbox_to_anchor=anchor, ncols=2, borderaxespad=0
    )


def footer_lines(notes: Iterable[str]) -> list[str]:
    return [wrapped for note in notes for wrapped in textwrap.wrap(note, WRAP)]


def count_axis(axis: matplotlib.axis.Axis, lang: str) -> None:
    """Whole-number ticks formatted in the report language."""
    axis.set_major_locator(MaxNLocator(integer=True))
    axis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, lang)))


def date_axis(ax: Axes, first: float, last: float, lang: str) -> None:
    """Year ticks over long spans, month ticks (in the language's short form) over short ones."""
    pad = max(30.0, (last - first) * 0.05)
    ax.set_xlim(first - pad, last + pad)
    years = (last - first) / 365.25
    if years > 2:
        ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, round(years / 8))))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: str(mdates.num2date(x).year)))
        return
    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, round(years * 12 / 6))))
    ax.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _: format_date(mdates.num2date(x).strftime("%Y-%m"), lang, True))
    )


# Writing: files and the Chart that describes them.


def drawn_chart(
    name: str,
    heading: Heading,
    alt: str,
    data: pd.DataFrame,
    draw: Callable[[pd.DataFrame, Heading, str], Figure],
    lang: str,
    out_dir: Path,
) -> Chart:
    """Draw, then write <name>.svg, <name>.png (dpi 150) and <name>.csv with fixed bytes."""
    out_dir.mkdir(parents=True, exist_ok=True)
    svg, png, csv = (out_dir / f"{name}.{suffix}" for suffix in ("svg", "png", "csv"))
    figure = draw(data, heading, lang)
    with matplotlib.rc_context(STYLE):
        figure.savefig(
            svg, format="svg", metadata={"Date": None, "Title": heading.title, "Description": alt}
        )
        figure.savefig(png, format="png", dpi=DPI, metadata={"Software": None})
    figure.clear()
    svg.write_bytes(with_stable_clip_ids(svg.read_bytes().decode("utf-8")).encode("utf-8"))
    write_frame(csv, data)
    return Chart(name, heading.title, alt, data, (svg, png, csv), "")


def with_stable_clip_ids(svg: str) -> str:
    """The SVG with its clip paths numbered in order of use. matplotlib names them by a hash of
    their bounds, whose last float bits vary from run to run under constrained layout."""
    ids: dict[str, str] = {}
    return CLIP_ID.sub(lambda m: ids.setdefault(m.group(), f"clip{len(ids) + 1}"), svg)


def empty_chart(name: str, title: str, reason: str, data: pd.DataFrame, out_dir: Path) -> Chart:
    """Nothing to plot: a header-only CSV, no image (a stale one is removed), and the reason."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("svg", "png"):
        (out_dir / f"{name}.{suffix}").unlink(missing_ok=True)
    csv = out_dir / f"{name}.csv"
    empty = data.iloc[0:0]
    write_frame(csv, empty)
    return Chart(name, title, reason, empty, (csv,), reason)


# The official record (issue 8): official yearly deployments, with the news figures on them.

OFFICIAL_COLUMNS = (
    "series_code", "series", "year", "kind", "value", "low", "high", "qualifier", "partial_year",
    "period", "value_label", "source",
)  # fmt: skip


def official_series(tables: Tables, params: Params, out_dir: Path) -> Chart:
    """Official workers sent abroad per year: total and main destinations, news figures on top."""
    # Load inputs.
    series = table(tables, "official_series", (
        "year", "destination", "workers", "qualifier", "period", "partial_year", "min_workers",
        "max_workers",
    ))  # fmt: skip
    news = table(tables, "reconciliation", (
        "fact_id", "article_id", "value", "qualifier", "destination", "year", "status",
    ))  # fmt: skip
    articles = table(tables, "articles", ("article_id", "outlet", "published_date"))
    lang = params.lang
    title = label("official.title", lang)
    # Process data.
    data = official_data(series, news, articles, params)
    if data.empty:
        return empty_chart("official_series", title, label("official.empty", lang), data, out_dir)
    period = period_text(data["year"], params)
    n_destinations = data["series_code"].nunique() - int((data["series_code"] == "").any())
    subtitle = label("official.subtitle", lang, destinations=n_destinations, period=period)
    header = heading(title, subtitle, official_notes(data, lang), lang)
    totals = data[
        (data["kind"] == "official") & (data["series_code"] == "") & data["value"].notna()
    ]
    top = totals.sort_values(["value", "year"], ascending=[False, True]).head(1)
    alt = label(
        "official.alt",
        lang,
        period=period,
        top=first_of([f"{r.year}: {r.value_label}" for r in top.itertuples()], lang),
        news=label("official.alt_news", lang, n=int((data["kind"] == "news").sum())),
    )
    # Save outputs.
    return drawn_chart("official_series", header, alt, data, draw_official, lang, out_dir)


def official_data(
    series: pd.DataFrame, news: pd.DataFrame, articles: pd.DataFrame, params: Params
) -> pd.DataFrame:
    """Official rows of the total and main destinations, then the compared news figures."""
    lang = params.lang
    series = series.assign(
        year=numbers(series["year"]),
        destination=texts(series["destination"]),
        workers=numbers(series["workers"]),
        low=numbers(series["min_workers"]),
        high=numbers(series["max_workers"]),
        partial_year=flags(series["partial_year"]),
    )
    series = series[in_years(series["year"], params) & (series["low"].notna())]
    news = news.assign(year=numbers(news["year"]), value=numbers(news["value"]))
    news = news[
        news["status"].isin(["equal", "within_qualifier", "different"])
        & in_years(news["year"], params)
    ]
    codes = main_destinations(series, news, params)
    series = series[series["destination"].isin(codes)]
    news = news[texts(news["destination"]).isin(codes)]
    by_id = articles.assign(outlet=texts(articles["outlet"])).set_index("article_id")
    official = pd.DataFrame(
        {
            "series_code": series["destination"],
            "year": series["year"].astype(int),
            "kind": "official",
            "value": series["workers"],
            "low": series["low"],
            "high": series["high"],
            "qualifier": texts(series["qualifier"]),
            "partial_year": series["partial_year"],
            "period": texts(series["period"]),
        }
    )
    data = pd.concat(
        [official.assign(source=""), news_points(news, by_id, lang)], ignore_index=True
    )
    data = data.assign(
        series_rank=data["series_code"].map(codes.index),
        series=[official_series_name(code, lang) for code in data["series_code"]],
        value_label=[
            qualified(v, q, lang) if not pd.isna(v) else ""
            for v, q in zip(data["value"], data["qualifier"], strict=True)
        ],
    )
    data = data.sort_values(["series_rank", "kind", "year", "value"], kind="stable")
    return data.reset_index(drop=True)[list(OFFICIAL_COLUMNS)]


def main_destinations(series: pd.DataFrame, news: pd.DataFrame, params: Params) -> list[str]:
    """'' (the total), the largest destinations over the years shown, then, up to
    OFFICIAL_MAX_SERIES in all, those with the most news figures (A to Z)."""
    split = series[(series["destination"] != "") & wanted(series["destination"], params)]
    sums = split.groupby("destination")["workers"].sum().rename_axis("partner_code")
    largest = ranked(sums.reset_index(name="workers"), ["workers"])["partner_code"]
    codes = ["", *largest.head(OFFICIAL_MAIN_DESTINATIONS)]
    per_code = texts(news["destination"]).value_counts().rename_axis("partner_code")
    others = ranked(per_code.reset_index(name="figures"), ["figures"])["partner_code"]
    extra = [code for code in others if code not in codes][: OFFICIAL_MAX_SERIES - len(codes)]
    return [*codes, *sorted(extra)]


def news_points(news: pd.DataFrame, articles: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One point per news figure with its source; where a line has several in a year, one point
    at their median, low and high their smallest and largest, and how many as its source."""
    news = news.assign(series_code=texts(news["destination"]), year=news["year"].astype(int))
    sizes = news.groupby(["series_code", "year"])["value"].transform("size")
    single = news[sizes == 1]
    several = (
        news[sizes > 1]
        .groupby(["series_code", "year"], as_index=False)["value"]
        .agg(value="median", low="min", high="max", figures="size")
    )
    points = [
        pd.DataFrame(
            {
                "series_code": single["series_code"],
                "year": single["year"],
                "value": single["value"],
                "low": np.nan,
                "high": np.nan,
                "qualifier": texts(single["qualifier"]),
                "source": [source_of(a, articles, lang) for a in single["article_id"]],
            }
        ),
        several.assign(
            qualifier="",
            source=[count_label("noun.figure", n, lang) for n in several["figures"]],
        ).drop(columns="figures"),
    ]
    return pd.concat(points, ignore_index=True).assign(kind="news", partial_year=False, period="")


def official_series_name(code: str, lang: str) -> str:
    return partner_name(code, lang) if code else label("official.total", lang)


def official_notes(data: pd.DataFrame, lang: str) -> list[str]:
    """Footer notes for what the chart shows: partial years, spreads, news figures, the source."""
    official = data[data["kind"] == "official"]
    notes = []
    partial = official[official["partial_year"].astype(bool)]
    if not partial.empty:
        periods = sorted(
            {f"{p} {y}" for p, y in zip(partial["period"], partial["year"], strict=True)}
        )
        notes.append(label("official.partial", lang, periods=", ".join(periods)))
    if (official["high"] > official["low"]).any() or official["value"].isna().any():
        notes.append(label("official.spread", lang))
    if (data["kind"] == "news").any():
        notes.append(label("official.news", lang))
    news = data[data["kind"] == "news"]
    if (news["high"] > news["low"]).any():
        notes.append(label("official.news_range", lang))
    return [*notes, label("official.source", lang)]


@styled
def draw_official(data: pd.DataFrame, heading: Heading, lang: str) -> Figure:
    figure, ax = new_figure("official_series", heading)
    names = list(dict.fromkeys(data["series"]))
    years = sorted(data["year"].unique())
    for index, name in enumerate(names):
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        rows = data[data["series"] == name]
        official = rows[(rows["kind"] == "official")]
        full = official[~official["partial_year"].astype(bool) & official["value"].notna()]
        part = official[official["partial_year"].astype(bool) & official["value"].notna()]
        line = full.set_index("year")["value"].reindex(range(min(years), max(years) + 1))
        ax.plot(line.index, line, color=colour, marker="o", ms=4, lw=1.5, label=name)  # gaps break
        ax.scatter(part["year"], part["value"], s=24, facecolors="white", edgecolors=colour)
        spread = official[official["high"] > official["low"]]
        ax.vlines(spread["year"], spread["low"], spread["high"], colors=colour, lw=1, alpha=0.6)
        others = official[official["value"].isna()]  # only other sources give a value
        ax.vlines(others["year"], others["low"], others["high"], colors=colour, lw=1, alpha=0.6)
        ax.scatter(others["year"], others["low"], s=40, marker="_", color=colour, linewidths=1.5)
        news = rows[rows["kind"] == "news"]
        ax.scatter(news["year"], news["value"], s=60, marker="X", color=colour,
                   edgecolors="black", linewidths=0.6, zorder=4)  # fmt: skip
        several = news[news["high"] > news["low"]]
        if not several.empty:  # no empty collection: the SVG of a chart without stays as it was
            ax.vlines(several["year"], several["low"], several["high"], colors=colour, lw=1,
                      linestyles="dotted", zorder=3)  # fmt: skip
    ax.set_xticks(years, labels=[str(y) for y in years], rotation=90 if len(years) > 12 else 0)
    ax.set_xlabel(label("axis.year", lang))
    ax.set_ylabel(label("official.axis", lang))
    ax.set_ylim(0, np.nanmax(data[["value", "high"]].to_numpy(dtype=float)) * 1.1)
    count_axis(ax.yaxis, lang)
    ax.grid(axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    return figure
