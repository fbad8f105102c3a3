#!/usr/bin/env bash
# Installs what ewm-report needs on a fresh Debian/Ubuntu machine: the system Chromium and
# poppler-utils (only when missing, via apt-get), then the npm dependencies (npm ci; never a browser download),
# builds the project and puts the command `ewm-report` on the PATH (npm link).
set -euo pipefail
cd "$(dirname "$0")/.."

fehlend=()
if [ -z "${PUPPETEER_EXECUTABLE_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  fehlend+=(chromium)
fi
for programm in pdftotext pdffonts pdftoppm pdfinfo; do
  if ! command -v "$programm" >/dev/null 2>&1; then fehlend+=(poppler-utils); break; fi
done

if [ "${#fehlend[@]}" -gt 0 ]; then
  echo "Installiere Systempakete: ${fehlend[*]}"
  als_root=()
  if [ "$(id -u)" -ne 0 ]; then als_root=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${als_root[@]}" apt-get update -qq
  "${als_root[@]}" apt-get install -y -qq --no-install-recommends "${fehlend[@]}"
fi

npm ci --no-audit --no-fund
npm run build --silent

# `ewm-report` on the PATH: npm link into npm's global prefix when it is writable (root, or a user prefix),
# otherwise into ~/.local (on the PATH of most distributions).
prefix="$(npm prefix -g)"
if [ -w "$prefix/bin" ] || [ "$(id -u)" -eq 0 ]; then
  npm link --no-audit --no-fund --silent
  ziel="$prefix/bin"
else
  mkdir -p "$HOME/.local/bin"
  npm_config_prefix="$HOME/.local" npm link --no-audit --no-fund --silent
  ziel="$HOME/.local/bin"
fi
if command -v ewm-report >/dev/null 2>&1; then
  echo "ewm-report ist installiert: $(command -v ewm-report)"
else
  echo "ewm-report liegt in $ziel; bitte diesen Ordner in den PATH aufnehmen (z. B. export PATH=\"$ziel:\$PATH\")."
fi
