#!/usr/bin/python3
"""unicorn_count.py runs static MIPS32 little-endian Linux executables on
Unicorn and counts the instructions they execute, for comparison with
graftlab's user mode (package user).

    python3 unicorn_count.py [--stdin-dir DIR] PROG.elf...

It prints one line per program: its name (the file name without .elf), the
number of instructions executed and the exit status (128+signal for a fault).
counts.txt in this directory holds its output for every program but loop.

The count comes from a per-instruction code hook, so it includes the
syscall instruction of each system call and the instruction that faults,
but not an instruction whose fetch faults, and not a branch-likely's
nullified delay slot. Each program runs as graftlab runs it: argv
PROG.elf alpha "beta gamma", environment GRAFTLAB=1, standard input
PROG.in if it exists (else empty), and the same address space: the same
initial stack (Linux's layout, AT_RANDOM's bytes, auxiliary vector), program
break and mmap placement, since a program's path can depend on its
addresses. The system calls are those graftlab serves, with the same
results; the clocks read zero.

It needs python3-unicorn (Debian) and uses nothing else outside the
standard library.
"""

import os
import struct
import sys

import unicorn
from unicorn import mips_const as M

PAGE = 4096
USER_LIMIT = 0x80000000
STACK_TOP = 0x7FFF0000
STACK_SIZE = 8 << 20
MMAP_BASE = 0x20000000
MIN_MAP_ADDR = 0x10000
HEAP_LIMIT = STACK_TOP - STACK_SIZE
PID = 1
UID = 1000
RANDOM_BYTES = bytes([0x67, 0x72, 0x61, 0x66, 0x74, 0x6C, 0x61, 0x62,
                      0x0F, 0x1E, 0x2D, 0x3C, 0x4B, 0x5A, 0x69, 0x78])

ARGS = ["alpha", "beta gamma"]
ENV = ["GRAFTLAB=1"]

EBADF, EFAULT, EINVAL, ENODEV, ENOMEM, EPERM, EEXIST, ENOSYS = 9, 14, 22, 19, 12, 1, 17, 89

PROT = {1: unicorn.UC_PROT_READ, 2: unicorn.UC_PROT_WRITE, 4: unicorn.UC_PROT_EXEC}


def page_up(a):
    return (a + PAGE - 1) & ~(PAGE - 1)


def uc_prot(prot):
    p = 0
    for bit, u in PROT.items():
        if prot & bit:
            p |= u
    return p


class Exit(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status


class Program:
    # The CPU model; subclasses may pick another (../glibc/unicorn_glibc.py).
    CPU_MODEL = M.UC_CPU_MIPS32_4KC

    def __init__(self, path, stdin, args=None, env=None, code_hook=True):
        """args (after the program's name) and env default to ARGS and ENV.
        code_hook=False leaves out the counting hook, for callers that
        count otherwise or not at all (../peers/peers.py): count stays 0."""
        self.data = open(path, "rb").read()
        self.stdin = stdin
        self.stdout = bytearray()
        self.mu = unicorn.Uc(unicorn.UC_ARCH_MIPS, unicorn.UC_MODE_MIPS32 | unicorn.UC_MODE_LITTLE_ENDIAN)
        self.mu.ctl_set_cpu_model(self.CPU_MODEL)
        self.pages = {}  # page address -> protection
        self.count = 0
        self.status = None
        self.thread_area = 0
        self.pc = None
        self.parse()
        self.load()
        sp = self.build_stack([os.path.basename(path)] + (ARGS if args is None else args), ENV if env is None else env)
        self.mu.reg_write(M.UC_MIPS_REG_SP, sp)
        if code_hook:
            self.mu.hook_add(unicorn.UC_HOOK_CODE, self.on_code)
        self.mu.hook_add(unicorn.UC_HOOK_INTR, self.on_interrupt)

    def parse(self):
        d = self.data
        (self.entry, phoff) = struct.unpack_from("<II", d, 24)
        (phentsize, self.phnum) = struct.unpack_from("<HH", d, 42)
        self.segments, self.phdr, self.stack_flags = [], 0, 0
        has_phdr = False
        for i in range(self.phnum):
            typ, off, vaddr, _, filesz, memsz, flags, _ = struct.unpack_from("<8I", d, phoff + i * phentsize)
            if typ == 6:  # PT_PHDR
                self.phdr, has_phdr = vaddr, True
            elif typ == 0x6474E551:  # PT_GNU_STACK
                self.stack_flags = flags
            elif typ == 1 and memsz > 0:  # PT_LOAD
                if not has_phdr and off <= phoff < off + filesz:
                    self.phdr = vaddr + phoff - off
                self.segments.append((vaddr, memsz, d[off:off + filesz], flags))

    def map(self, start, end, prot):
        """Maps [start, end) with prot, replacing what was there. Unicorn
        slows down with many regions, so a range is mapped as one."""
        self.unmap(start, end)
        self.mu.mem_map(start, end - start, uc_prot(prot))
        for a in range(start, end, PAGE):
            self.pages[a] = prot

    def unmap(self, start, end):
        a = start
        while a < end:
            if a not in self.pages:
                a += PAGE
                continue
            b = a
            while b < end and b in self.pages:
                del self.pages[b]
                b += PAGE
            self.mu.mem_unmap(a, b - a)
            a = b

    def is_free(self, start, end):
        return all(a not in self.pages for a in range(start, end, PAGE))

    def load(self):
        prot, end = {}, 0
        for vaddr, memsz, data, flags in self.segments:
            p = (flags & 4 and 1) | (flags & 2) | (flags & 1 and 5)  # PF_R, PF_W, PF_X
            for a in range(vaddr & ~(PAGE - 1), page_up(vaddr + memsz), PAGE):
                prot[a] = prot.get(a, 0) | p  # segments sharing a page share it
            end = max(end, vaddr + memsz)
        pages = sorted(prot)
        i = 0
        while i < len(pages):
            j = i
            while j + 1 < len(pages) and pages[j + 1] == pages[j] + PAGE and prot[pages[j + 1]] == prot[pages[i]]:
                j += 1
            self.map(pages[i], pages[j] + PAGE, prot[pages[i]])
            i = j + 1
        for vaddr, memsz, data, flags in self.segments:
            self.mu.mem_write(vaddr, data)
        self.brk_start = self.brk = page_up(end)
        exec_stack = 4 if self.stack_flags == 0 or self.stack_flags & 1 else 0
        self.map(STACK_TOP - STACK_SIZE, STACK_TOP, 3 | exec_stack)

    def build_stack(self, args, env):
        """The same layout as user.buildStack (graftlab) and Linux."""
        sp = STACK_TOP - 4
        def push(s):
            nonlocal sp
            b = s.encode() + b"\0"
            sp -= len(b)
            self.mu.mem_write(sp, b)
            return sp
        execfn = push(args[0] if args else "")
        envp = [0] * len(env)
        for i in reversed(range(len(env))):
            envp[i] = push(env[i])
        argv = [0] * len(args)
        for i in reversed(range(len(args))):
            argv[i] = push(args[i])
        sp &= ~15
        sp -= 16
        random = sp
        self.mu.mem_write(random, RANDOM_BYTES)
        auxv = [16, 0, 6, PAGE, 17, 100, 3, self.phdr, 4, 32, 5, self.phnum, 7, 0, 8, 0,
                9, self.entry, 11, UID, 12, UID, 13, UID, 14, UID, 23, 0, 25, random, 31, execfn, 0, 0]
        words = [len(args)] + argv + [0] + envp + [0]
        sp = (sp - 4 * len(auxv) - 4 * len(words)) & ~15
        words += auxv
        self.mu.mem_write(sp, struct.pack("<%dI" % len(words), *words))
        return sp

    def on_code(self, mu, address, size, user_data):
        self.count += 1
        self.pc = address

    def read_word(self, a):
        return struct.unpack("<I", self.mu.mem_read(a, 4))[0]

    def readable(self, a, n, write=False):
        want = 2 if write else 1
        if n < 0 or a + n > USER_LIMIT:
            return False
        return all(self.pages.get(p, 0) & want for p in range((a & ~(PAGE - 1)), a + n, PAGE))

    def on_interrupt(self, mu, intno, user_data):
        if intno != 17:  # not EXCP_SYSCALL: the program dies of a signal
            # The code hook saw the instruction that raised the exception
            # last: Unicorn's PC register is not current here for every
            # exception, so it is only a fallback when there is no hook.
            pc = self.pc if self.pc is not None else mu.reg_read(M.UC_MIPS_REG_PC)
            self.status = 128 + self.signal(intno, self.read_word(pc))
            mu.emu_stop()
            return
        regs = [mu.reg_read(M.UC_MIPS_REG_0 + i) for i in range(32)]
        num, a = regs[2], regs[4:8]
        try:
            res, err = self.syscall(num, a, regs[29])
        except Exit as e:
            self.status = e.status
            mu.emu_stop()
            return
        if err:
            mu.reg_write(M.UC_MIPS_REG_V0, err)
            mu.reg_write(M.UC_MIPS_REG_A3, 1)
        else:
            mu.reg_write(M.UC_MIPS_REG_V0, res & 0xFFFFFFFF)
            mu.reg_write(M.UC_MIPS_REG_A3, 0)
        # Unicorn has already moved the PC past the syscall instruction.

    @staticmethod
    def signal(intno, inst):
        """The signal of a qemu MIPS exception number, as graftlab picks it."""
        if intno in (18, 22):  # EXCP_BREAK, EXCP_TRAP: by the code, as Linux
            code = 0
            if inst >> 26 == 0 and inst & 0x3F == 0x0D:  # break
                code = inst >> 6 & 0xFFFFF
                if code >= 1 << 10:
                    code = (code & 0x3FF) << 10 | code >> 10
            elif inst >> 26 == 0:  # register traps
                code = inst >> 6 & 0x3FF
            return 8 if code in (6, 7) else 5
        return {12: 10, 13: 10, 19: 4, 20: 4, 21: 8}.get(intno, 11)  # AdEL, AdES, CpU, RI, Ov (MIPS numbers: SIGBUS is 10)

    def syscall(self, num, a, sp):
        if num in (4001, 4246):  # exit, exit_group
            raise Exit(a[0] & 0xFF)
        if num == 4003:  # read
            if a[0] != 0:
                return 0, EBADF
            if not self.readable(a[1], a[2], write=True):
                return 0, EFAULT
            b = self.stdin.read(min(a[2], 64 << 10))
            self.mu.mem_write(a[1], b)
            return len(b), 0
        if num == 4004:  # write
            if a[0] not in (1, 2):
                return 0, EBADF
            if not self.readable(a[1], a[2]):
                return 0, EFAULT
            if a[0] == 1:
                self.stdout += self.mu.mem_read(a[1], a[2])
            return a[2], 0
        if num == 4146:  # writev
            if a[0] not in (1, 2):
                return 0, EBADF
            if a[2] > 1024 or not self.readable(a[1], 8 * a[2]):
                return 0, EINVAL if a[2] > 1024 else EFAULT
            total = 0
            for i in range(a[2]):
                base, n = struct.unpack("<II", self.mu.mem_read(a[1] + 8 * i, 8))
                if not self.readable(base, n):
                    return (total, 0) if total else (0, EFAULT)
                if a[0] == 1:
                    self.stdout += self.mu.mem_read(base, n)
                total += n
            return total, 0
        if num == 4020:  # getpid
            return PID, 0
        if num == 4045:  # brk
            return self.sys_brk(a[0]), 0
        if num in (4090, 4210):  # mmap, mmap2
            return self.sys_mmap(num, a, sp)
        if num == 4091:  # munmap
            end = page_up(a[0] + a[1])
            if a[0] % PAGE or a[1] == 0 or end > USER_LIMIT:
                return 0, EINVAL
            self.unmap(a[0], end)
            return 0, 0
        if num == 4122:  # uname
            fields = [b"Linux", b"graftlab", b"6.1.0-graftlab", b"#1 graftlab user mode", b"mips", b"(none)"]
            if not self.readable(a[0], 6 * 65, write=True):
                return 0, EFAULT
            self.mu.mem_write(a[0], b"".join(f.ljust(65, b"\0") for f in fields))
            return 0, 0
        if num == 4283:  # set_thread_area
            self.thread_area = a[0]
            return 0, 0
        if num in (4263, 4403):  # clock_gettime, clock_gettime64
            if a[0] > 11:
                return 0, EINVAL
            size = 16 if num == 4403 else 8
            if not self.readable(a[1], size, write=True):
                return 0, EFAULT
            self.mu.mem_write(a[1], bytes(size))
            return 0, 0
        return 0, ENOSYS

    def sys_brk(self, want):
        if want < self.brk_start:
            return self.brk
        old_end, new_end = page_up(self.brk), page_up(want)
        if new_end > HEAP_LIMIT:
            return self.brk
        if new_end > old_end:
            if not self.is_free(old_end, new_end):
                return self.brk
            self.map(old_end, new_end, 3)
        elif new_end < old_end:
            self.unmap(new_end, old_end)
        self.brk = want
        return want

    def sys_mmap(self, num, a, sp):
        addr, length, prot, flags = a
        if num == 4090:
            if not self.readable(sp + 20, 4):
                return 0, EFAULT
            if self.read_word(sp + 20) % PAGE:
                return 0, EINVAL
        if length == 0 or prot & ~7 or flags & 0xF != 2:
            return 0, EINVAL
        if not flags & 0x800:
            return 0, ENODEV
        size = page_up(length)
        if size > USER_LIMIT:
            return 0, ENOMEM
        if flags & (0x10 | 0x100000):
            if addr % PAGE:
                return 0, EINVAL
            if addr < MIN_MAP_ADDR:
                return 0, EPERM
            if addr + size > USER_LIMIT:
                return 0, ENOMEM
            if flags & 0x100000 and not self.is_free(addr, addr + size):
                return 0, EEXIST
            self.unmap(addr, addr + size)
        else:
            addr = self.find_free(addr & ~(PAGE - 1), size)
            if addr is None:
                return 0, ENOMEM
        self.map(addr, addr + size, prot | 1 if prot else 0)
        return addr, 0

    def find_free(self, hint, size):
        if hint >= MIN_MAP_ADDR and hint + size <= USER_LIMIT and self.is_free(hint, hint + size):
            return hint
        for start in (MMAP_BASE, MIN_MAP_ADDR):
            at = start
            while at + size <= USER_LIMIT:
                busy = [p for p in range(at, at + size, PAGE) if p in self.pages]
                if not busy:
                    return at
                at = busy[-1] + PAGE
        return None

    def run(self):
        try:
            self.mu.emu_start(self.entry, 0)
        except unicorn.UcError as e:
            signals = {
                unicorn.UC_ERR_INSN_INVALID: 4, unicorn.UC_ERR_EXCEPTION: 4,
                unicorn.UC_ERR_READ_UNALIGNED: 10, unicorn.UC_ERR_WRITE_UNALIGNED: 10, unicorn.UC_ERR_FETCH_UNALIGNED: 10,
            }
            self.status = 128 + signals.get(e.errno, 11)
        return self.status


def main(argv):
    stdin_dir = os.path.dirname(os.path.abspath(__file__))
    if argv[:1] == ["--stdin-dir"]:
        stdin_dir, argv = argv[1], argv[2:]
    for path in argv:
        name = os.path.basename(path)[:-len(".elf")]
        inpath = os.path.join(stdin_dir, name + ".in")
        with open(inpath if os.path.exists(inpath) else os.devnull, "rb") as stdin:
            p = Program(path, stdin)
            status = p.run()
        print(name, p.count, status)
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
