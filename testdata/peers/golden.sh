#!/bin/sh
# golden.sh records how qemu-mipsel and Unicorn run each loop program at the
# small size that the tests use (../../conformance/peers): NAME.out holds what the
# program writes to stdout, then a line "-- exit status N"; counts.txt holds
# Unicorn's instruction counts ("NAME INSTRUCTIONS STATUS", counted by a
# per-instruction code hook as ../progs/unicorn_count.py counts).
#
# Every program runs as the tests run it on graftlab:
#   argv     NAME.elf 2
#   envp     GRAFTLAB=1
#   stdin    empty
#
# It needs qemu-user (qemu-mipsel) and python3-unicorn.
set -eu
cd "$(dirname "$0")"

QEMU=${QEMU:-qemu-mipsel}
SIZE=2
PROGS="bits stride xorbuf cksum qsort matmul fnptr"

for p in $PROGS; do
	status=0
	env -i GRAFTLAB=1 "$QEMU" "$p.elf" $SIZE </dev/null >"$p.out" 2>/dev/null || status=$?
	printf -- '-- exit status %d\n' "$status" >>"$p.out"
done

/usr/bin/python3 peers.py --counts --size $SIZE $PROGS >counts.txt
