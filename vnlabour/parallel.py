"""Extraction of a whole corpus folder: cached, on all cores, or on a Dask cluster, streamed.

extract_file() is the pure per-file function. stream_extract() runs it for every file that the
per-article cache (vnlabour.cache) cannot answer, serially, on a process pool (chunked, one worker
per core by default) or on dask.distributed when a scheduler address is given, and writes the
interim tables article by article in file-name order, so the output is the same bytes whichever
way it ran and no corpus has to fit in memory.
"""

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from vnlabour.cache import (
    CACHE_DIR,
    ArticleCache,
    file_digests,
    record_run,
    recorded_counts,
    run_key,
    write_index,
)
from vnlabour.corpus import Article, FirstCopies, Skipped, name_order, read_file
from vnlabour.errors import ParameterError
from vnlabour.extract import ArticleRows, extract_article
from vnlabour.extract.segment import tokenizer
from vnlabour.pipeline import check_corpus_read, uninterrupted
from vnlabour.tables import InterimWriter

SERIAL_MAX_FILES = 16  # fewer files than this: a pool's start-up costs more than it saves
CHUNKS_PER_WORKER = 32  # chunks per worker, so that the last ones leave no core idle for long
MAX_CHUNK = 64  # files per pool task at most, so the results keep streaming in
DASK_BATCH = 32  # files per Dask task
DASK_WINDOW = 64  # Dask tasks in flight at once; bounds the memory their results take
DASK_CONNECT_TIMEOUT = "10s"
CACHE_ENABLED = ContextVar("CACHE_ENABLED", default=True)  # see per_article_cache()


@dataclass(frozen=True)
class FileResult:
    """What one corpus file gave: each article's rows, or why the file (or a line) is skipped."""

    file: str
    items: tuple[ArticleRows | Skipped, ...]


@dataclass(frozen=True)
class ExtractStats:
    articles: int  # rows written to articles.csv
    skipped: int  # rows written to skipped.csv
    extracted: int  # files run through the extractor in this run
    cached: int  # files answered by the cache


@contextmanager
def per_article_cache(enabled: bool) -> Iterator[None]:
    """Within the block, stream_extract uses the per-article cache or not, as enabled says, unless
    its caller says otherwise (report --force turns it off for the whole build)."""
    token = CACHE_ENABLED.set(enabled)
    try:
        yield
    finally:
        CACHE_ENABLED.reset(token)


def stream_extract(
    corpus_dir: Path,
    out_dir: Path,
    workers: int | None = None,
    scheduler: str | None = None,
    use_cache: bool | None = None,
    strict: bool = False,
    keep: Callable[[ArticleRows], None] | None = None,
    cache_dir: Path = CACHE_DIR,
) -> ExtractStats:
    """Extract every file of corpus_dir into the interim tables under out_dir, one article at a
    time; keep, if given, receives each article's rows.

    workers: processes (None: one per core); scheduler: a dask.distributed address instead;
    use_cache False neither reads nor writes the per-article cache (kept in cache_dir); None
    uses it unless per_article_cache(enabled=False) is in force;
    strict: a skipped file is an error (StrictError) and nothing is written.
    """
    # Load inputs.
    files = corpus_files(corpus_dir)
    use_cache = CACHE_ENABLED.get() if use_cache is None else use_cache
    article_cache = ArticleCache(cache_dir) if use_cache else None
    run = PlannedRun(corpus_dir, out_dir, files, article_cache)
    if keep is None and run.is_current():
        return run.replayed(strict)
    # Process data.
    runner = Runner(checked_workers(workers), scheduler, article_cache, run.digests)
    skipped: list[Skipped] = []
    articles = 0
    # Save outputs.
    with InterimWriter(out_dir) as writer:
        for item in accepted(runner.results(files)):
            if isinstance(item, Skipped):
                warn_skipped(item)
                skipped.append(item)
                continue
            writer.add(item)
            articles += 1
            if keep:
                keep(item)
        check_corpus_read(corpus_dir, articles, skipped, strict)
        with uninterrupted():
            writer.finish(skipped)
            run.record(articles, skipped)
    return ExtractStats(articles, len(skipped), runner.extracted, runner.cached)


def warn_skipped(item: Skipped) -> None:
    print(f"warning: skipped {item.file!r}: {item.reason}", file=sys.stderr)


class PlannedRun:
    """An extract's inputs as the cache sees them: the hash of every file, and whether the last
    extract into the same folder had the same inputs and left untouched outputs."""

    def __init__(
        self, corpus_dir: Path, out_dir: Path, files: Sequence[Path], cache: ArticleCache | None
    ) -> None:
        self.corpus_dir, self.out_dir, self.cache = corpus_dir, out_dir, cache
        self.digests: dict[str, str] = {}
        self.key = ""
        if cache is not None:
            index_path = cache.index_path(corpus_dir)
            self.digests, stamps = file_digests(files, index_path)
            write_index(index_path, stamps)
            self.key = run_key(cache.salt, self.digests)
        self.last = self.cache and recorded_counts(self.cache.run_path(out_dir), out_dir, self.key)

    def is_current(self) -> bool:
        return bool(self.last)

    def replayed(self, strict: bool) -> ExtractStats:
        """The last extract's numbers, its warnings printed again; nothing is written."""
        skipped = [Skipped(file, reason) for file, reason in self.last["skipped"]]
        for item in skipped:
            warn_skipped(item)
        check_corpus_read(self.corpus_dir, self.last["articles"], skipped, strict)
        return ExtractStats(self.last["articles"], len(skipped), 0, len(self.digests))

    def record(self, articles: int, skipped: Sequence[Skipped]) -> None:
        if self.cache is not None:
            counts = {"articles": articles, "skipped": [[s.file, s.reason] for s in skipped]}
            record_run(self.cache.run_path(self.out_dir), self.out_dir, self.key, counts)


def extract_file(path: Path) -> FileResult:
    """The rows of every article in one file, or why it is skipped; a pure function of the file
    and the reference data. Articles keep the id their file gives them (see accepted())."""
    items = read_file(path)
    return FileResult(
        path.name, tuple(extract_rows(i) if isinstance(i, Article) else i for i in items)
    )


def extract_rows(article: Article) -> ArticleRows:
    """extract_article, with the article named in the traceback if it fails."""
    try:
        return extract_article(article)
    except Exception as error:
        error.add_note(f"while extracting {article.where} ({article.article_id})")
        raise


def extract_files(paths: Sequence[Path]) -> list[FileResult]:
    """extract_file for each path: one pool chunk or Dask task."""
    return [extract_file(path) for path in paths]


def corpus_files(folder: Path) -> list[Path]:
    """The files of a corpus folder in the order read_corpus reads them."""
    if not folder.is_dir():
        raise ParameterError(f"corpus folder {folder} not found: pass a folder of article files")
    return sorted((p for p in folder.iterdir() if p.is_file()), key=name_order)


def checked_workers(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if workers < 1:
        raise ParameterError(f"--workers {workers}: give 1 or more worker processes")
    return workers


def accepted(results: Iterable[FileResult]) -> Iterator[ArticleRows | Skipped]:
    """The results as read_corpus keeps articles: later copies of an article skipped, an
    article whose id an earlier one took renamed (and extracted again under its new id)."""
    copies = FirstCopies()
    for result in results:
        for item in result.items:
            if isinstance(item, Skipped):
                yield item
                continue
            kept = copies.admit(item.article)
            if isinstance(kept, Skipped):
                yield kept
            elif kept is item.article:
                yield item
            else:  # renamed: extracted again, since every row carries the article id
                yield extract_rows(kept)


class Runner:
    """Results for files, in their order: from the cache, else extracted (and then stored)."""

    def __init__(
        self,
        workers: int,
        scheduler: str | None,
        article_cache: ArticleCache | None,
        digests: dict[str, str],
    ) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.article_cache = article_cache
        self.digests = digests
        self.extracted = self.cached = 0

    def results(self, files: Sequence[Path]) -> Iterator[FileResult]:
        hits = [self.has_entry(path.name) for path in files]
        computed = self.computed([path for path, hit in zip(files, hits, strict=True) if not hit])
        for path, hit in zip(files, hits, strict=True):
            result = self.lookup(path.name) if hit else None
            if result is None:  # not cached, or an unreadable entry: extracted here
                result = extract_file(path) if hit else next(computed)
                self.remember(path.name, result)
            yield result

    def has_entry(self, file_name: str) -> bool:
        if self.article_cache is None:
            return False
        return self.article_cache.path(self.key(file_name)).is_file()

    def lookup(self, file_name: str) -> FileResult | None:
        """The cached result, or None (no cache, no entry, or an unreadable one)."""
        if self.article_cache is None:
            return None
        result = self.article_cache.load(self.key(file_name), FileResult)
        self.cached += result is not None
        return result

    def remember(self, file_name: str, result: FileResult) -> None:
        self.extracted += 1
        if self.article_cache is not None:
            self.article_cache.store(self.key(file_name), result)

    def key(self, file_name: str) -> str:
        return self.article_cache.key(file_name, self.digests[file_name])

    def computed(self, paths: Sequence[Path]) -> Iterator[FileResult]:
        """extract_file over paths, in order: on Dask, on a process pool, or here."""
        if self.scheduler:
            return on_dask(paths, self.scheduler)
        if self.workers > 1 and len(paths) >= SERIAL_MAX_FILES:
            return on_pool(paths, self.workers)
        return map(extract_file, paths)


def on_pool(paths: Sequence[Path], workers: int) -> Iterator[FileResult]:
    """extract_file over paths on a pool of worker processes, results in order.

    Workers are forked where the platform allows it, after this process has extracted the first
    file and loaded pyvi, so they share the reference data, matchers and pyvi's model instead of
    each loading its own; elsewhere each worker loads them on first use.
    """
    methods = multiprocessing.get_all_start_methods()
    forked = "fork" in methods
    if forked:
        yield extract_file(paths[0])  # loads the reference data and matchers here, once
        tokenizer()  # pyvi too: forked workers share what this process loaded
        paths = paths[1:]
    context = multiprocessing.get_context("fork" if forked else None)
    chunk = max(1, min(MAX_CHUNK, len(paths) // (workers * CHUNKS_PER_WORKER)))
    with context.Pool(workers) as pool:
        yield from pool.imap(extract_file, paths, chunksize=chunk)


def on_dask(paths: Sequence[Path], scheduler: str) -> Iterator[FileResult]:
    """extract_file over paths on a dask.distributed cluster, results in order; the workers must
    see the corpus folder at the same path (a shared file system) and have vnlabour installed."""
    client = dask_client(scheduler)
    with client:
        pending: deque = deque()
        for start in range(0, len(paths), DASK_BATCH):
            batch = list(paths[start : start + DASK_BATCH])
            pending.append(client.submit(extract_files, batch, pure=False))
            if len(pending) >= DASK_WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def dask_client(scheduler: str):
    """A dask.distributed client connected to scheduler, or a ParameterError saying what to do."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise ParameterError(
            "--scheduler needs Dask: install it with `pip install -r requirements-dask.txt`"
        ) from None
    try:
        return Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ParameterError(
            f"--scheduler {scheduler}: cannot reach a Dask scheduler there ({error}); start one "
            "with `dask scheduler` and give the address it prints, or drop --scheduler"
        ) from None
