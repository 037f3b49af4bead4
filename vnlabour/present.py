"""What the notebooks call: their inputs, and HTML for sections, prose, charts and tables.

Article text reaches the report only through html.escape.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from vnlabour import i18n, prose
from vnlabour.config import FIGURES, INTERIM, PROCESSED, REPORT, REPORT_TABLE_ROWS
from vnlabour.errors import PresentationError
from vnlabour.params import Params, parse_params
from vnlabour.report import TOC_KEY, Folders, known_partner_codes, run_stages

if TYPE_CHECKING:
    import pandas as pd
    from IPython.display import HTML

    from vnlabour.charts import Chart

CHART_IMAGES = (("screen", ".svg"), ("print", ".png"))  # (CSS class, chart file) per medium
REPORT_COLUMNS = {  # the processed columns the notebooks read: add one here before using it
    "articles": (
        "article_id", "title", "outlet", "source_url", "published_date", "event_date",
        "event_date_basis",
    ),
    "events": (
        "event_id", "event_date", "date_precision", "year", "event_type", "partners",
        "article_ids",
    ),
    "partner_year": ("partner_code", "year", "events", "articles"),
    "mentions": ("article_id", "partner_code", "role"),
    "figures": ("article_id",),
    "migration_figures": (
        "fact_id", "article_id", "value", "value_max", "qualifier", "origin", "destination",
        "measure", "period_start", "period_end",
    ),
    "agreements": ("article_id", "agreement_type", "name", "signed_here"),
    "review": ("rule",),
    "skipped": ("file", "reason"),
    "corrections_log": ("status",),
    "official_series": (
        "year", "destination", "workers", "qualifier", "period", "partial_year", "min_workers",
        "max_workers",
    ),
    "reconciliation": (
        "fact_id", "article_id", "value", "value_max", "qualifier", "destination", "year",
        "official_value", "official_qualifier", "status", "reason", "difference", "ratio",
    ),
    "partners": ("partner_code",),
}  # fmt: skip
SCOPE_COLUMNS = ("article_id", "article_ids", "year", "partner_code")  # what in_scope reads
QUOTE_CHUNK_ROWS = 20_000  # rows of migration_figures.csv read at a time when looking up quotes


@dataclass(frozen=True)
class NotebookInputs:
    """A notebook's starting point: checked parameters, its folders, the filtered tables."""

    params: Params
    figures_dir: Path
    tables: ScopedTables
    processed_dir: Path  # where the quotes are looked up (quotes())


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
    """Parameters checked, processed tables made if missing; each is read and filtered when the
    notebook first uses it (ScopedTables).

    Empty folders mean the repository's defaults; 0 years mean no bound.
    """
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
    tables = ScopedTables(processed, params)
    return NotebookInputs(params, Path(figures_dir) if figures_dir else FIGURES, tables, processed)


class ScopedTables(Mapping[str, "pd.DataFrame"]):
    """The processed tables of a folder as vnlabour.clean.filter_tables scopes them, each read
    (its REPORT_COLUMNS only) on first use: a notebook holds only the tables it uses."""

    def __init__(self, folder: Path, params: Params) -> None:
        self.folder = folder
        self.params = params
        self.loaded: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in REPORT_COLUMNS:
            raise KeyError(name)
        if name not in self.loaded:
            self.loaded[name] = self.scoped(name)
        return self.loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter(REPORT_COLUMNS)

    def __len__(self) -> int:
        return len(REPORT_COLUMNS)

    def row_count(self, name: str) -> int:
        """len(self[name]), without keeping the table (nor reading more than the columns that
        set its scope) when it was not loaded yet."""
        if name in self.loaded:
            return len(self.loaded[name])
        scope = [column for column in REPORT_COLUMNS[name] if column in SCOPE_COLUMNS]
        return len(self.scoped(name, scope or REPORT_COLUMNS[name][:1]))

    def scoped(self, name: str, columns: Sequence[str] = ()) -> pd.DataFrame:
        """One table (those columns, else its REPORT_COLUMNS) read and filtered; articles and
        events come with self.kept."""
        from vnlabour.clean import in_scope

        kept = self.kept
        if name in self.loaded:
            return self.loaded[name]
        frame = read_columns(self.folder, name, columns or REPORT_COLUMNS[name])
        return in_scope(name, frame, kept, self.params)

    @cached_property
    def kept(self) -> set[str]:
        """The article_ids in scope by filter_tables' rule; loads articles and events on the way."""
        from vnlabour.clean import in_scope, kept_articles

        needed = ["articles", "events", *(["mentions"] if self.params.partners else [])]
        raw = {name: read_columns(self.folder, name, REPORT_COLUMNS[name]) for name in needed}
        kept = kept_articles(raw, self.params)
        for name in ("articles", "events"):
            self.loaded[name] = in_scope(name, raw[name], kept, self.params)
        return kept


def read_columns(folder: Path, name: str, columns: Sequence[str]) -> pd.DataFrame:
    """Some columns of one processed CSV, typed as table_metadata.json declares them."""
    import pandas as pd

    from vnlabour.clean import DTYPES, table_spec

    types = {spec["name"]: DTYPES[spec["type"]] for spec in table_spec(name)["columns"]}
    path = folder / f"{name}.csv"
    try:
        return pd.read_csv(
            path,
            usecols=list(columns),
            dtype={column: types[column] for column in columns},
            keep_default_na=False,
        )[list(columns)]
    except (OSError, ValueError) as error:
        raise PresentationError(
            f"{path}: cannot read the columns {', '.join(columns)} ({error}); rebuild the "
            "processed tables with `python -m vnlabour clean`"
        ) from None


def quotes(processed_dir: Path, fact_ids: Iterable[str]) -> dict[str, str]:
    """{fact_id: evidence} from migration_figures.csv for those facts only, read in chunks."""
    import pandas as pd

    wanted = set(fact_ids)
    found: dict[str, str] = {}
    path = processed_dir / "migration_figures.csv"
    with pd.read_csv(
        path,
        usecols=["fact_id", "evidence"],
        dtype=str,
        keep_default_na=False,
        chunksize=QUOTE_CHUNK_ROWS,
    ) as chunks:
        for chunk in chunks:
            hits = chunk[chunk["fact_id"].isin(wanted)]
            found.update(zip(hits["fact_id"], hits["evidence"], strict=True))
    return found


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
                i18n.format_number(row_count(tables, name), lang) for name in sorted(tables)
            ],
        }
    )
    return table_html(frame)


def row_count(tables: Mapping[str, pd.DataFrame], name: str) -> int:
    """Rows of tables[name]; ScopedTables count a table without keeping it in memory."""
    return tables.row_count(name) if isinstance(tables, ScopedTables) else len(tables[name])


def evidence_table(tables: Mapping[str, pd.DataFrame], lang: str, processed_dir: Path) -> HTML:
    """The largest migration figures (REPORT_TABLE_ROWS at most) in fact_id order, each with its
    quote and article: title (linked), outlet, date; then how many there are in all."""
    import pandas as pd

    figures = prose.table(tables, "migration_figures")
    shown = prose.largest_figures(figures, REPORT_TABLE_ROWS).sort_values("fact_id")
    quoted = quotes(processed_dir, shown["fact_id"])
    articles = prose.table(tables, "articles").set_index("article_id")
    rows = [
        {
            "figure": prose.figure_value(figure, lang),
            "quote": quoted.get(figure["fact_id"], ""),
            "article": citation(articles.loc[figure["article_id"]], lang),
            "url": cell_text(articles.loc[figure["article_id"], "source_url"]),
        }
        for _, figure in shown.iterrows()
    ]
    frame = pd.DataFrame(rows, columns=["figure", "quote", "article", "url"])
    headers = {
        "figure": i18n.label("col_figure", lang),
        "quote": i18n.label("col_quote", lang),
        "article": i18n.label("col_article", lang),
    }
    page = table_html(frame.rename(columns=headers), links={headers["article"]: "url"})
    return with_rows_left_out(page, len(figures), "migration_figures", "largest", lang)


def reconciliation_table(
    tables: Mapping[str, pd.DataFrame], lang: str, processed_dir: Path
) -> HTML:
    """The reconciled figures (REPORT_TABLE_ROWS at most: the compared ones first, then the
    largest), in fact_id order; then how many there are in all."""
    from vnlabour import official

    rows = official.reconciliation_in_scope(tables)
    shown = official.first_for_the_report(rows, REPORT_TABLE_ROWS)
    frame = official.reconciliation_frame(
        shown, tables["articles"], quotes(processed_dir, shown["fact_id"]), lang
    )
    page = table_html(frame, links={i18n.label("col_article", lang): "url"})
    return with_rows_left_out(page, len(rows), "reconciliation", "compared_largest", lang)


def with_rows_left_out(table: HTML, total: int, name: str, rule: str, lang: str) -> HTML:
    """The table, then, when it shows fewer than its total rows, a sentence saying how many it
    shows, which ones (labels.csv `cap_rule.<rule>`) and which processed CSV holds them all."""
    from IPython.display import HTML

    if total <= REPORT_TABLE_ROWS:
        return table
    note = i18n.label(
        "table_rows_left_out",
        lang,
        shown=i18n.format_number(REPORT_TABLE_ROWS, lang),
        total=i18n.format_number(total, lang),
        rule=i18n.label(f"cap_rule.{rule}", lang),
        file=f"{name}.csv",
    )
    return HTML(table.data + paragraphs([note]).data)


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
    """The corpus files that were skipped, and why (the first REPORT_TABLE_ROWS by name);
    nothing when none was."""
    from IPython.display import HTML

    skipped = prose.table(tables, "skipped")
    if skipped.empty:
        return HTML("")
    shown = skipped.sort_values("file").head(REPORT_TABLE_ROWS)
    headers = {"file": i18n.label("col_file", lang), "reason": i18n.label("col_reason", lang)}
    page = table_html(shown[["file", "reason"]].rename(columns=headers))
    return with_rows_left_out(page, len(skipped), "skipped", "first_files", lang)
