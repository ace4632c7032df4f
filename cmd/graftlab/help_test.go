package main

import (
	"flag"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestHelpForm: every command's help writes its flags in one form, --name
// PLACEHOLDER (-x for one-letter flags), with an upper-case placeholder, and
// its synopsis names exactly the flags the command has, each in the form
// the flag list gives it.
func TestHelpForm(t *testing.T) {
	flagToken := regexp.MustCompile(`(?:^|[\s\[|])(--?[A-Za-z][A-Za-z0-9-]*)`)
	placeholder := regexp.MustCompile(`^(?:[A-Z][A-Z0-9_]*(?:=[A-Z]+)?(?:\.[a-z]+)?|MiB)$`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		c := commands[name]
		status, out, _ := runCmd(t, "", "help", name)
		if status != 0 {
			t.Fatalf("help %s: status %d", name, status)
		}
		fs := newFlagSet(name)
		c.setup(fs)
		forms := map[string]string{} // dashed name -> form
		fs.VisitAll(func(f *flag.Flag) {
			form, _ := flagForm(f)
			dashed, ph, _ := strings.Cut(form, " ")
			forms[dashed] = form
			if !strings.Contains(out, "\n  "+form+"\n") {
				t.Errorf("help %s: no flag line %q:\n%s", name, form, out)
			}
			if ph != "" && !placeholder.MatchString(ph) {
				t.Errorf("help %s: %s has the placeholder %q; want an upper-case word", name, dashed, ph)
			}
		})
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "  -") && !strings.HasPrefix(line, "  --") {
				if n := strings.Fields(line)[0]; len(n) != 2 && !gnuSpelled[n[1:]] {
					t.Errorf("help %s: %q has one dash", name, line)
				}
			}
		}
		syn := c.synopsis()
		seen := map[string]bool{}
		for _, m := range flagToken.FindAllStringSubmatch(syn, -1) {
			dashed := m[1]
			form, ok := forms[dashed]
			if !ok {
				t.Errorf("%s: the synopsis names %s, which is not a flag of the command (or has the wrong dashes)", name, dashed)
				continue
			}
			seen[dashed] = true
			i := strings.Index(syn, form)
			if i < 0 {
				t.Errorf("%s: the synopsis does not write %s as %q: %s", name, dashed, form, syn)
				continue
			}
			if rest := syn[i+len(form):]; rest != "" && !strings.ContainsAny(rest[:1], " ]") {
				t.Errorf("%s: the synopsis writes %q followed by %q", name, form, rest[:1])
			}
		}
		for dashed := range forms {
			if !seen[dashed] {
				t.Errorf("%s: the synopsis lacks %s", name, dashed)
			}
		}
	}
}
