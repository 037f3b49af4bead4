"""The rows extraction produces; field names and order are the interim CSV columns."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    article_id: str
    partner_code: str  # ISO 3166-1 alpha-3 or organisation acronym
    partner_kind: str  # country | organisation | framework | agreement
    role: str  # partner | host | mentioned
    name_vi: str
    name_en: str
    span_text: str
    char_start: int
    char_end: int
    evidence: str  # the sentence


@dataclass(frozen=True)
class Figure:
    article_id: str
    value: float
    value_max: float | None
    unit: str  # persons | USD | VND | percent | times | count
    qualifier: str  # exact | more_than | nearly | about | ... (data/reference/qualifiers.csv)
    metric: str  # a few words: "workers sent abroad", "scholarship students", ...
    origin: str  # partner code, VNM, or ""
    destination: str
    measure: str  # flow | stock | other
    period_start: str  # YYYY-MM-DD / YYYY-MM / YYYY or ""
    period_end: str
    span_text: str
    char_start: int
    char_end: int
    evidence: str


@dataclass(frozen=True)
class Agreement:
    article_id: str
    agreement_type: str  # mou | agreement | minutes | plan | treaty | other
    name: str
    parties: tuple[str, ...]  # partner codes (VNM included when Vietnam is a party)
    period_start: str
    period_end: str
    signed_here: bool
    span_text: str
    char_start: int
    char_end: int
    evidence: str


@dataclass(frozen=True)
class Event:
    """An article's main event; it fills the event_* columns of articles.csv."""

    # ministerial_conference, senior_officials_meeting, workshop, signing, visit, report, other
    event_type: str
    partners: tuple[str, ...]
    event_date: str  # YYYY-MM-DD, YYYY-MM, YYYY or ""
    event_date_basis: str  # how the year (or date) was found; "" when no date
    location: str
