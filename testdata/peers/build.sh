#!/bin/sh
# build.sh rebuilds the loop programs of the side-by-side comparison with
# qemu-mipsel and Unicorn (doc/peers.md): NAME.elf from NAME.c, peers.h and
# ../progs's start.S and lib.c, static MIPS32 little-endian executables that
# use no C library, built as ../progs/build.sh builds the test programs.
# It needs Debian's gcc-mipsel-linux-gnu; the outputs are byte-for-byte
# reproducible with the same toolchain (gcc 12.2.0, binutils 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-O2 -march=mips32 -static -nostdlib -fno-pic -mno-abicalls -msoft-float -ffreestanding -fno-tree-loop-distribute-patterns"

# Keep this list in step with programs in ../../conformance/peers/peers_test.go, with
# golden.sh and with PROGRAMS in peers.py (TestProgramList checks).
PROGS="bits stride xorbuf cksum qsort matmul fnptr"

for p in $PROGS; do
	$CC $CFLAGS -I../progs -o "$p.elf" ../progs/start.S ../progs/lib.c "$p.c" -lgcc
done
