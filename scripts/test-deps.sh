#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's Chromium (PDF
# export and browser tests drive /usr/bin/chromium through playwright-core;
# a test tool's own browser download cannot work on these machines).
# Runs before `npm test` (npm's pretest); does nothing when it is present.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: /usr/bin/chromium is missing and apt-get is not available; install Debian's chromium package" >&2
  exit 1
fi
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo)
echo "test-deps: installing Debian's chromium (needed by the PDF and browser tests)..."
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium >/dev/null
/usr/bin/chromium --version
