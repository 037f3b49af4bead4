"""PLACEHOLDER: agreements (owned by the events helper)."""

from vnlabour.corpus import Article
from vnlabour.extract.rows import Agreement, Event, Mention


def find_agreements(article: Article, mentions: list[Mention], event: Event) -> list[Agreement]:
    return []
