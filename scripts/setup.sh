#!/usr/bin/env bash
# Idempotent setup: Debian packages that are missing, the fonts the PDF needs, the venv.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(postgresql redis-server fonts-noto-cjk fonts-noto-cjk-extra fonts-arphic-ukai poppler-utils chromium fontconfig)
PYTHON=${PYTHON:-python3}

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# FandolFang (仿宋 with full Simplified coverage) ships only inside texlive-lang-chinese:
# take the one font out of the .deb instead of installing TeX.
FONT_DIR=var/fonts
if [ ! -f "$FONT_DIR/FandolFang-Regular.otf" ]; then
  mkdir -p "$FONT_DIR"
  work=$(mktemp -d)
  # A machine that had every package may have no package lists yet: update once and retry.
  if (cd "$work" && { apt-get download texlive-lang-chinese >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get download texlive-lang-chinese >/dev/null 2>&1; }; }); then
    dpkg-deb -x "$work"/texlive-lang-chinese_*.deb "$work/x"
    find "$work/x" -name 'FandolFang-Regular.otf' -exec cp {} "$FONT_DIR/" \;
  fi
  rm -rf "$work"
  [ -f "$FONT_DIR/FandolFang-Regular.otf" ] || echo "warning: FandolFang not available; PDFs fall back to Song for 仿宋" >&2
fi

mkdir -p var
PYTHON="$PYTHON" scripts/ensure_venv.sh .venv
# Exact versions with hashes (requirements.lock, made by `make lock` from pyproject.toml).
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
  echo "==> installing Python packages into .venv (requirements.lock)"
  if ! .venv/bin/pip install -q --require-hashes -r requirements.lock > var/pip.log 2>&1; then
    cat var/pip.log >&2
    exit 1
  fi
  touch "$stamp"
fi
mkdir -p var/cache var/screenshots
# The PDF's CJK faces cut down to GB 2312 (meetings/pdf_fonts.py): once, ~1 min; PDFs
# render without them too, only slower.
.venv/bin/python manage.py cut_pdf_fonts \
  || echo "warning: cutting the PDF fonts failed; PDFs use the full system faces" >&2
