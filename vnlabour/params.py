"""Report parameters: their defaults, parsing from `key=value` strings, and validation."""

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from vnlabour.config import LIST_SEP, RAW_ARTICLES
from vnlabour.errors import ParameterError

LANGS = ("vi", "en")


@dataclass(frozen=True)
class Params:
    corpus_dir: Path = RAW_ARTICLES  # folder of articles to read
    start_year: int | None = None  # first year shown; None: from the earliest article
    end_year: int | None = None  # last year shown; None: up to the latest article
    partners: tuple[str, ...] = ()  # partner codes to keep (KHM, LAO, ILO...); empty: all
    lang: str = "vi"  # report language: vi or en
    top_n: int = 15  # partners shown in ranked charts


def parse_params(pairs: Iterable[str], known_codes: Iterable[str] = ()) -> Params:
    """Params from `key=value` strings (the CLI's --param), validated."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise ParameterError(f"--param {pair!r}: write it as key=value, e.g. lang=en")
        values[key.strip()] = value.strip()
    return check_params(from_strings(values), known_codes)


def from_strings(values: Mapping[str, str]) -> Params:
    names = [f.name for f in fields(Params)]
    for key in values:
        if key not in names:
            raise ParameterError(
                f"unknown parameter {key!r}{suggest(key, names)}; known: {', '.join(names)}"
            )
    converted = {key: convert(key, value) for key, value in values.items()}
    return replace(Params(), **converted)


def convert(key: str, value: str) -> object:
    if key == "corpus_dir":
        return Path(value)
    if key in ("start_year", "end_year", "top_n"):
        if value == "" and key != "top_n":
            return None
        try:
            return int(value)
        except ValueError:
            example = 10 if key == "top_n" else 2023
            raise ParameterError(
                f"{key}={value!r}: give a whole number, e.g. {key}={example}"
            ) from None
    if key == "partners":
        return tuple(
            code.strip().upper() for code in value.replace(LIST_SEP, ",").split(",") if code.strip()
        )
    return value


def check_params(params: Params, known_codes: Iterable[str] = ()) -> Params:
    """The same params, or a ParameterError that names the problem and the fix."""
    if params.lang not in LANGS:
        raise ParameterError(f"lang={params.lang!r}: use one of {', '.join(LANGS)}")
    if params.start_year and params.end_year and params.end_year < params.start_year:
        raise ParameterError(
            f"end_year={params.end_year} is before start_year={params.start_year}: swap them"
        )
    if params.top_n < 1:
        raise ParameterError(f"top_n={params.top_n}: give a number of partners of 1 or more")
    known = sorted(set(known_codes))
    for code in params.partners if known else ():
        if code not in known:
            raise ParameterError(f"unknown partner code {code!r}{suggest(code, known)}")
    return params


def suggest(word: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=3, cutoff=0.5)
    return f" (did you mean {', '.join(close)}?)" if close else ""
