#!/bin/sh
# build.sh rebuilds crypto.o, the kernel's signature check, from sha512.c
# and ed25519.c: each is compiled alone, then the two objects are joined
# with ld -r into one relocatable object. The flags: MIPS32 Release 1, no
# PIC, no small data (the kernel has no gp), no floating point, no
# library calls (the object must have no undefined symbols: TestObject
# checks), no unwind tables, no compiler identification.
# It needs Debian's gcc-mipsel-linux-gnu; the output is byte-for-byte
# reproducible with the same toolchain (gcc 12.2.0, binutils 2.40):
# TestRebuild checks that.
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
LD=${LD:-mipsel-linux-gnu-ld}
CFLAGS="-O2 -march=mips32 -mno-abicalls -fno-pic -G0 -msoft-float
-ffreestanding -fno-builtin -fno-tree-loop-distribute-patterns
-fno-asynchronous-unwind-tables -fno-ident"

OUT=${1:-crypto.o}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in sha512 ed25519; do
	$CC $CFLAGS -Wall -Wextra -c -o "$tmp/$f.o" "$f.c"
done
$LD -r -o "$OUT" "$tmp/sha512.o" "$tmp/ed25519.o"
