package profile

import (
	"errors"
	"strings"
	"testing"
)

func dec5000JSON(t testing.TB) string {
	data, err := embedded.ReadFile("profiles/dec5000.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// edit applies old→new replacements (each must occur) to the dec5000 file.
func edit(t *testing.T, pairs ...string) string {
	s := dec5000JSON(t)
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("dec5000.json has no %q", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want string
	}{
		// Decoding.
		{"unknown field", edit(t, `"clock_mhz"`, `"clok_mhz"`), "clok_mhz: unknown field"},
		{"missing field", edit(t, "\n  \"eret\": 1,", ""), "eret: missing"},
		{"missing name", edit(t, `"name": "dec5000",`, ""), "name: missing"},
		{"duplicate field", edit(t, "\n  \"eret\": 1,", "\n  \"eret\": 1, \"eret\": 2,"), "eret: duplicate field"},
		{"missing class", edit(t, ",\n    \"wait\": 1", ""), "class_cycles.wait: missing"},
		{"unknown isa", edit(t, `"isa": "mips32r1"`, `"isa": "mips64"`), `isa: "mips64" is not mips32r1 or mips32r2`},
		{"negative fir", edit(t, `"fir": 768`, `"fir": -1`), "fpu.fir: -1 is negative"},
		{"missing fpu field", edit(t, "\n    \"add_latency\": 2,", ""), "fpu.add_latency: missing"},
		{"unknown fpu field", edit(t, `"f64": false`, `"f64": false, "fr": 1`), "fpu.fr: unknown field"},
		{"negative fpu latency", edit(t, `"mul_latency_s": 4`, `"mul_latency_s": -4`), "fpu.mul_latency_s: -4 is negative"},
		{"unknown class", edit(t, `"wait": 1`, `"wait": 1, "fpu": 3`), "class_cycles.fpu: unknown class"},
		{"duplicate class", edit(t, `"wait": 1`, `"wait": 1, "alu": 3`), "class_cycles.alu: duplicate field"},
		{"class type", edit(t, `"alu": 1`, `"alu": "1"`), "class_cycles.alu: want an integer, got a string"},
		{"classes not an object", edit(t, `"class_cycles": {`, `"class_cycles": [{`, "\n  },\n  \"mul", "\n  }],\n  \"mul"),
			"class_cycles: want an object, got an array"},
		{"cache unknown field", edit(t, `"size": 65536`, `"sise": 65536`), "icache.sise: unknown field"},
		{"cache missing field", edit(t, "    \"ways\": 1,\n    \"miss_penalty\": 16", "    \"miss_penalty\": 16"), "icache.ways: missing"},
		{"cache not an object", replaceBlock(t, dec5000JSON(t), `  "icache": {`, `  "dcache"`, "  \"icache\": 5,\n"),
			"icache: want an object, got a number"},
		{"bool type", edit(t, `"write_through": true`, `"write_through": 1`), "dcache.write_through: want true or false, got a number"},
		{"float type", edit(t, `"clock_mhz": 25`, `"clock_mhz": "25"`), "clock_mhz: want a number, got a string"},
		{"string type", edit(t, `"name": "dec5000"`, `"name": 5000`), "name: want a string, got a number"},
		{"null integer", edit(t, "\n  \"eret\": 1", "\n  \"eret\": null"), "eret: want an integer, got null"},
		{"fraction", edit(t, "\n  \"eret\": 1", "\n  \"eret\": 1.5"), "eret: want an integer, got 1.5"},
		{"exponent", edit(t, "\n  \"eret\": 1", "\n  \"eret\": 1e3"), "eret: want an integer, got 1e3"},
		{"out of range", edit(t, "\n  \"eret\": 1", "\n  \"eret\": 99999999999"), "eret: 99999999999 is out of range"},
		{"huge float", edit(t, `"clock_mhz": 25`, `"clock_mhz": 1e400`), "clock_mhz: 1e400 is out of range"},
		{"not an object", `[1, 2]`, "want an object, got an array"},
		{"empty", ``, "invalid JSON: unexpected end of input"},
		{"truncated", `{"name": "x"`, "invalid JSON: unexpected end of input"},
		{"syntax", `{"name": }`, "invalid JSON at byte 8: invalid character '}' looking for beginning of value"},
		{"trailing data", dec5000JSON(t) + "{}", "data after the object"},

		// Validation.
		{"empty name", edit(t, `"name": "dec5000"`, `"name": ""`), "name: empty"},
		{"zero clock", edit(t, `"clock_mhz": 25`, `"clock_mhz": 0`), "clock_mhz: 0 is not a positive clock rate"},
		{"zero class", edit(t, `"shift": 1`, `"shift": 0`), "class_cycles.shift: 0: every instruction takes at least one cycle"},
		{"negative latency", edit(t, `"div_latency": 35`, `"div_latency": -1`), "div_latency: -1 is negative"},
		{"negative eret", edit(t, "\n  \"eret\": 1", "\n  \"eret\": -2"), "eret: -2 is negative"},
		{"tlb too big", edit(t, `"tlb_entries": 64`, `"tlb_entries": 65`), "tlb_entries: 65 is not between 1 and 64"},
		{"tlb empty", edit(t, `"tlb_entries": 64`, `"tlb_entries": 0`), "tlb_entries: 0 is not between 1 and 64"},
		{"count divider", edit(t, `"count_divider": 1`, `"count_divider": 0`), "count_divider: 0 is less than 1"},
		{"size not power of two", edit(t, `"size": 131072`, `"size": 100000`), "dcache.size: 100000 is not a power of two"},
		{"size too big", edit(t, `"size": 131072`, `"size": 8388608`), "dcache.size: 8388608 is more than 4194304"},
		{"size below a line", edit(t, `"size": 65536`, `"size": 8`), "icache.size: 8 holds less than one line per way"},
		{"line below a word", edit(t, `"line_size": 4`, `"line_size": 2`), "dcache.line_size: 2 is less than a word"},
		{"line not power of two", edit(t, `"line_size": 16`, `"line_size": 24`), "icache.line_size: 24 is not a power of two"},
		{"line too big", edit(t, `"line_size": 16`, `"line_size": 256`), "icache.line_size: 256 is more than 128"},
		{"ways", edit(t, `"ways": 1,
    "miss_penalty": 10`, `"ways": 3,
    "miss_penalty": 10`), "dcache.ways: 3 is not a power of two"},
		{"too many ways", edit(t, `"ways": 1`, `"ways": 128`), "icache.ways: 128 is more than 64"},
		{"negative penalty", edit(t, `"miss_penalty": 10`, `"miss_penalty": -1`), "dcache.miss_penalty: -1 is negative"},
		{"write-back dcache", edit(t, `"write_through": true`, `"write_through": false`), "dcache.write_through: graftlab models write-through data caches only"},
		{"no write buffer", edit(t, `"write_buffer_depth": 4`, `"write_buffer_depth": 0`), "dcache.write_buffer_depth: 0: a write-through cache needs at least one entry"},
		{"instant memory", edit(t, `"write_cycles": 8`, `"write_cycles": 0`), "dcache.write_cycles: 0: memory takes at least one cycle to retire a write"},
		{"icache written", edit(t, `"write_through": false`, `"write_through": true`), "icache.write_through: an instruction cache is never written"},
		{"icache buffer", edit(t, `"write_buffer_depth": 0`, `"write_buffer_depth": 4`), "icache.write_buffer_depth: an instruction cache has no write buffer"},
		{"disk unknown field", edit(t, `"cylinders": 1348`, `"cylinder": 1348`), "disk.cylinder: unknown field"},
		{"disk missing field", edit(t, "\n    \"rotation_us\": 16667,", ""), "disk.rotation_us: missing"},
		{"disk not an object", edit(t, `"disk": {`, `"disk": [{`, "\n  }\n}", "\n  }]\n}"), "disk: want an object, got an array"},
		{"disk float", edit(t, `"transfer_us": 439`, `"transfer_us": 438.6`), "disk.transfer_us: want an integer, got 438.6"},
		{"no sectors per cylinder", edit(t, `"sectors_per_cylinder": 304`, `"sectors_per_cylinder": 0`), "disk.sectors_per_cylinder: 0 is less than 1"},
		{"no cylinders", edit(t, `"cylinders": 1348`, `"cylinders": -1`), "disk.cylinders: -1 is less than 1"},
		{"negative overhead", edit(t, `"overhead_us": 1000`, `"overhead_us": -1`), "disk.overhead_us: -1 is negative"},
		{"negative seek", edit(t, `"seek_min_us": 4000`, `"seek_min_us": -4000`), "disk.seek_min_us: -4000 is negative"},
		{"seek max below min", edit(t, `"seek_max_us": 40000`, `"seek_max_us": 3999`), "disk.seek_max_us: 3999 is less than seek_min_us (4000)"},
		{"negative rotation", edit(t, `"rotation_us": 16667`, `"rotation_us": -1`), "disk.rotation_us: -1 is negative"},
		{"negative transfer", edit(t, `"transfer_us": 439`, `"transfer_us": -439`), "disk.transfer_us: -439 is negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.doc), "t.json")
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", p)
			}
			if want := "profile t.json: " + tt.want; err.Error() != want {
				t.Errorf("error\n got %q\nwant %q", err, want)
			}
			var pe *Error
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *profile.Error", err)
			}
		})
	}
}

// Caches and the description may be left out; so may the write fields of an
// instruction cache.
func TestParseOptional(t *testing.T) {
	doc := edit(t,
		"  \"description\": "+descriptionLine(t)+",\n", "",
		"\"miss_penalty\": 16,\n    \"write_through\": false,\n    \"write_buffer_depth\": 0,\n    \"write_cycles\": 0,\n    \"partial_write_cycles\": 0\n",
		"\"miss_penalty\": 16\n")
	p, err := Parse([]byte(doc), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	if p.Description != "" || p.ICache.MissPenalty != 16 || p.ICache.WriteThrough || p.ICache.WriteBufferDepth != 0 {
		t.Errorf("got %+v, %+v", p, p.ICache)
	}
	p, err = Parse([]byte(replaceBlock(t, doc, `  "icache": {`, `  "uncached_access"`, "")), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	if p.ICache != nil || p.DCache != nil {
		t.Errorf("caches %v %v, want none", p.ICache, p.DCache)
	}
	for _, doc := range []string{
		replaceBlock(t, doc, ",\n  \"disk\": {", "\n}\n", ""),
		replaceBlock(t, doc, "  \"disk\": {", "\n}\n", "  \"disk\": null"),
	} {
		p, err := Parse([]byte(doc), "t.json")
		if err != nil {
			t.Fatal(err)
		}
		if p.Disk != nil {
			t.Errorf("disk %+v, want none", p.Disk)
		}
	}
}

// replaceBlock replaces the text of doc from start up to (not including) end.
func replaceBlock(t *testing.T, doc, start, end, with string) string {
	i, j := strings.Index(doc, start), strings.Index(doc, end)
	if i < 0 || j < i {
		t.Fatalf("no block %q..%q", start, end)
	}
	return doc[:i] + with + doc[j:]
}

func descriptionLine(t *testing.T) string {
	s := dec5000JSON(t)
	_, after, _ := strings.Cut(s, `"description": `)
	line, _, _ := strings.Cut(after, ",\n")
	return line
}

func TestValidateUsesName(t *testing.T) {
	p, _ := Lookup("ideal")
	p.Name = "mine"
	p.Eret = -1
	if got, want := p.Validate().Error(), "profile mine: eret: -1 is negative"; got != want {
		t.Errorf("Validate() = %q, want %q", got, want)
	}
}
