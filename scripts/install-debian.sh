#!/usr/bin/env bash
# System packages for PDF output (`budgetlens generate --format pdf`, the PDF round trip):
# Chromium prints the HTML, the CJK fonts give it the faces real disclosures use.
# Idempotent: installs only what is missing; as root directly, otherwise through sudo.
set -euo pipefail
PACKAGES=(chromium fonts-noto-cjk fonts-wqy-zenhei)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-debian: all present (${PACKAGES[*]})"
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
echo "install-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
