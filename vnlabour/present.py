"""What the notebooks call: their inputs, and HTML for sections, prose, charts and tables.

Article text reaches the report only through html.escape.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vnlabour import i18n, prose
from vnlabour.config import FIGURES, INTERIM, PROCESSED, REPORT
from vnlabour.params import Params, parse_params
from vnlabour.report import TOC_KEY, Folders, known_partner_codes, run_stages

if TYPE_CHECKING:
    import pandas as pd
    from IPython.display import HTML

    from vnlabour.charts import Chart

CHART_IMAGES = (("screen", ".svg"), ("print", ".png"))  # (CSS class, chart file) per medium


@dataclass(frozen=True)
class NotebookInputs:
    """A notebook's starting point: checked parameters, its folders, the filtered tables."""

    params: Params
    figures_dir: Path
    tables: dict[str, pd.DataFrame]


def notebook_inputs(
    *,
    corpus_dir: str,
    interim_dir: str,
    processed_dir: str,
    figures_dir: str,
    start_year: int,
    end_year: int,
    partners: str,
    lang: str,
    top_n: int,
) -> NotebookInputs:
    """Parameters checked, processed tables read (made first if missing) and filtered.

    Empty folders mean the repository's defaults; 0 years mean no bound.
    """
    from vnlabour.clean import filter_tables
    from vnlabour.publish import read_processed

    pairs = [
        f"corpus_dir={corpus_dir}" if corpus_dir else "",
        f"start_year={start_year or ''}",
        f"end_year={end_year or ''}",
        f"partners={partners}",
        f"lang={lang}",
        f"top_n={top_n}",
    ]
    params = parse_params([pair for pair in pairs if pair], known_partner_codes())
    processed = Path(processed_dir) if processed_dir else PROCESSED
    if not (processed / "articles.csv").is_file():
        interim = Path(interim_dir) if interim_dir else INTERIM
        folders = Folders(interim, processed, FIGURES, REPORT)
        run_stages(params, folders, print)
    tables = filter_tables(read_processed(processed), params)
    return NotebookInputs(params, Path(figures_dir) if figures_dir else FIGURES, tables)


def section(key: str, lang: str) -> HTML:
    """A section heading (labels.csv `section_<key>`); the report's contents list it.

    IPython files the metadata under the output's mime type: {"text/html": {TOC_KEY: ...}}.
    """
    from IPython.display import HTML

    title = i18n.label(f"section_{key}", lang)
    anchor = f"section-{key}"
    return HTML(
        f'<h2 id="{anchor}">{html.escape(title)}</h2>',
        metadata={TOC_KEY: {"id": anchor, "title": title}},
    )


def paragraphs(sentences: Sequence[str], per_sentence: bool = False) -> HTML:
    """Sentences as one escaped paragraph, or one paragraph each."""
    from IPython.display import HTML

    groups = [[sentence] for sentence in sentences] if per_sentence else [sentences]
    return HTML("".join(f'<p class="prose">{html.escape(" ".join(group))}</p>' for group in groups))


def chart_figure(chart: Chart) -> HTML:
    """The chart as embedded images with its alt text and title, or why it is empty.

    The SVG is for screens; print (the PDF) shows the PNG, which WeasyPrint draws far faster.
    """
    from IPython.display import HTML

    if chart.empty_reason:
        return HTML(
            f'<p class="empty"><strong>{html.escape(chart.title)}</strong>: '
            f"{html.escape(chart.empty_reason)}</p>"
        )
    alt = html.escape(chart.alt)
    images = "".join(
        f'<img class="{media}" src="{data_uri(chart, suffix)}" alt="{alt}">'
        for media, suffix in CHART_IMAGES
    )
    caption = f"<figcaption>{html.escape(chart.title)}</figcaption>"
    return HTML(f'<figure class="chart">{images}{caption}</figure>')


def data_uri(chart: Chart, suffix: str) -> str:
    """The chart's file with that suffix as a data: URI."""
    path = next(path for path in chart.files if path.suffix == suffix)
    mime = {".svg": "image/svg+xml", ".png": "image/png"}[suffix]
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def table_html(
    frame: pd.DataFrame, caption: str = "", links: Mapping[str, str] | None = None
) -> HTML:
    """An escaped HTML table with a repeated header row; links maps a column to its URL column."""
    from IPython.display import HTML

    links = links or {}
    shown = [column for column in frame.columns if column not in links.values()]
    head = "".join(f"<th>{html.escape(str(column))}</th>" for column in shown)
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{cell_html(row, column, links.get(column))}</td>" for column in shown)
        + "</tr>"
        for _, row in frame.iterrows()
    )
    title = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return HTML(f"<table>{title}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def cell_html(row: pd.Series, column: str, url_column: str | None) -> str:
    """One escaped cell; a link when url_column holds an http(s) address."""
    value = html.escape(cell_text(row[column]))
    url = cell_text(row[url_column]) if url_column else ""
    if url.startswith(("https://", "http://")):
        return f'<a href="{html.escape(url)}">{value}</a>'
    return value


def cell_text(value: object) -> str:
    """A table cell as text: '' for missing values."""
    import pandas as pd

    return "" if value is None or pd.isna(value) else str(value)


def tables_overview(tables: Mapping[str, pd.DataFrame], lang: str) -> HTML:
    """Each processed table with its number of rows within the chosen scope."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            i18n.label("col_table", lang): [f"{name}.csv" for name in sorted(tables)],
            i18n.label("col_rows", lang): [
                i18n.format_number(len(tables[name]), lang) for name in sorted(tables)
            ],
        }
    )
    return table_html(frame)


def evidence_table(tables: Mapping[str, pd.DataFrame], lang: str) -> HTML:
    """Every migration figure with its quote and article: title (linked), outlet, date."""
    import pandas as pd

    figures = prose.table(tables, "migration_figures")
    articles = prose.table(tables, "articles").set_index("article_id")
    rows = [
        {
            "figure": prose.figure_value(figure, lang),
            "quote": cell_text(figure["evidence"]),
            "article": citation(articles.loc[figure["article_id"]], lang),
            "url": cell_text(articles.loc[figure["article_id"], "source_url"]),
        }
        for _, figure in figures.sort_values("fact_id").iterrows()
    ]
    frame = pd.DataFrame(rows, columns=["figure", "quote", "article", "url"])
    headers = {
        "figure": i18n.label("col_figure", lang),
        "quote": i18n.label("col_quote", lang),
        "article": i18n.label("col_article", lang),
    }
    return table_html(frame.rename(columns=headers), links={headers["article"]: "url"})


def citation(article: pd.Series, lang: str) -> str:
    """'Title (Outlet, 5 April 2023)': the article's title, or its id, with outlet and date."""
    title = cell_text(article["title"]) or str(article.name)
    published = cell_text(article["published_date"])
    date = i18n.format_date(published, lang) if published else ""
    source = ", ".join(part for part in (cell_text(article["outlet"]), date) if part)
    return f"{title} ({source})" if source else title


def date_basis_table(tables: Mapping[str, pd.DataFrame], lang: str) -> HTML:
    """How many articles had their event date found each way (event_date_basis)."""
    import pandas as pd

    basis = prose.non_empty(prose.table(tables, "articles")["event_date_basis"])
    counts = basis.value_counts()
    frame = pd.DataFrame(
        {
            i18n.label("col_basis", lang): sorted(counts.index),
            i18n.label("col_articles", lang): [
                i18n.format_number(int(counts[name]), lang) for name in sorted(counts.index)
            ],
        }
    )
    return table_html(frame)


def skipped_table(tables: Mapping[str, pd.DataFrame], lang: str) -> HTML:
    """The corpus files that were skipped, and why; nothing when none was."""
    from IPython.display import HTML

    skipped = prose.table(tables, "skipped").sort_values("file")
    if skipped.empty:
        return HTML("")
    headers = {"file": i18n.label("col_file", lang), "reason": i18n.label("col_reason", lang)}
    return table_html(skipped[["file", "reason"]].rename(columns=headers))
