package kernel

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// equates reads the ".equ NAME, VALUE" lines of an include file.
func equates(t *testing.T, name string) map[string]int64 {
	t.Helper()
	src, err := Source(name)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(strings.ReplaceAll(line, ",", " "))
		if len(f) != 3 || f[0] != ".equ" {
			continue
		}
		v, err := strconv.ParseInt(f[2], 0, 64)
		if err != nil {
			t.Fatalf("%s: %s: %v", name, f[1], err)
		}
		m[f[1]] = v
	}
	return m
}

func TestLayoutConstants(t *testing.T) {
	inc := equates(t, "layout.inc")
	for name, v := range map[string]int64{
		"BOOTINFO": BootInfo, "BI_MAGIC": biMagic, "BI_ENTRY": biEntry, "BI_SP": biSP,
		"BI_PERSONALITY": biPersonality, "BI_TIMER": biTimer, "BI_CLOCK_HZ": biClockHz,
		"BI_NS_PER_TICK": biNsPerTick, "BI_BRK": biBrk, "BI_FREE_START": biFreeStart,
		"BI_FREE_END": biFreeEnd, "BI_NREGIONS": biNRegions, "BI_REGIONS": biRegions,
		"BI_MAX_REGIONS": MaxRegions, "BI_MAGIC_VALUE": biMagicValue,
		"BI_CRASH_SIG": biCrashSig, "BI_CRASH_EPC": biCrashEPC, "BI_CRASH_CAUSE": biCrashCause,
		"BI_CRASH_BADVADDR": biCrashBadVAddr, "BI_BRK_MAX": biBrkMax,
		"R_SIZE": regionSize, "RF_WRITE": rfWrite, "RF_EXEC": rfExec, "RF_WIRED": rfWired,
		"UPAGE": UPage, "UPAGE_TRAMPOLINE": UPageTrampoline, "XS_T0": SaveT0, "XS_T1": SaveT1, "XS_T2": SaveT2,
		"EXO_NULL": ExoNull, "EXO_PUTC": ExoPutc, "EXO_EXIT": ExoExit, "EXO_SET_HANDLER": ExoSetHandler,
		"EXO_TICKS": ExoTicks, "WIRED": Wired, "ENV_VSID_BASE": EnvVSIDBase,
	} {
		got, ok := inc[name]
		if !ok {
			t.Errorf("layout.inc has no %s", name)
		} else if got != v {
			t.Errorf("%s: layout.inc %#x, Go %#x", name, got, v)
		}
	}
	// The regions must fit below the crash record.
	if biRegions+MaxRegions*regionSize > biCrashSig {
		t.Errorf("boot information overlaps the crash record")
	}
	// The signal context the bench's and tests' handlers use.
	fr := equates(t, "frame.inc")
	for name, v := range map[string]int64{"F_EPC": 136, "F_CAUSE": 140, "F_BADV": 144, "SC_SIZE": 148} {
		if fr[name] != v {
			t.Errorf("frame.inc %s = %d, want %d", name, fr[name], v)
		}
	}
}
