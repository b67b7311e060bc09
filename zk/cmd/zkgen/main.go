// Command zkgen regenerates DIP's zk fixtures: gnark's exported Solidity
// verifiers of the fixture circuits and the forge test library of keys and
// proofs (both deterministic), and, with -new-proofs, the committed proofs.
// Run it through `make zk-verifier`.
//
// Every output is rendered in full (and formatted with `forge fmt` when forge
// is on PATH) before anything is written, and a file is replaced, atomically,
// only when its content changes: builds running alongside never see a
// truncated or half-written contract.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
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
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	for _, e := range fixture.Exported {
		var b bytes.Buffer
		if err := fixture.WriteExported(&b, e.Name, e.Spec); err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		if err := emit(root, filepath.Join(verifiers, e.Name+".sol"), b.Bytes(), true); err != nil {
			return err
		}
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
	var pj bytes.Buffer
	if err := writeJSON(&pj, p); err != nil {
		return err
	}
	if err := emit(root, proofsPath, pj.Bytes(), false); err != nil {
		return err
	}
	var lib bytes.Buffer
	if err := fixture.WriteSolidityFixtures(&lib, p); err != nil {
		return err
	}
	return emit(root, tests, lib.Bytes(), true)
}

func writeJSON(w io.Writer, p *fixture.Proofs) error {
	tmp, err := os.CreateTemp("", "zkgen-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	tmp.Close()
	if err := fixture.WriteProofs(tmp.Name(), p); err != nil {
		return err
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// emit formats Solidity content with forge (when available), and replaces
// path atomically if the result differs from what is there.
func emit(root, path string, content []byte, solidity bool) error {
	if solidity {
		content = forgeFmt(root, content)
	}
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, content) {
		fmt.Println("unchanged", path)
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(content); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	fmt.Println("wrote", path)
	return nil
}

// forgeFmt formats Solidity source with `forge fmt` and the repository's
// foundry.toml; without forge it returns the source unchanged.
func forgeFmt(root string, src []byte) []byte {
	forge, err := exec.LookPath("forge")
	if err != nil {
		fmt.Fprintln(os.Stderr, "zkgen: forge not on PATH: writing unformatted Solidity (run `forge fmt`)")
		return src
	}
	dir, err := os.MkdirTemp("", "zkgen-fmt-")
	if err != nil {
		return src
	}
	defer os.RemoveAll(dir)
	f := filepath.Join(dir, "Source.sol")
	if err := os.WriteFile(f, src, 0o644); err != nil {
		return src
	}
	cmd := exec.Command(forge, "fmt", "--root", root, f)
	if out, err := cmd.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "zkgen: forge fmt: %v: %s\n", err, out)
		return src
	}
	formatted, err := os.ReadFile(f)
	if err != nil {
		return src
	}
	return formatted
}
