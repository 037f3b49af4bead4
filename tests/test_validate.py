"""Each schema rule fails on a broken processed table with one readable message."""

import pandas as pd
import pytest

from tests.test_clean import CATALOGUE, build
from vnlabour.errors import ValidationError
from vnlabour.validate import corpus_years, validate_tables


@pytest.fixture(scope="module")
def tables():
    return build()[0]


def test_fixture_tables_are_valid(tables):
    assert validate_tables(tables, CATALOGUE) is None


def test_corpus_years_span_publication_and_event_dates(tables):
    assert corpus_years(tables["articles"]) == (2023, 2024)


def broken(tables, table, row_id, column, value):
    copy = {name: df.copy() for name, df in tables.items()}
    df = copy[table]
    row = df.index[df.iloc[:, 0] == row_id][0]
    df[column] = df[column].astype(object)
    df.at[row, column] = value
    copy[table] = df.astype({column: tables[table][column].dtype})
    return copy


@pytest.mark.parametrize(
    ("table", "row_id", "column", "value", "rule"),
    [
        ("figures", "a6_jpn:60", "char_end", 50, "char_end must be greater than char_start"),
        ("figures", "a6_jpn:60", "char_end", 5000, "char_end beyond the end of the article"),
        ("figures", "a6_jpn:60", "span_text", "", "required: must not be empty"),
        ("mentions", "a6_jpn:9", "evidence", "", "required: must not be empty"),
        ("figures", "a6_jpn:60", "article_id", "nowhere", "article_id not in articles.csv"),
        (
            "mentions",
            "a6_jpn:9",
            "partner_code",
            "XXX",
            "partner code not in the partner catalogue",
        ),
        ("articles", "a6_jpn", "event_partners", "JPN;ZZZ", "not in the partner catalogue"),
        ("figures", "a6_jpn:60", "destination", "Japan", "not in the partner catalogue"),
        ("figures", "a6_jpn:60", "unit", "people", "must be one of the unit values"),
        ("figures", "a6_jpn:60", "measure", "flux", "must be one of the measure values"),
        ("figures", "a6_jpn:60", "qualifier", "roughly", "must be one of the qualifier values"),
        ("mentions", "a6_jpn:9", "role", "guest", "must be one of the role values"),
        ("events", "a6_jpn:event", "event_type", "party", "must be one of the event_type values"),
        ("events", "a1_khm:event", "year", 1999, "year outside the corpus' years 2023-2024"),
        ("partner_year", "JPN", "events", 0, "must be 1 or more"),
        ("articles", "a6_jpn", "n_chars", -5, "must be 0 or more"),
        ("figures", "a6_jpn:60", "value", -1.0, "must be 0 or more"),
        ("articles", "a4_lao_nov12", "event_date", "2024-13", "must be a date"),
        ("figures", "a6_jpn:60", "period_end", "12/2022", "must be a date"),
        ("articles", "a6_jpn", "sha256", "abc", "must match"),
        ("mentions", "a6_jpn:9", "mention_id", "a6_jpn:300", "ids must be unique"),
    ],
)
def test_each_rule_fails_with_table_row_and_rule(tables, table, row_id, column, value, rule):
    with pytest.raises(ValidationError) as error:
        validate_tables(broken(tables, table, row_id, column, value), CATALOGUE)
    message = str(error.value)
    assert message.startswith(f"{table}.csv row ")
    assert rule in message
    assert "\n" not in message
    assert "corrections.csv" in message  # says how to fix it


def test_message_names_the_row_id(tables):
    with pytest.raises(ValidationError, match=r"^mentions\.csv row a6_jpn:9: role='guest'"):
        validate_tables(broken(tables, "mentions", "a6_jpn:9", "role", "guest"), CATALOGUE)


def test_composite_key_is_named_in_full(tables):
    copy = dict(tables)
    copy["partner_year"] = pd.concat([tables["partner_year"], tables["partner_year"].iloc[[0]]])
    copy["partner_year"] = copy["partner_year"].reset_index(drop=True)
    with pytest.raises(ValidationError, match=r"partner_year\.csv row JPN:2023: .*unique"):
        validate_tables(copy, CATALOGUE)


def test_several_problems_give_one_message_with_a_count(tables):
    copy = broken(tables, "mentions", "a6_jpn:9", "role", "guest")
    copy = broken(copy, "figures", "a6_jpn:60", "unit", "people")
    with pytest.raises(ValidationError, match=r"\(1 more problems\)"):
        validate_tables(copy, CATALOGUE)


def test_missing_column_is_named(tables):
    copy = dict(tables)
    copy["events"] = tables["events"].drop(columns=["location"])
    with pytest.raises(ValidationError, match=r"events\.csv table: .*column missing"):
        validate_tables(copy, CATALOGUE)
