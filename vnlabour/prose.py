"""Sentences built from the processed tables, in the report language (vi or en).

The wording lives in data/reference/labels.csv; numbers, dates and partner names are
formatted by vnlabour.i18n. Titles quoted from articles stay in Vietnamese.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from vnlabour import i18n
from vnlabour.errors import ReportError
from vnlabour.i18n import label
from vnlabour.params import Params

if TYPE_CHECKING:
    import pandas as pd

Tables = Mapping[str, "pd.DataFrame"]


def summary(tables: Tables, params: Params) -> list[str]:
    """The report's opening: corpus, events, leading partner, largest figure, documents, scope."""
    lang = params.lang
    events = table(tables, "events")
    sentences = [corpus_sentence(tables, lang)]
    sentences.append(
        label(
            "summary_events",
            lang,
            events=noun("event", len(events), lang),
            partners=noun("partner", table(tables, "partner_year")["partner_code"].nunique(), lang),
        )
    )
    leader = leading_partner(tables)
    if leader is not None:
        code, n_events, _ = leader
        sentences.append(
            label(
                "summary_top_partner",
                lang,
                partner=i18n.partner_name(code, lang),
                events=noun("event", n_events, lang),
            )
        )
    largest = largest_figure(tables)
    if largest is not None:
        sentences.append(
            label(
                "summary_largest_figure",
                lang,
                value=figure_value(largest, lang),
                title=article_field(tables, str(largest["article_id"]), "title"),
            )
        )
    named = table(tables, "agreements")[["article_id", "agreement_type", "name"]]
    agreements = count(len(named.drop_duplicates()), lang)
    sentences.append(label("summary_agreements", lang, agreements=agreements))
    sentences.append(scope_sentence(params))
    return sentences


def cooperation(tables: Tables, params: Params) -> list[str]:
    """What the partner ranking shows: the partner in the most events."""
    lang = params.lang
    leader = leading_partner(tables)
    if leader is None:
        return [label("cooperation_none", lang)]
    code, n_events, n_articles = leader
    return [
        label(
            "cooperation_lead",
            lang,
            partner=i18n.partner_name(code, lang),
            events=noun("event", n_events, lang),
            articles=noun("article", n_articles, lang),
        )
    ]


def partner_years(tables: Tables, params: Params) -> list[str]:
    """What the partner-by-year heatmap shows: how many partners, over which years."""
    partner_year = table(tables, "partner_year")
    if partner_year.empty:
        return [label("cooperation_none", params.lang)]
    years = partner_year["year"].astype(float).astype(int)
    return [
        label(
            "cooperation_spread",
            params.lang,
            partners=noun("partner", partner_year["partner_code"].nunique(), params.lang),
            first=years.min(),
            last=years.max(),
        )
    ]


def migration(tables: Tables, params: Params) -> list[str]:
    """What the migration chart shows: how many figures, and the largest with its source."""
    lang = params.lang
    largest = largest_figure(tables)
    if largest is None:
        return [label("migration_none", lang)]
    article_id = str(largest["article_id"])
    return [
        label(
            "migration_count",
            lang,
            facts=noun("figure", len(table(tables, "migration_figures")), lang),
        ),
        label(
            "migration_largest",
            lang,
            value=figure_value(largest, lang),
            title=article_field(tables, article_id, "title") or article_id,
            source=source_phrase(tables, article_id, lang),
        ),
    ]


def timeline(tables: Tables, params: Params) -> list[str]:
    """What the timeline shows: the busiest year, and how many events have no year."""
    lang = params.lang
    years = table(tables, "events")["year"]
    dated = years.dropna().astype(str).str.strip()
    dated = dated[dated != ""].astype(float).astype(int)
    sentences = []
    if dated.empty:
        sentences.append(label("timeline_none", lang))
    else:
        per_year = dated.value_counts()
        busiest = min(per_year.index[per_year == per_year.max()])
        sentences.append(
            label(
                "timeline_busiest", lang, year=busiest, events=noun("event", per_year.max(), lang)
            )
        )
    undated = len(years) - len(dated)
    if undated:
        sentences.append(label("timeline_undated", lang, undated=noun("event", undated, lang)))
    return sentences


def methods(tables: Tables, params: Params) -> list[str]:
    """How the tables were made and what to trust: extraction, dates, skips, corrections, limits."""
    lang = params.lang
    articles = table(tables, "articles")
    log = table(tables, "corrections_log")
    status = log["status"].astype(str).value_counts()
    return [
        label("methods_extraction", lang),
        label(
            "methods_dates",
            lang,
            dated=count(len(non_empty(articles["event_date"])), lang),
            articles=count(len(articles), lang),
        ),
        label("quality_skipped", lang, skipped=count(len(table(tables, "skipped")), lang)),
        label(
            "quality_corrections",
            lang,
            applied=count(int(status.get("applied", 0)), lang),
            stale=count(int(status.get("stale", 0)), lang),
        ),
        label("quality_review", lang, review=count(len(table(tables, "review")), lang)),
        label("limits", lang),
    ]


def corpus_sentence(tables: Tables, lang: str) -> str:
    articles = table(tables, "articles")
    n_articles = noun("article", len(articles), lang)
    skipped = count(len(table(tables, "skipped")), lang)
    dates = non_empty(articles["published_date"]).sort_values()
    if dates.empty:
        return label("summary_corpus_undated", lang, articles=n_articles, skipped=skipped)
    return label(
        "summary_corpus",
        lang,
        articles=n_articles,
        skipped=skipped,
        first=i18n.format_date(dates.iloc[0], lang),
        last=i18n.format_date(dates.iloc[-1], lang),
    )


def scope_sentence(params: Params) -> str:
    lang = params.lang
    if params.start_year is None and params.end_year is None:
        years = label("years_all", lang)
    else:
        open_end = label("years_open", lang)
        years = label(
            "years_range",
            lang,
            start=params.start_year or open_end,
            end=params.end_year or open_end,
        )
    partners = ", ".join(i18n.partner_name(code, lang) for code in params.partners)
    return label(
        "summary_params",
        lang,
        years=years,
        partners=partners or label("partners_all", lang),
        top_n=count(params.top_n, lang),
    )


def leading_partner(tables: Tables) -> tuple[str, int, int] | None:
    """(code, events, articles) of the partner in the most events; ties go to the first code."""
    partner_year = table(tables, "partner_year")
    if partner_year.empty:
        return None
    totals = partner_year.groupby("partner_code")[["events", "articles"]].sum().reset_index()
    top = totals.sort_values(["events", "partner_code"], ascending=[False, True]).iloc[0]
    return str(top["partner_code"]), int(top["events"]), int(top["articles"])


def largest_figure(tables: Tables) -> pd.Series | None:
    """The migration figure with the largest value; ties go to the first fact_id."""
    largest = largest_figures(table(tables, "migration_figures"), 1)
    return None if largest.empty else largest.iloc[0]


def largest_figures(figures: pd.DataFrame, n: int) -> pd.DataFrame:
    """The n migration figures with the largest values, largest first; ties by fact_id."""
    values = figures["value"].astype(float)
    if len(figures) > n:  # sort only the figures as large as the n-th largest
        figures = figures[values >= values.nlargest(n).min()]
    ordered = figures.assign(_value=figures["value"].astype(float)).sort_values(
        ["_value", "fact_id"], ascending=[False, True]
    )
    return ordered.head(n).drop(columns="_value")


def figure_value(figure: pd.Series, lang: str) -> str:
    """The figure's value with its qualifier sign and upper bound, e.g. '> 345,000'."""
    import pandas as pd

    upper = figure.get("value_max")
    upper = None if upper is None or pd.isna(upper) or str(upper).strip() == "" else float(upper)
    qualifier = "" if pd.isna(figure["qualifier"]) else str(figure["qualifier"])
    return i18n.qualified(float(figure["value"]), qualifier, lang, upper)


def article_field(tables: Tables, article_id: str, field: str) -> str:
    articles = table(tables, "articles")
    match = articles.loc[articles["article_id"].astype(str) == article_id, field]
    values = non_empty(match)
    return str(values.iloc[0]) if not values.empty else ""


def source_phrase(tables: Tables, article_id: str, lang: str) -> str:
    """'outlet, date' of an article, with whichever parts are known, else its id."""
    outlet = article_field(tables, article_id, "outlet")
    published = article_field(tables, article_id, "published_date")
    parts = [outlet, i18n.format_date(published, lang) if published else ""]
    return ", ".join(part for part in parts if part) or article_id


def non_empty(column: pd.Series) -> pd.Series:
    """The column's values as stripped strings, without blanks and missing values."""
    values = column.dropna().astype(str).str.strip()
    return values[values != ""]


def count(value: float, lang: str) -> str:
    return i18n.format_number(value, lang)


def noun(name: str, value: int, lang: str) -> str:
    """'1 event' / '3 events' (labels.csv noun.<name>.<plural form>)."""
    return i18n.count_label(f"noun.{name}", int(value), lang)


def table(tables: Tables, name: str) -> pd.DataFrame:
    """tables[name], or an error that names the missing processed table."""
    if name not in tables:
        raise ReportError(
            f"processed table {name}.csv is missing: run `python -m vnlabour clean` first"
        )
    return tables[name]
