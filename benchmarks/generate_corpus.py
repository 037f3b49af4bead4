"""Benchmark corpus: N articles in the style of the shipped ones, no sentence repeated anywhere.

    python benchmarks/generate_corpus.py 1000 /tmp/corpus-1000 [--seed 6]

Deterministic for a given N and seed. Partners come from the partner catalogue and aliases.csv,
family names, places and outlets from data/reference, the rest from generator_vocabulary.csv and
generator_templates.csv beside this script. Every sentence and title is checked against all those
written before (by an 8-byte hash), so extraction does the work it would do on real news and no
cache can answer. Files are written one at a time; memory holds only the hashes.
"""

import argparse
import csv
import hashlib
import random
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from vnlabour.reference import partner_catalogue, read_table

HERE = Path(__file__).resolve().parent
DEFAULT_SEED = 6
BODY_SENTENCES = (14, 28)  # how many body sentences an article has, at least and at most
MAX_TRIES = 200  # new slot values (and templates) tried before a sentence counts as impossible
YEARS = (2010, 2025)
BODY_KINDS = ("body", "body", "body", "figure", "figure", "agreement", "quote")


@dataclass(frozen=True)
class Sources:
    """Everything the generator draws from."""

    templates: dict[str, list[str]]
    words: dict[str, list[str]]
    countries: list[tuple[str, list[str]]]  # (code, Vietnamese names)
    organisations: list[str]
    family_names: list[str]
    places: list[str]
    domains: list[tuple[str, str]]  # (host, outlet)
    lead_codes: list[str]
    signatures: list[str]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder to write them to (created)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    written = generate(args.count, args.out, args.seed)
    print(f"generate_corpus: {written} articles in {args.out}")


def generate(count: int, out: Path, seed: int = DEFAULT_SEED) -> int:
    """Write count articles to out, one file each; returns how many were written."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = load_sources()
    unique = UniqueLines()
    for number in range(count):
        text = article_text(rng, sources, unique)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (out / f"{number:06d}_{digest}.txt").write_text(text, encoding="utf-8", newline="\n")
    return count


def load_sources() -> Sources:
    catalogue = partner_catalogue()
    names: dict[str, list[str]] = {}
    for partner in catalogue.values():
        if partner.kind == "country":
            names[partner.code] = [partner.name_vi.partition(" (")[0]]
    for row in read_table("aliases"):
        if row["code"] in names:
            names[row["code"]].append(row["alias"])
    outlets = read_table("outlets")
    return Sources(
        templates=grouped(read_local("generator_templates"), "template"),
        words=grouped(read_local("generator_vocabulary"), "value"),
        countries=sorted(names.items()),
        organisations=[p.name_vi for p in catalogue.values() if p.kind != "country"],
        family_names=[row["name"] for row in read_table("vn_family_names")],
        places=[
            row["name"]
            for row in read_table("places")
            if row["code"] == "VNM" and row["kind"] in ("city", "province")
        ],
        domains=[(r["pattern"], r["outlet"]) for r in outlets if r["kind"] == "domain"],
        lead_codes=[r["pattern"] for r in outlets if r["kind"] == "lead"],
        signatures=[r["pattern"] for r in outlets if r["kind"] == "signature"],
    )


def read_local(name: str) -> list[dict[str, str]]:
    with (HERE / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def grouped(rows: list[dict[str, str]], column: str) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for row in rows:
        groups.setdefault(row["kind"], []).append(row[column])
    return groups


class UniqueLines:
    """Remembers the hash of every sentence written; a repeat is refused."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def add(self, line: str) -> bool:
        key = int.from_bytes(hashlib.blake2b(line.encode(), digest_size=8).digest(), "big")
        if key in self.seen:
            return False
        self.seen.add(key)
        return True


# One article.


def article_text(rng: random.Random, sources: Sources, unique: UniqueLines) -> str:
    """Header, lead, shuffled body paragraphs and sometimes a signature or byline."""
    slots = article_slots(rng, sources)
    sentence = sentence_maker(rng, sources, slots, unique)
    title, lead = sentence("title"), sentence("lead")
    kinds = [rng.choice(BODY_KINDS) for _ in range(rng.randint(*BODY_SENTENCES))]
    body = [sentence(kind) for kind in kinds] + [sentence("closing")]
    paragraphs = list(chunked(rng, body))
    separator = rng.choice(("\n\n", "\n"))
    header = article_header(rng, sources, slots, title, lead)
    trailer = article_trailer(rng, sources)
    return separator.join([header, *paragraphs, *trailer]) + "\n"


def article_slots(rng: random.Random, sources: Sources) -> dict[str, str]:
    """The values one article keeps throughout: partner, year, people, place, event."""
    code, names = rng.choice(sources.countries)
    year = rng.randint(*YEARS)
    words = sources.words
    return {
        "partner_code": code,
        "year": str(year),
        "year_prev": str(year - rng.randint(1, 6)),
        "year_next": str(year + 1),
        "year_end": str(year + rng.randint(2, 5)),
        "day": str(rng.randint(1, 28)),
        "month": str(rng.randint(1, 12)),
        "event": rng.choice(words["event"]),
        "ministry": rng.choice(words["ministry"]),
        "person_vn": f"{rng.choice(sources.family_names)} {rng.choice(words['given_name'])}",
        "title_vn": rng.choice(words["title"]),
        "title_foreign": rng.choice(words["title"]),
        "person_foreign": foreign_name(rng, words["foreign_syllable"]),
        "place": rng.choice(sources.places),
        "anniversary": str(rng.randint(20, 75)),
        "ordinal": str(rng.randint(2, 15)),
        "partner_names": "\0".join(names),
    }


def sentence_maker(
    rng: random.Random, sources: Sources, article: dict[str, str], unique: UniqueLines
) -> Callable[[str], str]:
    """A function giving a new sentence of a kind, never one written before."""

    used: set[str] = set()

    def sentence(kind: str) -> str:
        for _ in range(MAX_TRIES):
            fresh = [t for t in sources.templates[kind] if t not in used]
            template = rng.choice(fresh or sources.templates[kind])
            used.add(template)
            line = template.format_map(SentenceSlots(rng, sources, article))
            if unique.add(line):
                return line
        raise RuntimeError(f"no new {kind} sentence after {MAX_TRIES} tries: add templates")

    return sentence


class SentenceSlots(dict):
    """The article's slots, and fresh values for the others, drawn when a template asks."""

    def __init__(self, rng: random.Random, sources: Sources, article: dict[str, str]) -> None:
        super().__init__(article)
        self.rng, self.sources = rng, sources

    def __missing__(self, slot: str) -> str:
        value = self.draw(slot)
        self[slot] = value
        return value

    def draw(self, slot: str) -> str:
        rng, words = self.rng, self.sources.words
        names = self["partner_names"].split("\0")
        base = slot.rstrip("2")
        numbers: dict[str, Callable[[], str]] = {
            "partner": lambda: rng.choice(names),
            "org": lambda: rng.choice(self.sources.organisations),
            "place": lambda: rng.choice(self.sources.places),
            "n_people": lambda: vn_int(
                rng.choice((rng.randint(120, 9_999), rng.randint(10_000, 400_000)))
            ),
            "n_small": lambda: str(rng.randint(3, 95)),
            "n_months": lambda: str(rng.randint(2, 11)),
            "percent": lambda: f"{vn_decimal(rng.randint(5, 480) / 10)}%",
            "money": lambda: money(rng),
            "money_month": lambda: f"{vn_int(rng.randint(18, 65) * 1000)} USD",
            "times": lambda: vn_decimal(rng.randint(15, 60) / 10),
            "hedge": lambda: f"{rng.choice(words['hedge'])} ".lstrip(),
            "time_of_day_cap": lambda: rng.choice(words["time_of_day"]).capitalize(),
            "ordinal": lambda: str(rng.randint(2, 15)),
            "day": lambda: str(rng.randint(1, 28)),
            "month": lambda: str(rng.randint(1, 12)),
        }
        draw = numbers.get(base, lambda: rng.choice(words[base]))
        value = draw()
        for _ in range(MAX_TRIES if base != slot else 0):
            if value != self.get(base):  # not "ngành cơ khí và cơ khí"
                break
            value = draw()
        return value


def article_header(
    rng: random.Random, sources: Sources, slots: dict[str, str], title: str, lead: str
) -> str:
    """One of three openings seen in the corpus: a metadata block, a headline with an outlet's
    lead code, or a headline with a time-stamped dateline."""
    year, month, day = slots["year"], int(slots["month"]), int(slots["day"])
    style = rng.randrange(3)
    if style == 0:
        host, outlet = rng.choice(sources.domains)
        stamp = f"{year}{month:02d}{day:02d}{rng.randint(100, 999)}"
        url = f"https://{host}/{slug(title)}-{stamp}.htm"
        date = f"{year}-{month:02d}-{day:02d}"
        return f"title: {title}\nurl: {url}\ndate: {date}\noutlet: {outlet}\n\n{lead}"
    if style == 1:
        return f"{title}\n\n{rng.choice(sources.lead_codes)} - {lead}"
    hour, minute, half = rng.randint(1, 12), rng.randint(0, 59), rng.choice(("AM", "PM"))
    dateline = f"{hour:02d}:{minute:02d} {half} {day:02d}/{month:02d}/{year}"
    return f"{title}\n{dateline}\n{lead}"


def article_trailer(rng: random.Random, sources: Sources) -> list[str]:
    choice = rng.randrange(3)
    if choice == 0:
        return [rng.choice(sources.signatures)]
    if choice == 1:
        return [rng.choice(sources.words["given_name"])]
    return []


# Small helpers.


def chunked(rng: random.Random, sentences: list[str]) -> Iterator[str]:
    """The sentences in paragraphs of one to three."""
    start = 0
    while start < len(sentences):
        size = rng.randint(1, 3)
        yield " ".join(sentences[start : start + size])
        start += size


def foreign_name(rng: random.Random, syllables: list[str]) -> str:
    given = "".join(rng.choice(syllables) for _ in range(2))
    family = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
    return f"{given} {family.capitalize()}"


def money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{vn_decimal(rng.randint(12, 999) / 10)} triệu USD"
    return f"{vn_decimal(rng.randint(11, 99) / 10)} tỷ đồng"


def vn_int(value: int) -> str:
    """48360 -> '48.360': the Vietnamese thousands separator."""
    return f"{value:,}".replace(",", ".")


def vn_decimal(value: float) -> str:
    """12.5 -> '12,5'; 3.0 -> '3'."""
    return f"{value:g}".replace(".", ",")


def slug(title: str) -> str:
    """An ASCII URL slug of a title, as outlets make them."""
    ascii_title = title.translate(VN_ASCII).lower()
    kept = "".join(c if c in string.ascii_lowercase + string.digits else "-" for c in ascii_title)
    return "-".join(part for part in kept.split("-") if part)[:80]


VN_ASCII = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
    "AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD",
)


if __name__ == "__main__":
    main()
