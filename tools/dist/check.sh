#!/usr/bin/env bash
# The release as a kommune's IT department or CI job gets it: unpack the tarball into
# an empty folder, run it with nothing but /usr/bin and /bin on the PATH (no Swift),
# on a copy of content/ with no templates/ beside it, and compare the site with the
# one the development build writes from the same content and templates/.
set -uo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/BeredskabKit/Version.swift)
name="beredskab-$version-linux-x86_64"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { if eval "$2"; then echo " ✓ $1"; passed=$((passed + 1)); else echo " ✗ $1"; failed=$((failed + 1)); fi; }

mkdir -p "$work/unpacked" "$work/project"
tar -xzf "dist/$name.tar.gz" -C "$work/unpacked"
binary="$work/unpacked/$name/beredskab"
cp -r content "$work/project/content"
args=(build --today 2026-12-03 --base-url https://beredskab.example.dk/)
(cd "$work/project" && env -i PATH=/usr/bin:/bin "$binary" "${args[@]}" --output site > "$work/release.log" 2>&1)
check "the unpacked binary builds content/ without templates/ and without Swift" "[ $? -eq 0 ] && [ -f '$work/project/site/index.html' ]"
.build/debug/beredskab "${args[@]}" --content content --templates templates --output "$work/reference" > /dev/null 2>&1
check "its site is byte-identical to the development build's ($(find "$work/reference" -type f | wc -l) files)" "diff -r '$work/reference' '$work/project/site' > '$work/diff.txt'"
check "ldd lists no Swift runtime library" "! ldd '$binary' | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|libicu|libcurl'"
check "cmark is linked in, not loaded" "! ldd '$binary' | grep -q libcmark"
check "no libqrencode: QR codes come from our own encoder" "! ldd '$binary' | grep -q libqrencode"
check "--version names the release and cmark" "env -i PATH=/usr/bin:/bin '$binary' --version | grep -q 'beredskab $version (cmark '"
check "the tarball holds the README and the licences" "[ -f '$work/unpacked/$name/README.md' ] && [ -f '$work/unpacked/$name/licences/cmark.txt' ]"
(cd "$work/project" && env -i PATH=/usr/bin:/bin "$binary" templates eject > /dev/null)
check "templates eject writes the built-in templates, identical to templates/" "diff -r templates '$work/project/templates' > /dev/null"
[ "$failed" -eq 0 ] || { head -20 "$work/release.log" "$work/diff.txt" 2>/dev/null; }
echo "dist: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
