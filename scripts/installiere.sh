#!/usr/bin/env bash
# Installs what ewm-report needs on a fresh Debian/Ubuntu machine: the system Chromium and
# poppler-utils (only when missing, via apt-get), then the npm dependencies (npm ci; never a browser download).
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
