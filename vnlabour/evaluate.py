"""Scores an extraction against hand labels: partner codes, figure values and event dates.

Run `python -m vnlabour.evaluate CORPUS_DIR LABELS.json`: it extracts CORPUS_DIR into a temporary
folder with the real pipeline and with a naive baseline, then prints both scores and the misses.
"""

import argparse
import csv
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.core import get_global

from vnlabour.config import TEXT_DIRNAME
from vnlabour.corpus import Article, read_corpus
from vnlabour.errors import EvaluationError, VnlabourError
from vnlabour.extract import ArticleRows
from vnlabour.extract.rows import Event, Figure, Mention
from vnlabour.pipeline import extract_corpus
from vnlabour.tables import write_interim

RELATIVE_TOLERANCE = 1e-6  # two figure values match when |a - b| <= this * max(1, |b|)
DATE_PATTERN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])\s+")
BARE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
EVIDENCE_WIDTH = 110
HOME_COUNTRY = "VNM"  # never a partner, by definition of the task
BASELINE_NAME = "naive baseline: CLDR names as substrings + bare numbers"


@dataclass(frozen=True)
class Gold:
    partners: frozenset[str]
    figures: tuple[float, ...]
    event_date: str


@dataclass(frozen=True)
class Found:
    """What one extraction says about one article, each row with its evidence sentence."""

    partners: Mapping[str, str]  # code -> evidence of its first role=partner row
    other_roles: Mapping[str, str]  # code never marked partner -> "role: evidence"
    figures: tuple[tuple[float, str], ...]  # (value, evidence)
    event_date: str
    event_date_basis: str
    text: str  # the normalised body, to point at the sentence of a missed figure


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """1.0 when nothing was predicted: no false positive was made."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """2tp / (2tp + fp + fn); 1.0 for an article with nothing to find and nothing found."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


@dataclass(frozen=True)
class Miss:
    article_id: str
    field: str  # partner | figure | date
    kind: str  # FP | FN | wrong
    value: str
    evidence: str


@dataclass(frozen=True)
class ArticleScore:
    article_id: str
    partners: Counts
    figures: Counts
    date_correct: bool
    misses: tuple[Miss, ...]


@dataclass(frozen=True)
class Scores:
    articles: tuple[ArticleScore, ...]
    unlabelled: tuple[str, ...]  # extracted articles that have no gold labels (not scored)

    @property
    def partner_totals(self) -> Counts:
        return sum((a.partners for a in self.articles), Counts())

    @property
    def figure_totals(self) -> Counts:
        return sum((a.figures for a in self.articles), Counts())

    @property
    def partner_micro_f1(self) -> float:
        return self.partner_totals.f1

    @property
    def partner_macro_f1(self) -> float:
        return mean([a.partners.f1 for a in self.articles])

    @property
    def figure_micro_f1(self) -> float:
        return self.figure_totals.f1

    @property
    def figure_macro_f1(self) -> float:
        return mean([a.figures.f1 for a in self.articles])

    @property
    def date_accuracy(self) -> float:
        return mean([1.0 if a.date_correct else 0.0 for a in self.articles])

    @property
    def misses(self) -> tuple[Miss, ...]:
        return tuple(miss for a in self.articles for miss in a.misses)


def score(extract_dir: Path, labels: Path) -> Scores:
    """Scores of the tables in extract_dir (articles, mentions, figures CSV) against labels."""
    # Load inputs.
    gold = read_labels(labels)
    found = read_found(extract_dir)
    # Score each labelled article.
    articles = tuple(
        score_article(article_id, gold[article_id], found.get(article_id)) for article_id in gold
    )
    unlabelled = tuple(sorted(set(found) - set(gold)))
    return Scores(articles, unlabelled)


def score_article(article_id: str, gold: Gold, found: Found | None) -> ArticleScore:
    """Counts and misses of one article; an article missing from the extraction finds nothing
    and never gets its date right."""
    missing = found is None
    found = found or Found({}, {}, (), "", "not in articles.csv", "")
    partner_counts, partner_misses = score_partners(article_id, gold.partners, found)
    figure_counts, figure_misses = score_figures(article_id, gold.figures, found)
    date_correct = not missing and found.event_date == gold.event_date
    date_misses = () if date_correct else (date_miss(article_id, gold.event_date, found),)
    misses = partner_misses + figure_misses + date_misses
    return ArticleScore(article_id, partner_counts, figure_counts, date_correct, misses)


def score_partners(
    article_id: str, gold: frozenset[str], found: Found
) -> tuple[Counts, tuple[Miss, ...]]:
    found_codes = set(found.partners)
    false_positives = sorted(found_codes - gold)
    false_negatives = sorted(gold - found_codes)
    counts = Counts(len(found_codes & gold), len(false_positives), len(false_negatives))
    misses = tuple(
        Miss(article_id, "partner", "FP", code, found.partners[code]) for code in false_positives
    ) + tuple(
        Miss(article_id, "partner", "FN", code, found.other_roles.get(code, "not found"))
        for code in false_negatives
    )
    return counts, misses


def score_figures(
    article_id: str, gold: Sequence[float], found: Found
) -> tuple[Counts, tuple[Miss, ...]]:
    found_values = [value for value, _ in found.figures]
    unmatched_found, unmatched_gold = match_values(found_values, gold)
    counts = Counts(len(gold) - len(unmatched_gold), len(unmatched_found), len(unmatched_gold))
    misses = tuple(
        Miss(article_id, "figure", "FP", format_value(found_values[i]), found.figures[i][1])
        for i in unmatched_found
    ) + tuple(
        Miss(
            article_id,
            "figure",
            "FN",
            format_value(gold[i]),
            sentence_with_value(found.text, gold[i]) or "no sentence shows it in digits",
        )
        for i in unmatched_gold
    )
    return counts, misses


def match_values(found: Sequence[float], gold: Sequence[float]) -> tuple[list[int], list[int]]:
    """Indices of the found and of the gold values left over after one-to-one matching."""
    unused = list(range(len(found)))
    unmatched_gold = []
    for j, expected in enumerate(gold):
        match = next((i for i in unused if values_match(found[i], expected)), None)
        if match is None:
            unmatched_gold.append(j)
        else:
            unused.remove(match)
    return unused, unmatched_gold


def values_match(found: float, gold: float) -> bool:
    return abs(found - gold) <= RELATIVE_TOLERANCE * max(1.0, abs(gold))


def date_miss(article_id: str, gold_date: str, found: Found) -> Miss:
    basis = f" (basis: {found.event_date_basis})" if found.event_date_basis else ""
    return Miss(
        article_id, "date", "wrong", f"{found.event_date or '∅'} ≠ {gold_date or '∅'}", basis
    )


# Reading gold labels and extract folders.


def read_labels(path: Path) -> dict[str, Gold]:
    """Gold labels by article id, checked; a bad file raises EvaluationError naming the entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(
            f"{path}: labels file not found; give the path of a labels JSON"
        ) from None
    except json.JSONDecodeError as error:
        raise EvaluationError(f"{path}: not valid JSON ({error}); fix the syntax there") from None
    if not isinstance(raw, dict) or not raw:
        raise EvaluationError(f"{path}: expected an object of article_id -> labels, with entries")
    return {article_id: gold_entry(path, article_id, entry) for article_id, entry in raw.items()}


def gold_entry(path: Path, article_id: str, entry: object) -> Gold:
    where = f"{path}: {article_id!r}"
    if not isinstance(entry, dict):
        raise EvaluationError(f"{where}: give an object with partners, figures, event_date")
    partners, figures, date = entry.get("partners"), entry.get("figures"), entry.get("event_date")
    if not isinstance(partners, list) or not all(isinstance(p, str) for p in partners):
        raise EvaluationError(f'{where}: "partners" must be a list of codes, e.g. ["JPN", "ILO"]')
    if not isinstance(figures, list) or not all(is_number(v) for v in figures):
        raise EvaluationError(f'{where}: "figures" must be a list of numbers, e.g. [120000, 7]')
    if not isinstance(date, str) or (date and not DATE_PATTERN.fullmatch(date)):
        raise EvaluationError(f'{where}: "event_date" must be YYYY-MM-DD, YYYY-MM, YYYY or ""')
    return Gold(frozenset(partners), tuple(float(v) for v in figures), date)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def read_found(extract_dir: Path) -> dict[str, Found]:
    """What the extraction in extract_dir found, by article id."""
    articles = read_rows(extract_dir, "articles.csv")
    mentions = group_by_article(read_rows(extract_dir, "mentions.csv"))
    figures = group_by_article(read_rows(extract_dir, "figures.csv"))
    return {
        row["article_id"]: Found(
            partners=evidence_by_code(mentions[row["article_id"]], partner=True),
            other_roles=other_roles(mentions[row["article_id"]]),
            figures=tuple(figure_value(extract_dir, f) for f in figures[row["article_id"]]),
            event_date=row["event_date"],
            event_date_basis=row["event_date_basis"],
            text=article_text(extract_dir, row["article_id"]),
        )
        for row in articles
    }


def read_rows(extract_dir: Path, name: str) -> list[dict[str, str]]:
    path = extract_dir / name
    if not path.is_file():
        command = f"python -m vnlabour extract CORPUS_DIR --out {extract_dir}"
        raise EvaluationError(f"{path}: missing; run `{command}` first")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def group_by_article(rows: list[dict[str, str]]) -> defaultdict[str, list[dict[str, str]]]:
    groups: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[row["article_id"]].append(row)
    return groups


def evidence_by_code(mentions: list[dict[str, str]], partner: bool) -> dict[str, str]:
    """Code -> evidence of its first row whose role is (or, partner=False, is not) partner."""
    evidence: dict[str, str] = {}
    for row in mentions:
        if (row["role"] == "partner") == partner:
            evidence.setdefault(row["partner_code"], f"{row['role']}: {row['evidence']}")
    return evidence


def other_roles(mentions: list[dict[str, str]]) -> dict[str, str]:
    """The codes found but never as partner, with the first role and evidence."""
    partners = {row["partner_code"] for row in mentions if row["role"] == "partner"}
    others = evidence_by_code(mentions, partner=False)
    return {code: text for code, text in others.items() if code not in partners}


def figure_value(extract_dir: Path, row: dict[str, str]) -> tuple[float, str]:
    try:
        return float(row["value"]), row["evidence"]
    except ValueError:
        raise EvaluationError(
            f"{extract_dir / 'figures.csv'}: value {row['value']!r} of {row['article_id']} "
            "is not a number; re-run the extraction"
        ) from None


def article_text(extract_dir: Path, article_id: str) -> str:
    path = extract_dir / TEXT_DIRNAME / f"{article_id}.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def sentence_with_value(text: str, value: float) -> str:
    """The first sentence of text that writes value in digits (48.360, 345 nghìn, 1,2 triệu)."""
    patterns = [
        re.compile(rf"(?<![\d.,/-]){re.escape(written)}(?![\d/]|[.,]\d)")
        for written in value_renderings(value)
    ]
    for sentence in SENTENCE_BREAK.split(text):
        if any(pattern.search(sentence) for pattern in patterns):
            return sentence.strip()
    return ""


def value_renderings(value: float) -> list[str]:
    """value as the press writes its digits, whole and scaled to thousands, millions, billions."""
    renderings = []
    for scale in (1, 1e3, 1e6, 1e9):
        scaled = value / scale
        if scale > 1 and (abs(scaled) < 1 or not values_match(round(scaled, 3), scaled)):
            break
        renderings += [vietnamese_digits(scaled), vietnamese_digits(scaled, grouped=False)]
    return list(dict.fromkeys(renderings))


def vietnamese_digits(value: float, grouped: bool = True) -> str:
    """1234567.5 -> '1.234.567,5' (or '1234567,5' ungrouped)."""
    written = f"{value:{',' if grouped else ''}.6f}".rstrip("0").rstrip(".")
    return written.translate(str.maketrans({",": ".", ".": ","}))


def format_value(value: float) -> str:
    return f"{value:,.6f}".rstrip("0").rstrip(".").replace(",", " ")


def mean(values: Sequence[float]) -> float:
    if not values:
        raise EvaluationError("no labelled article to score; add entries to the labels file")
    return sum(values) / len(values)


# The naive baseline: CLDR names as substrings, every bare number a figure.


def baseline_extract(corpus_dir: Path, out_dir: Path) -> None:
    """Writes the interim tables of the naive baseline for corpus_dir to out_dir."""
    articles, skipped = read_corpus(corpus_dir)
    names = cldr_country_names()
    write_interim(out_dir, [baseline_rows(article, names) for article in articles], skipped)


def baseline_rows(article: Article, names: Mapping[str, str]) -> ArticleRows:
    """Every CLDR name found as a plain substring is a partner; every number a figure."""
    mentions = tuple(
        baseline_mention(article, name, code, start)
        for name, code in names.items()
        if (start := article.body.find(name)) >= 0
    )
    figures = tuple(baseline_figure(article, match) for match in BARE_NUMBER.finditer(article.body))
    codes = tuple(sorted({m.partner_code for m in mentions}))
    basis = "published" if article.published_date else ""
    event = Event("other", codes, article.published_date, basis, "")
    return ArticleRows(article, event, mentions, figures, ())


def baseline_mention(article: Article, name: str, code: str, start: int) -> Mention:
    end = start + len(name)
    evidence = sentence_at(article, start)
    return Mention(
        article.article_id, code, "country", "partner", name, "", name, start, end, evidence
    )


def baseline_figure(article: Article, match: re.Match[str]) -> Figure:
    return Figure(
        article.article_id, parse_bare_number(match.group()), None, "", "exact", "", "", "",
        "other", "", "", match.group(), match.start(), match.end(),
        sentence_at(article, match.start()),
    )  # fmt: skip


def parse_bare_number(text: str) -> float:
    """Vietnamese digits: '.' groups thousands, ',' marks decimals ('48.360', '58,5')."""
    digits = text.replace(".", "")
    return float(digits.replace(",", ".") if digits.count(",") == 1 else digits.replace(",", ""))


def sentence_at(article: Article, offset: int) -> str:
    return next((s.text for s in article.sentences if s.start <= offset < s.end), "")


@cache
def cldr_country_names() -> dict[str, str]:
    """Vietnamese CLDR territory name -> ISO alpha-3 code (alpha-2 where CLDR has no alpha-3)."""
    alpha3 = alpha3_by_alpha2()
    names = {}
    for code, name in sorted(Locale("vi").territories.items()):
        if code.isalpha() and alpha3.get(code, code) != HOME_COUNTRY:
            names[name] = alpha3.get(code, code)
    return names


def alpha3_by_alpha2() -> dict[str, str]:
    """From CLDR territory aliases; where two alpha-3 codes alias one alpha-2 (DDR, DEU -> DE),
    the one spelt with the alpha-2 letters in order wins (DEU)."""
    candidates: defaultdict[str, list[str]] = defaultdict(list)
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1:
            candidates[targets[0]].append(alias)
    return {alpha2: pick_alpha3(alpha2, sorted(codes)) for alpha2, codes in candidates.items()}


def pick_alpha3(alpha2: str, codes: list[str]) -> str:
    spelt_in_order = [c for c in codes if c[0] == alpha2[0] and alpha2[1] in c[1:]]
    return (spelt_in_order or codes)[0]


# Printing.


def render(scores: Scores, baseline: Scores | None = None) -> str:
    """A readable report: per-article scores, the misses with evidence, the totals."""
    lines = ["Per article (partners F1, figures F1, date)"]
    lines += [
        f"  {a.article_id:<40} {a.partners.f1:5.2f} {a.figures.f1:5.2f}  "
        f"{'ok' if a.date_correct else 'WRONG'}"
        for a in scores.articles
    ]
    lines += ["", "Misses"]
    lines += [
        f"  {m.article_id:<40} {m.field:<7} {m.kind:<5} {m.value:<24} {shorten(m.evidence)}"
        for m in scores.misses
    ]
    lines += ["", "Totals (extractor)", *render_totals(scores)]
    if baseline is not None:
        lines += ["", f"Totals ({BASELINE_NAME})", *render_totals(baseline)]
    if scores.unlabelled:
        lines += ["", f"Not scored (no labels): {', '.join(scores.unlabelled)}"]
    return "\n".join(lines)


def render_totals(scores: Scores) -> list[str]:
    p, f = scores.partner_totals, scores.figure_totals
    n = len(scores.articles)
    correct = round(scores.date_accuracy * n)
    return [
        f"  partners  micro P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f}"
        f"  macro F1={scores.partner_macro_f1:.3f}  (tp={p.tp} fp={p.fp} fn={p.fn})",
        f"  figures   micro P={f.precision:.3f} R={f.recall:.3f} F1={f.f1:.3f}"
        f"  macro F1={scores.figure_macro_f1:.3f}  (tp={f.tp} fp={f.fp} fn={f.fn})",
        f"  dates     accuracy={scores.date_accuracy:.3f} ({correct}/{n})",
    ]


def shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EVIDENCE_WIDTH else flat[: EVIDENCE_WIDTH - 1] + "…"


def evaluate_corpus(corpus_dir: Path, labels: Path) -> tuple[Scores, Scores]:
    """Scores of the real extractor and of the naive baseline on corpus_dir, against labels."""
    if not corpus_dir.is_dir():
        raise EvaluationError(f"{corpus_dir}: not a folder; give the folder of articles to score")
    with tempfile.TemporaryDirectory(prefix="vnlabour-evaluate-") as tmp:
        extract_corpus(corpus_dir, Path(tmp) / "extractor")
        baseline_extract(corpus_dir, Path(tmp) / "baseline")
        return score(Path(tmp) / "extractor", labels), score(Path(tmp) / "baseline", labels)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vnlabour.evaluate", description=__doc__)
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("labels", type=Path, metavar="LABELS.json")
    args = parser.parse_args(argv)
    try:
        scores, baseline = evaluate_corpus(args.corpus, args.labels)
    except VnlabourError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(render(scores, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
