"""Vietnamese number parsing: digits, marks, scales, number words, qualifiers and ranges."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlabour.errors import ReferenceDataError
from vnlabour.extract import numbers
from vnlabour.extract.numbers import find_quantities, format_number_vi, parse_number

PARSED = [
    ("48.360", 48360),
    ("17.647", 17647),
    ("229.066", 229066),
    ("345.000", 345000),
    ("1.000.000", 1_000_000),
    ("58,5", 58.5),
    ("0,5", 0.5),
    ("7,5", 7.5),
    ("1,2", 1.2),
    ("1.234,5", 1234.5),  # Vietnamese: dot groups, comma decimal
    ("12.345.678,25", 12_345_678.25),
    ("1,234,567", 1_234_567),  # several commas in threes: English thousands
    ("1,234.5", 1234.5),  # English style mixed: the last mark is the decimal one
    ("2.5", 2.5),  # English decimal in Vietnamese text: one dot, not three digits -> decimal
    ("3.14159", 3.14159),
    ("1,500", 1.5),  # one comma is always the Vietnamese decimal mark
    ("35", 35),
    ("0", 0),
    ("2022", 2022),
    (" 15 ", 15),
    ("-3", -3),
    ("007", 7),
]

NOT_NUMBERS = [
    "0243.826.9546",  # phone number: dots not in groups of three
    "1.2.3",
    "1,2,3",
    "1,2.3",
    "12/1/2023",
    "06-NQ/TW",
    "COVID-19",
    "G20",
    "7,5%",
    "",
    "mười",
    "1.23.456",
    "03:59",
]


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


FORMATTED = [
    (48360, "48.360"),
    (58.5, "58,5"),
    (1_000_000, "1.000.000"),
    (0.5, "0,5"),
    (1234.5, "1.234,5"),
    (999, "999"),
    (1000, "1.000"),
    (-1234.5, "-1.234,5"),
    (27e9, "27.000.000.000"),
]


@pytest.mark.parametrize(("value", "text"), FORMATTED)
def test_format_number_vi(value: float, text: str) -> None:
    assert format_number_vi(value) == text


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_format_then_parse_round_trips(value: float) -> None:
    assert parse_number(format_number_vi(value)) == value


@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_format_rejects_non_finite(value: float) -> None:
    with pytest.raises(ValueError):
        format_number_vi(value)


# text -> the quantities it holds: (span text, value, value_max, qualifier)
QUANTITIES = [
    ("hơn 345 nghìn người", [("hơn 345 nghìn", 345_000, None, "more_than")]),
    ("58,5 triệu USD", [("58,5 triệu", 58_500_000, None, "exact")]),
    ("hơn 1,2 triệu lao động", [("hơn 1,2 triệu", 1_200_000, None, "more_than")]),
    ("gần 700 nghìn người", [("gần 700 nghìn", 700_000, None, "nearly")]),
    ("27 tỷ USD và 5 tỉ đồng", [("27 tỷ", 27e9, None, "exact"), ("5 tỉ", 5e9, None, "exact")]),
    ("1.000 tỷ đồng", [("1.000 tỷ", 1e12, None, "exact")]),
    ("15.000-20.000 người", [("15.000-20.000", 15_000, 20_000, "exact")]),
    ("từ 15.000 đến 20.000 người", [("15.000 đến 20.000", 15_000, 20_000, "exact")]),
    ("khoảng 15 – 20 nghìn lao động", [("khoảng 15 – 20 nghìn", 15_000, 20_000, "about")]),
    ("từ 300 đến hơn 1.000 người", [("300 đến hơn 1.000", 300, 1000, "exact")]),
    # a dash is no "đến": a qualifier after it opens a number of its own
    ("tăng 12 - hơn 30 người", [("12", 12, None, "exact"), ("hơn 30", 30, None, "more_than")]),
    ("hàng trăm cán bộ", [("hàng trăm", 100, None, "more_than")]),
    ("hàng nghìn doanh nghiệp", [("hàng nghìn", 1000, None, "more_than")]),
    ("hàng chục nghìn lao động", [("hàng chục nghìn", 10_000, None, "more_than")]),
    ("vài trăm người", [("vài trăm", 100, None, "about")]),
    ("một triệu người", [("một triệu", 1_000_000, None, "exact")]),
    ("gần hai triệu người", [("gần hai triệu", 2_000_000, None, "nearly")]),
    ("nửa triệu lao động", [("nửa triệu", 500_000, None, "exact")]),
    ("xấp xỉ 3.000 thực tập sinh", [("xấp xỉ 3.000", 3000, None, "nearly")]),
    ("ước tính 120.000 người", [("ước tính 120.000", 120_000, None, "about")]),
    ("trên dưới 50 người", [("trên dưới 50", 50, None, "about")]),  # not more_than
    ("trên 50 người", [("trên 50", 50, None, "more_than")]),
    ("ít nhất 10 dự án", [("ít nhất 10", 10, None, "at_least")]),
    ("tối đa 5 năm", [("tối đa 5", 5, None, "up_to")]),
    ("dưới 18 tuổi", [("dưới 18", 18, None, "less_than")]),
    ("tăng 7,5%", [("7,5", 7.5, None, "exact")]),
    ("Hơn 100 người", [("Hơn 100", 100, None, "more_than")]),  # capital at sentence start
    # traps: codes, dates, times and phone numbers hold no quantity
    ("COVID-19 và G20", []),
    ("đại dịch Covid-19", []),
    ("Nghị quyết số 06-NQ/TW", []),
    ("ký ngày 12/1/2023", []),
    ("lúc 03:59 PM", []),
    ("gọi 0243.826.9546", []),
    ("Nghị định 152/2020/NĐ-CP", []),
    # a later number is no range end: "2027 - 2022" is not 2027 to 2022
    ("2027 - 2022", [("2027", 2027, None, "exact"), ("2022", 2022, None, "exact")]),
    ("2022 - 2027", [("2022 - 2027", 2022, 2027, "exact")]),  # a span; dates.py claims it
    ("hàng năm", []),  # "annually": năm is no scale word
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_find_quantities(text: str, expected: list) -> None:
    found = [
        (text[q.start : q.end], q.value, q.value_max, q.qualifier)
        for q in find_quantities(text)
        if not q.worded
    ]
    assert found == [(s, pytest.approx(v), m, q) for s, v, m, q in expected]


@pytest.mark.parametrize(("text", "value"), [("gấp đôi", 2), ("gấp ba lần", 3), ("hai nước", 2)])
def test_bare_number_words_are_marked_worded(text: str, value: float) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.worded and quantity.value == value


def test_bad_qualifier_row_names_the_file_and_the_fix(monkeypatch) -> None:
    row = {"word": "hơn", "qualifier": "over", "position": "number", "note": ""}
    monkeypatch.setattr(numbers, "read_table", lambda name: (row,))
    with pytest.raises(ReferenceDataError, match=r"qualifiers\.csv.*'over'.*use one of"):
        numbers.qualifier_rows("number")


def test_bad_scale_value_names_the_file_and_the_fix() -> None:
    with pytest.raises(ReferenceDataError, match=r"scales\.csv.*'nghìn'.*numeric"):
        numbers.reference_float({"word": "nghìn", "value": "một nghìn"}, "scales")


def test_counting_words_leave_out_words_with_another_meaning() -> None:
    """'hai', 'mười' count a noun alone; 'một' is also "a", 'năm' also "year"."""
    assert {"hai", "ba", "mười"} <= numbers.counting_words()
    assert not {"một", "năm", "đôi", "nửa"} & numbers.counting_words()
