# stakemap: `make demo` maps seeds/ into graphs/, `make test` runs the tests, `make fuzz`
# fuzzes reading and extraction for FUZZ_SECONDS (libFuzzer, from the Swift toolchain).
# demo and test install Graphviz's C library first when pkg-config cannot find it.
# `make bench` (not part of `make test` or CI) builds in release, installs the Python peers
# (spaCy, networkx, igraph) into virtual environments under .build/ and writes
# Benchmarks/RESULTS.md; `make bench-quick` is a smoke test on small inputs.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/stakemap

.PHONY: deps build demo test fuzz bench bench-quick peers

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
		echo "Installing libgraphviz-dev (Graphviz's C library)..."; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends libgraphviz-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build --product stakemap

demo: build
	$(BIN) map seeds -o graphs

test: deps
	$(SWIFT) test

# The fuzz target builds apart (.build-fuzz) with -sanitize=fuzzer; its corpus grows in
# .build-fuzz/corpus from seeds/ and Fuzz/seeds/; crashes are written to .build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_BIN := .build-fuzz/debug/stakemap-fuzz

fuzz:
	STAKEMAP_FUZZ=1 $(SWIFT) build --manifest-cache none --build-path .build-fuzz --product stakemap-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
	mkdir -p .build-fuzz/corpus
	$(FUZZ_BIN) .build-fuzz/corpus seeds Fuzz/seeds -max_total_time=$(FUZZ_SECONDS) -timeout=20 \
		-max_len=16384 -artifact_prefix=.build-fuzz/ -print_final_stats=1

PYTHON ?= python3
PEERS_EN := .build/peers-en
PEERS_ES := .build/peers-es

# English spaCy 3.8 pipeline with networkx and igraph; the Spanish pipeline needs spaCy 3.1,
# which cannot share an environment with 3.8 (see Benchmarks/peers/requirements-es.txt).
$(PEERS_EN)/.installed: Benchmarks/peers/requirements-en.txt
	$(PYTHON) -m venv $(PEERS_EN)
	$(PEERS_EN)/bin/pip install --quiet --upgrade pip
	$(PEERS_EN)/bin/pip install --quiet -r Benchmarks/peers/requirements-en.txt
	touch $@

$(PEERS_ES)/.installed: Benchmarks/peers/requirements-es.txt Benchmarks/peers/requirements-es-override.txt
	$(PYTHON) -m venv $(PEERS_ES)
	$(PEERS_ES)/bin/pip install --quiet --upgrade pip
	$(PEERS_ES)/bin/pip install --quiet -r Benchmarks/peers/requirements-es.txt
	$(PEERS_ES)/bin/pip install --quiet --no-deps -r Benchmarks/peers/requirements-es-override.txt
	touch $@

peers: $(PEERS_EN)/.installed $(PEERS_ES)/.installed

bench: deps peers
	$(SWIFT) build -c release --product stakemap
	$(SWIFT) build -c release --product stakemap-bench
	.build/release/stakemap-bench run --results Benchmarks/RESULTS.md

bench-quick: deps peers
	$(SWIFT) build -c release --product stakemap
	$(SWIFT) build -c release --product stakemap-bench
	.build/release/stakemap-bench run --quick --runs 2 --results -
