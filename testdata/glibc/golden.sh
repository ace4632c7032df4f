#!/bin/sh
# golden.sh records how qemu-mipsel runs each program of the corpus:
# NAME.out holds what it writes to stdout, then a line "-- exit status N".
# Every program runs from this directory as package user's tests run it:
#   argv   NAME.elf, and for file and dir: file.c and "."
#   envp   GRAFTLAB=1
#   stdin  empty
# It also records Unicorn's instruction counts in counts.txt
# (../progs/unicorn_count.py), when python3-unicorn is installed.
set -eu
cd "$(dirname "$0")"

QEMU=${QEMU:-qemu-mipsel}
PROGS="hello stdio strtod math qsort file fenv dir"

for p in $PROGS; do
	args=
	case $p in
	file) args=file.c ;;
	dir) args=. ;;
	esac
	status=0
	env -i GRAFTLAB=1 "$QEMU" "$p.elf" $args </dev/null >"$p.out" 2>/dev/null || status=$?
	printf '\n-- exit status %d\n' "$status" >>"$p.out"
done

if /usr/bin/python3 -c 'import unicorn' 2>/dev/null; then
	/usr/bin/python3 unicorn_glibc.py hello.elf stdio.elf strtod.elf math.elf qsort.elf file.elf:file.c fenv.elf dir.elf:. >counts.txt
fi
