"""Command line: `python -m vnlabour extract | clean | report`."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from vnlabour.config import INTERIM, PROCESSED, RAW_ARTICLES
from vnlabour.errors import VnlabourError


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except VnlabourError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m vnlabour", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="articles -> interim tables")
    extract.add_argument("corpus", nargs="?", type=Path, default=RAW_ARTICLES, metavar="CORPUS_DIR")
    extract.add_argument("--out", type=Path, default=INTERIM, metavar="OUT_DIR")
    extract.set_defaults(run=run_extract)
    clean = commands.add_parser("clean", help="interim tables -> processed tables")
    clean.add_argument("--interim", type=Path, default=INTERIM, metavar="DIR")
    clean.add_argument("--out", type=Path, default=PROCESSED, metavar="DIR")
    clean.set_defaults(run=run_clean)
    report = commands.add_parser("report", help="build tables, figures and the report")
    report.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE",
        help="a report parameter, e.g. lang=en, start_year=2020, partners=KHM,LAO (repeatable)",
    )  # fmt: skip
    report.add_argument("--out", type=Path, metavar="DIR", help="write every output under DIR")
    report.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    report.set_defaults(run=run_report)
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from vnlabour.pipeline import extract_corpus

    extract_corpus(args.corpus, args.out)
    return 0


def run_clean(args: argparse.Namespace) -> int:
    from vnlabour.pipeline import clean_tables

    clean_tables(args.interim, args.out)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from vnlabour.report import run_cli

    return run_cli(args.param, args.out, args.force)
