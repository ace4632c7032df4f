package user_test

// The compiled engine registers itself with cpu's registry: every test
// here that runs on cpu.Engines() runs on it too.
import _ "graftlab/cpu/jit"
