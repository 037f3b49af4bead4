"""Vietnamese word segmentation with pyvi, as character spans into the text that was segmented.

pyvi joins the syllables of one word with "_" ("Lào_Cai", "Nguyễn_Minh_Đức"); these helpers map
its tokens back to offsets, so a caller can ask whether a name is a whole word of its sentence.
Segmenting costs about 0.3 ms a sentence and loading pyvi about 0.2 s, so both happen on demand.
"""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache, lru_cache


@cache
def tokenizer() -> Callable[[str], str]:
    """pyvi's tokenizer, imported on first use without scikit-learn (see without_sklearn)."""
    with without_sklearn():
        from pyvi import ViTokenizer

    return ViTokenizer.tokenize


@contextmanager
def without_sklearn() -> Iterator[None]:
    """Within the block, importing scikit-learn fails, unless it is already loaded.

    pyvi unpickles a sklearn_crfsuite.CRF, whose only use of scikit-learn is a base class it
    replaces by a plain one when scikit-learn is missing; tagging goes through pycrfsuite either
    way. Importing scikit-learn (with scipy and pandas) takes about 1.4 s of pyvi's 1.6 s.
    """
    blocked = "sklearn" not in sys.modules
    if blocked:
        sys.modules["sklearn"] = None  # importlib's documented way to make an import fail
    try:
        yield
    finally:
        if blocked:
            del sys.modules["sklearn"]


@lru_cache(maxsize=4096)
def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every word of text, in order; punctuation marks are words too."""
    spans, cursor = [], 0
    for token in tokenizer()(text).split():
        for word in name_and_phrase(token.split("_")):
            span = locate(word, text, cursor)
            if span:
                spans.append(span)
                cursor = span[1]
    return tuple(spans)


def name_and_phrase(syllables: list[str]) -> list[list[str]]:
    """A token split where capitalised syllables meet a word of two or more lower-case ones:
    pyvi glues "Lào_hội_đàm" and "Cuba_hội_đàm", but "Pháp_chế" and "Lào_Cai" are words."""
    head = 0
    while head < len(syllables) and syllables[head][:1].isupper():
        head += 1
    tail = syllables[head:]
    lower_tail = len(tail) >= 2 and all(s[:1].islower() for s in tail)
    return [syllables[:head], tail] if head and lower_tail else [syllables]


def locate(syllables: list[str], text: str, cursor: int) -> tuple[int, int] | None:
    """Where the syllables of one token sit in text from cursor on; None if pyvi changed them."""
    start = end = text.find(syllables[0], cursor)
    if start < 0:
        return None
    for syllable in syllables:
        found = text.find(syllable, end)
        if found < 0 or text[end:found].strip():
            return None
        end = found + len(syllable)
    return start, end


def is_whole_words(text: str, start: int, end: int) -> bool:
    """True when text[start:end] starts at a word's start and ends at a word's end."""
    spans = word_spans(text)
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    inner = [(s, e) for s, e in spans if s < end and e > start]
    return start in starts and end in ends and all(start <= s and e <= end for s, e in inner)


def word_before(text: str, start: int) -> str:
    """The whole word that ends last before offset start ("" at the start of text)."""
    before = [(s, e) for s, e in word_spans(text) if e <= start]
    return text[before[-1][0] : before[-1][1]] if before else ""
