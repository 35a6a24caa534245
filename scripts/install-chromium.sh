#!/usr/bin/env bash
# Install Debian's Chromium for the Mermaid render tests and `servicevalue render`, when it is missing.
# A no-op when /usr/bin/chromium (or CHROMIUM_PATH) is already there. Needs root (or sudo) and apt-get.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
  echo "chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed at /usr/bin/chromium"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found, and apt-get is not available here: install Chromium or Chrome and set CHROMIUM_PATH" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "chromium: not found; installing it needs root: run apt-get install -y chromium as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y chromium
/usr/bin/chromium --version
