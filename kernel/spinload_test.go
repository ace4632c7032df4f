package kernel

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/kernel/csrc/link"
	"graftlab/kernel/manifest"
	"graftlab/misfit"
	"graftlab/misfit/sign"
)

// spinObjVA is where the load tests put objects and specifications.
const spinObjVA = 0x10200000

// spinLoadExt is the load tests' extension: a leaf, a handler that calls
// the console's export, one that reads the clock, one that loops, and one
// that stores wherever its argument says.
const spinLoadExt = `
	.text
	.globl	h_plus, h_put, h_clock, h_loop, h_store
	.type	h_plus, @function
	.type	h_put, @function
	.type	h_clock, @function
	.type	h_loop, @function
	.type	h_store, @function
h_plus:
	jr	$ra
	addiu	$v0, $a0, 1
h_put:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	spin_putc
	nop
	lw	$ra, 20($sp)
	li	$v0, 7
	jr	$ra
	addiu	$sp, $sp, 24
h_clock:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	spin_clock
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
h_loop:
1:	b	1b
	nop
h_store:
	li	$t0, 0x5a5a
	sw	$t0, 0($a0)
	jr	$ra
	li	$v0, 1
`

// spinObjects lays objects and specifications out from spinObjVA: it
// returns the region and each piece's address.
type spinObjects struct {
	data  []byte
	addrs []uint32
}

func (o *spinObjects) add(b []byte) uint32 {
	a := spinObjVA + uint32(len(o.data))
	o.data = append(o.data, b...)
	for len(o.data)%16 != 0 {
		o.data = append(o.data, 0)
	}
	o.addrs = append(o.addrs, a)
	return a
}

func (o *spinObjects) spec(flags, region uint32) uint32 {
	b := binary.LittleEndian.AppendUint32(nil, flags)
	return o.add(binary.LittleEndian.AppendUint32(b, region))
}

func (o *spinObjects) region() Region {
	return Region{VA: spinObjVA, Pages: uint32(len(o.data)+4095) / 4096, Write: true, Data: o.data}
}

// load is spin_load of the object at a with the specification at spec.
func load(o *spinObjects, obj []byte, spec uint32) spinOp {
	return sysop(SysSpinLoad, o.add(obj), uint32(len(obj)), spec)
}

// spinLoadCfg trusts spinKey for checked extensions and spinCompilerKey
// for unchecked ones.
func spinLoadCfg(o *spinObjects) Config {
	return Config{
		GraftKeys:        []ed25519.PublicKey{spinKey.Public().(ed25519.PublicKey)},
		SpinCompilerKeys: []ed25519.PublicKey{spinCompilerKey.Public().(ed25519.PublicKey)},
		Regions:          []Region{o.region()},
	}
}

// A program loads an extension, unchecked (signed by the trusted
// compiler's key) or checked (rewritten and signed with MiSFIT's): it is
// placed where the firmware would place it, binds and raises as one the
// firmware placed, calls what its domains export, and leaves with
// spin_unload, its bindings with it.
func TestSpinLoad(t *testing.T) {
	for _, checked := range []bool{false, true} {
		name := map[bool]string{false: "unchecked", true: "checked"}[checked]
		t.Run(name, func(t *testing.T) {
			x := spinExtensionWith(t, spinLoadExt, checked, misfit.Sandbox, "# the console and the clock\nimport spin.console\nimport spin.clock\n")
			img, err := LinkSpinExtension(x, 0)
			if err != nil {
				t.Fatal(err)
			}
			e := img.Entries
			flags := uint32(1)
			if checked {
				flags = 0
			}
			var o spinObjects
			spec := o.spec(flags, 0)
			ops := []spinOp{
				load(&o, x.Object, spec), // 0: slot 0
				lookup(0, "h_plus"),
				declare(1, 1, -1, 0),
				install(SpinRequest{Event: 1, Ext: 0, Handler: e["h_plus"]}),
				raise(1, SpinGen, 41),
				raise(1, SpinTable, 41), // 5
				install(SpinRequest{Event: 1, Ext: 0, Handler: e["h_put"]}),
				raise(1, SpinGen, 'A'),
				raise(1, SpinTable, 'B'),
				load(&o, x.Object, spec),        // slot 1, the same object
				sysop(SysSpinUnload, 0),         // 10
				raise(1, SpinGen, 5),            // nothing bound any more
				lookup(0, "h_plus"),             // no extension in slot 0
				sysop(SysSpinUnload, 0),         // again: none there
				sysop(SysSpinUnload, SpinSlots), // no such slot
				load(&o, x.Object, spec),        // 15: slot 0 again
			}
			got, out, sys := spinRunCfg(t, spinLoadCfg(&o), ops, nil)
			want := [][2]int32{
				{0, 0}, {int32(e["h_plus"]), 0}, {0, 0}, {1, 0}, {0, 42},
				{0, 42}, {2, 0}, {0, 7}, {0, 7}, {1, 0},
				{0, 0}, {0, 0}, {-22, 0}, {-22, 0}, {-22, 0},
				{0, 0},
			}
			if !slices.Equal(got, want) {
				t.Errorf("outcomes\n %v\nwant\n %v", got, want)
			}
			if !strings.HasSuffix(out, "AB") {
				t.Errorf("console %q: want the handler's AB", out)
			}
			// The program has ended: its extension left the kernel, its
			// pages with it, and its event is nobody's.
			for _, va := range []uint32{img.CodeBase, img.CodeBase + SpinDataOff, img.CodeBase + SpinDataOff + DefaultVinoRegion - 4096} {
				if w, err := sys.graftWord(va); err == nil {
					t.Errorf("%#x still mapped (%#08x) after the loader's exit", va, w)
				}
			}
			exts, err := sys.Kernel.Symbol("spin_exts")
			if err != nil {
				t.Fatal(err)
			}
			evs, err := sys.Kernel.Symbol("spin_events")
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range []uint32{exts, exts + 64, evs + evSize, evs + evSize + 52} {
				if w, _ := ramWord(sys.Machine, a); w != 0 {
					t.Errorf("after the loader's exit, word %#x is %#x, want 0", a, w)
				}
			}
		})
	}
}

// graftWord reads a word of graft space through its page table.
func (s *System) graftWord(va uint32) (uint32, error) { return s.vsidWord(VinoVSID, va) }

// What spin_load refuses, and why (SpinLoadError for the manifest's and
// the linker's refusals).
func TestSpinLoadRefusals(t *testing.T) {
	ok := spinExtensionWith(t, spinLoadExt, false, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
	okChecked := spinExtensionWith(t, spinLoadExt, true, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
	raw := asmObject(t, "\t.set noreorder\n"+spinLoadExt)
	signed := func(obj []byte, text string, key ed25519.PrivateKey) []byte {
		t.Helper()
		if text != "" {
			var err error
			if obj, err = manifest.Add(obj, []byte(text)); err != nil {
				t.Fatal(err)
			}
		}
		b, err := sign.SignObject(obj, key)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tampered := bytes.Clone(ok.Object)
	tampered[0x40] ^= 1
	for _, c := range []struct {
		name  string
		obj   []byte
		flags uint32
		errno int32
		code  link.Error
		line  uint32
	}{
		{"unsigned", raw, 1, -74, 0, 0},
		{"tampered", tampered, 1, -74, 0, 0},
		{"compiler-signed, loaded as checked", ok.Object, 0, -13, 0, 0},
		{"MiSFIT-signed, loaded as unchecked", okChecked.Object, 1, -13, 0, 0},
		{"signed by an unknown key", signed(raw, "import spin.console\nimport spin.clock\n", ed25519.NewKeyFromSeed(make([]byte, 32))), 1, -13, 0, 0},
		{"an unknown domain", signed(raw, "import spin.console\n\nimport spin.disk\n", spinCompilerKey), 1, -8, link.EDomain, 3},
		{"a domain twice", signed(raw, "import spin.clock\nimport spin.clock\n", spinCompilerKey), 1, -8, link.EDup, 2},
		{"bad syntax", signed(raw, "include spin.clock\n", spinCompilerKey), 1, -8, link.EManifest, 1},
		{"no manifest: spin_putc not imported", signed(raw, "", spinCompilerKey), 1, -8, link.EUndef, 0},
		{"spin_putc's domain not imported", signed(raw, "import spin.clock\nimport spin.null\n", spinCompilerKey), 1, -8, link.EUndef, 0},
		{"a call of poweroff", signed(asmObject(t, "\t.set noreorder\n\t.text\n\t.globl h\nh:\tj poweroff\n\tnop\n"), "import spin.null\n", spinCompilerKey), 1, -8, link.EUndef, 0},
		{"unknown flags", ok.Object, 3, -22, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			var o spinObjects
			ops := []spinOp{load(&o, c.obj, o.spec(c.flags, 0)), lookup(0, "h_plus")}
			got, _, sys := spinRunCfg(t, spinLoadCfg(&o), ops, nil)
			if want := [][2]int32{{c.errno, 0}, {-22, 0}}; !slices.Equal(got, want) {
				t.Errorf("outcomes %v, want %v", got, want)
			}
			code, line, err := sys.SpinLoadError()
			if err != nil {
				t.Fatal(err)
			}
			if code != int32(c.code) || line != c.line {
				t.Errorf("SpinLoadError %d (%v) at line %d, want %d (%v) at line %d", code, link.Error(code), line, c.code, c.code, c.line)
			}
		})
	}
	t.Run("sizes, regions, slots", func(t *testing.T) {
		var o spinObjects
		spec := o.spec(1, 0)
		ops := []spinOp{
			sysop(SysSpinLoad, spinObjVA, 0, spec),
			sysop(SysSpinLoad, spinObjVA, 0x10001, spec),
			load(&o, ok.Object, o.spec(1, 0x3000)),
			load(&o, ok.Object, o.spec(1, 0x2000)),
			load(&o, ok.Object, o.spec(1, 0x400000)),
			sysop(SysSpinLoad, 0x80001000, uint32(len(ok.Object)), spec),
		}
		// A program's quota: SpinPerEnv at once; an unload makes room.
		for range SpinPerEnv + 1 {
			ops = append(ops, load(&o, ok.Object, spec))
		}
		ops = append(ops, sysop(SysSpinUnload, 2), load(&o, ok.Object, spec))
		got, _, _ := spinRunCfg(t, spinLoadCfg(&o), ops, nil)
		want := [][2]int32{{-27, 0}, {-27, 0}, {-22, 0}, {-22, 0}, {-22, 0}, {-14, 0}}
		for i := range SpinPerEnv {
			want = append(want, [2]int32{int32(i), 0})
		}
		want = append(want, [2]int32{-122, 0}, [2]int32{0, 0}, [2]int32{2, 0})
		if !slices.Equal(got, want) {
			t.Errorf("outcomes\n %v\nwant\n %v", got, want)
		}
	})
	t.Run("no free slot", func(t *testing.T) {
		// Six extensions the firmware placed: two slots are left.
		var o spinObjects
		spec := o.spec(1, 0)
		cfg := spinLoadCfg(&o)
		for range 6 {
			cfg.Spin = append(cfg.Spin, ok)
		}
		ops := []spinOp{load(&o, ok.Object, spec), load(&o, ok.Object, spec), load(&o, ok.Object, spec)}
		cfg.Regions = []Region{o.region()}
		got, _, _ := spinRunCfg(t, cfg, ops, nil)
		if want := [][2]int32{{6, 0}, {7, 0}, {-28, 0}}; !slices.Equal(got, want) {
			t.Errorf("outcomes %v, want %v", got, want)
		}
	})
}

// spinTimeExt counts to its argument; spin at spins for ever.
const spinTimeExt = `
	.text
	.globl	h_count, h_spin
h_count:
	move	$v0, $zero
1:	beq	$v0, $a0, 2f
	nop
	b	1b
	addiu	$v0, $v0, 1
2:	jr	$ra
	nop
h_spin:
1:	b	1b
	nop
`

// A raise has a budget: a handler that loops ends it with SpinTime, what
// ran before stays done, and the next raise runs. Counting to n inside the
// budget gives n, and past some n every raise runs out: never another
// outcome, on either engine, checked or not. The kernel's tick goes on.
func TestSpinBudget(t *testing.T) {
	const budget = 3000
	for _, checked := range []bool{false, true} {
		x := spinExtensionWith(t, spinTimeExt, checked, misfit.Sandbox, "")
		e := spinSyms(t, x, 0)
		ops := []spinOp{
			declare(1, 1, -1, 0), declare(2, 1, -1, 0),
			install(SpinRequest{Event: 1, Handler: e["h_count"]}),
			install(SpinRequest{Event: 2, Handler: e["h_spin"]}),
			raise(2, SpinGen), raise(2, SpinTable), raise(1, SpinGen, 3),
		}
		const lo, hi = 300, 1100
		for n := lo; n < hi; n += 2 {
			ops = append(ops, raise(1, SpinGen, uint32(n)))
		}
		for _, eng := range cpu.Engines() {
			cfg := Config{Spin: []SpinExtension{x}, SpinBudget: budget, TimerInterval: 20000}
			got, _, sys := spinRunCfg(t, cfg, ops, eng)
			timeout := [2]int32{-(SpinErrno + int32(SpinTime)), 0}
			if want := [][2]int32{{0, 0}, {0, 0}, {1, 0}, {1, 0}, timeout, timeout, {0, 3}}; !slices.Equal(got[:7], want) {
				t.Errorf("checked %v, %s: %v, want %v", checked, eng.Name(), got[:7], want)
			}
			first := -1
			for i, r := range got[7:] {
				n := int32(lo + 2*i)
				switch {
				case r == [2]int32{0, n} && first < 0:
				case r == timeout:
					if first < 0 {
						first = int(n)
					}
				default:
					t.Fatalf("checked %v, %s: counting to %d: %v (the first time-out at %d)", checked, eng.Name(), n, r, first)
				}
			}
			if first < 0 {
				t.Errorf("checked %v, %s: no raise ran out of its %d cycles", checked, eng.Name(), budget)
			}
			a, err := sys.Kernel.Symbol("ticks")
			if err != nil {
				t.Fatal(err)
			}
			ticks, err := sys.KernelWord(a)
			if err != nil {
				t.Fatal(err)
			}
			if ticks == 0 {
				t.Errorf("checked %v, %s: the kernel's tick stopped", checked, eng.Name())
			}
			t.Logf("checked %v, %s: the first count past %d cycles: %d; %d ticks", checked, eng.Name(), budget, first, ticks)
		}
	}
}

// A checked (sandbox) handler's store lands in its own region, wherever it
// aims: the kernel's word stays as it was.
func TestSpinSandboxStore(t *testing.T) {
	x := spinExtensionWith(t, spinLoadExt, true, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
	e := spinSyms(t, x, 0)
	const target = 0x8000fff0 // the boot information; its offset in the region lies in the stack page
	ops := []spinOp{
		declare(1, 1, -1, 0),
		install(SpinRequest{Event: 1, Handler: e["h_store"]}),
		raise(1, SpinGen, target), raise(1, SpinTable, target),
	}
	got, _, sys := spinRunCfg(t, Config{Spin: []SpinExtension{x}}, ops, nil)
	if want := [][2]int32{{0, 0}, {1, 0}, {0, 1}, {0, 1}}; !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
	if w, _ := ramWord(sys.Machine, target); w == 0x5a5a {
		t.Errorf("the handler wrote the kernel's word at %#x", target)
	}
	base := SpinSlot(0) + SpinDataOff
	if w, err := sys.graftWord(base + target&(DefaultVinoRegion-1)); err != nil || w != 0x5a5a {
		t.Errorf("the region's word: %#x, %v; want 0x5a5a", w, err)
	}
}

// The kernel's domain tables (spin_domain_names, spin_dom_exports and the
// stub page's targets) are SpinDomains and SpinStubNames.
func TestSpinDomainTables(t *testing.T) {
	_, _, sys := spinRunCfg(t, Config{}, nil, nil)
	word := func(a uint32) uint32 {
		w, err := ramWord(sys.Machine, a)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	str := func(a uint32) string {
		var b []byte
		for i := uint32(0); i < 64; i++ {
			c := byte(word((a+i)&^3) >> (8 * ((a + i) & 3)))
			if c == 0 {
				break
			}
			b = append(b, c)
		}
		return string(b)
	}
	sym := func(n string) uint32 {
		a, err := sys.Kernel.Symbol(n)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	names, exports, targets := sym("spin_domain_names"), sym("spin_dom_exports"), sym("spin_stub_targets")
	k := 0
	for i, d := range SpinDomains {
		if got := str(word(names + 4*uint32(i))); got != d.Name {
			t.Errorf("domain %d: the kernel's %q, SpinDomains' %q", i, got, d.Name)
		}
		for _, e := range d.Exports {
			rec := exports + 12*uint32(k)
			j := slices.Index(SpinStubNames, e)
			if got := str(word(rec)); got != e || word(rec+4) != SpinStubs+16*uint32(j) || word(rec+8) != uint32(i) {
				t.Errorf("export %d: the kernel's %q at %#x in domain %d; want %q at %#x in %d", k, got, word(rec+4), word(rec+8), e, SpinStubs+16*uint32(j), i)
			}
			if word(targets+4*uint32(j)) != sym(e) {
				t.Errorf("stub %d: target %#x, want %s at %#x", j, word(targets+4*uint32(j)), e, sym(e))
			}
			k++
		}
	}
	if sym("spin_dom_exports_end") != exports+12*uint32(k) {
		t.Errorf("the kernel has %d exports, SpinDomains %d", (sym("spin_dom_exports_end")-exports)/12, k)
	}
}

// FuzzSpinLoadScript runs scripts of loads (good objects of both kinds,
// objects with bytes changed and signed again, manifests made of the
// fuzzer's bytes, the wrong kind for the key, an extension whose handlers
// raise events), unloads, declarations,
// installs naming the loaded extensions' entry points and globals, removals
// and raises. Whatever happens, the kernel's text is intact, the program
// ends, and when it has ended its extensions are gone: no SPIN slot holds
// a record or a mapped page, and no event but the kernel's is declared.
func FuzzSpinLoadScript(f *testing.F) {
	text := "import spin.console\nimport spin.clock\n"
	good := [2]SpinExtension{spinExtensionWith(f, spinLoadExt, false, misfit.Sandbox, text), spinExtensionWith(f, spinLoadExt, true, misfit.Sandbox, text)}
	raw := asmObject(f, "\t.set noreorder\n"+spinLoadExt)
	// An extension whose handlers raise events (spin.events), unchecked.
	nest := spinExtensionWith(f, spinNestExt, false, misfit.Sandbox, "import spin.events\n")
	// Extensions whose initialization declares events 9, 10 (and is
	// refused 0), or loops; checked.
	inits := [2]SpinExtension{
		spinExtensionWith(f, strings.Replace(spinInitExt, "INITMODE", "0", 1), true, misfit.Sandbox, "import spin.events\n"),
		spinExtensionWith(f, strings.Replace(spinInitExt, "INITMODE", "1", 1), true, misfit.Sandbox, "import spin.events\n"),
	}
	var entries []uint32 // offsets in a slot, of any of the extensions' entry points
	for _, x := range []SpinExtension{good[0], nest, inits[0]} {
		img, err := LinkSpinExtension(x, 0)
		if err != nil {
			f.Fatal(err)
		}
		for _, a := range img.Entries {
			entries = append(entries, a-SpinSlot(0))
		}
	}
	slices.Sort(entries)
	entries = slices.Compact(entries)
	k, err := Build()
	if err != nil {
		f.Fatal(err)
	}
	word := func(vs ...uint32) []byte {
		var b []byte
		for _, v := range vs {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		return b
	}
	pad := func(vs ...uint32) []byte { return word(append(vs, make([]uint32, spinOpWords-len(vs))...)...) }
	// The first word of an operation is its kind less one: 0 install, 1
	// uninstall, 2 raise, 3 declare, 4 spin_syscall, 5 lookup, 6 load, 7
	// unload.
	f.Add(slices.Concat(
		pad(6, 0, 0, 0, 1), pad(3, 1, 1, 0xffffffff, 0), pad(0, 1, 0, 0x1000+1), pad(2, 1, 41), pad(7, 0),
		pad(6, 1), pad(6, 2, 0x40, 0x33, 1), pad(3, 2, 1, 1, 0x1000+64+1), pad(0, 2, 1, 0x1000+64+4), pad(2, 2, 3),
		pad(0, 2, 1, 0x1000+64+3), pad(2, 2, 3), pad(0, 1, 0, 0x1000+4), pad(2, 1, 0x2000)))
	f.Add(slices.Concat(pad(6, 3, 0, 0, 1, 0x6f706d69, 0x73207472, 0x2e6e6970, 0x6c6c756e), pad(6, 0, 0, 0, 1), pad(6, 0, 0, 0, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		var o spinObjects
		specs := [2]uint32{o.spec(0, 0), o.spec(1, 0)}
		var ops []spinOp
		for len(data) >= 4*spinOpWords && len(ops) < 48 {
			w := func(j int) uint32 { return binary.LittleEndian.Uint32(data[4*j:]) }
			op := spinOp{kind: 1 + w(0)%8}
			for j := range op.words {
				v := w(1 + j)
				switch {
				case v >= 0x1000 && v < 0x1000+SpinSlots*64: // an entry point of a slot
					v = SpinSlot(int(v-0x1000)/64) + entries[int(v-0x1000)%64%len(entries)]
				case v >= 0x2000 && v < 0x2000+SpinSlots*32: // a word of a slot's region
					v = SpinSlot(int(v-0x2000)/32) + SpinDataOff + 4*((v-0x2000)%32)
				}
				op.words[j] = v
			}
			switch op.kind {
			case opUninstall:
				op.words[1] %= uint32(len(ops) + 1)
			case opSys: // spin_load
				obj, spec := good[0].Object, specs[w(4)&1]
				switch w(1) % 7 {
				case 1:
					obj = good[1].Object
				case 4:
					obj = nest.Object
				case 5, 6:
					obj, spec = inits[w(1)%7-5].Object, specs[0]
				case 2: // a byte changed, signed again by the compiler
					b := bytes.Clone(raw)
					b[int(w(2))%len(b)] = byte(w(3))
					if b, err = sign.SignObject(b, spinCompilerKey); err != nil {
						b = raw
					}
					obj = b
				case 3: // the fuzzer's manifest
					m := bytes.Trim(data[20:4*spinOpWords], "\x00")
					if b, err := manifest.Add(raw, m); err == nil {
						if b, err = sign.SignObject(b, spinCompilerKey); err == nil {
							obj = b
						}
					}
				}
				op = load(&o, obj, spec)
			case 8: // spin_unload
				op = sysop(SysSpinUnload, w(1)%(SpinSlots+1))
			}
			ops = append(ops, op)
			data = data[4*spinOpWords:]
		}
		cfg := spinLoadCfg(&o)
		cfg.SpinBudget, cfg.TimerInterval = 20000, 50000
		res, _, sys := spinRunCfg(t, cfg, ops, nil)
		if testing.Verbose() {
			t.Logf("outcomes %v", res)
		}
		for _, s := range k.Segments[:1] {
			for i := 0; i+4 <= len(s.Data); i += 4 {
				if w, _ := ramWord(sys.Machine, s.Addr+uint32(i)); w != binary.LittleEndian.Uint32(s.Data[i:]) {
					t.Fatalf("kernel text changed at %#x", s.Addr+uint32(i))
				}
			}
		}
		exts, _ := sys.Kernel.Symbol("spin_exts")
		evs, _ := sys.Kernel.Symbol("spin_events")
		for i := range SpinSlots {
			if st, _ := ramWord(sys.Machine, exts+64*uint32(i)); st != 0 {
				t.Errorf("slot %d: record state %d after the program's exit", i, st)
			}
			for va := SpinSlot(i); va < SpinSlot(i)+1<<20; va += 4096 {
				if _, err := sys.graftWord(va); err == nil {
					t.Fatalf("slot %d: %#x still mapped after the program's exit", i, va)
				}
			}
		}
		for e := 1; e < SpinEvents; e++ {
			if st, _ := ramWord(sys.Machine, evs+uint32(e)*evSize); st != 0 && e != SpinEventFault && e != SpinEventTick {
				t.Errorf("event %d still declared after its declarer's exit", e)
			}
		}
	})
}

// An extension loaded where another was runs its own code: the slot's
// new pages are fresh, their I-cache lines dropped, the old TLB entries
// gone, and the event's dispatcher generated again without the old
// bindings. Both bodies inlined too, so the generator reads the new one.
func TestSpinReload(t *testing.T) {
	for _, checked := range []bool{false, true} {
		a := spinExtensionWith(t, spinLoadExt, checked, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
		b := spinExtensionWith(t, strings.Replace(spinLoadExt, "addiu	$v0, $a0, 1", "addiu	$v0, $a0, 100", 1), checked, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
		e := spinSyms(t, a, 0)
		if eb := spinSyms(t, b, 0); eb["h_plus"] != e["h_plus"] {
			t.Fatalf("h_plus at %#x and %#x", e["h_plus"], eb["h_plus"])
		}
		flags := uint32(1)
		if checked {
			flags = 0
		}
		var o spinObjects
		spec := o.spec(flags, 0)
		ops := []spinOp{
			load(&o, a.Object, spec), declare(1, 1, -1, 0),
			install(SpinRequest{Event: 1, Handler: e["h_plus"]}),
			install(SpinRequest{Event: 1, Handler: e["h_plus"], Inline: true}),
			raise(1, SpinGen, 1), raise(1, SpinTable, 1),
			sysop(SysSpinUnload, 0), raise(1, SpinGen, 1),
			load(&o, b.Object, spec),
			install(SpinRequest{Event: 1, Handler: e["h_plus"]}),
			install(SpinRequest{Event: 1, Handler: e["h_plus"], Inline: true}),
			raise(1, SpinGen, 1), raise(1, SpinTable, 1),
		}
		for _, eng := range cpu.Engines() {
			got, _, _ := spinRunCfg(t, spinLoadCfg(&o), ops, eng)
			want := [][2]int32{{0, 0}, {0, 0}, {1, 0}, {2, 0}, {0, 2}, {0, 2}, {0, 0}, {0, 0}, {0, 0}, {3, 0}, {4, 0}, {0, 101}, {0, 101}}
			if !slices.Equal(got, want) {
				t.Errorf("checked %v, %s: outcomes\n %v\nwant\n %v", checked, eng.Name(), got, want)
			}
		}
	}
}

// spinFaultExt records the fault event's arguments.
const spinFaultExt = `
	.data
	.globl	seen
seen:	.word	0, 0, 0, 0, 0
	.text
	.globl	h_fault
	.type	h_fault, @function
h_fault:
	lui	$t0, %hi(seen)
	addiu	$t0, $t0, %lo(seen)
	sw	$a0, 0($t0)
	sw	$a1, 4($t0)
	sw	$a2, 8($t0)
	sw	$a3, 12($t0)
	lw	$t1, 16($t0)
	addiu	$t1, $t1, 1
	sw	$t1, 16($t0)
	jr	$ra
	li	$v0, 1
`

// The kernel's fault event: a conventional program's memory fault is
// raised as SpinEventFault with its BadVAddr, EPC, code and environment
// before the kernel's own action (SIGSEGV here) goes on; only environment
// 0 binds it, and no program declares it.
func TestSpinFaultEvent(t *testing.T) {
	for _, checked := range []bool{false, true} {
		x := spinExtensionWith(t, spinFaultExt, checked, misfit.Sandbox, "")
		e := spinSyms(t, x, 0)
		words := reqWords(SpinRequest{Event: SpinEventFault, Handler: e["h_fault"]})
		prog := guestProg(t, Conventional, `
	li	$a0, 30
	li	$a1, 4
	li	$a2, -1
	li	$v0, 4313		# spin_declare of the kernel's event
	syscall
	li	$t0, 1			# EPERM
	bne	$v0, $t0, 8f
	nop
	la	$a0, req
	li	$v0, 4310		# spin_install
	syscall
	bnez	$a3, 8f
	lui	$t0, 0x7000
	.globl	fault_at
fault_at:
	lw	$t1, 4($t0)		# nothing there: SIGSEGV
	EXIT	0
8:	EXIT	1
	.data
req:	.word	`+words+"\n")
		at, ok := prog.Lookup("fault_at")
		if !ok {
			t.Fatal("no fault_at")
		}
		_, status, sys := bootRun(t, Config{Program: prog, Spin: []SpinExtension{x}, RAMSize: 8 << 20}, 20_000_000)
		if c, ok := sys.Crash(); status != 128+11 || !ok || c.Signal != 11 {
			t.Errorf("checked %v: status %d, crash %v %v; want SIGSEGV", checked, status, c, ok)
		}
		var got [5]uint32
		for i := range got {
			w, err := sys.graftWord(e["seen"] + 4*uint32(i))
			if err != nil {
				t.Fatal(err)
			}
			got[i] = w
		}
		if want := [5]uint32{0x70000004, at.Value, 2, 0, 1}; got != want {
			t.Errorf("checked %v: the handler saw %#x, want %#x (BadVAddr, EPC, TLBL, environment 0, once)", checked, got, want)
		}
	}
}

// spinTickExt keeps the first and the last tick event's arguments and
// counts the events.
const spinTickExt = `
	.data
	.globl	first, last, count
first:	.word	0, 0, 0
last:	.word	0, 0, 0
count:	.word	0
	.text
	.globl	h_tick
	.type	h_tick, @function
h_tick:
	lui	$t0, %hi(first)
	addiu	$t0, $t0, %lo(first)
	lw	$t1, 24($t0)
	bnez	$t1, 1f
	addiu	$t1, $t1, 1
	sw	$a0, 0($t0)
	sw	$a1, 4($t0)
	sw	$a2, 8($t0)
1:	sw	$t1, 24($t0)
	sw	$a0, 12($t0)
	sw	$a1, 16($t0)
	sw	$a2, 20($t0)
	jr	$ra
	nop
`

// The kernel's tick event: every tick that interrupts a program is raised
// as SpinEventTick with the tick count, the interrupted pc and the
// environment, on both engines, checked or not.
func TestSpinTickEvent(t *testing.T) {
	for _, checked := range []bool{false, true} {
		x := spinExtensionWith(t, spinTickExt, checked, misfit.Sandbox, "")
		e := spinSyms(t, x, 0)
		words := reqWords(SpinRequest{Event: SpinEventTick, Handler: e["h_tick"]})
		prog := guestProg(t, Conventional, `
	la	$a0, req
	li	$v0, 4310		# spin_install
	syscall
	bnez	$a3, 8f
	li	$t0, 200000
	.globl	loop, loop_end
loop:	addiu	$t0, $t0, -1
	bnez	$t0, loop
	nop
loop_end:
	EXIT	0
8:	EXIT	1
	.data
req:	.word	`+words+"\n")
		lo, _ := prog.Lookup("loop")
		hi, _ := prog.Lookup("loop_end")
		for _, eng := range cpu.Engines() {
			_, status, sys := bootRunOn(t, Config{Program: prog, Spin: []SpinExtension{x}, RAMSize: 8 << 20, TimerInterval: 20000}, 20_000_000, eng)
			if status != 0 {
				t.Fatalf("status %d", status)
			}
			w := func(name string, i uint32) uint32 {
				v, err := sys.graftWord(e[name] + 4*i)
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			first, last, n := w("first", 0), w("last", 0), w("count", 0)
			if n < 20 || last-first+1 != n {
				t.Errorf("checked %v, %s: %d events, ticks %d to %d: want every tick, at least 20", checked, eng.Name(), n, first, last)
			}
			// The first tick may come during the install and be taken on
			// its return; the last interrupts the loop.
			if pc := w("first", 1); pc < prog.Entry || pc >= hi.Value {
				t.Errorf("checked %v, %s: first interrupted pc %#x outside the program [%#x, %#x)", checked, eng.Name(), pc, prog.Entry, hi.Value)
			}
			if pc := w("last", 1); pc < lo.Value || pc >= hi.Value {
				t.Errorf("checked %v, %s: last interrupted pc %#x outside the loop [%#x, %#x)", checked, eng.Name(), pc, lo.Value, hi.Value)
			}
			if w("first", 2) != 0 || w("last", 2) != 0 {
				t.Errorf("checked %v, %s: environment %d, %d, want 0", checked, eng.Name(), w("first", 2), w("last", 2))
			}
			t.Logf("checked %v, %s: %d tick events, ticks %d to %d", checked, eng.Name(), n, first, last)
		}
	}
}

// spinNestExt raises events from its handlers (domain spin.events).
const spinNestExt = `
	.data
	.globl	inner_n
inner_n: .word	0
	.text
	.globl	h_outer, h_inner, h_rec, h_kernel, h_spin_in, h_fault_in, h_loop2, h_bad
	.type	h_outer, @function
	.type	h_inner, @function
	.type	h_rec, @function
	.type	h_kernel, @function
	.type	h_spin_in, @function
	.type	h_fault_in, @function
	.type	h_loop2, @function
	.type	h_bad, @function
# h_outer(a): event 2 raised with a+1, plus 1000; s0 and s1 must survive.
h_outer:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	li	$s0, 77
	li	$s1, 1000
	addiu	$a1, $a0, 1
	li	$a0, 2
	move	$a2, $zero
	jal	spin_raise_event
	move	$a3, $zero
	addu	$v0, $v0, $s1
	li	$t0, 77
	beq	$s0, $t0, 1f
	nop
	li	$v0, -1			# s0 lost
1:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 32
# h_inner(x): 2x, counted.
h_inner:
	lui	$t0, %hi(inner_n)
	lw	$t1, %lo(inner_n)($t0)
	addiu	$t1, $t1, 1
	sw	$t1, %lo(inner_n)($t0)
	jr	$ra
	sll	$v0, $a0, 1
# h_rec(n): 0 for n = 0, else event 3 raised with n-1, plus 1.
h_rec:
	bnez	$a0, 1f
	nop
	jr	$ra
	move	$v0, $zero
1:	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	addiu	$a1, $a0, -1
	li	$a0, 3
	move	$a2, $zero
	jal	spin_raise_event
	move	$a3, $zero
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra
	addiu	$v0, $v0, 1
# h_kernel(e): raises the kernel's event e (refused).
h_kernel:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	move	$a1, $zero
	jal	spin_raise_event
	move	$a2, $zero
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
# h_spin_in / h_fault_in: raise event 5 / 6, whose handler loops / faults.
h_spin_in:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 5
	jal	spin_raise_event
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
h_fault_in:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 6
	jal	spin_raise_event
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
h_loop2:
1:	b	1b
	nop
h_bad:					# 16 KiB above its data: unmapped
	lui	$t0, %hi(inner_n)
	addiu	$t0, $t0, %lo(inner_n)
	lw	$v0, 0x4000($t0)
	jr	$ra
	nop
`

// A raise from within a raise (spin_raise_event, domain spin.events): the
// inner event's result comes back to the handler that raised it, with its
// callee-saved registers; recursion stops at SpinMaxDepth with EBUSY; the
// kernel's events are refused; a loop or a fault inside ends the
// outermost raise. Checked and unchecked, on every engine.
func TestSpinNested(t *testing.T) {
	for _, checked := range []bool{false, true} {
		x := spinExtensionWith(t, spinNestExt, checked, misfit.Sandbox, "import spin.events\n")
		e := spinSyms(t, x, 0)
		ops := []spinOp{
			declare(1, 1, -1, 0), declare(2, 1, -1, 0), declare(3, 1, -1, 0), declare(4, 1, -1, 0),
			declare(5, 1, -1, 0), declare(6, 1, -1, 0), declare(7, 1, -1, 0), declare(8, 1, -1, 0),
			install(SpinRequest{Event: 1, Handler: e["h_outer"]}),
			install(SpinRequest{Event: 2, Handler: e["h_inner"]}),
			install(SpinRequest{Event: 3, Handler: e["h_rec"]}),
			install(SpinRequest{Event: 4, Handler: e["h_kernel"]}),
			install(SpinRequest{Event: 5, Handler: e["h_loop2"]}),
			install(SpinRequest{Event: 6, Handler: e["h_bad"]}),
			install(SpinRequest{Event: 7, Handler: e["h_spin_in"]}),
			install(SpinRequest{Event: 8, Handler: e["h_fault_in"]}), // 15
			raise(1, SpinGen, 5), raise(1, SpinTable, 20),
			raise(3, SpinGen, 2), raise(3, SpinGen, 3), raise(3, SpinGen, 10),
			raise(4, SpinGen, 0), raise(4, SpinGen, 29), raise(4, SpinGen, 30), raise(4, SpinGen, 31), raise(4, SpinGen, 32),
			raise(7, SpinGen), raise(8, SpinGen), raise(1, SpinGen, 1), // 26-28
		}
		busy, inval := int32(-16), int32(-22)
		want := [][2]int32{
			{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
			{1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0}, {1, 0},
			{0, 1012}, {0, 1042},
			{0, 2}, {0, 3}, {0, busy + 4}, // four levels of h_rec, the fourth refused
			{0, inval}, {0, inval}, {0, inval}, {0, inval}, {0, inval},
			{-(SpinErrno + int32(SpinTime)), 0}, {-(SpinErrno + int32(SpinFault)), 0}, {0, 1004},
		}
		for _, eng := range cpu.Engines() {
			got, _, sys := spinRunCfg(t, Config{Spin: []SpinExtension{x}, SpinBudget: 50000}, ops, eng)
			if !slices.Equal(got, want) {
				t.Errorf("checked %v, %s: outcomes\n %v\nwant\n %v", checked, eng.Name(), got, want)
			}
			if n, err := sys.graftWord(e["inner_n"]); err != nil || n != 3 {
				t.Errorf("checked %v, %s: h_inner ran %d times (%v), want 3", checked, eng.Name(), n, err)
			}
		}
	}
}

// spinInitExt declares two events in its initialization, one with its
// own default; spin_init's argument-less call sees INITMODE in its data.
const spinInitExt = `
	.data
	.globl	mode
mode:	.word	INITMODE
	.text
	.globl	spin_init, d_plus, h_declare, h_mode
	.type	h_mode, @function
	.type	spin_init, @function
	.type	d_plus, @function
	.type	h_declare, @function
spin_init:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	lui	$t0, %hi(mode)
	lw	$t0, %lo(mode)($t0)
	beqz	$t0, 1f
	nop
2:	b	2b			# mode 1: loops
	nop
1:	li	$a0, 9
	li	$a1, 1
	lui	$a2, %hi(d_plus)
	jal	spin_declare_event	# event 9, default d_plus
	addiu	$a2, $a2, %lo(d_plus)
	li	$a0, 10
	move	$a1, $zero
	jal	spin_declare_event	# event 10, no default
	move	$a2, $zero
	li	$a0, 0
	move	$a1, $zero
	jal	spin_declare_event	# the kernel's event: refused
	move	$a2, $zero
	lui	$t0, %hi(mode)
	sw	$v0, %lo(mode)($t0)	# kept: -EPERM
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
d_plus:
	jr	$ra
	addiu	$v0, $a0, 50
h_mode:
	lui	$t0, %hi(mode)
	lw	$v0, %lo(mode)($t0)
	jr	$ra
	nop
h_declare:				# outside the initialization: refused
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 11
	move	$a1, $zero
	jal	spin_declare_event
	move	$a2, $zero
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`

// An extension's initialization (spin_init, called by spin_load) declares
// events, which are its loader's; outside it spin_declare_event is
// refused; an initialization that runs past the budget makes the load
// fail and leaves the slot free.
func TestSpinInit(t *testing.T) {
	for _, checked := range []bool{false, true} {
		ok := spinExtensionWith(t, strings.Replace(spinInitExt, "INITMODE", "0", 1), checked, misfit.Sandbox, "import spin.events\n")
		loops := spinExtensionWith(t, strings.Replace(spinInitExt, "INITMODE", "1", 1), checked, misfit.Sandbox, "import spin.events\n")
		e := spinSyms(t, ok, 0)
		flags := uint32(1)
		if checked {
			flags = 0
		}
		var o spinObjects
		spec := o.spec(flags, 0)
		ops := []spinOp{
			load(&o, loops.Object, spec), // the budget: -(210+5), the slot free again
			load(&o, ok.Object, spec),    // slot 0
			raise(9, SpinGen, 7),         // d_plus: 57
			raise(10, SpinGen),           // no default: 0
			raise(11, SpinGen),           // not declared
			declare(9, 1, -1, 0),         // the loader's: it may declare it again
			declare(12, 0, -1, 0),
			install(SpinRequest{Event: 12, Ext: 0, Handler: e["h_declare"]}),
			raise(12, SpinGen), // -EPERM from spin_declare_event
			declare(13, 0, -1, 0),
			install(SpinRequest{Event: 13, Ext: 0, Handler: e["h_mode"]}),
			raise(13, SpinGen), // what the initialization got for the kernel's event: -EPERM
		}
		cfg := spinLoadCfg(&o)
		cfg.SpinBudget = 100000
		for _, eng := range cpu.Engines() {
			got, _, _ := spinRunCfg(t, cfg, ops, eng)
			want := [][2]int32{{-(SpinErrno + int32(SpinTime)), 0}, {0, 0}, {0, 57}, {0, 0}, {-22, 0}, {0, 0}, {0, 0}, {1, 0}, {0, -1}, {0, 0}, {1, 0}, {0, -1}}
			if !slices.Equal(got, want) {
				t.Errorf("checked %v, %s: outcomes\n %v\nwant\n %v", checked, eng.Name(), got, want)
			}
		}
	}
}

// A loaded extension is its loader's: another program may neither bind its
// functions (to its own event, or as a default) nor unload it.
func TestSpinLoadOwner(t *testing.T) {
	x := spinExtensionWith(t, spinLoadExt, false, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
	e := spinSyms(t, x, 0)
	obj := Region{VA: spinObjVA, Pages: uint32(len(x.Object)+4095) / 4096, Data: x.Object}
	spec := Region{VA: spinObjVA + 0x100000, Pages: 1, Data: []byte{1, 0, 0, 0, 0, 0, 0, 0}}
	e0 := guestProg(t, Conventional, fmt.Sprintf(`
	li	$a0, %d
	li	$a1, %d
	li	$a2, %d
	li	$v0, %d		# spin_load
	syscall
	bnez	$a3, 8f
	li	$s0, 6
1:	li	$v0, 4162
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
8:	EXIT	1
`, spinObjVA, len(x.Object), spinObjVA+0x100000, SysSpinLoad))
	e1 := guestProg(t, Conventional, fmt.Sprintf(`
	li	$v0, 4162		# let environment 0 load it
	syscall
	move	$s0, $zero
	li	$a0, 5
	li	$a1, 1
	li	$a2, -1
	li	$v0, %d		# declare event 5, its own
	syscall
	bnez	$a3, 9f
	la	$a0, req
	li	$v0, %d		# install the loaded extension's function
	syscall
	jal	chk
	li	$s1, 1
	li	$a0, 6
	li	$a1, 1
	move	$a2, $zero
	li	$a3, %d
	li	$v0, %d		# declare event 6 with it as the default
	syscall
	jal	chk
	li	$s1, 2
	move	$a0, $zero
	li	$v0, %d		# unload it
	syscall
	jal	chk
	li	$s1, 4
	move	$a0, $s0
	li	$v0, 4001
	syscall
9:	EXIT	99
chk:	beqz	$a3, 1f
	li	$t0, 1
	bne	$v0, $t0, 1f
	nop
	or	$s0, $s0, $s1
1:	jr	$ra
	nop
	.data
req:	.word	5, 0, %d, 0, 0, 0, 0, 0
`, SysSpinDeclare, SysSpinInstall, e["h_plus"], SysSpinDeclare, SysSpinUnload, e["h_plus"]))
	cfg := spinLoadCfg(&spinObjects{})
	cfg.Program, cfg.Regions = e0, []Region{obj, spec}
	cfg.Programs = []Program{{Executable: e1}}
	_, status, sys := bootRun(t, cfg, 20_000_000)
	if status != 0 {
		t.Fatalf("environment 0 ended with %d", status)
	}
	if ex := sys.Exits(); len(ex) != 2 || ex[1].Status != 7 {
		t.Errorf("environment 1's refusals: %+v, want status 7 (all three EPERM)", ex)
	}
}

// The exokernel's SPIN calls: an exokernel program declares an event,
// binds a firmware-placed extension's handler under a compare guard,
// raises it, looks a function up, loads and unloads an extension, each
// with the conventional call's result in v0.
func TestSpinExokernel(t *testing.T) {
	x := spinExtensionWith(t, spinLoadExt, false, misfit.Sandbox, "import spin.console\nimport spin.clock\n")
	e := spinSyms(t, x, 0)
	words := reqWords(SpinRequest{Event: 3, Handler: e["h_plus"]})
	// Each result goes to out[i]; the exit status is 0 when all were
	// as wanted.
	prog := guestProg(t, Exokernel, fmt.Sprintf(`
	la	$s0, out
	li	$a0, 3
	li	$a1, 1
	li	$a2, -1
	li	$v0, %d		# declare
	syscall
	sw	$v0, 0($s0)
	la	$a0, req
	li	$v0, %d		# install
	syscall
	sw	$v0, 4($s0)
	li	$a0, 3
	la	$a1, block
	move	$a2, $zero
	move	$a3, $zero
	li	$v0, %d		# raise
	syscall
	sw	$v0, 8($s0)
	la	$t0, block
	lw	$t0, 20($t0)
	sw	$t0, 12($s0)	# the result
	move	$a0, $zero
	la	$a1, name
	li	$v0, %d		# lookup
	syscall
	sw	$v0, 16($s0)
	li	$a0, 0x10200000
	li	$a1, %d
	li	$a2, 0x10300000
	li	$v0, %d		# load
	syscall
	sw	$v0, 20($s0)
	li	$a0, 1
	li	$v0, %d		# unload
	syscall
	sw	$v0, 24($s0)
	li	$a0, 3
	li	$a1, 1
	li	$v0, %d		# uninstall
	syscall
	sw	$v0, 28($s0)
	li	$s1, 0xfeed
	li	$a0, 3
	la	$a1, block
	li	$v0, %d		# raise again: nothing bound
	syscall
	li	$t0, 0xfeed	# s1 kept across the calls
	bne	$s1, $t0, 8f
	nop
	EXIT	0
8:	EXIT	1
	.data
	.align	2
req:	.word	%s
block:	.word	41, 0, 0, 0, 0, 0
name:	.asciiz	"h_plus"
	.align	2
	.globl	out
out:	.space	32
`, ExoSpinDeclare, ExoSpinInstall, ExoSpinRaise, ExoSpinLookup, len(x.Object), ExoSpinLoad, ExoSpinUnload, ExoSpinUninstall, ExoSpinRaise, words))
	cfg := spinLoadCfg(&spinObjects{})
	cfg.Program, cfg.Personality, cfg.Spin = prog, Exokernel, []SpinExtension{x}
	cfg.Regions = []Region{{VA: 0x10200000, Pages: uint32(len(x.Object)+4095) / 4096, Data: x.Object},
		{VA: 0x10300000, Pages: 1, Data: []byte{1, 0, 0, 0, 0, 0, 0, 0}}}
	for _, eng := range cpu.Engines() {
		_, status, sys := bootRunOn(t, cfg, 20_000_000, eng)
		if status != 0 {
			c, _ := sys.Crash()
			t.Fatalf("%s: status %d, %v", eng.Name(), status, c)
		}
		out, _ := prog.Lookup("out")
		var got [8]int32
		for i := range got {
			w, err := sys.userWord(out.Value + 4*uint32(i))
			if err != nil {
				t.Fatal(err)
			}
			got[i] = int32(w)
		}
		if want := [8]int32{0, 1, 0, 42, int32(e["h_plus"]), 1, 0, 0}; got != want {
			t.Errorf("%s: %v, want %v (declare, install, raise, result, lookup, load, unload, uninstall)", eng.Name(), got, want)
		}
	}
}

// reqWords is an install request as the words of an assembler .word line.
func reqWords(r SpinRequest) string {
	b := r.Bytes()
	var words []string
	for i := 0; i < len(b); i += 4 {
		words = append(words, fmt.Sprint(binary.LittleEndian.Uint32(b[i:])))
	}
	return strings.Join(words, ", ")
}
