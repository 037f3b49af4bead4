"""Every path and default of the project, defined once."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DATA = ROOT / "data"
RAW_ARTICLES = DATA / "raw" / "articles"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
EXTERNAL = DATA / "external"
OFFICIAL_DEPLOYMENTS = EXTERNAL / "official_deployments.csv"  # third-party, see its .md
REFERENCE = DATA / "reference"
ANNOTATIONS = DATA / "annotations"
CORRECTIONS = ANNOTATIONS / "corrections.csv"

FIGURES = ROOT / "figures"
REPORT = ROOT / "report"
NOTEBOOKS = ROOT / "notebooks"
TEMPLATES = ROOT / "templates"

TEXT_DIRNAME = "text"  # normalised article bodies, under the interim folder
LIST_SEP = ";"  # joins lists inside one CSV cell
CLEAN_CHUNK_ARTICLES = 2_000  # the clean stage holds the rows of this many articles at a time
XLSX_MAX_ROWS = 1_000  # rows per sheet of tables.xlsx; every row is in the CSVs
REPORT_TABLE_ROWS = 50  # rows at most in a table of the report; the processed CSVs hold all
