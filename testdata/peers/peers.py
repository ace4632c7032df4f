#!/usr/bin/python3
"""peers.py runs the loop programs of this directory on graftlab, on
qemu-mipsel and on Unicorn, side by side, and prints their speeds in guest
MIPS (millions of guest instructions per host second). doc/peers.md says how
to read the table.

    python3 testdata/peers/peers.py [flags] [PROGRAM...]

Flags:
    --size N         pass N to every program (default: each program's own
                     DEFAULT_SIZE, 0.8-0.9 billion instructions)
    --scale F        run each program at F times its default size (0.1: a
                     tenth); not with --size
    --repeat N       run each engine N times and keep the fastest (default 1);
                     the engines take turns, one run each per round
    --clock cpu|wall measure CPU time (default; the user and system time of
                     the process, or of the Unicorn run in this process) or
                     wall-clock time
    --interp         also run graftlab's reference interpreter (slow)
    --profile P      graftlab's machine profile (default dec5000)
    --graftlab PATH  a built graftlab binary (default: go build ./cmd/graftlab
                     into a temporary directory)
    --qemu PATH      qemu-mipsel (default: qemu-mipsel from PATH)
    --cc PATH        the host C compiler for Unicorn's native counting hook
                     (default: cc from PATH)
    --no-qemu, --no-unicorn   leave a peer out
    --counts         print "NAME INSTRUCTIONS STATUS" per program, counted by
                     Unicorn with a Python code hook (as ../progs/
                     unicorn_count.py counts), instead of the table; golden.sh
                     records counts.txt with it

The engines:
    graftlab jit     graftlab run --engine jit --profile P --stats NAME.elf SIZE
                     (every cycle counted under the profile); instructions come
                     from --stats; with --clock wall the time is --stats'
                     host_seconds (the run, without loading). Left out, with a
                     note, when the binary has no compiled engine (a host
                     other than linux/amd64, or a build with -tags nojit).
    graftlab fast    the same with --engine fast
    graftlab interp  the same with --engine interp
    qemu-mipsel      qemu-mipsel NAME.elf SIZE, timed as a whole process; it
                     counts nothing, so its instructions are graftlab's (the
                     programs are deterministic)
    unicorn          Unicorn (python3-unicorn, this process) with no hook: the
                     time of emu_start
    unicorn+hook     Unicorn with a UC_HOOK_CODE hook on every instruction that
                     is native code: a C function compiled with --cc into a
                     shared object at run time and registered with
                     uc_hook_add through ctypes. Its count must equal
                     graftlab's.

Every engine must print the same output and exit with status 0; the script
checks that and says so. It exits with status 1 if any check fails, 2 on bad
usage. Peers that are not installed are skipped with a note.
"""

import argparse
import ctypes
import importlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # nothing written beside ../progs/unicorn_count.py

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Keep in step with build.sh.
PROGRAMS = ["bits", "stride", "xorbuf", "cksum", "qsort", "matmul", "fnptr"]

# The guest sees this environment on every engine, as ../progs's programs do.
GUEST_ENV = ["GRAFTLAB=1"]

COUNT_C = r"""
#include <stdint.h>
/* Unicorn's uc_cb_hookcode_t: counts one instruction. */
void graftlab_count(void *uc, uint64_t address, uint32_t size, void *user)
{
	(void)uc; (void)address; (void)size;
	++*(uint64_t *)user;
}
"""


class Skip(Exception):
    """A peer that is not installed: the column is left out with a note."""


class Run:
    """One engine's run of one program."""

    def __init__(self, stdout, status, seconds, instructions=None):
        self.stdout, self.status, self.seconds, self.instructions = stdout, status, seconds, instructions


def default_size(name):
    with open(os.path.join(HERE, name + ".c")) as f:
        m = re.search(r"^#define DEFAULT_SIZE (\d+)$", f.read(), re.M)
    if not m:
        raise SystemExit("peers.py: %s.c: no #define DEFAULT_SIZE" % name)
    return int(m.group(1))


def size_of(name, args):
    """The size NAME runs at: --size, or --scale times its default."""
    if args.size is not None:
        return args.size
    return max(1, min(100000000, round(default_size(name) * (args.scale or 1))))


def run_process(argv, clock):
    """Runs argv with the guest environment; returns stdout, stderr, exit
    status and seconds (CPU or wall)."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=dict(e.split("=", 1) for e in GUEST_ENV))
    # The programs print one line, so the pipes never fill before the end.
    _, wstatus, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(wstatus)
    out, err = p.stdout.read(), p.stderr.read()
    p.stdout.close()
    p.stderr.close()
    status = p.returncode if p.returncode >= 0 else 128 - p.returncode
    cpu = usage.ru_utime + usage.ru_stime
    return out, err, status, cpu if clock == "cpu" else wall


class Graftlab:
    def __init__(self, binary, engine, profile):
        self.binary, self.engine, self.profile = binary, engine, profile

    def run(self, path, size, clock):
        out, err, status, seconds = run_process(
            [self.binary, "run", "--engine", self.engine, "--profile", self.profile, "--stats",
             "--max-instructions", "0", path, str(size)], clock)
        lines = err.decode(errors="replace").strip().splitlines()
        try:
            stats = json.loads(lines[-1])
        except (IndexError, ValueError):
            raise SystemExit("peers.py: graftlab run %s %d: no --stats line on stderr: %r" % (path, size, err[-500:]))
        if clock == "wall":
            seconds = stats["host_seconds"]
        return Run(out, status, seconds, stats["instructions"])


class Qemu:
    def __init__(self, binary):
        self.binary = binary

    def run(self, path, size, clock):
        out, _, status, seconds = run_process([self.binary, path, str(size)], clock)
        return Run(out, status, seconds)


class Unicorn:
    """Unicorn in this process, with the Linux o32 emulation of
    ../progs/unicorn_count.py, and with or without a native counting hook."""

    def __init__(self, hook_so=None):
        sys.path.insert(0, os.path.join(ROOT, "testdata", "progs"))
        try:
            self.uc = importlib.import_module("unicorn_count")
            self.unicorn = importlib.import_module("unicorn")
        except ImportError as e:
            raise Skip("python3-unicorn is not installed (%s)" % e)
        finally:
            sys.path.pop(0)
        self.count_fn = None
        if hook_so:
            self.lib = ctypes.CDLL(hook_so)
            self.count_fn = ctypes.cast(self.lib.graftlab_count, ctypes.c_void_p)

    def run(self, path, size, clock):
        with open(os.devnull, "rb") as stdin:
            p = self.uc.Program(path, stdin, args=[str(size)], env=GUEST_ENV, code_hook=False)
        counter = ctypes.c_uint64(0)
        if self.count_fn is not None:
            # The Python binding's hook_add takes Python callbacks only, so
            # the hook goes in through the library's own uc_hook_add, as the
            # binding calls it: all addresses (begin 1 > end 0).
            lib = importlib.import_module("unicorn.unicorn")._uc
            handle = ctypes.c_size_t()
            err = lib.uc_hook_add(p.mu._uch, ctypes.byref(handle), self.unicorn.UC_HOOK_CODE,
                                  self.count_fn, ctypes.cast(ctypes.pointer(counter), ctypes.c_void_p),
                                  ctypes.c_uint64(1), ctypes.c_uint64(0))
            if err != self.unicorn.UC_ERR_OK:
                raise SystemExit("peers.py: uc_hook_add: %s" % self.unicorn.UcError(err))
        clk = time.process_time if clock == "cpu" else time.perf_counter
        start = clk()
        status = p.run()
        seconds = clk() - start
        return Run(bytes(p.stdout), status, seconds, counter.value if self.count_fn is not None else None)


def build_graftlab(tmp):
    go = shutil.which("go")
    if go is None:
        raise SystemExit("peers.py: go is not in PATH: give a built graftlab with --graftlab")
    binary = os.path.join(tmp, "graftlab")
    subprocess.run([go, "build", "-o", binary, "./cmd/graftlab"], cwd=ROOT, check=True)
    return binary


# The fast engine's dispatch jump and its register operations' cases take
# about the first HOT_SPAN bytes of cpu.runInner; a 4 KiB page boundary
# among them slows register code by up to 60 % (doc/peers.md, "Stores in
# the inner loop").
HOT_SPAN = 0x340


def inner_loop_note(binary):
    """Where the binary's inner loop lies, as a note, or None."""
    go = shutil.which("go")
    if go is None:
        return None
    try:
        out = subprocess.run([go, "tool", "nm", binary], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3 and f[2] == "graftlab/cpu.runInner":
            addr = int(f[0], 16)
            off = addr & 0xfff
            where = "its first 0x%x bytes cross a 4 KiB page boundary: expect register code to run slower than in builds where they do not" % HOT_SPAN if off + HOT_SPAN > 0x1000 else "its first 0x%x bytes lie in one 4 KiB page" % HOT_SPAN
            return "graftlab's inner loop (cpu.runInner) is at %#x, %#x into its page; %s" % (addr, off, where)
    return None


def has_jit(binary):
    """Whether the graftlab binary has the compiled engine."""
    p = subprocess.run([binary, "help", "run"], capture_output=True, text=True)
    out = p.stdout + p.stderr
    return re.search(r"one of [a-z, -]*\bjit\b", out) is not None


def build_hook(cc, tmp):
    src, so = os.path.join(tmp, "count.c"), os.path.join(tmp, "count.so")
    with open(src, "w") as f:
        f.write(COUNT_C)
    subprocess.run([cc, "-O2", "-shared", "-fPIC", "-o", so, src], check=True)
    return so


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt(x, width, digits=0):
    return ("%*.*f" % (width, digits, x)) if x is not None else "%*s" % (width, "-")


def counts(args):
    """--counts: Unicorn's counts with unicorn_count.py's Python hook."""
    sys.path.insert(0, os.path.join(ROOT, "testdata", "progs"))
    import unicorn_count
    for name in args.programs:
        size = size_of(name, args)
        with open(os.devnull, "rb") as stdin:
            p = unicorn_count.Program(os.path.join(HERE, name + ".elf"), stdin, args=[str(size)], env=GUEST_ENV)
            status = p.run()
        print(name, p.count, status)
        sys.stdout.flush()
    return 0


def main(argv):
    ap = argparse.ArgumentParser(prog="peers.py", description="graftlab, qemu-mipsel and Unicorn side by side (doc/peers.md)")
    ap.add_argument("programs", nargs="*", metavar="PROGRAM", help="programs to run (default: all: %s)" % " ".join(PROGRAMS))
    ap.add_argument("--size", type=int, help="pass SIZE to every program (default: each one's DEFAULT_SIZE)")
    ap.add_argument("--scale", type=float, help="run each program at SCALE times its default size")
    ap.add_argument("--repeat", type=int, default=1, help="runs per engine; the fastest is kept")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu", help="CPU time (default) or wall-clock time")
    ap.add_argument("--interp", action="store_true", help="also run graftlab's interpreter (slow)")
    ap.add_argument("--profile", default="dec5000", help="graftlab's machine profile")
    ap.add_argument("--graftlab", help="a built graftlab binary (default: go build)")
    ap.add_argument("--qemu", default="qemu-mipsel", help="qemu-mipsel")
    ap.add_argument("--cc", default="cc", help="host C compiler for Unicorn's native hook")
    ap.add_argument("--no-qemu", action="store_true", help="leave qemu-mipsel out")
    ap.add_argument("--no-unicorn", action="store_true", help="leave Unicorn out")
    ap.add_argument("--counts", action="store_true", help="print Unicorn's instruction counts (Python hook) instead")
    args = ap.parse_args(argv)
    for p in args.programs:
        if p not in PROGRAMS:
            ap.error("unknown program %r: want some of %s" % (p, " ".join(PROGRAMS)))
    args.programs = args.programs or PROGRAMS
    if args.size is not None and args.scale is not None:
        ap.error("--size and --scale exclude each other")
    if args.size is not None and not 1 <= args.size <= 100000000:
        ap.error("--size %d: want 1 to 100000000" % args.size)
    if args.scale is not None and not args.scale > 0:
        ap.error("--scale %g: want a positive number" % args.scale)
    if args.repeat < 1:
        ap.error("--repeat %d: want at least 1" % args.repeat)
    if args.counts:
        return counts(args)

    notes, failures = [], []
    with tempfile.TemporaryDirectory(prefix="peers.") as tmp:
        binary = args.graftlab or build_graftlab(tmp)
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            raise SystemExit("peers.py: --graftlab %s: not an executable file" % binary)
        note = inner_loop_note(binary)
        if note:
            notes.append(note)
        engines = []
        if has_jit(binary):
            engines.append(("graftlab jit", Graftlab(binary, "jit", args.profile)))
        else:
            notes.append("graftlab jit: skipped: this graftlab has no compiled engine")
        engines.append(("graftlab fast", Graftlab(binary, "fast", args.profile)))
        if args.interp:
            engines.append(("graftlab interp", Graftlab(binary, "interp", args.profile)))
        if args.no_qemu:
            notes.append("qemu-mipsel: left out (--no-qemu)")
        elif shutil.which(args.qemu) is None:
            notes.append("qemu-mipsel: skipped: %s is not installed" % args.qemu)
        else:
            engines.append(("qemu-mipsel", Qemu(shutil.which(args.qemu))))
        if args.no_unicorn:
            notes.append("unicorn: left out (--no-unicorn)")
        else:
            try:
                engines.append(("unicorn", Unicorn()))
                if shutil.which(args.cc) is None:
                    notes.append("unicorn+hook: skipped: no host C compiler (%s) for the native hook" % args.cc)
                else:
                    engines.append(("unicorn+hook", Unicorn(build_hook(args.cc, tmp))))
            except Skip as e:
                notes.append("unicorn, unicorn+hook: skipped: %s" % e)

        names = [n for n, _ in engines]
        rows = []
        for prog in args.programs:
            size = size_of(prog, args)
            path = os.path.join(HERE, prog + ".elf")
            # The engines run in rounds, one run each per round, so that a
            # change in the machine's speed touches them alike.
            results = {}
            for _ in range(args.repeat):
                for name, eng in engines:
                    r = eng.run(path, size, args.clock)
                    if name not in results or r.seconds < results[name].seconds:
                        results[name] = r
            for name, _ in engines:
                print("# %-7s %-16s %.2f s" % (prog, name, results[name].seconds), file=sys.stderr, flush=True)
            refname = engines[0][0]
            ref = results[refname]
            n = ref.instructions
            for name, r in results.items():
                if r.status != 0:
                    failures.append("%s on %s: exit status %d" % (prog, name, r.status))
                if r.stdout != ref.stdout:
                    failures.append("%s on %s: output %r differs from %s's %r" % (prog, name, r.stdout, refname, ref.stdout))
                if r.instructions is not None and r.instructions != n:
                    failures.append("%s on %s: %d instructions, %s counted %d" % (prog, name, r.instructions, refname, n))
            mips = {name: n / r.seconds / 1e6 if r.seconds > 0 else None for name, r in results.items()}
            rows.append((prog, size, n, mips, ref.stdout.decode(errors="replace").strip()))

    lead = names[0]  # the fastest engine graftlab has: jit, or fast
    short = lead.split()[1]
    ratio_cols = [(short + "/qemu", "qemu-mipsel"), (short + "/uc", "unicorn"), (short + "/uc+hook", "unicorn+hook")]
    if lead != "graftlab fast":
        ratio_cols.insert(0, (short + "/fast", "graftlab fast"))
    ratio_cols = [(label, peer) for label, peer in ratio_cols if peer in names]
    head = "%-8s %12s" % ("program", "instructions") + "".join(" %15s" % n for n in names) + "".join(" %12s" % l for l, _ in ratio_cols)
    print("guest MIPS (%s time, profile %s for graftlab)" % (args.clock, args.profile))
    print(head)
    ratios = {label: [] for label, _ in ratio_cols}
    for prog, size, n, mips, _ in rows:
        line = "%-8s %12d" % (prog, n) + "".join(" %15s" % fmt(mips[name], 15, 1) for name in names)
        for label, peer in ratio_cols:
            r = mips[lead] / mips[peer] if mips[lead] and mips[peer] else None
            ratios[label].append(r)
            line += " %12s" % fmt(r, 12, 3)
        print(line)
    line = "%-8s %12s" % ("geomean", "") + "".join(" %15s" % fmt(geomean([m[3][name] for m in rows]), 15, 1) for name in names)
    line += "".join(" %12s" % fmt(geomean(ratios[label]), 12, 3) for label, _ in ratio_cols)
    print(line)
    print()
    for prog, size, n, _, out in rows:
        print("%-8s size %d: %s" % (prog, size, out))
    for note in notes:
        print("note: " + note)
    if failures:
        for f in failures:
            print("FAIL: " + f)
        return 1
    if len(names) == 1:
        checks = "%s exited with status 0 every time (no peer to compare with)" % lead
    else:
        checks = "the outputs of all %d engines agree and every exit status is 0" % len(names)
    if "unicorn+hook" in names:
        checks += "; Unicorn's hook counted exactly graftlab's instructions"
    if len(names) > 1 and names[1] == "graftlab fast":
        checks += "; the fast engine counted exactly the compiled engine's"
    if "graftlab interp" in names:
        checks += "; the interpreter counted exactly %s's" % lead
    print("ok: " + checks)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
