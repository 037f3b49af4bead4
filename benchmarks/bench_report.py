"""The one-process build against the command-line chain it replaces, on the shipped corpus.

    python benchmarks/bench_report.py [--runs 3]

Cold build: `python -m vnlabour report --force --out TMP` (extract, clean, every notebook in one
kernel, HTML, PDF). Chain: `python -m vnlabour extract` and `clean`, then one `papermill` command
per notebook, one `jupyter nbconvert --to html` per executed notebook, and the same PDF step
(WeasyPrint on the built report.html). Prints the median of the runs and the ratio.
"""

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench import machine_description, measure_command

from vnlabour.config import NOTEBOOKS, RAW_ARTICLES

VENV_BIN = Path(sys.executable).parent
SAMPLE_SECONDS = 0.02  # polling latency adds up over the chain's many short commands
PDF_STEP = (
    "import sys; from pathlib import Path; from vnlabour.report import render_pdf; "
    "render_pdf(Path(sys.argv[1]).read_text(encoding='utf-8'), Path(sys.argv[2]))"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print(machine_description())
    build = statistics.median(cold_build() for _ in range(runs))
    chain = statistics.median(command_chain() for _ in range(runs))
    print(f"\nshipped corpus, median of {runs} runs")
    print(f"  cold build (one process)  {build:6.1f} s")
    print(f"  command-line chain        {chain:6.1f} s")
    print(f"  build / chain             {build / chain:6.2f} (target: under 0.33)")


def cold_build() -> float:
    with tempfile.TemporaryDirectory() as out:
        return timed(vnlabour("report", "--force", "--out", out))


def command_chain() -> float:
    """Seconds of the chain: stages, papermill and nbconvert once per notebook, then the PDF."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        interim, processed, figures = out / "interim", out / "processed", out / "figures"
        steps = [
            vnlabour("extract", str(RAW_ARTICLES), "--out", str(interim), "--no-cache"),
            vnlabour("clean", "--interim", str(interim), "--out", str(processed)),
        ]
        for notebook in sorted(NOTEBOOKS.glob("[0-9]*.ipynb")):
            executed = out / notebook.name
            steps.append(papermill(notebook, executed, processed, figures))
            steps.append([str(VENV_BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)])
        seconds = sum(timed(step) for step in steps)
        with tempfile.TemporaryDirectory() as built:
            timed(vnlabour("report", "--force", "--out", built))  # the HTML the PDF step reads
            html = Path(built) / "report" / "report.html"
            pdf_step = [sys.executable, "-c", PDF_STEP, str(html), str(out / "report.pdf")]
            return seconds + timed(pdf_step)


def timed(command: list[str]) -> float:
    return measure_command(command, SAMPLE_SECONDS).seconds


def vnlabour(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "vnlabour", *arguments]


def papermill(notebook: Path, executed: Path, processed: Path, figures: Path) -> list[str]:
    return [
        str(VENV_BIN / "papermill"), "--log-level", "ERROR", "-k", "vnlabour",
        str(notebook), str(executed),
        "-p", "processed_dir", str(processed), "-p", "figures_dir", str(figures),
    ]  # fmt: skip


if __name__ == "__main__":
    main()
