"""The scorer's arithmetic on tiny hand-made extract folders, its label checks and the baseline."""

import json
from pathlib import Path

import pytest

from vnlabour.corpus import read_corpus
from vnlabour.errors import EvaluationError
from vnlabour.evaluate import (
    Counts,
    baseline_rows,
    cldr_country_names,
    main,
    match_values,
    parse_bare_number,
    pick_alpha3,
    read_found,
    read_labels,
    render,
    score,
    sentence_with_value,
)
from vnlabour.extract.rows import Figure, Mention
from vnlabour.tables import ARTICLE_COLUMNS, column_names, write_csv


def write_extract(
    folder: Path, articles: list[dict], mentions: list[dict], figures: list[dict]
) -> Path:
    """An extract folder with the three tables the scorer reads; unnamed cells are empty."""
    for name, columns, rows in (
        ("articles.csv", ARTICLE_COLUMNS, articles),
        ("mentions.csv", column_names(Mention), mentions),
        ("figures.csv", column_names(Figure), figures),
    ):
        write_csv(folder / name, columns, ([row.get(c, "") for c in columns] for row in rows))
    return folder


def write_labels(path: Path, labels: dict) -> Path:
    path.write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    return path


def mention(article_id: str, code: str, role: str, evidence: str) -> dict:
    return {"article_id": article_id, "partner_code": code, "role": role, "evidence": evidence}


def figure(article_id: str, value: object, evidence: str = "") -> dict:
    return {"article_id": article_id, "value": value, "evidence": evidence}


@pytest.fixture
def three_articles(tmp_path: Path) -> tuple[Path, Path]:
    """a1: one hit, one false positive, one miss of each kind; a2: nothing to find; a3: the
    figure within tolerance but the date at the wrong precision; a4: extracted, not labelled."""
    extract = write_extract(
        tmp_path / "extract",
        articles=[
            {"article_id": "a1", "event_date": "2024-03-15", "event_date_basis": "metadata"},
            {"article_id": "a2", "event_date": ""},
            {"article_id": "a3", "event_date": "2023", "event_date_basis": "text"},
            {"article_id": "a4", "event_date": "2020"},
        ],
        mentions=[
            mention("a1", "JPN", "partner", "Việt Nam và Nhật Bản ký bản ghi nhớ."),
            mention("a1", "FRA", "partner", "Đại diện Vụ Pháp chế phát biểu."),
            mention("a1", "CHN", "mentioned", "Cao hơn Trung Quốc."),
            mention("a1", "KOR", "mentioned", "Như Hàn Quốc đã làm."),
            mention("a3", "LAO", "partner", "Hai Bộ trưởng Lào và Việt Nam."),
            mention("a4", "THA", "partner", "Thái Lan."),
        ],
        figures=[
            figure("a1", 100, "100 lao động."),
            figure("a1", 100, "Lần nữa, 100 lao động."),
            figure("a1", 5, "5 bản ghi nhớ."),
            figure("a3", 0.5, "0,5%."),
            figure("a4", 9, "9 người."),
        ],
    )
    labels = write_labels(
        tmp_path / "labels.json",
        {
            "a1": {"partners": ["JPN", "KOR"], "figures": [100, 5, 7], "event_date": "2024-03-15"},
            "a2": {"partners": [], "figures": [], "event_date": ""},
            "a3": {"partners": ["LAO"], "figures": [0.5000001], "event_date": "2023-05"},
        },
    )
    return extract, labels


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing found
        (2, 0, 0, 1.0, 1.0, 1.0),
        (0, 3, 0, 0.0, 1.0, 0.0),  # only false positives
        (0, 0, 3, 1.0, 0.0, 0.0),  # found nothing of three
        (1, 1, 2, 0.5, 1 / 3, 0.4),
        (3, 1, 0, 0.75, 1.0, 6 / 7),
    ],
)
def test_counts_precision_recall_f1(tp, fp, fn, precision, recall, f1):
    counts = Counts(tp, fp, fn)
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


def test_counts_add_up():
    assert Counts(1, 2, 3) + Counts(10, 20, 30) == Counts(11, 22, 33)


@pytest.mark.parametrize(
    ("found", "gold", "unmatched_found", "unmatched_gold"),
    [
        ([100, 100, 5], [100, 5, 7], [1], [2]),  # one to one: a value found twice matches once
        ([100, 100], [100, 100], [], []),  # the same figure twice in the text, found twice
        ([], [1], [], [0]),
        ([1], [], [0], []),
        ([1000.0005], [1000], [], []),  # within 1e-6 relative
        ([1000.002], [1000], [0], [0]),  # outside it
        ([0.5], [0.5000005], [], []),  # small values: absolute 1e-6
        ([0.5], [0.502], [0], [0]),
        ([15000, 20000], [15000], [1], []),  # a range's high end is not a second figure
    ],
)
def test_match_values_one_to_one(found, gold, unmatched_found, unmatched_gold):
    assert match_values(found, gold) == (unmatched_found, unmatched_gold)


def test_score_per_article(three_articles):
    scores = score(*three_articles)
    by_id = {a.article_id: a for a in scores.articles}
    assert list(by_id) == ["a1", "a2", "a3"]
    assert by_id["a1"].partners == Counts(1, 1, 1)  # JPN hit, FRA false, KOR only mentioned
    assert by_id["a1"].figures == Counts(2, 1, 1)  # 100 and 5 hit, second 100 false, 7 missed
    assert by_id["a1"].date_correct
    assert by_id["a2"].partners == Counts() and by_id["a2"].figures == Counts()
    assert by_id["a2"].date_correct  # gold "" matched by ""
    assert by_id["a3"].figures == Counts(1, 0, 0)
    assert not by_id["a3"].date_correct  # "2023" is not "2023-05"
    assert scores.unlabelled == ("a4",)


def test_score_micro_and_macro(three_articles):
    scores = score(*three_articles)
    assert scores.partner_totals == Counts(2, 1, 1)
    assert scores.partner_micro_f1 == pytest.approx(2 / 3)
    assert scores.partner_macro_f1 == pytest.approx((0.5 + 1 + 1) / 3)
    assert scores.figure_totals == Counts(3, 1, 1)
    assert scores.figure_micro_f1 == pytest.approx(6 / 8)
    assert scores.figure_macro_f1 == pytest.approx((4 / 6 + 1 + 1) / 3)
    assert scores.date_accuracy == pytest.approx(2 / 3)


def test_misses_carry_the_evidence(three_articles):
    misses = {
        (m.article_id, m.field, m.kind, m.value): m.evidence for m in score(*three_articles).misses
    }
    assert misses[("a1", "partner", "FP", "FRA")] == "partner: Đại diện Vụ Pháp chế phát biểu."
    assert misses[("a1", "partner", "FN", "KOR")] == "mentioned: Như Hàn Quốc đã làm."
    assert misses[("a1", "figure", "FP", "100")] == "Lần nữa, 100 lao động."
    assert ("a1", "figure", "FN", "7") in misses
    assert misses[("a3", "date", "wrong", "2023 ≠ 2023-05")] == " (basis: text)"
    assert not any(article_id == "a2" for article_id, *_ in misses)


def test_article_missing_from_the_extraction_finds_nothing(three_articles, tmp_path):
    extract, _ = three_articles
    labels = write_labels(
        tmp_path / "more.json",
        {"gone": {"partners": ["KHM"], "figures": [35], "event_date": ""}},
    )
    (only,) = score(extract, labels).articles
    assert only.partners == Counts(0, 0, 1)
    assert only.figures == Counts(0, 0, 1)
    assert not only.date_correct  # even a gold "" is not matched by a skipped article


def test_render_lists_scores_misses_and_totals(three_articles):
    scores = score(*three_articles)
    text = render(scores, baseline=scores)
    assert "Vụ Pháp chế" in text
    assert "Totals (extractor)" in text and "naive baseline" in text
    assert "F1=0.667" in text  # partners micro
    assert "accuracy=0.667 (2/3)" in text
    assert "Not scored (no labels): a4" in text


@pytest.mark.parametrize(
    ("entry", "complaint"),
    [
        ({"partners": "JPN", "figures": [], "event_date": ""}, "partners"),
        ({"partners": [], "figures": ["12"], "event_date": ""}, "figures"),
        ({"partners": [], "figures": [True], "event_date": ""}, "figures"),
        ({"partners": [], "figures": [], "event_date": "15/03/2024"}, "event_date"),
        ({"partners": [], "figures": []}, "event_date"),
        (["JPN"], "partners, figures, event_date"),
    ],
)
def test_bad_label_entries_name_the_article_and_field(tmp_path, entry, complaint):
    labels = write_labels(tmp_path / "labels.json", {"e99_bad": entry})
    with pytest.raises(EvaluationError, match=complaint) as error:
        read_labels(labels)
    assert "e99_bad" in str(error.value)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [("{", "not valid JSON"), ("[]", "expected an object"), ("{}", "expected an object")],
)
def test_bad_label_files(tmp_path, text, complaint):
    path = tmp_path / "labels.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvaluationError, match=complaint):
        read_labels(path)


def test_missing_labels_file(tmp_path):
    with pytest.raises(EvaluationError, match="labels file not found"):
        read_labels(tmp_path / "nowhere.json")


def test_missing_table_says_how_to_make_it(tmp_path):
    write_extract(tmp_path, [{"article_id": "a1"}], [], [])
    (tmp_path / "figures.csv").unlink()
    with pytest.raises(EvaluationError, match="vnlabour extract"):
        read_found(tmp_path)


def test_figure_value_that_is_not_a_number(tmp_path):
    write_extract(tmp_path, [{"article_id": "a1"}], [], [figure("a1", "nhiều")])
    with pytest.raises(EvaluationError, match="'nhiều' of a1 is not a number"):
        read_found(tmp_path)


@pytest.mark.parametrize(
    ("value", "sentence"),
    [
        (27, "Tổng số thỏa thuận lên 27."),  # not the '27/12' of the date
        (345000, "Có hơn 345 nghìn người."),
        (48360, "Tổng cộng 48.360 người, tăng 7%."),
        (7, "Tổng cộng 48.360 người, tăng 7%."),
        (58500000, "Tài trợ 58,5 triệu USD."),
        (15000, "Cần 15.000-20.000 lao động."),  # the low end of a range
        (999, ""),
    ],
)
def test_sentence_with_value_points_at_a_missed_figure(value, sentence):
    text = (
        "Chiều 27/12, hội nghị diễn ra. Tổng số thỏa thuận lên 27. Có hơn 345 nghìn người.\n"
        "Tổng cộng 48.360 người, tăng 7%. Tài trợ 58,5 triệu USD. Cần 15.000-20.000 lao động."
    )
    assert sentence_with_value(text, value) == sentence


@pytest.mark.parametrize(
    ("text", "value"),
    [("48.360", 48360), ("58,5", 58.5), ("2022", 2022), ("1.234.567", 1234567), ("0,6", 0.6)],
)
def test_parse_bare_number(text, value):
    assert parse_bare_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("alpha2", "codes", "alpha3"),
    [("DE", ["DDR", "DEU"], "DEU"), ("CD", ["COD", "ZAR"], "COD"), ("MM", ["BUR", "MMR"], "MMR")],
)
def test_pick_alpha3_prefers_the_code_spelt_like_alpha2(alpha2, codes, alpha3):
    assert pick_alpha3(alpha2, codes) == alpha3


@pytest.mark.parametrize(
    ("name", "code"), [("Nhật Bản", "JPN"), ("Đức", "DEU"), ("Đài Loan", "TWN"), ("Lào", "LAO")]
)
def test_cldr_country_names(name, code):
    assert cldr_country_names()[name] == code


def test_cldr_country_names_leave_out_vietnam():
    assert "VNM" not in cldr_country_names().values()


def test_baseline_is_naive(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(
        "Việt Nam và Nhật Bản ký 2 bản ghi nhớ năm 2023, trị giá 58,5 triệu USD.\n",
        encoding="utf-8",
    )
    (article,), _ = read_corpus(corpus)
    rows = baseline_rows(article, cldr_country_names())
    assert {m.partner_code for m in rows.mentions} == {"JPN"}
    assert [f.value for f in rows.figures] == [2, 2023, 58.5]  # a year, and no multiplier


def test_cli_refuses_a_missing_corpus(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere"), str(tmp_path / "labels.json")]) == 2
    assert "not a folder" in capsys.readouterr().err
