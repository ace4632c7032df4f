package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"graftlab/isa"
)

// Error is a problem with one field of a profile.
type Error struct {
	Source string // the file or embedded name the profile came from
	Field  string // dotted path of the field ("icache.line_size"); empty for the whole document
	Msg    string
}

func (e *Error) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("profile %s: %s", e.Source, e.Msg)
	}
	return fmt.Sprintf("profile %s: %s: %s", e.Source, e.Field, e.Msg)
}

// The JSON field names, in document order.
var (
	profileFields = []string{"name", "description", "clock_mhz", "isa", "fpu", "class_cycles",
		"mul_latency", "div_latency", "icache", "dcache", "uncached_access",
		"exception_entry", "eret", "segment_write", "tlb_entries",
		"user_syscall", "user_tlb_refill", "count_divider", "disk"}
	fpuFields = []string{"fir", "f64", "move_latency", "add_latency", "cmp_latency",
		"mul_latency_s", "mul_latency_d", "div_latency_s", "div_latency_d",
		"sqrt_latency_s", "sqrt_latency_d"}
	cacheFields = []string{"size", "line_size", "ways", "miss_penalty", "write_through",
		"write_buffer_depth", "write_cycles", "partial_write_cycles"}
	diskFields = []string{"sectors_per_cylinder", "cylinders", "overhead_us", "seek_min_us",
		"seek_max_us", "rotation_us", "transfer_us"}
)

// Parse decodes and validates a profile. source names the document in
// error messages (a file name, or an embedded profile's name).
func Parse(data []byte, source string) (*Profile, error) {
	o, err := readObject(data, source, "")
	if err != nil {
		return nil, err
	}
	if err := o.known(profileFields); err != nil {
		return nil, err
	}
	p := new(Profile)
	optional := map[string]bool{"description": true, "icache": true, "dcache": true, "isa": true, "fpu": true, "disk": true}
	p.ISA = ISAMIPS32R1
	for _, name := range profileFields {
		raw, ok := o.fields[name]
		if !ok {
			if optional[name] {
				continue
			}
			return nil, o.errorf(name, "missing")
		}
		switch name {
		case "name":
			err = o.str(name, raw, &p.Name)
		case "description":
			err = o.str(name, raw, &p.Description)
		case "clock_mhz":
			err = o.float(name, raw, &p.ClockMHz)
		case "class_cycles":
			err = parseClasses(raw, source, &p.ClassCycles)
		case "isa":
			err = o.str(name, raw, &p.ISA)
		case "fpu":
			p.FPU, err = parseFPU(raw, source)
		case "icache":
			p.ICache, err = parseCache(raw, source, name)
		case "dcache":
			p.DCache, err = parseCache(raw, source, name)
		case "disk":
			p.Disk, err = parseDisk(raw, source)
		default:
			err = o.int(name, raw, profileInt(p, name))
		}
		if err != nil {
			return nil, err
		}
	}
	if err := p.validate(source); err != nil {
		return nil, err
	}
	return p, nil
}

// profileInt returns the integer field of p with the given JSON name.
func profileInt(p *Profile, name string) *int {
	switch name {
	case "mul_latency":
		return &p.MulLatency
	case "div_latency":
		return &p.DivLatency
	case "uncached_access":
		return &p.UncachedAccess
	case "exception_entry":
		return &p.ExceptionEntry
	case "eret":
		return &p.Eret
	case "segment_write":
		return &p.SegmentWrite
	case "tlb_entries":
		return &p.TLBEntries
	case "user_syscall":
		return &p.UserSyscall
	case "user_tlb_refill":
		return &p.UserTLBRefill
	case "count_divider":
		return &p.CountDivider
	}
	panic("profile: no integer field " + name)
}

func parseClasses(raw json.RawMessage, source string, dst *[isa.NumClasses]int) error {
	o, err := readObject(raw, source, "class_cycles")
	if err != nil {
		return err
	}
	for _, k := range o.order {
		if _, ok := isa.ParseClass(k); !ok {
			return o.errorf(k, "unknown class")
		}
	}
	for c := isa.Class(0); int(c) < isa.NumClasses; c++ {
		raw, ok := o.fields[c.String()]
		if !ok {
			return o.errorf(c.String(), "missing")
		}
		if err := o.int(c.String(), raw, &dst[c]); err != nil {
			return err
		}
	}
	return nil
}

func parseFPU(raw json.RawMessage, source string) (*FPUConfig, error) {
	if string(bytes.TrimSpace(raw)) == "null" {
		return nil, nil
	}
	o, err := readObject(raw, source, "fpu")
	if err != nil {
		return nil, err
	}
	if err := o.known(fpuFields); err != nil {
		return nil, err
	}
	f := new(FPUConfig)
	ints := map[string]*int{"move_latency": &f.MoveLatency, "add_latency": &f.AddLatency,
		"cmp_latency": &f.CmpLatency, "mul_latency_s": &f.MulLatencyS, "mul_latency_d": &f.MulLatencyD,
		"div_latency_s": &f.DivLatencyS, "div_latency_d": &f.DivLatencyD,
		"sqrt_latency_s": &f.SqrtLatencyS, "sqrt_latency_d": &f.SqrtLatencyD}
	for _, name := range fpuFields {
		raw, ok := o.fields[name]
		if !ok {
			return nil, o.errorf(name, "missing")
		}
		switch name {
		case "f64":
			err = o.bool(name, raw, &f.F64)
		case "fir":
			var v int
			if err = o.int(name, raw, &v); err == nil {
				if v < 0 {
					err = o.errorf(name, fmt.Sprintf("%d is negative", v))
				}
				f.FIR = uint32(v)
			}
		default:
			err = o.int(name, raw, ints[name])
		}
		if err != nil {
			return nil, err
		}
	}
	return f, nil
}

func parseCache(raw json.RawMessage, source, field string) (*CacheConfig, error) {
	if string(bytes.TrimSpace(raw)) == "null" {
		return nil, nil
	}
	o, err := readObject(raw, source, field)
	if err != nil {
		return nil, err
	}
	if err := o.known(cacheFields); err != nil {
		return nil, err
	}
	c := new(CacheConfig)
	ints := map[string]*int{"size": &c.Size, "line_size": &c.LineSize, "ways": &c.Ways,
		"miss_penalty": &c.MissPenalty, "write_buffer_depth": &c.WriteBufferDepth,
		"write_cycles": &c.WriteCycles, "partial_write_cycles": &c.PartialWriteCycles}
	for _, name := range cacheFields {
		raw, ok := o.fields[name]
		if !ok {
			// The write fields may be left out: an instruction cache has none.
			if name == "size" || name == "line_size" || name == "ways" || name == "miss_penalty" {
				return nil, o.errorf(name, "missing")
			}
			continue
		}
		if name == "write_through" {
			err = o.bool(name, raw, &c.WriteThrough)
		} else {
			err = o.int(name, raw, ints[name])
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func parseDisk(raw json.RawMessage, source string) (*DiskConfig, error) {
	if string(bytes.TrimSpace(raw)) == "null" {
		return nil, nil
	}
	o, err := readObject(raw, source, "disk")
	if err != nil {
		return nil, err
	}
	if err := o.known(diskFields); err != nil {
		return nil, err
	}
	d := new(DiskConfig)
	ints := map[string]*int{"sectors_per_cylinder": &d.SectorsPerCylinder, "cylinders": &d.Cylinders,
		"overhead_us": &d.OverheadMicros, "seek_min_us": &d.SeekMinMicros, "seek_max_us": &d.SeekMaxMicros,
		"rotation_us": &d.RotationMicros, "transfer_us": &d.TransferMicros}
	for _, name := range diskFields {
		raw, ok := o.fields[name]
		if !ok {
			return nil, o.errorf(name, "missing")
		}
		if err := o.int(name, raw, ints[name]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// object is one decoded JSON object: its members, raw, in document order.
type object struct {
	source, path string
	fields       map[string]json.RawMessage
	order        []string
}

// readObject decodes data, which must be exactly one JSON object. Duplicate
// members are errors (encoding/json would silently keep the last).
func readObject(data []byte, source, path string) (*object, error) {
	o := &object{source: source, path: path, fields: map[string]json.RawMessage{}}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, o.syntax(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, o.errorf("", "want an object, got "+kindOf(tok))
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, o.syntax(err)
		}
		key := tok.(string) // object keys are always strings
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, o.syntax(err)
		}
		if _, dup := o.fields[key]; dup {
			return nil, o.errorf(key, "duplicate field")
		}
		o.fields[key] = raw
		o.order = append(o.order, key)
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, o.syntax(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, o.errorf("", "data after the object")
	}
	return o, nil
}

func (o *object) fieldPath(name string) string {
	switch {
	case o.path == "":
		return name
	case name == "":
		return o.path
	}
	return o.path + "." + name
}

func (o *object) errorf(name, msg string) error {
	return &Error{Source: o.source, Field: o.fieldPath(name), Msg: msg}
}

func (o *object) syntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return o.errorf("", fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, se))
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return o.errorf("", "invalid JSON: unexpected end of input")
	}
	return o.errorf("", "invalid JSON: "+err.Error())
}

// known reports the first member, in document order, not in names.
func (o *object) known(names []string) error {
	for _, k := range o.order {
		found := false
		for _, n := range names {
			if k == n {
				found = true
				break
			}
		}
		if !found {
			return o.errorf(k, "unknown field")
		}
	}
	return nil
}

func (o *object) str(name string, raw json.RawMessage, dst *string) error {
	if rawKind(raw) != "a string" || json.Unmarshal(raw, dst) != nil {
		return o.errorf(name, "want a string, got "+rawKind(raw))
	}
	return nil
}

func (o *object) bool(name string, raw json.RawMessage, dst *bool) error {
	switch string(raw) {
	case "true":
		*dst = true
	case "false":
		*dst = false
	default:
		return o.errorf(name, "want true or false, got "+rawKind(raw))
	}
	return nil
}

// Integer fields are limited to 32 bits so that no cost overflows
// arithmetic on any host.
func (o *object) int(name string, raw json.RawMessage, dst *int) error {
	if rawKind(raw) != "a number" {
		return o.errorf(name, "want an integer, got "+rawKind(raw))
	}
	v, err := strconv.ParseInt(string(raw), 10, 32)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return o.errorf(name, string(raw)+" is out of range")
		}
		return o.errorf(name, "want an integer, got "+string(raw))
	}
	*dst = int(v)
	return nil
}

func (o *object) float(name string, raw json.RawMessage, dst *float64) error {
	if rawKind(raw) != "a number" {
		return o.errorf(name, "want a number, got "+rawKind(raw))
	}
	v, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsInf(v, 0) {
		return o.errorf(name, string(raw)+" is out of range")
	}
	*dst = v
	return nil
}

// rawKind names the JSON type of a raw value.
func rawKind(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

func kindOf(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		if t == '[' {
			return "an array"
		}
		return string(t)
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a number"
}
