"""The report's prose, display helpers, HTML/PDF rendering, caching and failure handling.

Built on small hand-made processed tables; the end-to-end build is in test_build_e2e.py.
"""

import contextlib
import io
import re
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from IPython.core.interactiveshell import InteractiveShell
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from pypdf import PdfReader

from vnlabour import i18n, present, prose, report
from vnlabour.cli import main
from vnlabour.config import PROCESSED
from vnlabour.errors import PresentationError, ReferenceDataError, ReportError
from vnlabour.params import Params

NAMES = {  # a tiny stand-in catalogue, so these tests do not depend on the partner lists
    ("JPN", "vi"): "Nhật Bản",
    ("JPN", "en"): "Japan",
    ("LAO", "vi"): "Lào",
    ("LAO", "en"): "Laos",
    ("KOR", "vi"): "Hàn Quốc",
    ("KOR", "en"): "South Korea",
}


@pytest.fixture(autouse=True)
def partner_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "partner_name", lambda code, lang: NAMES[code, lang])


def fixture_tables() -> dict[str, pd.DataFrame]:
    """Three articles, three events (one undated), two partners tied on events."""
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "title": ["Việt Nam - Nhật Bản ký Bản ghi nhớ", "Hội nghị Việt Nam - Lào", ""],
            "outlet": ["Nhân Dân", "Lao Động", ""],
            "source_url": ["https://nhandan.vn/a1", "javascript:alert(1)", ""],
            "published_date": ["2023-09-14", "2022-12", ""],
            "event_date": ["2023-09-13", "", ""],
            "event_date_basis": ["text", "", ""],
        }
    )
    events = pd.DataFrame(
        {"event_id": ["e1", "e2", "e3"], "year": pd.array([2023, 2022, None], dtype="Int64")}
    )
    partner_year = pd.DataFrame(
        {
            "partner_code": ["LAO", "JPN", "LAO"],
            "year": pd.array([2022, 2023, 2023], dtype="Int64"),
            "events": pd.array([1, 2, 1], dtype="Int64"),
            "articles": pd.array([1, 2, 1], dtype="Int64"),
        }
    )
    migration_figures = pd.DataFrame(
        {
            "fact_id": ["a2:10", "a1:40"],
            "article_id": ["a2", "a1"],
            "value": pd.array([68000.0, 345000.0], dtype="Float64"),
            "value_max": pd.array([None, None], dtype="Float64"),
            "qualifier": ["nearly", "more_than"],
            "evidence": ["gần 68 nghìn lao động <b>sang</b> Lào", "hơn 345.000 lao động"],
        }
    )
    return {
        "articles": articles,
        "events": events,
        "partner_year": partner_year,
        "migration_figures": migration_figures,
        "agreements": pd.DataFrame(  # one MoU, named twice in a1
            {
                "agreement_id": ["a1:5", "a1:90"],
                "article_id": ["a1", "a1"],
                "agreement_type": ["mou", "mou"],
                "name": ["Bản ghi nhớ về hợp tác lao động"] * 2,
            }
        ),
        "skipped": pd.DataFrame({"file": ["z.pdf"], "reason": ["not text"]}),
        "review": pd.DataFrame({"table": ["articles", "figures"], "row_id": ["a2", "a2:10"]}),
        "corrections_log": pd.DataFrame({"status": ["applied", "stale", "applied"]}),
    }


SUMMARY = {
    "en": [
        "The corpus holds 3 articles, published from December 2022 to September 14, 2023; "
        "files skipped: 1.",
        "The articles describe 3 events of cooperation with 2 partners.",
        "The partner in the most events is Japan (2 events).",
        "The largest figure on workers is > 345,000 people, "
        "in “Việt Nam - Nhật Bản ký Bản ghi nhớ”.",
        "Distinct cooperation documents named in the articles (counted per article): 1.",
        "Scope: years 2022–2023; partners: Japan, Laos; ranked charts show the top 5 partners.",
    ],
    "vi": [
        "Kho dữ liệu gồm 3 bài báo, đăng từ tháng 12 năm 2022 đến 14 tháng 9, 2023; "
        "số tệp bị bỏ qua: 1.",
        "Các bài báo mô tả 3 sự kiện hợp tác với 2 đối tác.",
        "Đối tác có mặt trong nhiều sự kiện nhất là Nhật Bản (2 sự kiện).",
        "Số liệu lớn nhất về người lao động là > 345.000 người, "
        "trong bài “Việt Nam - Nhật Bản ký Bản ghi nhớ”.",
        "Số văn bản hợp tác khác nhau được nêu trong từng bài báo: 1.",
        "Phạm vi: năm 2022–2023; đối tác: Nhật Bản, Lào; "
        "biểu đồ xếp hạng hiển thị 5 đối tác đứng đầu.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_summary_reads_the_tables(lang: str) -> None:
    params = Params(lang=lang, start_year=2022, end_year=2023, partners=("JPN", "LAO"), top_n=5)
    assert prose.summary(fixture_tables(), params) == SUMMARY[lang]


def test_summary_follows_the_data() -> None:
    tables = fixture_tables()
    figures = tables["migration_figures"]
    tables["migration_figures"] = pd.concat(
        [figures, figures.iloc[[0]].assign(fact_id="a2:99", value=500000.0, qualifier="about")]
    )
    tables["partner_year"].loc[0, "events"] = 5
    sentences = prose.summary(tables, Params(lang="en"))
    assert "The partner in the most events is Laos (6 events)." in sentences
    assert (
        "The largest figure on workers is ≈ 500,000 people, in “Hội nghị Việt Nam - Lào”."
        in sentences
    )
    assert (
        sentences[-1] == "Scope: all years; partners: all; ranked charts show the top 15 partners."
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (2022, None, "Scope: years 2022–…;"),
        (None, 2021, "Scope: years …–2021;"),
        (None, None, "Scope: all years;"),
    ],
)
def test_scope_sentence_open_ended_years(start: int | None, end: int | None, expected: str) -> None:
    assert prose.scope_sentence(Params(lang="en", start_year=start, end_year=end)).startswith(
        expected
    )


def test_ties_go_to_the_first_code_and_fact() -> None:
    tables = fixture_tables()
    assert prose.leading_partner(tables) == ("JPN", 2, 2)  # JPN and LAO both have 2 events
    tables["migration_figures"]["value"] = pd.array([345000.0, 345000.0], dtype="Float64")
    assert prose.largest_figure(tables)["fact_id"] == "a1:40"


def test_timeline_counts_undated_events() -> None:
    tables = fixture_tables()
    tables["events"] = pd.DataFrame(
        {"year": pd.array([2021, 2023, 2021, None, None], dtype="Int64")}
    )
    assert prose.timeline(tables, Params(lang="en")) == [
        "2021 has the most events (2 events).",
        "Left off the timeline for want of a year: 2 events.",
    ]


def test_empty_scope_says_so() -> None:
    tables = {name: frame.iloc[0:0] for name, frame in fixture_tables().items()}
    params = Params(lang="en")
    assert prose.cooperation(tables, params) == [
        "No cooperation event falls within the chosen scope."
    ]
    assert prose.migration(tables, params) == [
        "No figure on numbers of workers falls within the chosen scope."
    ]
    assert prose.timeline(tables, params) == ["No dated event falls within the chosen scope."]
    assert prose.corpus_sentence(tables, "en").startswith("The corpus holds 0 articles with no")


def test_methods_counts_corrections_and_review() -> None:
    sentences = prose.methods(fixture_tables(), Params(lang="en"))
    assert "Articles with an event date: 1 of 3;" in sentences[1]
    assert "Hand corrections applied: 2; no longer matching the data: 1." in sentences
    assert "Rows flagged for a manual check (review.csv): 2." in sentences


def test_a_missing_table_names_the_command_to_run() -> None:
    with pytest.raises(ReportError, match=r"events\.csv is missing: run `python -m vnlabour clean"):
        prose.summary({"articles": fixture_tables()["articles"]}, Params())


def test_missing_text_key_says_where_to_add_it() -> None:
    with pytest.raises(ReferenceDataError, match="nope"):
        i18n.label("nope", "en")


# Display helpers: everything from the data arrives escaped.


def processed_quotes(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """folder with the migration_figures.csv of tables, where the report looks up quotes."""
    tables["migration_figures"].to_csv(folder / "migration_figures.csv", index=False)
    return folder


def test_evidence_table_escapes_quotes_and_links_only_web_addresses(tmp_path: Path) -> None:
    tables = fixture_tables()
    tables["articles"].loc[1, "title"] = "Hội nghị <script>alert('x')</script>"
    page = present.evidence_table(tables, "en", processed_quotes(tmp_path, tables)).data
    assert "&lt;b&gt;sang&lt;/b&gt;" in page and "<b>" not in page
    assert "Hội nghị &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script" not in page
    assert '<a href="https://nhandan.vn/a1">Việt Nam - Nhật Bản ký Bản ghi nhớ' in page
    assert "javascript:" not in page.split("<tbody>")[1].split("Hội nghị")[0]
    assert 'href="javascript' not in page
    assert "<thead><tr><th>Figure</th><th>Quote</th><th>Article</th></tr></thead>" in page
    assert "a1:40" not in page  # ids are not shown
    assert page.index("&gt; 345,000") < page.index("≲ 68,000")  # sorted by fact_id
    assert "rows" not in page  # every figure is shown: no sentence about the others


def test_evidence_table_shows_the_largest_figures_and_says_where_the_others_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(present, "REPORT_TABLE_ROWS", 1)
    tables = fixture_tables()
    page = present.evidence_table(tables, "en", processed_quotes(tmp_path, tables)).data
    assert "hơn 345.000 lao động" in page and "68,000" not in page and "68 nghìn" not in page
    assert page.endswith(
        '</table><p class="prose">The table shows 1 of its 2 rows (the largest figures); '
        "all of them are in data/processed/migration_figures.csv.</p>"
    )
    vi = present.evidence_table(tables, "vi", tmp_path).data
    assert "Bảng chỉ hiện 1 trong tổng số 2 dòng (các số liệu lớn nhất)" in vi


def test_quotes_are_read_for_the_facts_asked_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(present, "QUOTE_CHUNK_ROWS", 1)  # one row per chunk: every chunk counts
    folder = processed_quotes(tmp_path, fixture_tables())
    assert present.quotes(folder, ["a1:40", "zz:1"]) == {"a1:40": "hơn 345.000 lao động"}
    assert present.quotes(folder, []) == {}


def reconciliation_rows() -> pd.DataFrame:
    """Three figures of a1 and a2: one compared (the smallest), two not compared."""
    return pd.DataFrame(
        {
            "fact_id": ["a1:40", "a2:10", "a2:50"],
            "article_id": ["a1", "a2", "a2"],
            "value": [345000.0, 68000.0, 120.0],
            "value_max": [None, None, None],
            "qualifier": ["more_than", "nearly", "exact"],
            "destination": ["JPN", "LAO", "LAO"],
            "year": pd.array([None, None, 2022], dtype="Int64"),
            "official_value": pd.array([None, None, 100], dtype="Int64"),
            "official_qualifier": ["", "", "exact"],
            "status": ["not_compared", "not_compared", "different"],
            "reason": ["stock", "no_year", ""],
            "difference": [None, None, 20.0],
            "ratio": [None, None, 1.2],
        }
    )


def test_reconciliation_table_shows_compared_figures_first_then_the_largest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = fixture_tables()
    tables["reconciliation"] = reconciliation_rows()
    folder = processed_quotes(tmp_path, tables)
    page = present.reconciliation_table(tables, "en", folder).data
    cells = re.findall(r"<td>([^<]*)</td>", page)
    assert [cell for cell in cells if cell and (cell[0].isdigit() or cell[0] in "&≲")] == [
        "&gt; 345,000", "≲ 68,000", "120", "2022", "100",
    ]  # fmt: skip
    assert "different: +20 (+20%)" in page and "rows" not in page
    monkeypatch.setattr(present, "REPORT_TABLE_ROWS", 2)
    page = present.reconciliation_table(tables, "en", folder).data
    assert "different: +20" in page and "345,000" in page and "68,000" not in page
    assert page.index("345,000") < page.index("different")  # shown in fact_id order
    assert "hơn 345.000 lao động" in page  # its quote, from migration_figures.csv
    assert (
        "The table shows 2 of its 3 rows (the figures compared with the official record first, "
        "then the largest); all of them are in data/processed/reconciliation.csv." in page
    )


def test_table_cells_escape_html() -> None:
    frame = pd.DataFrame({"<th>": ["<script>alert(1)</script>", None]})
    page = present.table_html(frame, caption="a & b").data
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<caption>a &amp; b</caption>" in page
    assert "<td></td>" in page  # a missing value is an empty cell, not 'None' or '<NA>'


def test_section_heading_carries_its_contents_entry() -> None:
    heading = present.section("timeline", "vi")
    data, metadata = heading.data, heading.metadata
    assert data == '<h2 id="section-timeline">Dòng thời gian sự kiện</h2>'
    assert metadata == {
        report.TOC_KEY: {"id": "section-timeline", "title": "Dòng thời gian sự kiện"}
    }


def test_chart_figure_embeds_the_svg_with_escaped_alt(tmp_path: Path) -> None:
    svg, png = tmp_path / "c.svg", tmp_path / "c.png"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    png.write_bytes(b"\x89PNG")
    chart = FakeChart("c", "Title <1>", 'alt "quoted" <b>', (svg, png), "")
    page = present.chart_figure(chart).data
    assert '<img class="screen" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0' in page
    assert '<img class="print" src="data:image/png;base64,iVBORw==" ' in page
    assert page.count('alt="alt &quot;quoted&quot; &lt;b&gt;"') == 2
    assert "<figcaption>Title &lt;1&gt;</figcaption>" in page
    empty = present.chart_figure(FakeChart("c", "T", "", (), "Nothing to <draw>.")).data
    assert "<img" not in empty and "Nothing to &lt;draw&gt;." in empty


class FakeChart:
    def __init__(self, name: str, title: str, alt: str, files: tuple, empty_reason: str) -> None:
        self.name, self.title, self.alt = name, title, alt
        self.files, self.empty_reason = files, empty_reason


def test_paragraphs_escape_and_split() -> None:
    assert present.paragraphs(["A <b>.", "B."]).data == '<p class="prose">A &lt;b&gt;. B.</p>'
    split = present.paragraphs(["A.", "B."], per_sentence=True).data
    assert split == '<p class="prose">A.</p><p class="prose">B.</p>'


# Rendering: self-contained HTML, A4 PDF with embedded DejaVu fonts.


def report_notebook() -> nbformat.NotebookNode:
    """A notebook as the build merges it: markdown, code and display outputs."""
    cell = new_code_cell("secret_code_marker = 1")
    cell.outputs = [
        displayed(present.section("summary", "en")),
        displayed(present.paragraphs(["Tiếng Việt ổn."])),
        new_output("stream", name="stderr", text="a warning\n"),
    ]
    table_cell = new_code_cell("t")
    rows = pd.DataFrame({"col": [f"row {i}" for i in range(120)]})
    table_cell.outputs = [
        displayed(present.section("tables", "en")),
        displayed(present.table_html(rows)),
    ]
    return new_notebook(cells=[new_markdown_cell("# notebook-only text"), cell, table_cell])


def displayed(shown: object) -> nbformat.NotebookNode:
    """The output IPython's display() records for an object."""
    data, metadata = InteractiveShell.instance().display_formatter.format(shown)
    return new_output("display_data", data=data, metadata=metadata)


@pytest.fixture(scope="module")
def rendered() -> tuple[str, bytes]:
    params = Params(lang="en", corpus_dir=Path(__file__).parent / "fixtures" / "report_corpus")
    page = report.render_html(report_notebook(), report.report_context(params))
    target = io.BytesIO()
    report.render_pdf(page, target)
    return page, target.getvalue()


def test_html_is_self_contained_and_hides_code(rendered: tuple[str, bytes]) -> None:
    page, _ = rendered
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page.replace("<a href", ""))
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(https?:)?//", page)
    assert "secret_code_marker" not in page and "notebook-only text" not in page
    assert "a warning" not in page
    assert '<li><a href="#section-summary">Summary</a></li>\n<li><a href="#section-tables">' in page
    assert "file://" not in page  # the font files are for the PDF only
    assert "monospace" not in page


def test_html_footer_has_provenance_without_build_time(rendered: tuple[str, bytes]) -> None:
    page, _ = rendered
    footer = page.split("<footer>")[1]
    assert "vnlabour version</dt><dd>0.1.0" in footer
    assert "corpus_dir=tests/fixtures/report_corpus start_year= end_year=" in footer
    assert re.search(r"Corpus hash \(SHA-256\)</dt><dd>[0-9a-f]{64}<", footer)
    assert "MIT" in footer and "DejaVu" in footer
    assert not re.search(r"20\d\d-\d\d-\d\d[ T]\d\d:\d\d", page)


def test_pdf_is_a4_with_page_numbers_and_dejavu_fonts(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2  # 120 rows spill over
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)
    assert "Page 1 / " in reader.pages[0].extract_text()
    texts = [page.extract_text() for page in reader.pages]
    assert [f"Page {n} / {len(texts)}" in text for n, text in enumerate(texts, 1)] == [True] * len(
        texts
    )
    with_rows = [text for text in texts if "row " in text]
    assert len(with_rows) >= 2  # the table spans pages ...
    assert all("col\nrow " in text for text in with_rows)  # ... and its header repeats
    fonts = {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all(name.startswith("DejaVu-Sans") for name in fonts), fonts
    assert "CreationDate" not in str(reader.metadata or {})


def test_pdf_text_is_covered_by_the_font_files(rendered: tuple[str, bytes]) -> None:
    _, pdf = rendered
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Tiếng Việt ổn." in text
    for path in report.font_files().values():
        cmap = TTFont(path).getBestCmap()
        missing = {c for c in text if not c.isspace() and ord(c) not in cmap}
        assert not missing, f"{path.name} lacks {sorted(missing)}"


def test_same_html_gives_the_same_pdf_bytes(rendered: tuple[str, bytes]) -> None:
    page, pdf = rendered
    again = io.BytesIO()
    report.render_pdf(page, again)
    assert again.getvalue() == pdf


# The build: failures, publishing, caching.


def write_notebook(folder: Path, name: str, sources: list[str]) -> None:
    cells = [
        new_code_cell('lang: str = "vi"  # report language', metadata={"tags": ["parameters"]})
    ]
    notebook = new_notebook(cells=cells + [new_code_cell(source) for source in sources])
    notebook.metadata["kernelspec"] = {
        "name": "vnlabour",
        "language": "python",
        "display_name": "v",
    }
    nbformat.write(notebook, folder / name)


@pytest.mark.timeout(60)
def test_failing_notebook_names_notebook_and_cell_and_keeps_old_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01_fine.ipynb", ["leftover = 1"])
    write_notebook(
        notebooks, "02_broken.ipynb", ["x = 'leftover' in dir()", "assert not x", "1 / 0"]
    )
    monkeypatch.setattr(report, "NOTEBOOKS", notebooks)
    monkeypatch.setattr(report, "run_stages", lambda params, folders, say: None)
    out = tmp_path / "out"
    old = report.Folders.under(out)
    for folder in old.all():
        folder.mkdir(parents=True)
        (folder / "previous.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(ReportError) as error:
        report.build(Params(), out, say=lambda line: None)
    assert str(error.value) == (
        "notebook 02_broken.ipynb failed in cell 4 (`1 / 0`): ZeroDivisionError: division by zero"
    )  # cell 3 passing shows that %reset -f ran between the notebooks
    for folder in old.all():
        assert [p.name for p in folder.iterdir()] == ["previous.txt"]
    assert not (out / ".cache").exists()  # the staging folder is gone


@pytest.mark.timeout(60)
def test_a_hung_cell_fails_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    write_notebook(notebooks, "01_hangs.ipynb", ["import time", "time.sleep(600)"])
    monkeypatch.setattr(report, "NOTEBOOKS", notebooks)
    monkeypatch.setattr(report, "CELL_TIMEOUT", 2)
    started = time.perf_counter()
    folders = report.Folders.under(tmp_path)
    hung = r"01_hangs\.ipynb: a cell ran longer than 2 s"
    with pytest.raises(ReportError, match=hung), report.running_kernel() as kernel:
        report.run_notebooks(Params(), folders, kernel, lambda line: None)
    assert time.perf_counter() - started < 30


def test_publish_swaps_folders_and_keeps_gitkeep(tmp_path: Path) -> None:
    target = report.Folders.under(tmp_path / "repo")
    staging = report.Folders.under(tmp_path / "staging")
    target.figures.mkdir(parents=True)
    (target.figures / ".gitkeep").write_text("", encoding="utf-8")
    (target.figures / "stale.svg").write_text("old", encoding="utf-8")
    staging.figures.mkdir(parents=True)
    (staging.figures / "new.svg").write_text("new", encoding="utf-8")
    report.publish(staging, target)
    assert sorted(p.name for p in target.figures.iterdir()) == [".gitkeep", "new.svg"]
    assert target.report.is_dir() and target.interim.is_dir()


@pytest.fixture
def stub_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A build whose stages only write a file, over copies of every hashed input."""
    inputs = {}
    for name in ("package", "notebooks", "templates", "reference", "annotations", "external"):
        folder = tmp_path / "inputs" / name
        folder.mkdir(parents=True)
        (folder / "a1.txt").write_text("1", encoding="utf-8")
        inputs[name] = folder
    monkeypatch.setattr(report, "HASHED_INPUTS", tuple((f, "**/*") for f in inputs.values()))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text("Bài báo", encoding="utf-8")
    inputs["corpus"] = corpus
    runs = []

    def fake_stages(params: Params, folders: report.Folders, say: report.Say) -> None:
        runs.append(params)
        folders.processed.mkdir(parents=True)
        (folders.processed / "articles.csv").write_text("article_id\n", encoding="utf-8")

    monkeypatch.setattr(report, "run_stages", fake_stages)
    monkeypatch.setattr(report, "run_notebooks", lambda params, folders, kernel, say: None)
    monkeypatch.setattr(report, "running_kernel", contextlib.nullcontext)
    monkeypatch.setattr(report, "render_report", lambda params, folders, say: None)
    return {"inputs": inputs, "runs": runs, "out": tmp_path / "out", "corpus": corpus}


def test_unchanged_inputs_do_no_work(stub_build: dict) -> None:
    params = Params(corpus_dir=stub_build["corpus"])
    assert report.build(params, stub_build["out"], say=lambda line: None)
    started = time.perf_counter()
    assert not report.build(params, stub_build["out"], say=lambda line: None)
    assert time.perf_counter() - started < 0.5
    assert len(stub_build["runs"]) == 1
    assert report.build(params, stub_build["out"], force=True, say=lambda line: None)
    assert len(stub_build["runs"]) == 2


@pytest.mark.parametrize(
    "change",
    ["package", "notebooks", "templates", "reference", "annotations", "external", "corpus"],
)
def test_a_changed_input_rebuilds(stub_build: dict, change: str) -> None:
    params = Params(corpus_dir=stub_build["corpus"])
    report.build(params, stub_build["out"], say=lambda line: None)
    (stub_build["inputs"][change] / "a1.txt").write_text("changed", encoding="utf-8")
    assert report.build(params, stub_build["out"], say=lambda line: None)


@pytest.mark.parametrize(
    "params",
    [Params(lang="en"), Params(top_n=3), Params(start_year=2020), Params(partners=("LAO",))],
)
def test_changed_parameters_rebuild(stub_build: dict, params: Params) -> None:
    corpus = stub_build["corpus"]
    report.build(Params(corpus_dir=corpus), stub_build["out"], say=lambda line: None)
    changed = Params(**{**params.__dict__, "corpus_dir": corpus})
    assert report.build(changed, stub_build["out"], say=lambda line: None)


def test_a_touched_output_rebuilds(stub_build: dict) -> None:
    params = Params(corpus_dir=stub_build["corpus"])
    report.build(params, stub_build["out"], say=lambda line: None)
    articles = report.Folders.under(stub_build["out"]).processed / "articles.csv"
    articles.write_text("edited by hand\n", encoding="utf-8")
    assert report.build(params, stub_build["out"], say=lambda line: None)
    assert articles.read_text(encoding="utf-8") == "article_id\n"


def test_the_real_inputs_are_all_hashed() -> None:
    folders = {folder for folder, _ in report.HASHED_INPUTS}
    from vnlabour import config

    assert {report.PACKAGE, config.NOTEBOOKS, config.TEMPLATES, config.REFERENCE} <= folders
    assert {config.ANNOTATIONS, config.EXTERNAL} <= folders


def test_skipped_files_are_listed_only_when_there_are_some() -> None:
    tables = fixture_tables()
    page = present.skipped_table(tables, "en").data
    assert "<th>File</th><th>Reason</th>" in page and "<td>z.pdf</td><td>not text</td>" in page
    tables["skipped"] = tables["skipped"].iloc[0:0]
    assert present.skipped_table(tables, "en").data == ""


def test_a_long_skipped_list_shows_the_first_files_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(present, "REPORT_TABLE_ROWS", 2)
    tables = fixture_tables()
    tables["skipped"] = pd.DataFrame({"file": ["c.pdf", "a.doc", "b.bin"], "reason": ["x"] * 3})
    page = present.skipped_table(tables, "en").data
    assert re.findall(r"<td>(\w\.\w+)</td>", page) == ["a.doc", "b.bin"]
    assert "shows 2 of its 3 rows (the first files by name); all of them are in " in page
    assert "data/processed/skipped.csv." in page


def test_scoped_tables_read_only_the_report_columns_typed() -> None:
    tables = present.ScopedTables(PROCESSED, Params())
    assert set(tables) == set(report_table_names())
    for name in tables:
        assert list(tables[name].columns) == list(present.REPORT_COLUMNS[name]), name
    assert str(tables["events"]["year"].dtype) == "Int64"
    assert str(tables["migration_figures"]["value"].dtype) == "Float64"
    assert str(tables["agreements"]["signed_here"].dtype) == "boolean"
    assert "evidence" not in tables["migration_figures"].columns


@pytest.mark.parametrize(
    "params", [Params(), Params(partners=("LAO",)), Params(start_year=2023, end_year=2024)]
)
def test_scoped_tables_are_what_filter_tables_gives(params: Params) -> None:
    from vnlabour.clean import filter_tables
    from vnlabour.publish import read_processed

    expected = filter_tables(read_processed(PROCESSED), params)
    tables = present.ScopedTables(PROCESSED, params)
    for name, columns in present.REPORT_COLUMNS.items():
        assert tables.row_count(name) == len(expected[name]), name
        assert name not in tables.loaded or name in ("articles", "events")  # counted, not kept
        pd.testing.assert_frame_equal(tables[name], expected[name][list(columns)], obj=name)


def report_table_names() -> list[str]:
    from vnlabour.clean import table_metadata

    return [table["name"] for table in table_metadata()["tables"]]


def test_a_processed_table_without_a_report_column_says_how_to_rebuild(tmp_path: Path) -> None:
    pd.DataFrame({"file": ["a.txt"]}).to_csv(tmp_path / "skipped.csv", index=False)
    with pytest.raises(PresentationError, match=r"skipped\.csv: cannot read the columns file, "):
        present.read_columns(tmp_path, "skipped", ("file", "reason"))
    with pytest.raises(PresentationError, match="`python -m vnlabour clean`"):
        present.read_columns(tmp_path, "review", ("rule",))


def test_cli_rejects_an_unknown_partner_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["report", "--out", str(tmp_path), "--param", "partners=LAO,ZZZ"]
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("error: unknown partner code 'ZZZ'")
    assert not (tmp_path / "report").exists()
