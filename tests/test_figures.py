"""Figures: which numbers are figures, and their unit, metric, direction, measure and period."""

import re

import pytest

from tests.helpers import article_as_read
from vnlabour.config import RAW_ARTICLES
from vnlabour.corpus import Article, read_corpus
from vnlabour.errors import ReferenceDataError
from vnlabour.extract import figures as figures_module
from vnlabour.extract.figures import find_figures
from vnlabour.extract.rows import Figure, Mention

# Hand-made partner mentions, so these tests do not depend on the partners extractor.
PARTNER_NAMES = {
    "Nhật Bản": "JPN",
    "Campuchia": "KHM",
    "Lào": "LAO",
    "Hàn Quốc": "KOR",
    "Ả-rập Xê-út": "SAU",
    "Đài Loan (Trung Quốc)": "TWN",
}


def hand_mentions(article: Article) -> list[Mention]:
    found = []
    for name, code in PARTNER_NAMES.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", article.body):
            found.append(
                Mention(
                    article.article_id,
                    code,
                    "country",
                    "partner",
                    name,
                    "",
                    name,
                    match.start(),
                    match.end(),
                    "",
                )
            )
    return sorted(found, key=lambda m: m.char_start)


def figures_in(body: str) -> list[Figure]:
    article = article_as_read(body)
    return find_figures(article, hand_mentions(article))


def only_figure(body: str) -> Figure:
    (figure,) = figures_in(body)
    return figure


# sentence -> every figure: (span_text, value, value_max, unit, qualifier)
FIGURES = [
    (
        "Năm 2023, Việt Nam đưa gần 160.000 lao động đi làm việc ở nước ngoài.",
        [("gần 160.000 lao động", 160_000, None, "persons", "nearly")],
    ),
    (
        "Kim ngạch thương mại song phương đạt 58,5 triệu USD, tăng 7,5% so với năm trước.",
        [
            ("58,5 triệu USD", 58_500_000, None, "USD", "exact"),
            ("7,5%", 7.5, None, "percent", "exact"),
        ],
    ),
    (
        "Hiện có khoảng 15.000-20.000 lao động Việt Nam làm việc tại Ả-rập Xê-út.",
        [("khoảng 15.000-20.000 lao động", 15_000, 20_000, "persons", "about")],
    ),
    (
        "Mỗi năm có từ 15.000 đến 20.000 người sang Đài Loan (Trung Quốc).",
        [("15.000 đến 20.000 người", 15_000, 20_000, "persons", "exact")],
    ),
    (
        "Hai bên đã ký 5 bản ghi nhớ và hợp tác với 40 quốc gia và vùng lãnh thổ.",
        [
            ("5 bản ghi nhớ", 5, None, "count", "exact"),
            ("40 quốc gia và vùng lãnh thổ", 40, None, "count", "exact"),
        ],
    ),
    ("Số lao động sang Hàn Quốc tăng gấp đôi.", [("gấp đôi", 2, None, "times", "exact")]),
    ("Con số này đã tăng gấp ba lần.", [("gấp ba lần", 3, None, "times", "exact")]),
    ("Thu nhập của họ tăng gấp rưỡi.", [("gấp rưỡi", 1.5, None, "times", "exact")]),
    ("Số người đi làm việc tăng 3 lần.", [("tăng 3 lần", 3, None, "times", "exact")]),
    (
        "Hàng trăm doanh nghiệp tham gia sàn giao dịch việc làm.",
        [("Hàng trăm doanh nghiệp", 100, None, "count", "more_than")],
    ),
    (
        "Tổng cộng hơn 1,2 triệu người đã được hỗ trợ.",
        [("hơn 1,2 triệu người", 1_200_000, None, "persons", "more_than")],
    ),
    ("Dự án trị giá 2 triệu euro.", [("2 triệu euro", 2_000_000, None, "EUR", "exact")]),
    ("Chính phủ dành 500 tỷ đồng.", [("500 tỷ đồng", 500e9, None, "VND", "exact")]),
    ("Tổng vốn là hai triệu USD.", [("hai triệu USD", 2_000_000, None, "USD", "exact")]),
    (
        "Mức lương khoảng 30 triệu đồng mỗi tháng.",
        [("khoảng 30 triệu đồng", 30_000_000, None, "VND", "about")],
    ),
    (
        "Khoảng 3.000 thực tập sinh và 25 kỹ sư đã xuất cảnh.",
        [
            ("Khoảng 3.000 thực tập sinh", 3000, None, "persons", "about"),
            ("25 kỹ sư", 25, None, "persons", "exact"),
        ],
    ),
    ("Có 2 đồng chí Thứ trưởng dự họp.", [("2 đồng chí", 2, None, "persons", "exact")]),
    ("Tỷ lệ thất nghiệp là 2 phần trăm.", [("2 phần trăm", 2, None, "percent", "exact")]),
    (
        "Có 12 nước và 3 tỉnh tham gia.",
        [("12 nước", 12, None, "count", "exact"), ("3 tỉnh", 3, None, "count", "exact")],
    ),
    (
        "Việt Nam là một trong 3 thị trường lớn nhất, trong số 15 quốc gia phái cử.",
        [("15 quốc gia", 15, None, "count", "exact")],
    ),
    # openings and supervising organisations are counts; a rank is not
    (
        "Hội chợ có 14 công ty với nhu cầu tuyển khoảng 650 vị trí, xếp vị trí thứ 3 trong tỉnh.",
        [
            ("14 công ty", 14, None, "count", "exact"),
            ("khoảng 650 vị trí", 650, None, "count", "about"),
        ],
    ),
    (
        "Chương trình hiện có hơn 320 nhà máy may tham gia.",
        [("hơn 320 nhà máy", 320, None, "count", "more_than")],
    ),
    (
        "Trường liên kết với 27 nghiệp đoàn tại tỉnh Aichi.",
        [("27 nghiệp đoàn", 27, None, "count", "exact")],
    ),
    (
        "Hội thảo có đại biểu của 19 đối tác ASEM.",
        [("19 đối tác", 19, None, "count", "exact")],
    ),
    # "con số" (the figure) is no document's "số"
    (
        "Con số này giảm mạnh so với con số gần 9.000 kỹ sư năm trước.",
        [("gần 9.000 kỹ sư", 9000, None, "persons", "nearly")],
    ),
    # "một trong N" counts unless a superlative ends its clause
    ("Đây là một trong 7 dự án được tài trợ.", [("7 dự án", 7, None, "count", "exact")]),
    ("Bà là một trong gần 40 học viên.", [("gần 40 học viên", 40, None, "persons", "nearly")]),
    ("Nhật Bản là một trong 2 thị trường hàng đầu.", []),
    # a change written with one unit: both ends are figures, the start takes the end's scale
    (
        "Trợ cấp giảm từ 12 xuống 8 triệu đồng.",
        [("12", 12e6, None, "VND", "exact"), ("8 triệu đồng", 8e6, None, "VND", "exact")],
    ),
    (
        "Lương tăng từ 25.250 lên 26.400 Đài tệ/tháng.",
        [("25.250", 25250, None, "TWD", "exact"), ("26.400 Đài tệ", 26400, None, "TWD", "exact")],
    ),
    ("Dự án hỗ trợ 4 hiệp hội.", [("4 hiệp hội", 4, None, "count", "exact")]),
    ("Thỏa thuận được ký giữa 3 Bộ của hai nước.", [("3 Bộ", 3, None, "count", "exact")]),
    # a list of named items whose first figure gives the unit; "X trên tổng số Y"
    (
        "Tháng 5, Ô-xtrây-li-a tiếp nhận 420 lao động, Niu Di-lân (qua RSE) 135 và Fiji 12.",
        [
            ("420 lao động", 420, None, "persons", "exact"),
            ("135", 135, None, "persons", "exact"),
            ("12", 12, None, "persons", "exact"),
        ],
    ),
    (
        "Có 57 trên tổng số 60 thuyền viên đạt yêu cầu, sau 2 năm và 3 tháng đào tạo.",
        [("57", 57, None, "persons", "exact"), ("60 thuyền viên", 60, None, "persons", "exact")],
    ),
    (
        "Họ làm việc tại 12 bệnh viện, cùng 300 nông dân và 40 chính quyền địa phương.",
        [
            ("12 bệnh viện", 12, None, "count", "exact"),
            ("300 nông dân", 300, None, "persons", "exact"),
            ("40 chính quyền địa phương", 40, None, "count", "exact"),
        ],
    ),
    # a fraction that shares out a whole is a percentage; half a year or a date is not
    (
        "Ở thôn Đông, hơn một nửa số thanh niên đã sang Hàn Quốc.",
        [("hơn một nửa", 50, None, "percent", "more_than")],
    ),
    (
        "Phụ nữ chiếm khoảng 1/3 tổng số học viên, hai phần ba là nam.",
        [
            ("khoảng 1/3", 33.33, None, "percent", "about"),
            ("hai phần ba", 66.67, None, "percent", "exact"),
        ],
    ),
    ("Có 8.000 lao động di cư, chưa đến 1/4 trong số đó có bảo hiểm.", [
        ("8.000 lao động", 8000, None, "persons", "exact"),
        ("chưa đến 1/4", 25, None, "percent", "less_than"),
    ]),
    ("Kiều hối của tỉnh bằng 1/5 tổng lượng vốn đầu tư.", [("1/5", 20, None, "percent", "exact")]),
    ("Trường nhận 310 lưu học sinh Lào.", [("310 lưu học sinh", 310, None, "persons", "exact")]),
    ("Chương trình kéo dài một nửa năm, khai giảng 1/9 tại Huế.", []),
    # occupations count people; places in a scheme and island nations are counts
    ("Hãng cần thêm 80 phi công và 45 đầu bếp.", [
        ("80 phi công", 80, None, "persons", "exact"),
        ("45 đầu bếp", 45, None, "persons", "exact"),
    ]),
    ("Xưởng đóng tàu nhận 120 thợ điện.", [("120 thợ", 120, None, "persons", "exact")]),
    ("Mùa vụ năm nay có 3.200 chỗ cho lao động nước ngoài.", [
        ("3.200 chỗ", 3200, None, "count", "exact"),
    ]),
    ("Chương trình mở cho 6 quốc đảo.", [("6 quốc đảo", 6, None, "count", "exact")]),
    # counsellors, parents, percentage points
    ("Văn phòng có 7 tư vấn viên, đã gặp 540 cha mẹ học sinh.", [
        ("7 tư vấn viên", 7, None, "persons", "exact"),
        ("540 cha mẹ", 540, None, "persons", "exact"),
    ]),
    ("Tỷ lệ bỏ trốn giảm 1,5 điểm phần trăm.", [
        ("1,5 điểm phần trăm", 1.5, None, "percent", "exact"),
    ]),
    # a group's men and women; Lao kip
    ("Đoàn gồm 18 nam, 7 nữ, đều từ Sơn La.", [
        ("18 nam", 18, None, "persons", "exact"),
        ("7 nữ", 7, None, "persons", "exact"),
    ]),
    ("Phí cấp phép giảm còn 800.000 kíp.", [("800.000 kíp", 800_000, None, "LAK", "exact")]),
    # suspects, victims and individuals are people; roubles and tugriks are money
    ("Công an bắt giữ 14 đối tượng, xác định 35 bị hại và khen thưởng 6 cá nhân.", [
        ("14 đối tượng", 14, None, "persons", "exact"),
        ("35 bị hại", 35, None, "persons", "exact"),
        ("6 cá nhân", 6, None, "persons", "exact"),
    ]),
    ("Mỗi người nộp phạt 8.000 rouble, lương khoảng 1,8 triệu tugrik.", [
        ("8.000 rouble", 8000, None, "RUB", "exact"),
        ("khoảng 1,8 triệu tugrik", 1_800_000, None, "MNT", "about"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), FIGURES)
def test_figures_found(body: str, expected: list) -> None:
    found = [(f.span_text, f.value, f.value_max, f.unit, f.qualifier) for f in figures_in(body)]
    assert found == [(s, pytest.approx(v), m, u, q) for s, v, m, u, q in expected]


FIGURES += [
    ("Nhóm 30 lao động đầu tiên đã xuất cảnh.", [("30 lao động", 30, None, "persons", "exact")]),
    (
        "Trong đó gần 210 nghìn là thực tập sinh.",
        [("gần 210 nghìn là thực tập sinh", 210_000, None, "persons", "nearly")],
    ),
    ("Anh phải trả 25.000 bảng.", [("25.000 bảng", 25_000, None, "GBP", "exact")]),
    ("Đoàn gồm 15 thành viên.", [("15 thành viên", 15, None, "persons", "exact")]),
    ("Tỷ lệ đạt 15-20%.", [("15-20%", 15, 20, "percent", "exact")]),
    ("Có hơn 10 nghìn tỷ đồng.", [("hơn 10 nghìn tỷ đồng", 1e13, None, "VND", "more_than")]),
    # the noun comes first: "(tổng) số <noun> … <number>" at the end of a clause
    (
        "Bộ nâng tổng số thỏa thuận có hiệu lực lên 27; đó là kết quả tốt.",
        [("27", 27, None, "count", "exact")],
    ),
    (
        "Số lao động xuất cảnh năm 2023 đạt 159.986.",
        [("159.986", 159_986, None, "persons", "exact")],
    ),
]

# currencies of labour destinations and quota or household counts (invented sentences)
FIGURES += [
    (
        "Phí visa lao động là 700 đô la New Zealand, lương 28,5 NZD mỗi giờ.",
        [
            ("700 đô la New Zealand", 700, None, "NZD", "exact"),
            ("28,5 NZD", 28.5, None, "NZD", "exact"),
        ],
    ),
    (
        "Chi phí sinh hoạt khoảng 1.500 đô la Úc.",
        [("khoảng 1.500 đô la Úc", 1500, None, "AUD", "about")],
    ),
    (
        "Lương thợ hàn đạt 90.000-120.000 rúp.",
        [("90.000-120.000 rúp", 90_000, 120_000, "RUB", "exact")],
    ),
    (
        "Mức lương 35.000 bạt ở Thái Lan và 8.000 zloty ở Ba Lan.",
        [
            ("35.000 bạt", 35_000, None, "THB", "exact"),
            ("8.000 zloty", 8_000, None, "PLN", "exact"),
        ],
    ),
    ("Mỗi năm Ireland dành 150 suất thị thực.", [("150 suất", 150, None, "count", "exact")]),
    ("Dự án hỗ trợ sinh kế cho 45 hộ gia đình.", [("45 hộ gia đình", 45, None, "count", "exact")]),
    ("Hai bên lập 4 nhóm công tác chung.", [("4 nhóm công tác", 4, None, "count", "exact")]),
]

# union members, unions, offices, declarations, agreements counted by "bản"; instruments counted
# in words; a part "trong số" a whole; lev (invented sentences)
FIGURES += [
    (
        "Liên đoàn có gần 80.000 đoàn viên ở 12 công đoàn cơ sở.",
        [
            ("gần 80.000 đoàn viên", 80_000, None, "persons", "nearly"),
            ("12 công đoàn", 12, None, "count", "exact"),
        ],
    ),
    ("Bộ mở thêm 6 văn phòng đại diện.", [("6 văn phòng", 6, None, "count", "exact")]),
    ("Diễn đàn ra 3 tuyên bố chung.", [("3 tuyên bố", 3, None, "count", "exact")]),
    ("Hai trường trao 4 bản thỏa thuận.", [("4 bản thỏa thuận", 4, None, "count", "exact")]),
    (
        "Hai bộ ký ba văn bản và thông qua bốn dự án.",
        [("ba văn bản", 3, None, "count", "exact"), ("bốn dự án", 4, None, "count", "exact")],
    ),
    (
        "Lào đã phê chuẩn 6 trong số 8 công ước cơ bản.",
        [("6", 6, None, "count", "exact"), ("8 công ước", 8, None, "count", "exact")],
    ),
    ("Lương ở Sofia là 1.250 leva/tháng.", [("1.250 leva", 1250, None, "BGN", "exact")]),
    # respective items take the noun of the last one; without "lần lượt" a bare number is none
    (
        "Hai huyện dẫn đầu với lần lượt 312 và 287 lao động xuất cảnh.",
        [("312", 312, None, "persons", "exact"), ("287 lao động", 287, None, "persons", "exact")],
    ),
    (
        "Ba xã lần lượt có 5, 4 và 3 dự án.",
        [
            ("5", 5, None, "count", "exact"),
            ("4", 4, None, "count", "exact"),
            ("3 dự án", 3, None, "count", "exact"),
        ],
    ),
    ("Đoàn có 3 và 4 người.", [("4 người", 4, None, "persons", "exact")]),
    # communicators, cooperatives, person-times of officials; a multiple said "cao hơn … lần"
    (
        "Dự án đào tạo 400 tuyên truyền viên.",
        [("400 tuyên truyền viên", 400, None, "persons", "exact")],
    ),
    (
        "Tỉnh hỗ trợ 40 tổ hợp tác và 12 hợp tác xã.",
        [
            ("40 tổ hợp tác", 40, None, "count", "exact"),
            ("12 hợp tác xã", 12, None, "count", "exact"),
        ],
    ),
    (
        "Hai bên tập huấn cho gần 3.000 lượt cán bộ.",
        [("gần 3.000 lượt cán bộ", 3000, None, "persons", "nearly")],
    ),
    (
        "Đường dây đã hỗ trợ 3.400 lượt thực tập sinh và ký với 12 hãng tàu.",
        [
            ("3.400 lượt thực tập sinh", 3400, None, "persons", "exact"),
            ("12 hãng tàu", 12, None, "count", "exact"),
        ],
    ),
    (
        "Thu nhập cao hơn khoảng 1,5 lần so với trước.",
        [("cao hơn khoảng 1,5 lần", 1.5, None, "times", "about")],
    ),
    # treaties; the yen and the koruna as some outlets spell them
    ("Năm qua, Bộ đã ký 7 điều ước quốc tế.", [("7 điều ước", 7, None, "count", "exact")]),
    ("Phí thi là 2.000 yen.", [("2.000 yen", 2000, None, "JPY", "exact")]),
    ("Lương ở Manila là 30.000 peso.", [("30.000 peso", 30_000, None, "PHP", "exact")]),
    ("Lương tối thiểu ở Brno là 20.800 korun.", [("20.800 korun", 20_800, None, "CZK", "exact")]),
]

NOT_FIGURES = [
    "Việt Nam - Australia đàm phán vòng hai Hiệp định về an sinh xã hội.",  # a round, not two
    "Trung tâm đã có hơn 2.000 lượt tư vấn qua điện thoại.",  # "lượt" counts people only
    "Tỷ lệ lao động có tay nghề năm nay cao hơn năm trước.",  # "cao hơn" without "lần"
    "Quảng cáo hứa hẹn đi làm việc 0 đồng trên mạng xã hội.",
    "Hội nghị lần thứ 5 diễn ra sau 3 năm gián đoạn.",
    "Hội nghị Bộ trưởng Lao động Việt Nam-Lào lần thứ 9 trong bối cảnh đại dịch Covid-19.",
    "Nghị định số 112/2021/NĐ-CP quy định về lao động đi làm việc ở nước ngoài.",
    "Mọi thắc mắc xin gọi đường dây nóng 1900 1234 hoặc 0243.826.9546.",
    "Anh Trần Văn Đức, 25 tuổi, đã làm việc 3 năm tại Nhật Bản.",
    "Trung tâm 05-06 và đại dịch COVID-19 ảnh hưởng tới nhóm G7.",
    "Hàn Quốc là thị trường lớn thứ 2 của lao động Việt Nam.",
    "Hai nước đã ký Bản ghi nhớ giai đoạn 2022 - 2027 với 4 lĩnh vực ưu tiên.",
    "Cả 2 nước cam kết triển khai 9 nhiệm vụ trọng tâm trong 2 phiên làm việc.",
    "Lãnh đạo 2 nước và 2 bên đã trao đổi.",
    "Ngày 12/1/2023, hai Bộ ký kết; kỷ niệm 30 năm quan hệ ngoại giao.",
    "Hội nghị được tổ chức định kỳ 2 năm một lần.",
    "Quốc hội thông qua 2 dự án luật.",
    "Đã 2 lần đoàn công tác sang Lào.",
    "Hợp tác trên cả 3 kênh, theo Nghị quyết 06 và Quyết định 1234.",
    "Lúc 03:59 ngày 15/01/2019, Trung tâm 686 Bản Cân khai trương.",
    "Tham gia dự án Đường dây nóng 111 và hotline 18001567.",
    "Thời gian làm việc tối đa 5 năm, lao động dưới 18 tuổi không được tuyển.",
    "Đây là dịp nhìn lại 10 năm qua và kế hoạch 5 năm (2023-2027).",
    "Hội nghị Bộ trưởng lần thứ 9 có 2 Bộ tham gia, mỗi học viên nộp 3 bộ hồ sơ.",
    "Việt Nam thuộc nhóm 5 nước có nhiều lao động nhất.",
    "Trong các đề xuất, 2 là dự án cũ.",  # the copula links people only
    "Bảng 3 cho thấy số liệu năm 2023.",
    "Ông Ba, 45 tuổi, đã có 3 người con đi Nhật Bản.",
    "Tổng đài 1900.6868 hỗ trợ 24/7 theo Quyết định 123/QĐ-TTg.",
    "Số lao động sang Nhật Bản tăng so với cùng kỳ 2022.",
    "Số liệu cho thấy mức điểm là 7.",
    "Số lao động đạt 500 trong khi mục tiêu khác là 3.",  # the second clause names no noun
    # "một" is also "a", "năm" also "year"; "hai" counts instruments only, not countries
    "Đây là một dự án lớn; trong năm dự án mở rộng sang hai tỉnh và hai nước.",
    "Hội thảo tổng kết giai đoạn 2 Chương trình hỗ trợ lao động.",  # a phase number
    "Hai nước có 3 trong số đó.",  # "trong số" a word, not a counted whole
    "Đoàn dâng hoa tại nhà bia ở đường 9 Nam, gần quốc lộ 1.",  # road numbers
]


@pytest.mark.parametrize("body", NOT_FIGURES)
def test_not_figures(body: str) -> None:
    assert [f.span_text for f in figures_in(body)] == []


# body -> one figure's (metric, origin, destination, measure, period_start, period_end)
DESCRIBED = [
    # a people noun capitalised after a colon still names the people; "Nam" of "Việt Nam" does not
    (
        "Ông nói: Thực tập sinh Việt Nam ở Nhật Bản đã tăng 5.000 người.",
        ("trainees", "VNM", "JPN", "other", "", ""),
    ),
    (
        "Trường mỗi năm đều cấp học bổng cho khoảng 35 sinh viên Campuchia sang Việt Nam học tập.",
        ("scholarship students", "KHM", "VNM", "flow", "", ""),
    ),
    (
        "Đến hết năm 2022, tổng số lao động Việt Nam đang sinh sống và làm việc tại Nhật Bản là "
        "hơn 345 nghìn người.",
        ("workers abroad", "VNM", "JPN", "stock", "", "2022-12"),
    ),
    (
        "Lao động Campuchia đang làm việc tại Việt Nam hiện có khoảng 2.000 người.",
        ("workers abroad", "KHM", "VNM", "stock", "", ""),
    ),
    (
        "Mỗi năm, Hàn Quốc tiếp nhận khoảng 10.000 lao động Việt Nam.",
        ("workers received", "VNM", "KOR", "flow", "", ""),
    ),
    (
        "Việt Nam đã hỗ trợ hàng trăm cán bộ của Lào sang học tập.",
        ("officials trained", "LAO", "VNM", "flow", "", ""),
    ),
    (
        "Viện trợ ODA của Nhật Bản cho Việt Nam năm 2023 đạt 1,5 tỷ USD.",
        ("ODA", "JPN", "VNM", "other", "2023", "2023"),
    ),
    (
        "Kim ngạch thương mại Việt Nam - Hàn Quốc năm 2023 đạt 79 tỷ USD.",
        ("trade turnover", "", "", "other", "2023", "2023"),
    ),
    (
        "Giai đoạn 2021-2025, Việt Nam trao 1.000 suất học bổng cho sinh viên Lào.",
        ("scholarships", "", "", "other", "2021", "2025"),
    ),
    (
        "Từ tháng 3/2024 đến tháng 6/2025, có 8.000 người được tuyển dụng.",
        ("persons recruited", "", "", "flow", "2024-03", "2025-06"),
    ),
    (
        "Việt Nam hiện là quốc gia đứng đầu trong số 15 quốc gia phái cử lao động sang Nhật Bản.",
        ("countries sending workers", "", "", "other", "", ""),
    ),
    (
        "Năm 2024, cả nước đưa 159.986 người đi làm việc ở nước ngoài.",
        ("persons sent abroad", "VNM", "", "flow", "2024", "2024"),
    ),
    (
        "Chương trình EPS tuyển 4.500 lao động mỗi năm.",
        ("workers recruited", "", "", "flow", "", ""),
    ),
    (
        "Người lao động Việt Nam tại Nhật Bản đã tăng gấp 10 lần trong 10 năm qua.",
        ("growth in workers", "VNM", "JPN", "other", "", ""),
    ),
]


@pytest.mark.parametrize(("body", "expected"), DESCRIBED)
def test_figure_described(body: str, expected: tuple) -> None:
    f = only_figure(body)
    assert (f.metric, f.origin, f.destination, f.measure, f.period_start, f.period_end) == expected


def test_exports_and_imports_in_one_sentence() -> None:
    body = "Xuất khẩu của Việt Nam sang Hàn Quốc đạt 23 tỷ USD và nhập khẩu đạt 56 tỷ USD."
    exports, imports = figures_in(body)
    assert (exports.metric, exports.origin, exports.destination) == ("exports", "VNM", "KOR")
    assert (imports.metric, imports.origin, imports.destination) == ("imports", "KOR", "VNM")


def test_flow_and_stock_in_one_sentence() -> None:
    body = (
        "Năm 2023, Việt Nam đưa 155.000 lao động đi làm việc ở nước ngoài, nâng tổng số lao động "
        "đang làm việc ở nước ngoài lên khoảng 650.000 người."
    )
    sent, abroad = figures_in(body)
    assert (sent.metric, sent.measure, sent.origin, sent.destination) == (
        "workers sent abroad",
        "flow",
        "VNM",
        "",
    )
    assert (abroad.value, abroad.metric, abroad.measure) == (650_000, "workers abroad", "stock")


def test_origin_from_earlier_sentence_of_the_paragraph() -> None:
    body = (
        "Bộ trưởng Lao động của Lào cho biết chính phủ luôn quan tâm tạo việc làm. "
        "Năm 2024, có 12.500 lao động được đưa đi làm việc ở nước ngoài."
    )
    f = only_figure(body)
    assert (f.origin, f.destination, f.metric) == ("LAO", "", "workers sent abroad")
    assert (f.measure, f.period_start, f.period_end) == ("flow", "2024", "2024")


def test_no_origin_from_another_paragraph() -> None:
    body = (
        "Bộ trưởng Lao động của Lào cho biết chính phủ luôn quan tâm tạo việc làm.\n\n"
        "Năm 2024, có 12.500 lao động được đưa đi làm việc ở nước ngoài."
    )
    assert only_figure(body).origin == ""


def test_domestic_jobs_stay_in_the_origin_country() -> None:
    body = "Bộ trưởng của Lào cho biết. Năm 2024, có 9.000 người được tuyển dụng tại địa phương."
    f = only_figure(body)
    assert (f.origin, f.destination, f.metric) == ("LAO", "LAO", "persons recruited")


def test_offsets_and_evidence() -> None:
    body = "Tiêu đề\n\nĐến nay có hơn 345 nghìn người. Thêm 20 Ủy ban được lập."
    article = article_as_read(body)
    for f in find_figures(article, []):
        assert body[f.char_start : f.char_end] == f.span_text
        assert f.span_text in f.evidence
        assert f.evidence in body


# The shipped articles, with values read from the text by hand.


@pytest.fixture(scope="module")
def shipped() -> dict[str, list[Figure]]:
    articles, _ = read_corpus(RAW_ARTICLES)
    return {a.article_id[:3]: find_figures(a, hand_mentions(a)) for a in articles}


SHIPPED_VALUES = {
    "000": [35],
    "001": [3],  # "giữa 3 Bộ": the signatory ministries
    "002": [100, 48_360, 17_647, 229_066],
    "003": [20, 50, 2, 2, 2],
    "004": [345_000, 15, 345_000, 15, 50e9, 25e9, 24e9, 27e9, 10],
}


@pytest.mark.parametrize(("article", "values"), SHIPPED_VALUES.items())
def test_shipped_values(shipped: dict, article: str, values: list) -> None:
    assert [f.value for f in shipped[article]] == values


def by_value(figures: list[Figure], value: float) -> Figure:
    return next(f for f in figures if f.value == value)


def test_shipped_002_lao_workers_abroad(shipped: dict) -> None:
    f = by_value(shipped["002"], 229_066)
    assert (f.unit, f.origin, f.destination, f.measure) == ("persons", "LAO", "", "flow")
    assert (f.period_start, f.period_end, f.metric) == ("2024", "2025-09", "workers sent abroad")
    assert by_value(shipped["002"], 17_647).metric == "women recruited"
    officials = by_value(shipped["002"], 100)
    assert (officials.qualifier, officials.origin, officials.destination) == (
        "more_than",
        "LAO",
        "VNM",
    )


def test_shipped_004_japan(shipped: dict) -> None:
    lead, body = [f for f in shipped["004"] if f.value == 345_000]
    assert (lead.qualifier, lead.span_text, body.qualifier) == (
        "more_than",
        "hơn 345 nghìn người",
        "exact",
    )
    for f in (lead, body):
        assert (f.origin, f.destination, f.measure, f.period_end) == (
            "VNM",
            "JPN",
            "stock",
            "2022-12",
        )
    money = [(f.metric, f.qualifier) for f in shipped["004"] if f.unit == "USD"]
    assert money == [
        ("trade turnover", "more_than"),
        ("exports", "nearly"),
        ("imports", "nearly"),
        ("ODA", "more_than"),
    ]
    assert by_value(shipped["004"], 10).unit == "times"
    assert all(f.value not in (111, 4) for f in shipped["004"])


def test_shipped_000_cambodian_students(shipped: dict) -> None:
    (f,) = shipped["000"]
    assert (f.qualifier, f.unit, f.origin, f.destination, f.measure) == (
        "about",
        "persons",
        "KHM",
        "VNM",
        "flow",
    )


def test_shipped_003_counts(shipped: dict) -> None:
    metrics = [f.metric for f in shipped["003"]]
    assert metrics == ["committees", "NGOs", "MoUs", "organisations", "projects"]
    assert {f.unit for f in shipped["003"]} == {"count"}


def test_every_shipped_span_points_into_its_body() -> None:
    articles, _ = read_corpus(RAW_ARTICLES)
    for article in articles:
        for f in find_figures(article, hand_mentions(article)):
            assert article.body[f.char_start : f.char_end] == f.span_text


def test_same_input_same_rows() -> None:
    articles, _ = read_corpus(RAW_ARTICLES)
    first = [find_figures(a, hand_mentions(a)) for a in articles]
    assert first == [find_figures(a, hand_mentions(a)) for a in articles]


# Broken reference data stops with a message that names the file and the fix.


@pytest.fixture
def fresh_caches():
    figures_module.nouns.cache_clear()
    yield
    figures_module.nouns.cache_clear()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"word": "người", "kind": "humans", "unit": "", "metric": "", "min_value": ""}, "kind"),
        (
            {"word": "nước", "kind": "count", "unit": "count", "metric": "", "min_value": "ba"},
            "min_value",
        ),
    ],
)
def test_bad_figure_nouns_row(fresh_caches, monkeypatch, row: dict, message: str) -> None:
    monkeypatch.setattr(figures_module, "read_table", lambda name: (row,))
    with pytest.raises(ReferenceDataError, match=rf"figure_nouns\.csv.*{message}"):
        figures_module.nouns()


def test_list_items_take_their_own_country_and_the_first_items_metric() -> None:
    body = (
        "Hàn Quốc là thị trường tiếp nhận nhiều nhất với 12.000 người, tiếp đến Nhật Bản "
        "9.000 người, Đài Loan (Trung Quốc) 7.500 người."
    )
    found = [(f.value, f.destination, f.metric, f.measure) for f in figures_in(body)]
    assert found == [
        (12_000, "KOR", "persons received", "flow"),
        (9_000, "JPN", "persons received", "flow"),
        (7_500, "TWN", "persons received", "flow"),
    ]


@pytest.mark.parametrize(
    ("body", "origin", "destination"),
    [
        # "nước này" points back to the last foreign country named before it
        (
            "Theo phía Hàn Quốc, hiện có 3.100 lao động Việt Nam làm việc tại nước này.",
            "VNM",
            "KOR",
        ),
        (
            "Đoàn đã làm việc với Ả-rập Xê-út. Hiện 4.000 lao động Việt Nam ở nước này.",
            "VNM",
            "SAU",
        ),
        # a donor introduced by "do" is no destination of the workers it helps
        ("Dự án do Chính phủ Nhật Bản và Hàn Quốc tài trợ đã hỗ trợ 800 lao động.", "", ""),
        # "lao động nước ngoài" are foreign workers, not workers going abroad
        ("Hàn Quốc cần thêm 5.000 lao động nước ngoài mỗi năm.", "", "KOR"),
    ],
)
def test_direction_traps(body: str, origin: str, destination: str) -> None:
    f = figures_in(body)[-1]
    assert (f.origin, f.destination) == (origin, destination)


def test_money_agent_pays() -> None:
    f = only_figure("Dự án do Chính phủ Nhật Bản tài trợ 2 triệu USD cho Việt Nam.")
    assert (f.metric, f.origin, f.destination) == ("funding", "JPN", "VNM")


def test_stock_is_not_dated_by_a_later_signing_date() -> None:
    f = only_figure("Hiện có 11.000 lao động Việt Nam tại Lào theo Bản ghi nhớ ký năm 2015.")
    assert (f.measure, f.period_start, f.period_end) == ("stock", "", "")


def test_percent_has_no_direction() -> None:
    f = only_figure("Lao động Việt Nam sang Nhật Bản chiếm 52%.")
    assert (f.unit, f.origin, f.destination) == ("percent", "", "")


@pytest.mark.parametrize(
    ("body", "value", "unit"),
    [
        ("Bộ trưởng gặp gỡ hơn 40 đại diện cộng đồng người Việt tại Doha.", 40, "persons"),
        ("Cục sẽ phối hợp với 8 cơ quan đại diện ở Trung Đông.", 8, "count"),
        ("Số doanh nghiệp đủ điều kiện chỉ còn 15 đơn vị.", 15, "count"),
        ("Lương cơ bản của công nhân may tại Jordan là 275 dinar/tháng.", 275, "JOD"),
    ],
)
def test_representatives_agencies_bodies_and_dinars_are_figures(
    body: str, value: float, unit: str
) -> None:
    f = only_figure(body)
    assert (f.value, f.unit) == (value, unit)


def test_a_spokesman_is_no_origin_of_the_people_counted_after_him() -> None:
    f = only_figure(
        "Đại diện Indonesia, nước có hơn 4 triệu công dân làm việc ở nước ngoài, phát biểu."
    )
    assert (f.value, f.origin) == (4_000_000, "")
