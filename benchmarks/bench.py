"""`make bench`: extraction throughput, 1 -> 2 worker speed-up, whole-build time, peak memory.

    python benchmarks/bench.py [--sizes 100,1000,10000] [--no-build]

For each corpus size N (100, 1,000 and 10,000 articles; BENCH_FULL=1 adds 100,000) it generates a
corpus with generate_corpus.py (once, under .cache/bench), then times, with every cache off:
`python -m vnlabour extract CORPUS --no-cache --workers 1` and `--workers 2` (wall time of the
command, start-up included), and `python -m vnlabour report --force --out TMP --param
corpus_dir=CORPUS` (tables, notebooks, HTML and PDF). Peak memory is sampled every 0.2 s and
summed over the command's whole process tree (pool workers and the notebook kernel included), as
RSS (shared pages counted once per process) and PSS (shared pages split between processes).
"""

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from vnlabour.config import ROOT

HERE = Path(__file__).resolve().parent
BENCH_DIR = ROOT / ".cache" / "bench"
SIZES = (100, 1_000, 10_000)
FULL_SIZE = 100_000
SAMPLE_SECONDS = 0.2
MB = 1024 * 1024


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_mb: float  # summed over the process tree
    peak_pss_mb: float


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 100,1000,10000)")
    parser.add_argument("--no-build", action="store_true", help="time extraction only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else default_sizes()
    print(machine_description())
    print()
    print(TABLE_HEADER)
    for size in sizes:
        print(table_row(size, bench_size(size, build=not args.no_build)), flush=True)


def default_sizes() -> list[int]:
    return [*SIZES, FULL_SIZE] if os.environ.get("BENCH_FULL") == "1" else list(SIZES)


def bench_size(size: int, build: bool) -> dict[str, Measured | None]:
    """The measurements of one corpus size."""
    corpus = generated_corpus(size)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    results: dict[str, Measured | None] = {}
    with tempfile.TemporaryDirectory(dir=BENCH_DIR, prefix="out-") as tmp:
        for workers in (1, 2):
            if workers == 1 and size >= FULL_SIZE:
                results["extract_1"] = None  # half an hour on one core: left out
                continue
            command = ["extract", str(corpus), "--out", f"{tmp}/x{workers}", "--no-cache"]
            results[f"extract_{workers}"] = measure([*command, "--workers", str(workers)])
        results["build"] = None
        if build:
            command = ["report", "--force", "--out", f"{tmp}/build"]
            results["build"] = measure([*command, "--param", f"corpus_dir={corpus}"])
    return results


def generated_corpus(size: int) -> Path:
    """The benchmark corpus of size articles, generated on first use."""
    folder = BENCH_DIR / f"corpus-{size}"
    if not folder.is_dir() or sum(1 for _ in folder.iterdir()) != size:
        command = [sys.executable, str(HERE / "generate_corpus.py"), str(size), str(folder)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return folder


def measure(arguments: list[str]) -> Measured:
    """Wall time and peak memory of `python -m vnlabour ARGUMENTS`; it must succeed."""
    return measure_command([sys.executable, "-m", "vnlabour", *arguments])


def measure_command(command: list[str], sample_seconds: float = SAMPLE_SECONDS) -> Measured:
    """Wall time and peak memory (summed over the process tree) of a command that must succeed."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        peak_rss = peak_pss = 0
        while process.poll() is None:
            rss, pss = tree_memory(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(sample_seconds)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"bench: {' '.join(command)} failed:\n{message}")
    return Measured(seconds, peak_rss / MB, peak_pss / MB)


def tree_memory(pid: int) -> tuple[int, int]:
    """RSS and PSS in bytes, summed over a process and all its descendants."""
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    rss = pss = 0
    for process in processes:
        try:
            resident = process.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        rss += resident
        pss += proportional_set_size(process.pid) or resident
    return rss, pss


def proportional_set_size(pid: int) -> int:
    """PSS in bytes from /proc/PID/smaps_rollup (cheaper than psutil's full smaps); 0 if gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            line = next((line for line in rollup if line.startswith("Pss:")), "")
    except OSError:
        return 0
    return int(line.split()[1]) * 1024 if line else 0


def machine_description() -> str:
    """Cores, CPU model, memory, Python and the load when the benchmark started."""
    cpu = platform.processor() or platform.machine()
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        models = [line.split(":", 1)[1].strip() for line in info if line.startswith("model name")]
    cpu = models[0] if models else cpu
    memory = psutil.virtual_memory().total / 1024**3
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"machine: {os.cpu_count()} cores, {cpu}, {memory:.1f} GB RAM, Python "
        f"{platform.python_version()}; load average at start {load}"
    )


TABLE_HEADER = (
    "| articles | extract, 1 worker (s) | extract, 2 workers (s) | articles/s (2 workers) "
    "| speed-up 1 -> 2 | extract peak MB (RSS / PSS) | whole build (s) "
    "| build peak MB (RSS / PSS) |\n|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def table_row(size: int, results: dict[str, Measured | None]) -> str:
    one, two, build = results["extract_1"], results["extract_2"], results["build"]
    cells = [
        f"{size:,}",
        f"{one.seconds:.1f}" if one else "-",
        f"{two.seconds:.1f}",
        f"{size / two.seconds:.0f}",
        f"{one.seconds / two.seconds:.2f}x" if one else "-",
        f"{two.peak_rss_mb:.0f} / {two.peak_pss_mb:.0f}",
        f"{build.seconds:.1f}" if build else "-",
        f"{build.peak_rss_mb:.0f} / {build.peak_pss_mb:.0f}" if build else "-",
    ]
    return f"| {' | '.join(cells)} |"


if __name__ == "__main__":
    main()
