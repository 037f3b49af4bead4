"""Every error the project raises on purpose; each message says what to do."""


class VnlabourError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class UnreadableFile(VnlabourError):
    """A corpus file that cannot be read as text; the reason goes to skipped.csv."""


class ReferenceDataError(VnlabourError):
    """A reference file under data/reference is missing or malformed."""


class ParameterError(VnlabourError):
    """A report or stage parameter with a bad name or value."""


class InterimTableError(VnlabourError):
    """An interim table under data/interim is missing or has a cell of the wrong type."""


class CorrectionError(VnlabourError):
    """A malformed row in data/annotations/corrections.csv; the message names the line."""


class ValidationError(VnlabourError):
    """A processed table breaks a rule of its schema; the message names table, row and rule."""


class PresentationError(VnlabourError):
    """A value a chart or the report cannot show (bad date, missing column, missing glyph)."""


class EvaluationError(VnlabourError):
    """A gold-labels file or an extract folder the scorer cannot read."""


class StrictError(VnlabourError):
    """--strict: a skipped corpus file or an empty chart, which fails the command."""


class ReportError(VnlabourError):
    """A report build that cannot go on: a failing notebook, a missing kernel or table."""
