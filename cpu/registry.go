package cpu

import (
	"fmt"
	"strings"
)

// The engine registry. The reference interpreter is always first; other
// engines register themselves (Fast here; a compiler in its own package
// from its init). Tests, the conformance harness and the CLI's --engine
// take their list of engines from Engines, so a new engine is tested
// everywhere the moment it registers.

var registry = []Engine{Interp{}, Fast{}}

// defaultEngine is the name of the engine DefaultEngine returns.
var defaultEngine = "fast"

// Register adds an engine to the registry. It panics (a graftlab bug) when
// an engine of that name is already registered. It is meant for package
// initialization: it is not safe for concurrent use with Engines.
func Register(e Engine) {
	if _, err := EngineByName(e.Name()); err == nil {
		panic(fmt.Sprintf("cpu: engine %q registered twice", e.Name()))
	}
	registry = append(registry, e)
}

// SetDefaultEngine makes the registered engine of that name the one
// DefaultEngine returns.
func SetDefaultEngine(name string) error {
	if _, err := EngineByName(name); err != nil {
		return err
	}
	defaultEngine = name
	return nil
}

// Engines returns every registered engine, the reference interpreter first.
func Engines() []Engine { return append([]Engine(nil), registry...) }

// Reference returns the reference engine, the plain interpreter against
// which every other engine is checked.
func Reference() Engine { return registry[0] }

// EngineNames returns the names of the registered engines, in the order of
// Engines.
func EngineNames() []string {
	names := make([]string, len(registry))
	for i, e := range registry {
		names[i] = e.Name()
	}
	return names
}

// EngineByName returns the registered engine of that name.
func EngineByName(name string) (Engine, error) {
	for _, e := range registry {
		if e.Name() == name {
			return e, nil
		}
	}
	return nil, fmt.Errorf("no engine %q: want %s", name, strings.Join(EngineNames(), ", "))
}

// DefaultEngine returns the engine to use when none is named: the fastest
// registered one that runs on this host.
func DefaultEngine() Engine {
	e, err := EngineByName(defaultEngine)
	if err != nil {
		panic("cpu: the default engine is not registered") // SetDefaultEngine checks
	}
	return e
}
