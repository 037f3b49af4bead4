"""Every error the project raises on purpose; each message says what to do."""


class VnlabourError(Exception):
    """Base class: the CLI prints the message on one line and exits non-zero."""


class UnreadableFile(VnlabourError):
    """A corpus file that cannot be read as text; the reason goes to skipped.csv."""


class ReferenceDataError(VnlabourError):
    """A reference file under data/reference is missing or malformed."""


class ParameterError(VnlabourError):
    """A report or stage parameter with a bad name or value."""
