"""The build: extract, clean, run the notebooks with papermill in one kernel, render HTML and PDF.

Everything is written to a staging folder and moved into place only when the whole build
succeeded. A manifest of content hashes (inputs and outputs) makes an unchanged rebuild a no-op.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from vnlabour import __version__
from vnlabour.config import (
    ANNOTATIONS,
    EXTERNAL,
    FIGURES,
    INTERIM,
    NOTEBOOKS,
    PROCESSED,
    REFERENCE,
    REPORT,
    ROOT,
    TEMPLATES,
)
from vnlabour.errors import ReportError, StrictError
from vnlabour.params import Params, parse_params

if TYPE_CHECKING:
    from jupyter_client.manager import AsyncKernelManager
    from nbformat import NotebookNode


KERNEL_NAME = "vnlabour"  # installed into .venv by `make setup`
CELL_TIMEOUT = 120  # seconds a notebook cell may run before the build fails
KERNEL_START_TIMEOUT = 60
# No kernel log in the build's output: start-up chatter, nor the "KeyboardInterrupt caught in
# kernel." that a Ctrl-C between two messages logs; a failing cell is reported by nbclient.
KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]
TEMPLATE_NAME = "vnlabour"  # templates/vnlabour: our nbconvert template and its CSS
WARM_UP = "import vnlabour.charts, vnlabour.prose, vnlabour.present"  # the kernel's slow imports
RENDERERS = ("nbconvert", "weasyprint")  # slow imports of the parent, loaded in the background
EXECUTED_DIRNAME = "notebooks"  # under the report folder: the executed notebooks (git-ignored)
MANIFEST = "manifest.json"  # under the report folder: input and output hashes of the last build
TOC_KEY = "vnlabour_toc"  # output metadata that marks a section heading
PACKAGE = Path(__file__).resolve().parent
HASHED_INPUTS = (  # everything besides the corpus and the parameters that can change the output
    (PACKAGE, "**/*.py"),
    (NOTEBOOKS, "*.ipynb"),
    (TEMPLATES, "**/*"),
    (REFERENCE, "**/*"),
    (ANNOTATIONS, "**/*"),
    (EXTERNAL, "**/*"),
)
FONT_FILES = {  # (weight, style) -> DejaVu Sans file shipped with matplotlib
    ("normal", "normal"): "DejaVuSans.ttf",
    ("bold", "normal"): "DejaVuSans-Bold.ttf",
    ("normal", "italic"): "DejaVuSans-Oblique.ttf",
    ("bold", "italic"): "DejaVuSans-BoldOblique.ttf",
}
FONT_FAMILY = "DejaVu Sans"
FIXED_EPOCH = "946684800"  # 2000-01-01: the timestamp embedded fonts carry, so PDF bytes repeat

Say = Callable[[str], None]


@dataclass(frozen=True)
class Folders:
    """Where one build writes: the same layout under the repository or under --out."""

    interim: Path
    processed: Path
    figures: Path
    report: Path

    @classmethod
    def under(cls, root: Path) -> Folders:
        return cls(
            *(root / path.relative_to(ROOT) for path in (INTERIM, PROCESSED, FIGURES, REPORT))
        )

    def all(self) -> tuple[Path, ...]:
        return (self.interim, self.processed, self.figures, self.report)


def run_cli(pairs: Sequence[str], out: Path | None, force: bool, strict: bool = False) -> int:
    """`python -m vnlabour report`: parse --param pairs, then build into out (or the repo)."""
    params = parse_params(pairs, known_partner_codes())
    build(params, out.resolve() if out else ROOT, force, strict=strict)
    return 0


def build(
    params: Params,
    out_root: Path = ROOT,
    force: bool = False,
    say: Say = print,
    strict: bool = False,
) -> bool:
    """Tables, figures and the report under out_root; False when they were already current.

    strict: a skipped corpus file or a chart with nothing to draw fails the build (StrictError)
    and leaves the outputs as they were.
    """
    # Load inputs.
    started = time.perf_counter()
    params = with_corpus_checked(params)
    say = timed(say, started)
    target = Folders.under(out_root)
    key = inputs_hash(params)
    if not force and is_current(out_root, key):
        check_strict(target, strict)
        say(f"report: up to date in {out_root} (use --force to rebuild)")
        return False
    # Process data.
    with staging_root(out_root) as tmp, running_kernel() as kernel:
        staging = Folders.under(tmp)
        from vnlabour.parallel import per_article_cache  # loads the extractor: only now

        with per_article_cache(enabled=not force):  # --force: every article extracted again
            run_stages(params, staging, say)
        check_strict(staging, strict)  # skipped files: fail before the notebooks run
        preload(RENDERERS)  # while the notebooks run in the kernel
        run_notebooks(params, staging, kernel, say)
        render_report(params, staging, say)
        check_strict(staging, strict)
        write_manifest(tmp, staging, key)
        # Save outputs.
        publish(staging, target)
    say(f"report: done: {target.report / 'report.html'}")
    return True


def timed(say: Say, started: float) -> Say:
    """say, each line prefixed with the seconds since the build started."""
    return lambda line: say(f"[{time.perf_counter() - started:5.1f} s] {line}")


def preload(modules: Sequence[str]) -> None:
    """Import modules, one after the other, in a background thread: the build waits on the
    kernel meanwhile."""
    thread = threading.Thread(target=lambda: [importlib.import_module(m) for m in modules])
    thread.daemon = True
    thread.start()


def with_corpus_checked(params: Params) -> Params:
    """The same params with an absolute corpus folder, or an error if there is none."""
    corpus = params.corpus_dir.resolve()
    if not corpus.is_dir():
        raise ReportError(
            f"corpus folder {corpus} does not exist: give one with --param corpus_dir=FOLDER"
        )
    if not any(path.is_file() for path in corpus.iterdir()):
        raise ReportError(
            f"corpus folder {corpus} has no files: put article text files in it, or give "
            "another with --param corpus_dir=FOLDER"
        )
    return replace(params, corpus_dir=corpus)


def check_strict(folders: Folders, strict: bool) -> None:
    """With strict, a StrictError naming the skipped corpus files and the charts left empty."""
    if not strict:
        return
    problems = []
    skipped = sorted(skipped_files(folders.interim))
    if skipped:
        problems.append(f"{len(skipped)} corpus file(s) skipped ({', '.join(map(repr, skipped))})")
    empty = empty_charts(folders.figures)
    if empty:
        problems.append(f"nothing to chart in {', '.join(empty)}")
    if problems:
        raise StrictError(
            f"--strict: {'; '.join(problems)}: fix the corpus or widen the parameters, or run "
            "without --strict; the previous outputs were left as they were"
        )


def skipped_files(interim: Path) -> list[str]:
    """The file column of the interim skipped.csv; none when there is no such table."""
    import csv

    path = interim / "skipped.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["file"] for row in csv.DictReader(handle)]


def empty_charts(figures: Path) -> list[str]:
    """Charts written as their CSV only: the chart had nothing to draw."""
    return sorted(
        path.stem for path in figures.glob("*.csv") if not path.with_suffix(".svg").exists()
    )


def run_stages(params: Params, folders: Folders, say: Say) -> None:
    """Extract the corpus into interim tables, then clean them into processed tables."""
    from vnlabour.parallel import stream_extract
    from vnlabour.pipeline import clean_tables

    say(f"extract: {params.corpus_dir}")
    stats = stream_extract(params.corpus_dir, folders.interim)
    say(f"extract: {stats.articles} articles -> interim tables ({stats.extracted} extracted)")
    clean_tables(folders.interim, folders.processed)
    say("clean: interim -> processed tables")


def run_notebooks(params: Params, folders: Folders, kernel: AsyncKernelManager, say: Say) -> None:
    """Every notebook in run order, in a worker thread; Ctrl-C interrupts the running cell.

    Outside the main thread nbclient installs no Ctrl-C handler of its own, which would shut
    the shared kernel down mid-cell and report it as dead.
    """
    from jupyter_core.utils import run_sync

    with ThreadPoolExecutor(1, thread_name_prefix="notebooks") as pool:
        running = pool.submit(run_notebooks_in_turn, params, folders, kernel, say)
        try:
            running.result()
        except KeyboardInterrupt:
            run_sync(kernel.interrupt_kernel)()  # the worker then ends, as the pool's exit waits
            raise


def run_notebooks_in_turn(
    params: Params, folders: Folders, kernel: AsyncKernelManager, say: Say
) -> None:
    """Every notebook in run order, in one kernel whose namespace is reset before each."""
    notebooks = notebook_paths()
    out_dir = folders.report / EXECUTED_DIRNAME
    out_dir.mkdir(parents=True, exist_ok=True)
    parameters = notebook_parameters(params, folders)
    for number, path in enumerate(notebooks, 1):
        say(f"notebook {number}/{len(notebooks)}: {path.name}")
        execute_notebook(path, out_dir / path.name, parameters, kernel)


@contextmanager
def running_kernel() -> Iterator[AsyncKernelManager]:
    """One kernel for the whole build, already importing the package while the stages run."""
    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.kernelspec import NoSuchKernel
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    kernel = AsyncKernelManager(kernel_name=KERNEL_NAME)
    try:
        run_sync(kernel.start_kernel)(extra_arguments=KERNEL_ARGUMENTS)
    except NoSuchKernel:
        raise ReportError(f"Jupyter kernel {KERNEL_NAME!r} is missing: run `make setup`") from None
    warm_up = BlockingKernelClient()
    try:
        warm_up.load_connection_info(kernel.get_connection_info())
        warm_up.start_channels()
        warm_up.execute(WARM_UP, silent=True)  # not waited for: it overlaps the stages
        yield kernel
    finally:
        warm_up.stop_channels()
        run_sync(kernel.shutdown_kernel)(now=True)


def notebook_paths() -> list[Path]:
    """notebooks/NN_*.ipynb in run order."""
    paths = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not paths:
        raise ReportError(f"no notebooks named NN_*.ipynb in {NOTEBOOKS}: restore them from git")
    return paths


def notebook_parameters(params: Params, folders: Folders) -> dict[str, object]:
    """The values papermill injects: the notebooks' `parameters` cell, as plain types."""
    return {
        "corpus_dir": str(params.corpus_dir),
        "interim_dir": str(folders.interim),
        "processed_dir": str(folders.processed),
        "figures_dir": str(folders.figures),
        "start_year": params.start_year or 0,
        "end_year": params.end_year or 0,
        "partners": ",".join(params.partners),
        "lang": params.lang,
        "top_n": params.top_n,
    }


def execute_notebook(
    path: Path, output: Path, parameters: Mapping[str, object], kernel: AsyncKernelManager
) -> None:
    """Run one notebook with papermill in the freshly reset kernel; a failure is one clear line."""
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillException, PapermillExecutionError

    try:
        reset_namespace(kernel)
        papermill.execute_notebook(
            str(path),
            str(output),
            parameters=dict(parameters),
            kernel_name=KERNEL_NAME,
            km=kernel,
            progress_bar=False,
            request_save_on_cell_execute=False,  # written once, at the end
            start_timeout=KERNEL_START_TIMEOUT,
            execution_timeout=CELL_TIMEOUT,
        )
    except PapermillExecutionError as error:
        raise ReportError(failed_cell_message(path, error)) from None
    except CellTimeoutError:
        raise ReportError(
            f"notebook {path.name}: a cell ran longer than {CELL_TIMEOUT} s and was stopped; "
            f"run it alone with `papermill -k {KERNEL_NAME} {path} out.ipynb` to find it"
        ) from None
    except DeadKernelError:
        raise ReportError(
            f"notebook {path.name}: the kernel died; run it alone with "
            f"`papermill -k {KERNEL_NAME} {path} out.ipynb` to see why"
        ) from None
    except PapermillException as error:
        raise ReportError(f"notebook {path.name}: {error}") from None


def failed_cell_message(path: Path, error: Any) -> str:
    """One line from papermill's error: notebook, cell number and first line, the exception."""
    import nbformat

    cells = nbformat.read(path, as_version=4).cells
    number = next((i for i, cell in enumerate(cells, 1) if cell.source == error.source), "?")
    lines = [line.strip() for line in str(error.source).splitlines() if line.strip()]
    first = lines[0] if lines else ""
    return (
        f"notebook {path.name} failed in cell {number} (`{first}`): {error.ename}: {error.evalue}"
    )


def reset_namespace(kernel: AsyncKernelManager) -> None:
    """`%reset -f` in the shared kernel, so no notebook sees another's variables."""
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell, new_notebook

    reset = new_notebook(cells=[new_code_cell("%reset -f")])
    NotebookClient(reset, km=kernel, timeout=CELL_TIMEOUT).execute()


def render_report(params: Params, folders: Folders, say: Say) -> None:
    """report.html from the executed notebooks with our template, then report.pdf from it."""
    say("render: report.html")
    executed = sorted((folders.report / EXECUTED_DIRNAME).glob("*.ipynb"))
    page = render_html(merged_notebook(executed), report_context(params))
    html_path = folders.report / "report.html"
    html_path.write_text(page, encoding="utf-8")
    say("render: report.pdf")
    render_pdf(page, folders.report / "report.pdf")


def merged_notebook(paths: Sequence[Path]) -> NotebookNode:
    """The cells of the executed notebooks, in order, as one notebook."""
    import nbformat

    cells = []
    for path in paths:
        for index, cell in enumerate(nbformat.read(path, as_version=4).cells):
            cell["id"] = f"{path.stem}-{index}"  # ids must stay unique once merged
            cells.append(cell)
    return nbformat.v4.new_notebook(cells=cells)


def render_html(notebook: NotebookNode, context: Mapping[str, object]) -> str:
    """The notebook's outputs, code hidden, through templates/vnlabour; self-contained."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATES)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    resources = {"vnlabour": {**context, "toc": table_of_contents(notebook)}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return body


def table_of_contents(notebook: NotebookNode) -> list[dict[str, str]]:
    """[{id, title}] of the section headings the notebooks displayed, in order."""
    entries = (
        output.get("metadata", {}).get("text/html", {}).get(TOC_KEY)
        for cell in notebook.cells
        for output in cell.get("outputs", [])
    )
    return [dict(entry) for entry in entries if entry]


def report_context(params: Params) -> dict[str, object]:
    """What the template needs besides the notebooks: language, texts, CSS, provenance."""
    from vnlabour import i18n
    from vnlabour.reference import reference_hash

    lang = params.lang
    return {
        "lang": lang,
        "text": {key: row[lang] for key, row in i18n.labels().items()},
        "css": (TEMPLATES / TEMPLATE_NAME / "report.css").read_text(encoding="utf-8"),
        "provenance": [
            (i18n.label("provenance_version", lang), __version__),
            (i18n.label("provenance_corpus", lang), corpus_hash(params.corpus_dir)),
            (i18n.label("provenance_reference", lang), reference_hash()),
            (i18n.label("provenance_params", lang), params_summary(params)),
        ],
    }


def params_summary(params: Params) -> str:
    """The parameters as key=value pairs, as --param takes them."""
    return " ".join(f"{key}={value}" for key, value in params_record(params).items())


def params_record(params: Params) -> dict[str, str]:
    """The parameters as text, the corpus folder without machine-specific parts."""
    return {
        "corpus_dir": portable_path(params.corpus_dir),
        "start_year": str(params.start_year or ""),
        "end_year": str(params.end_year or ""),
        "partners": ",".join(params.partners),
        "lang": params.lang,
        "top_n": str(params.top_n),
    }


def portable_path(path: Path) -> str:
    """The path relative to the repository when inside it, else its last part: no machine paths."""
    path = path.resolve()
    return (path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path(path.name)).as_posix()


def render_pdf(page: str, target: Path | BinaryIO) -> None:
    """A4 PDF of the report page with WeasyPrint, fonts from matplotlib's DejaVu Sans files."""
    from weasyprint import CSS, HTML

    document = HTML(string=page, base_url=str(TEMPLATES))
    with fixed_font_timestamps():
        document.write_pdf(target, stylesheets=[CSS(string=font_faces_css())])


@contextmanager
def fixed_font_timestamps() -> Iterator[None]:
    """fontTools stamps the embedded font subsets with the time unless SOURCE_DATE_EPOCH is set."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


def font_faces_css() -> str:
    """@font-face rules pointing at the DejaVu Sans files (PDF only: file URLs are local)."""
    return "\n".join(
        f"@font-face {{ font-family: '{FONT_FAMILY}'; src: url('{path.as_uri()}'); "
        f"font-weight: {weight}; font-style: {style}; }}"
        for (weight, style), path in font_files().items()
    )


def font_files() -> dict[tuple[str, str], Path]:
    """(weight, style) -> the DejaVu Sans TTF file the PDF embeds."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return {variant: folder / name for variant, name in FONT_FILES.items()}


# Caching and publishing.


def inputs_hash(params: Params) -> str:
    """A hash over everything that can change the output: corpus, code, notebooks, template,
    reference data, annotations, external data and parameters."""
    digest = hashlib.sha256()
    digest.update(json.dumps(params_record(params), sort_keys=True).encode())
    digest.update(corpus_hash(params.corpus_dir).encode())
    for folder, pattern in HASHED_INPUTS:
        for path in sorted(p for p in folder.glob(pattern) if is_input_file(p)):
            digest.update(f"{folder.name}/{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(file_hash(path).encode())
    return digest.hexdigest()


def is_input_file(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".tmp")


def corpus_hash(corpus_dir: Path) -> str:
    """A content hash of the corpus folder's files (names and bytes), for the provenance footer."""
    digest = hashlib.sha256()
    for path in sorted(p for p in corpus_dir.iterdir() if p.is_file()):
        digest.update(f"{path.name}\0{file_hash(path)}".encode())
    return digest.hexdigest()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def output_hashes(root: Path, folders: Folders) -> dict[str, str]:
    """{path relative to root: sha256} of every output file; hidden files, the manifest and the
    executed notebooks (scratch copies with timings, git-ignored) aside."""
    scratch = folders.report / EXECUTED_DIRNAME
    return {
        path.relative_to(root).as_posix(): file_hash(path)
        for folder in folders.all()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and path.name != MANIFEST
        and not path.name.startswith(".")
        and not path.is_relative_to(scratch)
    }


def write_manifest(root: Path, folders: Folders, key: str) -> None:
    manifest = {"inputs": key, "outputs": output_hashes(root, folders)}
    text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    folders.report.mkdir(parents=True, exist_ok=True)
    (folders.report / MANIFEST).write_text(text, encoding="utf-8")


def is_current(root: Path, key: str) -> bool:
    """True when the last build under root had the same inputs and its outputs are untouched."""
    folders = Folders.under(root)
    try:
        manifest = json.loads((folders.report / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("inputs") == key and manifest.get("outputs") == output_hashes(root, folders)


@contextmanager
def staging_root(out_root: Path) -> Iterator[Path]:
    """A temporary folder beside the outputs (same file system, so moves are renames)."""
    cache = out_root / ".cache"
    cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="build-", dir=cache))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        with suppress(OSError):
            cache.rmdir()  # only when empty: another build may be using it


def publish(staging: Folders, target: Folders) -> None:
    """Swap each staged folder into place; hidden files of the old folders (.gitkeep) stay.

    Ctrl-C waits until every folder is in place: a build is published whole or not at all.
    """
    from vnlabour.pipeline import uninterrupted

    with uninterrupted():
        swap_folders(staging, target)


def swap_folders(staging: Folders, target: Folders) -> None:
    for index, (new, old) in enumerate(zip(staging.all(), target.all(), strict=True)):
        new.mkdir(parents=True, exist_ok=True)
        if old.exists():
            keep_hidden_files(old, new)
            old.rename(new.parent / f".replaced-{index}")
        old.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new, old)


def keep_hidden_files(old: Path, new: Path) -> None:
    for path in old.iterdir():
        if path.name.startswith(".") and path.is_file() and not (new / path.name).exists():
            shutil.copy2(path, new / path.name)


def known_partner_codes() -> list[str]:
    from vnlabour.reference import partner_catalogue

    return sorted(partner_catalogue())
