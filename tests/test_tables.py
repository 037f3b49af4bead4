"""The interim CSV writer: every cell as format_cell says, whichever way a row is written."""

import csv
from pathlib import Path

import pytest

from vnlabour.tables import PendingCsv

CELLS = [
    ("text", "text"),
    ("", ""),
    (None, ""),
    (True, "true"),
    (False, "false"),
    (0, "0"),
    (12, "12"),
    (345000.0, "345000"),
    (58.5, "58.5"),
    (("KHM", "VNM"), "KHM;VNM"),
    ([], ""),
]


@pytest.mark.parametrize(("value", "written"), CELLS)
def test_a_cell_is_written_as_format_cell_writes_it(value, written, tmp_path: Path):
    table = PendingCsv(tmp_path / "t.csv", ["value", "next"])
    table.write([value, "x"])
    table.commit()
    assert (tmp_path / "t.csv").read_text(encoding="utf-8") == f"value,next\n{written},x\n"


def test_rows_written_one_by_one_or_together_read_back_the_same(tmp_path: Path):
    rows = [
        ("a", 1, 2.0, None, True, ("X", "Y")),
        ('say "hi", then', 0, 0.25, "", False, ()),
    ]
    expected = [
        ["a", "1", "2", "", "true", "X;Y"],
        ['say "hi", then', "0", "0.25", "", "false", ""],
    ]
    one_by_one = PendingCsv(tmp_path / "one.csv", list("abcdef"))
    for row in rows:
        one_by_one.write(row)
    one_by_one.commit()
    together = PendingCsv(tmp_path / "together.csv", list("abcdef"))
    together.write_rows(rows)
    together.commit()
    for name in ("one.csv", "together.csv"):
        with open(tmp_path / name, encoding="utf-8", newline="") as f:
            assert list(csv.reader(f))[1:] == expected
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "together.csv").read_bytes()
