"""Hostile inputs, end to end through `python -m vnlabour` in a clean environment.

A corpus of odd encodings, broken and duplicate files, a 20 MB file and markup is built into a
report once per module; every readable file must extract exactly as its UTF-8 NFC twin (a
separate folder, extracted alone: in one folder the twins would be duplicates). Then: --strict,
a filter that leaves nothing to chart, a notebook that fails, Ctrl-C mid-build, parameters that
try to inject code, and two builds from different places that must give the same bytes.
"""

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell
from papermill.translators import PythonTranslator

from tests.test_cli_errors import clean_env
from tests.test_corpus import LEGACY_TEXT, cp1258_bytes, legacy_font_bytes
from vnlabour import config, report
from vnlabour.params import Params

FIXTURES = Path(__file__).parent / "fixtures"
SOURCES = sorted((FIXTURES / "report_corpus").glob("*.txt")) + sorted(
    config.RAW_ARTICLES.glob("*.txt")
)
CORPUS_NAME = 'kho "bài báo" l\'ạ'  # quotes and Vietnamese letters reach papermill's injection
NFD_NAME = unicodedata.normalize("NFD", "tiếng việt tên nfd.txt")
BIG_BYTES = 20_000_000
EXTRACT_SECONDS = 150  # extracting the hostile corpus, the 20 MB file being most of it
MAX_RSS_BYTES = 1_500_000_000  # the build process and the processes it waited for
NO_PARTNER_NO_FIGURE = """Người lao động cần tìm hiểu kỹ thông tin trước khi ký hợp đồng

Các chuyên gia khuyên người lao động đọc kỹ hợp đồng và giữ liên lạc với gia đình.
Việc học nghề và học ngoại ngữ giúp người lao động có thu nhập ổn định hơn.
"""
MARKUP = """url: javascript:alert('url')
title: <script>alert("title")</script> Hội nghị lao động Việt Nam - Nhật Bản

Ngày 14/3/2024, tại Tokyo, Bộ Lao động - Thương binh và Xã hội Việt Nam và Bộ Y tế, Lao động và \
Phúc lợi Nhật Bản đã ký Bản ghi nhớ về hợp tác lao động.
Theo phía Nhật Bản, hơn 4.321 lao động Việt Nam <img src=x onerror=alert('img')> đã sang Nhật Bản \
làm việc trong năm 2023.
Xem thêm <a href="javascript:alert('link')">tại đây</a> về chương trình.
"""
FILLER = (  # sentences with no partner and no number, varied so no line repeats the one before
    ("Người lao động cần tìm hiểu kỹ thông tin về doanh nghiệp trước khi ký hợp đồng",
     "các cơ quan chức năng khuyến cáo không nộp tiền cho người môi giới không rõ nguồn gốc",
     "việc học nghề giúp người lao động có thu nhập ổn định hơn",
     "nhiều gia đình ở nông thôn đã cải thiện cuộc sống nhờ nguồn thu nhập này",
     "cán bộ địa phương thường xuyên đến từng thôn để tuyên truyền chính sách"),
    ("doanh nghiệp phải công khai chi phí và điều kiện làm việc",
     "người lao động nên giữ liên lạc với cơ quan đại diện khi gặp khó khăn",
     "trung tâm dịch vụ việc làm tổ chức các buổi tư vấn miễn phí",
     "ngoại ngữ và kỷ luật lao động là yêu cầu được nhắc đến nhiều nhất",
     "chính quyền xã phối hợp với nhà trường để hướng nghiệp cho thanh niên",
     "hợp đồng cần ghi rõ thời gian làm việc, tiền lương và chế độ bảo hiểm"),
    ("ý kiến của người dân được ghi nhận đầy đủ",
     "đây là hướng đi được nhiều địa phương lựa chọn",
     "kết quả bước đầu cho thấy tín hiệu tích cực",
     "cần tiếp tục theo dõi và đánh giá trong thời gian tới",
     "nhiều ý kiến đề nghị tăng cường kiểm tra, giám sát",
     "công tác truyền thông cần được đẩy mạnh hơn nữa",
     "người dân mong muốn thủ tục được đơn giản hóa"),
)  # fmt: skip


def text_of(index: int) -> str:
    return SOURCES[index].read_text(encoding="utf-8")


def big_text(head: str, size: int = BIG_BYTES) -> str:
    """A real article, then filler up to size bytes: a page saved with far too much around it."""
    a, b, c = FILLER
    lines = [f"{a[i % 5]}; {b[i % 6]}, {c[i % 7]}." for i in range(5 * 6 * 7)]
    block = "\n".join(lines) + "\n"
    repeats = (size - len(head.encode())) // len(block.encode()) + 1
    return head.rstrip("\n") + "\n" + block * repeats


@dataclass(frozen=True)
class Hostile:
    """One file of the hostile corpus: its bytes, and its UTF-8 NFC twin's name and text."""

    name: str
    data: bytes
    twin_name: str = ""
    twin_text: str = ""


def hostile_files() -> list[Hostile]:
    crlf_source = text_of(4)
    return [
        Hostile("bom.txt", text_of(0).encode("utf-8-sig"), "bom.txt", text_of(0)),
        Hostile("utf16.txt", text_of(1).encode("utf-16"), "utf16.txt", text_of(1)),
        Hostile("cp1258.txt", cp1258_bytes(text_of(2)), "cp1258.txt", text_of(2)),
        Hostile(
            "nfd.txt",
            unicodedata.normalize("NFD", text_of(3)).encode("utf-8"),
            "nfd.txt",
            text_of(3),
        ),
        Hostile(
            "crlf.txt", crlf_source.replace("\n", "\r\n").encode("utf-8"), "crlf.txt", crlf_source
        ),
        Hostile(
            "bài báo có dấu cách.txt",
            text_of(5).encode("utf-8"),
            "bài báo có dấu cách.txt",
            text_of(5),
        ),
        Hostile(
            NFD_NAME, text_of(6).encode("utf-8"), unicodedata.normalize("NFC", NFD_NAME), text_of(6)
        ),
        Hostile(
            "khong_doi_tac.txt",
            NO_PARTNER_NO_FIGURE.encode("utf-8"),
            "khong_doi_tac.txt",
            NO_PARTNER_NO_FIGURE,
        ),
        Hostile("markup.txt", MARKUP.encode("utf-8")),
        Hostile("big.txt", big_text(text_of(7)).encode("utf-8")),
        Hostile("zz_byte_copy.txt", crlf_source.replace("\n", "\r\n").encode("utf-8")),
        Hostile("zz_normalised_copy.txt", crlf_source.encode("utf-8")),
        Hostile("empty.txt", b""),
        Hostile("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 40),
        Hostile("tcvn3.txt", legacy_font_bytes(LEGACY_TEXT, "tcvn3")),
        Hostile("vni.txt", legacy_font_bytes(LEGACY_TEXT, "vni")),
    ]


SKIPPED = {  # file -> words its reason must hold (read off the issue: what, and how to fix)
    "zz_byte_copy.txt": ("duplicate of crlf.txt",),
    "zz_normalised_copy.txt": ("duplicate of crlf.txt",),
    "empty.txt": ("empty",),
    "photo.jpg": ("binary",),
    "tcvn3.txt": ("TCVN3", "convert"),
    "vni.txt": ("VNI", "convert"),
}


def vnlabour(*args: object, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vnlabour", *map(str, args)],
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=600,
    )


def measured(*args: object, cwd: Path) -> tuple[subprocess.CompletedProcess, int]:
    """`python -m vnlabour args` and its peak resident memory in bytes (it and what it waited
    for), read from wait4."""
    out, err = cwd / "stdout.txt", cwd / "stderr.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "vnlabour", *map(str, args)],
            env=clean_env(),
            stdout=stdout,
            stderr=stderr,
            cwd=cwd,
        )
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    result = subprocess.CompletedProcess(
        process.args, process.returncode, out.read_text("utf-8"), err.read_text("utf-8")
    )
    return result, usage.ru_maxrss * 1024


@dataclass(frozen=True)
class Build:
    corpus: Path
    out: Path
    result: subprocess.CompletedProcess
    max_rss: int
    twins: Path  # the twins' interim tables


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Build:
    root = tmp_path_factory.mktemp("hostile")
    corpus, twins = root / CORPUS_NAME, root / "twins"
    corpus.mkdir()
    twins.mkdir()
    for item in hostile_files():
        (corpus / item.name).write_bytes(item.data)
        if item.twin_name:
            (twins / item.twin_name).write_text(item.twin_text, encoding="utf-8", newline="\n")
    out = root / "out"
    args = ("report", "--out", out, "--force", "--param", f"corpus_dir={corpus}")
    result, max_rss = measured(*args, "--param", "lang=en", cwd=root)
    twin = vnlabour("extract", twins, "--out", root / "twins_interim", "--no-cache")
    assert twin.returncode == 0, twin.stderr
    return Build(corpus, out, result, max_rss, root / "twins_interim")


def interim(folder: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{table}.csv", dtype=str, keep_default_na=False)


def page_of(root: Path) -> str:
    return (report.Folders.under(root).report / "report.html").read_text(encoding="utf-8")


# The hostile corpus.


@pytest.mark.timeout(900)
def test_the_build_warns_once_per_skipped_file_and_shows_no_traceback(hostile: Build) -> None:
    assert hostile.result.returncode == 0, hostile.result.stderr[-3000:]
    assert "Traceback" not in hostile.result.stderr
    warnings = [line for line in hostile.result.stderr.splitlines() if "skipped" in line]
    assert sorted(warnings) == sorted(
        line for line in warnings if line.startswith("warning: skipped '")
    )
    named = sorted(re.match(r"warning: skipped '(.+?)': ", line).group(1) for line in warnings)
    assert named == sorted(SKIPPED)


@pytest.mark.timeout(900)
def test_unreadable_and_duplicate_files_are_listed_with_a_reason(hostile: Build) -> None:
    skipped = interim(report.Folders.under(hostile.out).interim, "skipped")
    assert sorted(skipped["file"]) == sorted(SKIPPED)
    for file, reason in zip(skipped["file"], skipped["reason"], strict=True):
        for words in SKIPPED[file]:
            assert words in reason, (file, reason)


@pytest.mark.timeout(900)
def test_readable_files_extract_exactly_as_their_utf8_nfc_twin(hostile: Build) -> None:
    built = report.Folders.under(hostile.out).interim
    twins = {unicodedata.normalize("NFC", Path(i.twin_name).stem) for i in hostile_files()}
    twins.discard("")
    compared = 0
    for table in ("articles", "mentions", "figures", "agreements"):
        ours, theirs = interim(built, table), interim(hostile.twins, table)
        ours = ours[ours["article_id"].isin(twins)].drop(columns="file", errors="ignore")
        theirs = theirs.drop(columns="file", errors="ignore")
        pd.testing.assert_frame_equal(ours.reset_index(drop=True), theirs.reset_index(drop=True))
        compared += len(theirs)
    assert compared > 50  # the twins carry real partners, figures and agreements
    for article_id in twins:
        name = f"{article_id}.txt"
        assert (built / "text" / name).read_bytes() == (hostile.twins / "text" / name).read_bytes()


@pytest.mark.timeout(900)
def test_file_names_keep_their_spaces_and_an_nfd_name_is_read_as_nfc(hostile: Build) -> None:
    articles = interim(report.Folders.under(hostile.out).interim, "articles").set_index("file")
    assert articles.loc["bài báo có dấu cách.txt", "article_id"] == "bài báo có dấu cách"
    assert articles.loc[NFD_NAME, "article_id"] == unicodedata.normalize(
        "NFC", "tiếng việt tên nfd"
    )


@pytest.mark.timeout(900)
def test_an_article_with_no_partner_and_no_figure_is_still_an_article(hostile: Build) -> None:
    folder = report.Folders.under(hostile.out).interim
    articles = interim(folder, "articles").set_index("article_id")
    assert articles.loc["khong_doi_tac", "event_partners"] == ""
    assert articles.loc["khong_doi_tac", "title"].startswith("Người lao động cần tìm hiểu")
    for table in ("mentions", "figures"):
        assert "khong_doi_tac" not in set(interim(folder, table)["article_id"])


@pytest.mark.timeout(900)
def test_the_20_mb_file_extracts_in_bounded_time_and_memory(hostile: Build) -> None:
    folder = report.Folders.under(hostile.out).interim
    articles = interim(folder, "articles").set_index("article_id")
    assert int(articles.loc["big", "n_chars"]) > BIG_BYTES // 2  # read whole, not cut
    head = {m for m in interim(folder, "mentions").query("article_id == 'big'")["partner_code"]}
    assert head  # its real article at the top is found under the filler
    stamps = [
        (float(m.group(1)), m.group(2))
        for m in re.finditer(r"\[\s*([\d.]+) s\] (extract: .*)", hostile.result.stdout)
    ]
    assert len(stamps) == 2, hostile.result.stdout
    seconds = stamps[1][0] - stamps[0][0]
    assert seconds < EXTRACT_SECONDS, f"extract took {seconds:.0f} s"
    assert hostile.max_rss < MAX_RSS_BYTES, f"{hostile.max_rss / 1e6:.0f} MB"


@pytest.mark.timeout(900)
def test_the_report_lists_the_skipped_files_in_its_data_quality_section(hostile: Build) -> None:
    methods = page_of(hostile.out).split('id="section-methods"')[1]
    for file in SKIPPED:
        assert f"<td>{file}</td>" in methods, file
    assert "TCVN3" in methods and "duplicate of crlf.txt" in methods


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.timeout(900)
def test_markup_in_an_article_shows_as_text(hostile: Build) -> None:
    page = page_of(hostile.out)
    parser = Tags()
    parser.feed(page)
    assert not [tag for tag, _ in parser.tags if tag in ("script", "iframe", "object", "embed")]
    for tag, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        assert not attrs.get("href", "").strip().lower().startswith("javascript:"), attrs
        if tag == "img":
            assert attrs["src"].startswith(("data:image/svg+xml;base64,", "data:image/png;")), tag
    shown = "".join(parser.text)
    assert "lao động Việt Nam <img src=x onerror=alert('img')> đã sang" in shown  # the quote
    assert '<script>alert("title")</script> Hội nghị lao động' in shown  # the title
    assert "javascript:alert('url')" not in page  # a source_url that is no web address


@pytest.mark.timeout(900)
def test_no_machine_path_reaches_the_outputs(hostile: Build) -> None:
    machine = [str(hostile.corpus), str(hostile.out), str(config.ROOT), str(Path.home())]
    folders = report.Folders.under(hostile.out)
    scratch = folders.report / report.EXECUTED_DIRNAME  # papermill's copies, git-ignored
    checked = 0
    for folder in folders.all():
        for path in folder.rglob("*"):
            if path.suffix in (".csv", ".json", ".html", ".svg") and not path.is_relative_to(
                scratch
            ):
                text = path.read_text(encoding="utf-8")
                assert not [m for m in machine if m in text], path
                checked += 1
    assert checked > 20


@pytest.mark.timeout(900)
def test_strict_fails_on_the_skipped_files_and_keeps_the_outputs(hostile: Build) -> None:
    before = tree_hashes(hostile.out)
    args = ["report", "--out", hostile.out, "--param", f"corpus_dir={hostile.corpus}"]
    result = vnlabour(*args, "--param", "lang=en", "--strict")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("error: --strict: 6 corpus file(s) skipped")
    assert "'tcvn3.txt'" in error and "without --strict" in error
    assert tree_hashes(hostile.out) == before


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


# Smaller builds: --strict from scratch, empty charts, a failing notebook, Ctrl-C.


@pytest.mark.timeout(300)
def test_strict_report_fails_before_the_notebooks_on_a_skipped_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "report_corpus", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = vnlabour("report", "--out", out, "--strict", "--param", f"corpus_dir={corpus}")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: --strict: 1 corpus file(s)")
    assert "notebook" not in result.stdout
    assert not [p for p in out.rglob("*") if p.is_file()]


EMPTY_SCOPE = ("--param", "start_year=1990", "--param", "end_year=1991", "--param", "lang=en")


@pytest.mark.timeout(300)
def test_a_filter_that_leaves_nothing_to_chart_says_so_in_words(tmp_path: Path) -> None:
    out = tmp_path / "out"
    corpus = ("--param", f"corpus_dir={FIXTURES / 'report_corpus'}")
    relaxed = vnlabour("report", "--out", out, *corpus, *EMPTY_SCOPE)
    assert relaxed.returncode == 0, relaxed.stderr
    before = tree_hashes(out)
    strict = vnlabour("report", "--out", out, "--strict", *corpus, *EMPTY_SCOPE)
    assert strict.returncode == 2 and "Traceback" not in strict.stderr
    assert "nothing to chart in" in strict.stderr and "coverage" in strict.stderr
    assert tree_hashes(out) == before
    page = page_of(out)
    assert "<img" not in page  # no empty axes
    for words in ("so no chart was drawn", "so no heatmap was drawn", "so no timeline was drawn"):
        assert words in page
    assert "No cooperation event falls within the chosen scope." in page


def broken_notebooks(folder: Path) -> tuple[str, int]:
    """Copies of the report's notebooks, the second one ending in a cell that raises; its name
    and the number of that cell."""
    folder.mkdir()
    paths = report.notebook_paths()
    for path in paths:
        shutil.copy(path, folder)
    broken = folder / paths[1].name
    notebook = nbformat.read(broken, as_version=4)
    notebook.cells.append(new_code_cell("1 / 0"))
    nbformat.write(notebook, broken)
    return broken.name, len(notebook.cells)


def prepared_outputs(out: Path) -> dict[str, str]:
    """A previous build's folders under out, one file each; their hashes."""
    for folder in report.Folders.under(out).all():
        folder.mkdir(parents=True)
        (folder / "previous.txt").write_text(f"kept: {folder.name}", encoding="utf-8")
    return tree_hashes(out)


@pytest.mark.timeout(300)
def test_a_failing_notebook_names_its_cell_and_leaves_the_old_outputs(tmp_path: Path) -> None:
    name, cell = broken_notebooks(tmp_path / "notebooks")
    out = tmp_path / "out"
    before = prepared_outputs(out)
    run_with_notebooks = (
        "import sys; from pathlib import Path; from vnlabour import cli, report; "
        "report.NOTEBOOKS = Path(sys.argv[1]); sys.exit(cli.main(sys.argv[2:]))"
    )
    command = [sys.executable, "-c", run_with_notebooks, tmp_path / "notebooks", "report"]
    command += ["--out", out, "--param", f"corpus_dir={FIXTURES / 'report_corpus'}"]
    result = subprocess.run(
        list(map(str, command)), env=clean_env(), capture_output=True, text=True, timeout=280
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"error: notebook {name} failed in cell {cell} (`1 / 0`): "
        "ZeroDivisionError: division by zero"
    ]
    assert tree_hashes(out) == before  # no staging folder left either


@pytest.mark.timeout(300)
@pytest.mark.parametrize("delay", [0.0, 0.3])  # 0.3 s: nbclient used to report the kernel dead
def test_ctrl_c_mid_build_leaves_no_half_written_file(tmp_path: Path, delay: float) -> None:
    moment = "notebook 2/"
    out = tmp_path / "out"
    before = prepared_outputs(out)
    command = [sys.executable, "-m", "vnlabour", "report", "--out", str(out), "--force"]
    command += ["--param", f"corpus_dir={FIXTURES / 'report_corpus'}"]
    build = subprocess.Popen(
        command,
        env=clean_env(PYTHONUNBUFFERED="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches
    )
    seen = []
    for line in build.stdout:
        seen.append(line)
        if moment in line:
            time.sleep(delay)
            os.killpg(build.pid, signal.SIGINT)
            break
    _, stderr = build.communicate(timeout=120)
    assert any(moment in line for line in seen), seen
    assert build.returncode == 130, stderr
    assert stderr.strip().splitlines() == ["interrupted; nothing was changed"]
    assert tree_hashes(out) == before  # no staging folder, no temporary file, nothing replaced


@pytest.mark.timeout(120)
def test_ctrl_c_mid_extract_keeps_the_old_tables(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "interim"
    corpus.mkdir()
    (corpus / "long.txt").write_text(big_text(text_of(0), 24_000_000), encoding="utf-8")
    out.mkdir()
    for table in ("articles", "mentions", "figures", "agreements", "skipped"):
        (out / f"{table}.csv").write_text(f"old {table}\n", encoding="utf-8")
    before = tree_hashes(out)
    command = [sys.executable, "-m", "vnlabour", "extract", str(corpus), "--out", str(out)]
    extract = subprocess.Popen(
        [*command, "--no-cache"],
        env=clean_env(),
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    with pytest.raises(subprocess.TimeoutExpired):
        extract.wait(timeout=3)  # still extracting: 24 MB is about 15 s of work
    os.killpg(extract.pid, signal.SIGINT)
    _, stderr = extract.communicate(timeout=60)
    assert extract.returncode == 130 and stderr == "interrupted; nothing was changed\n"
    assert tree_hashes(out) == before


# Parameters reach the notebooks as literals, never as code.


@pytest.mark.parametrize(
    "corpus_dir",
    [
        'a"; import os; os.system("touch pwned"); "',
        "a'\nimport os\nos.system('touch pwned')\n'",
        'back\\slash\\"; x = 1 #',
        "tiếng việt \u200b\t\r\n",
    ],
)
def test_parameters_are_injected_as_literals(tmp_path: Path, corpus_dir: str) -> None:
    params = Params(corpus_dir=Path(corpus_dir), partners=("KHM", "LAO"), lang="en")
    values = report.notebook_parameters(params, report.Folders.under(tmp_path))
    namespace: dict[str, object] = {}
    exec(PythonTranslator.codify(values), namespace)  # what papermill puts in the notebook
    assert {key: namespace[key] for key in values} == values
    assert "os" not in namespace and not (Path.cwd() / "pwned").exists()


# Reproducibility: two places, two hash seeds, the same bytes.


@pytest.mark.timeout(600)
def test_builds_from_two_places_with_two_hash_seeds_give_the_same_bytes(tmp_path: Path) -> None:
    built = []
    for place, seed in (("one/corpus", "0"), ("two/deeper/still/corpus", "4242")):
        corpus = tmp_path / place
        shutil.copytree(FIXTURES / "report_corpus", corpus)
        (corpus / "markup.txt").write_text(MARKUP, encoding="utf-8")
        out = tmp_path / f"out-{seed}"
        args = ["report", "--out", out, "--force", "--param", f"corpus_dir={corpus}"]
        result = vnlabour(*args, "--param", "partners=JPN,LAO,KOR", PYTHONHASHSEED=seed)
        assert result.returncode == 0, result.stderr
        built.append(out)
    first, second = (outputs(root) for root in built)
    assert sorted(first) == sorted(second)
    assert {"report/report.html", "report/report.pdf", "data/processed/tables.xlsx"} <= set(first)
    assert any(name.endswith(".svg") for name in first) and any(n.endswith(".png") for n in first)
    assert [name for name in first if first[name] != second[name]] == []
    for name, data in first.items():
        assert str(tmp_path).encode() not in data, name


def outputs(root: Path) -> dict[str, bytes]:
    """Every output file under root but the executed notebooks (scratch copies with timings)."""
    scratch = report.Folders.under(root).report / report.EXECUTED_DIRNAME
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for folder in report.Folders.under(root).all()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_relative_to(scratch)
    }
