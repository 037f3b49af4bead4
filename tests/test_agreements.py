"""Named cooperation instruments: which words name one, where the name ends, signed here or not."""

import pytest

from tests.helpers import article_of_lines
from tests.test_events import mentions_in, shipped_articles
from vnlabour.extract.agreements import find_agreements
from vnlabour.extract.events import main_event
from vnlabour.extract.rows import Event

CONFERENCE = Event("ministerial_conference", ("LAO",), "2024-05-10", "text", "Hà Nội")
WORKSHOP = Event("workshop", ("JPN",), "2023-08-25", "text", "Hà Nội")
SIGNING = Event("signing", ("JPN",), "2023-08-25", "text", "Hà Nội")

# sentence, event, expected (type, name, signed_here, period_start, period_end) per instrument
CASES = [
    (
        "Tại Hội nghị, hai Bộ trưởng đã ký kết Bản ghi nhớ về hợp tác lao động giai đoạn 2024-2028",
        CONFERENCE,
        [("mou", "Bản ghi nhớ về hợp tác lao động giai đoạn 2024-2028", True, "2024", "2028")],
    ),
    (
        "Hội nghị đánh giá kết quả triển khai Thỏa thuận hợp tác về lao động ký kết ngày 5/6/2019.",
        CONFERENCE,
        [("agreement", "Thỏa thuận hợp tác về lao động", False, "", "")],
    ),
    (
        "Hai bên sẽ ký Bản ghi nhớ về lao động mùa vụ tại Hội nghị lần tới.",
        CONFERENCE,
        [("mou", "Bản ghi nhớ về lao động mùa vụ", False, "", "")],
    ),
    (
        "Hội nghị đã thống nhất và ký kết “Thỏa thuận hợp tác trong lĩnh vực phát triển nguồn "
        "nhân lực” giữa 3 Bộ: Bộ A, Bộ B và Bộ C, trong đó xây dựng các bộ tiêu chuẩn.",
        CONFERENCE,
        [
            (
                "agreement",
                "Thỏa thuận hợp tác trong lĩnh vực phát triển nguồn nhân lực",
                True,
                "",
                "",
            )
        ],
    ),
    (
        "Tại Hội nghị, hai Bộ đã ký kết Bản ghi nhớ về hợp tác lao động giữa hai bộ và Biên bản "
        "Hội nghị Bộ trưởng lần thứ 9.",
        CONFERENCE,
        [
            ("mou", "Bản ghi nhớ về hợp tác lao động", True, "", ""),
            ("minutes", "Biên bản Hội nghị Bộ trưởng lần thứ 9", True, "", ""),
        ],
    ),
    (
        "Hội nghị hoan nghênh kết quả thực hiện Biên bản Hội nghị Bộ trưởng lần thứ 7 năm 2021 và "
        "tình hình hợp tác giai đoạn 2012-2022.",
        CONFERENCE,
        [("minutes", "Biên bản Hội nghị Bộ trưởng lần thứ 7 năm 2021", False, "", "")],
    ),
    (  # the anniversary of a past signing is no signing
        "Hội nghị nhằm kỷ niệm 45 năm Ngày ký kết Hiệp ước Hữu nghị và Hợp tác giữa hai nước.",
        CONFERENCE,
        [("treaty", "Hiệp ước Hữu nghị và Hợp tác", False, "", "")],
    ),
    (
        "Tại buổi làm việc, hai bên ký kết Kế hoạch hành động 5 năm (2023-2027) để thực hiện "
        "Bản ghi nhớ.",
        CONFERENCE,
        [
            ("plan", "Kế hoạch hành động 5 năm (2023-2027)", True, "2023", "2027"),
            ("mou", "Bản ghi nhớ", False, "", ""),
        ],
    ),
    (  # signed on another day than the event's
        "Lễ ký kết Bản ghi nhớ về tuyển chọn điều dưỡng diễn ra sáng 10/10 tại Berlin.",
        SIGNING,
        [("mou", "Bản ghi nhớ về tuyển chọn điều dưỡng", False, "", "")],
    ),
    (  # signed in another year than the event's
        "Năm 2019, tại Hội nghị, hai bên đã ký Bản ghi nhớ về lao động.",
        CONFERENCE,
        [("mou", "Bản ghi nhớ về lao động", False, "", "")],
    ),
    (  # nothing ties the signing to the workshop
        "Bộ đã ký Thỏa thuận hợp tác với nhiều tỉnh của Nhật Bản.",
        WORKSHOP,
        [("agreement", "Thỏa thuận hợp tác", False, "", "")],
    ),
    (  # unless the article is about the signing
        "Bộ đã ký Thỏa thuận hợp tác với tỉnh Aichi của Nhật Bản.",
        SIGNING,
        [("agreement", "Thỏa thuận hợp tác", True, "", "")],
    ),
    (
        "Nghị định thư sửa đổi Hiệp định về lao động được ký năm 2010.",
        CONFERENCE,
        [("other", "Nghị định thư sửa đổi Hiệp định về lao động", False, "", "")],
    ),
    (
        "Việc ký kết Bản ghi nhớ giữa hai bộ sẽ mang lại lợi ích thiết thực.",
        CONFERENCE,
        [("mou", "Bản ghi nhớ", False, "", "")],
    ),
    (  # a day ends a name; the article is about the signing
        "Lễ ký kết Bản ghi nhớ về tuyển chọn điều dưỡng diễn ra sáng 10/10 tại Berlin.",
        Event("signing", ("DEU",), "2023-10-10", "published_date", "Berlin"),
        [("mou", "Bản ghi nhớ về tuyển chọn điều dưỡng", True, "", "")],
    ),
    # counts and classes of instruments, laws, resolutions and generic FTAs are no named instrument
    ("Bộ đã ký 2 văn bản ghi nhớ về hợp tác với các tổ chức phi chính phủ.", CONFERENCE, []),
    ("Bộ đã ký các Thỏa thuận hợp tác về giáo dục nghề nghiệp, an sinh xã hội.", CONFERENCE, []),
    ("Bộ kí kết các Văn kiện hợp tác song phương với Cu Ba, Đan Mạch, Úc.", CONFERENCE, []),
    ("Vụ thực hiện dự án Bộ Luật lao động sửa đổi.", CONFERENCE, []),
    ("Bộ bám sát Nghị quyết số 06-NQ/TW ngày 05/11/2016.", CONFERENCE, []),
    ("Nước ta tham gia các hiệp định thương mại tự do thế hệ mới.", CONFERENCE, []),
    ("Hai bên thỏa thuận tăng cường hợp tác theo kế hoạch năm 2024.", CONFERENCE, []),
]


@pytest.mark.parametrize(("sentence", "event", "expected"), CASES)
def test_find_agreements(sentence: str, event: Event, expected: list[tuple]) -> None:
    item = article_of_lines(sentence)
    rows = find_agreements(item, mentions_in(item), event)
    found = [(r.agreement_type, r.name, r.signed_here, r.period_start, r.period_end) for r in rows]
    assert found == expected
    for row in rows:
        assert item.body[row.char_start : row.char_end] == row.span_text
        assert row.evidence == sentence


@pytest.mark.parametrize(
    ("sentence", "event", "parties"),
    [
        (
            "Tại Hội nghị, Việt Nam và Lào đã ký kết Bản ghi nhớ về lao động.",
            CONFERENCE,
            ("LAO", "VNM"),
        ),
        ("Tại Hội nghị, hai Bộ đã ký kết Bản ghi nhớ về lao động.", CONFERENCE, ("LAO", "VNM")),
        ("Lào và Thái Lan đã ký Bản ghi nhớ về lao động mùa vụ.", CONFERENCE, ("LAO", "THA")),
        ("Việt Nam, Lào và Campuchia đã ký Bản ghi nhớ ba bên.", CONFERENCE, ("KHM", "LAO", "VNM")),
    ],
)
def test_parties(sentence: str, event: Event, parties: tuple[str, ...]) -> None:
    item = article_of_lines(sentence)
    (row,) = find_agreements(item, mentions_in(item), event)
    assert row.parties == parties


def test_signed_here_spreads_to_every_mention_of_the_instrument() -> None:
    item = article_of_lines(
        "Hai Bộ trưởng nhấn mạnh ý nghĩa của Biên bản ghi nhớ về hợp tác lao động.\n"
        "Tại Hội nghị, hai bên đã ký kết Bản ghi nhớ về hợp tác lao động.\n"
        "Bản ghi nhớ về an sinh xã hội được ký năm 2015."
    )
    rows = find_agreements(item, [], CONFERENCE)
    assert [(r.name, r.signed_here) for r in rows] == [
        ("Biên bản ghi nhớ về hợp tác lao động", True),
        ("Bản ghi nhớ về hợp tác lao động", True),
        ("Bản ghi nhớ về an sinh xã hội", False),
    ]
    assert [r.char_start for r in rows] == sorted(r.char_start for r in rows)


SHIPPED = {  # instruments read from the articles: (type, name starts with, signed here)
    "000": {
        ("mou", "Bản ghi nhớ giữa Bộ Lao động - Thương binh và Xã hội Việt Nam", False),
        ("plan", "Kế hoạch hành động 5 năm (2023-2027)", False),
    },
    "001": {("agreement", "Thỏa thuận hợp tác trong lĩnh vực phát triển nguồn nhân lực", True)},
    "002": {
        ("mou", "Bản ghi nhớ về hợp tác trong lĩnh vực lao động và người có công", True),
        ("minutes", "Biên bản Hội nghị Bộ trưởng Lao động Việt Nam-Lào lần thứ 9", True),
        ("agreement", "Thỏa thuận về Kế hoạch Hợp tác giữa Chính phủ", False),
        ("minutes", "Biên bản Hội nghị Bộ trưởng Lao động và Phúc Lợi xã hội lần thứ 8", False),
    },
    "003": set(),
}


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_articles(key: str) -> None:
    item = shipped_articles()[key]
    mentions = mentions_in(item)
    rows = find_agreements(item, mentions, main_event(item, mentions))
    found = {(r.agreement_type, r.name, r.signed_here) for r in rows}
    for kind, name, signed in SHIPPED[key]:
        assert any(f[0] == kind and f[1].startswith(name) and f[2] == signed for f in found), name
    if not SHIPPED[key]:
        assert rows == []
    assert all(r.period_start <= r.period_end for r in rows)
    assert all("VNM" in r.parties for r in rows)
