"""Interim -> processed: merged events, fact ids, partner years, review rows, corrections.

The fixture tables in tests/fixtures/interim were written by hand; every expected value below
was worked out from them, not copied from the program's output.
"""

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from vnlabour.clean import (
    Span,
    build_processed,
    filter_tables,
    merge_events,
    people_moving,
    span_of,
    typed,
    with_fact_ids,
    with_row_id,
)
from vnlabour.errors import CorrectionError, InterimTableError
from vnlabour.params import Params

FIXTURES = Path(__file__).parent / "fixtures" / "interim"


@dataclass(frozen=True)
class FakePartner:
    code: str
    kind: str
    name_vi: str
    name_en: str


CATALOGUE = {
    code: FakePartner(code, kind, f"{code} vi", f"{code} en")
    for code, kind in [
        ("ASEAN", "framework"), ("ILO", "organisation"), ("JPN", "country"), ("KHM", "country"),
        ("LAO", "country"), ("THA", "country"), ("VNM", "country"),
    ]
}  # fmt: skip


def build(corrections: Path | None = None, interim: Path = FIXTURES):
    return build_processed(interim, corrections or FIXTURES / "no_corrections.csv", CATALOGUE)


@pytest.fixture(scope="module")
def tables():
    return build()[0]


# Partial dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2023-04-05", date(2023, 4, 5), date(2023, 4, 5)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        ("2023-12", date(2023, 12, 1), date(2023, 12, 31)),  # month rolls into next year
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
    ],
)
def test_span_of_partial_dates(text, first, last):
    assert span_of(text) == Span(first, last)


@pytest.mark.parametrize(
    "text", ["", "2023-02-29", "2023-13", "23-04-05", "2023/04/05", "năm 2023"]
)
def test_span_of_rejects_non_dates(text):
    assert span_of(text) is None


# Events ----------------------------------------------------------------------------------------


def articles_frame(rows):
    columns = ["article_id", "published_date", "event_date", "event_type", "event_partners"]
    frame = pd.DataFrame([(f"x{i}", "", *row) for i, row in enumerate(rows)], columns=columns)
    return frame.assign(location="", event_date_basis="text")


VISIT = "visit"


@pytest.mark.parametrize(
    ("rows", "n_events"),
    [
        ([("2023-04-05", VISIT, "KHM;VNM"), ("2023-04-05", VISIT, "VNM;KHM")], 1),  # order differs
        ([("2023-04-05", VISIT, "KHM"), ("2023-04", VISIT, "KHM")], 1),  # month holds the day
        ([("2023-04-05", VISIT, "KHM"), ("2023", VISIT, "KHM")], 1),  # year holds the day
        ([("2023", VISIT, "KHM"), ("2023", VISIT, "KHM")], 1),
        ([("2023-04-05", VISIT, "KHM"), ("2023-04-06", VISIT, "KHM")], 2),  # next day: two events
        ([("2023-04-05", VISIT, "KHM"), ("2023-05", VISIT, "KHM")], 2),  # other month
        ([("2023-04-05", VISIT, "KHM"), ("2022", VISIT, "KHM")], 2),
        ([("2023-04-05", VISIT, "KHM"), ("2023-04-05", "signing", "KHM")], 2),  # other type
        ([("2023-04-05", VISIT, "KHM"), ("2023-04-05", VISIT, "KHM;LAO")], 2),  # other partners
        ([("", VISIT, "KHM"), ("", VISIT, "KHM")], 2),  # undated: never merged
        ([("2023-04-05", VISIT, ""), ("2023-04-05", VISIT, "")], 2),  # no partners: never merged
        # a year overlapping two different days would chain them: it stays alone
        ([("2023-04-05", VISIT, "KHM"), ("2023-11-29", VISIT, "KHM"), ("2023", VISIT, "KHM")], 3),
        # a month inside the year joins the day, and so does the year
        ([("2023", VISIT, "KHM"), ("2023-04", VISIT, "KHM"), ("2023-04-05", VISIT, "KHM")], 1),
    ],
)
def test_merge_events(rows, n_events):
    events, event_of = merge_events(articles_frame(rows))
    assert len(events) == n_events
    assert events["n_articles"].sum() == len(rows)
    assert set(event_of) == {f"x{i}" for i in range(len(rows))}


def test_merged_event_takes_the_most_precise_date():
    rows = [("2023", VISIT, "KHM"), ("2023-04", VISIT, "KHM"), ("2023-04-05", VISIT, "KHM")]
    events, _ = merge_events(articles_frame(rows))
    assert events.loc[0, ["event_date", "date_precision", "year"]].tolist() == [
        "2023-04-05", "day", 2023,
    ]  # fmt: skip


def test_syndicated_copy_counts_once(tables):
    event = tables["events"].set_index("event_id").loc["a1_khm:event"]
    assert event["article_ids"] == "a1_khm;a2_khm_copy"
    assert event["n_articles"] == 2
    assert event["event_date"] == "2023-04-05"
    assert event["partners"] == "KHM;VNM"
    assert event["location"] == "Hà Nội"  # the copy has none; the original's is kept
    assert len(tables["events"]) == 7  # 8 articles, one pair merged


# Figures and facts -----------------------------------------------------------------------------


def figures_frame(rows):
    columns = ["article_id", "value", "value_max", "unit", "origin", "destination",
               "period_start", "period_end"]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns).astype({"value": "Float64", "value_max": "Float64"})
    return frame.assign(
        char_start=range(len(frame)),
        figure_id=[f"{a}:{i}" for i, a in enumerate(frame["article_id"])],
    )


LEAD = ("a", 345000, None, "persons", "VNM", "JPN", "", "2022-12")


@pytest.mark.parametrize(
    ("second", "same_fact"),
    [
        (("a", 345000, None, "persons", "VNM", "JPN", "", "2022"), True),  # "hơn 345 nghìn" again
        (("a", 345000, None, "persons", "VNM", "JPN", "", "2022-12"), True),
        (("a", 345000, None, "persons", "VNM", "JPN", "", ""), True),  # no period: compatible
        (("a", 345000, None, "persons", "VNM", "JPN", "", "2021"), False),
        (("a", 345000, None, "persons", "VNM", "JPN", "", "2022-11"), False),
        (("b", 345000, None, "persons", "VNM", "JPN", "", "2022-12"), False),  # other article
        (("a", 345000, None, "USD", "VNM", "JPN", "", "2022-12"), False),
        (("a", 345000, None, "persons", "VNM", "KOR", "", "2022-12"), False),
        (("a", 345000, None, "persons", "", "JPN", "", "2022-12"), False),
        (("a", 345000, 350000, "persons", "VNM", "JPN", "", "2022-12"), False),  # a range
        (("a", 345001, None, "persons", "VNM", "JPN", "", "2022-12"), False),
    ],
)
def test_fact_ids_for_repeated_numbers(second, same_fact):
    figures = with_fact_ids(figures_frame([LEAD, second]))
    assert (figures.loc[0, "fact_id"] == figures.loc[1, "fact_id"]) is same_fact
    assert figures.loc[0, "fact_id"] == figures.loc[0, "figure_id"]  # first occurrence names it


def test_a_year_between_two_months_joins_neither():
    rows = [LEAD, (*LEAD[:-1], "2022-11"), (*LEAD[:-1], "2022")]
    assert with_fact_ids(figures_frame(rows))["fact_id"].nunique() == 3


def test_fact_ids_in_fixture(tables):
    fact_of = dict(zip(tables["figures"]["figure_id"], tables["figures"]["fact_id"], strict=True))
    assert fact_of["a6_jpn:500"] == "a6_jpn:60"  # body repeats the lead, later in the text
    assert fact_of["a6_jpn:800"] == "a6_jpn:800"  # same number, another year
    assert fact_of["a1_khm:300"] == "a1_khm:300"  # same number, another article


def test_migration_figures_keep_flows_and_stocks_of_people(tables):
    facts = tables["migration_figures"].set_index("fact_id")
    assert set(facts.index) == {"a1_khm:300", "a6_jpn:60", "a6_jpn:800", "a6_jpn:1000",
                                "a6_jpn:1300"}  # fmt: skip
    assert facts.loc["a6_jpn:1000", "measure"] == "flow"
    assert facts.loc["a6_jpn:60", "measure"] == "stock"
    repeated = facts.loc["a6_jpn:60"]
    assert repeated["n_occurrences"] == 2
    assert repeated["figure_ids"] == "a6_jpn:60;a6_jpn:500"
    assert repeated["qualifier"] == "more_than"  # the first occurrence's words
    assert repeated["span_text"] == "hơn 345 nghìn người"
    assert repeated["period_end"] == "2022-12"  # the most precise period of the two


def test_people_moving_leaves_out_money_counts_and_domestic_figures():
    figures = pd.DataFrame(
        {
            "unit": ["persons", "persons", "USD", "persons", "persons"],
            "measure": ["flow", "flow", "other", "stock", "flow"],
            "origin": ["LAO", "LAO", "JPN", "VNM", ""],
            "destination": ["", "LAO", "VNM", "JPN", ""],
        }
    )
    # sent abroad: kept; recruited at home: dropped; aid money: dropped; stock abroad: kept;
    # a flow of people whose corridor the text does not give: kept (review.csv flags it)
    assert list(people_moving(figures).index) == [0, 3, 4]


# Partner counts and review ---------------------------------------------------------------------


def test_partner_year_counts(tables):
    counts = {
        (row.partner_code, row.year): (row.events, row.articles)
        for row in tables["partner_year"].itertuples()
    }
    assert counts == {
        ("KHM", 2023): (2, 3),  # conference (original + copy) and the workshop
        ("LAO", 2024): (3, 3),  # two days and a year: three events
        ("JPN", 2023): (1, 1),  # undated event: the publication year
    }  # ILO has no year at all; ASEAN is only mentioned
    assert tables["partner_year"].loc[0, "name_en"] == "JPN en"


def test_undated_partner_mentions_are_counted():
    assert build()[1].undated_partner_mentions == 1


def test_review_rules(tables):
    flagged = {(r.table, r.row_id, r.rule) for r in tables["review"].itertuples()}
    assert flagged == {
        ("articles", "a2_khm_copy", "date_not_read"),
        ("articles", "a5_lao_year", "date_not_read"),
        ("articles", "a6_jpn", "date_not_read"),
        ("articles", "a7_ilo_undated", "date_not_read"),
        ("events", "a1_khm:event", "event_dates_disagree"),
        ("figures", "a6_jpn:1300", "figure_without_place"),
        ("mentions", "a6_jpn:300", "partner_seen_once"),  # ASEAN
        ("mentions", "a6_jpn:9", "partner_seen_once"),  # JPN
        ("mentions", "a7_ilo_undated:0", "partner_seen_once"),  # ILO
    }


def test_review_names_the_disagreeing_dates(tables):
    review = tables["review"].set_index("rule")
    assert review.loc["event_dates_disagree", "detail"] == "a1_khm=2023-04-05; a2_khm_copy=2023-04"


# Corrections -----------------------------------------------------------------------------------

HEADER = "action,table,row_id,field,value,reason\n"
NEW_MENTION = (
    '"{""article_id"": ""a9_khm_workshop"", ""partner_code"": ""THA"", ""partner_kind"": '
    '""country"", ""role"": ""partner"", ""name_vi"": ""Thái Lan"", ""name_en"": ""Thailand"", '
    '""span_text"": ""Thái Lan"", ""char_start"": 5, ""char_end"": 13, '
    '""evidence"": ""Thái Lan.""}"'
)


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "corrections.csv"
    path.write_text("# hand corrections, for a test\n" + HEADER + "".join(lines), encoding="utf-8")
    return path


def test_set_correction_changes_the_row_and_what_derives_from_it(tmp_path):
    tables, log = build(write(tmp_path, "set,mentions,a6_jpn:300,role,partner,ASEAN co-hosts\n"))
    mention = tables["mentions"].set_index("mention_id").loc["a6_jpn:300"]
    assert mention["role"] == "partner"
    assert ("ASEAN", 2023) in set(zip(tables["partner_year"]["partner_code"],
                                      tables["partner_year"]["year"], strict=True))  # fmt: skip
    assert log.applied == 1
    assert tables["corrections_log"]["status"].tolist() == ["applied"]


def test_set_correction_of_a_number_is_typed(tmp_path):
    tables, _ = build(write(tmp_path, "set,figures,a6_jpn:1000,value,7500,misread\n"))
    assert tables["figures"].set_index("figure_id").loc["a6_jpn:1000", "value"] == 7500.0


def test_delete_correction(tmp_path):
    tables, _ = build(write(tmp_path, "delete,figures,a6_jpn:1300,,,not trainees\n"))
    assert "a6_jpn:1300" not in set(tables["figures"]["figure_id"])
    assert "a6_jpn:1300" not in set(tables["migration_figures"]["fact_id"])
    assert "figure_without_place" not in set(tables["review"]["rule"])


def test_add_correction(tmp_path):
    tables, log = build(write(tmp_path, f"add,mentions,a9_khm_workshop:5,,{NEW_MENTION},missed\n"))
    added = tables["mentions"].set_index("mention_id").loc["a9_khm_workshop:5"]
    assert (added["partner_code"], added["char_end"]) == ("THA", 13)
    assert log.applied == 1


def test_add_an_article(tmp_path):
    article = {
        "article_id": "a8_new", "file": "a8_new.txt", "title": "", "outlet": "", "source_url": "",
        "published_date": "2024-01-02", "event_date": "2024-01-02", "event_date_basis": "text",
        "event_type": "visit", "event_partners": ["KHM", "VNM"], "location": "", "n_chars": 10,
        "sha256": "8" * 64,
    }  # fmt: skip
    cell = '"' + json.dumps(article).replace('"', '""') + '"'
    tables, _ = build(write(tmp_path, f"add,articles,a8_new,,{cell},a file the extractor lost\n"))
    event = tables["events"].set_index("event_id").loc["a8_new:event"]
    assert (event["partners"], event["year"]) == ("KHM;VNM", 2024)


def test_derived_columns_cannot_be_set(tmp_path):
    with pytest.raises(CorrectionError, match="unknown field 'fact_id'"):
        build(write(tmp_path, "set,figures,a6_jpn:500,fact_id,a6_jpn:800,x\n"))


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("set,mentions,gone:1,role,partner,row vanished\n", "row not found"),
        ("delete,figures,a6_jpn:9999,,,never there\n", "row not found"),
        (f"add,mentions,a9_khm_workshop:5,,{NEW_MENTION},twice\n", "row already exists"),
    ],
)
def test_stale_corrections_are_reported(tmp_path, line, problem):
    first = f"add,mentions,a9_khm_workshop:5,,{NEW_MENTION},missed\n"
    path = write(tmp_path, first, line)
    tables, log = build(path)
    assert tables["corrections_log"]["status"].tolist() == ["applied", "stale"]
    assert len(log.stale) == 1
    assert problem in log.stale[0]
    assert f"{path} line 4" in log.stale[0]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("move,mentions,a6_jpn:9,role,partner,x\n", "unknown action 'move'"),
        ("set,people,a6_jpn:9,role,partner,x\n", "unknown table 'people'"),
        ("set,mentions,a6_jpn:9,colour,red,x\n", "unknown field 'colour'"),
        ("set,mentions,a6_jpn:9,char_start,10,x\n", "unknown field 'char_start'"),
        ("set,mentions,,role,partner,x\n", "row_id is missing"),
        ("delete,mentions,a6_jpn:9,role,,x\n", "leave field empty"),
        ("add,mentions,a9_khm_workshop:5,,{not json},x\n", "not a JSON object"),
        ('add,mentions,a9_khm_workshop:5,,"{""article_id"": ""a9""}",x\n', "exactly the keys"),
        (f"add,mentions,a9_khm_workshop:6,,{NEW_MENTION},x\n", "must be 'a9_khm_workshop:5'"),
        ("set,mentions,a6_jpn:9,role\n", "expected 6 cells"),
    ],
)
def test_malformed_correction_stops_with_file_and_line(tmp_path, line, words):
    path = write(tmp_path, "set,mentions,a6_jpn:300,role,partner,fine\n", line)
    with pytest.raises(CorrectionError) as error:
        build(path)
    assert f"{path} line 4" in str(error.value)
    assert words in str(error.value)


def test_corrections_header_is_checked(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("action,table,id,field,value,reason\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="line 1: header must be"):
        build(path)


def test_shipped_corrections_file_parses():
    from vnlabour.clean import read_corrections
    from vnlabour.config import CORRECTIONS

    assert all(c.action in ("set", "delete", "add") for c in read_corrections(CORRECTIONS))


# Chunks of articles ----------------------------------------------------------------------------


def interim_copy(folder: Path, reverse: bool) -> Path:
    """The fixture interim tables in folder; with reverse, the rows of each in reverse order."""
    folder.mkdir()
    for source in FIXTURES.glob("*.csv"):
        with source.open(encoding="utf-8", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        with (folder / source.name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(
                [header, *(rows[::-1] if reverse else rows)]
            )
    return folder


@pytest.mark.parametrize("reverse", [False, True])
def test_chunks_of_two_articles_give_the_tables_of_one_chunk(tmp_path, reverse):
    corrections = write(
        tmp_path,
        "set,mentions,a6_jpn:300,role,partner,ASEAN co-hosts\n",
        "delete,figures,a6_jpn:1300,,,not trainees\n",
        "delete,figures,a6_jpn:9999,,,already gone\n",
    )
    whole, whole_log = build(corrections)
    interim = interim_copy(tmp_path / "interim", reverse)
    chunked, chunked_log = build_processed(interim, corrections, CATALOGUE, chunk_articles=2)
    assert chunked_log == whole_log
    assert chunked_log.applied == 2
    for name, table in whole.items():
        pd.testing.assert_frame_equal(chunked[name], table, check_dtype=True)


# Broken interim tables -------------------------------------------------------------------------


def test_missing_interim_table_says_run_extract(tmp_path):
    with pytest.raises(InterimTableError, match="run `python -m vnlabour extract`"):
        build(interim=tmp_path)


def test_two_mentions_on_one_span_get_distinct_ids():
    """A national agency named by its acronym alone and the country it acts for share a span."""
    frame = pd.DataFrame(
        {"article_id": ["a", "a", "a"], "char_start": ["7", "7", "20"],
         "partner_code": ["JPN", "OTIT", "JPN"]}
    )  # fmt: skip
    assert with_row_id(frame, "mentions")["mention_id"].tolist() == ["a:7", "a:7:OTIT", "a:20"]


def test_bad_number_in_interim_names_table_row_and_column():
    frame = pd.DataFrame({"mention_id": ["a:1"], "char_start": ["1"], "char_end": ["x9"]})
    with pytest.raises(InterimTableError, match=r"mentions.csv row a:1: char_end='x9'"):
        typed(frame, "mentions")


# Filtering for the report ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "articles", "partner_codes"),
    [
        (Params(), {"a1_khm", "a2_khm_copy", "a3_lao_nov29", "a4_lao_nov12", "a5_lao_year",
                    "a6_jpn", "a7_ilo_undated", "a9_khm_workshop"}, {"JPN", "KHM", "LAO"}),
        (Params(start_year=2024), {"a3_lao_nov29", "a4_lao_nov12", "a5_lao_year"}, {"LAO"}),
        (Params(end_year=2023), {"a1_khm", "a2_khm_copy", "a6_jpn", "a9_khm_workshop"},
         {"JPN", "KHM"}),
        (Params(partners=("KHM",)), {"a1_khm", "a2_khm_copy", "a9_khm_workshop"}, {"KHM"}),
        (Params(partners=("ILO",)), {"a7_ilo_undated"}, set()),
        (Params(start_year=2024, partners=("KHM",)), set(), set()),
    ],
)  # fmt: skip
def test_filter_tables(tables, params, articles, partner_codes):
    kept = filter_tables(tables, params)
    assert set(kept["articles"]["article_id"]) == articles
    assert set(kept["partner_year"]["partner_code"]) == partner_codes
    assert set(kept["figures"]["article_id"]) <= articles
    assert set(kept["events"]["article_ids"].str.split(";").explode().dropna()) <= articles
    assert kept["review"] is tables["review"]  # describes the whole run
