"""Small articles for unit tests, built the two ways the tests need them."""

from vnlabour.corpus import Article, Sentence, split_sentences


def article_of_lines(
    *lines: str, title: str = "", published: str = "", article_id: str = "t"
) -> Article:
    """An article whose sentences are the non-empty lines of the text (lines may hold '\\n')."""
    body = "\n".join(lines)
    sentences, start = [], 0
    for line in body.split("\n"):
        if line.strip():
            sentences.append(Sentence(start, start + len(line), line))
        start += len(line) + 1
    return article_with(body, tuple(sentences), title, published, article_id)


def article_as_read(body: str, published: str = "", article_id: str = "t") -> Article:
    """An article whose sentences are split as the corpus reader splits them."""
    return article_with(body, split_sentences(body), "", published, article_id)


def article_with(
    body: str, sentences: tuple[Sentence, ...], title: str, published: str, article_id: str
) -> Article:
    basis = "metadata" if published else ""
    return Article(
        article_id, f"{article_id}.txt", title, "", "", published, basis, body, sentences
    )
