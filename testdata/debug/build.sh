#!/bin/sh
# build.sh rebuilds sum.elf, the debugger's test program: like the programs
# in ../progs (their start.S and lib.c, no C library) but at -O0 with -g, so
# that it carries DWARF line tables, call-frame information and locals.
# It needs Debian's gcc-mipsel-linux-gnu (gcc 12.2.0, binutils 2.40), whose
# output is byte-for-byte reproducible.
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
CFLAGS="-g -O0 -march=mips32 -static -nostdlib -fno-pic -mno-abicalls -msoft-float -ffreestanding"

$CC $CFLAGS -fdebug-prefix-map="$(pwd)"=. -fdebug-prefix-map="$(cd ../progs && pwd)"=../progs \
	-o sum.elf ../progs/start.S ../progs/lib.c sum.c -lgcc
