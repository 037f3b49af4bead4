#!/usr/bin/env bash
# Checks what `make setup` cannot install with pip; installs Debian packages when it can (root).
set -u
missing=()
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
  || missing+=("python3 >= 3.11 (install it from your distribution or python.org)")
python3 -c 'import venv, ensurepip' 2>/dev/null \
  || missing+=("the python3 venv module (Debian/Ubuntu: apt-get install python3-venv)")

# WeasyPrint renders the PDF with Pango; the fonts come with matplotlib, not the system.
libs=(libpango-1.0.so:libpango-1.0-0 libpangoft2-1.0.so:libpangoft2-1.0-0 libharfbuzz.so:libharfbuzz0b
      libharfbuzz-subset.so:libharfbuzz-subset0)
need=()
for pair in "${libs[@]}"; do
  ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${need[*]} for WeasyPrint (PDF)"
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || missing+=("${need[*]}")
  else
    missing+=("${need[*]} (WeasyPrint needs Pango: apt-get install ${need[*]}, or brew install pango)")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: missing system prerequisites:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 1
fi
