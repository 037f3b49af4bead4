"""Language helpers: labels, Babel numbers and dates, partner names, qualified values."""

import math
import string

import matplotlib
import pytest
from fontTools.ttLib import TTFont

from vnlabour import i18n, reference
from vnlabour.errors import ParameterError, PresentationError, ReferenceDataError


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (345000, "vi", "345.000"),
        (345000, "en", "345,000"),
        (58.5, "vi", "58,5"),
        (58.5, "en", "58.5"),
        (229066.0, "vi", "229.066"),  # a float that is a whole number: no ",0"
        (1_000_000, "en", "1,000,000"),
        (1_000_000, "vi", "1.000.000"),
        (0.25, "vi", "0,25"),
        (-1200, "vi", "-1.200"),
        (35, "vi", "35"),
        (0, "en", "0"),
        (999, "vi", "999"),  # no separator below a thousand
    ],
)
def test_format_number(value: float, lang: str, expected: str) -> None:
    assert i18n.format_number(value, lang) == expected


@pytest.mark.parametrize(
    ("iso", "lang", "short", "expected"),
    [
        ("2023", "vi", False, "2023"),
        ("2023", "en", True, "2023"),
        ("2023-04", "vi", False, "tháng 4 năm 2023"),
        ("2023-04", "en", False, "April 2023"),
        ("2022-12", "vi", True, "12/2022"),
        ("2023-04-05", "vi", False, "5 tháng 4, 2023"),
        ("2023-04-05", "en", False, "April 5, 2023"),
        ("2023-04-05", "vi", True, "5/4/2023"),  # day first in Vietnamese
        ("2023-04-05", "en", True, "4/5/2023"),  # month first in English
        ("2024-02-29", "en", False, "February 29, 2024"),  # a leap day is a real date
        (" 2023 ", "vi", False, "2023"),
        ("", "vi", False, "không rõ ngày"),
        ("", "en", True, "date unknown"),
    ],
)
def test_format_date(iso: str, lang: str, short: bool, expected: str) -> None:
    assert i18n.format_date(iso, lang, short) == expected


@pytest.mark.parametrize(
    "iso",
    ["2023-13", "2023-02-30", "2023-4-5", "5/4/2023", "20233", "2023-04-05T10:00", "năm 2023"],
)
def test_format_date_rejects_what_is_not_iso(iso: str) -> None:
    with pytest.raises(PresentationError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        i18n.format_date(iso, "vi")


@pytest.mark.parametrize(
    ("value", "qualifier", "lang", "value_max", "expected"),
    [
        (345000, "more_than", "en", None, "> 345,000"),
        (345000, "more_than", "vi", None, "> 345.000"),
        (35, "about", "vi", None, "≈ 35"),
        (345000, "exact", "vi", None, "345.000"),
        (345000, "", "en", None, "345,000"),  # no qualifier reads as exact
        (100, "nearly", "en", None, "≲ 100"),
        (10, "at_least", "vi", None, "≥ 10"),
        (500, "up_to", "en", None, "≤ 500"),
        (500, "less_than", "en", None, "< 500"),
        (15000, "exact", "vi", 20000, "15.000–20.000"),
        (15000, "about", "en", 20000, "≈ 15,000–20,000"),
        (15000, "exact", "vi", math.nan, "15.000"),  # an empty value_max cell from pandas
        (15000, "exact", "vi", 15000, "15.000"),  # a range of one value is no range
    ],
)
def test_qualified(
    value: float, qualifier: str, lang: str, value_max: float | None, expected: str
) -> None:
    assert i18n.qualified(value, qualifier, lang, value_max) == expected


def test_qualified_unknown_qualifier_names_the_file_to_fix() -> None:
    with pytest.raises(ReferenceDataError, match=r"qualifier\.roughly.*labels\.csv"):
        i18n.qualified(3, "roughly", "en")


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        ("KHM", "Campuchia", "Cambodia"),
        ("LAO", "Lào", "Laos"),
        ("JPN", "Nhật Bản", "Japan"),
        ("KOR", "Hàn Quốc", "South Korea"),
        ("VNM", "Việt Nam", "Vietnam"),
    ],
)
def test_partner_name(code: str, vi: str, en: str) -> None:
    assert (i18n.partner_name(code, "vi"), i18n.partner_name(code, "en")) == (vi, en)


def test_partner_name_unknown_code() -> None:
    with pytest.raises(ReferenceDataError, match="'XYZ' is not in the partner catalogue"):
        i18n.partner_name("XYZ", "vi")


@pytest.mark.parametrize(
    ("key", "count", "lang", "expected"),
    [
        ("noun.event", 1, "en", "1 event"),
        ("noun.event", 2, "en", "2 events"),
        ("noun.event", 0, "en", "0 events"),
        ("noun.event", 1, "vi", "1 sự kiện"),
        ("noun.article", 1000, "en", "1,000 articles"),
        ("noun.article", 1000, "vi", "1.000 bài báo"),
        ("noun.partner", 1, "en", "1 partner"),
    ],
)
def test_count_label(key: str, count: int, lang: str, expected: str) -> None:
    assert i18n.count_label(key, count, lang) == expected


def test_label_fills_placeholders_in_each_language() -> None:
    values = {"start": 2019, "end": 2025}
    assert i18n.label("period.range", "vi", **values) == "2019–2025"
    assert i18n.label("axis.year", "vi") == "Năm"
    assert i18n.label("axis.year", "en") == "Year"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: i18n.label("no.such.key", "vi"), ReferenceDataError, "add a row"),
        (lambda: i18n.label("axis.year", "fr"), ParameterError, "use one of vi, en"),
        (lambda: i18n.label("period.range", "en", start=1), ReferenceDataError, "'end'"),
        (lambda: i18n.format_number(math.nan, "vi"), PresentationError, "missing number"),
        (lambda: i18n.format_date("2023", "EN"), ParameterError, "lang='EN'"),
        (lambda: i18n.partner_name("KHM", "km"), ParameterError, "lang='km'"),
    ],
)
def test_errors_say_what_to_do(call, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        call()


@pytest.fixture
def fake_labels(monkeypatch: pytest.MonkeyPatch):
    """Replace labels.csv by given rows for one test."""

    def use(rows: list[dict[str, str]]) -> None:
        monkeypatch.setattr(reference, "read_table", lambda name: tuple(rows))
        i18n.labels.cache_clear()

    yield use
    i18n.labels.cache_clear()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([{"key": "a", "vi": "x", "en": "y"}, {"key": "a", "vi": "x", "en": "z"}], "duplicate"),
        ([{"key": "a", "vi": "x", "en": " "}], "lacks a key or a text"),
        ([{"key": "", "vi": "x", "en": "y"}], "lacks a key or a text"),
        ([{"key": "a", "vi": "x"}], "lacks a key or a text"),  # a row short of a column
    ],
)
def test_broken_labels_file_is_reported(fake_labels, rows: list, message: str) -> None:
    fake_labels(rows)
    with pytest.raises(ReferenceDataError, match=message):
        i18n.label("a", "vi")


def test_label_texts_keep_their_spaces() -> None:
    """'; ' joins lists: a stripped separator would glue items together."""
    assert i18n.label("list.separator", "en") == "; "


# The labels file itself.


def test_every_label_uses_the_same_placeholders_in_both_languages() -> None:
    mismatched = {
        key: texts
        for key, texts in i18n.labels().items()
        if placeholders(texts["vi"]) != placeholders(texts["en"])
    }
    assert mismatched == {}


def test_every_plural_label_has_each_cldr_form() -> None:
    nouns = [key for key in i18n.labels() if key.startswith("noun.")]
    stems = {key.rsplit(".", 1)[0] for key in nouns}
    missing = [
        f"{s}.{f}" for s in stems for f in ("one", "other") if f"{s}.{f}" not in i18n.labels()
    ]
    assert stems and missing == []


@pytest.mark.parametrize(
    ("reference_file", "column", "prefixes"),
    [
        ("qualifiers", "qualifier", ("qualifier", "qualifier_sign")),
        ("event_types", "event_type", ("event_type",)),
        ("agreement_types", "agreement_type", ("agreement_type",)),
    ],
)
def test_every_reference_code_has_a_label(
    reference_file: str, column: str, prefixes: tuple
) -> None:
    codes = {row[column] for row in reference.read_table(reference_file)} - {""}
    missing = [
        f"{p}.{c}" for c in sorted(codes) for p in prefixes if f"{p}.{c}" not in i18n.labels()
    ]
    assert codes and missing == []


@pytest.mark.parametrize(
    ("prefix", "codes"),
    [
        ("measure", ("flow", "stock", "other")),  # vnlabour/extract/rows.py Figure.measure
        ("unit", ("persons", "USD", "VND", "percent", "times", "count")),
        ("event_type", ("other",)),  # the fallback for events without a type
        ("qualifier", ("exact",)),
        ("partner_kind", ("country", "organisation", "framework")),
        ("role", ("partner", "host", "mentioned")),
    ],
)
def test_codes_of_the_row_types_have_labels(prefix: str, codes: tuple[str, ...]) -> None:
    assert [c for c in codes if f"{prefix}.{c}" not in i18n.labels()] == []


def test_dejavu_sans_has_every_letter_of_every_label() -> None:
    font = TTFont(f"{matplotlib.get_data_path()}/fonts/ttf/DejaVuSans.ttf")
    cmap = font.getBestCmap()
    letters = {ch for texts in i18n.labels().values() for text in texts.values() for ch in text}
    assert sorted(ch for ch in letters if ord(ch) not in cmap) == []


def placeholders(text: str) -> set[str]:
    """The {names} a label text uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
