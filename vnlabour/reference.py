"""Loads the reference data under data/reference (partners, aliases, lexicons, relation years)."""

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.core import get_global

from vnlabour.config import REFERENCE
from vnlabour.errors import ReferenceDataError


@cache
def read_table(name: str, folder: Path = REFERENCE) -> tuple[dict[str, str], ...]:
    """Rows of data/reference/<name>.csv as dicts; lines starting with '#' are comments."""
    path = folder / f"{name}.csv"
    if not path.is_file():
        raise ReferenceDataError(f"{path}: reference file missing; restore it from git")
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return tuple(csv.DictReader(lines))


def reference_hash(folder: Path = REFERENCE) -> str:
    """A content hash of every reference file, for caches and the report's provenance."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.csv")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


PARTNER_KINDS = ("country", "organisation", "framework", "agreement")
PRIVATE_USE_ALPHA2 = re.compile(r"AA|Q[M-Z]|X[A-Z]|ZZ")  # ISO 3166-1 user-assigned codes


@dataclass(frozen=True)
class Partner:
    code: str  # ISO 3166-1 alpha-3, or the organisation's acronym
    kind: str  # country | organisation | framework | agreement
    name_vi: str
    name_en: str


@cache
def partner_catalogue() -> dict[str, Partner]:
    """Every partner code: CLDR countries and territories, then data/reference/organisations.csv."""
    catalogue = country_catalogue()
    for row in read_table("organisations"):
        partner = Partner(row["code"], row["kind"], row["name_vi"], row["name_en"])
        check_partner(partner, catalogue)
        catalogue[partner.code] = partner
    return dict(sorted(catalogue.items()))


@cache
def agency_countries() -> dict[str, str]:
    """National agency code -> the country it acts for (organisations.csv column country)."""
    rows = read_table("organisations")
    countries = {row["code"]: row["country"] for row in rows if row["country"]}
    for code, country in countries.items():
        if country not in country_catalogue():
            raise ReferenceDataError(
                f"{REFERENCE / 'organisations.csv'}, row {code!r}: country {country!r} is no "
                "ISO alpha-3 code of a country; use one (KOR, JPN, DEU...) or leave it empty"
            )
    return countries


@cache
def spelt_out_agencies() -> frozenset[str]:
    """Agencies coded by their acronym even where an article only spells out their name
    (organisations.csv column spelt_out)."""
    return frozenset(row["code"] for row in read_table("organisations") if row["spelt_out"])


def country_catalogue() -> dict[str, Partner]:
    """CLDR territories that are countries, keyed by alpha-3, named in Vietnamese and English."""
    names_vi, names_en = Locale("vi").territories, Locale("en").territories
    alpha3 = alpha3_codes()
    return {
        alpha3[code]: Partner(alpha3[code], "country", names_vi[code], names_en[code])
        for code in sorted(names_vi)
        if code in alpha3 and code in names_en
    }


def alpha3_codes() -> dict[str, str]:
    """Alpha-2 -> alpha-3 from CLDR aliases, without user-assigned codes (EU, XA, ZZ...).

    Where CLDR keeps a withdrawn alpha-3 as well (BUR and MMR for MM) the one sharing the longest
    prefix with the alpha-2 code is the current one (MMR, DEU, FRA, TLS, YEM, COD).
    """
    candidates: dict[str, list[str]] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1 and len(targets[0]) == 2:
            candidates.setdefault(targets[0], []).append(alias)
    return {
        alpha2: min(codes, key=lambda code: (-shared_prefix(alpha2, code), code))
        for alpha2, codes in candidates.items()
        if not PRIVATE_USE_ALPHA2.fullmatch(alpha2)
        and not any(PRIVATE_USE_ALPHA2.fullmatch(code[:2]) for code in codes)
    }


def shared_prefix(a: str, b: str) -> int:
    """How many leading characters a and b have in common."""
    length = min(len(a), len(b))
    return next((i for i in range(length) if a[i] != b[i]), length)


def check_partner(partner: Partner, catalogue: dict[str, Partner]) -> None:
    where = f"{REFERENCE / 'organisations.csv'}, row {partner.code or partner.name_en!r}"
    if partner.kind not in PARTNER_KINDS:
        raise ReferenceDataError(
            f"{where}: kind {partner.kind!r}; use one of {', '.join(PARTNER_KINDS)}"
        )
    if not partner.code or not all((partner.name_vi, partner.name_en)):
        raise ReferenceDataError(f"{where}: fill in code, name_vi and name_en")
    if partner.code in catalogue:
        raise ReferenceDataError(f"{where}: code {partner.code} is already used; pick another")


@cache
def partner_names() -> tuple[tuple[str, str], ...]:
    """(name, code) for every way a partner is written: catalogue names, acronyms, aliases.csv."""
    catalogue = partner_catalogue()
    names = [(name, p.code) for p in catalogue.values() for name in catalogue_names(p)]
    for row in read_table("aliases"):
        if row["code"] not in catalogue:
            raise ReferenceDataError(
                f"{REFERENCE / 'aliases.csv'}, alias {row['alias']!r}: unknown code "
                f"{row['code']!r}; use a code of partner_catalogue() or add it to organisations.csv"
            )
        names.append((row["alias"], row["code"]))
    return tuple(dict.fromkeys(names))


def catalogue_names(partner: Partner) -> list[str]:
    """A partner's names; "Myanmar (Miến Điện)" also gives "Myanmar" and "Miến Điện"."""
    names = [partner.code] if partner.kind != "country" else []
    for name in (partner.name_vi, partner.name_en):
        names.append(name)
        outer, _, inner = name.partition(" (")
        if inner.endswith(")"):
            names.extend((outer, inner[:-1]))
    return names


@cache
def word_set(name: str, column: str = "name") -> frozenset[str]:
    """One column of a word-list reference file, as a set."""
    return frozenset(row[column] for row in read_table(name))
