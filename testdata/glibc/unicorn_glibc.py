#!/usr/bin/python3
"""unicorn_glibc.py counts the instructions of the glibc corpus on Unicorn,
for comparison with graftlab's user mode on the 24kf profile.

    python3 unicorn_glibc.py NAME.elf[:ARG]...

It prints one line per program: its name, the number of instructions
executed and the exit status; counts.txt holds its output for the corpus.

It extends ../progs/unicorn_count.py (the same stack, break, mmap and
counting hook) with what static glibc needs, served as graftlab serves it:
a MIPS32 Release 2 CPU with an FPU (24Kf, Status.CU1 set, FR=0), rdhwr $29
reading UserLocal, which set_thread_area sets, read-only files read whole at open, stat64,
fstat64 and statx with only type, permissions and size, getdents64 in byte
order of names, ioctl ENOTTY, readlink ENOENT, getrandom from the same
generator, signals accepted, and the clocks, which graftlab takes from the
cycle count: here they read zero and nanosleep returns at once, which only
the dir program notices.
"""

import os
import stat
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "progs"))
import unicorn_count as base  # noqa: E402
from unicorn_count import EBADF, EFAULT, EINVAL, ENOSYS  # noqa: E402,F401
from unicorn import mips_const as M  # noqa: E402

ENOENT, EACCES, ENOTDIR, EISDIR, EMFILE, ENOTTY, ESPIPE, EROFS = 2, 13, 20, 21, 24, 25, 29, 30
UID = 1000


class GFile:
    def __init__(self, data, names, mode):
        self.data, self.names, self.mode, self.off = data, names, mode, 0


def load_file(path):
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None, ENOENT
    except PermissionError:
        return None, EACCES
    except NotADirectoryError:
        return None, ENOTDIR
    perm = stat.S_IMODE(st.st_mode)
    if stat.S_ISDIR(st.st_mode):
        names = [(".", 4), ("..", 4)]
        ents = []
        for e in os.scandir(path):
            typ = 4 if e.is_dir(follow_symlinks=False) else (8 if e.is_file(follow_symlinks=False) else 0)
            ents.append((e.name, typ))
        ents.sort(key=lambda x: x[0].encode())
        return GFile(None, names + ents, perm | 0o040000), 0
    if stat.S_ISREG(st.st_mode):
        with open(path, "rb") as f:
            return GFile(f.read(), None, perm | 0o100000), 0
    return None, EACCES


class GlibcProgram(base.Program):
    CPU_MODEL = M.UC_CPU_MIPS32_24KF

    def __init__(self, path, args):
        self.files = {}
        self.rand = 0
        base.Program.__init__(self, path, open(os.devnull, "rb"), args=args, env=["GRAFTLAB=1"])
        self.mu.reg_write(M.UC_MIPS_REG_CP0_STATUS, self.mu.reg_read(M.UC_MIPS_REG_CP0_STATUS) | 0x20000000)

    def cstr(self, a):
        b = bytearray()
        while len(b) < 4096:
            if not self.readable(a + len(b), 1):
                return None, EFAULT
            c = self.mu.mem_read(a + len(b), 1)
            if c == b"\0":
                return (b.decode("latin-1"), 0) if b else (None, ENOENT)
            b += c
        return None, 78

    def stat_of(self, fd, path):
        if path is not None:
            f, err = load_file(path)
            if err:
                return None, err
            return (f.mode, len(f.data or b"")), 0
        if fd <= 2:
            return (0o020620, 0), 0
        if fd not in self.files:
            return None, EBADF
        f = self.files[fd]
        return (f.mode, len(f.data or b"")), 0

    def write_out(self, a, b):
        if not self.readable(a, len(b), write=True):
            return EFAULT
        self.mu.mem_write(a, bytes(b))
        return 0

    def syscall(self, num, a, sp):
        if num == 4283:  # set_thread_area: also what rdhwr $29 reads
            self.mu.reg_write(M.UC_MIPS_REG_CP0_USERLOCAL, a[0])
        if num in (4005, 4288):  # open, openat
            dirfd, pa, flags = (0xFFFFFF9C, a[0], a[1]) if num == 4005 else (a[0], a[1], a[2])
            path, err = self.cstr(pa)
            if err:
                return 0, err
            if not path.startswith("/") and dirfd != 0xFFFFFF9C:
                return 0, EBADF
            if flags & 3 or flags & 0x300:
                return 0, EROFS
            f, err = load_file(path)
            if err:
                return 0, err
            if flags & 0x10000 and f.names is None:
                return 0, ENOTDIR
            for fd in range(3, 1024):
                if fd not in self.files:
                    self.files[fd] = f
                    return fd, 0
            return 0, EMFILE
        if num == 4003 and a[0] != 0:  # read from a file
            if a[0] not in self.files:
                return 0, EBADF
            f = self.files[a[0]]
            if f.data is None:
                return 0, EISDIR
            n = min(a[2], 64 << 10)
            if not self.readable(a[1], n, write=True):
                return 0, EFAULT
            chunk = f.data[f.off:f.off + n]
            self.mu.mem_write(a[1], chunk)
            f.off += len(chunk)
            return len(chunk), 0
        if num == 4006:  # close
            if a[0] <= 2:
                return 0, 0
            if a[0] not in self.files:
                return 0, EBADF
            del self.files[a[0]]
            return 0, 0
        if num in (4019, 4140):  # lseek, _llseek
            fd = a[0]
            if num == 4019:
                off, whence = struct.unpack("<i", struct.pack("<I", a[1]))[0], a[2]
            else:
                off, whence = (a[1] << 32 | a[2]), self.read_word(sp + 16)
            if fd <= 2:
                return 0, ESPIPE
            if fd not in self.files:
                return 0, EBADF
            f = self.files[fd]
            if whence == 1:
                off += f.off
            elif whence == 2:
                off += len(f.data or b"")
            elif whence != 0:
                return 0, EINVAL
            if off < 0:
                return 0, EINVAL
            f.off = off
            if num == 4019:
                return off, 0
            return 0, self.write_out(a[3], struct.pack("<Q", off))
        if num in (4213, 4214, 4215):  # stat64, lstat64, fstat64
            if num == 4215:
                r, err = self.stat_of(a[0], None)
            else:
                path, err = self.cstr(a[0])
                if err:
                    return 0, err
                r, err = self.stat_of(0, path)
            if err:
                return 0, err
            mode, size = r
            b = bytearray(104)
            struct.pack_into("<IIII", b, 24, mode, 1, UID, UID)
            struct.pack_into("<q", b, 56, size)
            struct.pack_into("<I", b, 88, 4096)
            struct.pack_into("<q", b, 96, (size + 511) // 512)
            return 0, self.write_out(a[1], b)
        if num == 4366:  # statx
            buf = self.read_word(sp + 16)
            if not self.readable(a[1], 1):
                return 0, EFAULT
            if self.mu.mem_read(a[1], 1) == b"\0" and a[2] & 0x1000:
                r, err = self.stat_of(a[0], None)
            else:
                path, err = self.cstr(a[1])
                if err:
                    return 0, err
                if not path.startswith("/") and a[0] != 0xFFFFFF9C:
                    return 0, EBADF
                r, err = self.stat_of(0, path)
            if err:
                return 0, err
            mode, size = r
            b = bytearray(256)
            struct.pack_into("<II", b, 0, 0x7FF, 4096)
            struct.pack_into("<III", b, 16, 1, UID, UID)
            struct.pack_into("<H", b, 28, mode & 0xFFFF)
            struct.pack_into("<QQ", b, 40, size, (size + 511) // 512)
            return 0, self.write_out(buf, b)
        if num == 4219:  # getdents64
            if a[0] not in self.files:
                return 0, EBADF
            f = self.files[a[0]]
            if f.names is None:
                return 0, ENOTDIR
            out = bytearray()
            while f.off < len(f.names):
                name, typ = f.names[f.off]
                nb = name.encode()
                reclen = (19 + len(nb) + 1 + 7) & ~7
                if len(out) + reclen > a[2]:
                    if not out:
                        return 0, EINVAL
                    break
                rec = bytearray(reclen)
                struct.pack_into("<QQHB", rec, 0, f.off + 1, f.off + 1, reclen, typ)
                rec[19:19 + len(nb)] = nb
                out += rec
                f.off += 1
            return len(out), self.write_out(a[1], out)
        if num == 4054:  # ioctl
            if a[0] > 2 and a[0] not in self.files:
                return 0, EBADF
            return 0, ENOTTY
        if num in (4085, 4298):  # readlink, readlinkat
            _, err = self.cstr(a[1] if num == 4298 else a[0])
            return 0, err or ENOENT
        if num == 4353:  # getrandom
            n = min(a[1], 64 << 10)
            b = bytearray(n)
            for i in range(n):
                self.rand = (self.rand * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
                b[i] = self.rand >> 56
            err = self.write_out(a[0], b)
            return (0, err) if err else (n, 0)
        if num == 4194:  # rt_sigaction
            if a[0] == 0 or a[0] > 128:
                return 0, EINVAL
            return 0, self.write_out(a[2], bytes(20)) if a[2] else 0
        if num == 4195:  # rt_sigprocmask
            return 0, self.write_out(a[2], bytes(min(a[3], 128))) if a[2] else 0
        if num in (4020, 4252):  # getpid, set_tid_address
            return 1, 0
        if num in (4024, 4047, 4049, 4050):  # getuid, getgid, geteuid, getegid
            return UID, 0
        if num in (4125, 4218):  # mprotect, madvise
            return 0, 0
        if num == 4078:  # gettimeofday
            return 0, self.write_out(a[0], bytes(8)) if a[0] else 0
        if num == 4013:  # time
            if a[0]:
                err = self.write_out(a[0], bytes(4))
                if err:
                    return 0, err
            return 0, 0
        if num in (4166, 4265, 4407):  # nanosleep, clock_nanosleep(_time64)
            return 0, 0
        return base.Program.syscall(self, num, a, sp)


def main(argv):
    for spec in argv:
        path, _, arg = spec.partition(":")
        name = os.path.basename(path)[:-len(".elf")]
        p = GlibcProgram(path, [arg] if arg else [])
        status = p.run()
        print(name, p.count, status)
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
