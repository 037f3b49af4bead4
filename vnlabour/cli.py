"""Command line: `python -m vnlabour extract | clean | report`."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from vnlabour.config import INTERIM, RAW_ARTICLES
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
    return parser


def run_extract(args: argparse.Namespace) -> int:
    from vnlabour.pipeline import extract_corpus

    extract_corpus(args.corpus, args.out)
    return 0
