"""Article -> rows: partner mentions, figures, agreements and the main event."""

from dataclasses import dataclass

from vnlabour.corpus import Article
from vnlabour.extract.agreements import find_agreements
from vnlabour.extract.events import main_event
from vnlabour.extract.figures import find_figures
from vnlabour.extract.partners import find_mentions, settle_roles
from vnlabour.extract.rows import Agreement, Event, Figure, Mention


@dataclass(frozen=True)
class ArticleRows:
    article: Article
    event: Event
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]
    agreements: tuple[Agreement, ...]


def extract_article(article: Article) -> ArticleRows:
    """Every row one article yields; a pure function of the article and the reference data."""
    mentions = find_mentions(article)
    figures = find_figures(article, mentions)
    mentions = settle_roles(article, mentions, figures)
    event = main_event(article, mentions)
    agreements = find_agreements(article, mentions, event)
    return ArticleRows(article, event, tuple(mentions), tuple(figures), tuple(agreements))
