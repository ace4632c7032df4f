package manifest

import (
	"bytes"
	"debug/elf"
	"fmt"

	"graftlab/loader/object"
)

// Add returns obj with text as its manifest: a Section of type
// SHT_PROGBITS, not allocated, added after the other sections, or, if obj
// has one already, replaced. It refuses text over Max bytes (EManSize) or
// with a byte outside the allowed set (EManifest at its line); it does not
// check the grammar or the domains, so that tests can write bad manifests.
// An object to be signed gets its manifest first: the signature covers it.
func Add(obj []byte, text []byte) ([]byte, error) {
	if len(text) > Max {
		return nil, &Error{Code: EManSize, Msg: fmt.Sprintf("%d bytes, more than %d", len(text), Max)}
	}
	line := 1
	for _, c := range text {
		switch {
		case c == '\n':
			line++
		case !allowed(c):
			return nil, &Error{Code: EManifest, Line: line, Msg: fmt.Sprintf("byte %#02x not allowed", c)}
		}
	}
	f, err := object.Parse(obj)
	if err != nil {
		return nil, fmt.Errorf("manifest: add: %w", err)
	}
	var sec *object.Section
	for _, s := range f.Sections {
		if s.Name != Section {
			continue
		}
		if sec != nil {
			return nil, fmt.Errorf("manifest: add: two %s sections", Section)
		}
		sec = s
	}
	if sec == nil {
		sec = &object.Section{Name: Section}
		f.Sections = append(f.Sections, sec)
	}
	sec.Type = uint32(elf.SHT_PROGBITS)
	sec.Flags = 0
	sec.Align = 1
	sec.Data = bytes.Clone(text)
	sec.Size = 0
	sec.EntSize = 0
	sec.Relocs = nil
	out, err := f.Marshal()
	if err != nil {
		return nil, fmt.Errorf("manifest: add: %w", err)
	}
	if got, err := Find(out); err != nil || !bytes.Equal(got, text) {
		return nil, fmt.Errorf("manifest: add: the written object's manifest reads back as %q, %v", got, err)
	}
	return out, nil
}
