"""The main event: type, partners, location and a date whose year is inferred only on evidence."""

import re
from dataclasses import replace

import pytest

from tests.helpers import article_of_lines
from vnlabour.config import RAW_ARTICLES
from vnlabour.corpus import Article, read_corpus
from vnlabour.extract.events import event_location, event_type_of, main_event
from vnlabour.extract.rows import Mention

# Country names used by the hand-made mentions of these tests (the partners stage is tested apart).
COUNTRIES = {
    "Campuchia": "KHM", "Lào": "LAO", "Nhật Bản": "JPN", "Hàn Quốc": "KOR", "Đức": "DEU",
    "Thái Lan": "THA", "Israel": "ISR", "Hoa Kỳ": "USA",
    "New Zealand": "NZL", "Ả Rập Xê-út": "SAU", "Canada": "CAN", "Mozambique": "MOZ",
}  # fmt: skip


def mentions_in(item: Article, role: str = "partner") -> list[Mention]:
    """A mention for each country name of COUNTRIES in the body ("Lào Cai" is a province)."""
    found = []
    for name, code in COUNTRIES.items():
        for match in re.finditer(rf"(?<!\w){name}(?!\w)(?! Cai)", item.body):
            start, end = match.span()
            found.append(
                Mention(item.article_id, code, "country", role, name, "", name, start, end, "")
            )
    return sorted(found, key=lambda m: m.char_start)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "",
            "Ngày 5/4, Hội nghị Bộ trưởng Lao động Việt Nam - Campuchia diễn ra.",
            "ministerial_conference",
        ),
        (
            "",
            "Sáng 4/4, Hội nghị cấp Bộ trưởng ASEAN về lao động khai mạc.",
            "ministerial_conference",
        ),
        (
            "",
            "Ngày 4/4, Hội nghị quan chức cao cấp Việt Nam - Lào diễn ra.",
            "senior_officials_meeting",
        ),
        ("", "Sáng 15/1, Hội nghị tổng kết công tác đối ngoại năm 2018 diễn ra.", "report"),
        ("", "Ngày 25/8, tại Hà Nội, diễn ra Hội thảo về lao động di cư.", "workshop"),
        ("", "Chiều 3/3, Toạ đàm về thị trường lao động Đức được tổ chức.", "workshop"),
        ("", "Ngày 9/9, Diễn đàn di cư lao động ASEAN lần thứ 15 khai mạc.", "workshop"),
        ("", "Sáng 6/6, Bộ trưởng tiếp Đại sứ Hàn Quốc tại trụ sở Bộ.", "visit"),
        ("", "Ngày 7/7, đoàn công tác có chuyến thăm và làm việc tại Nhật Bản.", "visit"),
        ("", "Ngày 8/8, Lễ ký Bản ghi nhớ về lao động mùa vụ diễn ra tại Hà Nội.", "signing"),
        # a signing at a conference is part of the conference
        (
            "",
            "Ngày 29/11, Lễ ký kết tại Hội nghị Bộ trưởng đặc biệt Việt Nam-Lào.",
            "ministerial_conference",
        ),
        # the title names the event even when the lead does not
        (
            "Hội thảo về lao động Việt Nam tại Nhật Bản",
            "Ngày 2/2, nhiều đại biểu đã dự.",
            "workshop",
        ),
        # traps: tiếp tục, tiếp nhận, trực tiếp, thăm dò are no visits; a bare "Hội nghị" is untyped
        ("", "Ngày 1/3, hai bên tiếp tục trao đổi và tiếp nhận lao động trực tiếp.", "other"),
        ("", "Ngày 2/3, Bộ thăm dò ý kiến doanh nghiệp.", "other"),
        ("", "Ngày 3/3, Hội nghị trực tuyến toàn quốc diễn ra.", "other"),
        ("", "Năm 2023 cả nước đưa 150.000 lao động đi làm việc ở nước ngoài.", "other"),
    ],
)
def test_event_type(title: str, body: str, expected: str) -> None:
    item = article_of_lines(body, title=title)
    assert event_type_of(item.title, item.sentences[0], item.sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ngày 29/11, tại Quảng Ninh, diễn ra Hội nghị Bộ trưởng.", "Quảng Ninh"),
        ("Hội nghị diễn ra tại Hà Nội ngày 5/4.", "Hà Nội"),
        ("Hội thảo được tổ chức tại Bà Rịa - Vũng Tàu.", "Bà Rịa - Vũng Tàu"),
        ("Hội thảo được tổ chức tại TP. Hồ Chí Minh.", "TP. Hồ Chí Minh"),
        ("Hội nghị lần thứ 8 tại Viêng Chăn (Lào) đã thành công.", "Viêng Chăn"),
        (
            "Từ ngày 15 đến 17/5/2024, tại thủ đô Viêng Chăn, Lào, đã diễn ra Hội nghị.",
            "Viêng Chăn",
        ),
        ("Hội thảo diễn ra tại thành phố Đà Nẵng.", "Đà Nẵng"),
        (
            "Sáng ngày 15/1, tại Trụ sở Bộ Lao động – Thương binh và Xã hội, Vụ Hợp tác quốc tế "
            "tổ chức Hội nghị.",
            "Trụ sở Bộ Lao động – Thương binh và Xã hội",
        ),
        # traps: "hiện tại" is no place; a lower-case word after "tại" is no name
        ("Hiện tại, hai bên đang đàm phán.", ""),
        ("Lao động đang làm việc tại nước ngoài tăng nhanh.", ""),
        ("Hội nghị Bộ trưởng diễn ra sáng 5/4.", ""),
        # a place ends before the preposition that follows it
        ("Sở tổ chức ngày hội tư vấn học nghề tại Pháp cho hơn 200 thanh niên.", "Pháp"),
        ("Đoàn làm việc tại Viêng Chăn với Bộ Lao động Lào.", "Viêng Chăn"),
    ],
)
def test_event_location(sentence: str, expected: str) -> None:
    assert event_location(sentence) == expected


# body (one sentence per line), published date, expected (event_date, event_date_basis)
DATE_CASES = [
    # "năm 2024 vừa qua" said on a January day: that day is in 2025
    (
        "Ngày 20/1, Đại sứ Việt Nam tại Ba Lan làm việc với Thứ trưởng Bộ Gia đình, Lao động và"
        " Chính sách xã hội Ba Lan.\n"
        "Phía Ba Lan cho biết trong năm 2024 vừa qua, nước này đã cấp khoảng 3.000 giấy phép"
        " lao động cho công dân Việt Nam.",
        "",
        ("2025-01-20", "text"),
    ),
    # "sau hơn 6 tháng thực hiện" an agreement in force "từ ngày 1/1/2025": July is in 2025
    (
        "Sáng 12/7, Sở Nội vụ phối hợp với Đại sứ quán Séc tổ chức hội nghị phổ biến Hiệp định"
        " về bảo hiểm xã hội.\n"
        "Hiệp định có hiệu lực từ ngày 1/1/2025. Sau hơn 6 tháng thực hiện, đã có 120 người lao"
        " động được cộng nối thời gian đóng.",
        "",
        ("2025-07-12", "text_bound"),
    ),
    # "Bản ghi nhớ giai đoạn 2021-2026 sau 3 năm triển khai": the meeting is in 2024
    (
        "Ngày 9/5, tại Viêng Chăn, hai Bộ họp Ủy ban hỗn hợp về hợp tác lao động.\n"
        "Hai bên đánh giá Bản ghi nhớ giai đoạn 2021-2026 sau 3 năm triển khai.",
        "",
        ("2024-05-09", "text_bound"),
    ),
    # a November review of a project "giai đoạn 2021-2024" is held in 2024
    (
        "Sáng 26/11, tại Huế, Sở Nội vụ phối hợp với IOM tổ chức hội nghị tổng kết dự án"
        ' "Hỗ trợ người lao động di cư trở về" giai đoạn 2021-2024.',
        "",
        ("2024-11-26", "text"),
    ),
    # "năm vừa qua (2024)" glosses the past year: the present is 2025
    (
        "Ngày 14/2, Trung tâm Dịch vụ việc làm tỉnh khai giảng lớp tiếng Đức cho 80 học viên.\n"
        "Năm vừa qua (2024), tỉnh đưa được 9.300 người đi làm việc ở nước ngoài.",
        "",
        ("2025-02-14", "text"),
    ),
    # "từ ngày 1/1 năm sau" looks ahead, not back from years later
    (
        "Theo Văn phòng Kinh tế Văn hóa Đài Bắc, ngày 20/9 vừa qua, cơ quan lao động Đài Loan đã"
        " quyết định tăng lương tối thiểu, áp dụng từ ngày 1/1 năm sau.",
        "2025-09-24",
        ("2025-09-20", "published_date"),
    ),
    # a day "đúng 5 năm sau ngày ký (…/2019)" falls five years after the signing
    (
        "Sáng 12/10, đúng 5 năm sau ngày ký Bản ghi nhớ về tuyển chọn hộ lý sang Nhật Bản"
        " (12/10/2019), Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị sơ kết.",
        "",
        ("2024-10-12", "text"),
    ),
    # "Chiều qua" dates the homecoming; "Từ tháng 4" only starts its story
    (
        "Chiều qua, 9 thuyền viên Việt Nam bị bỏ rơi tại Sri Lanka đã về tới sân bay Nội Bài.\n"
        "Từ tháng 4, chủ tàu ngừng trả lương cho thủy thủ đoàn.",
        "2024-07-18",
        ("2024-07-17", "published_date"),
    ),
    # "đầu tháng này" and "tuần trước" date the news by the month of publication or last week
    (
        "Hồi đầu tháng này, Sở Nội vụ tỉnh đã làm việc với đoàn doanh nghiệp Nhật Bản.\n"
        "Đến hết tháng 5, tỉnh đã đưa 1.200 người đi làm việc ở nước ngoài.",
        "2025-06-18",
        ("2025-06", "published_date"),
    ),
    (
        "Tuần trước, đoàn công tác tỉnh Nghệ An đã ký biên bản ghi nhớ với tỉnh Gunma.",
        "2024-12-02",
        ("2024-11", "published_date"),
    ),
    # "Năm 2024 là năm đầu tiên …", "năm nay, 2023,": the year of a yearless day
    (
        "Hải Phòng, 20/10 - Hôm 18/10, trường tổ chức lễ bế giảng khóa đào tạo thuyền viên.\n"
        "Năm 2024 là năm đầu tiên dự án được triển khai.",
        "",
        ("2024-10-18", "text_bound"),
    ),
    (
        "Ngày 9/11, Cục Việc làm và IOM khởi động dự án hỗ trợ người di cư trở về.\n"
        "Theo IOM, năm nay, 2023, đánh dấu 15 năm hợp tác với Việt Nam.",
        "",
        ("2023-11-09", "text_bound"),
    ),
    # a lead that opens on a full date is the news, not a signing "sau khi" it names later
    (
        "Ngày 6/9/2024, tại Hà Nội, Cục Quản lý lao động ngoài nước tổ chức lễ tiễn 50 lao động"
        " sang New Zealand.\n"
        "Đây là đợt đầu tiên, sau khi hai nước ký Bản ghi nhớ về lao động thời vụ năm 2023.",
        "",
        ("2024-09-06", "text"),
    ),
    # a start "từ tháng 4/2023" after an undated "vừa" opening is the story's past, not its date
    (
        "Lừa đưa người đi Úc, một phụ nữ bị bắt\n"
        "Công an tỉnh Nghệ An vừa khởi tố Nguyễn Thị Hoa về tội lừa đảo chiếm đoạt tài sản.\n"
        "Theo điều tra, từ tháng 4/2023, Hoa đăng tin tuyển người đi làm việc tại Australia.",
        "",
        ("", ""),
    ),
    # "Đây là … đông nhất … trong năm 2024", "Đây là hoạt động trong kế hoạch năm 2025": the year
    (
        "Sáng 12/9, Cục Quản lý lao động ngoài nước tiễn 60 điều dưỡng sang Đức làm việc.\n"
        "Đây là nhóm ứng viên đông nhất của chương trình trong năm 2024.",
        "",
        ("2024-09-12", "text_bound"),
    ),
    (
        "Ngày 5/6, Sở Nội vụ tỉnh Thanh Hóa tập huấn cho cán bộ tư vấn di cư an toàn.\n"
        "Đây là hoạt động nằm trong kế hoạch năm 2025 của dự án do ILO hỗ trợ.",
        "",
        ("2025-06-05", "text_bound"),
    ),
    # "Năm 2024 đánh dấu …" names the article's present year
    (
        "Băng Cốc 15/9 (TTXVN) - Ngày 14/9, Thứ trưởng làm việc với Bộ Lao động Thái Lan.\n"
        "Năm 2024 đánh dấu 15 năm hai nước ký Bản ghi nhớ về hợp tác lao động.",
        "",
        ("2024-09-14", "text_bound"),
    ),
    # a day named after a yearless span it falls in ("từ ngày 10 đến 14/3, chiều 12/3")
    (
        "Trong chuyến công tác tại Israel từ ngày 10 đến 14/3, chiều 12/3, Thứ trưởng đã làm việc"
        " với Cơ quan Dân số và Nhập cư Israel (PIBA).",
        "2024-03-16",
        ("2024-03-12", "published_date"),
    ),
    # after a dateline, a day inside the span of the conference the meeting was held beside
    (
        "Geneva 12/6 (TTXVN) - Bên lề Hội nghị Lao động Quốc tế diễn ra từ ngày 2 đến 13/6/2025"
        " tại Geneva, sáng 11/6, Bộ trưởng đã gặp Tổng Giám đốc ILO.",
        "",
        ("2025-06-11", "text"),
    ),
    # a year looked ahead to ("hướng tới năm APEC 2027") is not the event's
    (
        "Ngày 20/5, tại Hà Nội, Bộ Nội vụ tổ chức hội thảo APEC về công nhận kỹ năng.\n"
        "Kết quả hội thảo là cơ sở để Việt Nam đề xuất sáng kiến, hướng tới năm APEC 2027.",
        "",
        ("", ""),
    ),
    # statistics to the end of a month of no year are of the month last past at publication
    (
        "Tính đến hết tháng 9, cả nước đưa 98.000 người đi làm việc ở nước ngoài theo hợp đồng.",
        "2024-10-05",
        ("2024-09", "published_date"),
    ),
    # a day "N năm sau khi" a dated signing is that many years after it, not the signing's day
    (
        "Viêng Chăn, ngày 3/7 - Nhóm công tác về lao động Việt Nam - Lào họp phiên đầu tiên, đúng"
        " ba năm sau khi Bản ghi nhớ được ký ngày 3/7/2021.",
        "",
        ("2024-07-03", "text"),
    ),
    # a lead opening on a day dates the event, not a later sentence on a past signing
    (
        "Sáng 8/3, Trường Trung cấp nghề Quảng Bình khai giảng lớp tiếng Hàn cho 40 học viên.\n"
        "Chương trình liên kết được ký kết từ tháng 5/2021 với một trường nghề của Hàn Quốc.",
        "2024-03-09",
        ("2024-03-08", "published_date"),
    ),
    # a bare dateline, then the day the event was held, before a report's year
    (
        "Đà Nẵng, ngày 9/10/2024\n"
        "Chiều 8/10, Sở Nội vụ họp với các doanh nghiệp đưa thuyền viên đi làm việc ở nước ngoài.\n"
        "Theo báo cáo, năm 2024, thành phố có 310 thuyền viên xuất cảnh.",
        "",
        ("2024-10-08", "text"),
    ),
    # a day told relative to publication, before another date in its sentence, dates the event
    (
        "Tối qua, tại Đà Nẵng, Sở Nội vụ và IOM công bố khảo sát thực hiện từ tháng 5/2022 với "
        "900 lao động hồi hương.",
        "2024-02-20",
        ("2024-02-19", "published_date"),
    ),
    # an opening "Chiều qua" dates an event no sentence names from the publication day
    (
        "Chiều qua, tại Huế, Sở Lao động cùng KOICA khai trương xưởng thực hành nghề hàn.",
        "2024-05-10",
        ("2024-05-09", "published_date"),
    ),
    # the year of an earlier signing the event replaces is not the event's
    (
        "Viêng Chăn, ngày 14/8 - Hai Bộ đã ký Bản ghi nhớ mới về hợp tác lao động, thay thế bản "
        "ghi nhớ ký năm 2016.",
        "",
        ("", ""),
    ),
    # an institution's founding year is its past, not the event: the statistics' period dates it
    (
        "Ra đời năm 2017 với sự giúp đỡ của IOM, Văn phòng tư vấn di cư của tỉnh Nghệ An ngày "
        "càng được tin cậy.\n"
        "Tính đến hết tháng 6/2023, Văn phòng đã tư vấn cho 4.200 lượt người.",
        "",
        ("2023-06", "text"),
    ),
    # the year stated in the event's own name, in a lead sentence that dates it while the event
    # sentence (here the title-like first line) gives no date; two years there give none
    (
        "Thái Lan và Việt Nam ký kết hợp tác\n"
        "Chiều 7/3, tại Huế, Diễn đàn việc làm Việt Nam - Thái Lan năm 2022 đã khai mạc.",
        "",
        ("2022-03-07", "text"),
    ),
    (
        "Thái Lan và Việt Nam ký kết hợp tác\n"
        "Chiều 7/3, tại Huế, Diễn đàn năm 2022 đã khai mạc, nối tiếp diễn đàn năm 2019.",
        "",
        ("", ""),
    ),
    # the sentence after the date that names the event back frames it with its year; a next
    # sentence about something else does not
    (
        "Sáng 9/10, Bộ trưởng tiếp đoàn Bộ Lao động Hàn Quốc.\n"
        "Buổi tiếp diễn ra trong bối cảnh năm 2021 hai nước đẩy mạnh hợp tác lao động.",
        "",
        ("2021-10-09", "text"),
    ),
    (
        "Sáng 9/10, Bộ trưởng tiếp đoàn Bộ Lao động Hàn Quốc.\n"
        "Năm 2021, Hàn Quốc tiếp nhận hơn 9.000 lao động Việt Nam.",
        "",
        ("", ""),
    ),
    # a review that dates no meeting is about the year it reviews; a plain report is not
    (
        "Theo báo cáo tổng kết năm 2022 của Cục Quản lý lao động ngoài nước, "
        "Nhật Bản tiếp nhận nhiều lao động nhất.",
        "2023-02-01",
        ("2022", "text"),
    ),
    ("Theo báo cáo năm 2022 của Cục, Nhật Bản tiếp nhận nhiều lao động nhất.", "", ("", "")),
    # the year reviewed, several words and a comma after "tổng kết"
    (
        "Ngày 20/12, Hội nghị tổng kết công tác quản lý, bảo vệ lao động di cư năm 2021 diễn ra.",
        "",
        ("2021-12-20", "text"),
    ),
    # anniversaries of relations with Canada (1973) and Mozambique (1975)
    (
        "Ngày 5/9, hai trường ký thỏa thuận nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao "
        "Việt Nam - Canada.",
        "",
        ("2023-09-05", "anniversary"),
    ),
    (
        "Chiều 2/7, Bộ trưởng tiếp đoàn Mozambique.\n"
        "Hai bên kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - Mozambique.",
        "",
        ("2020-07-02", "anniversary"),
    ),
    (
        "Ngày 12/1/2023, tại Hà Nội, diễn ra Hội nghị Bộ trưởng Việt Nam - Lào.",
        "",
        ("2023-01-12", "text"),
    ),
    (
        "Ngày 12/11, tại Ninh Bình, diễn ra Hội nghị Bộ trưởng Việt Nam-Lào.\n"
        "Hội nghị đánh giá cao kết quả Hội nghị quan chức cao cấp diễn ra vào ngày 11/11/2025.",
        "",
        ("2025-11-12", "text"),
    ),
    (
        "Sáng 5/4, Hội nghị Bộ trưởng Việt Nam - Campuchia diễn ra.",
        "2024-04-06",
        ("2024-04-05", "published_date"),
    ),
    # a review in late December reported in January belongs to the year before
    (
        "Ngày 28/12, Hội nghị tổng kết công tác năm diễn ra.",
        "2024-01-03",
        ("2023-12-28", "published_date"),
    ),
    # announced a few days ahead, across the new year
    (
        "Ngày 2/1 tới, Hội thảo về lao động sẽ diễn ra.",
        "2023-12-30",
        ("2024-01-02", "published_date"),
    ),
    (
        "Trong tháng 9, Hội thảo về lao động Hàn Quốc diễn ra.",
        "2024-10-02",
        ("2024-09", "published_date"),
    ),
    ("Ngày 5/4, Hội nghị Bộ trưởng diễn ra.", "2019", ("2019-04-05", "published_date")),
    # an anniversary of diplomatic relations (Korea: 1992)
    (
        "Sáng 5/12, tại Hà Nội, Hội thảo về hợp tác lao động Việt Nam - Hàn Quốc diễn ra.\n"
        "Hội thảo nhân kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Hàn Quốc.",
        "",
        ("2022-12-05", "anniversary"),
    ),
    # "hơn 30 năm quan hệ ngoại giao" is a duration, not an anniversary
    (
        "Sáng 5/12, Hội thảo về hợp tác lao động Việt Nam - Hàn Quốc diễn ra.\n"
        "Qua hơn 30 năm quan hệ ngoại giao, hai nước hợp tác chặt chẽ.",
        "",
        ("", ""),
    ),
    # the partner's relations year is not in the reference file: no guess
    (
        "Sáng 5/12, Hội thảo Việt Nam - Bahrain nhân kỷ niệm 30 năm quan hệ ngoại giao.",
        "",
        ("", ""),
    ),
    # two anniversaries that disagree: no guess
    (
        "Ngày 5/9, Hội thảo Việt Nam - Lào - Campuchia diễn ra.\n"
        "Hội thảo kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào.\n"
        "Hội thảo kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Campuchia.",
        "",
        ("", ""),
    ),
    # data known to the end of 2022 and a meeting "sẽ … năm 2023" pin 2023
    (
        "Ngày 25/8, Hội thảo về lao động Việt Nam - Nhật Bản diễn ra.\n"
        "Đến hết năm 2022, có 345.000 lao động Việt Nam tại Nhật Bản.\n"
        "Hội nghị tiếp theo sẽ được tổ chức vào năm 2023.",
        "",
        ("2023-08-25", "text_bound"),
    ),
    # only one bound: no guess
    ("Ngày 25/8, Hội thảo diễn ra.\nĐến hết năm 2022, có 345.000 lao động.", "", ("", "")),
    # a review's "năm 2023" is the year reviewed: held January to March, it met the year after;
    # in December, that same year; in June the year stays unknown
    ("Sáng 10/1, Hội nghị tổng kết công tác năm 2023 diễn ra.", "", ("2024-01-10", "text")),
    ("Chiều 27/12, Sở tổ chức tổng kết hoạt động năm 2021.", "", ("2021-12-27", "text")),
    ("Ngày 3/3, Cục sơ kết năm 2019 và bàn nhiệm vụ.", "", ("2020-03-03", "text")),
    ("Ngày 15/6, Hội nghị tổng kết công tác năm 2022 diễn ra.", "", ("", "")),
    # a meeting early in the year that tells "the year just past" met the year after it
    (
        "Hội nghị ngành ngân hàng tỉnh diễn ra ngày 18/2; trong năm 2022 vừa qua, kiều hối đạt "
        "200 triệu USD.",
        "",
        ("2023-02-18", "text"),
    ),
    # but a background date with its year in the lead does not beat the event sentence's year
    (
        "Ngày 12/1/2020, hai bộ từng ký thỏa thuận.\nHội nghị Bộ trưởng năm 2023 diễn ra tại Lào.",
        "",
        ("2023", "text"),
    ),
    # a statistic's year in the event sentence does not beat the dated lead and the metadata
    (
        "Tối 9/4, tại Hà Nội, hai bộ trưởng đã gặp nhau.\nTại lễ ký, ông cho biết năm 2021 "
        "có 9.000 lao động sang làm việc.",
        "2022-04-11",
        ("2022-04-09", "published_date"),
    ),
    # but a conference named with its year is dated at year precision
    (
        "Hội nghị Bộ trưởng Lao động Việt Nam-Lào lần thứ 8 năm 2023 diễn ra tại Lào.",
        "",
        ("2023", "text"),
    ),
    ("Ngày 29/2, Hội nghị Bộ trưởng diễn ra.", "2023-03-05", ("", "")),  # no 29 February in 2023
    # a span of months is a period, not a meeting's days
    (
        "Từ ngày 1/3 đến 30/6/2024, Bộ tổ chức Hội thảo trực tuyến; kết quả công bố ngày 5/7.",
        "2024-07-06",
        ("2024-07-05", "published_date"),
    ),
    # a statistic's period is no event date; the day the figures came out is
    (
        "Trong 10 tháng năm 2024, cả nước đưa 127.538 lao động đi làm việc ở nước ngoài,"
        " theo số liệu Cục Quản lý lao động ngoài nước công bố ngày 5/11.",
        "2024-11-06",
        ("2024-11-05", "published_date"),
    ),
    (
        "Hà Nội, 11/6 (TTXVN) - Bộ và UNICEF đã ký Kế hoạch hợp tác.",
        "2021-06-12",
        ("2021-06-11", "published_date"),
    ),
    (
        "Từ ngày 15 đến 17/5/2024, tại Viêng Chăn, Hội nghị SLOM lần thứ 20 diễn ra.",
        "",
        ("2024-05-15", "text"),
    ),
    # an article about a year, with no day in it
    (
        "Năm 2022 đánh dấu sự phục hồi của hoạt động đưa lao động sang Hàn Quốc.",
        "",
        ("2022", "text"),
    ),
    # the date an old instrument was signed tells nothing about this meeting's year
    (
        "Sáng 5/4, Hội nghị Bộ trưởng Việt Nam - Lào diễn ra.\n"
        "Hai bên rà soát Thỏa thuận ký kết ngày 3/4/2019.",
        "",
        ("", ""),
    ),
    # a nearby meeting's year that the publication date contradicts is not taken
    (
        "Ngày 12/11, Hội nghị Bộ trưởng Việt Nam-Lào diễn ra.\n"
        "Hội nghị quan chức cao cấp đã diễn ra vào ngày 11/11/2019.",
        "2025-11-13",
        ("2025-11-12", "published_date"),
    ),
    # a full date after publication is an announced event
    ("Ngày 12/1/2024, Hội thảo về lao động sẽ diễn ra.", "2023-12-28", ("2024-01-12", "text")),
    # a year after publication is a plan, not the event
    ("Hội nghị Bộ trưởng lần thứ 9 năm 2025 sẽ diễn ra tại Lào.", "2024-03-01", ("", "")),
    ("Hội nghị Bộ trưởng đã diễn ra thành công.", "2024-05-01", ("", "")),  # no date in the text
    (
        "Ngày 29/11, tại Quảng Ninh, diễn ra Hội nghị Bộ trưởng.",
        "",
        ("", ""),
    ),  # nothing tells the year
    # a dateline yields to the event's own day given just before it, not to any later date
    (
        "Bắc Kinh, 9/7 (TTXVN) - Ngày 8/7, tại Bắc Kinh, diễn ra Hội thảo về lao động.",
        "2024-07-10",
        ("2024-07-08", "published_date"),
    ),
    (
        "Huế, 9/7 (TTXVN) - Hội thảo bàn về quy định có hiệu lực từ ngày 1/1.",
        "2024-07-10",
        ("2024-07-09", "published_date"),
    ),
    # a day-month joined by a hyphen
    ("Ngày 5-6, Hội thảo về lao động diễn ra.", "2022-06-07", ("2022-06-05", "published_date")),
    # relations established in June 1975: the 45th anniversary is in 2020
    (
        "Sáng 19/6, Hội thảo kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - New Zealand.",
        "",
        ("2020-06-19", "anniversary"),
    ),
    # a rule's start or a planned meeting is no event date: the decision's day is
    (
        "Israel vừa quyết định mở thêm 2.000 chỉ tiêu, áp dụng từ ngày 1/8.\n"
        "Quyết định được thông qua tại phiên họp nội các ngày 22/7.",
        "2025-07-25",
        ("2025-07-22", "published_date"),
    ),
    (
        "Ngày 3/6, Bộ tổ chức Hội nghị sơ kết chương trình tại Hà Nội.\n"
        "Hội nghị tổng kết sẽ được tổ chức vào tháng 11.",
        "2024-06-04",
        ("2024-06-03", "published_date"),
    ),
    (
        "Hội nghị tổng kết dự kiến diễn ra ngày 20/12.",
        "2024-06-04",
        ("", ""),
    ),
    # a year-to-date statistic dates an event in the following weeks
    (
        "Sáng 9/5, 40 lao động lên đường sang Hàn Quốc.\n"
        "Trong 4 tháng đầu năm 2021, cả nước đưa 9.000 lao động đi làm việc ở nước ngoài.",
        "",
        ("2021-05-09", "text_bound"),
    ),
    # ... but not an event months later, nor one inside the period
    (
        "Sáng 9/10, 40 lao động lên đường sang Hàn Quốc.\n"
        "Trong 4 tháng đầu năm 2021, cả nước đưa 9.000 lao động đi làm việc ở nước ngoài.",
        "",
        ("", ""),
    ),
    (
        "Sáng 9/3, 40 lao động lên đường sang Hàn Quốc.\n"
        "Trong 4 tháng đầu năm 2021, cả nước đưa 9.000 lao động đi làm việc ở nước ngoài.",
        "",
        ("", ""),
    ),
    # an article that dates no event and opens on statistics is about their period; a year
    # that is only a plan, or a lead without a number, dates nothing
    (
        "Lao động Quảng Trị tại Úc\n"
        "Tính đến hết tháng 6/2022, tỉnh Quảng Trị có 1.240 người làm việc tại Úc.",
        "",
        ("2022-06", "text"),
    ),
    (
        "Hà Giang đưa lao động đi Nhật\n"
        "Năm 2021, toàn tỉnh có 870 người đi làm việc ở nước ngoài, chủ yếu sang Nhật Bản.",
        "2022-01-05",
        ("2021", "text"),
    ),
    (
        "Hà Giang đưa lao động đi Nhật\n"
        "Năm 2026, tỉnh phấn đấu đưa 1.000 người đi làm việc ở nước ngoài.",
        "2022-01-05",
        ("", ""),
    ),
    (
        "Hà Giang đưa lao động đi Nhật\nNăm 2021 là năm khó khăn với người lao động ở vùng cao.",
        "",
        ("", ""),
    ),
    # an interview dated by nothing but the anniversary it marks is in that year
    (
        "Đại sứ: Hợp tác đào tạo nghề còn nhiều dư địa\n"
        "Nhân dịp kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Mozambique, Đại sứ đã "
        "trả lời phỏng vấn về hợp tác đào tạo nghề.",
        "",
        ("2025", "anniversary"),
    ),
    # an anniversary still to come "next year" dates the talks the year before it
    (
        "Tổng thống Hàn Quốc hội đàm với Chủ tịch nước\n"
        "Ngày 8/4, hai nhà lãnh đạo hội đàm, khi hai nước hướng tới kỷ niệm 35 năm thiết lập quan"
        " hệ ngoại giao vào năm tới.",
        "",
        ("2026-04-08", "anniversary"),
    ),
    # an anniversary whose bracket states its years needs no reference row
    (
        "Đại sứ quán làm việc với Bahrain\n"
        "Ngày 14-5, nhân kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Bahrain (1995-2025), "
        "hai bên tổ chức hội thảo về lao động.",
        "",
        ("2025-05-14", "anniversary"),
    ),
    # "từ đầu năm 2023 đến nay" puts the article's present, and a day/month in it, in 2023
    (
        "Đón 40 công dân về nước\n"
        "Tối 12.8, tại sân bay Tân Sơn Nhất, Sở Ngoại vụ tiếp nhận 40 công dân.\n"
        "Từ đầu năm 2023 đến nay, thành phố đã tiếp nhận hơn 500 công dân bị lừa ra nước ngoài.",
        "",
        ("2023-08-12", "text_bound"),
    ),
    # a year's review held in November is in that year
    (
        "Ngày 21/11, tại Đà Nẵng, Bộ tổ chức Hội nghị tổng kết năm 2022 của dự án di cư an toàn.",
        "",
        ("2022-11-21", "text"),
    ),
    # a statistics article dated by its year-to-date period, the comparison's year aside
    (
        "Lao động sang Đài Loan tăng mạnh\n"
        "5 tháng đầu năm 2022, tỉnh có 1.240 người sang Đài Loan, tăng 12% so với cùng kỳ "
        "năm 2021.",
        "2022-06-15",
        ("2022-05", "text"),
    ),
    (
        "Theo Sở, tính đến hết tháng 10/2021, toàn tỉnh đưa 3.100 người đi làm việc ở nước ngoài, "
        "gấp đôi so với năm 2020.",
        "",
        ("2021-10", "text"),
    ),
    # a feature that opens on a scene dates itself by the statistics a few sentences on, and
    # a ranking that opens on a year-to-date period needs no number to be dated by it
    (
        "Xóm biển có nhiều thuyền viên\n"
        "Buổi chiều ở bến cá Cửa Hội, gió thổi mạnh.\n"
        'Người trong xóm vẫn gọi nơi này là "xóm Đài Loan".\n'
        "Theo UBND phường, tính đến hết tháng 3/2023, phường có 215 thuyền viên làm việc trên "
        "tàu cá Đài Loan.",
        "",
        ("2023-03", "text"),
    ),
    (
        "Chín tháng đầu năm 2022, Hàn Quốc vượt Đài Loan về số lao động Việt Nam tiếp nhận.\n"
        "Từ đầu năm đến hết tháng 9, cả nước đưa đi 80.000 người.",
        "2022-10-20",
        ("2022-09", "text"),
    ),
    (
        "Xóm biển có nhiều thuyền viên\n"
        "Buổi chiều ở bến cá Cửa Hội, gió thổi mạnh.\n"
        'Người trong xóm vẫn gọi nơi này là "xóm Đài Loan".\n'
        "Năm 2021, phường có 215 thuyền viên làm việc trên tàu cá Đài Loan.",
        "",
        ("", ""),
    ),
    # a line that is only a dateline dates the article, not the event the next sentence opens on
    (
        "Đà Nẵng đón đoàn Gyeonggi\n"
        "Đà Nẵng, ngày 9/4/2023\n"
        "Sở Nội vụ Đà Nẵng và tỉnh Gyeonggi trao đổi về lao động thời vụ\n"
        "Sáng 7/4, Sở Nội vụ thành phố tiếp đoàn công tác tỉnh Gyeonggi (Hàn Quốc).",
        "",
        ("2023-04-07", "text"),
    ),
    (
        "Đà Nẵng đón đoàn Gyeonggi\n"
        "Đà Nẵng, ngày 9/4/2023\n"
        "Ngày 12/2, nhiều lao động thời vụ từ tỉnh Gyeonggi (Hàn Quốc) đã về quê ăn Tết.",
        "",
        ("2023-04-09", "text"),
    ),
    (
        "Hà Tĩnh, ngày 20/5/2022\n"
        "Ngày 18/5, Trung tâm Lao động ngoài nước cho biết đã có 300 ứng viên đăng ký.",
        "",
        ("2022-05-18", "text"),
    ),
    # a day named inside a trip's span is the event's, its year the span's
    (
        "Seoul 15/10 (TTXVN) - Trong chuyến công tác tại Hàn Quốc từ ngày 11 đến 16/10/2022, "
        "sáng 14/10, Thứ trưởng đã làm việc với Bộ Việc làm và Lao động Hàn Quốc.",
        "",
        ("2022-10-14", "text"),
    ),
    # "Hôm qua" after a dateline is the day before it; "Sáng nay" the day itself
    (
        "Lạng Sơn, ngày 1/3/2024 - Hôm qua, tại cửa khẩu Hữu Nghị, Đồn Biên phòng đã tiếp nhận "
        "12 công dân do phía Trung Quốc trao trả.",
        "",
        ("2024-02-29", "text"),
    ),
    (
        "Lạng Sơn, ngày 1/3/2024 - Sáng nay, tại cửa khẩu Hữu Nghị, Đồn Biên phòng đã tiếp nhận "
        "12 công dân do phía Trung Quốc trao trả.",
        "",
        ("2024-03-01", "text"),
    ),
    # a month named without its year takes the year the text names that month with
    (
        "Đồng Nai cấp 640 giấy phép lao động cho người nước ngoài trong tháng 5\n"
        "Theo Sở Nội vụ tỉnh Đồng Nai, trong tháng 5/2023, Sở đã cấp 640 giấy phép lao động.",
        "",
        ("2023-05", "text"),
    ),
    (
        "Đồng Nai cấp 640 giấy phép lao động cho người nước ngoài trong tháng 5\n"
        "Theo Sở Nội vụ, lũy kế đến tháng 7/2023, Sở đã cấp 4.100 giấy phép lao động.",
        "",
        ("", ""),
    ),
    # a forecast's month is no event's
    (
        "Theo Cục, tính đến hết tháng 4/2022, cả nước đưa 40.500 lao động đi làm việc ở nước "
        "ngoài.\n"
        "Dự báo trong tháng 6, nhu cầu tuyển dụng tiếp tục tăng.",
        "2022-05-10",
        ("2022-04", "text"),
    ),
    # a comparison's base year dates nothing; a target for next year is no statistic; a
    # forecasting centre's name is no forecast
    (
        "Cả nước đưa 150.000 lao động đi làm việc ở nước ngoài, tăng 10% so với cùng thời điểm "
        "năm 2023.",
        "2024-11-02",
        ("", ""),
    ),
    (
        "6 tháng đầu năm 2025, tỉnh phấn đấu đưa 700 lao động đi làm việc ở nước ngoài.",
        "2024-12-20",
        ("", ""),
    ),
    (
        "Trung tâm Dự báo nhu cầu nhân lực ngày 10/5 tổ chức hội thảo với JICA.",
        "2024-05-12",
        ("2024-05-10", "published_date"),
    ),
    # a news agency's dateline without a comma dates the day it reports
    (
        "Băng Cốc 6/3 (TTXVN) - Sáng nay, hai Bộ trưởng đã hội đàm về kế hoạch hợp tác năm 2024.",
        "",
        ("2024-03-06", "text"),
    ),
    # "the third round in 2023" puts the article's present in 2023
    (
        "Ngày 9/10, tại Hà Nam, 120 ứng viên dự kiểm tra tay nghề đi Hàn Quốc.\n"
        "Đây là đợt kiểm tra thứ ba trong năm 2023.",
        "",
        ("2023-10-09", "text_bound"),
    ),
    # a dateline's day and month take the year of a statistic reported a month before
    (
        "Viêng Chăn, 12/11 (TTXVN) - Ngày 11/11, Đại sứ làm việc với Bộ Lao động Lào.\n"
        "Tính đến hết tháng 10/2022, có 1.900 lao động Việt Nam làm việc hợp pháp tại Lào.",
        "",
        ("2022-11-11", "text_bound"),
    ),
    # the first send-off of a year, said with words between, puts the day in that year
    (
        "Tối 3/2, tại sân bay Đà Nẵng, 64 thuyền viên lên đường sang Hàn Quốc.\n"
        "Đây là đợt đầu tiên doanh nghiệp đưa thuyền viên đi làm việc của năm 2025.",
        "",
        ("2025-02-03", "text_bound"),
    ),
    # "yesterday afternoon" in an article of a known day; no such day without one
    (
        "Chiều qua, Sở Nội vụ tiếp đoàn công tác tỉnh Ehime (Nhật Bản).",
        "2025-03-19",
        ("2025-03-18", "published_date"),
    ),
    ("Chiều qua, Sở Nội vụ tiếp đoàn công tác tỉnh Ehime (Nhật Bản).", "", ("", "")),
    # a weekday before a dotted day; the first exam of a year
    (
        "Thứ Bảy 20.4, 800 thí sinh dự kỳ thi tiếng Hàn tại Nghệ An.\n"
        "Đây là kỳ thi đầu tiên của năm 2025 ở miền Trung.",
        "",
        ("2025-04-20", "text_bound"),
    ),
    # a school year: its autumn days are in its first year, its spring days in its second
    (
        "Sáng 12/9, trường khai giảng năm học 2023-2024 cho 300 lưu học sinh Lào.",
        "",
        ("2023-09-12", "text"),
    ),
    (
        "Sáng 12/3, trường tổng kết học kỳ I năm học 2023-2024 cho 300 lưu học sinh Lào.",
        "",
        ("2024-03-12", "text"),
    ),
    # the year of an ASEAN chair is the meeting's
    (
        "Ngày 6/11, Hội nghị SLOM khai mạc tại Vientiane, trong khuôn khổ Năm Chủ tịch ASEAN 2024.",
        "",
        ("2024-11-06", "text_bound"),
    ),
    (
        "Sáng 20/5, Hội nghị quan chức lao động cấp cao ASEAN khai mạc tại Kuala Lumpur.\n"
        "Năm 2025, Malaysia đảm nhận vai trò Chủ tịch ASEAN.",
        "",
        ("2025-05-20", "text_bound"),
    ),
    (
        "Sáng 12/8, hội nghị nhóm công tác APEC khai mạc tại Lima, nước chủ nhà Năm APEC 2024.",
        "",
        ("2024-08-12", "text_bound"),
    ),
    # a meeting's name carries its year; a vision's year does not
    (
        "Ngày 6/3, tại Manila, IOM tổ chức Hội thảo khu vực 2025 về di cư an toàn.",
        "",
        ("2025-03-06", "text_bound"),
    ),
    (
        "Ngày 6/3, tại Hà Nội, Bộ tổ chức Hội thảo Tầm nhìn 2030 về lao động di cư.",
        "",
        ("", ""),
    ),
    # a plan dated in full weeks later tells the year; a past decree's date or a far plan does not
    (
        "Ngày 9/9, Trung tâm Lao động ngoài nước thông báo tuyển 800 lao động đi Hàn Quốc.\n"
        "Kỳ thi tiếng Hàn dự kiến diễn ra từ ngày 14/10/2025 tại Hà Nội.",
        "",
        ("2025-09-09", "text_bound"),
    ),
    (
        "Ngày 9/9, Trung tâm Lao động ngoài nước thông báo tuyển 800 lao động đi Hàn Quốc.\n"
        "Việc tuyển chọn theo Nghị định 112 ngày 10/12/2021 của Chính phủ.",
        "",
        ("", ""),
    ),
    (
        "Ngày 9/3, Trung tâm Lao động ngoài nước thông báo tuyển 800 lao động đi Hàn Quốc.\n"
        "Kỳ thi tiếng Hàn dự kiến diễn ra từ ngày 14/10/2025 tại Hà Nội.",
        "",
        ("", ""),
    ),
    # a month a future word follows tells the year too; a past month does not
    (
        "Ngày 18/7, Đại sứ làm việc với Bộ Nội vụ Ba Lan về thị thực cho lao động Việt Nam.\n"
        "Từ tháng 9/2025, thời gian xét hồ sơ sẽ được rút xuống còn 30 ngày.",
        "",
        ("2025-07-18", "text_bound"),
    ),
    (
        "Ngày 18/7, Đại sứ làm việc với Bộ Nội vụ Ba Lan về thị thực cho lao động Việt Nam.\n"
        "Từ tháng 9/2025, thời gian xét hồ sơ đã được rút xuống còn 30 ngày.",
        "",
        ("", ""),
    ),
    # the review's probes: a document amended, a past plan, next year's ASEAN chair
    (
        "Ngày 1/10, Bộ Nội vụ họp với các doanh nghiệp đưa lao động đi Nhật Bản.\n"
        "Bộ sẽ sửa đổi Thông tư 21/2021/TT-BLĐTBXH ngày 15/12/2021 về hợp đồng mẫu.",
        "",
        ("", ""),
    ),
    (
        "Sáng 5/11, hai Bộ ký bản ghi nhớ về lao động.\n"
        "Trước đó, hai bên dự kiến ký vào ngày 1/12/2020 nhưng phải hoãn.",
        "",
        ("", ""),
    ),
    (
        "Sáng 20/11, Hội nghị Bộ trưởng Lao động ASEAN bế mạc tại Viêng Chăn.\n"
        "Năm 2025, Malaysia sẽ đảm nhận vai trò Chủ tịch ASEAN.",
        "",
        ("", ""),
    ),
    # "hai chiều qua" is no yesterday; a background "first … in 2004" dates nothing
    (
        "Bộ trưởng tiếp Đại sứ Lào, trao đổi về lao động qua lại hai chiều qua các cửa khẩu.",
        "2024-05-10",
        ("", ""),
    ),
    (
        "Ngày 15/3, hai Bộ ký bản ghi nhớ mới về EPS.\n"
        "Trước đó, Hàn Quốc là nước đầu tiên ký bản ghi nhớ EPS với Việt Nam trong năm 2004.",
        "",
        ("", ""),
    ),
    # a course framed by a programme signed in another year takes no year from it
    (
        "Ngày 12/3, trường khai giảng khóa học tiếng Đức cho 40 điều dưỡng.\n"
        "Khóa học nằm trong chương trình hợp tác ký năm 2019 giữa Việt Nam và Đức.",
        "",
        ("", ""),
    ),
    # a later sentence that names the event only as a setting ("Phát biểu tại lễ ký") does not
    # beat the dated report before it
    (
        "Praha 5/6 (TTXVN) - Ngày 5/6/2024, tại Praha, Thứ trưởng và Bộ trưởng Lao động Séc đã ký "
        "Bản ghi nhớ về lao động.\n"
        "Phát biểu tại lễ ký, Thứ trưởng cho biết năm 2023 Séc tiếp nhận 3.000 lao động Việt Nam.",
        "",
        ("2024-06-05", "text"),
    ),
    # "Chiều hôm qua" is "chiều qua"; an application deadline is no event: a notice the centre
    # "vừa" issued is news of the month of publication
    (
        "Chiều hôm qua, tại TP Huế, IOM tổ chức hội thảo về di cư.",
        "2025-01-15",
        ("2025-01-14", "published_date"),
    ),
    (
        "Trung tâm vừa thông báo tuyển 50 điều dưỡng sang Nhật Bản. Hạn nộp hồ sơ là ngày 28/2.",
        "2025-01-15",
        ("2025-01", "published_date"),
    ),
    # a weekday before the day/month picks the one named year it fits (2024, not 2018)
    (
        "Thứ Năm (22/8), tại Hà Nội, Bộ chủ trì Hội thảo về kỹ năng số.\n"
        "Hội thảo thuộc chuỗi hoạt động APEC năm 2024, sau diễn đàn đầu tiên năm 2018.",
        "",
        ("2024-08-22", "text"),
    ),
    (  # 22/8 was a Friday in neither year
        "Thứ Sáu (22/8), tại Hà Nội, Bộ chủ trì Hội thảo về kỹ năng số.\n"
        "Hội thảo thuộc chuỗi hoạt động APEC năm 2024, sau diễn đàn đầu tiên năm 2018.",
        "",
        ("", ""),
    ),
    (
        "Hội thảo khởi động dự án đã diễn ra vào thứ Sáu tuần trước (15/11) tại Hà Nội.",
        "2024-11-18",
        ("2024-11-15", "published_date"),
    ),
    # a month without its year takes the statistics' period that ends in it
    (
        "Theo Cục, tính đến hết tháng 11/2024, cả nước đưa 142.000 lao động đi làm việc ở nước "
        "ngoài.\nRiêng tháng 11, có 13.560 lao động xuất cảnh.",
        "",
        ("2024-11", "text"),
    ),
    # "Năm APEC 2024" is the article's present
    (
        "Lima 16/5 (TTXVN) - Ngày 15/5, trong khuôn khổ Năm APEC 2024 do Peru đăng cai, đoàn Việt "
        "Nam dự họp Nhóm công tác APEC.",
        "",
        ("2024-05-15", "text_bound"),
    ),
    # data up to October published in January: the next year
    (
        "Tokyo 30/1 (TTXVN) - Theo số liệu công bố ngày 30/1, tính đến cuối tháng 10/2024, số "
        "lao động Việt Nam tại Nhật Bản đạt 570.000 người.",
        "",
        ("2025-01-30", "text_bound"),
    ),
    # "cùng kỳ năm 2024" is the base of a comparison, not the period reported
    (
        "Quý I/2025, cả nước đưa 36.000 lao động đi làm việc ở nước ngoài, gấp đôi cùng kỳ năm "
        "2024.",
        "",
        ("2025-03", "text"),
    ),
    # "sáng nay" after a dateline is the dateline's day, even inside a trip's span
    (
        "Tokyo 9/7 (TTXVN) - Trong chuyến công tác tại Nhật Bản từ ngày 7 đến 11/7/2023, sáng "
        "nay, Thứ trưởng đã làm việc với Bộ Tư pháp Nhật Bản.",
        "",
        ("2023-07-09", "text"),
    ),
    # the present year, said as "năm nay (2024)" or as the second case since its start
    (
        "Ngày 3/4, Cục làm việc với đoàn Bộ Lao động Ba Lan.\n"
        "Hai bên thống nhất trong năm nay (2024) sẽ tuyển 300 lao động.",
        "",
        ("2024-04-03", "text"),
    ),
    (
        "Ngày 6/3, 9 thuyền viên bị bỏ rơi tại cảng Colombo đã về nước.\n"
        "Đây là vụ thứ ba kể từ đầu năm 2025 có thuyền viên Việt Nam bị bỏ rơi ở nước ngoài.",
        "",
        ("2025-03-06", "text_bound"),
    ),
    # any anniversary whose bracket states the years, not only diplomatic relations
    (
        "Ngày 20/9, hai tỉnh Thanh Hóa và Hủa Phăn ký biên bản hợp tác lao động, nhân dịp kỷ niệm "
        "10 năm kết nghĩa (2014-2024).",
        "",
        ("2024-09-20", "anniversary"),
    ),
    (  # a bracket that disagrees with the count of years states nothing
        "Ngày 20/9, hai tỉnh ký biên bản hợp tác lao động, nhân dịp kỷ niệm 10 năm kết nghĩa "
        "(2014-2023).",
        "",
        ("", ""),
    ),
    # a course named back after its day is framed by that sentence's year
    (
        "Sáng 16/5, Sở Nội vụ khai giảng lớp tiếng Đức cho 30 học viên điều dưỡng.\n"
        "Khóa học nằm trong chương trình hợp tác năm 2023 giữa tỉnh và bang Hessen.",
        "",
        ("2023-05-16", "text"),
    ),
    # a dateline then cited statistics: their period; guard: a meeting after the dateline
    (
        "Praha 9/4 (TTXVN) - Theo số liệu của Bộ Nội vụ Séc, tính đến hết tháng 2/2025, nước này "
        "có 8.400 lao động Việt Nam làm việc theo hợp đồng.",
        "",
        ("2025-02", "text"),
    ),
    (
        "Seoul 20/5 (TTXVN) - Số liệu mới nhất của Bộ Tư pháp Hàn Quốc cho thấy tính đến cuối "
        "tháng 4/2025, có 31.000 lao động Việt Nam cư trú bất hợp pháp.",
        "",
        ("2025-04", "text"),
    ),
    (
        "Praha 9/4 (TTXVN) - Ngày 8/4, Đại sứ làm việc với Bộ Nội vụ Séc. Tính đến hết tháng "
        "2/2025, có 8.400 lao động Việt Nam làm việc theo hợp đồng tại Séc.",
        "",
        ("2025-04-08", "text_bound"),
    ),
    # the chair's year said with "giữ cương vị"
    (
        "Kuala Lumpur 12/5 (TTXVN) - Ngày 12/5, Diễn đàn ASEAN về lao động di cư khai mạc.\n"
        "Năm 2025, Malaysia giữ cương vị Chủ tịch ASEAN.",
        "",
        ("2025-05-12", "text_bound"),
    ),
    # a headline line first: "Sáng qua" in the lead still dates the signing it reports
    (
        "Hòa Bình ký thỏa thuận đưa lao động thời vụ sang tỉnh Jeolla Nam\n"
        "Sáng qua, UBND tỉnh Hòa Bình và tỉnh Jeolla Nam (Hàn Quốc) đã ký bản ghi nhớ về lao động "
        "thời vụ.",
        "2025-03-12",
        ("2025-03-11", "published_date"),
    ),
    # "hôm qua" inside the lead's clause dates the meeting; "hôm nay" there is "nowadays"
    (
        "Tại buổi làm việc với Bộ Nội vụ hôm qua, Đại sứ Hàn Quốc đề nghị tăng tuyển lao động.",
        "2025-04-09",
        ("2025-04-08", "published_date"),
    ),
    (
        "Về xã Diễn Thịnh hôm nay, nhà cao tầng mọc lên nhờ tiền lao động ở Hàn Quốc gửi về.",
        "2025-04-09",
        ("", ""),
    ),
    # "Thứ Ba vừa qua" is the last Tuesday before publication; an ordinal session is no weekday
    (
        "Thứ Ba vừa qua, tại Hải Phòng, Cục Hàng hải và Cơ quan Hàng hải Liberia ký bản ghi nhớ.",
        "2025-04-10",
        ("2025-04-08", "published_date"),
    ),
    (
        "Tại phiên họp thứ Năm vừa qua, Ủy ban hỗn hợp Việt Nam - Lào bàn về lao động.",
        "2025-04-10",
        ("", ""),
    ),
    # what someone "vừa" did, dated nowhere, is news of the month of publication; a worker's
    # story "ba năm trước" is not
    (
        "Cục Quản lý lao động ngoài nước vừa phát đi cảnh báo về các trang tuyển lao động đi Úc.",
        "2025-06-03",
        ("2025-06", "published_date"),
    ),
    (
        "Bộ Nội vụ vừa có văn bản tạm dừng tuyển lao động đi Hàn Quốc tại 40 huyện trong năm 2026.",
        "2025-11-20",
        ("2025-11", "published_date"),
    ),
    (
        "Ba năm trước, anh Lâm vừa trở về từ Đài Loan với khoản nợ 100 triệu đồng.",
        "2025-06-03",
        ("", ""),
    ),
    # the year a new scheme "sẽ" start is a plan's, not the dateline's
    (
        "Hà Nội, 14/10 (TTXVN) - Cục Quản lý lao động ngoài nước phối hợp với JICA tổ chức hội "
        "nghị về chế độ mới sẽ áp dụng từ năm 2027.\n"
        "Luật được thông qua vào tháng 6 năm nay (2025).",
        "",
        ("2025-10-14", "text"),
    ),
    # "Từ đầu năm 2023," opens a statement of the article's present year
    (
        "Chiều 12/5, Trường Trung cấp nghề Quảng Ninh khai giảng lớp tiếng Hàn cho 60 học viên.\n"
        "Từ đầu năm 2023, trường đã gửi 85 học viên sang Hàn Quốc.",
        "",
        ("2023-05-12", "text_bound"),
    ),
    # "Đây là … thứ 2 … trong năm" with several words before the ordinal
    (
        "Ngày 6/8, Sở Lao động Bắc Giang ký biên bản hợp tác với tỉnh Gunma (Nhật Bản).\n"
        "Đây là văn bản hợp tác quốc tế thứ 2 của tỉnh trong năm 2022.",
        "",
        ("2022-08-06", "text_bound"),
    ),
    # a review article whose dating sentence names no review takes that sentence's year; a plan
    # agreed for the next year is not it
    (
        "Báo cáo tại hội nghị cho thấy hai tỉnh đã đào tạo 90 học viên.\n"
        "Ngày 20/6, tỉnh Gia Lai chủ trì Hội nghị hợp tác lao động năm 2023 với tỉnh Champasak.",
        "",
        ("2023-06-20", "text"),
    ),
    (
        "Báo cáo tại hội nghị cho thấy hai tỉnh đã đào tạo 90 học viên.\n"
        "Ngày 20/6, tỉnh Gia Lai chủ trì hội nghị với tỉnh Champasak, thống nhất kế hoạch hợp tác "
        "năm 2024.",
        "",
        ("", ""),
    ),
    # a dateline on a line of its own; the next sentence restates its day with the year
    (
        "Đà Nẵng 21.3 (TTXVN)\n"
        "Ngày 21/3, Sở Lao động thành phố chủ trì Hội nghị hợp tác lao động năm 2023 với Lào.\n"
        "Báo cáo tại hội nghị cho thấy hai bên đã đào tạo 90 học viên.",
        "",
        ("2023-03-21", "text"),
    ),
    # a dateline, then what a cited body says of a year's statistics: that year
    (
        "Nam Định, 10/1 - Theo Ngân hàng Nhà nước chi nhánh tỉnh Nam Định, năm 2022, kiều hối về "
        "tỉnh đạt 420 triệu USD.",
        "",
        ("2022", "text"),
    ),
    # a day/month inside a planned quarter of a stated year
    (
        "Sáng 9/2, Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm đi Nhật Bản.\n"
        "Trong quý I/2023, Trung tâm dự kiến tổ chức thêm 4 phiên tại các huyện.",
        "",
        ("2023-02-09", "text_bound"),
    ),
    # a weekday "tuần rồi" or "vừa rồi" before its day/month in brackets
    (
        "Thứ Sáu tuần rồi (6/12), tại Hà Tĩnh, Sở Lao động tổ chức ngày hội việc làm đi Đức.",
        "2024-12-10",
        ("2024-12-06", "published_date"),
    ),
    (
        "Chủ nhật vừa rồi (2/6), Hội Nông dân huyện ra mắt tổ tư vấn đi làm việc tại Úc.",
        "2024-06-04",
        ("2024-06-02", "published_date"),
    ),
    # a dotted dateline before a radio wire's tag; the year from statistics before it
    (
        "Quảng Trị, 9.8 (VOV) - Chiều nay, đoàn Bộ Lao động Lào làm việc với tỉnh Quảng Trị.\n"
        "Trong 7 tháng đầu năm 2023, tỉnh cấp phép cho 312 lao động Lào.",
        "",
        ("2023-08-09", "text_bound"),
    ),
    # "năm nay" is the publication year: a quarter's statistics date the article
    (
        "Quý III năm nay, Hà Nam có 640 người đi làm việc ở nước ngoài, chủ yếu sang Nhật Bản.",
        "2023-10-12",
        ("2023-09", "text"),
    ),
    # a day/month inside a quarter of a stated year in its own sentence
    (
        "Sáng 11/5, tại Yên Bái, Trung tâm Dịch vụ việc làm tư vấn cho 120 người đi Hàn Quốc "
        "trong quý II năm 2025.",
        "",
        ("2025-05-11", "text"),
    ),
    # a day whose month the lead names with its year
    (
        "Trong đợt công tác tại Việt Nam tháng 10/2023, đoàn Bộ Lao động Slovakia thăm Hà Nội.\n"
        "Chiều 26/10, hai bên ký Bản ghi nhớ về cung ứng lao động.",
        "",
        ("2023-10-26", "text"),
    ),
    # a month recalled ("hồi tháng 2") is no event: the opening statistics' period dates it
    (
        "Tính đến hết tháng 8/2025, tỉnh đưa 900 người đi làm việc ở nước ngoài.\n"
        "Số người sang Hàn Quốc tăng nhờ thỏa thuận ký hồi tháng 2.",
        "2025-09-03",
        ("2025-08", "text"),
    ),
    # "năm ngoái (2022)" glosses the present year; a future anniversary does not
    (
        "Ngày 15/6, hai Bộ tiếp tục đàm phán dự thảo Hiệp định lao động với Belarus.\n"
        "Năm ngoái (2022), Belarus tiếp nhận 150 lao động Việt Nam. Hai bên mong ký hiệp định "
        "vào dịp kỷ niệm 30 năm quan hệ ngoại giao.",
        "",
        ("2023-06-15", "text"),
    ),
    # "đã ký Bản ghi nhớ" reports the signing: a later "Đây là … ký kết" looks back
    (
        "Sáng 5/11/2024, tại Praha, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác lao động.\n"
        "Đây là văn bản thứ ba mà Việt Nam ký kết với một nước châu Âu, sau Ba Lan năm 2021.",
        "",
        ("2024-11-05", "text"),
    ),
    # a dateline reporting what was "vừa" done, then the day it was done
    (
        "Hà Nội, ngày 12/9/2024 - Bộ Nội vụ cho biết, hai Bộ vừa ký Bản ghi nhớ về lao động "
        "thời vụ với Hàn Quốc.\n"
        "Lễ ký diễn ra chiều 10/9 tại Seoul.",
        "",
        ("2024-09-10", "text"),
    ),
    # the year "trong năm 2025" of a plan the signing starts
    (
        "Ngày 3/3, tỉnh Thanh Hóa ký Bản ghi nhớ với quận Jecheon, Hàn Quốc.\n"
        "Theo đó, trong năm 2025, Jecheon sẽ tiếp nhận 200 lao động thời vụ.\n"
        "Năm 2024, tỉnh đã thí điểm đưa 60 người sang Jecheon.",
        "",
        ("2025-03-03", "text_bound"),
    ),
    # the year of an application deadline soon after the signing
    (
        "Hôm qua (2/10), Công ty Sông Hồng ký hợp đồng cung ứng 120 thợ may cho một xưởng ở "
        "Osaka, Nhật Bản.\n"
        "Hạn nộp hồ sơ đến hết ngày 20/11/2025.",
        "",
        ("2025-10-02", "text_bound"),
    ),
    # a December review of a season names the year it reviews
    (
        "Chungcheong, 5/12 (TTXVN) - Hôm nay, đoàn công tác tỉnh Yên Bái làm việc với huyện "
        "Boeun (Hàn Quốc) để tổng kết mùa vụ 2025 và bàn kế hoạch tiếp nhận lao động thời vụ.",
        "",
        ("2025-12-05", "text"),
    ),
    # a planned span of months across the new year: the day falls in its first year
    (
        "Ngày 20/12, tỉnh Nghệ An ký thỏa thuận đưa lao động thời vụ sang Hàn Quốc.\n"
        "Theo đó, từ tháng 12/2024 đến tháng 3/2025, huyện Inje dự kiến tiếp nhận 200 lao động.",
        "",
        ("2024-12-20", "text_bound"),
    ),
    # a deadline long after the event fixes no year
    (
        "Ngày 2/3, Công ty Sông Hồng ký hợp đồng cung ứng 120 thợ may cho Nhật Bản.\n"
        "Hạn nộp hồ sơ đến hết ngày 20/11/2025.",
        "",
        ("", ""),
    ),
    # a wire's dateline with its tag before the day
    (
        "Praha (TTXVN) 25/9 - Thứ trưởng Bộ Lao động đã hội đàm với Thứ trưởng Bộ Lao động Séc "
        "về hợp tác lao động.",
        "2024-09-26",
        ("2024-09-25", "published_date"),
    ),
    # a dateline with a dotted day and a dash, its place without a comma
    (
        "Doha 14.3 - Tại thủ đô Doha, Thứ trưởng Bộ Lao động và Bộ trưởng Bộ Lao động Qatar đã ký "
        "bản ghi nhớ về hợp tác lao động.",
        "2024-03-15",
        ("2024-03-14", "published_date"),
    ),
    # the next sentence names the event back as one activity of a year's programme
    (
        "Đà Nẵng - Ngày 11/3, Bộ Lao động tổ chức Hội thảo về kỹ năng số cho lao động di cư.\n"
        "Hội thảo là một trong các hoạt động của Diễn đàn APEC năm 2024.",
        "",
        ("2024-03-11", "text"),
    ),
    # but not by the year its programme was signed
    (
        "Đà Nẵng - Ngày 11/3, Bộ Lao động tổ chức Hội thảo về kỹ năng số cho lao động di cư.\n"
        "Hội thảo là một trong các hoạt động của chương trình ký năm 2019.",
        "",
        ("", ""),
    ),
    # a dateline and a heading that names no event: the day of the report that follows
    (
        "Hà Nội, 20/6/2024 - Bản tin lao động ngoài nước\n"
        "Ngày 19/6, Bộ Lao động làm việc với Bộ Lao động Campuchia về lao động thời vụ.",
        "",
        ("2024-06-19", "text"),
    ),
    # a bulletin's first item, its label before its day
    (
        "Hà Nội, ngày 12/9/2024 (TTXVN) - Hàn Quốc tăng hạn ngạch; Nhật Bản sửa luật.\n"
        "Hàn Quốc: Ngày 11/9, Bộ Việc làm và Lao động Hàn Quốc công bố hạn ngạch mới.",
        "",
        ("2024-09-11", "text"),
    ),
    # a month recalled with its year does not date a day of that month
    (
        "Huế, 22/10 (TTXVN) - Sáng nay, Sở Lao động tổ chức hội thảo về phòng, chống mua bán "
        "người.\nĐại biểu nhắc lại thảm kịch tháng 10/2019 tại Anh.",
        "",
        ("", ""),
    ),
    # a negotiation round dates the article, not the earlier signing it recalls
    (
        "Ngày 5/3/2024, đoàn Việt Nam đã có phiên đàm phán thứ hai với phía Hàn Quốc về bảo "
        'hiểm xã hội.\nBà cho biết: "Khi ký hiệp định với Nhật Bản năm 2019, chúng ta mất ba '
        'năm."',
        "",
        ("2024-03-05", "text"),
    ),
    # a first day looked back on from years later is history: the later ceremony is the event
    (
        "Ngày 3/4/2015, 120 thực tập sinh đầu tiên sang Đức theo chương trình.\n"
        "Chín năm sau, chương trình vẫn giữ uy tín.\n"
        "Tại lễ xuất cảnh tổ chức ở Hà Nội sáng 22/5/2024, 80 học viên lên đường.",
        "",
        ("2024-05-22", "text"),
    ),
    # nor the year an agreement was amended: the year the statistics run to
    (
        "Doha 12/3 (VOV) - Hôm qua, Đại sứ quán tổ chức hội thảo về hiệp định lao động ký năm "
        "2008 và được sửa đổi năm 2015.\nTừ đầu năm 2024 đến nay, 900 lao động đã sang Qatar.",
        "",
        ("2024-03-11", "text_bound"),
    ),
    # "năm trước, năm 2022," glosses the present year as 2023
    (
        "Ngày 9/5, tại Kuala Lumpur, đoàn Cục Quản lý lao động ngoài nước làm việc với Bộ Nhân "
        "lực Malaysia.\nPhía bạn cho biết năm trước, năm 2022, Malaysia đón 2.100 lao động Việt "
        "Nam.",
        "",
        ("2023-05-09", "text"),
    ),
    # a round anniversary whose bracket states its span: the later year
    (
        "Đà Nẵng, 2/10 (TTXVN) - Sáng nay, hai tỉnh tổ chức gặp mặt nhân dịp tròn 20 năm tỉnh "
        "Quảng Nam và tỉnh Sê Kông của Lào ký biên bản hợp tác toàn diện (2003 - 2023).",
        "",
        ("2023-10-02", "anniversary"),
    ),
    # a dateline alone on its line, then a title, then "Sáng qua": the day before the dateline
    (
        "Hải Phòng, ngày 14/3/2024\nTiếp nhận 21 thuyền viên về nước\n(TTXVN) - Sáng qua, "
        "tại cảng Đình Vũ, Sở Lao động tiếp nhận 21 thuyền viên làm việc trên tàu cá Đài Loan.",
        "",
        ("2024-03-13", "text"),
    ),
    # a day/month after a month recalled with "hồi": that month's year, not a plan's year
    (
        "Huế, 9/11 (TTXVN) - Sáng nay, 60 lao động đã lên đường sang Hungary làm việc.\n"
        "Họ trúng tuyển trong đợt phỏng vấn hồi tháng 7/2023.\n"
        "Theo kế hoạch, trong năm 2024 phía Hungary sẽ tiếp nhận thêm 200 lao động.",
        "",
        ("2023-11-09", "text_bound"),
    ),
    # a closing sentence that names the trip back and frames it in a year's plan
    (
        "Ngày 21/6, đoàn Bộ Lao động làm việc với Bộ Nhân lực Malaysia tại Kuala Lumpur.\n"
        "Hai bên trao đổi về bảo hộ 30.000 lao động Việt Nam.\nĐoàn cũng thăm một nhà máy.\n"
        "Phía bạn đề nghị tăng cường chia sẻ thông tin.\nHai bên thống nhất họp định kỳ.\n"
        "Đoàn thăm hỏi lao động tại Selangor.\n"
        "Chuyến công tác nằm trong Kế hoạch hợp tác năm 2022 của hai Bộ.",
        "",
        ("2022-06-21", "text"),
    ),
    # a year reported done and the next year's target: the event is in that next year
    (
        "Ngày 14/3, huyện Quỳnh Lưu tổ chức phiên giao dịch việc làm đi Nhật Bản.\n"
        "Năm 2022, huyện đã đưa 540 lao động ra nước ngoài.\n"
        "Năm 2023, huyện đặt mục tiêu đưa 600 lao động.",
        "",
        ("2023-03-14", "text_bound"),
    ),
    # a meeting of no named kind, dated, beats a later sentence naming a signing years before
    (
        "Ngày 22/2/2024, tại Seoul, Trung tâm Lao động ngoài nước và HRD Korea đã tổ chức cuộc"
        " họp thường niên về Chương trình EPS.\n"
        "Năm 2023 có 9.000 lao động sang Hàn Quốc, cao nhất kể từ khi hai nước ký Bản ghi nhớ"
        " năm 2004.",
        "",
        ("2024-02-22", "text"),
    ),
    # the day an agreement took effect is not the day of the meeting that reviews it
    (
        "Chiều nay, Bảo hiểm xã hội Việt Nam và NPS tổ chức cuộc họp đánh giá Hiệp định về bảo"
        " hiểm xã hội, có hiệu lực từ ngày 1/1/2022.",
        "2025-03-12",
        ("2025-03-12", "published_date"),
    ),
    # of a year's total and the months since, the latest period reported dates the article
    (
        "Thanh Hóa đưa hơn 12.000 người đi làm việc ở nước ngoài\n"
        "Năm 2023, toàn tỉnh có 12.340 lao động xuất cảnh, vượt 10% kế hoạch.\n"
        "Riêng ba tháng đầu năm 2024, tỉnh đã đưa thêm 3.105 người sang Nhật Bản, Đài Loan.",
        "",
        ("2024-03", "text"),
    ),
    # "bốn tháng đầu năm" with no year is the publication's year, not the compared quarter's
    (
        "Lao động đi Đài Loan tăng\n"
        "Cục cho biết bốn tháng đầu năm đã có 9.870 lao động sang Đài Loan, tăng 14% so với"
        " quý I/2023.",
        "2024-05-09",
        ("2024-04", "text"),
    ),
    # a birth year ("sinh năm 1990") never dates the event
    (
        "Ngày 14/8, Công an tỉnh Nghệ An cho biết đã bắt Trần Thị Hoa (sinh năm 1990) về tội lừa"
        " đảo đưa người đi làm việc ở nước ngoài.",
        "",
        ("", ""),
    ),
    # a year being prepared for ("chuẩn bị … từ năm 2027") is a plan's
    (
        "Ngày 5/11, Cục làm việc với OTIT về việc chuẩn bị chuyển sang chế độ mới từ năm 2027.\n"
        "Trong 9 tháng đầu năm 2024, Nhật Bản tiếp nhận 60.000 thực tập sinh Việt Nam.",
        "",
        ("2024-11-05", "text_bound"),
    ),
    # some months into a yearly plan: the plan's year
    (
        "Phnôm Pênh 20.10 (TTXVN) - Ngày 20/10, hai Thứ trưởng Lao động Việt Nam và Campuchia"
        " hội đàm tại Phnôm Pênh.\n"
        "Hai bên đánh giá sau hơn 9 tháng thực hiện Kế hoạch hợp tác năm 2022, nhiều nội dung đã"
        " hoàn thành.",
        "",
        ("2022-10-20", "text_bound"),
    ),
    # the sentence after the event frames it in a year's work programme
    (
        "HUẾ - Ngày 14/8, Bộ phối hợp với Ban Thư ký ASEAN tổ chức hội thảo về lao động giúp việc"
        " gia đình.\n"
        "Hội thảo do Chính phủ Australia tài trợ, là một trong những sáng kiến của Chương trình"
        " công tác năm 2023 của SLOM.",
        "",
        ("2023-08-14", "text"),
    ),
    # a school year written "niên khóa": a September day is in its first year
    (
        "Ngày 12/9, Trường Cao đẳng Y tế Hà Tĩnh khai giảng lớp tiếng Đức niên khóa 2025-2026 cho"
        " 60 học viên sẽ sang Đức làm điều dưỡng.",
        "",
        ("2025-09-12", "text"),
    ),
    # "sáng nay" inside the lead sentence dates the meeting on the publication day
    (
        "Tại hội nghị sơ kết 6 tháng do Sở Lao động - Thương binh và Xã hội tổ chức sáng nay, Giám"
        " đốc Sở cho biết toàn tỉnh đã đưa 4.120 người đi làm việc ở nước ngoài.",
        "2024-07-05",
        ("2024-07-05", "published_date"),
    ),
    # a lead opening "Sáng nay" is not dated by a month the next sentence recalls
    (
        "Sáng nay, Trung tâm Lao động ngoài nước tổ chức lễ xuất cảnh cho 60 lao động sang"
        " Israel.\n"
        "Các lao động đã qua kỳ kiểm tra tay nghề vào tháng 3 vừa qua.",
        "2024-06-05",
        ("2024-06-05", "published_date"),
    ),
    # the one year in the clause of the day dates it; another clause's year is a statistic's
    (
        "Tại buổi họp báo đầu năm 2025 tổ chức ngày 14/1, Cục cho biết trong năm 2024 cả nước"
        " đưa 158.000 lao động đi làm việc ở nước ngoài.",
        "",
        ("2025-01-14", "text"),
    ),
    # the launch of a programme for a period of years falls in the period's first year
    (
        "Ngày 8/10, Tổng cục Giáo dục nghề nghiệp và GIZ tổ chức lễ khởi động dự án đào tạo"
        " điều dưỡng giai đoạn 2024 - 2027.",
        "",
        ("2024-10-08", "text"),
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), DATE_CASES)
def test_event_date(body: str, published: str, expected: tuple[str, str]) -> None:
    item = article_of_lines(body, published=published)
    event = main_event(item, mentions_in(item))
    assert (event.event_date, event.event_date_basis) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bao.vn/xa-hoi/202111/le-xuat-canh-abc/", ("2021-10-28", "published_date")),
        ("https://bao.vn/xa-hoi/20211105/le-xuat-canh/", ("2021-10-28", "published_date")),
        ("https://bao.vn/xa-hoi/202105/le-xuat-canh/", ("", "")),  # months before the event
        ("https://bao.vn/tin/post202111.html", ("", "")),  # no dated folder
    ],
)
def test_year_from_a_dated_url_folder(url: str, expected: tuple[str, str]) -> None:
    item = replace(
        article_of_lines("Chiều 28/10, Lễ xuất cảnh lao động sang Đức được tổ chức."),
        source_url=url,
    )
    event = main_event(item, mentions_in(item))
    assert (event.event_date, event.event_date_basis) == expected


def test_membership_anniversary_dates_the_event() -> None:
    """ "25 năm Việt Nam tái gia nhập ILO" (1992) -> 2017; a diplomatic anniversary in the same
    article names no organisation and is not read as a membership one."""
    item = article_of_lines(
        "Sáng 12/6, Hội thảo nhân kỷ niệm 25 năm Việt Nam tái gia nhập ILO diễn ra."
    )
    ilo = Mention("t", "ILO", "organisation", "partner", "ILO", "", "ILO", 0, 0, "")
    start = item.body.index("ILO")
    ilo = replace(ilo, char_start=start, char_end=start + 3)
    event = main_event(item, [ilo])
    assert (event.event_date, event.event_date_basis) == ("2017-06-12", "anniversary")
    item = article_of_lines(
        "Sáng 12/6, Hội thảo nhân kỷ niệm 25 năm quan hệ ngoại giao với ILO diễn ra."
    )
    start = item.body.index("ILO")
    event = main_event(item, [replace(ilo, char_start=start, char_end=start + 3)])
    assert (event.event_date, event.event_date_basis) == ("", "")


def test_partners_come_from_the_event_sentence_and_lead() -> None:
    item = article_of_lines(
        "Ngày 5/4, Hội nghị Bộ trưởng Việt Nam - Campuchia diễn ra.\n"
        "Bộ trưởng nhắc đến kinh nghiệm của Đức và Thái Lan.\n"
        "Lao động tại Nhật Bản và Hàn Quốc tăng.\n"
        "Các nước khác như Hoa Kỳ cũng được nhắc đến.\n"
        "Câu thứ năm.\n"
        "Câu thứ sáu.\n"
        "Sau đó, hai bên bàn về Israel."
    )
    assert main_event(item, mentions_in(item)).partners == ("KHM",)


def test_a_review_takes_every_partner() -> None:
    item = article_of_lines(
        "Sáng 15/1, Hội nghị tổng kết công tác đối ngoại năm 2018 diễn ra.\n"
        "Bộ hợp tác với Nhật Bản, Hàn Quốc, Lào, Campuchia, Đức."
    )
    partners = main_event(item, mentions_in(item)).partners
    assert partners == ("DEU", "JPN", "KHM", "KOR", "LAO")


def test_mentioned_countries_are_no_partners() -> None:
    item = article_of_lines("Ngày 5/4, Hội thảo về lao động so sánh Nhật Bản và Hàn Quốc.")
    assert main_event(item, mentions_in(item, role="mentioned")).partners == ()


def test_no_event() -> None:
    event = main_event(article_of_lines("Lao động Việt Nam cần cù."), [])
    assert (event.event_type, event.partners, event.event_date, event.location) == (
        "other",
        (),
        "",
        "",
    )


SHIPPED = {  # read from the articles: type, partners include, date, basis, location
    "000": ("ministerial_conference", "KHM", "2022-04-05", "anniversary", ""),
    "001": ("ministerial_conference", "LAO", "2022-11-29", "anniversary", "Quảng Ninh"),
    "002": ("ministerial_conference", "LAO", "2025-11-12", "text", "Ninh Bình"),
    "003": (
        "report",
        "DEU",
        "2019-01-15",
        "published_date",
        "Trụ sở Bộ Lao động – Thương binh và Xã hội",
    ),
    "004": ("workshop", "JPN", "2023-08-25", "anniversary", "Hà Nội"),
}


def shipped_articles() -> dict[str, Article]:
    articles, _ = read_corpus(RAW_ARTICLES)
    return {a.article_id[:3]: a for a in articles}


@pytest.mark.parametrize("key", sorted(SHIPPED))
def test_shipped_articles(key: str) -> None:
    item = shipped_articles()[key]
    event = main_event(item, mentions_in(item))
    event_type, partner, date, basis, location = SHIPPED[key]
    assert (event.event_type, event.event_date, event.event_date_basis) == (event_type, date, basis)
    assert partner in event.partners
    assert event.location == location
