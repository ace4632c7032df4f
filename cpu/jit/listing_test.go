package jit

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

func TestListing(t *testing.T) {
	p := lookupProfile(t, "dec5000")
	insts := []isa.Inst{
		{Op: isa.LUI, Rt: isa.A0, Imm: 0x8000},
		{Op: isa.ORI, Rt: isa.A0, Rs: isa.A0, Imm: 0x1234},
		{Op: isa.ADDU, Rd: isa.V0, Rs: isa.A0, Rt: isa.A1},
		{Op: isa.SLT, Rd: isa.V1, Rs: isa.V0, Rt: isa.Zero},
		{Op: isa.SRAV, Rd: isa.T0, Rs: isa.A2, Rt: isa.V0},
		{Op: isa.SLL}, // nop: writes $zero, so no code
		{Op: isa.NOR, Rd: isa.T1, Rs: isa.T0, Rt: isa.Zero},
		{Op: isa.SLTIU, Rt: isa.T2, Rs: isa.T1, Imm: -1},
		{Op: isa.ADDU, Rd: isa.T3, Rs: isa.T2, Rt: isa.Zero}, // move: no add
		{Op: isa.ADDIU, Rt: isa.T4, Rs: isa.Zero, Imm: -5},   // li: a store
		{Op: isa.SUBU, Rd: isa.T5, Rs: isa.Zero, Rt: isa.T4}, // negu
		{Op: isa.AND, Rd: isa.T6, Rs: isa.Zero, Rt: isa.T5},  // zero
		{Op: isa.SLL, Rd: isa.T7, Rt: isa.T6, Sa: 31},
	}
	b, err := Compile(testPC, words(insts), p)
	if err != nil {
		t.Fatal(err)
	}
	want := `block 0x80001000: 13 instructions, 13 static cycles, 279 bytes of amd64
0x80001000  +0  lui	a0,0x8000
	0000  41c7451000000080        movl $-0x80000000,0x10(%r13)
0x80001004  +1  ori	a0,a0,0x1234
	0008  418b4510                mov 0x10(%r13),%eax
	000c  0d34120000              or $0x1234,%eax
	0011  41894510                mov %eax,0x10(%r13)
0x80001008  +2  addu	v0,a0,a1
	0015  418b4510                mov 0x10(%r13),%eax
	0019  41034514                add 0x14(%r13),%eax
	001d  41894508                mov %eax,0x8(%r13)
0x8000100c  +3  slt	v1,v0,zero
	0021  418b4508                mov 0x8(%r13),%eax
	0025  31c9                    xor %ecx,%ecx
	0027  83f800                  cmp $0x0,%eax
	002a  0f9cc1                  setl %cl
	002d  41894d0c                mov %ecx,0xc(%r13)
0x80001010  +4  srav	t0,v0,a2
	0031  418b4d18                mov 0x18(%r13),%ecx
	0035  418b4508                mov 0x8(%r13),%eax
	0039  d3f8                    sar %cl,%eax
	003b  41894520                mov %eax,0x20(%r13)
0x80001014  +5  nop
0x80001018  +6  nor	t1,t0,zero
	003f  418b4520                mov 0x20(%r13),%eax
	0043  f7d0                    not %eax
	0045  41894524                mov %eax,0x24(%r13)
0x8000101c  +7  sltiu	t2,t1,-1
	0049  418b4524                mov 0x24(%r13),%eax
	004d  31c9                    xor %ecx,%ecx
	004f  83f8ff                  cmp $-0x1,%eax
	0052  0f92c1                  setb %cl
	0055  41894d28                mov %ecx,0x28(%r13)
0x80001020  +8  move	t3,t2
	0059  418b4528                mov 0x28(%r13),%eax
	005d  4189452c                mov %eax,0x2c(%r13)
0x80001024  +9  li	t4,-5
	0061  41c74530fbffffff        movl $-0x5,0x30(%r13)
0x80001028  +10  negu	t5,t4
	0069  b800000000              mov $0x0,%eax
	006e  412b4530                sub 0x30(%r13),%eax
	0072  41894534                mov %eax,0x34(%r13)
0x8000102c  +11  and	t6,zero,t5
	0076  41c7453800000000        movl $0x0,0x38(%r13)
0x80001030  +12  sll	t7,t6,0x1f
	007e  418b4538                mov 0x38(%r13),%eax
	0082  c1e01f                  shl $0x1f,%eax
	0085  4189453c                mov %eax,0x3c(%r13)
exit  +13
	0089  498385880000000d        addq $0xd,0x88(%r13)
	0091  498385900000000d        addq $0xd,0x90(%r13)
	0099  498385a800000001        addq $0x1,0xa8(%r13)
	00a1  ba34100080              mov $-0x7fffefcc,%edx
	00a6  41899580000000          mov %edx,0x80(%r13)
	00ad  89d0                    mov %edx,%eax
	00af  c1e003                  shl $0x3,%eax
	00b2  25e01f0000              and $0x1fe0,%eax
	00b7  89d1                    mov %edx,%ecx
	00b9  480fbae920              bts $0x20,%rcx
	00be  6690                    data16 nop
	00c0  493b8c05b0000000        cmp 0xb0(%r13,%rax),%rcx
	00c8  7547                    jne 0x111
	00ca  418bb405c0000000        mov 0xc0(%r13,%rax),%esi
	00d2  4903b588000000          add 0x88(%r13),%rsi
	00d9  0f1f8000000000          nopl (%rax)
	00e0  493bb598000000          cmp 0x98(%r13),%rsi
	00e7  7728                    ja 0x111
	00e9  418bb405c4000000        mov 0xc4(%r13,%rax),%esi
	00f1  4903b590000000          add 0x90(%r13),%rsi
	00f8  0f1f840000000000        nopl (%rax,%rax)
	0100  493bb5a0000000          cmp 0xa0(%r13),%rsi
	0107  7308                    jae 0x111
	0109  41ffa405b8000000        jmpq *0xb8(%r13,%rax)
	0111  b801000000              mov $0x1,%eax
	0116  c3                      retq
`
	if diff := cmp.Diff(want, b.Listing()); diff != "" {
		t.Errorf("listing (-want +got):\n%s", diff)
	}
}
