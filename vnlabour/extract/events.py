"""PLACEHOLDER: the main event (owned by the events helper)."""

from vnlabour.corpus import Article
from vnlabour.extract.rows import Event, Mention


def main_event(article: Article, mentions: list[Mention]) -> Event:
    return Event("other", (), "", "", "")
