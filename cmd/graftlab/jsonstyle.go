package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"unicode"
)

// snakeJSON writes a flat struct as a JSON object whose keys are its field
// names in snake_case (SPAccesses: sp_accesses), in field order: the style
// of every command's JSON (doc/cli.md, "JSON output"), for structs of other
// packages that have no JSON tags of their own.
func snakeJSON(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct {
		return nil, fmt.Errorf("snakeJSON: %T is not a struct", v)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		val, err := json.Marshal(rv.Field(i).Interface())
		if err != nil {
			return nil, err
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", snakeCase(f.Name), val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// snakeCase turns a Go name into snake_case: a run of capitals is one word
// (TLBMisses: tlb_misses).
func snakeCase(name string) string {
	r := []rune(name)
	var b strings.Builder
	for i, c := range r {
		if unicode.IsUpper(c) && i > 0 {
			prevLower := unicode.IsLower(r[i-1]) || unicode.IsDigit(r[i-1])
			nextLower := i+1 < len(r) && unicode.IsLower(r[i+1])
			if prevLower || (unicode.IsUpper(r[i-1]) && nextLower) {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}
