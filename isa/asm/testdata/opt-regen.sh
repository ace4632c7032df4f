#!/bin/sh
# Regenerates the gcc outputs of o1/ and o2/, the corpus of delay-slot
# filling. C files of the repository are compiled with gcc at -O0, -O1 and
# -O2 and go where gcc's own assembler level puts them: gcc hands -O0 output
# to "as -O1" (o1/) and optimized output to "as -O2" (o2/). gcc fills its
# delay slots itself (".set noreorder"), so each output also goes to o2/ a
# second time, as NAME-Ox-r.s, with ".set noreorder", ".set nomacro" and the
# nop after each branch taken out: reorder-mode code of the kind people
# write, where "as -O2" moves instructions into the slots.
# Then run testdata/regen.sh (or TestCorpus -update) for the golden files.
# Needs gcc-mipsel-linux-gnu.
set -e
cd "$(dirname "$0")"
root=../../..
CC=mipsel-linux-gnu-gcc
FLAGS="-march=mips32 -mno-abicalls -fno-pic -msoft-float -G0 -I $root/testdata/progs"
SOURCES="testdata/progs/qsort.c testdata/progs/muldiv.c testdata/progs/wc.c
	testdata/progs/checksum.c testdata/progs/heap.c testdata/progs/lib.c
	testdata/progs/divzero.c misfit/suite/grafts/hash.c misfit/suite/grafts/lru.c
	misfit/suite/grafts/pkt.c testdata/peers/matmul.c testdata/peers/fnptr.c"
rm -f o1/cc-*.s o2/cc-*.s
for src in $SOURCES; do
	b=cc-$(basename "$src" .c)
	$CC $FLAGS -O0 -S "$root/$src" -o "o1/$b-O0.s"
	$CC $FLAGS -O1 -S "$root/$src" -o "o2/$b-O1.s"
	$CC $FLAGS -O2 -S "$root/$src" -o "o2/$b-O2.s"
	for s in o1/$b-O0.s o2/$b-O1.s o2/$b-O2.s; do
		awk '
			/^[ \t]*\.set[ \t]+(noreorder|nomacro)[ \t]*$/ { next }
			{ t = $0; sub(/^[ \t]+/, "", t); sub(/[ \t]+$/, "", t) }
			t == "nop" && branch { branch = 0; next }
			t != "" && t !~ /^[.#]/ && t !~ /:$/ { branch = (t ~ /^(b[a-z]*|j|jal|jr|jalr)[ \t]/) }
			{ print }
		' "$s" > "o2/$(basename "$s" .s)-r.s"
	done
done

# Release 2 with hard float, Debian's defaults, but not position-independent
# (graftlab's assembler has no PIC relocations): the glibc corpus's C files
# at -O2, in o2/ as r2-NAME.s.
rm -f o2/r2-*.s
for p in stdio strtod math qsort fenv; do
	$CC -O2 -fno-pic -mno-abicalls -G0 -S "$root/testdata/glibc/$p.c" -o "o2/r2-$p.s"
done

# And as Debian's gcc builds by default: position-independent (-O2 only),
# in o2/ as pic-NAME.s.
rm -f o2/pic-*.s
for p in hello stdio strtod math qsort file fenv; do
	$CC -O2 -S "$root/testdata/glibc/$p.c" -o "o2/pic-$p.s"
done
