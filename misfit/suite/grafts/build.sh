#!/bin/sh
# build.sh rebuilds the graft objects NAME.o from NAME.c with the flags MiSFIT
# expects (doc/misfit.md): the four dedicated registers are fixed, no PIC,
# no small data, no unwind tables, no jump tables and no library calls.
# It needs Debian's gcc-mipsel-linux-gnu; the outputs are byte-for-byte
# reproducible with the same toolchain (gcc 12.2.0, binutils 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float
-ffixed-s4 -ffixed-s5 -ffixed-s6 -ffixed-s7
-ffreestanding -fno-tree-loop-distribute-patterns -fno-jump-tables
-fno-asynchronous-unwind-tables -fno-ident"

# Keep this list in step with grafts in ../../suite_test.go.
GRAFTS="xor cksum hash lru pkt ops"

for g in $GRAFTS; do
	$CC $CFLAGS -c -o "$g.o" "$g.c"
done
