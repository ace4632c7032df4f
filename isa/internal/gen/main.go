// Command gen writes isa/tables.go from isa/opcodes.txt.
//
// Run it with `go generate ./isa`; TestTablesCurrent fails when the
// committed tables.go differs from what gen would write.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"graftlab/isa/internal/spec"
)

func main() {
	in := flag.String("in", "opcodes.txt", "instruction table")
	out := flag.String("out", "tables.go", "generated Go file")
	flag.Parse()
	text, err := os.ReadFile(*in)
	if err != nil {
		log.Fatal(err)
	}
	src, err := spec.Generate(string(text))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s\n", *out)
}
