#!/bin/sh
# build.sh rebuilds paths.elf, a test program of the debugger's: like
# ../../../testdata/debug/sum.elf, but with the compilation directory
# recorded as /src/paths, as when a program is compiled by absolute path,
# so that the debugger's tests see absolute names in the line table.
# It needs Debian's gcc-mipsel-linux-gnu (gcc 12.2.0, binutils 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-g -O0 -march=mips32 -static -nostdlib -fno-pic -mno-abicalls -msoft-float -ffreestanding"
PROGS=../../../testdata/progs

$CC $CFLAGS -fdebug-prefix-map="$(pwd)"=/src/paths -o paths.elf $PROGS/start.S $PROGS/lib.c paths.c -lgcc
