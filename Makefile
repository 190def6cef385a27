# stakemap: `make demo` maps seeds/ into graphs/, `make test` runs the tests.
# Both install Graphviz's C library first when pkg-config cannot find it.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/stakemap

.PHONY: deps build demo test

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
