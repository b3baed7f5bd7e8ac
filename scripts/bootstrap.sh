#!/usr/bin/env bash
# Sets up everything Tiers-Lieux Desktop needs on a Debian/Ubuntu machine, saying what it does.
# Idempotent: installs only what is missing. Used by scripts/run-app, scripts/run-tests and .ci/run.
#   scripts/bootstrap.sh [app|test|bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

say() { printf '[bootstrap] %s\n' "$*"; }

# 1. System libraries Qt needs (offscreen widgets + QtWebEngine). See ../shared/STACK-NOTES.md.
debs=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
      libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
      libxcb-shape0 libxkbcommon-x11-0 libxcb-xkb1 python3-venv)
if [ "$mode" != app ]; then debs+=(poppler-utils); fi
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # python3-venv is only needed when the interpreter cannot make a venv by itself.
  if [ ${#missing[@]} -gt 0 ] && python3 -c 'import venv, ensurepip' 2>/dev/null; then
    missing=("${missing[@]/python3-venv}")
  fi
  missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "installing system packages Qt needs: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    say "system packages: all present"
  fi
else
  say "not a Debian/Ubuntu system: install Qt's system libraries yourself (see README)"
fi

# 2. A private Python environment in .venv with the app and its dependencies.
if [ ! -x .venv/bin/python ]; then
  say "creating the Python environment in .venv"
  python3 -m venv .venv
fi
stamp=".venv/.installed-$mode"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  extra=""
  case "$mode" in test) extra="[test]";; bench) extra="[test,bench]";; esac
  say "installing Python packages (pip install -e .$extra)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
  touch "$stamp"
else
  say "Python packages: up to date"
fi

# 3. The window's translations: resources/translations/*.qm compiled from the .ts files (not kept in
#    git) when missing or older than their .ts.
.venv/bin/python scripts/translations.py compile | sed 's/^/[bootstrap] /'
