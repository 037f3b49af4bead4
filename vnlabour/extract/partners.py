"""PLACEHOLDER: partner mentions (owned by the partners helper)."""

from vnlabour.corpus import Article
from vnlabour.extract.rows import Figure, Mention


def find_mentions(article: Article) -> list[Mention]:
    return []


def settle_roles(mentions: list[Mention], figures: list[Figure]) -> list[Mention]:
    return mentions
