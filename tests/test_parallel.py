"""The parallel and Dask paths of extraction give the same bytes as the plain serial run; the
benchmark corpus generator is deterministic and never repeats a sentence."""

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import vnlabour.parallel
from vnlabour.cli import main
from vnlabour.config import RAW_ARTICLES, ROOT
from vnlabour.corpus import read_corpus
from vnlabour.errors import ParameterError, StrictError
from vnlabour.extract import extract_article
from vnlabour.parallel import SERIAL_MAX_FILES, stream_extract
from vnlabour.tables import write_interim

GENERATOR = ROOT / "benchmarks" / "generate_corpus.py"
GENERATED = 20  # with the 5 shipped articles, enough files for the process pool


def generate(count: int, out: Path, seed: int = 6) -> None:
    command = [sys.executable, str(GENERATOR), str(count), str(out), "--seed", str(seed)]
    subprocess.run(command, check=True, capture_output=True)


def plain_run(corpus: Path, out: Path) -> None:
    """The reference: read the whole corpus, extract article by article, write the tables."""
    articles, skipped = read_corpus(corpus)
    write_interim(out, [extract_article(article) for article in articles], skipped)


def output_bytes(folder: Path) -> dict[str, bytes]:
    """{relative path: bytes} of the visible files under folder."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.parts[-2:])
    }


JSON_ARTICLE = (
    "Ngày 8/3/2024, tại Viêng Chăn, hai Bộ trưởng Lao động Việt Nam và Lào đã ký Biên bản ghi nhớ "
    "về hợp tác lao động. Năm 2023, hơn 21.000 lao động Việt Nam làm việc tại Lào."
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated articles, the shipped ones, and traps: a duplicate, two files with one stem,
    an empty file, a binary one, and a JSON Lines file whose first article takes a shipped
    article's id, whose second is a copy of the first and whose third is not JSON."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(GENERATED, folder)
    for path in RAW_ARTICLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    first, second = sorted(folder.glob("0000*.txt"))[:2]
    shutil.copy(first, folder / "zz_copy_of_first.txt")  # same text: skipped as a duplicate
    for path, extra in ((first, "same_stem.txt"), (second, "same_stem.md")):
        text = f"{path.read_text(encoding='utf-8')}\nMột câu riêng của tệp {extra}.\n"
        (folder / extra).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    line = json.dumps({"id": "000_dbc213c39e842f9d", "text": JSON_ARTICLE}, ensure_ascii=False)
    (folder / "lines.jsonl").write_text(f"{line}\n{line}\n{{not json\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def plain(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("plain")
    plain_run(corpus, out)
    return output_bytes(out)


def test_the_trap_corpus_exercises_every_rule(plain):
    """The reference itself: the traps are skipped or renamed as read_corpus rules it."""
    skipped = plain["skipped.csv"].decode()
    assert "zz_copy_of_first.txt" in skipped and "duplicate of" in skipped
    assert "empty.txt" in skipped and "binary.bin" in skipped
    assert "lines.jsonl:2,duplicate of lines.jsonl:1" in skipped and "lines.jsonl:3" in skipped
    assert "text/lines-1.txt" in plain  # renamed: the shipped 000_... came first
    # same_stem.md sorts first and keeps the stem; same_stem.txt is read under its full name
    assert "text/same_stem.txt" in plain and "text/same_stem.txt.txt" in plain


@pytest.mark.parametrize("workers", [1, 2])
def test_stream_extract_gives_the_plain_run_bytes(corpus, plain, tmp_path, workers):
    assert len(list(corpus.iterdir())) >= SERIAL_MAX_FILES  # so workers=2 runs on the pool
    stats = stream_extract(corpus, tmp_path, workers=workers, use_cache=False)
    assert output_bytes(tmp_path) == plain
    assert (stats.articles, stats.skipped) == (GENERATED + 5 + 3, 5)  # 3: same_stem, lines-1
    assert stats.extracted == len(list(corpus.iterdir()))


def test_dask_gives_the_plain_run_bytes(corpus, plain, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        stream_extract(corpus, tmp_path, scheduler=cluster.scheduler_address, use_cache=False)
        assert cluster.scheduler.transition_counter > 0  # the tasks ran on the cluster
    assert output_bytes(tmp_path) == plain


def test_extract_corpus_returns_rows_in_file_order(corpus, tmp_path):
    from vnlabour.pipeline import extract_corpus

    results = extract_corpus(corpus, tmp_path, workers=2, use_cache=False)
    ids = [rows.article.article_id for rows in results]
    assert ids == sorted(ids) and "same_stem.txt" in ids and "zz_copy_of_first" not in ids


def test_strict_writes_nothing_and_keeps_the_old_tables(corpus, tmp_path):
    (tmp_path / "articles.csv").write_text("old\n")
    with pytest.raises(StrictError, match="skipped"):
        stream_extract(corpus, tmp_path, workers=2, use_cache=False, strict=True)
    assert (tmp_path / "articles.csv").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv"]  # no temporary files


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(ParameterError, match="has no files"):
        stream_extract(tmp_path / "corpus", tmp_path / "out", use_cache=False)


@pytest.mark.parametrize("workers", ["0", "-2"])
def test_cli_refuses_fewer_than_one_worker(tmp_path, capsys, workers):
    argv = ["extract", str(RAW_ARTICLES), "--out", str(tmp_path), f"--workers={workers}"]
    assert main([*argv, "--no-cache"]) == 2
    assert "give 1 or more worker processes" in capsys.readouterr().err


def test_cli_extract_with_two_workers(tmp_path, capsys):
    argv = ["extract", str(RAW_ARTICLES), "--out", str(tmp_path), "--workers", "2", "--no-cache"]
    assert main(argv) == 0
    assert "extract: 5 articles, 0 skipped" in capsys.readouterr().out
    assert len(list((tmp_path / "text").glob("*.txt"))) == 5


# The benchmark corpus generator.


def test_generator_is_deterministic_and_seeded(tmp_path):
    generate(12, tmp_path / "a")
    generate(12, tmp_path / "b")
    generate(12, tmp_path / "c", seed=7)
    assert output_bytes(tmp_path / "a") == output_bytes(tmp_path / "b")
    assert output_bytes(tmp_path / "a") != output_bytes(tmp_path / "c")


def test_generated_corpus_repeats_no_sentence_and_reads_like_news(tmp_path):
    generate(150, tmp_path)
    articles, skipped = read_corpus(tmp_path)
    sentences = Counter(s.text for a in articles for s in a.sentences)
    assert len(articles) == 150 and not skipped
    assert sentences.most_common(1)[0][1] == 1
    assert len({a.title for a in articles}) == 150
    assert sum(len(a.sentences) for a in articles) > 150 * 12
    assert len({a.outlet for a in articles}) > 3  # metadata, lead codes and signatures vary
    rows = [extract_article(a) for a in articles[:10]]
    assert all(r.mentions for r in rows) and sum(len(r.figures) for r in rows) > 10


def test_an_extractor_failure_names_the_file_and_writes_nothing(corpus, tmp_path, monkeypatch):
    real = vnlabour.parallel.extract_article

    def failing(article):
        if article.article_id == "001_f1b6ff815bd75f05":
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(vnlabour.parallel, "extract_article", failing)  # forked workers see it
    with pytest.raises(ValueError, match="boom") as raised:
        stream_extract(corpus, tmp_path / "out", workers=2, use_cache=False)
    assert any("001_f1b6ff815bd75f05.txt" in note for note in raised.value.__notes__)
    assert not (tmp_path / "out" / "articles.csv").exists()
