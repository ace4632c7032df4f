#!/bin/sh
# build.sh rebuilds glink.o, the guest kernel's graft linker, from src/glink.c (the API is glink.h):
# freestanding mips32 o32 code with no small data, no PIC, no unwind tables
# and no library calls (the object has no undefined symbols), for the
# kernel to link into its image with package loader. It needs Debian's
# gcc-mipsel-linux-gnu; the output is byte-for-byte reproducible with the
# same toolchain (gcc 12.2.0, binutils 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float
-ffreestanding -fno-builtin -fno-tree-loop-distribute-patterns
-fno-asynchronous-unwind-tables -fno-ident
-std=c11 -Wall -Wextra -Werror"

$CC $CFLAGS -I. -c -o glink.o src/glink.c
