package profile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzParse checks that Parse never panics, that whatever it accepts is
// valid, and that an accepted profile survives MarshalJSON and Parse.
func FuzzParse(f *testing.F) {
	for _, name := range Names() {
		data, err := embedded.ReadFile("profiles/" + name + ".json")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, seed := range []string{
		``, `{}`, `[]`, `null`, `{"name": "x"}`, `{"name": "x", "name": "y"}`,
		`{"class_cycles": {"alu": 1e400}}`, `{"icache": {"size": -1}}`,
		`{"icache": null, "dcache": {"ways": 0}}`, `{"clock_mhz": -0}`,
		`{"name": "\ud800"}`, `{"a":1} {"b":2}`,
		`{"isa": "mips64"}`, `{"fpu": {"fir": -1}}`, `{"fpu": {"f64": 1}}`, `{"fpu": []}`,
		`{"disk": {"cylinders": 0}}`, `{"disk": null}`, `{"disk": {"seek_min_us": 2, "seek_max_us": 1}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data, "fuzz")
		if err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid profile: %v", err)
		}
		out, err := p.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		q, err := Parse(out, "fuzz")
		if err != nil {
			t.Fatalf("Parse(MarshalJSON(p)): %v\n%s", err, out)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}
