"""The official record: the external table's checks, the source-picking rule, the reconciliation
of news figures, the chart and the report section. Expected values are read off
data/external/official_deployments.csv and the fixture articles by hand."""

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from vnlabour import charts, official, report
from vnlabour.clean import typed
from vnlabour.config import EXTERNAL
from vnlabour.errors import ValidationError
from vnlabour.params import Params
from vnlabour.reference import read_table

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "official_corpus"
HEADER = "year,destination,workers,women,qualifier,period,source_url"


def deployments(*lines: str) -> pd.DataFrame:
    """A small external table, typed as read_deployments types it."""
    rows = [line.split(",") for line in lines]
    frame = pd.DataFrame(rows, columns=HEADER.split(","))
    return official.deployment_types(frame, Path("test.csv"))


def chosen(frame: pd.DataFrame, year: int) -> dict[str, object]:
    """{destination ('' = total): chosen workers or None} and the chosen source of one year."""
    series = official.official_series(frame)
    rows = series[series["year"] == year]
    values = {
        r.destination: None if pd.isna(r.workers) else int(r.workers) for r in rows.itertuples()
    }
    return {"source": rows["chosen_source"].iloc[0], **values}


# The source-picking rule -----------------------------------------------------------------------

RULE_CASES = {
    "full year beats a partial year that has a split": (
        ["2024,ALL,158588,,exact,full year,https://b", "2024,ALL,143160,,exact,Jan-Nov,https://a",
         "2024,JPN,69188,,exact,Jan-Nov,https://a"],
        {"source": "https://b", "": 158588, "JPN": None},
    ),
    "a destination split beats a total alone": (
        ["2020,ALL,78641,,exact,full year,https://a", "2020,ALL,78600,,more_than,full year,https://b",
         "2020,JPN,38891,,exact,full year,https://b"],
        {"source": "https://b", "": 78600, "JPN": 38891},
    ),
    "a total beats a source with destinations only": (
        ["2018,JPN,67000,,more_than,full year,https://a", "2018,KOR,6000,,more_than,full year,https://a",
         "2018,ALL,140000,,more_than,full year,https://b"],
        {"source": "https://b", "": 140000, "JPN": None, "KOR": None},
    ),
    "no hedge word beats a hedged total": (
        ["2015,ALL,116000,,about,full year,https://a", "2015,ALL,115000,,exact,full year,https://b"],
        {"source": "https://b", "": 115000},
    ),
    "the less rounded total wins": (
        ["2019,ALL,152000,,exact,full year,https://a", "2019,ALL,147387,,exact,full year,https://b"],
        {"source": "https://b", "": 147387},
    ),
    "the women count breaks a tie": (
        ["2021,ALL,45058,,exact,full year,https://a", "2021,ALL,45058,15177,exact,full year,https://b"],
        {"source": "https://b", "": 45058},
    ),
    "then the source address, A to Z": (
        ["2018,ALL,142000,,more_than,full year,https://b", "2018,ALL,143000,,more_than,full year,https://a"],
        {"source": "https://a", "": 143000},
    ),
    "the longer part of a year wins": (
        ["2025,ALL,121190,,exact,Jan-Oct,https://a", "2025,ALL,130000,,exact,Jan-Nov,https://b"],
        {"source": "https://b", "": 130000},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), RULE_CASES.values(), ids=RULE_CASES.keys())
def test_one_source_per_year(lines: list[str], expected: dict) -> None:
    frame = deployments(*lines)
    year = int(frame["year"].iloc[0])
    assert chosen(frame, year) == expected
    # the row order of the input does not change the choice
    assert chosen(deployments(*reversed(lines)), year) == expected


def test_never_a_total_from_one_source_and_destinations_from_another() -> None:
    frame = deployments(
        "2017,ALL,134751,,exact,full year,https://a",
        "2017,JPN,54504,,exact,full year,https://a",
        "2017,TWN,66926,,exact,full year,https://b",
    )
    series = official.official_series(frame).set_index("destination")
    assert series.loc["TWN", "chosen_source"] == "https://a"
    assert pd.isna(series.loc["TWN", "workers"])
    assert series.loc["TWN", "alternatives"] == "66926 (exact, full year, https://b)"
    assert (series.loc["TWN", "min_workers"], series.loc["TWN", "max_workers"]) == (66926, 66926)


def test_the_shipped_table_gives_one_source_per_year() -> None:
    series = official.official_series(official.read_deployments()).set_index(
        ["year", "destination"]
    )
    # 2023: DOLAB's final 159,986 (with its split) over VnExpress' "about 155,000"
    assert series.loc[(2023, ""), "workers"] == 159986
    assert series.loc[(2023, "JPN"), "workers"] == 80010
    assert (series.loc[(2023, ""), "min_workers"], series.loc[(2023, ""), "max_workers"]) == (
        155000,
        159986,
    )
    assert (
        "155000 (about, full year, https://e.vnexpress.net/"
        in series.loc[(2023, ""), "alternatives"]
    )
    # 2016: the round full-year total beats the exact Jan-Oct count
    assert series.loc[(2016, ""), "workers"] == 126000
    assert not series.loc[(2016, ""), "partial_year"]
    # 2025: only January-October; the source with six destinations wins
    assert series.loc[(2025, ""), "partial_year"]
    assert series.loc[(2025, ""), "workers"] == 121190
    assert series.loc[(2025, "KOR"), "workers"] == 9996
    assert series.index.is_unique


# The external table's checks -------------------------------------------------------------------

GOOD_ROW = "2023,ALL,159986,55804,exact,full year,https://example.vn/a"
BROKEN_TABLES = {
    "a thousands separator": ("2023,ALL,159.986,,exact,full year,https://x", "line 3"),
    "an unknown destination code": ("2023,XYZ,100,,exact,full year,https://x", "destination='XYZ'"),
    "an unknown qualifier": ("2023,ALL,100,,roughly,full year,https://x", "qualifier='roughly'"),
    "a period that is not full year or months": ("2023,ALL,100,,exact,2023,https://x", "period"),
    "more women than workers": ("2023,JPN,100,200,exact,full year,https://x", "women > workers"),
    "two values from one source": (GOOD_ROW.replace("159986", "150000"), "a second value"),
    "no source address": ("2023,ALL,100,,exact,full year,", "source_url"),
}  # fmt: skip


@pytest.mark.parametrize(("line", "message"), BROKEN_TABLES.values(), ids=BROKEN_TABLES.keys())
def test_a_broken_external_table_is_refused_with_its_row(
    line: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "official_deployments.csv"
    path.write_text(f"{HEADER}\n{GOOD_ROW}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape(message)) as error:
        official.read_deployments(path)
    assert str(path) in str(error.value)


def test_a_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "official_deployments.csv"
    path.write_text("year,destination,workers\n2023,ALL,1\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="women, qualifier, period, source_url missing"):
        official.read_deployments(path)


def test_the_shipped_external_table_is_valid() -> None:
    frame = official.read_deployments(EXTERNAL / "official_deployments.csv")
    assert len(frame) == 96  # data rows of the file: wc -l less the header
    assert set(frame["qualifier"]) == {"exact", "more_than", "about"}


def test_every_qualifier_has_a_tolerance() -> None:
    qualifiers = {row["qualifier"] for row in read_table("qualifiers")} | {"exact"}
    assert qualifiers <= set(official.qualifier_tolerances())


# Reconciliation --------------------------------------------------------------------------------


def fact(value: float, **changes: object) -> dict:
    """A migration fact: a full-year 2023 flow of workers from Vietnam, unless changed."""
    row = {
        "fact_id": "a:1", "article_id": "a", "value": value, "value_max": None,
        "qualifier": "exact", "metric": "workers sent abroad", "origin": "VNM",
        "destination": "", "measure": "flow", "period_start": "2023", "period_end": "2023",
        "unit": "persons",
    }  # fmt: skip
    return {**row, **changes}


RECONCILE_CASES = {
    # 2023 total 159,986 (DOLAB, vamas.com.vn)
    "the official number itself": (fact(159986), "equal", ""),
    "gần 160.000: nearly, just above the official": (
        fact(160000, qualifier="nearly"), "within_qualifier", ""),
    "hơn 160.000: more than, but the official is under": (
        fact(160000, qualifier="more_than"), "different", ""),
    "160.000 without hedge: rounded at the ten thousands": (fact(160000), "within_qualifier", ""),
    "155.000 without hedge: rounded at the thousands only": (fact(155000), "different", ""),
    "khoảng 155.000: about, 3% under": (fact(155000, qualifier="about"), "within_qualifier", ""),
    "a range around the official": (fact(150000, value_max=165000), "within_qualifier", ""),
    "to one destination: Japan 80,010": (fact(80010, destination="JPN"), "equal", ""),
    "women among them: 55,804": (fact(55804, metric="women workers sent abroad"), "equal", ""),
    "a stock": (fact(650000, measure="stock"), "not_compared", "stock"),
    "Laos' own workers": (fact(52000, origin="LAO"), "not_compared", "origin_not_vnm"),
    "workers coming to Vietnam": (
        fact(35, origin="KHM", destination="VNM"), "not_compared", "origin_not_vnm"),
    "no origin": (fact(80000, origin="", destination="JPN"), "not_compared", "no_origin"),
    "students are not contract workers": (
        fact(5000, metric="students sent abroad"), "not_compared", "other_metric"),
    "persons with disabilities are a subgroup": (
        fact(50, metric="persons with disabilities"), "not_compared", "other_metric"),
    "no period": (fact(160000, period_start="", period_end=""), "not_compared", "no_year"),
    "January to October": (
        fact(121190, period_start="2025-01", period_end="2025-10"), "not_compared",
        "partial_period"),
    "December alone": (fact(24000, period_start="2020-12", period_end="2020-12"),
                       "not_compared", "partial_period"),
    "from 2024 to September 2025": (
        fact(229066, period_start="2024", period_end="2025-09"), "not_compared", "multi_year"),
    "a full year 2025: the official record has Jan-Oct only": (
        fact(150000, period_start="2025", period_end="2025"), "not_compared",
        "no_official_value"),
    "2017 Taiwan: the chosen source gives no Taiwan value": (
        fact(66926, destination="TWN", period_start="2017", period_end="2017"), "not_compared",
        "no_official_value"),
    "a destination the record lacks": (
        fact(300, destination="KHM"), "not_compared", "no_official_value"),
    "a year before the record": (
        fact(90000, period_start="2012", period_end="2012"), "not_compared", "no_official_value"),
}  # fmt: skip


@pytest.fixture(scope="module")
def series() -> pd.DataFrame:
    return official.official_series(official.read_deployments())


@pytest.mark.parametrize(
    ("row", "status", "reason"), RECONCILE_CASES.values(), ids=RECONCILE_CASES.keys()
)
def test_reconciliation(row: dict, status: str, reason: str, series: pd.DataFrame) -> None:
    result = official.reconcile(pd.DataFrame([row]), series).iloc[0]
    assert (result["status"], result["reason"]) == (status, reason)
    compared = status != "not_compared"
    assert pd.notna(result["official_value"]) == compared
    assert pd.notna(result["difference"]) == compared


def test_a_match_within_its_qualifier_carries_the_numbers(series: pd.DataFrame) -> None:
    result = official.reconcile(pd.DataFrame([fact(160000, qualifier="nearly")]), series).iloc[0]
    assert result["official_value"] == 159986
    assert (
        result["official_source"]
        == "https://vamas.com.vn/xuat-khau-lao-dong-nam-2023_t221c655n44932"
    )
    assert (result["low"], result["high"]) == (152000, 160000)  # 5% under, nothing over
    assert result["difference"] == 14
    assert result["ratio"] == 1.0001
    assert result["year"] == 2023


def test_partial_years_are_never_compared_with_full_years(series: pd.DataFrame) -> None:
    """Neither a part-year news figure with a full-year record, nor the other way round."""
    rows = [
        fact(
            98410, period_start="2016-01", period_end="2016-10", fact_id="a:1"
        ),  # official Jan-Oct
        fact(121190, period_start="2025", period_end="2025", fact_id="a:2"),  # record: Jan-Oct
        fact(54307, period_start="2020-01", period_end="2020-11", fact_id="a:3"),
    ]
    result = official.reconcile(pd.DataFrame(rows), series)
    assert set(result["status"]) == {"not_compared"}
    assert result["reason"].tolist() == ["partial_period", "no_official_value", "partial_period"]


def test_every_migration_figure_gets_one_typed_row(series: pd.DataFrame) -> None:
    rows = [fact(160000, fact_id="a:1"), fact(650000, measure="stock", fact_id="a:2")]
    reconciliation = typed(official.reconcile(pd.DataFrame(rows), series), "reconciliation")
    assert reconciliation["fact_id"].tolist() == ["a:1", "a:2"]
    assert str(reconciliation["year"].dtype) == "Int64"
    typed_series = typed(series, "official_series")
    assert typed(typed_series, "official_series").equals(typed_series)


# The chart and the report section ---------------------------------------------------------------


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    """The fixture corpus through extract and clean."""
    from vnlabour.pipeline import clean_tables, extract_corpus
    from vnlabour.publish import read_processed

    root = tmp_path_factory.mktemp("official")
    extract_corpus(FIXTURE_CORPUS, root / "interim")
    clean_tables(root / "interim", root / "processed")
    return read_processed(root / "processed")


def test_the_fixture_corpus_reconciles_as_read(processed: dict[str, pd.DataFrame]) -> None:
    rows = processed["reconciliation"].set_index("value")
    assert rows.loc[160000, "status"] == "within_qualifier"  # "gần 160.000 lao động", 2023
    assert rows.loc[650000, "reason"] == "stock"  # "khoảng 650.000 lao động ... đang làm việc"
    assert rows.loc[121190, "reason"] == "partial_period"  # "10 tháng đầu năm 2025"
    assert rows.loc[52000, "reason"] == "origin_not_vnm"  # "Lào đã đưa 52.000 lao động Lào"
    assert len(rows) == len(processed["migration_figures"])


def test_chart_draws_the_record_and_the_news_figure(
    processed: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    chart = charts.official_series(processed, Params(lang="en"), tmp_path)
    assert [p.name for p in chart.files] == [f"official_series.{s}" for s in ("svg", "png", "csv")]
    data = chart.data
    news = data[data["kind"] == "news"]
    assert news[["series_code", "year", "value", "value_label"]].values.tolist() == [
        ["", 2023, 160000, "≲ 160,000"]
    ]
    total = data[(data["kind"] == "official") & (data["series_code"] == "")]
    assert total["year"].tolist() == list(range(2015, 2026))
    assert total.loc[total["year"] == 2025, "partial_year"].tolist() == [True]
    assert set(data["series_code"]) == {"", "JPN", "TWN", "KOR"}  # the three largest markets
    assert pd.read_csv(chart.files[2], keep_default_na=False, dtype=str).shape == data.shape
    again = charts.official_series(processed, Params(lang="en"), tmp_path / "again")
    assert [p.read_bytes() for p in again.files] == [p.read_bytes() for p in chart.files]
    assert 'width="453.6pt" height="345.6pt"' in chart.files[0].read_text(encoding="utf-8")


def test_chart_keeps_the_years_and_partners_asked_for(
    processed: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    params = Params(lang="vi", start_year=2019, end_year=2021, partners=("KOR",))
    data = charts.official_series(processed, params, tmp_path).data
    assert set(data["year"]) == {2019, 2020, 2021}
    assert set(data["series_code"]) == {"", "KOR"}
    empty = charts.official_series(processed, Params(start_year=2030), tmp_path / "none")
    assert empty.empty_reason and not (tmp_path / "none" / "official_series.svg").exists()


def test_several_news_figures_of_a_year_are_one_point_with_their_range(
    processed: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    tables = dict(processed)
    recon = tables["reconciliation"]
    one = recon[recon["value"] == 160000]  # compared with the 2023 total
    more = [one.assign(fact_id=f"x:{v}", value=float(v)) for v in (100000, 130000)]
    tables["reconciliation"] = pd.concat([recon, *more], ignore_index=True)
    data = charts.official_series(tables, Params(lang="en"), tmp_path).data
    news = data[data["kind"] == "news"]
    assert news[["series_code", "year", "value", "low", "high", "source"]].values.tolist() == [
        ["", 2023, 130000, 100000, 160000, "3 figures"]
    ]
    assert "Cross on a dotted line: the median" in charts.official_notes(data, "en")[-2]


def test_news_destinations_beyond_the_palette_are_left_off_the_chart(
    processed: dict[str, pd.DataFrame], tmp_path: Path
) -> None:
    tables = dict(processed)
    recon = tables["reconciliation"]
    one = recon[recon["value"] == 160000]
    codes = ["LAO", "LAO", "THA", "SGP", "MYS", "KHM", "DEU"]
    more = [one.assign(fact_id=f"x:{i}", destination=c) for i, c in enumerate(codes)]
    tables["reconciliation"] = pd.concat([recon, *more], ignore_index=True)
    data = charts.official_series(tables, Params(lang="en"), tmp_path).data
    assert len(charts.OKABE_ITO) == 8  # the total, 3 largest markets, 4 with the most news figures
    assert list(dict.fromkeys(data["series_code"])) == [
        "", "JPN", "TWN", "KOR", "DEU", "KHM", "LAO", "MYS",
    ]  # fmt: skip


def test_prose_explains_why_nothing_is_comparable(processed: dict[str, pd.DataFrame]) -> None:
    tables = dict(processed)
    recon = tables["reconciliation"]
    tables["reconciliation"] = recon[recon["status"] == "not_compared"].reset_index(drop=True)
    sentences = official.reconciliation_sentences(tables, Params(lang="en"))
    assert sentences[0].startswith("None of the articles' 3 figures")
    assert "a stock (people abroad)" in sentences[1] and "another country's workers" in sentences[1]
    assert "(1)" in sentences[1]


def text_of(page: str, start: str, end: str) -> str:
    """The visible text of the report between two section anchors."""
    page = re.sub(r"<img[^>]*>", "", page)
    part = page[page.index(f'id="section-{start}"') : page.index(f'id="section-{end}"')]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", part)))


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    ("lang", "figure", "status", "reason"),
    [
        ("en", "≲ 160,000", "within its hedge word: +14", "not compared: a stock"),
        ("vi", "≲ 160.000", "khớp trong phạm vi từ ước lượng: +14", "không so sánh: số tồn"),
    ],
)
def test_end_to_end_report_shows_the_match(
    lang: str, figure: str, status: str, reason: str, tmp_path: Path
) -> None:
    report.build(Params(corpus_dir=FIXTURE_CORPUS, lang=lang), tmp_path, say=lambda _: None)
    folders = report.Folders.under(tmp_path)
    recon = pd.read_csv(folders.processed / "reconciliation.csv", dtype=str, keep_default_na=False)
    assert recon.loc[recon["value"] == "160000", "status"].tolist() == ["within_qualifier"]
    assert (folders.processed / "official_series.csv").is_file()
    assert (folders.figures / "official_series.svg").is_file()
    page = (folders.report / "report.html").read_text(encoding="utf-8")
    section = text_of(page, "official", "reconciliation")
    assert "2015" in section and "2025" in section
    table = text_of(page, "reconciliation", "methods")
    assert f"{figure} 2023" in table
    assert status in table
    assert reason in table
