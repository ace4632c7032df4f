#!/bin/sh
# build.sh rebuilds names.o from names.c, a protected shared library in C
# (doc/psl.md). It needs Debian's gcc-mipsel-linux-gnu; the output is byte
# for byte reproducible with the same toolchain (gcc 12.2.0, binutils
# 2.40).
set -eu
cd "$(dirname "$0")"
CC=${CC:-mipsel-linux-gnu-gcc}
$CC -O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float -ffreestanding \
	-fno-asynchronous-unwind-tables -fno-ident -c -o names.o names.c
