#!/bin/sh
# regen.sh rebuilds the committed objects and GNU-linked executables in this
# directory from their sources. It needs Debian's binutils-mipsel-linux-gnu
# and gcc-mipsel-linux-gnu. The outputs are byte-for-byte reproducible with
# the same toolchain (binutils 2.40, gcc 12.2.0).
#
#   *.o          GNU as / gcc objects, parsed and linked by the Go tests
#   *.gnu.elf    the same objects linked by GNU ld, the reference that
#                package loader's Link is compared against
#
# The .gnu.elf files are linked from copies of the objects without
# .reginfo and .MIPS.abiflags: GNU ld turns those into output sections and
# program headers ahead of .text, which graftlab's linker does not emit, so
# removing them makes the two layouts coincide address for address.
#
# The fuzz seeds (fuzz/FuzzLink and ../object/testdata/fuzz/FuzzParse) are
# copies of these objects in Go's corpus format; any valid objects do there.
set -eu
cd "$(dirname "$0")"

AS="mipsel-linux-gnu-as -march=mips32 -msoft-float"
CC="mipsel-linux-gnu-gcc -O2 -march=mips32 -mno-abicalls -fno-pic -msoft-float"
LD="mipsel-linux-gnu-ld -e __start"
OBJCOPY=mipsel-linux-gnu-objcopy

for s in start lib lib2 crt0; do
	$AS -o $s.o $s.s
done
$CC -c -o prog.o prog.c

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for o in start lib lib2 crt0 prog; do
	$OBJCOPY -R .reginfo -R .MIPS.abiflags $o.o "$tmp/$o.o"
done
# Keep these object lists in step with the tests (gnuLinks in link_test.go).
(cd "$tmp" && $LD -o start.gnu.elf start.o lib.o lib2.o && $LD -o prog.gnu.elf crt0.o prog.o)
cp "$tmp/start.gnu.elf" "$tmp/prog.gnu.elf" .
