package debugger

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated parts of doc/debugger.md")

const docFile = "../doc/debugger.md"

// commandsMarkdown documents the command table.
func commandsMarkdown(cmds []*Command) string {
	var b strings.Builder
	for _, c := range cmds {
		fmt.Fprintf(&b, "### %s\n\n`%s", c.Name, c.Name)
		if c.Args != "" {
			fmt.Fprintf(&b, " %s", c.Args)
		}
		b.WriteString("`")
		if len(c.Aliases) > 0 {
			fmt.Fprintf(&b, " (also `%s`)", strings.Join(c.Aliases, "`, `"))
		}
		fmt.Fprintf(&b, ": %s.\n", c.Short)
		if c.Long != "" {
			if strings.Contains(c.Long, "\n") {
				fmt.Fprintf(&b, "\n```\n%s\n```\n", c.Long)
			} else {
				fmt.Fprintf(&b, "\n%s\n", c.Long)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// replace swaps the text between the line holding begin and the line
// holding end.
func replace(doc, begin, end, body string) (string, string, error) {
	i := strings.Index(doc, begin)
	if i < 0 {
		return "", "", fmt.Errorf("no %q in %s", begin, docFile)
	}
	i += strings.IndexByte(doc[i:], '\n') + 1
	j := strings.Index(doc[i:], end)
	if j < 0 {
		return "", "", fmt.Errorf("no %q in %s", end, docFile)
	}
	return doc[:i] + body + doc[i+j:], doc[i : i+j], nil
}

// TestDocs keeps doc/debugger.md in step with the code: the command
// reference is generated from the table, and the transcript is replayed
// command by command.
func TestDocs(t *testing.T) {
	data, err := os.ReadFile(docFile)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	s := newSession(t, sumELF, Config{})
	doc, old, err := replace(doc, "<!-- commands:", "<!-- end commands -->", "\n"+commandsMarkdown(s.d.Commands()))
	if err != nil {
		t.Fatal(err)
	}
	stale := old != "\n"+commandsMarkdown(s.d.Commands())

	_, block, err := replace(doc, "<!-- transcript:", "<!-- end transcript -->", "")
	if err != nil {
		t.Fatal(err)
	}
	var transcript bytes.Buffer
	transcript.WriteString("```\n")
	for _, line := range strings.Split(block, "\n") {
		cmd, ok := strings.CutPrefix(line, "(graftlab) ")
		if !ok {
			continue
		}
		s.out.Reset()
		s.stdout.Reset()
		if err := s.d.Execute(context.Background(), cmd); err != nil {
			t.Fatalf("transcript: %s: %v", cmd, err)
		}
		fmt.Fprintf(&transcript, "(graftlab) %s\n%s%s", cmd, s.stdout.String(), s.out.String())
	}
	transcript.WriteString("```\n")
	doc, old, err = replace(doc, "<!-- transcript:", "<!-- end transcript -->", transcript.String())
	if err != nil {
		t.Fatal(err)
	}
	if old != transcript.String() {
		stale = true
	}
	if *update {
		if err := os.WriteFile(docFile, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if stale {
		t.Errorf("%s is stale: run go test ./debugger -run TestDocs -update and review the diff", docFile)
	}
}
