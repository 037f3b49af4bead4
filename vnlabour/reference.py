"""Loads the reference data under data/reference (partners, aliases, lexicons, relation years)."""

import csv
import hashlib
from functools import cache
from pathlib import Path

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
