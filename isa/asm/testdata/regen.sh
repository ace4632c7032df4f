#!/bin/sh
# Regenerates the assembler's golden files:
#   1. gcc/*.s from gcc/*.c (gcc/regen.sh), o1/cc-*.s and o2/cc-*.s from C
#      files of the repository (opt-regen.sh);
#   2. every */x.golden.json from GNU as's object for */x.s, written by
#      TestCorpus -update, which runs
#        noreorder/*.s:        mipsel-linux-gnu-as -march=mips32 -G0 -mno-fix-loongson3-llsc
#        reorder/*.s, gcc/*.s: the same with -O0
#        o1/*.s:               the same with -O1
#        o2/*.s, swap/*.s:     the same with -O2
#      (-G0: no small data, as gcc -G0; -mno-fix-loongson3-llsc: Debian's
#      as otherwise inserts syncs around ll/sc for a Loongson erratum).
# Needs binutils-mipsel-linux-gnu and gcc-mipsel-linux-gnu.
set -e
cd "$(dirname "$0")"
./gcc/regen.sh
./opt-regen.sh
cd ..
go test -run 'TestCorpus$' -update -count=1 .
