"""The corpus reader: encodings, skipped files, metadata, boilerplate, sentences, shipped articles.

Expected values were read off the texts by hand, never copied from the reader's output.
"""

import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnlabour import corpus
from vnlabour.config import RAW_ARTICLES
from vnlabour.corpus import (
    Article,
    blank_dateline,
    parse_date,
    read_article,
    read_corpus,
    split_sentences,
    url_date,
)
from vnlabour.errors import ParameterError, ReferenceDataError
from vnlabour.reference import read_table

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
TWIN = (FIXTURES / "twin.txt").read_text(encoding="utf-8")
SENTENCE = "Hội nghị Bộ trưởng Lao động Việt Nam"
TCVN3_SENTENCE = "Héi nghÞ Bé tr\u00adëng Lao ®éng ViÖt Nam"  # read off the TCVN3 (ABC) table
VNI_SENTENCE = "Hoäi nghò Boä tröôûng Lao ñoäng Vieät Nam"  # read off the VNI Windows table
LEGACY_TEXT = (
    "Ngày 12/11, tại Ninh Bình, bộ trưởng hai nước đồng chủ trì hội nghị lao động lần thứ chín. "
    "Hai bên đã ký kết bản ghi nhớ về hợp tác trong lĩnh vực lao động và người có công.\n"
)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


# Fixture builders: every odd encoding is made from UTF-8 text here, never edited by hand.


def cp1258_bytes(text: str) -> bytes:
    """text as Windows-1258 writes it: base letters precomposed, tone marks as combining bytes."""
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def legacy_font_bytes(text: str, font: str) -> bytes:
    code = {
        row["letter"]: bytes.fromhex(row[font])
        for row in read_table("corpus_legacy_fonts")
        if row[font]
    }
    return b"".join(code.get(char) or char.encode("ascii") for char in text)


ENCODINGS = {
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
    "utf-16 LE with BOM": lambda t: b"\xff\xfe" + t.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-32 LE with BOM": lambda t: b"\xff\xfe\x00\x00" + t.encode("utf-32-le"),
    "cp1258 with combining tone marks": cp1258_bytes,
    "utf-8 NFD": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "utf-8 CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf-8 CR": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "odd spaces and zero-width": lambda t: (
        t.replace(" Việt", "\u00a0Việt").replace("Quốc", "Qu\u200bốc").replace("\n", " \t\n")
    ).encode("utf-8"),
}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def read_one(folder: Path, name: str, data: bytes) -> Article:
    return read_article(write(folder, name, data))


def skip_reason(tmp_path: Path, data: bytes) -> str:
    write(tmp_path, "file.txt", data)
    articles, skipped = read_corpus(tmp_path)
    assert articles == []
    return skipped[0].reason


# Encodings.


@pytest.mark.parametrize("encode", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_every_encoding_reads_like_its_utf8_twin(tmp_path, encode):
    twin = read_one(tmp_path, "twin.txt", TWIN.encode("utf-8"))
    article = read_one(tmp_path, "other.txt", encode(TWIN))
    assert article.body == twin.body
    assert article.sentences == twin.sentences
    assert (article.title, article.published_date) == (twin.title, twin.published_date)


def test_cp1258_is_recognised_as_windows_vietnamese(tmp_path):
    article = read_one(tmp_path, "a.txt", cp1258_bytes(TWIN))
    assert article.encoding == "cp1258"
    assert "Việt Nam" in article.body


def test_legacy_font_tables_give_the_known_spellings():
    assert legacy_font_bytes(SENTENCE, "tcvn3") == TCVN3_SENTENCE.encode("latin-1")
    assert legacy_font_bytes(SENTENCE, "vni") == VNI_SENTENCE.encode("latin-1")


@pytest.mark.parametrize(
    ("data", "font"),
    [
        (legacy_font_bytes(LEGACY_TEXT, "tcvn3"), "TCVN3 (ABC)"),
        (legacy_font_bytes(LEGACY_TEXT, "vni"), "VNI Windows"),
        # the same garbage after a round trip through a Latin-1 editor that saved it as UTF-8
        (legacy_font_bytes(LEGACY_TEXT, "tcvn3").decode("latin-1").encode("utf-8"), "TCVN3 (ABC)"),
        (legacy_font_bytes(LEGACY_TEXT, "vni").decode("latin-1").encode("utf-8"), "VNI Windows"),
        ((TCVN3_SENTENCE + ".\n").encode("latin-1") * 3, "TCVN3 (ABC)"),
        ((VNI_SENTENCE + ".\n").encode("latin-1") * 3, "VNI Windows"),
    ],
)
def test_legacy_font_files_are_skipped_with_how_to_convert(tmp_path, data, font):
    reason = skip_reason(tmp_path, data)
    assert reason.startswith(f"looks like {font} legacy font encoding")
    assert "convert it to Unicode" in reason


def test_a_foreign_name_in_unicode_text_is_not_a_legacy_font(tmp_path):
    text = "Ông Müller và bà Øster gặp Bộ trưởng. Cô Zoë dự họp. Hai bên ký kết bản ghi nhớ.\n"
    assert read_one(tmp_path, "a.txt", text.encode("utf-8")).body == text.strip()


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [
        (b"", "empty file"),
        (b" \r\n\t\n\xc2\xa0\n", "only whitespace"),
        ("\u200b\ufeff\n\n".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (NUL bytes)"),
        (bytes(range(1, 9)) * 40 + "chữ".encode(), "binary file (control characters)"),
        (b"\xff\xfe" + "lẻ".encode("utf-16-le") + b"\x00", "starts with a utf-16-le byte-order"),
        ("title: Chỉ có metadata\nurl: https://x.vn/a\n".encode(), "no article text"),
        ("Ảnh: TTXVN\n0:00 / 0:00\n".encode(), "no article text"),
    ],
    ids=["empty", "whitespace", "zero-width", "png", "controls", "bad-bom", "meta-only", "boiler"],
)
def test_unreadable_files_are_skipped_with_a_reason(tmp_path, data, reason_start):
    assert skip_reason(tmp_path, data).startswith(reason_start)


# The folder.


def test_files_are_read_in_name_order_and_duplicates_counted_once(tmp_path):
    text = "Hai bộ trưởng ký kết bản ghi nhớ.\nHợp tác lao động tiếp tục.\n"
    write(tmp_path, "c.txt", text.encode("utf-8"))
    write(tmp_path, "a.txt", text.encode("utf-8"))  # byte-identical to c.txt
    write(tmp_path, "b.txt", "Một bài khác.\n".encode())
    write(tmp_path, "d.txt", b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode())
    write(tmp_path, "e.txt", ("url: https://x.vn/a\n\n" + text).replace("\n", "\r\n").encode())
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "f.txt", b"inside a sub-folder: ignored")
    articles, skipped = read_corpus(tmp_path)
    assert [a.file for a in articles] == ["a.txt", "b.txt"]
    assert [(s.file, s.reason) for s in skipped] == [
        ("c.txt", "duplicate of a.txt"),
        ("d.txt", "duplicate of a.txt"),
        ("e.txt", "duplicate of a.txt"),
    ]


def test_file_names_with_spaces_and_vietnamese_letters(tmp_path):
    nfd_name = unicodedata.normalize("NFD", "bài báo số 2.txt")
    write(tmp_path, "bài báo số 1.txt", "Lao động Việt Nam sang Đức.\n".encode())
    write(tmp_path, nfd_name, "Lao động Việt Nam sang Nhật Bản.\n".encode())
    articles, skipped = read_corpus(tmp_path)
    assert skipped == []
    assert [a.article_id for a in articles] == ["bài báo số 1", "bài báo số 2"]
    assert articles[1].file == nfd_name  # as found, so the user can find it


def test_files_sharing_a_stem_keep_distinct_ids(tmp_path):
    write(tmp_path, "tin.md", "Bài thứ nhất.\n".encode())
    write(tmp_path, "tin.txt", "Bài thứ hai.\n".encode())
    articles, _ = read_corpus(tmp_path)
    assert [a.article_id for a in articles] == ["tin", "tin.txt"]


def test_a_missing_folder_is_a_parameter_error(tmp_path):
    with pytest.raises(ParameterError, match="not found"):
        read_corpus(tmp_path / "nowhere")


def test_reading_twice_gives_the_same_articles(tmp_path):
    for path in FIXTURES.iterdir():
        shutil.copy(path, tmp_path / path.name)
    assert read_corpus(tmp_path) == read_corpus(tmp_path)


# Metadata, header and boilerplate, on fixtures of our own.


def test_twin_fixture_header_and_boilerplate():
    article = read_article(FIXTURES / "twin.txt")
    title = "Hàn Quốc tiếp nhận thêm lao động Việt Nam theo Chương trình EPS"
    assert article.title == title
    assert (article.published_date, article.published_basis) == ("2020-03-02", "dateline")
    assert article.outlet == "VOV"
    assert article.source_url == ""
    assert article.body == (
        f"{title}\n\n"
        "VOV.VN - Sáng 2/3, tại TP. Hồ Chí Minh, Cục Quản lý lao động ngoài nước cho biết năm "
        "2019 có 7.215 lao động sang Hàn Quốc làm việc. Tỷ lệ lao động về nước đúng hạn đạt "
        "58,5%.\n\n"
        "Ông Nguyễn V. An, Phó Cục trưởng, nói: “Chúng tôi sẽ mở rộng ngành nghề.” Hai bên "
        "thống nhất kế hoạch ký ngày 12/1/2020…\n\n"
        "Lao động Việt Nam làm thủ tục xuất cảnh.\n\n"
        "Trong 2 năm tới, Đức, Nhật Bản, v.v. cũng tiếp nhận lao động qua các khuôn khổ ASEAN... "
        "Bộ trưởng đánh giá cao kết quả này!"
    )
    assert [s.text for s in article.sentences] == [
        title,
        "VOV.VN - Sáng 2/3, tại TP. Hồ Chí Minh, Cục Quản lý lao động ngoài nước cho biết năm "
        "2019 có 7.215 lao động sang Hàn Quốc làm việc.",
        "Tỷ lệ lao động về nước đúng hạn đạt 58,5%.",
        "Ông Nguyễn V. An, Phó Cục trưởng, nói: “Chúng tôi sẽ mở rộng ngành nghề.”",
        "Hai bên thống nhất kế hoạch ký ngày 12/1/2020…",
        "Lao động Việt Nam làm thủ tục xuất cảnh.",
        "Trong 2 năm tới, Đức, Nhật Bản, v.v. cũng tiếp nhận lao động qua các khuôn khổ ASEAN...",
        "Bộ trưởng đánh giá cao kết quả này!",
    ]


def test_metadata_block_wins_over_url_and_drops_the_repeated_title():
    article = read_article(FIXTURES / "metadata.txt")
    assert article.title == "Nhật Bản tiếp nhận 345.000 lao động Việt Nam"
    assert article.outlet == "Báo Nhân Dân điện tử"
    assert article.source_url == (
        "https://nhandan.vn/nhat-ban-tiep-nhan-lao-dong-20231214185912112.htm"
    )
    assert (article.published_date, article.published_basis) == ("2023-12-15", "metadata")
    assert article.body == (
        "Nhật Bản tiếp nhận 345.000 lao động Việt Nam\n\n"
        "Đến tháng 12/2023, tổng số lao động Việt Nam đang làm việc tại Nhật Bản là "
        "345.000 người.\n"
        "Đây là con số cao nhất từ trước đến nay."
    )


def test_url_gives_the_date_hint_and_the_outlet_by_domain():
    article = read_article(FIXTURES / "url_only.txt")
    assert (article.published_date, article.published_basis) == ("2019-06", "url")
    assert article.outlet == "VOV"
    assert article.body.startswith("Sáu tháng đầu năm") and "Keywords" not in article.body


def test_front_matter_source_name_is_the_outlet():
    article = read_article(FIXTURES / "front_matter.txt")
    assert (article.outlet, article.source_url) == ("Báo Lao Động", "")
    assert (article.published_date, article.published_basis) == ("2019-01-15", "metadata")
    assert article.title == ""  # the first line is a sentence, not a headline
    assert article.body == (
        "Bộ trưởng tiếp Đại sứ Đức tại Hà Nội.\n\n"
        "Hai bên trao đổi về hợp tác đào tạo điều dưỡng viên."
    )


def test_lines_that_only_look_like_metadata_stay_in_the_body():
    article = read_article(FIXTURES / "not_metadata.txt")
    assert article.body.startswith("Tokyo: Nhật Bản mở thêm ngành nghề")
    assert article.body.endswith("người cao tuổi.\nTin tức")  # a label only counts at the top
    assert (article.title, article.published_date, article.outlet) == ("", "", "")


@pytest.mark.parametrize(
    ("metadata", "outlet", "url", "date"),
    [
        (
            "source: https://laodongxahoi.net/hop-tac-20190115093000.html",
            "Lao động và Xã hội",
            "https://laodongxahoi.net/hop-tac-20190115093000.html",
            ("2019-01-15", "url"),
        ),
        (
            "url: www.vov.vn/xa-hoi/2019/06/tin.vov",
            "VOV",
            "www.vov.vn/xa-hoi/2019/06/tin.vov",
            ("2019-06", "url"),
        ),
        ("Source: nhandan.vn\nDate: 1/2/2023", "Nhân Dân", "", ("2023-02-01", "metadata")),
        ("outlet: Báo Mới\nurl: https://nhandan.vn/a", "Báo Mới", "https://nhandan.vn/a", ("", "")),
    ],
)
def test_metadata_sources(tmp_path, metadata, outlet, url, date):
    article = read_one(tmp_path, "a.txt", f"{metadata}\n\nHai bên ký kết.\n".encode())
    assert (article.outlet, article.source_url) == (outlet, url)
    assert (article.published_date, article.published_basis) == date
    assert article.body == "Hai bên ký kết."


def test_title_followed_by_its_photo_caption(tmp_path):
    text = "Lao động Việt Nam tại Đức\nLao động Việt Nam tại Đức ảnh 1\n\nHai bên ký kết.\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert article.title == "Lao động Việt Nam tại Đức"
    assert article.body == "Lao động Việt Nam tại Đức\n\nHai bên ký kết."


def test_date_prefix(tmp_path):
    text = " date 2024-02-29 Ngày 28/2, hai bộ họp.\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert (article.published_date, article.published_basis) == ("2024-02-29", "prefix")
    assert article.body == "Ngày 28/2, hai bộ họp."


def test_a_date_word_inside_the_text_is_not_a_prefix(tmp_path):
    text = "Ngày 28/2, hai bộ họp. Họ chọn date 2024-02-29 cho lần sau.\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert (article.published_date, article.body) == ("", text.strip())


@pytest.mark.parametrize(
    ("kept", "dropped"),
    [
        ("Bộ trưởng phát biểu.", "Bộ trưởng phát biểu tại hội thảo ảnh 2"),
        ("Bức ảnh 1 được chụp tại Hà Nội.", "Ảnh: Minh Ngọc"),
        ("Phiên họp bắt đầu lúc 8:30 sáng.", "8:30"),
        ("Phiên họp kéo dài 1:45:00.", "1:02:45 / 1:45:00"),
        ("Phóng viên hỏi Bộ trưởng về hạn ngạch.", "Nhóm phóng viên"),
    ],
)
def test_caption_and_player_lines(tmp_path, kept, dropped):
    body = read_one(tmp_path, "a.txt", f"Đoạn đầu.\n{dropped}\n{kept}\nĐoạn cuối.\n".encode()).body
    assert body == f"Đoạn đầu.\n{kept}\nĐoạn cuối."


def test_photo_credit_closing_a_caption_line(tmp_path):
    text = "Lễ xuất cảnh tại Nội Bài. Ảnh: BCP\nẢnh hưởng của dịch: lao động về nước. Ảnh: đẹp\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert article.body == "Lễ xuất cảnh tại Nội Bài.\nẢnh hưởng của dịch: lao động về nước."


def test_trailing_signature_and_bylines_are_dropped_but_not_a_last_sentence(tmp_path):
    text = "Đoạn đầu.\nToàn cảnh hội nghị\nLê Hà - Minh Ngọc (TTXVN)\n\nNhandan.vn\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert article.body == "Đoạn đầu.\nToàn cảnh hội nghị"
    assert article.outlet == "Nhân Dân"


def test_a_photo_credit_of_an_agency_is_not_the_outlet(tmp_path):
    text = "Hai bộ trưởng ký kết. (Ảnh: Văn Điệp/TTXVN)\nTTXVN\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert (article.outlet, article.body) == ("", "Hai bộ trưởng ký kết.")


# Dates.


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-12-15", "2023-12-15"),
        ("2023-12-15T08:00:00+07:00", "2023-12-15"),
        ("2023/12/5", "2023-12-05"),
        ("15/01/2019 09:30", "2019-01-15"),
        ("Thứ Ba, 15/1/2019", "2019-01-15"),
        ("2019-06", "2019-06"),
        ("2019", "2019"),
        ("2023-02-30", ""),
        ("31/04/2020", ""),
        ("hôm qua", ""),
        ("", ""),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.vn/lao-dong-20231214185912112.htm", "2023-12-14"),
        ("https://x.vn/tin/2019/06/lao-dong.html", "2019-06"),
        ("https://x.vn/2019/06/15/lao-dong.html", "2019-06-15"),
        ("https://x.vn/hoi-nghi-asean-2022/12/14/lao-dong.html", "2022-12-14"),  # after a slug
        ("https://x.vn/lao-dong-4567890.html", ""),
        ("https://x.vn/lao-dong-20231340123.htm", ""),
        ("https://x.vn/2019/13/lao-dong", ""),
        # a query parameter named as a date ("ngày" = day) carries one; another id does not
        ("https://molisa.gov.vn/baiviet/241?tintucID=241&ngay=20231214", "2023-12-14"),
        ("https://x.vn/a.htm?date=2023-12-14&p=2", "2023-12-14"),
        ("https://x.vn/a.htm?id=20231214", ""),
        ("https://laodong.vn/lao-dong-1467832.ldo?d=20250218", "2025-02-18"),
        ("https://vnexpress.net/lao-dong-4781203.html?d=2024/09/24", "2024-09-24"),
        ("https://x.vn/a.htm?ngay=20231340", ""),
        ("", ""),
        # Báo Chính phủ ids: a 3-digit section, yyMMddHHmmss, 3 digits; only on that site
        ("https://baochinhphu.vn/lao-dong-di-han-quoc-103230917084512345.htm", "2023-09-17"),
        ("https://www.baochinhphu.vn/lao-dong-103230917084512345.htm", "2023-09-17"),
        ("https://baochinhphu.vn/lao-dong-103231317084512345.htm", ""),  # month 13
        ("https://baochinhphu.vn/lao-dong-1032309170845123.htm", ""),  # too short for an id
        ("https://laodong.vn/lao-dong-103230917084512345.htm", ""),  # another site's id
        # Người Lao Động ids have the same shape
        ("https://nld.com.vn/lao-dong-di-han-quoc-196240522110314502.htm", "2024-05-22"),
        # and so have Báo Giao thông's and Sức khỏe và Đời sống's
        ("https://www.baogiaothong.vn/thuyen-vien-192241105163022457.htm", "2024-11-05"),
        ("https://suckhoedoisong.vn/nhan-luc-y-te-169240917152030456.htm", "2024-09-17"),
        # a full timestamp after letters; a short id is none, nor a time of day past 23:59
        ("https://x.vn/lao-dong-post20240312093015123.vnp", "2024-03-12"),
        ("https://x.vn/lao-dong-post945123.vnp", ""),
        ("https://x.vn/lao-dong-post20240312253015123.vnp", ""),
        # eight digits after letters that make a date are one; a seven-digit id is none
        ("https://x.vn/lao-dong-post20231010.vnp", "2023-10-10"),
        ("https://x.vn/lao-dong-post2023101.vnp", ""),
        ("https://x.vn/lao-dong-post20231310.vnp", ""),
        # a date, then an id, as the last part of the path; not a month 13
        ("https://x.vn/lao-dong-ve-nuoc/20240210-318842.html", "2024-02-10"),
        ("https://x.vn/lao-dong-ve-nuoc/20241310-318842.html", ""),
        # a hyphenated date, then an id, ending a slug; not a month 13
        ("https://x.vn/thuyen-vien-da-an-toan-2023-11-05-318842.html", "2023-11-05"),
        ("https://x.vn/thuyen-vien-da-an-toan-2023-13-05-318842.html", ""),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    "row",
    [
        {"host": "", "pattern": "/(?P<year>\\d{4})/(", "note": ""},  # not a regular expression
        {"host": "", "pattern": "/(?P<year>\\d{4})/", "note": ""},  # no month group
    ],
)
def test_bad_url_dates_row(monkeypatch, row):
    corpus.url_date_formats.cache_clear()
    monkeypatch.setattr(corpus, "read_table", lambda name: (row,))
    with pytest.raises(ReferenceDataError, match=r"url_dates\.csv row 2.*named groups"):
        corpus.url_date_formats()
    corpus.url_date_formats.cache_clear()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("03:59 PM 15/01/2019", "2019-01-15"),
        ("Thứ Hai, 02/03/2020 - 08:15 (GMT+7)", "2020-03-02"),
        ("15/01/2019 15:59 GMT+7", "2019-01-15"),
        ("Cập nhật: 15/01/2019", "2019-01-15"),
        ("Hà Tĩnh, ngày 27/12/2023", "2023-12-27"),
        ("Ngày 15/01/2019, hội nghị diễn ra.", ""),
        ("31/02/2019", ""),
    ],
)
def test_dateline(line, expected):
    lines, date = blank_dateline([line, "Nội dung."])
    assert date == expected
    assert lines == (["", "Nội dung."] if expected else [line, "Nội dung."])


def test_a_dateline_far_down_is_text(tmp_path):
    text = "Dòng 1.\nDòng 2.\nDòng 3.\nDòng 4.\n15/01/2019\n"
    article = read_one(tmp_path, "a.txt", text.encode())
    assert (article.published_date, article.body) == ("", text.strip())


# Sentences.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Có 48.360 người. Trong đó 58,5% là nữ.", ["Có 48.360 người.", "Trong đó 58,5% là nữ."]),
        ("Ký ngày 12/1/2023. Hội nghị kết thúc.", ["Ký ngày 12/1/2023.", "Hội nghị kết thúc."]),
        ("Họp tại TP. Hồ Chí Minh. Đoàn về.", ["Họp tại TP. Hồ Chí Minh.", "Đoàn về."]),
        ("GS. TS. Lê Hà dự họp.", ["GS. TS. Lê Hà dự họp."]),
        (
            "Ông Nguyễn V. An nói. Ông N.V. Bình nghe.",
            ["Ông Nguyễn V. An nói.", "Ông N.V. Bình nghe."],
        ),
        ("Lào, Campuchia v.v. đã dự.", ["Lào, Campuchia v.v. đã dự."]),
        ("Khuôn khổ ASEAN... Hội nghị tiếp tục.", ["Khuôn khổ ASEAN...", "Hội nghị tiếp tục."]),
        (
            "Như ASEAN, APEC,…, đặc biệt ASEAN… và APEC.",
            ["Như ASEAN, APEC,…, đặc biệt ASEAN… và APEC."],
        ),
        ('Ông nói: "Tốt." Bà đồng ý.', ['Ông nói: "Tốt."', "Bà đồng ý."]),
        ("Ông nói “tốt”. Bà đồng ý.", ["Ông nói “tốt”.", "Bà đồng ý."]),
        ('Xong. "Mới." (Tiếp) Hết.', ["Xong.", '"Mới."', "(Tiếp) Hết."]),
        ("Tăng 3.5 lần. 2019 là năm bản lề.", ["Tăng 3.5 lần.", "2019 là năm bản lề."]),
        ("1. Nội dung hợp tác. II. Kế hoạch.", ["1. Nội dung hợp tác.", "II. Kế hoạch."]),
        (
            "Tại sao? Vì thiếu người! Thật sao?! Đúng.",
            ["Tại sao?", "Vì thiếu người!", "Thật sao?!", "Đúng."],
        ),
        ("Sao vậy? anh hỏi.", ["Sao vậy? anh hỏi."]),
        ("Xem nhandan.vn. Bài khác.", ["Xem nhandan.vn.", "Bài khác."]),
        ("Bộ LĐ-TB&XH. Ông Dung chủ trì.", ["Bộ LĐ-TB&XH.", "Ông Dung chủ trì."]),
        ("Tiêu đề không chấm\nCâu hai.", ["Tiêu đề không chấm", "Câu hai."]),
        ("  Câu một.   \n\n   Câu hai.  ", ["Câu một.", "Câu hai."]),
        ("Đỗ Thanh Bình. Đây là Ủy ban.", ["Đỗ Thanh Bình.", "Đây là Ủy ban."]),
        (
            "Sôi động nhất châu Á. Riêng nước Ý. Đoàn về.",
            ["Sôi động nhất châu Á.", "Riêng nước Ý.", "Đoàn về."],
        ),
        (
            "Công ty Blue Sea Pte. Ltd. có trụ sở tại Singapore đã ký.",
            ["Công ty Blue Sea Pte. Ltd. có trụ sở tại Singapore đã ký."],
        ),
        ("", []),
    ],
)
def test_split_sentences(body, expected):
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == expected
    assert all(body[s.start : s.end] == s.text for s in sentences)


@given(st.text(alphabet='aĐ ệ.?!…"“”1,\n\t', max_size=60))
def test_sentences_are_exact_ordered_trimmed_spans(body):
    sentences = split_sentences(body)
    ends = [0, *(s.end for s in sentences)]
    for sentence, previous_end in zip(sentences, ends, strict=False):
        assert body[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and "\n" not in sentence.text
        assert sentence.start >= previous_end
        assert body[previous_end : sentence.start].strip() == ""
    assert body[ends[-1] :].strip() == ""


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_reason(data):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "x.txt").write_bytes(data)
        articles, skipped = read_corpus(Path(folder))
    assert len(articles) + len(skipped) == 1
    assert all(s.reason for s in skipped)
    assert all(a.body == a.body.strip() and a.body for a in articles)


# Reference data stays consistent with what it claims.


def test_boilerplate_patterns_match_their_own_examples():
    for row in read_table("corpus_boilerplate"):
        pattern = re.compile(row["pattern"])
        match = pattern.fullmatch if row["kind"] == "drop_line" else pattern.search
        assert match(row["example"]), row


def test_legacy_font_table_has_one_code_per_letter():
    rows = read_table("corpus_legacy_fonts")
    assert len({row["letter"] for row in rows}) == len(rows) == 134
    for font in ("tcvn3", "vni"):
        codes = [row[font] for row in rows if row[font]]
        assert len(set(codes)) == len(codes), font


# The five shipped articles, with values read off the files.


@pytest.fixture(scope="module")
def shipped() -> dict[str, Article]:
    articles, skipped = read_corpus(RAW_ARTICLES)
    assert skipped == []
    return {a.article_id[:3]: a for a in articles}


def test_shipped_dates(shipped):
    dated = {key: (a.published_date, a.published_basis) for key, a in shipped.items()}
    assert dated == {
        "000": ("", ""),
        "001": ("", ""),
        "002": ("2025-11-12", "prefix"),
        "003": ("2019-01-15", "dateline"),
        "004": ("", ""),
    }


def test_shipped_titles_and_outlets(shipped):
    assert {key: (a.title, a.outlet) for key, a in shipped.items()} == {
        "000": ("", ""),
        "001": ("", "Nhân Dân"),
        "002": ("", ""),
        "003": (
            "Công tác hợp tác và hội nhập quốc tế của Bộ Lao động- Thương binh và Xã hội năm "
            "2018 đã có nhiều khởi sắc",
            "Lao động và Xã hội",
        ),
        "004": (
            "Việt Nam-Nhật Bản thúc đẩy hợp tác trong lao động, việc làm và an sinh xã hội",
            "Nhân Dân",
        ),
    }


def test_shipped_bodies_are_clean(shipped):
    for article in shipped.values():
        body = article.body
        assert not re.search(r"ảnh \d+$|^0:00|\(Ảnh:", body, re.MULTILINE), article.file
        assert body == body.strip() and "\r" not in body and "\u00a0" not in body
        assert unicodedata.is_normalized("NFC", body)
        assert all(body[s.start : s.end] == s.text for s in article.sentences)
    assert shipped["002"].body.startswith("Ngày 12/11, tại Ninh Bình")
    assert shipped["003"].body.startswith("Công tác hợp tác") and "03:59" not in shipped["003"].body
    assert shipped["003"].body.endswith("công tác đối ngoại chung của nhà nước.")
    assert shipped["001"].body.endswith("tổ chức tại Lào vào năm 2023.")
    assert shipped["004"].body.count('Hội thảo "50 năm quan hệ ngoại giao') == 1
    assert "Công Luật/TTXVN" not in shipped["002"].body


def test_shipped_sentence_count_of_a_short_article(shipped):
    # 001 has 11 paragraphs after the caption and signature go; one holds two sentences
    # ("... giai đoạn 2012-2022. Theo đó, ...").
    assert len(shipped["001"].sentences) == 12
