"""Vietnamese word segmentation with pyvi, as character spans into the text that was segmented.

pyvi joins the syllables of one word with "_" ("Lào_Cai", "Nguyễn_Minh_Đức"); these helpers map
its tokens back to offsets, so a caller can ask whether a name is a whole word of its sentence.
Segmenting costs about 0.3 ms a sentence and loading pyvi about 2 s, so both happen on demand.
"""

from collections.abc import Callable
from functools import cache, lru_cache


@cache
def tokenizer() -> Callable[[str], str]:
    """pyvi's tokenizer, imported on first use."""
    from pyvi import ViTokenizer

    return ViTokenizer.tokenize


@lru_cache(maxsize=4096)
def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every word of text, in order; punctuation marks are words too."""
    spans, cursor = [], 0
    for token in tokenizer()(text).split():
        span = locate(token.split("_"), text, cursor)
        if span:
            spans.append(span)
            cursor = span[1]
    return tuple(spans)


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
