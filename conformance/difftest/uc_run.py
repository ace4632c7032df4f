"""Run a static little-endian MIPS32 ELF executable on Unicorn.

Usage: python3 uc_run.py PROGRAM

The program's PT_LOAD segments are mapped, execution starts at the entry
point, and the two o32 system calls that conformance/difftest programs make are
served: write (4004) to standard output or error, and exit (4001). Any
other exception stops the run; the exit status is then 100 plus the
exception number that Unicorn reports (qemu's EXCP_* numbering), and
standard error says what happened.
"""

import struct
import sys

from unicorn import Uc, UcError, UC_ARCH_MIPS, UC_MODE_MIPS32, UC_MODE_LITTLE_ENDIAN, UC_HOOK_INTR
from unicorn import mips_const as mc

PAGE = 0x1000
EXCP_SYSCALL = 17
SYS_EXIT, SYS_WRITE = 4001, 4004
MAX_INSTRUCTIONS = 1 << 30


def load(uc, data):
    """Maps the PT_LOAD segments and returns the entry point."""
    if data[:4] != b"\x7fELF" or data[4] != 1 or data[5] != 1:
        raise SystemExit("uc_run.py: not an ELF32 little-endian file")
    entry, phoff = struct.unpack_from("<II", data, 24)
    phentsize, phnum = struct.unpack_from("<HH", data, 42)
    mapped = set()
    for i in range(phnum):
        p_type, off, vaddr, _, filesz, memsz, _, _ = struct.unpack_from("<8I", data, phoff + i * phentsize)
        if p_type != 1 or memsz == 0:
            continue
        for page in range(vaddr & ~(PAGE - 1), vaddr + memsz, PAGE):
            if page not in mapped:
                uc.mem_map(page, PAGE)
                mapped.add(page)
        uc.mem_write(vaddr, data[off:off + filesz])
    return entry


def main():
    data = open(sys.argv[1], "rb").read()
    uc = Uc(UC_ARCH_MIPS, UC_MODE_MIPS32 + UC_MODE_LITTLE_ENDIAN)
    uc.ctl_set_cpu_model(mc.UC_CPU_MIPS32_4KC)
    entry = load(uc, data)
    out = {1: sys.stdout.buffer, 2: sys.stderr.buffer}
    state = {"status": None, "exception": None}

    def interrupt(uc, intno, _):
        pc = uc.reg_read(mc.UC_MIPS_REG_PC)
        if intno != EXCP_SYSCALL:
            state["exception"] = (intno, pc)
            uc.emu_stop()
            return
        nr = uc.reg_read(mc.UC_MIPS_REG_V0)
        a0, a1, a2 = (uc.reg_read(r) for r in (mc.UC_MIPS_REG_A0, mc.UC_MIPS_REG_A1, mc.UC_MIPS_REG_A2))
        if nr == SYS_EXIT:
            state["status"] = a0 & 0xFF
            uc.emu_stop()
            return
        if nr == SYS_WRITE and a0 in out:
            out[a0].write(bytes(uc.mem_read(a1, a2)))
            uc.reg_write(mc.UC_MIPS_REG_V0, a2)
            uc.reg_write(mc.UC_MIPS_REG_A3, 0)
        else:
            uc.reg_write(mc.UC_MIPS_REG_V0, 89)  # ENOSYS
            uc.reg_write(mc.UC_MIPS_REG_A3, 1)

    uc.hook_add(UC_HOOK_INTR, interrupt)
    try:
        uc.emu_start(entry, 0xFFFFFFFF, count=MAX_INSTRUCTIONS)
    except UcError as e:
        pc = uc.reg_read(mc.UC_MIPS_REG_PC)
        sys.stdout.flush()
        print("uc_run.py: %s at pc %#010x" % (e, pc), file=sys.stderr)
        sys.exit(99)
    sys.stdout.flush()
    if state["exception"] is not None:
        intno, pc = state["exception"]
        print("uc_run.py: exception %d at pc %#010x" % (intno, pc), file=sys.stderr)
        sys.exit(100 + intno)
    if state["status"] is None:
        print("uc_run.py: stopped without exit", file=sys.stderr)
        sys.exit(98)
    sys.exit(state["status"])


if __name__ == "__main__":
    main()
