"""The whole build, end to end, through the command line: python -m vnlabour report --out DIR."""

import io
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from vnlabour import i18n, report
from vnlabour.cli import main
from vnlabour.config import ROOT
from vnlabour.params import Params

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "report_corpus"
PARTNERS = ("JPN", "LAO")
PARAMS = ["lang=en", "start_year=2022", "end_year=2023", f"partners={','.join(PARTNERS)}"]
NEW_ARTICLE = """Nhật Bản cần thêm lao động Việt Nam trong ngành điều dưỡng
Thứ Hai, 20/11/2023 - 09:00
(LĐXH) - Ngày 18/11/2023, tại Tokyo, Bộ Lao động - Thương binh và Xã hội Việt Nam và Bộ Y tế, \
Lao động và Phúc lợi Nhật Bản đã họp bàn về tiếp nhận điều dưỡng viên.
Theo phía Nhật Bản, khoảng 520.000 lao động Việt Nam đang làm việc tại Nhật Bản.
Hai bên thống nhất mở rộng chương trình đào tạo tiếng Nhật cho người lao động.
Thanh Tâm
"""


def build(out: Path, corpus: Path, *params: str, force: bool = False) -> None:
    argv = ["report", "--out", str(out), "--param", f"corpus_dir={corpus}"]
    argv += [arg for param in params for arg in ("--param", param)]
    assert main([*argv, "--force"] if force else argv) == 0


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two builds of the fixture corpus with the same parameters, in two folders."""
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    build(first, FIXTURE_CORPUS, *PARAMS)
    build(second, FIXTURE_CORPUS, *PARAMS)
    return {"first": first, "second": second}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def outputs(root: Path) -> dict[str, bytes]:
    """Every output file under root (manifest and executed notebooks aside), by relative path."""
    folders = report.Folders.under(root)
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in folders.all()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "notebooks" not in path.parts and path.name != report.MANIFEST
    }


@pytest.mark.timeout(300)
def test_charts_keep_only_the_partners_and_years_asked_for(builds: dict[str, Path]) -> None:
    figures = report.Folders.under(builds["first"]).figures
    csvs = sorted(figures.glob("*.csv"))
    assert {p.stem for p in csvs} >= {
        "cooperation_frequency", "partner_year_heatmap", "migration_figures", "timeline", "coverage"
    }  # fmt: skip
    names = {i18n.partner_name(code, "en") for code in PARTNERS}
    for path in csvs:
        data = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in data.columns:
            values = set(data[column]) - {""}
            if column in ("partner_code", "partner", "partners"):
                codes = {code for value in values for code in value.split(";")}
                assert codes <= set(PARTNERS) | names, (path.name, column, codes)
            if column == "year":
                assert all(2022 <= int(float(v)) <= 2023 for v in values), (path.name, values)


@pytest.mark.timeout(300)
def test_report_is_in_english_with_the_partner_names(builds: dict[str, Path]) -> None:
    folder = report.Folders.under(builds["first"]).report
    page = (folder / "report.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    for title in ("Summary", "Cooperation by partner", "Labour migration figures", "Provenance"):
        assert title in page
    assert "partners=JPN,LAO" in page and "start_year=2022 end_year=2023" in page
    text = pdf_text(folder / "report.pdf")
    for code in PARTNERS:
        assert i18n.partner_name(code, "en") in text
    assert "Vietnam's international labour cooperation" in text
    assert "Contents" in text and "Page 1 / " in text
    assert re.search(r"Summary \.{5,} ?\d+", text)  # the contents give page numbers


@pytest.mark.timeout(300)
def test_html_is_self_contained(builds: dict[str, Path]) -> None:
    page = (report.Folders.under(builds["first"]).report / "report.html").read_text("utf-8")
    assert "<script" not in page.lower()
    assert not re.search(r"""\bsrc\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(https?:|//|file:)", page)
    assert "data:image/svg+xml;base64," in page  # the charts are embedded
    assert str(builds["first"]) not in page and str(ROOT) not in page  # no machine paths


@pytest.mark.timeout(300)
def test_every_letter_of_the_pdf_is_in_the_font_files(builds: dict[str, Path]) -> None:
    text = pdf_text(report.Folders.under(builds["first"]).report / "report.pdf")
    assert "lao động" in text  # quotes stay in Vietnamese
    letters = {c for c in text if not c.isspace()}
    for path in report.font_files().values():
        cmap = TTFont(path).getBestCmap()
        assert not {c for c in letters if ord(c) not in cmap}, path.name


@pytest.mark.timeout(300)
def test_two_builds_give_the_same_bytes(builds: dict[str, Path]) -> None:
    first, second = outputs(builds["first"]), outputs(builds["second"])
    assert sorted(first) == sorted(second)
    assert "report/report.html" in first and "report/report.pdf" in first
    different = [name for name in first if first[name] != second[name]]
    assert not different
    manifests = [report.Folders.under(builds[k]).report / report.MANIFEST for k in builds]
    assert manifests[0].read_bytes() == manifests[1].read_bytes()


@pytest.mark.timeout(300)
def test_an_unchanged_rebuild_does_nothing_fast(builds: dict[str, Path]) -> None:
    build(builds["first"], FIXTURE_CORPUS, *PARAMS)  # current again, were the code edited since
    before = outputs(builds["first"])
    command = [sys.executable, "-m", "vnlabour", "report", "--out", str(builds["first"])]
    command += ["--param", f"corpus_dir={FIXTURE_CORPUS}"]
    command += [arg for param in PARAMS for arg in ("--param", param)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    assert "up to date" in result.stdout
    assert elapsed < 1.0, f"{elapsed:.2f} s"  # budget 0.5 s on an idle machine; margin for CI
    assert outputs(builds["first"]) == before


@pytest.mark.timeout(300)
def test_prose_follows_the_corpus(builds: dict[str, Path], tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE_CORPUS, corpus)
    (corpus / "a05_nhat_ban_dieu_duong.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build(tmp_path / "out", corpus, *PARAMS)
    before = summary(builds["first"])
    after = summary(tmp_path / "out")
    assert before != after
    assert "Nhật Bản cần thêm lao động Việt Nam trong ngành điều dưỡng" in after
    assert "520,000" in after and "520,000" not in before


def summary(root: Path) -> str:
    page = (report.Folders.under(root).report / "report.html").read_text(encoding="utf-8")
    return page.split('id="section-summary"')[1].split("<h2")[0]


@pytest.mark.timeout(300)
def test_a_bad_corpus_folder_exits_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "no_such_corpus"
    argv = ["report", "--out", str(tmp_path), "--param", f"corpus_dir={empty}"]
    assert main(argv) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error: corpus folder") and "\n" not in error


@pytest.mark.timeout(300)
def test_committed_outputs_are_not_stale(tmp_path: Path) -> None:
    """Rebuild with default parameters and compare with what is committed (PDF by text)."""
    build(tmp_path, Params().corpus_dir)
    fresh, committed = outputs(tmp_path), outputs(ROOT)
    hidden = {name for name in committed if Path(name).name.startswith(".")}
    missing = sorted(set(fresh) - set(committed))
    assert not missing, f"not committed: {missing[:5]}; run `make report` and commit the outputs"
    assert sorted(set(committed) - set(fresh) - hidden) == []
    for name in sorted(fresh):
        if name.endswith(".pdf"):
            assert pdf_text(tmp_path / name) == pdf_text(ROOT / name), name
        else:
            assert fresh[name] == committed[name], f"{name} is stale: run `make report`"


def test_pdf_text_helper_reads_pages() -> None:
    """The stale check compares PDFs by text: make sure that text is not empty."""
    from vnlabour.report import render_pdf

    target = io.BytesIO()
    render_pdf("<html><body><p>Hội nghị</p></body></html>", target)
    assert "Hội nghị" in PdfReader(target).pages[0].extract_text()
