"""Property tests: the number, date and partner parsers never crash on any text, their spans are
exact slices of it, and a number written the Vietnamese way reads back as itself.

Texts are drawn from fragments that look like the press (names, hedges, scale words, dates,
numbers with both separators) glued to arbitrary characters, so the parsers' interesting paths
are reached, not only the "no digit, nothing to do" one.
"""

import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.helpers import article_as_read
from vnlabour.extract import extract_article
from vnlabour.extract.dates import find_dates
from vnlabour.extract.numbers import find_quantities, format_number_vi, parse_number

FRAGMENTS = (
    "Nhật Bản", "Hàn Quốc", "Lào", "CHDCND Lào", "Campuchia", "Đài Loan (Trung Quốc)", "ILO",
    "Việt Nam", "ASEAN", "Bộ trưởng", "hai nước", "Bản ghi nhớ", "Thỏa thuận", "ký kết",
    "hơn", "gần", "khoảng", "trên", "ít nhất", "nghìn", "triệu", "tỷ", "người", "lao động",
    "ngày", "tháng", "năm", "quý", "giai đoạn", "đến", "từ", "nay", "sáng", "đầu năm",
    "2023", "12", "5/4", "29/11/2023", "2022 - 2027", "345.000", "58,5", "1.234,5", "2.5",
    "15.000-20.000", "0243.826.9546", "COVID-19", "G20", "%", "USD", "đồng",
    " ", " ", "\n", ".", ",", "-", "–", "/", ":", "(", ")", "“", "”", "…",
)  # fmt: skip
ODD_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs",))
PRESS_TEXT = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(ODD_CHARACTERS, max_size=4)), max_size=40
).map("".join)
TRAPS = (
    "",
    "\n\n\n",
    "9" * 400,  # one enormous number
    "1.2.3.4.5,6,7",  # separators in no Vietnamese order
    "ngày 31/2/2023 và tháng 13/2023",  # dates the calendar does not have
    "từ 2027 đến 2022",  # a range running backwards
    "hơn hơn gần khoảng nghìn triệu tỷ",  # hedges and scales without a number
    "Lào" * 200,  # a name glued to itself
    "Nhật\u0301 Bản\u200b Hàn\u00a0Quốc",  # stray combining mark, zero-width and odd spaces
)


@given(st.floats(allow_nan=False, allow_infinity=False))
@example(0.0)
@example(-0.0)
@example(1e16)  # written by repr with an exponent
@example(5e-324)  # the smallest float: hundreds of decimals
@example(345000.0)
@example(1234.5)
def test_a_number_written_the_vietnamese_way_reads_back(value: float) -> None:
    written = format_number_vi(value)
    assert parse_number(written) == value
    assert "e" not in written.lower() and " " not in written


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_numbers_that_cannot_be_written_are_refused(value: float) -> None:
    with pytest.raises(ValueError, match="Vietnamese number"):
        format_number_vi(value)


@given(st.text(st.sampled_from("0123456789.,- "), max_size=20) | st.text(max_size=20))
def test_parse_number_gives_a_number_or_value_error(text: str) -> None:
    try:
        value = parse_number(text)
    except ValueError:
        return
    assert not math.isnan(value)


@given(PRESS_TEXT)
def test_quantities_never_crash_and_lie_inside_the_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.number_start < q.end <= len(text)
        assert not math.isnan(q.value)
        assert q.value_max is None or q.value_max > q.value


@pytest.mark.parametrize("text", TRAPS)
def test_quantities_survive_the_traps(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.number_start < q.end <= len(text)


@given(PRESS_TEXT, st.one_of(st.none(), st.integers(1900, 2100)))
def test_dates_never_crash_and_their_text_is_the_slice(text: str, year: int | None) -> None:
    for found in find_dates(text, year):
        assert text[found.start : found.end] == found.text
        assert found.kind in ("date", "range", "until")
        assert found.first <= found.last or not found.first or not found.last


@pytest.mark.parametrize("text", TRAPS)
def test_dates_survive_the_traps(text: str) -> None:
    for found in find_dates(text):
        assert text[found.start : found.end] == found.text


@given(PRESS_TEXT)
def test_extraction_never_crashes_and_every_span_is_exact(text: str) -> None:
    body = text.strip()
    rows = extract_article(article_as_read(body, published="2023-05-01"))
    for row in (*rows.mentions, *rows.figures, *rows.agreements):
        assert body[row.char_start : row.char_end] == row.span_text
        assert row.span_text in row.evidence
        assert row.evidence in body


@pytest.mark.parametrize("text", TRAPS)
def test_extraction_survives_the_traps(text: str) -> None:
    body = text.strip()
    rows = extract_article(article_as_read(body, published="2023-05-01"))
    for row in (*rows.mentions, *rows.figures, *rows.agreements):
        assert body[row.char_start : row.char_end] == row.span_text


def test_the_fragments_reach_the_parsers() -> None:
    """The strategy's fragments are what the parsers look for: the properties test real paths."""
    body = "Ngày 29/11/2023, hơn 345.000 lao động Việt Nam đang làm việc tại Nhật Bản."
    assert [q.value for q in find_quantities(body)] == [345000.0]
    assert [d.first for d in find_dates(body)] == ["2023-11-29"]
    codes = {
        m.partner_code
        for m in extract_article(article_as_read(body, published="2023-05-01")).mentions
    }
    assert codes == {"JPN"}
