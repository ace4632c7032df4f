#!/bin/sh
# golden.sh records how qemu-mipsel runs each program of the link-shape
# corpus: NAME.out holds what it writes to stdout, then a line
# "-- exit status N". Each runs with argv "NAME.elf", an empty environment
# and no input, as the tests run it on graftlab.
#
# It needs qemu-user (qemu-mipsel).
set -eu
cd "$(dirname "$0")"

QEMU=${QEMU:-qemu-mipsel}
for f in *.elf; do
	p=${f%.elf}
	status=0
	env -i "$QEMU" "$f" </dev/null >"$p.out" 2>/dev/null || status=$?
	printf -- '-- exit status %d\n' "$status" >>"$p.out"
done
