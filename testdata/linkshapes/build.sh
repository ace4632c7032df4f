#!/bin/sh
# build.sh rebuilds the link-shape corpus: NAME.elf from NAME.c (or from
# both.c) with ../../kit/start.S, linked by GNU ld in the shapes a loader
# must accept. Each shape's flags are in the table below; every program
# also reports what the kernel made of its headers (shape.h), and
# golden.sh records what qemu-mipsel prints.
#
# It needs Debian's gcc-mipsel-linux-gnu; the outputs are byte-for-byte
# reproducible with the same toolchain (gcc 12.2.0, binutils 2.40):
# build.sh -check rebuilds into a temporary directory and compares.
set -eu
cd "$(dirname "$0")"

CC=${CC:-mipsel-linux-gnu-gcc}
KIT=../../kit
CFLAGS="-O2 -march=mips32 -msoft-float -static -nostdlib -ffreestanding -fno-pic -mno-abicalls -fno-tree-loop-distribute-patterns -G0 -I $KIT"

out=.
if [ "${1:-}" = -check ]; then
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
fi

# name      source  extra flags
shapes='
bss         bss.c   -s
data        data.c
none        none.c
bigbss      bigbss.c
both        both.c
omagic      both.c  -Wl,-N
nmagic      both.c  -Wl,-n
ttext       both.c  -Wl,-Ttext-segment=0x10000000
sepcode     both.c  -Wl,-z,separate-code
noseparate  both.c  -Wl,-z,noseparate-code
gc          gc.c    -ffunction-sections -fdata-sections -Wl,--gc-sections
smalldata   both.c  -G8
script      script.c -Wl,-T,script.ld
kit         kit.c   KIT
'

echo "$shapes" | while read -r name src extra; do
	[ -n "$name" ] || continue
	objs="$KIT/start.S"
	if [ "$extra" = KIT ]; then
		objs="$KIT/start.S $KIT/lib.c"
		extra=
	fi
	# -G8 after -G0 wins; SHAPE names the program in its report.
	$CC $CFLAGS $extra -DSHAPE="\"$name\"" -o "$out/$name.elf" $objs "$src"
done

if [ "$out" != . ]; then
	status=0
	for f in *.elf; do
		cmp "$f" "$out/$f" || status=1
	done
	[ $status = 0 ] && echo "build.sh -check: every ELF rebuilt byte for byte"
	exit $status
fi
