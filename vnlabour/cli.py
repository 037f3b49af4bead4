"""Command line: `python -m vnlabour extract | clean | report`."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from vnlabour.config import CORRECTIONS, INTERIM, PROCESSED, RAW_ARTICLES
from vnlabour.errors import ParameterError, VnlabourError

INTERRUPTED = "interrupted; nothing was changed"
EXIT_ERROR, EXIT_INTERRUPTED = 2, 130  # 130: 128 + SIGINT, as shells report Ctrl-C
STRICT_HELP = "fail (exit 2, nothing written) when a corpus file is skipped"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except VnlabourError as error:
        print(f"error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_INTERRUPTED


def one_line(message: str) -> str:
    """The message on one line, whatever file names with line breaks it quotes."""
    return " ".join(message.splitlines())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m vnlabour", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="articles -> interim tables")
    extract.add_argument("corpus", nargs="?", type=Path, default=RAW_ARTICLES, metavar="CORPUS_DIR")
    extract.add_argument("--out", type=Path, default=INTERIM, metavar="OUT_DIR")
    extract.add_argument("--strict", action="store_true", help=STRICT_HELP)
    extract.add_argument(
        "--workers", type=int, metavar="N", help="worker processes (default: one per core)"
    )
    extract.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on a Dask cluster, e.g. tcp://10.0.0.5:8786"
    )
    extract.add_argument(
        "--no-cache", "--force", dest="use_cache", action="store_false",
        help="extract every article again, without reading or writing the per-article cache",
    )  # fmt: skip
    extract.set_defaults(run=run_extract)
    clean = commands.add_parser("clean", help="interim tables -> processed tables")
    clean.add_argument("--interim", type=Path, default=INTERIM, metavar="DIR")
    clean.add_argument("--out", type=Path, default=PROCESSED, metavar="DIR")
    clean.add_argument(
        "--corrections", type=Path, metavar="FILE",
        help="hand corrections to apply (default: data/annotations/corrections.csv)",
    )  # fmt: skip
    clean.set_defaults(run=run_clean)
    report = commands.add_parser("report", help="build tables, figures and the report")
    report.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE",
        help="a report parameter, e.g. lang=en, start_year=2020, partners=KHM,LAO (repeatable)",
    )  # fmt: skip
    report.add_argument("--out", type=Path, metavar="DIR", help="write every output under DIR")
    report.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    report.add_argument(
        "--strict", action="store_true", help=f"{STRICT_HELP}, or a chart has nothing to draw"
    )
    report.set_defaults(run=run_report)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from vnlabour.parallel import stream_extract

    stats = stream_extract(
        args.corpus, args.out, args.workers, args.scheduler, args.use_cache, args.strict
    )
    print(
        f"extract: {stats.articles} articles, {stats.skipped} skipped -> {args.out} "
        f"({stats.extracted} extracted, {stats.cached} from the cache)"
    )
    return 0


def run_clean(args: argparse.Namespace) -> int:
    from vnlabour.pipeline import clean_tables

    if args.corrections and not args.corrections.is_file():
        raise ParameterError(
            f"--corrections {args.corrections}: no such file; give the path of a corrections CSV"
        )
    clean_tables(args.interim, args.out, args.corrections or CORRECTIONS)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from vnlabour.report import run_cli

    return run_cli(args.param, args.out, args.force, args.strict)
