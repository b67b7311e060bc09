# DIP build. Every target installs what it needs; see README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := build

export FOUNDRY_SOLC := $(CURDIR)/tools/solc
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)

GO        ?= go
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
BIN       := bin/dip
GOTESTFLAGS ?= -count=1 -timeout 30m

.PHONY: setup contracts bindings zk-verifier build demo test test-go test-forge check-bindings check-snapshots lint fmt bench snapshots clean

setup: ## install the pinned Solidity toolchain (idempotent)
	@./scripts/setup.sh

contracts: setup ## compile the Solidity contracts
	forge build --root $(CURDIR) --silent

bindings: zk-verifier contracts ## regenerate Go bindings from the compiled contracts
	./scripts/bindings.sh

zk-verifier: setup ## regenerate gnark's exported fixture verifiers and the forge zk fixtures (deterministic)
	$(GO) run ./zk/cmd/zkgen

build: contracts ## build the dip CLI into bin/dip
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/dip

demo: build ## run the whole story on the embedded chain
	./$(BIN) demo

test: setup ## run every check: vet, forge tests, bindings drift, Go tests
	./scripts/test.sh

test-forge: contracts
	forge test --root $(CURDIR)

test-go:
	$(GO) test $(GOTESTFLAGS) ./...

check-bindings: bindings ## fail if regenerating bindings changed a committed file
	@git diff --exit-code --stat -- bindings/ contracts/src/verifiers/generated/ contracts/test/verifiers/fixtures/ zk/fixture/testdata/ || { echo "bindings drifted from contracts: run 'make bindings' and commit" >&2; exit 1; }
	@test -z "$$(git ls-files --others --exclude-standard -- bindings/ contracts/src/verifiers/generated/)" || { echo "untracked generated bindings: run 'make bindings' and commit" >&2; git ls-files --others --exclude-standard -- bindings/ >&2; exit 1; }

check-snapshots: contracts ## fail if gas usage differs from the committed snapshot
	forge snapshot --root $(CURDIR) --check contracts/snapshots/.gas-snapshot --no-match-test 'testFuzz|invariant'

snapshots: contracts ## rewrite the committed gas snapshot
	@mkdir -p contracts/snapshots
	forge snapshot --root $(CURDIR) --snap contracts/snapshots/.gas-snapshot --no-match-test 'testFuzz|invariant'

lint: setup ## gofmt, go vet, forge fmt --check
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo "gofmt: files above need formatting" >&2; exit 1; }
	$(GO) vet ./...
	@out="$$(forge fmt --root $(CURDIR) --check 2>&1)"; if [ -n "$$out" ]; then echo "$$out"; echo "forge fmt: files above need formatting (run make fmt)" >&2; exit 1; fi

fmt: setup
	gofmt -w $$(git ls-files '*.go')
	forge fmt --root $(CURDIR)

bench: build ## run benchmarks; results go in docs/benchmarks.md
	./scripts/bench.sh

clean:
	rm -rf bin out cache
