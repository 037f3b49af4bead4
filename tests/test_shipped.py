"""Direct checks on the five shipped articles, each read from the text by hand."""

import pytest

from vnlabour.config import RAW_ARTICLES
from vnlabour.extract import ArticleRows
from vnlabour.pipeline import extract_corpus

ARTICLE_IDS = {
    "000": "000_dbc213c39e842f9d",  # VN-Cambodia ministers, 'sáng 5/4', 55 years of relations
    "001": "001_f1b6ff815bd75f05",  # VN-Laos special ministers' conference, 'Ngày 29/11', 60 years
    "002": "002_4f7c25eb4b76bf2d",  # 9th VN-Laos labour ministers' conference, 2025-11-12
    "003": "003_73ebf77103015721",  # the ministry's 2018 foreign-relations review, 15/01/2019
    "004": "004_47a988642ed155e1",  # VN-Japan workshop, 'Ngày 25/8', 50 years of relations
}


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ArticleRows]:
    """The real pipeline's rows for the shipped articles, by short number."""
    results = extract_corpus(RAW_ARTICLES, tmp_path_factory.mktemp("interim"))
    by_id = {rows.article.article_id: rows for rows in results}
    return {short: by_id[article_id] for short, article_id in ARTICLE_IDS.items()}


def partner_codes(rows: ArticleRows) -> set[str]:
    return {m.partner_code for m in rows.mentions if m.role == "partner"}


def figure_values(rows: ArticleRows) -> list[float]:
    return [f.value for f in rows.figures]


@pytest.mark.parametrize(
    ("short", "event_date"),
    [
        ("000", "2022-04-05"),  # 1967 + 55 years; the MoU runs 2022-2027
        ("001", "2022-11-29"),  # 1962 + 60 years
        ("002", "2025-11-12"),  # the leading 'date 2025-11-12'
        ("003", "2019-01-15"),  # 'Sáng ngày 15/1' under the stamp '03:59 PM 15/01/2019'
        ("004", "2023-08-25"),  # 1973 + 50 years
    ],
)
def test_event_date(shipped, short, event_date):
    assert shipped[short].event.event_date == event_date


@pytest.mark.parametrize(
    ("short", "code", "is_partner"),
    [
        ("000", "KHM", True),
        ("000", "ASEAN", False),  # only the frame of earlier joint projects
        ("001", "LAO", True),
        ("002", "LAO", True),
        ("003", "DEU", True),
        ("003", "FRA", False),  # 'Vụ Pháp chế' is a department of the ministry
        ("003", "KHM", True),  # spelt both 'Campuchia' and 'Cam-pu-chia'
        ("003", "ILO", True),
        ("003", "UNICEF", True),
        ("003", "MAR", True),  # 'Maroc'
        ("003", "ZAF", True),  # 'Nam Phi'
        ("004", "JPN", True),
        ("004", "JICA", True),
    ],
)
def test_partner_role(shipped, short, code, is_partner):
    assert (code in partner_codes(shipped[short])) is is_partner


@pytest.mark.parametrize("short", sorted(ARTICLE_IDS))
def test_vietnam_is_never_a_partner(shipped, short):
    assert "VNM" not in partner_codes(shipped[short])


@pytest.mark.parametrize(
    ("short", "value", "field", "expected"),
    [
        ("004", 345000, "qualifier", "more_than"),  # 'hơn 345 nghìn người'
        ("004", 345000, "unit", "persons"),
        ("004", 25e9, "qualifier", "nearly"),  # 'gần 25 tỷ USD'
        ("004", 50e9, "unit", "USD"),  # 'hơn 50 tỷ USD'
        ("004", 10, "unit", "times"),  # 'tăng gấp 10 lần'
        ("000", 35, "qualifier", "about"),  # 'khoảng 35 sinh viên'
        ("002", 48360, "unit", "persons"),  # '48.360 người'
        ("002", 229066, "unit", "persons"),
    ],
)
def test_figure_read_as(shipped, short, value, field, expected):
    matches = [f for f in shipped[short].figures if f.value == value]
    assert matches, f"{value} not found in {figure_values(shipped[short])}"
    assert getattr(matches[0], field) == expected


@pytest.mark.parametrize(
    ("short", "value", "count"),
    [
        ("004", 345000, 2),  # lead and body: 'hơn 345 nghìn' and '345.000'
        ("004", 15, 2),  # '15 quốc gia' twice
        ("002", 100, 1),  # 'hàng trăm cán bộ'
        ("002", 17647, 1),
        ("003", 20, 1),  # '(20 Ủy ban)'
        ("003", 50, 1),  # 'khoảng 50 tổ chức'
        ("003", 2, 3),  # '2 văn bản ghi nhớ', '2 tổ chức', '2 dự án'
    ],
)
def test_figure_occurrences(shipped, short, value, count):
    assert figure_values(shipped[short]).count(value) == count


@pytest.mark.parametrize(
    ("short", "value"),
    [
        ("004", 111),  # the hotline, twice
        ("004", 1992),  # a year
        ("004", 50),  # '50 năm quan hệ ngoại giao'
        ("004", 4),  # 'đối tác thương mại lớn thứ 4'
        ("002", 686),  # part of a centre's name
        ("002", 60),  # 'hơn 60 năm qua'
        ("002", 9),  # 'lần thứ 9'
        ("001", 60),  # anniversary
        ("001", 7),  # 'lần thứ 7'
        ("000", 55),  # anniversary
        ("000", 5),  # 'Kế hoạch hành động 5 năm'
        ("003", 9),  # '9 nhiệm vụ trọng tâm' (tasks)
        ("003", 3),  # 'cả 3 kênh' (channels)
    ],
)
def test_not_a_figure(shipped, short, value):
    assert value not in figure_values(shipped[short])
