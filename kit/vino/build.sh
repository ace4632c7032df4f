#!/bin/sh
# build.sh rebuilds the VINO example (doc/vino.md): tally.o, a graft, with
# the flags MiSFIT expects (misfit/suite/grafts/build.sh), and caller.elf,
# a program built with the kit, and installer.elf, which installs a graft
# from its standard input. It needs Debian's gcc-mipsel-linux-gnu; the
# outputs are byte-for-byte reproducible with the same toolchain (gcc
# 12.2.0, binutils 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
GRAFT="-O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float
-ffixed-s4 -ffixed-s5 -ffixed-s6 -ffixed-s7
-ffreestanding -fno-tree-loop-distribute-patterns -fno-jump-tables
-fno-asynchronous-unwind-tables -fno-ident"
PROG="-O2 -march=mips32 -msoft-float -static -nostdlib -ffreestanding -fno-pic -mno-abicalls"

$CC $GRAFT -c -o tally.o tally.c
$CC $PROG -I .. -o caller.elf ../start.S ../lib.c caller.c
$CC $PROG -I .. -o installer.elf ../start.S ../lib.c installer.c
