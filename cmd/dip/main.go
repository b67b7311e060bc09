// Command dip is the DIP command-line tool: deploy and operate guild
// contracts, buy data access, run the settlement relayer, and run the demo.
package main

import (
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}
