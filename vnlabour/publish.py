"""Writes the processed tables: CSVs, partners.csv, datapackage.json and tables.xlsx.

Same tables in, same bytes out: fixed column and row order, no timestamps (the workbook's
properties and zip entries carry a fixed date).
"""

import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from vnlabour.clean import (
    PARTIAL_DATE,
    Tables,
    columns_of,
    enum_values,
    table_metadata,
    table_names,
    table_spec,
    typed,
)
from vnlabour.config import LIST_SEP, XLSX_MAX_ROWS
from vnlabour.tables import PendingCsv, plain_rows, write_atomically

PARTNER_COLUMNS = {  # columns of partner codes, for partners.csv
    "mentions": ("partner_code",), "partner_year": ("partner_code",),
    "figures": ("origin", "destination"), "events": ("partners",),
    "articles": ("event_partners",), "agreements": ("parties",),
}  # fmt: skip
NOTES_SHEET = "notes"  # sheet of tables.xlsx naming the sheets cut at XLSX_MAX_ROWS
FIXED_TIME = datetime(2000, 1, 1)  # stands in for "now" in the workbook, so bytes do not change
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # earliest date a zip entry can carry
PACKAGE = {
    "profile": "tabular-data-package",
    "name": "vnlabour",
    "title": "Vietnam's international labour cooperation, from Vietnamese news articles",
    "description": (
        "Tables extracted from Vietnamese-language news articles about Vietnam's international "
        "labour cooperation, each row with the article and the words it comes from. "
        "The code that builds them is MIT-licensed; the tables are CC-BY-4.0; the article texts "
        "listed under sources remain their publishers' and are not covered by either licence."
    ),
    "licenses": [
        {
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 (the tables)",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }
    ],
}


class ProcessedWriter:
    """The processed files of out_dir, written table by table or chunk of rows by chunk.

    Rows go to temporary files beside their CSV; finish() adds partners.csv, datapackage.json
    and tables.xlsx and moves everything into place. Leaving the `with` block without finish()
    deletes the temporary files and leaves the old outputs as they were.
    """

    def __init__(self, out_dir: Path, catalogue: Mapping[str, object]) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.out_dir, self.catalogue = out_dir, catalogue
        self.pending: dict[str, PendingCsv] = {}
        self.heads: dict[str, list[pd.DataFrame]] = {}  # first rows, for the workbook
        self.n_rows: dict[str, int] = {}
        self.codes: set[str] = set()

    def __enter__(self) -> "ProcessedWriter":
        return self

    def __exit__(self, *exc_info: object) -> None:
        for pending in self.pending.values():
            pending.discard()

    def add(self, tables: Tables) -> None:
        """Rows of some tables, written after the rows added before them."""
        for name, df in tables.items():
            if name not in self.pending:
                self.pending[name] = PendingCsv(self.out_dir / f"{name}.csv", list(df.columns))
                self.heads[name], self.n_rows[name] = [], 0
            self.pending[name].writer.writerows(csv_rows(df))
            if self.n_rows[name] < XLSX_MAX_ROWS:
                self.heads[name].append(df.head(XLSX_MAX_ROWS - self.n_rows[name]))
            self.n_rows[name] += len(df)
            self.codes |= codes_used(name, df)

    def finish(self, articles: pd.DataFrame) -> dict[str, int]:
        """partners.csv, datapackage.json and tables.xlsx, then every file in place; rows per
        table."""
        self.add({"partners": partners_table(self.codes, self.catalogue)})
        names = [*(n for n in table_names() if n in self.pending), "partners"]
        heads = {name: pd.concat(self.heads[name], ignore_index=True) for name in names}
        package = datapackage_json(articles, names)
        workbook = workbook_bytes(heads, {name: self.n_rows[name] for name in names})
        for name in names:
            self.pending[name].commit()
        write_atomically(self.out_dir / "datapackage.json", package)
        write_bytes_atomically(self.out_dir / "tables.xlsx", workbook)
        return {name: self.n_rows[name] for name in names}


def csv_rows(df: pd.DataFrame) -> Iterable[tuple[str, ...]]:
    """The rows of a typed table as text, each cell as tables.format_cell writes it (quicker: a
    column at a time)."""
    return zip(*(column_cells(df[column]) for column in df.columns), strict=True)


def column_cells(cells: pd.Series) -> list[str]:
    """'' for missing, integers without '.0', booleans as true/false, text as it is."""
    kind = str(cells.dtype)
    if kind == "str":
        return cells.fillna("").tolist()
    values = cells.astype(object).where(cells.notna(), None).tolist()
    if kind == "boolean":
        return ["" if v is None else "true" if v else "false" for v in values]
    if kind == "Float64":
        return ["" if v is None else str(int(v)) if v.is_integer() else str(v) for v in values]
    return ["" if v is None else str(v) for v in values]


def read_processed(folder: Path) -> Tables:
    """The processed tables of folder, whole and typed as the metadata declares (for analysts and
    tests; the report reads only the columns it shows, see vnlabour.present)."""
    names = [t["name"] for t in table_metadata()["tables"]]
    return {
        name: typed(pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False), name)
        for name in names
    }


def partners_table(codes: set[str], catalogue: Mapping[str, object]) -> pd.DataFrame:
    """The catalogue's partners among codes."""
    used = sorted(code for code in codes if code in catalogue)
    rows = [
        (code, catalogue[code].kind, catalogue[code].name_vi, catalogue[code].name_en)
        for code in used
    ]
    return typed(pd.DataFrame(rows, columns=columns_of("partners"), dtype="str"), "partners")


def codes_used(name: str, df: pd.DataFrame) -> set[str]:
    """The partner codes in the partner columns of table name (lists split)."""
    cells = {cell for column in PARTNER_COLUMNS.get(name, ()) for cell in df[column].unique()}
    return {code for cell in cells for code in cell.split(LIST_SEP) if code}


# datapackage.json ------------------------------------------------------------------------------


def datapackage_json(articles: pd.DataFrame, names: list[str]) -> str:
    """A Frictionless (tabular) Data Package v1 descriptor of tables names, as stable text."""
    package = {
        **PACKAGE,
        "sources": article_sources(articles),
        "resources": [resource(name) for name in names],
    }
    return json.dumps(package, ensure_ascii=False, indent=2) + "\n"


def article_sources(articles: pd.DataFrame) -> list[dict]:
    sources = []
    for article in articles.itertuples():
        source = {"title": article.title or article.file, "file": f"raw/articles/{article.file}"}
        if article.source_url:
            source["path"] = article.source_url
        source["sha256"] = article.sha256
        sources.append(source)
    return sources


def resource(name: str) -> dict:
    spec = table_spec(name)
    schema: dict = {"fields": [field(column) for column in spec["columns"]], "missingValues": [""]}
    if "primary_key" in spec:
        schema["primaryKey"] = spec["primary_key"]
    if "foreign_keys" in spec:
        schema["foreignKeys"] = [
            {
                "fields": fk["fields"],
                "reference": {"resource": fk["resource"], "fields": fk["reference"]},
            }
            for fk in spec["foreign_keys"]
        ]
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "title": spec["title"],
        "description": spec["description"],
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def field(column: dict) -> dict:
    constraints: dict = {}
    if column.get("required"):
        constraints["required"] = True
    enum = column.get("enum")
    if enum and enum != "partner":
        constraints["enum"] = enum_values(enum)
    if "minimum" in column:
        constraints["minimum"] = column["minimum"]
    if "pattern" in column:
        constraints["pattern"] = column["pattern"]
    if column.get("format") == "partial_date":
        constraints["pattern"] = PARTIAL_DATE.pattern  # "" is missing, never matched
    described = {
        "name": column["name"],
        "type": column["type"],
        "description": column["description"],
    }
    return {**described, "constraints": constraints} if constraints else described


def data_dictionary_markdown() -> str:
    """The README's data dictionary: per processed table, its description and a column table."""
    parts = []
    for spec in table_metadata()["tables"]:
        lines = [f"### {spec['name']}.csv: {spec['title']}", "", spec["description"], ""]
        lines += ["| column | type | meaning |", "| --- | --- | --- |"]
        lines += [f"| `{c['name']}` | {c['type']} | {c['description']} |" for c in spec["columns"]]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


# tables.xlsx -----------------------------------------------------------------------------------


def workbook_bytes(heads: Tables, n_rows: Mapping[str, int]) -> bytes:
    """One sheet per table with its first rows (heads), and a notes sheet naming the tables
    whose n_rows do not all fit; fixed properties and zip dates: equal tables, equal bytes."""
    book = Workbook(write_only=True)
    for name, df in heads.items():
        append_sheet(book, name, df)
    cut = [
        (name, len(heads[name]), n, f"{name}.csv")
        for name, n in n_rows.items()
        if n > len(heads[name])
    ]
    if cut:
        notes = ["table", "rows in this workbook", "rows in all", "every row in"]
        append_sheet(book, NOTES_SHEET, pd.DataFrame(cut, columns=notes))
    book.properties.creator = "vnlabour"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return with_fixed_zip_dates(buffer.getvalue())


def append_sheet(book: Workbook, name: str, df: pd.DataFrame) -> None:
    sheet = book.create_sheet(name)
    sheet.append(list(df.columns))
    for row in plain_rows(df):
        sheet.append([excel_cell(sheet, v) for v in row])


def excel_cell(sheet: WriteOnlyWorksheet, value: object) -> object:
    """The value to append; text is cleaned of characters Excel rejects and never a formula."""
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"
    return cell


def with_fixed_zip_dates(data: bytes) -> bytes:
    """The same zip archive with every entry dated ZIP_TIME."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(entry.filename))
    return out.getvalue()


def write_bytes_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_bytes(data)
    tmp.replace(path)
