#!/bin/sh
# build.sh rebuilds the C library corpus: NAME.elf from NAME.c, each built
# as a user would build it, with Debian's cross gcc and its defaults (MIPS32
# Release 2, hard float, static glibc). The outputs are byte-for-byte
# reproducible with the same toolchain (Debian bookworm: gcc 12.2.0-14,
# binutils 2.40, glibc 2.36-8cross2).
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}

# Keep this list in step with glibcProgs in ../../user/glibc_test.go.
PROGS="hello stdio strtod math qsort file fenv dir"

for p in $PROGS; do
	$CC -O2 -static -o "$p.elf" "$p.c" -lm
done
