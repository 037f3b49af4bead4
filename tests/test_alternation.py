"""The trie regexes of the name and cue matchers: the longest whole key wins."""

import re

import pytest

from vnlabour.extract.lexicon import SEPARATOR, alternation
from vnlabour.extract.numbers import word_alternation


@pytest.mark.parametrize(
    ("keys", "separator", "text", "found"),
    [
        (["lào", "lào cai"], r"\s+", "tỉnh lào cai giáp lào", ["lào cai", "lào"]),
        (
            ["cam pu chia"],
            SEPARATOR,
            "sang cam-pu-chia và cam – pu chia",
            ["cam-pu-chia", "cam – pu chia"],
        ),
        (["anh"], r"\s+", "anhdao, anh.", ["anh"]),  # whole words only
        (["ab", "ab."], r"\s+", "x ab.) y", ["ab."]),  # the longest key at one place
        (["a b c", "a b"], r"\s+", "a b d, a  b c", ["a b", "a  b c"]),
    ],
)
def test_alternation_finds_the_longest_whole_key(
    keys: list[str], separator: str, text: str, found: list[str]
) -> None:
    assert [m.group() for m in alternation(keys, separator).finditer(text)] == found


def test_word_alternation_is_a_group_free_regex_of_the_longest_word() -> None:
    pattern = re.compile(
        rf"(?<!\w)({word_alternation(['triệu', 'chục  triệu', 'chục'])})(?!\w)", re.IGNORECASE
    )
    assert pattern.groups == 1
    assert [m.group(1) for m in pattern.finditer("hai Chục Triệu, chục người")] == [
        "Chục Triệu",
        "chục",
    ]
