"""Writes the processed tables: CSVs, partners.csv, datapackage.json and tables.xlsx.

Same tables in, same bytes out: fixed column and row order, no timestamps (the workbook's
properties and zip entries carry a fixed date).
"""

import io
import json
import zipfile
from collections.abc import Mapping
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
    table_spec,
    typed,
)
from vnlabour.config import LIST_SEP
from vnlabour.tables import plain_rows, write_atomically, write_frame

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


def write_processed(tables: Tables, catalogue: Mapping[str, object], out_dir: Path) -> Tables:
    """Every processed file under out_dir; returns the tables written, partners.csv included."""
    tables = {**tables, "partners": partners_table(tables, catalogue)}
    for name, df in tables.items():
        write_frame(out_dir / f"{name}.csv", df)
    write_atomically(out_dir / "datapackage.json", datapackage_json(tables))
    write_bytes_atomically(out_dir / "tables.xlsx", workbook_bytes(tables))
    return tables


def read_processed(folder: Path) -> Tables:
    """The processed tables of folder, typed as the metadata declares (for charts and report)."""
    names = [t["name"] for t in table_metadata()["tables"]]
    return {
        name: typed(pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False), name)
        for name in names
    }


def partners_table(tables: Tables, catalogue: Mapping[str, object]) -> pd.DataFrame:
    """The catalogue's partners that some table uses."""
    used = sorted(code for code in codes_used(tables) if code in catalogue)
    rows = [
        (code, catalogue[code].kind, catalogue[code].name_vi, catalogue[code].name_en)
        for code in used
    ]
    return typed(pd.DataFrame(rows, columns=columns_of("partners"), dtype="str"), "partners")


def codes_used(tables: Tables) -> set[str]:
    cells = [
        *tables["mentions"]["partner_code"],
        *tables["partner_year"]["partner_code"],
        *tables["figures"]["origin"],
        *tables["figures"]["destination"],
        *tables["events"]["partners"],
        *tables["articles"]["event_partners"],
        *tables["agreements"]["parties"],
    ]
    return {code for cell in cells for code in cell.split(LIST_SEP) if code}


# datapackage.json ------------------------------------------------------------------------------


def datapackage_json(tables: Tables) -> str:
    """A Frictionless (tabular) Data Package v1 descriptor, as stable text."""
    package = {
        **PACKAGE,
        "sources": article_sources(tables["articles"]),
        "resources": [resource(name) for name in tables],
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


def workbook_bytes(tables: Tables) -> bytes:
    """One sheet per table; fixed properties and zip dates, so equal tables give equal bytes."""
    book = Workbook(write_only=True)
    for name, df in tables.items():
        sheet = book.create_sheet(name)
        sheet.append(list(df.columns))
        for row in plain_rows(df):
            sheet.append([excel_cell(sheet, v) for v in row])
    book.properties.creator = "vnlabour"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return with_fixed_zip_dates(buffer.getvalue())


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
