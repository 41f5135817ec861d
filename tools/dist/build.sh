#!/usr/bin/env bash
# `make dist`: dist/beredskab-VERSION-linux-x86_64.tar.gz, a binary that needs no Swift:
# the Swift runtime and Foundation linked statically (--static-swift-stdlib), cmark
# linked statically (libcmark.a), the default templates compiled in; the README and
# the licence texts of what it bundles beside it. The tarball is byte-identical for
# the same sources (sorted entries, fixed owner and times, gzip -n).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/BeredskabKit/Version.swift)
name="beredskab-$version-linux-x86_64"
BEREDSKAB_STATIC_CMARK=1 ${SWIFT:-swift} build -c release --static-swift-stdlib --scratch-path .build-dist
rm -rf "dist/$name" "dist/$name.tar.gz"
mkdir -p "dist/$name/licences"
cp .build-dist/release/beredskab "dist/$name/beredskab"
strip "dist/$name/beredskab"
cp README.md "dist/$name/README.md"
cp .build-dist/checkouts/Yams/LICENSE "dist/$name/licences/Yams.txt"
cp .build-dist/checkouts/swift-argument-parser/LICENSE.txt "dist/$name/licences/swift-argument-parser.txt"
swift_root=$(dirname "$(dirname "$(command -v "${SWIFT:-swift}")")")
cp "$swift_root/share/swift/LICENSE.txt" "dist/$name/licences/swift-runtime-and-foundation.txt"
cp /usr/share/doc/libcmark-dev/copyright "dist/$name/licences/cmark.txt"
cat > "dist/$name/licences/README.txt" <<TEXT
beredskab $version bundles, linked into the one binary:
- the Swift runtime, standard library and Foundation (swift-runtime-and-foundation.txt; Apache 2.0 with the Runtime Library Exception)
- cmark $(sed -n 's/.*CMARK_VERSION_STRING "\(.*\)"/\1/p' /usr/include/cmark_version.h) (cmark.txt; BSD-2-Clause and others)
- Yams (Yams.txt; MIT), swift-argument-parser (swift-argument-parser.txt; Apache 2.0)
It loads at run time, from the system: libstdc++, libgcc_s, libm and libc (in every
Debian and Ubuntu base image).
TEXT
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C dist -cf - "$name" | gzip -n -9 > "dist/$name.tar.gz"
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)); needs at run time: $(readelf -d "dist/$name/beredskab" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ')"
