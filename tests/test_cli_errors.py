"""Bad parameters and inputs, through the command line: one line that names the problem and the
fix, exit code 2, never a traceback; Ctrl-C: one line and exit code 130; a bug: a traceback.

Each case runs `python -m vnlabour ...` in a clean environment from a scratch working folder.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vnlabour import cli

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = FIXTURES / "report_corpus" / "a01_nhat_ban_ky_ban_ghi_nho.txt"
INTERIM = FIXTURES / "interim"
CORRECTIONS_HEADER = "action,table,row_id,field,value,reason"


def clean_env(**extra: str) -> dict[str, str]:
    """Only what a user's shell surely has: no PYTHONPATH, no CI flags, no virtualenv."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/")}
    return {**env, "LC_ALL": "C.UTF-8", **extra}


def vnlabour(*args: str | Path, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vnlabour", *map(str, args)],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_one_error_line(result: subprocess.CompletedProcess, *fragments: str) -> str:
    """Exit 2 and a single `error:` line on stderr that holds every fragment."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert lines[0].startswith("error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus folder with one readable article."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(ARTICLE, folder)
    return folder


# Missing or empty corpus folders.


@pytest.mark.parametrize(
    ("command", "fragments"),
    [
        (["extract", "{missing}", "--no-cache"], ["corpus folder", "no_such_folder", "not found"]),
        (["extract", "{empty}", "--no-cache"], ["corpus folder", "empty_folder", "has no files"]),
        (["report", "--param", "corpus_dir={missing}"], ["no_such_folder", "does not exist"]),
        (["report", "--param", "corpus_dir={empty}"], ["empty_folder", "has no files"]),
    ],
    ids=["extract-missing", "extract-empty", "report-missing", "report-empty"],
)
def test_a_missing_or_empty_corpus_folder(
    tmp_path: Path, command: list[str], fragments: list[str]
) -> None:
    empty = tmp_path / "empty_folder"
    empty.mkdir()
    (empty / "sub").mkdir()  # a sub-folder is no article file
    names = {"missing": tmp_path / "no_such_folder", "empty": empty}
    args = [arg.format(**names) for arg in command]
    result = vnlabour(*args, "--out", tmp_path / "out", cwd=tmp_path)
    assert_one_error_line(result, *fragments)
    assert not (tmp_path / "out" / "data").exists() and not (tmp_path / "out" / "report").exists()


def test_a_corpus_of_only_unreadable_files_warns_then_fails(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50)
    result = vnlabour("extract", folder, "--out", tmp_path / "out", "--no-cache", cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert [line.split(":")[0] for line in lines] == ["warning", "warning", "error"]
    assert "'empty.txt'" in lines[0] and "'photo.jpg'" in lines[1]
    assert "no readable article" in lines[2]
    assert not (tmp_path / "out" / "articles.csv").exists()


# Report parameters: checked before anything is built.

PARAMETER_CASES = {
    "unknown partner code": (["partners=KHN"], ["unknown partner code 'KHN'", "KHM"]),
    "a country name for a code": (["partners=LAO,LAOS"], ["'LAOS'", "LAO"]),
    "years swapped": (
        ["start_year=2023", "end_year=2020"],
        ["end_year=2020 is before start_year=2023", "swap"],
    ),
    "unknown lang": (["lang=fr"], ["lang='fr'", "vi, en"]),
    "unknown parameter": (["colour=red"], ["unknown parameter 'colour'", "lang"]),
    "misspelt parameter": (["partner=KHM"], ["unknown parameter 'partner'", "partners"]),
    "year not a number": (["start_year=two"], ["start_year='two'", "whole number"]),
    "top_n not a number": (["top_n=ten"], ["top_n='ten'", "whole number", "top_n=10"]),
    "top_n zero": (["top_n=0"], ["top_n=0", "1 or more"]),
    "no equals sign": (["lang"], ["'lang'", "key=value"]),
    "quotes and a newline in partners": (
        ['partners=KHM"\nimport os'],
        ["unknown partner code", "IMPORT OS"],
    ),
}


@pytest.mark.parametrize(
    ("params", "fragments"), PARAMETER_CASES.values(), ids=PARAMETER_CASES.keys()
)
def test_bad_report_parameters(
    tmp_path: Path, corpus: Path, params: list[str], fragments: list[str]
) -> None:
    args = ["report", "--out", tmp_path / "out", "--param", f"corpus_dir={corpus}"]
    args += [arg for param in params for arg in ("--param", param)]
    result = vnlabour(*args, cwd=tmp_path, timeout=30)
    assert_one_error_line(result, *fragments)
    assert not (tmp_path / "out").exists()  # nothing started, not even the staging folder


# Hand corrections: the file and line of the malformed row.

CORRECTION_CASES = {
    "unknown action": ("frob,mentions,a1_khm:50,role,partner,typo", ["line 4", "'frob'", "set"]),
    "too few cells": ("set,mentions,a1_khm:50,role", ["line 4", "got 4", "quote"]),
    "unquoted comma": (
        "set,mentions,a1_khm:50,role,partner,Japan, not Korea",
        ["line 4", "got 7", "quote cells that contain commas"],
    ),
    "unknown table": ("set,events,a1_khm,role,partner,x", ["line 4", "'events'", "mentions"]),
    "unknown field": ("set,mentions,a1_khm:50,colour,red,x", ["line 4", "'colour'", "role"]),
    "add without JSON": ("add,mentions,a1_khm:1,,{not json,x", ["line 4", "JSON"]),
    "unterminated quote": ('set,mentions,a1_khm:50,role,"partner,x', ["line 4", "got 5"]),
}


def write_corrections(folder: Path, row: str | bytes) -> Path:
    """A corrections file: a comment, a blank line, the header, then row on line 4."""
    row = row if isinstance(row, bytes) else row.encode("utf-8")
    path = folder / "my corrections.csv"
    path.write_bytes(b"# hand corrections\n\n" + CORRECTIONS_HEADER.encode() + b"\n" + row + b"\n")
    return path


@pytest.mark.parametrize(("row", "fragments"), CORRECTION_CASES.values(), ids=CORRECTION_CASES)
def test_a_malformed_correction_names_file_and_line(
    tmp_path: Path, row: str, fragments: list[str]
) -> None:
    path = write_corrections(tmp_path, row)
    out = tmp_path / "processed"
    result = vnlabour(
        "clean", "--interim", INTERIM, "--out", out, "--corrections", path, cwd=tmp_path
    )
    assert_one_error_line(result, "my corrections.csv", *fragments)
    assert not out.exists()


def test_a_corrections_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    row = "set,mentions,a1_khm:50,role,partner,Hà Nôi".encode("cp1258")  # à, ô: one byte each
    path = write_corrections(tmp_path, b"set,mentions,a1_khm:50,role,partner,ok\n" + row)
    result = vnlabour(
        "clean", "--interim", INTERIM, "--out", tmp_path / "p", "--corrections", path, cwd=tmp_path
    )
    assert_one_error_line(result, "my corrections.csv line 5", "UTF-8")


def test_a_spreadsheet_byte_order_mark_is_no_error(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    row = "set,mentions,a1_khm:50,role,mentioned,checked by hand"
    path.write_text(f"\ufeff{CORRECTIONS_HEADER}\n{row}\n", encoding="utf-8")
    out = tmp_path / "processed"
    result = vnlabour(
        "clean", "--interim", INTERIM, "--out", out, "--corrections", path, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    log = (out / "corrections_log.csv").read_text(encoding="utf-8")
    assert log.splitlines()[1].endswith(",checked by hand,applied")


def test_a_corrections_file_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "corections.csv"
    result = vnlabour(
        "clean",
        "--interim",
        INTERIM,
        "--out",
        tmp_path / "p",
        "--corrections",
        missing,
        cwd=tmp_path,
    )
    assert_one_error_line(result, "corections.csv", "no such file")


# --strict on extract.


def test_strict_extract_fails_on_a_skipped_file_and_writes_nothing(
    tmp_path: Path, corpus: Path
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "interim"
    result = vnlabour("extract", corpus, "--out", out, "--no-cache", "--strict", cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert lines[0].startswith("warning: skipped 'empty.txt': empty file")
    assert lines[1].startswith("error: --strict: 1 file(s)") and len(lines) == 2
    assert not (out / "articles.csv").exists()
    relaxed = vnlabour("extract", corpus, "--out", out, "--no-cache", cwd=tmp_path)
    assert relaxed.returncode == 0, relaxed.stderr
    assert (out / "skipped.csv").read_text(encoding="utf-8").startswith("file,reason\nempty.txt,")


# Interrupts and bugs, in process: the top level's contract.


def test_ctrl_c_prints_one_line_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "run_extract", interrupted)
    assert cli.main(["extract", str(tmp_path)]) == 130
    assert capsys.readouterr().err == "interrupted; nothing was changed\n"


def test_a_bug_still_shows_its_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def buggy(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "run_extract", buggy)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["extract", str(tmp_path)])


def test_an_error_naming_a_file_with_a_line_break_stays_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli.main(["extract", str(tmp_path / "two\nlines"), "--no-cache"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "two lines" in error
