"""Saved web pages, scraper exports and page residue in text files (vnlabour.formats, corpus.py).

The fixtures in tests/fixtures/formats were written by us, not copied from real pages: page.html is
a made-up news page (menus, weather widget, teasers, share buttons, comments, a script, a cookie
banner), page.txt the same page as a browser copies it (with a metadata block), export.jsonl
three articles of a scraper export (the first is the same article, without an id) and one line
cut off in the middle. Expected values were read off these texts by hand.
"""

import csv
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_corpus import cp1258_bytes
from vnlabour.corpus import (
    Article,
    drop_page_residue,
    read_article,
    read_corpus,
    read_file,
    residue_kind,
)
from vnlabour.formats import headed, read_json_line, safe_id
from vnlabour.pipeline import extract_corpus
from vnlabour.reference import read_table

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FORMS = ("page.txt", "page.html", "export.jsonl")
ROW_TABLES = ("mentions", "figures", "agreements")
TITLE = "Việt Nam và Séc ký kế hoạch hợp tác lao động giai đoạn 2024-2026"
URL = (
    "https://tinlaodong.example.vn/quoc-te/"
    "viet-nam-va-sec-ky-ke-hoach-hop-tac-lao-dong-20240312102000.htm"
)
BODY = f"""{TITLE}

Ngày 11/3, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội Việt Nam và Bộ Lao động và Xã hội \
Cộng hòa Séc đã ký Kế hoạch thực hiện Bản ghi nhớ về hợp tác lao động giai đoạn 2024-2026.
Theo Cục Quản lý lao động ngoài nước, năm 2023 có hơn 1.500 lao động Việt Nam sang Séc làm việc, \
tăng gần 30% so với năm 2022.
Hiện có khoảng 6.000 lao động Việt Nam đang làm việc tại Séc, chủ yếu trong các ngành cơ khí, chế \
biến thực phẩm và điều dưỡng.
Phát biểu tại buổi ký kết, Thứ trưởng Bộ Lao động - Thương binh và Xã hội cho biết hai bên sẽ đơn \
giản hóa thủ tục cấp thị thực lao động và tăng cường kiểm tra các doanh nghiệp dịch vụ.
Phía Séc mong muốn tiếp nhận thêm lao động có tay nghề trong những năm tới.
Dịp này, hai bên cũng thống nhất tổ chức Hội thảo về hợp tác lao động tại Praha vào tháng 6/2024."""
# Only in the page furniture: the teasers (Lào Cai is a Vietnamese province, not Laos), the
# comment, the script, the weather widget and the press licence.
FURNITURE_PARTNERS = {"LAO", "TWN", "JPN", "KOR", "CHN"}
FURNITURE_VALUES = {1200, 58000, 4500, 9999, 15000, 75, 28, 123}
FURNITURE_WORDS = ("Lào Cai", "Đài Loan", "Nhật Bản", "Đăng nhập", "cookie", "Chia sẻ", "28°C")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def json_lines(*records: object) -> str:
    return "".join(f"{json.dumps(r, ensure_ascii=False)}\n" for r in records)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# The same article as a text copy, a saved page and a line of an export gives the same tables.


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict[str, list[dict[str, str]]]]:
    """{form: {table: rows}}, each form extracted alone by the real pipeline."""
    tables = {}
    for form in FORMS:
        folder = tmp_path_factory.mktemp(Path(form).suffix[1:])
        (folder / "corpus").mkdir()
        shutil.copy(FIXTURES / form, folder / "corpus" / form)
        extract_corpus(folder / "corpus", folder / "interim")
        names = ("articles", *ROW_TABLES, "skipped")
        tables[form] = {name: read_csv(folder / "interim" / f"{name}.csv") for name in names}
        tables[form]["texts"] = {
            p.stem: p.read_text(encoding="utf-8") for p in (folder / "interim" / "text").iterdir()
        }
    return tables


def without(rows: list[dict[str, str]], *columns: str) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k not in columns} for row in rows]


def twin_rows(tables: dict, form: str) -> dict[str, list[dict[str, str]]]:
    """The twin article's rows of every table, without the columns allowed to differ."""
    article_id = "export-1" if form == "export.jsonl" else "page"
    rows = {"articles": [r for r in tables["articles"] if r["article_id"] == article_id]}
    for name in ROW_TABLES:
        rows[name] = [r for r in tables[name] if r["article_id"] == article_id]
    return {name: without(table, "file", "article_id") for name, table in rows.items()}


@pytest.mark.parametrize("form", ["page.html", "export.jsonl"])
def test_every_form_gives_the_text_copys_rows(extracted, form):
    assert twin_rows(extracted[form], form) == twin_rows(extracted["page.txt"], "page.txt")


def test_every_form_gives_the_same_normalised_text(extracted):
    texts = [extracted["page.txt"]["texts"]["page"], extracted["page.html"]["texts"]["page"]]
    assert texts == [BODY, BODY]
    assert extracted["export.jsonl"]["texts"]["export-1"] == BODY


def test_the_twin_has_rows_to_compare(extracted):
    twin = twin_rows(extracted["page.txt"], "page.txt")
    assert "CZE" in {r["partner_code"] for r in twin["mentions"]}
    assert {1500, 6000} <= {float(r["value"]) for r in twin["figures"]}
    assert twin["agreements"]


@pytest.mark.parametrize("form", FORMS)
def test_nothing_is_taken_from_the_page_furniture(extracted, form):
    tables = extracted[form]
    twin = twin_rows(tables, form)
    assert not FURNITURE_PARTNERS & {r["partner_code"] for r in twin["mentions"]}
    assert not FURNITURE_VALUES & {float(r["value"]) for r in twin["figures"]}
    assert twin["articles"][0]["event_partners"] == "CZE"
    text = tables["texts"]["export-1" if form == "export.jsonl" else "page"]
    assert not [word for word in FURNITURE_WORDS if word in text]


def test_the_twin_articles_metadata(extracted):
    (row,) = twin_rows(extracted["page.html"], "page.html")["articles"]
    assert (row["title"], row["outlet"], row["source_url"]) == (TITLE, "Tin Lao động Quốc tế", URL)
    assert (row["published_date"], row["published_basis"]) == ("2024-03-12", "metadata")


def test_forms_in_one_folder_count_the_article_once(tmp_path):
    for form in FORMS:
        shutil.copy(FIXTURES / form, tmp_path / form)
    articles, skipped = read_corpus(tmp_path)
    assert [(a.article_id, a.file, a.line) for a in articles] == [
        ("export-1", "export.jsonl", 1),
        ("tb-2024_0007", "export.jsonl", 2),
        ("9", "export.jsonl", 4),
    ]
    assert [(s.file, s.reason[:32]) for s in skipped] == [
        ("export.jsonl:3", "not valid JSON (Unterminated str"),
        ("page.html", "duplicate of export.jsonl:1"),
        ("page.txt", "duplicate of export.jsonl:1"),
    ]


# Scraper exports (.jsonl).


def test_export_fixture_metadata():
    articles = [item for item in read_file(FIXTURES / "export.jsonl") if isinstance(item, Article)]
    korea, laos = articles[1], articles[2]
    assert korea.title == "Hàn Quốc cấp thêm 2.000 chỉ tiêu cho lao động thời vụ Việt Nam"
    assert korea.body.count(korea.title) == 1  # the text already opens with the headline
    assert (korea.published_date, korea.outlet) == ("2024-04-05", "")  # day first; source is a URL
    assert korea.source_url == "https://tinlaodong.example.vn/han-quoc-lao-dong-thoi-vu.htm"
    assert (laos.title, laos.outlet, laos.source_url) == ("", "Nhân Dân", "")  # nhandan.vn
    assert laos.body.startswith("Sáng 19/4, tại Thủ đô Viêng Chăn")


@pytest.mark.parametrize(
    ("line", "reason_start"),
    [
        ('{"text": "Hai bên ký kết.", }', "not valid JSON"),
        ("Hai bên ký kết.", "not valid JSON"),
        ('["Hai bên ký kết."]', "a JSON list where an object is expected"),
        ('"Hai bên ký kết."', "a JSON str where an object is expected"),
        ("null", "a JSON NoneType where an object is expected"),
        ('{"title": "Chỉ có tiêu đề"}', 'no "text" field'),
        ('{"text": " \\n\\t "}', 'no "text" field'),
        ('{"text": 2024}', 'no "text" field'),
        ('{"text": ["Hai bên ký kết."]}', 'no "text" field'),
        ('{"text": "Ảnh: TTXVN\\n0:00 / 0:00"}', "no article text left"),
        ('{"text": "\\u200b\\ufeff"}', "only whitespace"),
    ],
    ids=[
        "trailing-comma", "plain-text", "list", "string", "null", "no-text", "blank-text",
        "number-text", "list-text", "only-captions", "invisible-text",
    ],
)  # fmt: skip
def test_a_bad_line_is_skipped_with_its_number_and_the_rest_is_read(tmp_path, line, reason_start):
    good = json_lines({"text": "Hai bên ký kết bản ghi nhớ."}, {"text": "Đoàn công tác về nước."})
    first, second = good.splitlines()
    write(tmp_path, "crawl.jsonl", f"{first}\n{line}\n{second}\n")
    articles, skipped = read_corpus(tmp_path)
    assert [a.article_id for a in articles] == ["crawl-1", "crawl-3"]
    assert [s.file for s in skipped] == ["crawl.jsonl:2"]
    assert skipped[0].reason.startswith(reason_start)


@pytest.mark.parametrize(
    ("records", "ids"),
    [
        ([{"id": "vn-001"}, {"id": "vn-002"}], ["vn-001", "vn-002"]),
        ([{"id": 17}, {"id": 17.5}], ["17", "17.5"]),
        ([{"id": None}, {"id": ""}], ["x-1", "x-2"]),
        ([{"id": True}, {"id": ["a"]}], ["x-1", "x-2"]),  # not an id: the line number
        ([{"id": "a/b\\c"}, {"id": "../../etc"}], ["a_b_c", "_.._etc"]),  # safe as file names
        ([{"id": "dup"}, {"id": "dup"}], ["dup", "x-2"]),
        ([{"id": "x-2"}, {}], ["x-2", "x-2-2"]),
        ([{"id": unicodedata.normalize("NFD", "bài-1")}], ["bài-1"]),
    ],
    ids=["strings", "numbers", "empty", "not-scalars", "unsafe", "repeated", "taken", "nfd"],
)
def test_article_ids_of_json_lines(tmp_path, records, ids):
    texts = ("Hai bên ký kết.", "Đoàn công tác về nước.")
    write(
        tmp_path,
        "x.jsonl",
        json_lines(*({**r, "text": t} for r, t in zip(records, texts, strict=False))),
    )
    articles, skipped = read_corpus(tmp_path)
    assert skipped == []
    assert [a.article_id for a in articles] == ids


def test_a_json_id_taken_by_a_text_file(tmp_path):
    write(tmp_path, "a.txt", "Bài từ tệp văn bản.\n")
    write(tmp_path, "b.jsonl", json_lines({"id": "a", "text": "Bài từ tệp JSON."}))
    articles, _ = read_corpus(tmp_path)
    assert [(a.article_id, a.file) for a in articles] == [("a", "a.txt"), ("b-1", "b.jsonl")]


def test_blank_lines_are_no_articles_but_still_count(tmp_path):
    text = '\n{"text": "Bài một."}\r\n   \n{"text": "Bài hai."}\n\n'
    write(tmp_path, "x.jsonl", text)
    articles, skipped = read_corpus(tmp_path)
    assert ([(a.article_id, a.line, a.body) for a in articles], skipped) == (
        [("x-2", 2, "Bài một."), ("x-4", 4, "Bài hai.")],
        [],
    )


def test_a_line_separator_inside_a_json_string_is_not_a_new_line(tmp_path):
    write(tmp_path, "x.jsonl", '{"text": "Đoạn một.\u2028Đoạn hai."}\n')
    (article,) = read_corpus(tmp_path)[0]
    assert article.body == "Đoạn một.\nĐoạn hai."


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [(b"", "empty file"), (b"\n \n\t\n", "only whitespace"), (b"\x00\x01" * 50, "binary file")],
)
def test_a_whole_export_that_cannot_be_read(tmp_path, data, reason_start):
    (tmp_path / "x.jsonl").write_bytes(data)
    articles, skipped = read_corpus(tmp_path)
    assert articles == [] and [s.file for s in skipped] == ["x.jsonl"]
    assert skipped[0].reason.startswith(reason_start)


def test_an_export_with_a_byte_order_mark(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(json_lines({"text": "Hai bên ký kết."}).encode("utf-8-sig"))
    assert [a.body for a in read_corpus(tmp_path)[0]] == ["Hai bên ký kết."]


@pytest.mark.parametrize(
    ("record", "meta"),
    [
        ({"text": "x", "sitename": "VOV", "source": "Báo A"}, {"source": "VOV"}),
        ({"text": "x", "sitename": "VOV", "source": "https://vov.vn/a"},
         {"source": "VOV", "url": "https://vov.vn/a"}),
        ({"text": "x", "url": "https://b.vn/1", "sitename": "B", "source": "https://vov.vn/a"},
         {"source": "B", "url": "https://b.vn/1"}),
        ({"text": "x", "source": "Báo A"}, {"source": "Báo A"}),
        ({"text": "x", "outlet": "Báo B", "url": "https://b.vn/1"},
         {"outlet": "Báo B", "url": "https://b.vn/1"}),
        ({"text": "x", "title": "  ", "date": 2023}, {"date": "2023"}),
        ({"text": "x", "author": "Hà Anh", "tags": ["lao động"]}, {}),
    ],
    ids=[
        "sitename-first", "source-url-kept", "url-first", "source", "outlet-url",
        "blank-and-number", "ignored-fields",
    ],
)  # fmt: skip
def test_json_fields_map_to_the_metadata_keys_of_a_text_file(record, meta):
    assert read_json_line(json.dumps(record)).meta == meta


# Saved pages (.html, .htm).


def test_page_fixture_metadata_and_body():
    article = read_article(FIXTURES / "page.html")
    assert (article.article_id, article.file, article.line) == ("page", "page.html", 0)
    assert (article.title, article.outlet, article.source_url) == (
        TITLE,
        "Tin Lao động Quốc tế",
        URL,
    )
    assert (article.published_date, article.published_basis) == ("2024-03-12", "metadata")
    assert article.body == BODY


PAGE = """<html><head><title>{title}</title>{head}</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/xa-hoi">Xã hội</a></nav>
<article>{h1}
<p>Ngày 11/3, tại Hà Nội, hai bộ trưởng đã ký kết bản ghi nhớ về hợp tác lao động và đào tạo \
nghề cho người lao động của hai nước trong giai đoạn tới.</p>
<p>Theo kế hoạch, hai bên sẽ tổ chức kỳ họp tiếp theo vào năm sau để đánh giá kết quả thực hiện \
các nội dung hợp tác đã thống nhất.</p>
</article><footer>© 2024 Báo Mẫu</footer></body></html>"""
LEAD = "Ngày 11/3, tại Hà Nội, hai bộ trưởng đã ký kết bản ghi nhớ"


def page(title: str = "Tin mẫu", head: str = "", h1: str = "") -> str:
    return PAGE.format(title=title, head=head, h1=h1)


@pytest.mark.parametrize(
    ("name", "html", "title", "body_start"),
    [
        ("a.html", page(), "Tin mẫu", "Tin mẫu\n\nNgày 11/3"),
        ("b.htm", page(h1="<h1>Tin mẫu</h1>"), "Tin mẫu", "Tin mẫu\n\nNgày 11/3"),
        ("c.HTML", page(), "Tin mẫu", "Tin mẫu\n\nNgày 11/3"),
        ("d.html", '<?xml version="1.0" encoding="utf-8"?>\n' + page(), "Tin mẫu", "Tin mẫu\n\n"),
        ("e.html", unicodedata.normalize("NFD", page()), "Tin mẫu", "Tin mẫu\n\nNgày 11/3"),
        ("f.html", page(title=""), "", LEAD),
    ],
    ids=["html", "htm-with-h1", "upper-case-suffix", "xml-declaration", "nfd", "no-title"],
)
def test_saved_pages(tmp_path, name, html, title, body_start):
    article = read_article(write(tmp_path, name, html))
    assert article.title == title
    assert article.body.startswith(body_start)
    assert article.body.count(LEAD) == 1
    assert "Trang chủ" not in article.body and "©" not in article.body
    assert unicodedata.is_normalized("NFC", article.body)


def test_a_page_in_windows_1258(tmp_path):
    html = page(head='<meta charset="windows-1258">')
    (tmp_path / "a.html").write_bytes(cp1258_bytes(html))
    article = read_article(tmp_path / "a.html")
    assert (article.encoding, article.title) == ("cp1258", "Tin mẫu")
    assert LEAD in article.body


@pytest.mark.parametrize(
    ("head", "date", "basis"),
    [
        ('<meta property="article:published_time" content="2021-06-15T08:00:00+07:00">',
         "2021-06-15", "metadata"),
        ('<link rel="canonical" href="https://vov.vn/tin/2019/06/a.html">', "2019-06", "url"),
        ("", "", ""),  # "Ngày 11/3" in the text is no publication date: nothing is guessed
    ],
    ids=["meta", "canonical-url", "none"],
)  # fmt: skip
def test_page_dates_come_from_the_markup_never_from_guessing(tmp_path, head, date, basis):
    article = read_article(write(tmp_path, "a.html", page(head=head)))
    assert (article.published_date, article.published_basis) == (date, basis)


@pytest.mark.parametrize(
    ("data", "reason_start"),
    [
        (b"", "empty file"),
        (
            b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>",
            "no article",
        ),
        (b"<html></html>", "no article text found in the page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ],
    ids=["empty", "only-navigation", "no-body", "png"],
)
def test_pages_without_an_article_are_skipped_with_a_reason(tmp_path, data, reason_start):
    (tmp_path / "a.html").write_bytes(data)
    articles, skipped = read_corpus(tmp_path)
    assert articles == [] and [s.file for s in skipped] == ["a.html"]
    assert skipped[0].reason.startswith(reason_start)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["x.html", "x.jsonl"]))
def test_any_bytes_as_a_page_or_export_give_articles_or_reasons(data, name):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, name).write_bytes(data)
        articles, skipped = read_corpus(Path(folder))
    assert articles or skipped
    assert all(s.reason for s in skipped)
    assert all(a.body == a.body.strip() and a.body for a in articles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai bên ký kết.", "Tin mẫu\n\nHai bên ký kết."),
        ("Tin mẫu\nHai bên ký kết.", "Tin mẫu\n\nHai bên ký kết."),
        ("\n  TIN   MẪU \r\n\n\nHai bên ký kết.\n", "Tin mẫu\n\nHai bên ký kết."),
        ("Tin mẫu mới\nHai bên ký kết.", "Tin mẫu\n\nTin mẫu mới\nHai bên ký kết."),
        ("Hai bên ký kết.\nTin mẫu", "Tin mẫu\n\nHai bên ký kết.\nTin mẫu"),
    ],
    ids=["added", "already-there", "spacing-and-case", "a-longer-line", "not-at-the-top"],
)
def test_the_headline_opens_the_text_once_as_its_own_paragraph(text, expected):
    assert headed({"title": "Tin mẫu"}, text).text == expected


def test_without_a_headline_the_text_is_left_as_it_is():
    assert headed({"title": " ", "url": "https://a.vn/1"}, "\nHai bên.\n").text == "\nHai bên.\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("tb-2024/07", "tb-2024_07"),
        (" .hidden. ", "hidden"),
        ("bài 1", "bài 1"),
        ("a:b*c", "a_b_c"),
    ],
)
def test_safe_id(value, expected):
    assert safe_id(value) == expected


def test_text_files_never_load_trafilatura():
    code = (
        "import sys; from pathlib import Path; from vnlabour.corpus import read_corpus; "
        f"read_corpus(Path({str(FIXTURES.parent / 'corpus')!r})); "
        "print('trafilatura' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


# Page residue in text files.


def body_of(tmp_path: Path, text: str) -> str:
    return read_article(write(tmp_path, "a.txt", text)).body


ARTICLE = (
    "Ngày 5/6, hai bên đã ký kết bản ghi nhớ về hợp tác lao động.\n"
    "Năm 2023, hơn 1.000 lao động đã sang làm việc theo chương trình."
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Đăng nhập\nĐăng ký\n", ""),
        ("Đăng nhập | Đăng ký\nHà Nội 28°C\nTP. Hồ Chí Minh 31°C - 35°C Nhiều mây\n", ""),
        ("Trang chủ\nThời sự\nLao động - Việc làm\nQuốc tế\n", ""),
        ("Hà Nội | Lào Cai | Bà Rịa - Vũng Tàu\nTrang chủ > Xã hội > Lao động\n", ""),
        ("", "\nChia sẻ\nFacebook\nZalo\nTheo dõi chúng tôi trên Google News"),
        ("", "\nChia sẻ Facebook Zalo Bình luận 12"),
        ("", "\nTin liên quan\nLào Cai đưa hơn 1.200 lao động sang Hàn Quốc\n\nXem thêm"),
        ("", "\nĐọc nhiều nhất\nNhật Bản tiếp nhận 345.000 lao động.\nMột bài khác về Lào."),
        ("", "\nBình luận (2)\nBạn đọc: Tôi muốn sang Đài Loan làm việc, có được không?"),
        ("", "\n© 2024 Báo Mẫu\nTổng Biên tập: Nguyễn Văn A\nĐiện thoại: 024 1234 5678"),
        ("", "\nGiấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp"),
        ("Chúng tôi dùng cookies để cải thiện trải nghiệm. Bạn đồng ý chứ?\nĐồng ý\n", ""),
        ("", "\nHà Nội\nĐà Nẵng\nCần Thơ\nHải Phòng"),
    ],
    ids=[
        "log-in", "weather-and-log-in-menu", "section-menu", "province-menu-and-breadcrumb",
        "share-and-follow", "share-toolbar", "related-teasers", "most-read-list", "comments",
        "masthead", "press-licence", "cookie-banner", "province-footer",
    ],
)  # fmt: skip
def test_page_furniture_around_the_article_is_dropped(tmp_path, before, after):
    assert body_of(tmp_path, f"{before}{ARTICLE}{after}\n") == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        "Nhiệt độ tại Hà Nội lên tới 40°C, nhiều lao động phải nghỉ làm.",
        "Chia sẻ kinh nghiệm đưa lao động sang Nhật Bản.",
        "Đăng ký dự tuyển chương trình EPS trước ngày 30/4.",
        "Địa chỉ tiếp nhận hồ sơ là Trung tâm Lao động ngoài nước.",
        "Giấy phép số 45/LĐTBXH-GP của công ty đã bị thu hồi.",
        "Bình luận về kết quả này, Bộ trưởng cho biết còn nhiều việc phải làm.",
        "Bản quyền tác giả của người lao động cũng được bảo vệ.",
    ],
)
def test_article_lines_that_look_like_furniture_stay(tmp_path, line):
    text = f"{ARTICLE}\n{line}\nĐoàn công tác đã về nước an toàn sau chuyến thăm."
    assert line in body_of(tmp_path, text)


def test_a_related_box_inside_the_article_drops_only_its_teasers(tmp_path):
    text = (
        f"{ARTICLE}\nTin liên quan\nLào Cai đưa 1.200 lao động sang Hàn Quốc\n"
        "Đài Loan tiếp nhận 58.000 lao động Việt Nam\n"
        "Xem thêm: Nhật Bản mở thêm ngành nghề cho lao động nước ngoài\n"
        "Hai bên cũng thống nhất tăng cường trao đổi thông tin.\n"
    )
    assert body_of(tmp_path, text) == (
        f"{ARTICLE}\nHai bên cũng thống nhất tăng cường trao đổi thông tin."
    )


def test_a_comment_button_above_a_long_article_does_not_cut_it(tmp_path):
    text = f"Bình luận\n{ARTICLE}\n{ARTICLE}\n"
    assert body_of(tmp_path, text) == f"{ARTICLE}\n{ARTICLE}"


def test_a_list_inside_the_article_is_not_a_menu(tmp_path):
    text = f"{ARTICLE}\nCác thị trường chính gồm:\nNhật Bản\nHàn Quốc\nĐài Loan\n{ARTICLE}\n"
    assert body_of(tmp_path, text) == text.strip()


def test_the_metadata_headline_is_never_a_teaser_or_a_menu_item(tmp_path):
    text = "title: Lao động sang Séc\n\nTin liên quan\nLao động sang Séc\n" + ARTICLE
    assert body_of(tmp_path, text) == f"Lao động sang Séc\n{ARTICLE}"


@pytest.mark.parametrize(
    "title", ["Hà Nội 40°C nắng nóng kéo dài", "Xem thêm", "Nhật Bản | Hàn Quốc", "Bình luận"]
)
def test_a_headline_that_looks_like_furniture_stays(tmp_path, title):
    write(tmp_path, "x.jsonl", json_lines({"title": title, "text": ARTICLE}))
    assert read_corpus(tmp_path)[0][0].body == f"{title}\n\n{ARTICLE}"


def test_bylines_and_the_signature_below_the_article_stay_for_the_outlet(tmp_path):
    text = f"{ARTICLE}\nChia sẻ\nZalo\nMinh Ngọc\nNhandan.vn\n"
    article = read_article(write(tmp_path, "a.txt", text))
    assert (article.body, article.outlet) == (ARTICLE, "Nhân Dân")


def test_drop_page_residue_keeps_the_headline_a_short_text_and_its_blank_lines():
    lines = ["Thời sự", "Hai bên ký kết", "", "Đoàn về nước.", "", "Nhật Bản", "Hàn Quốc"]
    assert drop_page_residue(lines) == lines  # no sentence of four words: no zones to clean


def test_residue_patterns_match_their_own_examples_as_their_kind():
    rows = read_table("corpus_page_residue")
    assert {row["kind"] for row in rows} == {"line", "related", "end"}
    for row in rows:
        assert residue_kind(row["example"]) == row["kind"], row
