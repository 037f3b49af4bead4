"""Notebook hygiene: committed clean, thin, numbered, with a documented `parameters` cell."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from papermill.inspection import inspect_notebook

from vnlabour import report
from vnlabour.config import NOTEBOOKS
from vnlabour.params import Params

PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))
IDS = [path.name for path in PATHS]
FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "report_corpus"


def code_cells(path: Path) -> list[nbformat.NotebookNode]:
    return [cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code"]


def test_notebooks_are_numbered_in_run_order() -> None:
    assert [p.name for p in report.notebook_paths()] == IDS
    numbers = [int(name[:2]) for name in IDS]
    assert numbers == list(range(1, len(IDS) + 1)), IDS
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", name) for name in IDS)
    assert len(IDS) >= 5


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_committed_without_outputs(path: Path) -> None:
    for cell in code_cells(path):
        assert cell.outputs == [], cell.source
        assert cell.execution_count is None, cell.source
    notebook = nbformat.read(path, as_version=4)
    assert notebook.metadata["kernelspec"]["name"] == report.KERNEL_NAME
    assert "papermill" not in notebook.metadata


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_no_definitions_only_calls_to_the_package(path: Path) -> None:
    for cell in code_cells(path):
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda
            ), f"{path.name}: definition in {cell.source!r}"
            if isinstance(node, ast.ImportFrom):
                assert node.module in ("vnlabour", "IPython.display"), node.module
            assert not isinstance(node, ast.Import), f"{path.name}: import the package by name"
        assert "../" not in cell.source and "/work/" not in cell.source


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_parameters_cell_is_first_typed_and_commented(path: Path) -> None:
    first = code_cells(path)[0]
    assert first.metadata.get("tags") == ["parameters"]
    inspected = inspect_notebook(str(path))
    assert list(inspected) == list(
        report.notebook_parameters(Params(), report.Folders.under(Path("/x")))
    )
    for name, spec in inspected.items():
        assert spec["inferred_type_name"] in ("str", "int"), name
        assert spec["help"].strip(), f"{path.name}: parameter {name} has no comment"


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_each_notebook_shows_sections_with_prose_from_the_data(path: Path) -> None:
    source = "\n".join(cell.source for cell in code_cells(path))
    assert "present.notebook_inputs(" in source
    assert "present.section(" in source
    assert "prose." in source or "official." in source  # official.py writes its section's prose


@pytest.mark.timeout(180)
def test_a_notebook_runs_alone_with_plain_papermill_from_any_folder(tmp_path: Path) -> None:
    """Processed tables missing: the notebook makes them from the corpus itself."""
    processed, figures, out = tmp_path / "processed", tmp_path / "figures", tmp_path / "out.ipynb"
    command = [
        str(Path(sys.executable).with_name("papermill")), "-k", report.KERNEL_NAME,
        str(NOTEBOOKS / "02_cooperation.ipynb"), str(out),
        "-p", "corpus_dir", str(FIXTURE_CORPUS), "-p", "interim_dir", str(tmp_path / "interim"),
        "-p", "processed_dir", str(processed), "-p", "figures_dir", str(figures),
        "-p", "lang", "en", "--no-progress-bar",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (processed / "partner_year.csv").is_file()
    assert (figures / "cooperation_frequency.csv").is_file()
    outputs = [o for cell in code_cells(out) for o in cell.outputs if "data" in o]
    html = "".join(o["data"].get("text/html", "") for o in outputs)
    assert "Cooperation by partner" in html
