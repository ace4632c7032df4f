// Package trace writes and reads graftlab's instruction traces: one record
// per instruction the machine attempted, with its address, its word, the
// cycles it took, the data address of its load or store and the exception
// it raised. `graftlab run --trace FILE` writes one; Reader reads it back
// and Format prints a record as a line of text with its disassembly
// (`graftlab trace FILE`, or `go run ./trace/cmd/tracecat FILE`, prints a
// whole trace with Print).
//
// # Boundaries
//
// The package knows the machine only through cpu.Machine's hooks and
// counters: Attach installs a code hook, a memory hook and an exception
// hook, and Tracer.Finish removes them. Hooks cost host time, never guest
// cycles, so a traced run counts what an untraced one counts. Disassembly
// is not stored: the reader rebuilds it from the word with isa.GNU.
//
// # Public API
//
//   - Record: one instruction of a trace; Access: its data access.
//   - Header: what the trace is of (program, profile) and where it starts.
//   - Writer (NewWriter, Write, Close) and Reader (NewReader, Next).
//   - Attach and Tracer: trace a running machine.
//   - Format: a record as text; Print: a whole trace as text.
//
// # Format (version 1)
//
// All integers are little-endian; uvarint and varint are the encodings of
// encoding/binary (varint is zig-zag). A trace is a header, records, and an
// end record:
//
//	header:  "GLTRACE" 0x01                     magic and version
//	         uvarint n, n bytes                 program name
//	         uvarint n, n bytes                 profile name
//	         uvarint, uvarint                   Stats.Instructions and Stats.Cycles when tracing began
//	record:  tag byte, then the fields its bits announce, in this order:
//	           0x01 JUMP   varint: PC − (previous PC + 4); absent: PC = previous PC + 4
//	           0x20 WORD   4 bytes: the instruction word; absent: the word last
//	                       recorded at this PC (the first record at a PC must carry it)
//	           (always)    uvarint: cycles, Stats.Cycles from this record's start to the next's
//	           0x02 LOAD   varint: data address − previous data address (a read)
//	           0x04 STORE  the same field, for a write (LOAD and STORE are not both set)
//	           0x08 EXC    1 byte: the exception code raised (doc/isa.md)
//	           0x10 RESTART  no field: the instruction did not complete and runs again
//	                       after its exception (a TLB miss, an address error), so
//	                       it is not counted in Stats.Instructions
//	end:     0x80, uvarint instructions, uvarint cycles: the run's counts since the
//	         header's; then the end of the file
//
// The first record's previous PC is taken as 0xFFFFFFFC, so its JUMP field
// is its PC; the first previous data address is 0. Tag bit 0x40 is
// reserved. A record's cycles include everything the machine charged while
// it was current: stalls, cache misses, and the cost of exceptions served
// on the host (a user-mode system call or TLB refill). An interrupt is
// taken between instructions and shows in the record before it.
//
// The reader checks the end record: the cycles of the records must add up
// to its cycles and the records without RESTART to its instructions, so a
// truncated or inconsistent trace is an error rather than a short read.
// A record takes 2 bytes for a straight-line instruction seen before, about
// 7 bytes for a new one; qsort's 1.4 million instructions take 3.8 MB.
package trace
