#!/usr/bin/env bash
# Refreshes the explorer's committed Cytoscape.js files from the npm registry (npm pack, no install).
# Usage: src/GeoGraph.Api/Explore/refresh-vendor.sh   (then update the versions in wwwroot/explore/vendor/README.md)
set -euo pipefail
vendor="$(cd "$(dirname "$0")/../wwwroot/explore/vendor" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# package@version  file in the package  name in vendor/
while read -r package file; do
  tarball=$(npm pack --silent "$package")
  mkdir "${package%@*}" && tar xzf "$tarball" -C "${package%@*}"
  cp "${package%@*}/package/$file" "$vendor/"
  cp "${package%@*}/package/LICENSE" "$vendor/LICENSE.${package%@*}"
done <<'PACKAGES'
cytoscape@3.34.4 dist/cytoscape.min.js
layout-base@2.0.1 layout-base.js
cose-base@2.2.0 cose-base.js
cytoscape-fcose@2.2.0 cytoscape-fcose.js
PACKAGES
