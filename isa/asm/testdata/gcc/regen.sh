#!/bin/sh
# Regenerates the gcc -S outputs of this directory from the C sources.
# Run from anywhere; needs Debian's gcc-mipsel-linux-gnu (gcc 12).
set -e
cd "$(dirname "$0")"
CC=mipsel-linux-gnu-gcc
FLAGS="-march=mips32 -mno-abicalls -fno-pic -msoft-float -G0"
for c in *.c; do
	b=${c%.c}
	$CC $FLAGS -O2 -S "$c" -o "$b-O2.s"
	$CC $FLAGS -O0 -S "$c" -o "$b-O0.s"
	$CC $FLAGS -O2 -g -S "$c" -o "$b-O2-g.s"
done
