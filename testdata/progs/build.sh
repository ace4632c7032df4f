#!/bin/sh
# build.sh rebuilds the test programs in this directory, NAME.elf from
# NAME.c, start.S and lib.c: static MIPS32 little-endian executables that use
# no C library (start.S is the entry point and the system-call wrapper).
# It needs Debian's gcc-mipsel-linux-gnu; the outputs are byte-for-byte
# reproducible with the same toolchain (gcc 12.2.0, binutils 2.40).
#
# libgcc is linked for 64-bit division and for nothing else.
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-O2 -march=mips32 -static -nostdlib -fno-pic -mno-abicalls -msoft-float -ffreestanding -fno-tree-loop-distribute-patterns"

# Keep this list in step with programs in ../../user/progs_test.go.
PROGS="hello args checksum fib qsort strings heap sys wc muldiv unaligned
wildjump illegal textwrite divzero misaligned loop"

for p in $PROGS; do
	$CC $CFLAGS -o "$p.elf" start.S lib.c "$p.c" -lgcc
done
