"""Processed files: same bytes on every run, a valid Frictionless package, a typed workbook."""

import json
import zipfile
from pathlib import Path

import frictionless
import openpyxl
import pandas as pd
import pytest

from tests.test_clean import CATALOGUE, FIXTURES, HEADER
from vnlabour import publish
from vnlabour.clean import build_processed
from vnlabour.cli import main
from vnlabour.config import RAW_ARTICLES
from vnlabour.errors import ValidationError
from vnlabour.pipeline import clean_tables, extract_corpus
from vnlabour.publish import (
    FIXED_TIME,
    ZIP_TIME,
    csv_rows,
    data_dictionary_markdown,
    read_processed,
)
from vnlabour.tables import format_cell, plain_rows

TABLES = ["articles", "events", "partner_year", "mentions", "figures", "migration_figures",
          "agreements", "review", "skipped", "corrections_log", "official_series",
          "reconciliation", "partners"]  # fmt: skip


@pytest.fixture(scope="module")
def corrections(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("annotations") / "corrections.csv"
    lines = ["set,mentions,a6_jpn:300,role,partner,ASEAN co-hosts\n",
             "delete,figures,a6_jpn:9999,,,already gone\n"]  # fmt: skip
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def processed(tmp_path_factory, corrections) -> Path:
    out = tmp_path_factory.mktemp("processed")
    clean_tables(FIXTURES, out, corrections, catalogue=CATALOGUE)
    return out


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_writes_every_table(processed):
    expected = {f"{name}.csv" for name in TABLES} | {"datapackage.json", "tables.xlsx"}
    assert set(files_of(processed)) == expected


def test_rerun_gives_identical_bytes(processed, corrections, tmp_path):
    clean_tables(FIXTURES, tmp_path, corrections, catalogue=CATALOGUE)
    assert files_of(tmp_path) == files_of(processed)


def test_corrections_log_and_summary(processed, corrections, tmp_path, capsys):
    clean_tables(FIXTURES, tmp_path, corrections, catalogue=CATALOGUE)
    out, err = capsys.readouterr()
    assert "corrections: 1 applied, 1 stale" in out
    assert "line 3: delete figures a6_jpn:9999: row not found" in err
    log = pd.read_csv(processed / "corrections_log.csv", dtype=str, keep_default_na=False)
    assert log["status"].tolist() == ["applied", "stale"]


def test_frictionless_validates_the_package(processed):
    report = frictionless.validate(processed / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_catches_a_broken_foreign_key(processed, tmp_path):
    for name, data in files_of(processed).items():
        (tmp_path / name).write_bytes(data)
    mentions = tmp_path / "mentions.csv"
    mentions.write_text(
        mentions.read_text(encoding="utf-8").replace(",a6_jpn,ASEAN,", ",nowhere,ASEAN,"),
        encoding="utf-8",
    )
    assert not frictionless.validate(tmp_path / "datapackage.json").valid


def test_datapackage_descriptor(processed):
    package = json.loads((processed / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == TABLES
    assert resources["figures"]["schema"]["primaryKey"] == ["figure_id"]
    assert resources["partner_year"]["schema"]["primaryKey"] == ["partner_code", "year"]
    to_articles = {"resource": "articles", "fields": ["article_id"]}
    assert {"fields": ["article_id"], "reference": to_articles} in foreign_keys(
        resources, "figures"
    )
    assert foreign_keys(resources, "partner_year")[0]["reference"]["resource"] == "partners"
    types = {f["name"]: f["type"] for f in resources["figures"]["schema"]["fields"]}
    assert (types["value"], types["char_start"], types["unit"]) == ("number", "integer", "string")
    unit = next(f for f in resources["figures"]["schema"]["fields"] if f["name"] == "unit")
    assert "persons" in unit["constraints"]["enum"]
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert "MIT" in package["description"]
    sha_of = {s["file"]: s["sha256"] for s in package["sources"]}
    assert sha_of["raw/articles/a1_khm.txt"] == "1" * 64
    assert len(sha_of) == 8


def foreign_keys(resources: dict, name: str) -> list[dict]:
    return resources[name]["schema"]["foreignKeys"]


def test_partners_are_the_catalogue_entries_in_use(processed):
    partners = pd.read_csv(processed / "partners.csv", dtype=str, keep_default_na=False)
    assert partners["partner_code"].tolist() == ["ASEAN", "ILO", "JPN", "KHM", "LAO", "VNM"]
    assert partners.set_index("partner_code").loc["ILO", "partner_kind"] == "organisation"


def test_workbook_is_typed_and_dated_once(processed):
    book = openpyxl.load_workbook(processed / "tables.xlsx")
    assert book.sheetnames == TABLES
    header = [c.value for c in book["figures"][1]]
    first = dict(zip(header, [c.value for c in book["figures"][2]], strict=True))
    assert first["value"] == 345000
    assert first["char_start"] == 300
    assert book["agreements"]["H2"].value is True  # signed_here
    assert book.properties.modified == FIXED_TIME
    with zipfile.ZipFile(processed / "tables.xlsx") as archive:
        assert {entry.date_time for entry in archive.infolist()} == {ZIP_TIME}


def test_workbook_keeps_the_first_rows_and_names_the_csv_of_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "XLSX_MAX_ROWS", 2)
    clean_tables(FIXTURES, tmp_path, tmp_path / "none.csv", catalogue=CATALOGUE)
    book = openpyxl.load_workbook(tmp_path / "tables.xlsx")
    assert book.sheetnames == [*TABLES, "notes"]
    figures = book["figures"]
    assert figures.max_row == 3  # header and two rows
    assert [row[0].value for row in figures.iter_rows(min_row=2)] == ["a1_khm:300", "a6_jpn:60"]
    notes = [[c.value for c in row] for row in book["notes"].iter_rows()]
    assert notes[0] == ["table", "rows in this workbook", "rows in all", "every row in"]
    assert ["figures", 2, 8, "figures.csv"] in notes  # 8 rows in the fixture's figures.csv
    assert "skipped" not in [row[0] for row in notes]  # its one row fits


def test_column_cells_are_written_as_format_cell_writes_them():
    df = pd.DataFrame(
        {
            "text": pd.Series(["a", "", "c"], dtype="str"),
            "count": pd.Series([7, None, 12], dtype="Int64"),
            "value": pd.Series([48360.0, 58.5, None], dtype="Float64"),
            "flag": pd.Series([True, False, None], dtype="boolean"),
        }
    )
    expected = [("a", "7", "48360", "true"), ("", "", "58.5", "false"), ("c", "12", "", "")]
    assert list(csv_rows(df)) == expected
    assert [tuple(format_cell(v) for v in row) for row in plain_rows(df)] == expected


def test_a_broken_table_leaves_the_old_outputs(tmp_path):
    interim = tmp_path / "interim"
    interim.mkdir()
    for source in FIXTURES.glob("*.csv"):
        text = source.read_text(encoding="utf-8")
        if source.name == "mentions.csv":
            text = text.replace(",KHM,country,partner,", ",XXX,country,partner,", 1)
        (interim / source.name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.csv").write_text("old\n", encoding="utf-8")
    with pytest.raises(
        ValidationError, match=r"partner_code='XXX' breaks rule 'partner code not in"
    ):
        clean_tables(interim, out, tmp_path / "none.csv", catalogue=CATALOGUE)
    assert files_of(out) == {"articles.csv": b"old\n"}


def test_read_processed_round_trip(processed, corrections):
    tables = read_processed(processed)
    assert tables["figures"]["value"].dtype == "Float64"
    assert tables["events"]["year"].dtype == "Int64"
    assert tables["agreements"]["signed_here"].tolist() == [True]
    cleaned, _ = build_processed(FIXTURES, corrections, CATALOGUE)
    for name in TABLES[:-1]:  # partners.csv is made while writing
        pd.testing.assert_frame_equal(tables[name], cleaned[name], check_dtype=True)


def test_an_empty_corpus_gives_empty_valid_tables(tmp_path):
    for name in ("articles", "mentions", "figures", "agreements", "skipped"):
        header = (FIXTURES / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        (tmp_path / f"{name}.csv").write_text(header + "\n", encoding="utf-8")
    n_rows = clean_tables(tmp_path, tmp_path / "out", tmp_path / "none.csv", catalogue=CATALOGUE)
    assert sorted(n_rows) == sorted(TABLES)
    assert all(n == 0 for name, n in n_rows.items() if name != "official_series")
    assert frictionless.validate(tmp_path / "out" / "datapackage.json").valid


def test_data_dictionary_lists_every_column(processed):
    text = data_dictionary_markdown()
    for name in TABLES:
        assert f"### {name}.csv" in text
        header = (processed / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert all(f"| `{column}` |" in text for column in header.split(","))


def test_cli_clean_reports_a_missing_interim_folder(tmp_path, capsys):
    assert main(["clean", "--interim", str(tmp_path / "nothing"), "--out", str(tmp_path)]) == 2
    assert "run `python -m vnlabour extract` first" in capsys.readouterr().err


def test_shipped_corpus_end_to_end(tmp_path):
    """extract then clean on data/raw/articles: a valid package, the same bytes twice."""
    extract_corpus(RAW_ARTICLES, tmp_path / "interim")
    assert (
        main(["clean", "--interim", str(tmp_path / "interim"), "--out", str(tmp_path / "a")]) == 0
    )
    assert (
        main(["clean", "--interim", str(tmp_path / "interim"), "--out", str(tmp_path / "b")]) == 0
    )
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")
    report = frictionless.validate(tmp_path / "a" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    articles = pd.read_csv(tmp_path / "a" / "articles.csv", dtype=str)
    assert len(articles) == len(list(RAW_ARTICLES.iterdir()))
