"""The charts' contract: files, bytes, the data behind each figure, language, filters, layout."""

import csv
import html
import io
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

from vnlabour import charts
from vnlabour.errors import PresentationError
from vnlabour.params import Params
from vnlabour.tables import format_cell

CHARTS = {
    "cooperation_frequency": (charts.cooperation_frequency, charts.draw_frequency),
    "partner_year_heatmap": (charts.partner_year_heatmap, charts.draw_heatmap),
    "migration_figures": (charts.migration_figures, charts.draw_migration),
    "timeline": (charts.timeline, charts.draw_timeline),
    "coverage": (charts.coverage, charts.draw_coverage),
}
HEADING = charts.Heading("Title", "N = 1 · 2023", ("A note.", "Source."))


def processed_tables() -> charts.Tables:
    """Five articles, five events (one undated), four people figures: counts worked out by hand."""
    return {
        "articles": pd.DataFrame(
            {
                "article_id": ["a1", "a2", "a3", "a4", "a5"],
                "outlet": ["VnExpress", "Nhân Dân", "VnExpress", "Lao Động", ""],
                "published_date": ["2023-04-05", "2022-12-20", "2024-01-02", "2021-06", ""],
            }
        ),
        "events": pd.DataFrame(
            {
                "event_id": ["e1", "e2", "e3", "e4", "e5"],
                "event_date": ["2023-04-05", "2022-12", "2024", "", "2021-06-10"],
                "date_precision": ["day", "month", "year", "none", "day"],
                "year": [2023, 2022, 2024, None, 2021],
                "event_type": ["ministerial_conference", "signing", "workshop", "visit", "visit"],
                "partners": ["KHM", "LAO;ILO", "KHM", "JPN", "JPN;KOR"],
                "location": ["Hà Nội", "Viêng Chăn", "", "", "Tokyo"],
                "article_ids": ["a1", "a2", "a3", "a5", "a4"],
                "n_articles": [1, 1, 1, 1, 1],
            }
        ),
        "partner_year": pd.DataFrame(
            {
                "partner_code": ["KHM", "KHM", "JPN", "LAO", "ILO", "KOR"],
                "name_vi": [""] * 6,
                "name_en": [""] * 6,
                "partner_kind": ["country"] * 3 + ["country", "organisation", "country"],
                "year": [2023, 2024, 2021, 2022, 2022, 2021],
                "events": [1, 1, 1, 1, 1, 1],
                "articles": [1, 1, 3, 1, 1, 1],
            }
        ),
        "migration_figures": pd.DataFrame(
            {
                "fact_id": ["a1:100", "a1:200", "a3:50", "a2:10"],
                "article_id": ["a1", "a1", "a3", "a2"],
                "value": [345000, 35, 15000, 229066],
                "value_max": [None, None, 20000, None],
                "unit": ["persons"] * 4,
                "qualifier": ["more_than", "about", "exact", "exact"],
                "metric": [
                    "workers abroad",
                    "scholarship students",
                    "workers sent",
                    "workers sent",
                ],
                "origin": ["VNM", "KHM", "VNM", "LAO"],
                "destination": ["JPN", "VNM", "KOR", ""],
                "measure": ["stock", "flow", "flow", "flow"],
                "period_start": ["2022-12", "", "2024", "2022-01"],
                "period_end": ["2022-12", "", "2024", "2022-11"],
            }
        ),
        "agreements": pd.DataFrame(
            {
                "agreement_id": ["a1:5", "a2:7"],
                "article_id": ["a1", "a2"],
                "signed_here": [False, True],  # a1 only mentions an MoU signed earlier
            }
        ),
    }


def build(name: str, out_dir: Path, tables: charts.Tables | None = None, **params) -> charts.Chart:
    return CHARTS[name][0](tables or processed_tables(), Params(**params), out_dir)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., charts.Chart]:
    """A chart of the fixture tables with the given params, built once per test session."""
    cache: dict[tuple, charts.Chart] = {}

    def chart(name: str, **params) -> charts.Chart:
        key = (name, *sorted(params.items()))
        if key not in cache:
            cache[key] = build(name, tmp_path_factory.mktemp(name), **params)
        return cache[key]

    return chart


def svg_texts(chart: charts.Chart) -> list[str]:
    """The texts of an SVG whose glyphs are paths: matplotlib writes each one as a comment."""
    svg = (chart.files[0]).read_text(encoding="utf-8")
    return [html.unescape(part.split("-->")[0].strip()) for part in svg.split("<!--")[1:]]


def drawn(chart: charts.Chart, lang: str = "vi") -> Figure:
    return CHARTS[chart.name][1](chart.data, HEADING, lang)


@pytest.mark.parametrize("name", CHARTS)
def test_writes_svg_png_and_csv(name: str, tmp_path: Path) -> None:
    chart = build(name, tmp_path)
    expected = tuple(tmp_path / f"{name}.{suffix}" for suffix in ("svg", "png", "csv"))
    assert chart.name == name and chart.files == expected and chart.empty_reason == ""
    assert all(path.stat().st_size > 0 for path in expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in expected)


@pytest.mark.parametrize("name", CHARTS)
def test_same_inputs_same_bytes(name: str, tmp_path: Path) -> None:
    first, second = build(name, tmp_path / "1"), build(name, tmp_path / "2")
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


@pytest.mark.parametrize("name", CHARTS)
def test_row_order_and_cell_types_of_the_input_do_not_change_the_bytes(
    name: str, tmp_path: Path
) -> None:
    """Tables read as text with rows reversed, or with pandas' nullable dtypes (Int64, Float64,
    boolean, pd.NA), as vnlabour.publish.read_processed gives them: the same files."""
    shuffled = {
        key: pd.read_csv(
            io.StringIO(frame.iloc[::-1].to_csv(index=False)), dtype=str, keep_default_na=False
        )
        for key, frame in processed_tables().items()
    }
    nullable = {key: frame.convert_dtypes() for key, frame in processed_tables().items()}
    typed = build(name, tmp_path / "typed")
    for variant, tables in (("text", shuffled), ("nullable", nullable)):
        other = build(name, tmp_path / variant, tables)
        for a, b in zip(typed.files, other.files, strict=True):
            assert a.read_bytes() == b.read_bytes(), (variant, a.name)


@pytest.mark.parametrize("name", CHARTS)
def test_csv_is_the_chart_data(name: str, built: Callable[..., charts.Chart]) -> None:
    chart = built(name)
    with chart.files[2].open(encoding="utf-8", newline="") as handle:
        written = list(csv.reader(handle))
    cells = chart.data.astype(object).where(chart.data.notna(), None)
    assert written[0] == list(chart.data.columns)
    assert written[1:] == [[format_cell(v) for v in row] for row in cells.to_numpy().tolist()]
    assert b"\r\n" not in chart.files[2].read_bytes()


@pytest.mark.parametrize(
    ("name", "height"),
    [
        ("cooperation_frequency", 4.8),
        ("partner_year_heatmap", 4.8),
        ("migration_figures", 7.2),
        ("timeline", 4.8),
        ("coverage", 4.4),
    ],
)
def test_fixed_size_and_dpi(name: str, height: float, built: Callable[..., charts.Chart]) -> None:
    chart = built(name)
    with Image.open(chart.files[1]) as png:
        assert png.size == (round(6.3 * 150), round(height * 150))
        assert png.info["dpi"] == pytest.approx((150, 150), abs=0.05)  # stored per metre
    svg = chart.files[0].read_text(encoding="utf-8")
    assert f'width="{6.3 * 72:g}pt" height="{height * 72:g}pt"' in svg
    assert "<dc:date>" not in svg


def test_frequency_counts_and_ranks_partners(built: Callable[..., charts.Chart]) -> None:
    """Events first, then articles, then the code: JPN (1 event, 3 articles) is second."""
    data = built("cooperation_frequency", lang="en").data
    assert data.to_dict("list") == {
        "partner_code": ["KHM", "JPN", "ILO", "KOR", "LAO"],
        "partner": [
            "Cambodia",
            "Japan",
            "International Labour Organization",
            "South Korea",
            "Laos",
        ],
        "events": [2, 1, 1, 1, 1],
        "articles": [2, 3, 1, 1, 1],
    }


@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        ("cooperation_frequency", "partner_code", ["KHM", "JPN"]),
        ("partner_year_heatmap", "partner_code", ["KHM", "JPN"]),
        ("timeline", "partner_code", ["KHM", "ILO"]),  # 2 dated events for KHM, ILO first by code
    ],
)
def test_top_n(
    name: str, column: str, expected: list[str], built: Callable[..., charts.Chart]
) -> None:
    data = built(name, top_n=2).data
    assert list(dict.fromkeys(data[column])) == expected


def test_heatmap_has_every_year_of_the_period_for_each_partner(
    built: Callable[..., charts.Chart],
) -> None:
    data = built("partner_year_heatmap", top_n=1, start_year=2020, end_year=2024).data
    assert data.to_dict("list") == {
        "partner_code": ["KHM"] * 5,
        "partner": ["Campuchia"] * 5,
        "year": [2020, 2021, 2022, 2023, 2024],
        "events": [0, 0, 0, 1, 1],
    }


def test_a_long_span_of_years_sums_the_quiet_ends_into_one_column_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(charts, "HEATMAP_MAX_COLUMNS", 4)  # the busiest 2 years one by one
    tables = processed_tables()
    early = tables["partner_year"].iloc[[0]].assign(year=2018)  # KHM: 2018, 2023, 2024
    tables["partner_year"] = pd.concat([tables["partner_year"], early], ignore_index=True)
    chart = build("partner_year_heatmap", tmp_path, tables, top_n=1, lang="en")
    # events per year, all partners: 2018 1, 2021 2, 2022 2, 2023 1, 2024 1: 2021-2022 lead
    assert chart.data[["year", "events"]].to_dict("list") == {
        "year": ["2018–2020", 2021, 2022, "2023–2024"],
        "events": [1, 0, 0, 2],
    }
    assert "Years outside 2021–2022, with few events, are summed into one column at either " in (
        " ".join(svg_texts(chart))
    )
    assert "2018–2024" in chart.alt  # the period is every year of the data


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_migration_figures_by_corridor_flows_apart_from_stocks(
    lang: str, built: Callable[..., charts.Chart]
) -> None:
    data = built("migration_figures", lang=lang).data
    expected = {
        "vi": {
            "measure": ["flow", "flow", "flow", "stock"],
            "corridor": [
                "Lào → không rõ", "Việt Nam → Hàn Quốc", "Campuchia → Việt Nam",
                "Việt Nam → Nhật Bản",
            ],
            "value_label": ["229.066", "15.000–20.000", "≈ 35", "> 345.000"],
            "source": ["Nhân Dân, 20/12/2022", "VnExpress, 2/1/2024", "VnExpress, 5/4/2023",
                       "VnExpress, 5/4/2023"],
        },
        "en": {
            "measure": ["flow", "flow", "flow", "stock"],
            "corridor": [
                "Laos → unknown", "Vietnam → South Korea", "Cambodia → Vietnam", "Vietnam → Japan",
            ],
            "value_label": ["229,066", "15,000–20,000", "≈ 35", "> 345,000"],
            "source": ["Nhân Dân, 12/20/2022", "VnExpress, 1/2/2024", "VnExpress, 4/5/2023",
                       "VnExpress, 4/5/2023"],
        },
    }[lang]  # fmt: skip
    assert data[list(expected)].to_dict("list") == expected
    assert {"> 345.000", "≈ 35"} <= set(svg_texts(built("migration_figures")))


def test_migration_panels_keep_flows_and_stocks_apart(built: Callable[..., charts.Chart]) -> None:
    figure = drawn(built("migration_figures"))
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert titles == [
        "Dòng: số người đi trong kỳ",
        "Tồn: số người đang ở nơi đến tại một thời điểm",
    ]


def test_timeline_rows_dates_and_signings(built: Callable[..., charts.Chart]) -> None:
    data = built("timeline").data
    assert data[["partner_code", "event_id", "start", "end", "agreement_signed"]].to_dict(
        "list"
    ) == {
        "partner_code": ["KHM", "KHM", "ILO", "JPN", "KOR", "LAO"],
        "event_id": ["e1", "e3", "e2", "e5", "e5", "e2"],
        "start": [
            "2023-04-05",
            "2024-01-01",
            "2022-12-01",
            "2021-06-10",
            "2021-06-10",
            "2022-12-01",
        ],
        "end": ["2023-04-05", "2024-12-31", "2022-12-31", "2021-06-10", "2021-06-10", "2022-12-31"],
        "agreement_signed": [False, False, True, False, False, True],
    }
    assert "Không vẽ (không rõ ngày): 1 sự kiện." in svg_texts(built("timeline"))


def test_coverage_counts_articles_per_year_and_outlet(built: Callable[..., charts.Chart]) -> None:
    chart = built("coverage", lang="en")
    per_year = chart.data.groupby("year")["articles"].sum().to_dict()
    per_outlet = chart.data.groupby("outlet", sort=False)["articles"].sum().to_dict()
    assert per_year == {2021: 1, 2022: 1, 2023: 1, 2024: 1}
    assert per_outlet == {"VnExpress": 2, "Lao Động": 1, "Nhân Dân": 1}  # ties by name
    assert "Not shown (no publication year): 1 article." in svg_texts(chart)


def test_coverage_puts_the_unknown_outlet_after_the_named_ones(tmp_path: Path) -> None:
    tables = processed_tables()
    tables["articles"] = tables["articles"].assign(outlet=["", "", "Báo B", "Báo A", "Báo B"])
    tables["articles"].loc[4, "published_date"] = "2024-05"
    data = build("coverage", tmp_path, tables, lang="en").data
    assert list(dict.fromkeys(data["outlet"])) == ["Báo B", "Báo A", "Outlet unknown"]


def test_coverage_groups_outlets_beyond_the_palette_as_other(tmp_path: Path) -> None:
    tables = processed_tables()
    tables["articles"] = pd.DataFrame({
        "article_id": [f"x{i}" for i in range(10)],
        "outlet": [f"Báo {chr(65 + i)}" for i in range(10)],
        "published_date": ["2023-01-01"] * 10,
    })  # fmt: skip
    data = build("coverage", tmp_path, tables, lang="en").data
    assert data["outlet"].tolist() == [f"Báo {chr(65 + i)}" for i in range(7)] + ["Other outlets"]
    assert data["articles"].tolist() == [1] * 7 + [3]


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("cooperation_frequency", "vi", ["Tần suất hợp tác theo đối tác", "Campuchia", "Số lượng"]),
        ("cooperation_frequency", "en", ["Cooperation frequency by partner", "Cambodia", "Count"]),
        ("partner_year_heatmap", "en", ["Events by partner and year", "Laos", "Year"]),
        ("timeline", "vi", ["Lễ ký kết", "Có ký kết văn bản", "Lào"]),
        ("timeline", "en", ["Signing", "Agreement signed", "Laos"]),
        ("coverage", "vi", ["Số bài báo theo năm và theo báo", "Năm", "Số bài báo"]),
        ("migration_figures", "en", ["People", "Signs: > more than; ≈ about."]),
    ],
)
def test_labels_in_the_report_language(
    name: str, lang: str, expected: list, built: Callable[..., charts.Chart]
) -> None:
    chart = built(name, lang=lang)
    texts = svg_texts(chart)
    assert [text for text in expected if text not in texts] == []
    other = {"vi": ["Cambodia", "Laos", "Year", "Count"], "en": ["Campuchia", "Lào", "Năm"]}[lang]
    assert [text for text in other if text in texts] == []


@pytest.mark.parametrize(
    ("name", "params", "subtitle"),
    [
        ("cooperation_frequency", {"lang": "en"}, "N = 5 events, 5 articles · 2021–2024"),
        ("cooperation_frequency", {"start_year": 2022}, "N = 5 sự kiện, 5 bài báo · 2022–2024"),
        ("partner_year_heatmap", {"lang": "en", "end_year": 2022},
         "N = 5 events, 5 articles · 2021–2022"),
        ("migration_figures", {"lang": "en"}, "N = 4 figures from 3 articles · 2022–2024"),
        ("migration_figures", {"lang": "en", "start_year": 2023, "end_year": 2023},
         "N = 1 figure from 1 article · 2023"),
        ("timeline", {"lang": "en"}, "N = 5 events, 5 articles · 2021–2024"),
        ("coverage", {"lang": "en"}, "N = 4 articles · 2021–2024"),
    ],
)  # fmt: skip
def test_n_and_period_under_the_title(
    name: str, params: dict, subtitle: str, built: Callable[..., charts.Chart]
) -> None:
    texts = svg_texts(built(name, **params))
    assert subtitle in texts


@pytest.mark.parametrize(
    ("name", "column", "expected"),
    [
        ("cooperation_frequency", "partner_code", {"LAO"}),
        ("partner_year_heatmap", "partner_code", {"LAO"}),
        ("timeline", "partner_code", {"LAO"}),  # e2 also names ILO: ILO stays out
    ],
)
def test_only_the_partners_asked_for(
    name: str, column: str, expected: set, built: Callable[..., charts.Chart]
) -> None:
    assert set(built(name, partners=("LAO",)).data[column]) == expected


def test_migration_keeps_figures_with_the_partner_at_either_end(
    built: Callable[..., charts.Chart],
) -> None:
    data = built("migration_figures", partners=("KOR", "KHM")).data
    assert data["fact_id"].tolist() == ["a3:50", "a1:200"]


@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        ("cooperation_frequency", {"start_year": 2022, "end_year": 2023}, "partner_code",
         ["ILO", "KHM", "LAO"]),
        ("timeline", {"start_year": 2022, "end_year": 2023}, "partner_code", ["ILO", "KHM", "LAO"]),
        ("coverage", {"start_year": 2023, "end_year": 2023}, "outlet", ["VnExpress"]),
        ("migration_figures", {"start_year": 2022, "end_year": 2022}, "fact_id",
         ["a2:10", "a1:100"]),  # years from period_end, not from the article's date
    ],
)  # fmt: skip
def test_years_are_inclusive_bounds(
    name: str, params: dict, column: str, expected: list, built: Callable[..., charts.Chart]
) -> None:
    assert built(name, **params).data[column].tolist() == expected


@pytest.mark.parametrize("name", CHARTS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_nothing_to_chart_gives_a_reason_and_no_image(name: str, lang: str, tmp_path: Path) -> None:
    stale = tmp_path / f"{name}.svg"
    stale.write_text("from an earlier run", encoding="utf-8")
    chart = build(name, tmp_path, start_year=2030, lang=lang)
    assert chart.empty_reason.endswith(".") and len(chart.empty_reason) > 20
    assert chart.empty_reason.startswith({"vi": "Không", "en": "No"}[lang])
    assert chart.files == (tmp_path / f"{name}.csv",)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.csv"]
    header = chart.files[0].read_text(encoding="utf-8")
    assert header.count("\n") == 1 and header.startswith(chart.data.columns[0])


def test_empty_tables_are_not_an_error(tmp_path: Path) -> None:
    tables = {key: frame.iloc[0:0] for key, frame in processed_tables().items()}
    for name in CHARTS:
        assert build(name, tmp_path, tables).empty_reason


@pytest.mark.parametrize("name", CHARTS)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_is_at_least_8_pt_and_inside_the_figure(
    name: str, lang: str, built: Callable[..., charts.Chart]
) -> None:
    figure = drawn(built(name, lang=lang), lang)
    figure.draw_without_rendering()  # runs the layout
    renderer = figure.canvas.get_renderer()
    frame = figure.bbox
    hidden = set(map(id, tick_labels_outside_the_view(figure)))
    texts = [
        t for t in figure.findobj(Text) if t.get_visible() and t.get_text() and id(t) not in hidden
    ]
    assert texts
    assert [t.get_text() for t in texts if t.get_fontsize() < 8] == []
    outside = [
        t.get_text()
        for t in texts
        if not frame.contains(*t.get_window_extent(renderer).p0)
        or not frame.contains(*t.get_window_extent(renderer).p1)
    ]
    assert outside == []
    assert {f for t in texts for f in t.get_fontfamily()} == {"DejaVu Sans"}


@pytest.mark.parametrize(
    ("name", "plotted"),
    [
        ("cooperation_frequency", lambda f: [r.get_width() for r in bars(f)]),
        ("migration_figures", lambda f: [r.get_width() for r in bars(f)]),
        ("coverage", lambda f: [r.get_height() for r in bars(f)]),
        ("partner_year_heatmap", lambda f: f.axes[0].findobj(AxesImage)[0].get_array().filled(0)),
        (
            "timeline",
            lambda f: sum(len(c.get_offsets()) for c in f.axes[0].findobj(PathCollection)),
        ),
    ],
)
def test_the_figure_draws_the_chart_data(
    name: str, plotted: Callable, built: Callable[..., charts.Chart]
) -> None:
    chart = built(name)
    expected = EXPECTED_MARKS[name](chart.data)
    assert np.array_equal(
        np.asarray(plotted(drawn(chart)), dtype=float), np.asarray(expected, dtype=float)
    )


def tick_labels_outside_the_view(figure: Figure) -> list[Text]:
    """Tick labels matplotlib keeps but does not draw: their tick is beyond the axis limits."""
    hidden = []
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick, loc in zip(axis.get_major_ticks(), axis.get_majorticklocs(), strict=False):
                if not low - 1e-9 <= loc <= high + 1e-9:
                    hidden += [tick.label1, tick.label2]
    return hidden


def migration_bar_lengths(data: pd.DataFrame) -> list[float]:
    """Per panel, the lighter extension (up to value_max) is drawn first, then the value."""
    lengths = []
    for measure in dict.fromkeys(data["measure"]):
        panel = data[data["measure"] == measure]
        lengths += [*panel["value_max"].fillna(panel["value"]), *panel["value"]]
    return lengths


def coverage_bar_heights(data: pd.DataFrame) -> list[int]:
    """Stacked outlet by outlet, in the order of the data."""
    outlets = list(dict.fromkeys(data["outlet"]))
    return [n for outlet in outlets for n in data.loc[data["outlet"] == outlet, "articles"]]


EXPECTED_MARKS = {
    "cooperation_frequency": lambda data: [*data["events"], *data["articles"]],
    "migration_figures": migration_bar_lengths,
    "coverage": coverage_bar_heights,
    "partner_year_heatmap": lambda data: data["events"].to_numpy().reshape(5, 4),
    # one marker per row, and a ring around each signing
    "timeline": lambda data: len(data) + int(data["agreement_signed"].sum()),
}


def bars(figure: Figure) -> list[Rectangle]:
    return [
        patch
        for ax in figure.axes
        for container in ax.containers
        for patch in container
        if isinstance(patch, Rectangle)
    ]


def test_a_letter_the_font_lacks_is_an_error(tmp_path: Path) -> None:
    tables = processed_tables()
    tables["articles"] = tables["articles"].assign(outlet="新华社")
    with pytest.raises(PresentationError, match="letters DejaVu Sans lacks"):
        build("coverage", tmp_path, tables)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.pop("partner_year"), "'partner_year' is missing"),
        (lambda t: t.update(partner_year=t["partner_year"].drop(columns="events")), "events"),
    ],
)
def test_missing_table_or_column_says_how_to_rebuild(change, message: str, tmp_path: Path) -> None:
    tables = processed_tables()
    change(tables)
    with pytest.raises(PresentationError, match=f"{message}.*python -m vnlabour clean"):
        build("cooperation_frequency", tmp_path, tables)


def test_alt_text_is_built_from_the_data(
    tmp_path: Path, built: Callable[..., charts.Chart]
) -> None:
    chart = built("cooperation_frequency", lang="en", top_n=2)
    assert chart.alt == (
        "Horizontal bar chart: events and articles for the 2 partners with the most events, "
        "2021–2024. Cambodia: 2 events, 2 articles; Japan: 1 event, 3 articles."
    )
    tables = processed_tables()
    tables["partner_year"] = tables["partner_year"].assign(events=[1, 4, 1, 1, 1, 1])
    changed = build("cooperation_frequency", tmp_path, tables, lang="en", top_n=2)
    assert "Cambodia: 5 events" in changed.alt and changed.alt != chart.alt


def test_the_input_tables_are_left_unchanged(tmp_path: Path) -> None:
    tables = processed_tables()
    before = {key: frame.copy() for key, frame in tables.items()}
    for make, _ in CHARTS.values():
        make(tables, Params(lang="en", top_n=3), tmp_path)
    for key, frame in before.items():
        pd.testing.assert_frame_equal(tables[key], frame)


def test_a_measure_without_a_label_says_where_to_add_it(tmp_path: Path) -> None:
    tables = processed_tables()
    tables["migration_figures"] = tables["migration_figures"].assign(measure="net")
    with pytest.raises(PresentationError, match=r"`measure\.net,<vi text>,<en text>`"):
        build("migration_figures", tmp_path, tables)
