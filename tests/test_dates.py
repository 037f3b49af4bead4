"""Vietnamese date expressions: what is a date, its kind, ISO bounds and offsets."""

from pathlib import Path

import pytest

from vnlabour.extract import dates
from vnlabour.extract.dates import DateMention, find_dates

EVAL_CORPUS = Path(__file__).parent / "eval" / "corpus"

# text, expected (span text, kind, first, last, year_given) of each mention, in order
CASES = [
    # single dates at each precision
    ("ký kết ngày 12/1/2023...", [("ngày 12/1/2023", "date", "2023-01-12", "2023-01-12", True)]),
    (
        "diễn ra vào ngày 11/11/2025;",
        [("ngày 11/11/2025", "date", "2025-11-11", "2025-11-11", True)],
    ),
    (
        "ngày 12 tháng 1 năm 2023",
        [("ngày 12 tháng 1 năm 2023", "date", "2023-01-12", "2023-01-12", True)],
    ),
    ("hạn chót 30.6.2024 là", [("30.6.2024", "date", "2024-06-30", "2024-06-30", True)]),
    ("tháng 9/2025 vừa qua", [("tháng 9/2025", "date", "2025-09", "2025-09", True)]),
    ("vào tháng 3 năm 2021,", [("tháng 3 năm 2021", "date", "2021-03", "2021-03", True)]),
    ("Năm 2019, với 9 nhiệm vụ", [("Năm 2019", "date", "2019", "2019", True)]),
    ("vào năm 1992, thông qua", [("năm 1992", "date", "1992", "1992", True)]),
    # day/month without a year
    ("Ngày 29/11, tại Quảng Ninh", [("Ngày 29/11", "date", "", "", False)]),
    # a news agency's dateline with a dotted day.month
    ("Viêng Chăn 21.3 (TTXVN) - Hôm nay", [("21.3", "date", "", "", False)]),
    ("diễn ra sáng 5/4.", [("sáng 5/4", "date", "", "", False)]),
    ("Trước đó, chiều 4/4, tại", [("chiều 4/4", "date", "", "", False)]),
    ("Sáng ngày 15/1, tại Hà Nội", [("Sáng ngày 15/1", "date", "", "", False)]),
    ("trong tháng 9 tới", [("tháng 9", "date", "", "", False)]),
    ("Sáng nay (5/4), Hội thảo khai mạc", [("5/4", "date", "", "", False)]),
    # a capitalised weekday before the day/month, in brackets or after a comma
    ("Chiều thứ Sáu (17/10), đoàn đã tới", [("17/10", "date", "", "", False)]),
    ("Chủ nhật, 9/6, các thí sinh", [("9/6", "date", "", "", False)]),
    # ranges
    ("giai đoạn 2022 - 2027.", [("giai đoạn 2022 - 2027", "range", "2022", "2027", True)]),
    ("Kế hoạch 5 năm (2023-2027) để", [("(2023-2027)", "range", "2023", "2027", True)]),
    ("kết quả 2024–2025 và", [("2024–2025", "range", "2024", "2025", True)]),
    ("năm học 2023-2024", [("năm học 2023-2024", "range", "2023", "2024", True)]),
    (
        "Từ năm 2024 đến tháng 9/2025, tổng cộng",
        [("Từ năm 2024 đến tháng 9/2025", "range", "2024", "2025-09", True)],
    ),
    ("từ 2022 đến 2027", [("từ 2022 đến 2027", "range", "2022", "2027", True)]),
    ("từ 1/3 đến 5/4/2023", [("từ 1/3 đến 5/4/2023", "range", "2023-03-01", "2023-04-05", True)]),
    (
        "kể từ tháng 1 tới tháng 6/2024",
        [("kể từ tháng 1 tới tháng 6/2024", "range", "2024-01", "2024-06", True)],
    ),
    ("ngày 4-5/4/2023", [("ngày 4-5/4/2023", "range", "2023-04-04", "2023-04-05", True)]),
    (
        "Từ ngày 15 đến 17/5/2024, tại Viêng Chăn",
        [("ngày 15 đến 17/5/2024", "range", "2024-05-15", "2024-05-17", True)],
    ),
    (
        "Trong 2 ngày 9 và 10/11/2023,",
        [("ngày 9 và 10/11/2023", "range", "2023-11-09", "2023-11-10", True)],
    ),
    # datelines: a place at the start of a line, a comma, the day/month, an agency or a dash
    ("Hà Nội, 11/6 (TTXVN/Vietnam+) - Nhân dịp", [("11/6", "date", "", "", False)]),
    ("Ottawa, 15/5 - Đại sứ Việt Nam", [("15/5", "date", "", "", False)]),
    (
        "Trong 10 tháng năm 2024, cả nước",
        [("10 tháng năm 2024", "range", "2024-01", "2024-10", True)],
    ),
    (  # a count of months in words; a word that counts nothing leaves the first month
        "Chín tháng đầu năm 2023, tỉnh đưa 900 người đi Đức; riêng trong tháng đầu năm 2023 có 80.",
        [
            ("Chín tháng đầu năm 2023", "range", "2023-01", "2023-09", True),
            ("tháng đầu năm 2023", "date", "2023-01", "2023-01", True),
        ],
    ),
    ("6 tháng cuối năm 2023", [("6 tháng cuối năm 2023", "range", "2023-07", "2023-12", True)]),
    ("trong quý IV/2023", [("quý IV/2023", "range", "2023-10", "2023-12", True)]),
    ("quý 2 năm 2024", [("quý 2 năm 2024", "range", "2024-04", "2024-06", True)]),
    ("từ năm 2020 đến nay", [("từ năm 2020 đến nay", "range", "2020", "", True)]),
    # as-of bounds: first is "", last the bound; the end of a year is its December
    ("Đến hết năm 2022, tổng số", [("Đến hết năm 2022", "until", "", "2022-12", True)]),
    ("Đến tháng 12/2022, tổng", [("Đến tháng 12/2022", "until", "", "2022-12", True)]),
    (
        "tính đến ngày 31/12/2023 có",
        [("tính đến ngày 31/12/2023", "until", "", "2023-12-31", True)],
    ),
    ("đến cuối năm 2021", [("đến cuối năm 2021", "until", "", "2021-12", True)]),
    ("Đến nay, kết quả hợp tác", [("Đến nay", "until", "", "", False)]),
    ("tính đến thời điểm này", [("tính đến thời điểm này", "until", "", "", False)]),
    # two in one sentence
    (
        "Biên bản lần thứ 8 năm 2023; Thỏa thuận ký kết ngày 12/1/2023...",
        [
            ("năm 2023", "date", "2023", "2023", True),
            ("ngày 12/1/2023", "date", "2023-01-12", "2023-01-12", True),
        ],
    ),
    (
        "Nghị quyết số 06-NQ/TW ngày 05/11/2016 của Ban",
        [("ngày 05/11/2016", "date", "2016-11-05", "2016-11-05", True)],
    ),
    ("03:59 PM 15/01/2019", [("15/01/2019", "date", "2019-01-15", "2019-01-15", True)]),
    # a day and month joined by a hyphen or a dot after a day word; a month and year by a hyphen
    ("Chiều 20-11, tòa tuyên án.", [("Chiều 20-11", "date", "", "", False)]),
    ("Ngày 8.3 tại Huế", [("Ngày 8.3", "date", "", "", False)]),
    (
        "Từ tháng 5-2019 đến tháng 2-2020, họ làm việc.",
        [("Từ tháng 5-2019 đến tháng 2-2020", "range", "2019-05", "2020-02", True)],
    ),
    # the first or last month of a year
    (
        "Tháng cuối năm 2023, xuất khẩu tăng.",
        [("Tháng cuối năm 2023", "date", "2023-12", "2023-12", True)],
    ),
    # a solar month written as a capitalised name
    (
        "Ngày 20 tháng Ba năm 2025, tại Đài Bắc",
        [("Ngày 20 tháng Ba năm 2025", "date", "2025-03-20", "2025-03-20", True)],
    ),
    ("Sáng 28 tháng Mười hai, hội nghị", [("Sáng 28 tháng Mười hai", "date", "", "", False)]),
]

# none of these holds a date
NOT_DATES = [
    "mùng 8 tháng Giêng",  # a lunar month
    "trong 3 tháng Hai lần",  # no day word, no year: no date
    "Tỉnh xếp thứ hai (1/3 tổng số) về lao động xuất cảnh.",  # an ordinal, then a share
    "kỷ niệm 55 năm thiết lập quan hệ ngoại giao",
    "Qua hơn 55 năm quan hệ ngoại giao",
    "đã tăng gấp 10 lần trong 10 năm qua",
    "Kế hoạch hành động 5 năm để",
    "Hội nghị lần thứ 9",
    "đối tác thương mại lớn thứ 4",
    "Nghị định số 12/2021/NĐ-CP",
    "Thông tư 10/2020/TT-BLĐTBXH",
    "theo Quyết định số 3/2019",
    "03:59 PM",
    "đại dịch Covid-19 diễn biến",
    "1/2 số lao động",  # a fraction: no date cue before it
    "chiếm 2 và 3/4 số lao động",  # a fraction after "và"
    "Theo đó, 3/4 lao động",  # a sentence opener is no dateline: no agency or dash follows
    "Nhân Ngày Thế giới phòng chống lao động trẻ em 12/6",  # a named day without a date cue
    "hỗ trợ 24/7 cho người lao động",
    "từ 2000 người lên 3000 người",  # a count after "từ", not a year
    "2027 - 2022",  # later year first: a subtraction, not a period
    "đường dây nóng 1900-2100",  # a span of 200 years is a number, not a period
    "ngày 31/2",  # no such day
    "tháng 13/2025",
    "năm 1000 người",
    "48.360 người; 17.647 phụ nữ",
    "hơn 345 nghìn người",
    "Trung tâm 686 Bản Cân",
    "làm việc mỗi ngày 8-10 tiếng",  # hours a day, not 8 October
    "nghỉ ngày 2-3 lần",
    "các ngày 10-12 tháng",  # days 10 to 12 of a month named later, not 10 December
    "tỷ lệ 21.3 (TTXVN dẫn nguồn ILO)",  # a decimal before an agency's note: no dateline
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_dates(text: str, expected: list[tuple]) -> None:
    found = [(m.text, m.kind, m.first, m.last, m.year_given) for m in find_dates(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "year", "first", "month", "day"),
    [
        ("Ngày 29/11, tại Quảng Ninh", 2022, "2022-11-29", 11, 29),
        ("diễn ra sáng 5/4.", 2022, "2022-04-05", 4, 5),
        ("trong tháng 9 tới", 2024, "2024-09", 9, None),
        ("ký kết ngày 12/1/2023", 1999, "2023-01-12", 1, 12),  # the text's year wins
        ("Năm 2019,", 2000, "2019", None, None),
    ],
)
def test_year_completes_day_month(
    text: str, year: int, first: str, month: int | None, day: int | None
) -> None:
    (found,) = find_dates(text, year)
    assert (found.first, found.last, found.month, found.day) == (first, first, month, day)


def test_year_given_stays_false_when_completed() -> None:
    (found,) = find_dates("Ngày 29/11,", 2022)
    assert found.year_given is False


def test_offsets_point_into_the_text() -> None:
    text = (
        "Hội nghị diễn ra sáng 5/4. Từ năm 2024 đến tháng 9/2025, có 48.360 người; "
        "giai đoạn 2022 - 2027."
    )
    found = find_dates(text)
    assert [m.text for m in found] == [
        "sáng 5/4",
        "Từ năm 2024 đến tháng 9/2025",
        "giai đoạn 2022 - 2027",
    ]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_mentions_are_plain_values() -> None:
    (found,) = find_dates("ngày 12/1/2023")
    assert found == DateMention(
        0, 14, "ngày 12/1/2023", "date", "2023-01-12", "2023-01-12", True, 1, 12
    )


def test_deterministic() -> None:
    text = "Từ năm 2024 đến tháng 9/2025 và ngày 11/11/2025, giai đoạn 2026-2030, đến nay."
    assert find_dates(text) == find_dates(text)


def test_pre_checks_never_skip_a_date_pattern_that_would_match() -> None:
    """Every match of every atom pattern, over the evaluation passages, holds the part, clue and
    year the pre-checks of find_atoms look for, so those checks cannot drop a date."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EVAL_CORPUS.glob("*.txt"))]
    matched = 0
    for name, pattern in dates._ATOMS:
        needed = dates._NEEDED[name]
        for match in (m for text in texts for m in pattern.finditer(text)):
            matched += 1
            assert dates._PARTS[needed].search(match.group()), (name, match.group())
            assert dates._CLUES.get(needed, "") in match.group().lower(), (name, match.group())
            if name in dates._NEEDS_YEAR:
                assert dates._FOUR_DIGITS.search(match.group()), (name, match.group())
    assert matched > 500  # the passages hold several hundred dates
