#!/bin/sh
# build.sh rebuilds the SPIN examples (doc/spin.md): numbers.o and
# hello.o, extensions, with the flags MiSFIT expects
# (misfit/suite/grafts/build.sh); raise.elf, a program built with the kit
# that binds numbers.o's functions to an event and raises the event; and
# loader.elf, which loads an extension (hello.o) at run time. It needs Debian's gcc-mipsel-linux-gnu; the outputs are
# byte-for-byte reproducible with the same toolchain (gcc 12.2.0, binutils
# 2.40).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
EXT="-O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float
-ffixed-s4 -ffixed-s5 -ffixed-s6 -ffixed-s7
-ffreestanding -fno-tree-loop-distribute-patterns -fno-jump-tables
-fno-asynchronous-unwind-tables -fno-ident"
PROG="-O2 -march=mips32 -msoft-float -static -nostdlib -ffreestanding -fno-pic -mno-abicalls"

$CC $EXT -c -o numbers.o numbers.c
$CC $EXT -c -o hello.o hello.c
$CC $PROG -I .. -o raise.elf ../start.S ../lib.c raise.c
$CC $PROG -I .. -o loader.elf ../start.S ../lib.c loader.c
