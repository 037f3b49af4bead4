"""The per-article cache: the same bytes as a plain run, and only what changed is extracted."""

import os
import shutil
from pathlib import Path

import pytest

import vnlabour.cache
import vnlabour.parallel
from tests.test_parallel import output_bytes, plain_run
from vnlabour.cache import ArticleCache, extractor_version, file_digests, read_index
from vnlabour.config import RAW_ARTICLES
from vnlabour.corpus import Skipped
from vnlabour.parallel import FileResult, per_article_cache, stream_extract
from vnlabour.reference import reference_hash
from vnlabour.tables import write_atomically

NEW_ARTICLE = """Hội thảo hợp tác lao động Việt Nam - Hàn Quốc tại Đà Nẵng

Ngày 3/10/2024, tại Đà Nẵng, Bộ Nội vụ tổ chức hội thảo với Bộ Việc làm và Lao động Hàn Quốc.
Năm 2024, hơn 12.500 lao động Việt Nam đã sang Hàn Quốc làm việc theo Chương trình EPS.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(RAW_ARTICLES, folder)
    return folder


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The article ids the extractor is called on, in the serial path (workers=1)."""
    seen: list[str] = []
    real = vnlabour.parallel.extract_article

    def counted(article):
        seen.append(article.article_id)
        return real(article)

    monkeypatch.setattr(vnlabour.parallel, "extract_article", counted)
    return seen


def run(corpus: Path, out: Path, cache_dir: Path, **options) -> vnlabour.parallel.ExtractStats:
    return stream_extract(corpus, out, workers=1, cache_dir=cache_dir, **options)


def test_a_warm_cache_extracts_nothing_and_gives_the_plain_bytes(corpus, tmp_path, calls):
    plain_run(corpus, tmp_path / "plain")
    first = run(corpus, tmp_path / "a", tmp_path / "cache")
    assert (first.extracted, first.cached, len(calls)) == (5, 0, 5)
    second = run(corpus, tmp_path / "b", tmp_path / "cache")  # another folder: no run record
    assert (second.extracted, second.cached, len(calls)) == (0, 5, 5)
    assert output_bytes(tmp_path / "a") == output_bytes(tmp_path / "plain")
    assert output_bytes(tmp_path / "b") == output_bytes(tmp_path / "plain")


def test_a_new_article_is_the_only_one_extracted(corpus, tmp_path, calls):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    (corpus / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    stats = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert calls[5:] == ["005_new"] and stats.extracted == 1 and stats.cached == 5
    plain_run(corpus, tmp_path / "plain")
    assert output_bytes(tmp_path / "out") == output_bytes(tmp_path / "plain")


def test_an_edited_or_renamed_article_is_extracted_again(corpus, tmp_path, calls):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    edited = sorted(corpus.iterdir())[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    renamed = sorted(corpus.iterdir())[4]
    renamed.rename(corpus / "renamed.txt")  # same bytes, another article_id
    run(corpus, tmp_path / "out", tmp_path / "cache")
    assert sorted(calls[5:]) == sorted([edited.stem, "renamed"])


def test_a_touched_file_is_hashed_again_but_not_extracted(corpus, tmp_path, calls):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    touched = sorted(corpus.iterdir())[0]
    os.utime(touched, ns=(1_000_000_000, 1_000_000_000))
    stats = run(corpus, tmp_path / "other", tmp_path / "cache")
    assert stats.extracted == 0 and len(calls) == 5
    index = read_index(ArticleCache(tmp_path / "cache").index_path(corpus))
    assert index[touched.name].mtime_ns == 1_000_000_000


@pytest.mark.parametrize("changed", ["extractor_version", "reference_hash"])
def test_a_new_extractor_or_reference_data_invalidates_every_entry(
    corpus, tmp_path, calls, monkeypatch, changed
):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    monkeypatch.setattr(vnlabour.cache, changed, lambda: "something else")
    stats = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert stats.extracted == 5 and len(calls) == 10


def test_extractor_version_follows_the_source(tmp_path, monkeypatch):
    package = tmp_path / "vnlabour"
    shutil.copytree(Path(vnlabour.cache.__file__).parent / "extract", package / "extract")
    shutil.copy(Path(vnlabour.cache.__file__).parent / "corpus.py", package / "corpus.py")
    monkeypatch.setattr(vnlabour.cache, "PACKAGE", package)
    versions = []
    for edit in ("", "# a comment\n"):
        with (package / "extract" / "numbers.py").open("a", encoding="utf-8") as source:
            source.write(edit)
        extractor_version.cache_clear()
        versions.append(extractor_version())
    extractor_version.cache_clear()
    assert versions[0] != versions[1]


def test_reference_hash_follows_the_reference_files(tmp_path):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "aliases.csv").write_text("alias,code\nCam-pu-chia,KHM\n", encoding="utf-8")
    before = reference_hash(folder)
    (folder / "aliases.csv").write_text("alias,code\nCam-pu-chia,LAO\n", encoding="utf-8")
    assert reference_hash(folder) != before


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])  # the last: int 1
def test_a_damaged_entry_is_extracted_again(corpus, tmp_path, calls, damage):
    plain_run(corpus, tmp_path / "plain")
    run(corpus, tmp_path / "out", tmp_path / "cache")
    entries = sorted((tmp_path / "cache" / "rows").rglob("*.pickle"))
    write_atomically(entries[0], damage)
    stats = run(corpus, tmp_path / "again", tmp_path / "cache")
    assert stats.extracted == 1 and len(calls) == 6
    assert output_bytes(tmp_path / "again") == output_bytes(tmp_path / "plain")


def test_no_cache_reads_and_writes_nothing(corpus, tmp_path, calls):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    stats = run(corpus, tmp_path / "out", tmp_path / "fresh", use_cache=False)
    assert stats.extracted == 5 and not (tmp_path / "fresh").exists()


def test_unchanged_inputs_and_outputs_rewrite_nothing(corpus, tmp_path, calls):
    out = tmp_path / "out"
    run(corpus, out, tmp_path / "cache")
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    stats = run(corpus, out, tmp_path / "cache")
    assert (stats.articles, stats.extracted) == (5, 0)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


@pytest.mark.parametrize("tamper", ["delete_text", "edit_table", "add_file"])
def test_touched_outputs_are_written_again(corpus, tmp_path, calls, tamper):
    out = tmp_path / "out"
    run(corpus, out, tmp_path / "cache")
    expected = output_bytes(out)
    if tamper == "delete_text":
        next((out / "text").iterdir()).unlink()
    elif tamper == "edit_table":
        (out / "articles.csv").write_text("article_id\n", encoding="utf-8")
    else:
        (out / "text" / "stray.txt").write_text("x", encoding="utf-8")
    stats = run(corpus, out, tmp_path / "cache")
    assert stats.cached == 5 and len(calls) == 5  # rewritten from the cache, not extracted
    written = output_bytes(out)
    written.pop("text/stray.txt", None)  # not ours: left alone, as before the cache
    assert written == expected


def test_skipped_files_are_cached_and_warned_about_again(corpus, tmp_path, calls, capsys):
    (corpus / "empty.txt").write_bytes(b"")
    run(corpus, tmp_path / "out", tmp_path / "cache")
    capsys.readouterr()
    stats = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert stats.skipped == 1 and "skipped 'empty.txt'" in capsys.readouterr().err


def test_keys_tell_apart_name_content_and_salt(tmp_path):
    cache = ArticleCache(tmp_path, salt="s")
    keys = {
        cache.key("a.txt", "d"),
        cache.key("b.txt", "d"),
        cache.key("a.txt", "e"),
        ArticleCache(tmp_path, salt="t").key("a.txt", "d"),
    }
    assert len(keys) == 4


def test_entries_round_trip_and_refuse_other_types(tmp_path):
    cache = ArticleCache(tmp_path, salt="s")
    result = FileResult("a.txt", (Skipped("a.txt", "empty file"),))
    cache.store("k1", result)
    cache.store("k2", {"not": "a result"})
    assert cache.load("k1", FileResult) == result
    assert cache.load("k2", FileResult) is None
    assert cache.load("missing", FileResult) is None
    assert not list(tmp_path.rglob("*.tmp"))


def test_file_digests_survive_a_broken_index(tmp_path):
    (tmp_path / "a.txt").write_text("một", encoding="utf-8")
    index = tmp_path / "index.json"
    index.write_text("{broken", encoding="utf-8")
    digests, stamps = file_digests([tmp_path / "a.txt"], index)
    assert digests["a.txt"] == stamps["a.txt"].digest
    assert len(digests["a.txt"]) == 64


def test_report_force_turns_the_cache_off_for_a_block(corpus, tmp_path, calls):
    with per_article_cache(enabled=False):
        run(corpus, tmp_path / "out", tmp_path / "cache")
        run(corpus, tmp_path / "out", tmp_path / "cache")
    assert len(calls) == 10 and not (tmp_path / "cache").exists()
    run(corpus, tmp_path / "out", tmp_path / "cache")  # on again after the block
    assert (tmp_path / "cache").is_dir()
