package tools

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestGoModMarksDirectImports checks that go.mod marks no module "//
// indirect" that a package of the repository imports, as go mod tidy would
// (.ci/run also runs go mod tidy -diff, which needs the module cache).
func TestGoModMarksDirectImports(t *testing.T) {
	root := filepath.Join("..", "..")
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	indirect := map[string]bool{}
	for _, line := range strings.Split(string(mod), "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "require ")
		if f := strings.Fields(line); len(f) == 4 && f[2] == "//" && f[3] == "indirect" {
			indirect[f[0]] = true
		}
	}
	imported := map[string]string{} // module -> a file importing it
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			for m := range indirect {
				if p == m || strings.HasPrefix(p, m+"/") {
					imported[m] = path
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mods := make([]string, 0, len(imported))
	for m := range imported {
		mods = append(mods, m)
	}
	sort.Strings(mods)
	for _, m := range mods {
		file := imported[m]
		t.Errorf("go.mod marks %s indirect, but %s imports it (run go mod tidy)", m, file)
	}
}
