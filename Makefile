# stakemap: `make demo` maps seeds/ into graphs/, `make test` runs the tests, `make fuzz`
# fuzzes reading and extraction for FUZZ_SECONDS (libFuzzer, from the Swift toolchain).
# demo and test install Graphviz's C library first when pkg-config cannot find it.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/stakemap

.PHONY: deps build demo test fuzz

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
