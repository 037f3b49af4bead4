"""The extractor against the hand labels: held-out passages and the shipped five, vs. targets.

Held-out passages (tests/eval/corpus) were written and labelled without reading the extractor's
rules or reference data, so they measure how it generalises to articles nobody has seen.
"""

import json
from pathlib import Path

import pytest

from vnlabour.config import RAW_ARTICLES
from vnlabour.corpus import read_article
from vnlabour.evaluate import Scores, evaluate_corpus, render

EVAL = Path(__file__).parent / "eval"
HELD_OUT = EVAL / "corpus"
LABELS = {
    "held_out": (HELD_OUT, EVAL / "labels.json"),
    "shipped": (RAW_ARTICLES, EVAL / "shipped_labels.json"),
}
TARGETS = {"partner_micro_f1": 0.95, "figure_micro_f1": 0.90, "date_accuracy": 0.90}
BASELINE_BEATEN = ("partner_micro_f1", "figure_micro_f1", "date_accuracy")


@pytest.fixture(scope="module", params=sorted(LABELS))
def scored(request: pytest.FixtureRequest) -> tuple[str, Scores, Scores]:
    """(set name, extractor scores, naive baseline scores), one extraction per set."""
    corpus, labels = LABELS[request.param]
    return (request.param, *evaluate_corpus(corpus, labels))


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_extractor_meets_target(scored, metric):
    name, scores, _ = scored
    value = getattr(scores, metric)
    assert value >= TARGETS[metric], (
        f"{name}: {metric} = {value:.3f}, target {TARGETS[metric]}\n{render(scores)}"
    )


@pytest.mark.parametrize("metric", BASELINE_BEATEN)
def test_extractor_beats_naive_baseline(scored, metric):
    name, scores, baseline = scored
    assert getattr(scores, metric) > getattr(baseline, metric), f"{name}: {metric}"


def test_every_held_out_passage_is_labelled():
    labels = json.loads((EVAL / "labels.json").read_text(encoding="utf-8"))
    assert sorted(labels) == sorted(p.stem for p in HELD_OUT.glob("*.txt"))


@pytest.mark.parametrize("path", sorted(HELD_OUT.glob("*.txt")), ids=lambda p: p.stem)
def test_held_out_passage_has_press_length(path):
    """The body as the reader keeps it, metadata block aside: a short news item or feature."""
    words = len(read_article(path).body.split())
    assert 80 <= words <= 400, f"{path.name}: {words} words"


def test_held_out_corpus_size():
    assert len(list(HELD_OUT.glob("*.txt"))) >= 30
