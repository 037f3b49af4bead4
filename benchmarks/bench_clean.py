"""The clean stage alone: time and peak memory of `python -m vnlabour clean` on interim folders.

    python benchmarks/bench_clean.py INTERIM_DIR [INTERIM_DIR ...] [--repeat 2]

An interim folder is what `python -m vnlabour extract CORPUS --out DIR` writes (for example of a
corpus from generate_corpus.py). Each is cleaned into a temporary folder under .cache/bench, with
the default corrections; the command is timed start-up included and its peak memory sampled as
bench.py does. The load average is printed with each line: timings on a shared machine are noisy.
"""

import argparse
import csv
import os
import sys
import tempfile
from pathlib import Path

from bench import BENCH_DIR, machine_description, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("interim", nargs="+", type=Path, help="interim folders to clean")
    parser.add_argument("--repeat", type=int, default=1, help="runs per folder (default 1)")
    args = parser.parse_args()
    print(machine_description())
    print("| interim folder | articles | clean (s) | peak MB (RSS) | load average |")
    print("|---|---:|---:|---:|---:|")
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    for interim in args.interim:
        articles = count_rows(interim / "articles.csv")
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory(dir=BENCH_DIR, prefix="clean-") as out:
                measured = measure(["clean", "--interim", str(interim), "--out", out])
            load = f"{os.getloadavg()[0]:.2f}"
            print(
                f"| {interim} | {articles:,} | {measured.seconds:.1f} "
                f"| {measured.peak_rss_mb:.0f} | {load} |",
                flush=True,
            )


def count_rows(path: Path) -> int:
    """Rows of a CSV, its header left out."""
    if not path.is_file():
        sys.exit(f"bench_clean: {path}: missing; give folders written by `vnlabour extract`")
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


if __name__ == "__main__":
    main()
