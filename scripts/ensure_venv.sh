#!/usr/bin/env bash
# Create the virtual environment DIR, or make it anew when a python or pip is missing from it:
# a `python -m venv` interrupted after linking the interpreter but before ensurepip leaves a
# venv without pip, which every later install would trip over.
set -euo pipefail
venv=${1:?usage: scripts/ensure_venv.sh DIR}
PYTHON=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ] || [ ! -x "$venv/bin/pip" ]; then
  if [ -e "$venv" ]; then
    echo "==> $venv is incomplete (no python or pip): creating it anew"
  else
    echo "==> creating $venv"
  fi
  "$PYTHON" -m venv --clear "$venv"
fi
