#!/bin/sh
# Regenerates the golden files of isa/objdump from forms.s with the cross
# binutils (Debian: binutils-mipsel-linux-gnu):
#   forms.o            GNU as output (MIPS32, o32)
#   forms.objdump      mipsel-linux-gnu-objdump -d forms.o
#   forms.elf          forms.o linked at 0x80001000 (kseg0)
#   forms.elf.objdump  mipsel-linux-gnu-objdump -d forms.elf
#   forms_r2.o         GNU as output of forms_r2.s (MIPS32 Release 2), and forms_r2.objdump
set -eu
cd "$(dirname "$0")"
T=mipsel-linux-gnu
$T-as -march=mips32 -mno-fix-loongson3-llsc -o forms.o forms.s
$T-objdump -d forms.o >forms.objdump
$T-ld -Ttext=0x80001000 -e start -o forms.elf forms.o
$T-objdump -d forms.elf >forms.elf.objdump
# Release 2 and the FPU (a Release 2 file, as Debian's gcc makes):
$T-as -march=mips32r2 -mno-fix-loongson3-llsc -o forms_r2.o forms_r2.s
$T-objdump -d forms_r2.o >forms_r2.objdump
