#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (never a
# downloaded browser). Installs it when it is missing, with the Noto fonts that
# draw the native names the pages show (天问二号, はやぶさ2, मंगल, مسبار الأمل)
# in the screenshots; needs root or sudo.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
for fonts in fonts-noto-core fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$fonts" 2>/dev/null | grep -q "install ok installed" || missing+=("$fonts")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
