#!/bin/sh
# golden.sh records how qemu-mipsel runs each test program: NAME.out holds
# what the program writes to stdout, then a line "-- exit status N" (N is
# 128+signal for a program killed by a signal). It also records Unicorn's
# instruction counts in counts.txt (unicorn_count.py).
#
# Every program runs as package user's tests run it on graftlab:
#   argv     NAME.elf alpha "beta gamma"
#   envp     GRAFTLAB=1 (one variable: qemu-user passes the environment in
#            reverse order)
#   stdin    NAME.in if it exists, else empty
# loop.elf never ends and is left out.
#
# It needs qemu-user (qemu-mipsel) and python3-unicorn.
set -eu
cd "$(dirname "$0")"

QEMU=${QEMU:-qemu-mipsel}
progs=$(ls *.elf | sed 's/\.elf$//' | grep -vx loop)

for p in $progs; do
	in=/dev/null
	[ -f "$p.in" ] && in=$p.in
	status=0
	env -i GRAFTLAB=1 "$QEMU" "$p.elf" alpha "beta gamma" <"$in" >"$p.out" 2>/dev/null || status=$?
	printf '\n-- exit status %d\n' "$status" >>"$p.out"
done

/usr/bin/python3 unicorn_count.py $(for p in $progs; do echo "$p.elf"; done) >counts.txt
