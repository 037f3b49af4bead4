"""Vietnam international labour cooperation: news articles to tables, charts and a report."""

__version__ = "0.1.0"
