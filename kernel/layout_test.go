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
		"BOOTINFO": BootInfo, "BI_MAGIC": biMagic, "BI_PERSONALITY": biPersonality, "BI_TIMER": biTimer,
		"BI_CLOCK_HZ": biClockHz, "BI_NS_PER_TICK": biNsPerTick, "BI_FREE_START": biFreeStart,
		"BI_FREE_END": biFreeEnd, "BI_NENVS": biNEnvs, "BI_SLICE": biSlice, "BI_GRACE": biGrace, "BI_DISK": biDisk,
		"BI_MAGIC_VALUE": biMagicValue, "BI_ENVS": biEnvs, "BI_ENV_SIZE": biEnvSize, "BI_MAX_REGIONS": MaxRegions,
		"NENV": MaxEnvs, "BE_ENTRY": beEntry, "BE_SP": beSP, "BE_BRK": beBrk, "BE_BRK_MAX": beBrkMax,
		"BE_NREGIONS": beNRegions, "BE_STATUS": beStatus, "BE_EXITED": beExited, "BE_CRASH_SIG": beCrashSig,
		"BE_CRASH_EPC": beCrashEPC, "BE_CRASH_CAUSE": beCrashCause, "BE_CRASH_BADVADDR": beCrashBadVAddr,
		"BE_REGIONS": beRegions, "BE_PSL_MASK": bePSLMask, "BE_PSL_SP": bePSLSP,
		"BI_NLIBS": biNLibs, "BI_LIBS": biLibs, "BI_LIB_SIZE": biLibSize, "PSL_MAXLIBS": MaxLibraries,
		"PSL_MAXSERV": MaxServices, "BL_SEG": blSeg, "BL_SROPEN": blSROpen, "BL_GATE": blGate,
		"BL_NSERV": blNServ, "BL_NREGIONS": blNRegions, "BL_SERV": blServ, "BL_REGIONS": blRegions,
		"R_SIZE": regionSize, "RF_WRITE": rfWrite, "RF_EXEC": rfExec, "RF_WIRED": rfWired,
		"UPAGE": UPage, "UPAGE_TRAMPOLINE": UPageTrampoline, "XS_T0": SaveT0, "XS_T1": SaveT1, "XS_T2": SaveT2,
		"XS_E_T0": SaveEpiT0, "XS_E_T1": SaveEpiT1, "XS_E_T2": SaveEpiT2, "XS_SIZE": SaveSize,
		"EXO_NULL": ExoNull, "EXO_PUTC": ExoPutc, "EXO_EXIT": ExoExit, "EXO_SET_HANDLER": ExoSetHandler,
		"EXO_TICKS": ExoTicks, "EXO_YIELD": ExoYield, "EXO_PCT_SYNC": ExoPCTSync, "EXO_PCT_ASYNC": ExoPCTAsync,
		"EXO_SET_CAUSE": ExoSetCause, "EXO_SET_ENTRY": ExoSetEntry, "EXO_GETID": ExoGetID,
		"EXO_NULL_STACK": ExoNullStack, "EXO_ENV_ALLOC": ExoEnvAlloc,
		"EXO_PAGE_ALLOC": ExoPageAlloc, "EXO_PAGE_FREE": ExoPageFree, "EXO_PAGE_SHARE": ExoPageShare,
		"EXO_BIND": ExoBind, "EXO_UNBIND": ExoUnbind, "ENTRY_RUN": EntryRun, "ENTRY_PCT": EntryPCT, "ENTRY_EPI": EntryEpi,
		"WIRED": Wired, "ENV_VSID_BASE": EnvVSIDBase,
	} {
		got, ok := inc[name]
		if !ok {
			t.Errorf("layout.inc has no %s", name)
		} else if got != v {
			t.Errorf("%s: layout.inc %#x, Go %#x", name, got, v)
		}
	}
	// A record's regions must fit in it, and the boot list below the kernel.
	if beRegions+MaxRegions*regionSize > biEnvSize {
		t.Errorf("a boot record's regions overflow it")
	}
	if BootInfo+biEnvs+MaxEnvs*biEnvSize > TextAddress {
		t.Errorf("the boot list overlaps the kernel")
	}
	// The signal context the bench's and tests' handlers use.
	fr := equates(t, "frame.inc")
	for name, v := range map[string]int64{"F_EPC": 136, "F_CAUSE": 140, "F_BADV": 144, "SC_SIZE": 148} {
		if fr[name] != v {
			t.Errorf("frame.inc %s = %d, want %d", name, fr[name], v)
		}
	}
}

// place_pages (vino.s) maps a VINO graft's and a SPIN extension's pages
// from the same words of their boot records, at the same offset in their
// slots.
func TestPlacePagesLayout(t *testing.T) {
	inc := equates(t, "layout.inc")
	for _, f := range []string{"CODE_PA", "CODE_PAGES", "LOW_PA", "LOW_PAGES", "TOP_PA", "REGION"} {
		if inc["BG_"+f] != inc["BS_"+f] {
			t.Errorf("BG_%s is %d, BS_%s %d", f, inc["BG_"+f], f, inc["BS_"+f])
		}
	}
	if inc["VINO_DATA_OFF"] != inc["SPIN_DATA_OFF"] || VinoDataOff != SpinDataOff {
		t.Errorf("the data region's offset in a slot: VINO %#x, SPIN %#x", inc["VINO_DATA_OFF"], inc["SPIN_DATA_OFF"])
	}
}
