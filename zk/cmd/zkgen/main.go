// Command zkgen regenerates DIP's zk fixtures: gnark's exported Solidity
// verifiers of the fixture circuits and the forge test library of keys and
// proofs (both deterministic), and, with -new-proofs, the committed proofs.
// Run it through `make zk-verifier`.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dip-market/dip/zk/fixture"
)

func main() {
	verifiers := flag.String("verifiers", "contracts/src/verifiers/generated", "directory of the exported verifiers")
	tests := flag.String("tests", "contracts/test/verifiers/fixtures/ZkFixtures.sol", "forge fixture library to write")
	proofs := flag.String("proofs", "zk/fixture/testdata/proofs.json", "committed fixture proofs")
	newProofs := flag.Bool("new-proofs", false, "prove the fixtures again and rewrite -proofs (when circuits change)")
	flag.Parse()
	if err := run(*verifiers, *tests, *proofs, *newProofs); err != nil {
		fmt.Fprintf(os.Stderr, "zkgen: %v\n", err)
		os.Exit(1)
	}
}

func run(verifiers, tests, proofsPath string, newProofs bool) error {
	if err := os.MkdirAll(verifiers, 0o755); err != nil {
		return err
	}
	for _, e := range fixture.Exported {
		path := filepath.Join(verifiers, e.Name+".sol")
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := fixture.WriteExported(f, e.Name, e.Spec); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Println("wrote", path)
	}
	if newProofs {
		p, err := fixture.MakeProofs(context.Background())
		if err != nil {
			return err
		}
		if err := fixture.WriteProofs(proofsPath, p); err != nil {
			return err
		}
		fmt.Println("wrote", proofsPath)
	}
	p, err := fixture.ReadProofs(proofsPath)
	if err != nil {
		return fmt.Errorf("%w (create it with -new-proofs)", err)
	}
	if err := p.Check(); err != nil {
		return err
	}
	if err := p.SetKeys(); err != nil {
		return err
	}
	if err := fixture.WriteProofs(proofsPath, p); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(tests), 0o755); err != nil {
		return err
	}
	f, err := os.Create(tests)
	if err != nil {
		return err
	}
	if err := fixture.WriteSolidityFixtures(f, p); err != nil {
		f.Close()
		return err
	}
	fmt.Println("wrote", tests)
	return f.Close()
}
