"""The per-article extraction cache, and the record that lets an unchanged extract do no work.

An entry holds what one corpus file gave (its rows, or why it was skipped), keyed by the SHA-256 of
the file's bytes, its name, the extractor's version (a hash of the source of vnlabour/extract and
corpus.py) and the reference data's hash: a new or edited article, a changed extractor or changed
reference data is extracted again, everything else is read back. Entries are pickles written
atomically under .cache/extract (git-ignored); one that cannot be read is extracted again. An
index of file sizes and modification times spares hashing the bytes of files that did not change.
"""

import hashlib
import json
import os
import pickle
import platform
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

from vnlabour.config import ROOT
from vnlabour.reference import reference_hash
from vnlabour.tables import write_atomically

CACHE_DIR = ROOT / ".cache" / "extract"
PACKAGE = Path(__file__).resolve().parent
EXTRACTOR_LIBRARIES = ("babel", "charset-normalizer", "pyvi")  # CLDR names, decoding, segmenting


@dataclass(frozen=True)
class Stamp:
    """A corpus file as last seen: its size and modification time, and the hash of its bytes."""

    size: int
    mtime_ns: int
    digest: str


@cache
def extractor_version() -> str:
    """A hash of what decides the rows besides the reference data: the source of
    vnlabour/extract/*.py and corpus.py, and the versions of Python and the libraries they use."""
    digest = hashlib.sha256()
    versions = [platform.python_version(), *(version(name) for name in EXTRACTOR_LIBRARIES)]
    digest.update(" ".join(versions).encode())
    for path in [*sorted((PACKAGE / "extract").glob("*.py")), PACKAGE / "corpus.py"]:
        digest.update(f"{path.relative_to(PACKAGE).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_salt() -> str:
    """What every cache key shares: the extractor's version and the reference data's hash."""
    return hashlib.sha256(f"{extractor_version()}\0{reference_hash()}".encode()).hexdigest()


class ArticleCache:
    """Extraction results on disk, one pickle per (file content, file name, salt)."""

    def __init__(self, folder: Path = CACHE_DIR, salt: str | None = None) -> None:
        self.folder = folder
        self.salt = extraction_salt() if salt is None else salt

    def key(self, file_name: str, digest: str) -> str:
        parts = (self.salt, file_name, digest)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / "rows" / key[:2] / f"{key}.pickle"

    def load(self, key: str, expected: type) -> object | None:
        """The stored result, or None when there is none or it is unreadable or of another type."""
        try:
            value = pickle.loads(self.path(key).read_bytes())
        except Exception:  # missing, truncated or foreign: the caller extracts again
            return None
        return value if isinstance(value, expected) else None

    def store(self, key: str, value: object) -> None:
        write_atomically(self.path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def index_path(self, corpus_dir: Path) -> Path:
        """Where the sizes, mtimes and hashes of corpus_dir's files are kept."""
        return self.folder / "index" / f"{folder_hash(corpus_dir)}.json"

    def run_path(self, out_dir: Path) -> Path:
        """Where the record of the last extract into out_dir is kept."""
        return self.folder / "runs" / f"{folder_hash(out_dir)}.json"


def folder_hash(folder: Path) -> str:
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]


def file_digests(
    paths: Iterable[Path], index_path: Path | None
) -> tuple[dict[str, str], dict[str, Stamp]]:
    """{file name: SHA-256 of its bytes}, hashing only files whose size or mtime changed since
    the index at index_path (None: hash all); and the new index entries."""
    known = read_index(index_path) if index_path else {}
    stamps: dict[str, Stamp] = {}
    for path in paths:
        status = path.stat()
        old = known.get(path.name)
        if old and (old.size, old.mtime_ns) == (status.st_size, status.st_mtime_ns):
            stamps[path.name] = old
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            stamps[path.name] = Stamp(status.st_size, status.st_mtime_ns, digest)
    return {name: stamp.digest for name, stamp in stamps.items()}, stamps


def read_index(path: Path) -> dict[str, Stamp]:
    """The index at path; empty when it is missing or unreadable (then every file is hashed)."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
        return {name: Stamp(*entry) for name, entry in entries.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def write_index(path: Path, stamps: Mapping[str, Stamp]) -> None:
    entries = {name: [s.size, s.mtime_ns, s.digest] for name, s in sorted(stamps.items())}
    write_atomically(path, json.dumps(entries, separators=(",", ":")))


# The record of an extract: unchanged inputs and untouched outputs need no work at all.


def run_key(salt: str, digests: Mapping[str, str]) -> str:
    """A hash of everything an extract's output depends on: salt and every file's name and hash."""
    digest = hashlib.sha256(salt.encode())
    for name, file_digest in sorted(digests.items()):
        digest.update(f"\0{name}\0{file_digest}".encode())
    return digest.hexdigest()


def recorded_counts(record: Path, out_dir: Path, key: str) -> dict | None:
    """The counts of the last extract into out_dir, as noted in record, when it had this run key
    and its output files are untouched since (same names, sizes and modification times)."""
    try:
        state = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("key") != key:
        return None
    if state.get("outputs") != output_stamps(out_dir):
        return None
    return state.get("counts")


def record_run(record: Path, out_dir: Path, key: str, counts: Mapping[str, object]) -> None:
    """Note in record which inputs out_dir's outputs come from, for recorded_counts()."""
    state = {"key": key, "counts": dict(counts), "outputs": output_stamps(out_dir)}
    write_atomically(record, json.dumps(state, separators=(",", ":")))


def output_stamps(out_dir: Path) -> dict[str, list[int]]:
    """{relative path: [size, mtime_ns]} of the visible files under out_dir."""
    stamps = {}
    for folder, subfolders, names in os.walk(out_dir):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in names:
            if not name.startswith("."):
                path = Path(folder, name)
                status = path.stat()
                stamps[path.relative_to(out_dir).as_posix()] = [status.st_size, status.st_mtime_ns]
    return dict(sorted(stamps.items()))
