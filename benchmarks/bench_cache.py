"""Unchanged inputs: how long `extract` takes when the per-article cache can answer everything.

    python benchmarks/bench_cache.py [--sizes 5,10000,100000]

An unchanged run never calls the extractor, so the cache is filled here with a stub extractor
(one empty row set per article, in a private cache folder under .cache/bench) to keep this quick;
then two commands are timed in a fresh interpreter, start-up included: the same extract again
(nothing changed: the run record answers) and an extract into a new folder (every article read
back from the cache and written out). Size 5 is the shipped corpus.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import BENCH_DIR, generated_corpus

import vnlabour.parallel
from vnlabour.config import RAW_ARTICLES
from vnlabour.extract import ArticleRows
from vnlabour.extract.rows import Event

SIZES = (5, 10_000, 100_000)
RUN = (
    "import sys; from pathlib import Path; from vnlabour.parallel import stream_extract; "
    "print(stream_extract(Path(sys.argv[1]), Path(sys.argv[2]), cache_dir=Path(sys.argv[3])))"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 5,10000,100000)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else SIZES
    print(
        "| articles | fill the cache, stub extractor (s) | unchanged (s) | new output folder (s) |"
    )
    print("|---:|---:|---:|---:|")
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        corpus = RAW_ARTICLES if size == 5 else generated_corpus(size)
        with tempfile.TemporaryDirectory(dir=BENCH_DIR, prefix="cache-") as tmp:
            cache, out = Path(tmp) / "cache", Path(tmp) / "out"
            fill = filled_cache(corpus, out, cache)
            unchanged = timed_run(corpus, out, cache)
            fresh = timed_run(corpus, Path(tmp) / "fresh", cache)
        print(f"| {size:,} | {fill:.1f} | {unchanged:.2f} | {fresh:.1f} |", flush=True)


def filled_cache(corpus: Path, out: Path, cache: Path) -> float:
    """Seconds to extract corpus into out with a stub extractor, filling cache."""
    real = vnlabour.parallel.extract_article
    vnlabour.parallel.extract_article = stub_rows
    try:
        started = time.perf_counter()
        vnlabour.parallel.stream_extract(corpus, out, workers=1, cache_dir=cache)
        return time.perf_counter() - started
    finally:
        vnlabour.parallel.extract_article = real


def stub_rows(article) -> ArticleRows:
    return ArticleRows(article, Event("other", (), "", "", ""), (), (), ())


def timed_run(corpus: Path, out: Path, cache: Path) -> float:
    """Wall time of an extract in a new interpreter; it must not extract anything."""
    started = time.perf_counter()
    command = [sys.executable, "-c", RUN, str(corpus), str(out), str(cache)]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if "extracted=0," not in result.stdout:
        raise SystemExit(f"bench_cache: expected no extraction, got {result.stdout.strip()}")
    return seconds


if __name__ == "__main__":
    main()
