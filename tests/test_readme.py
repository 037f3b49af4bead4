"""The README is the methodology: its reference sections must not drift from the code."""

from dataclasses import fields

from vnlabour.config import ROOT
from vnlabour.params import Params
from vnlabour.publish import data_dictionary_markdown

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands() -> None:
    opening = README.split("## ", 1)[0]
    assert "make report" in opening and "make test" in opening


def test_data_dictionary_matches_the_table_metadata() -> None:
    assert data_dictionary_markdown() in README


def test_every_parameter_is_documented() -> None:
    for field in fields(Params):
        assert f"| `{field.name}` |" in README, field.name
