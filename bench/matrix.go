package bench

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/misfit"
)

// The misbehaving-graft matrix (doc/vino.md): the survey's five
// misbehaviours of a graft (section 2.2), each a concrete graft invoked
// once through vino_call, against each protection configuration. A cell
// says what happened and what the invocation cost.

// Misbehaviour is one row of the matrix.
type Misbehaviour struct {
	ID, Name string
	Entry    string
	// Args are the graft's a0 and a1; a kernel symbol in ArgSym replaces
	// a0 with its address.
	Args   [2]uint32
	ArgSym string
}

// Protection is one column.
type Protection struct {
	ID, Name  string
	Rewritten bool
	Policy    misfit.Policy
	Flags     kernel.VinoFlags
}

// Misbehaviours are the matrix's rows.
var Misbehaviours = []Misbehaviour{
	{ID: "illegal-access", Name: "illegal data access: a store to the kernel's slice_len", Entry: "illegal", Args: [2]uint32{0, 0x7fffffff}, ArgSym: "slice_len"},
	{ID: "hoarding", Name: "resource hoarding: heap pages until none is left", Entry: "hoard"},
	{ID: "unauthorized", Name: "unauthorized interface usage: an indirect call of poweroff(77)", Entry: "unauth", Args: [2]uint32{0, 77}, ArgSym: "poweroff"},
	{ID: "antisocial", Name: "antisocial behaviour: a lock held through 60000 loop iterations", Entry: "antisocial", Args: [2]uint32{60000, 0}},
	{ID: "dos", Name: "denial of service: a loop without end", Entry: "dos"},
}

// Protections are the matrix's columns.
var Protections = []Protection{
	{ID: "unprotected", Name: "unprotected graft"},
	{ID: "misfit", Name: "MiSFIT (sandboxing)", Rewritten: true, Policy: misfit.Sandbox},
	{ID: "misfit.check", Name: "MiSFIT (checking)", Rewritten: true, Policy: misfit.Check},
	{ID: "misfit+txn", Name: "MiSFIT and transactions", Rewritten: true, Policy: misfit.Sandbox, Flags: kernel.VinoUndo},
	{ID: "vino", Name: "MiSFIT, transactions, time-outs, quotas", Rewritten: true, Policy: misfit.Sandbox, Flags: kernel.VinoAll},
}

// The matrix's limits: a lock time-out, a budget and a quota small
// enough to see, and the run limit that ends a machine that never gets its
// processor back.
const (
	MatrixLockTimeout = 20000
	MatrixBudget      = 400000
	MatrixQuota       = 4
	MatrixRegion      = 0x20000
	MatrixRunLimit    = 5_000_000
)

const matrixGrafts = `
	.set	noreorder
	.text
	.globl	illegal, hoard, unauth, antisocial, dos
illegal:
	sw	$a1, 0($a0)
	jr	$ra
	move	$v0, $zero
hoard:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	move	$s0, $zero
1:	jal	vino_alloc
	nop
	beqz	$v0, 2f
	nop
	b	1b
	addiu	$s0, $s0, 1
2:	move	$v0, $s0
	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	jr	$ra
	addiu	$sp, $sp, 24
unauth:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	move	$t9, $a0
	jalr	$t9
	move	$a0, $a1
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
antisocial:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	move	$s0, $a0
	jal	vino_lock
	li	$a0, 0
1:	bnez	$s0, 1b
	addiu	$s0, $s0, -1
	move	$v0, $zero
	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	jr	$ra
	addiu	$sp, $sp, 24
dos:
1:	b	1b
	nop
`

// matrixProg calls graft slot 0 once with A0 and A1 and exits with the
// result (below 100), or 100 + the status when the invocation did not
// commit.
const matrixProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, 0
	li	$a1, A0
	li	$a2, A1
	li	$v0, 4293
	syscall
	beqz	$a3, 1f
	nop
	addiu	$v0, $v0, 100-VERRNO
1:	move	$a0, $v0
	li	$v0, 4001
	syscall
`

// Cell is one cell of the matrix.
type Cell struct {
	Misbehaviour string `json:"misbehaviour"`
	Protection   string `json:"protection"`
	// Outcome: "refused at load", "contained", "aborted", "aborted and
	// undone", or "damage".
	Outcome string `json:"outcome"`
	// What happened, in words, with the measured damage.
	Detail string `json:"detail"`
	// Status is the invocation's status (kernel.VinoOK, ...; -1 when it
	// never ended).
	Status int `json:"status"`
	// Cycles of the invocation, from vino_begin to vino_done (to the end
	// of the run when it never ended).
	Cycles uint64 `json:"cycles"`
	// Restored, for an aborted invocation, says whether the kernel's VINO
	// state after it (kernel.VinoState) equals the state before it.
	Restored *bool `json:"restored,omitempty"`
}

// WriteMatrixJSON writes the cells as a JSON array.
func WriteMatrixJSON(w io.Writer, cells []Cell) error {
	b, err := json.MarshalIndent(cells, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Matrix runs every misbehaviour against every protection.
func Matrix(ctx context.Context, opt Options) ([]Cell, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	var cells []Cell
	for _, mb := range Misbehaviours {
		for _, p := range Protections {
			c, err := matrixCell(ctx, opt, mb, p)
			if err != nil {
				return nil, fmt.Errorf("matrix %s × %s: %w", mb.ID, p.ID, err)
			}
			cells = append(cells, c)
		}
	}
	return cells, nil
}

func matrixCell(ctx context.Context, opt Options, mb Misbehaviour, p Protection) (Cell, error) {
	c := Cell{Misbehaviour: mb.ID, Protection: p.ID, Status: -1}
	obj, err := vinoGraftObject(matrixGrafts, "", p.Policy, false)
	if err != nil {
		return c, err
	}
	g := kernel.VinoGraft{Object: obj, Entry: mb.Entry, Unverified: true, Flags: p.Flags,
		Quota: MatrixQuota, Budget: MatrixBudget, RegionSize: MatrixRegion}
	if p.Rewritten {
		res, err := misfit.Rewrite(obj, misfit.Options{Policy: p.Policy, Callable: kernel.VinoExports, Key: benchKey()})
		if err != nil {
			var me *misfit.Error
			if errors.As(err, &me) {
				c.Outcome, c.Detail = "refused at load", err.Error()
				return c, nil
			}
			return c, err
		}
		g.Object, g.Unverified, g.Keys = res.Object, false, []ed25519.PublicKey{benchKey().Public().(ed25519.PublicKey)}
	}
	k, err := kernel.Build()
	if err != nil {
		return c, err
	}
	args := mb.Args
	if mb.ArgSym != "" {
		if args[0], err = k.Symbol(mb.ArgSym); err != nil {
			return c, err
		}
	}
	exe, err := vinoExecutable("matrix.s", matrixProg, map[string]int64{"A0": int64(args[0]), "A1": int64(args[1]), "VERRNO": kernel.VinoErrno}, 0)
	if err != nil {
		return c, err
	}
	cfg := kernel.Config{Profile: opt.Profile, Program: exe, RAMSize: 32 << 20, Grafts: []kernel.VinoGraft{g},
		TimerInterval: 5000, LockTimeout: MatrixLockTimeout}
	sys, err := kernel.Boot(cfg)
	if err != nil {
		if errors.Is(err, kernel.ErrGraft) {
			c.Outcome, c.Detail = "refused at load", err.Error()
			return c, nil
		}
		return c, err
	}
	m := sys.Machine
	sym := func(s string) uint32 { a, _ := sys.Kernel.Symbol(s); return a }
	var begin, done uint64
	var lockAt, lockHeld uint64
	var before, after kernel.VinoState
	var stateErr error
	m.AddCodeHook(cpu.Range{Begin: sym("vino_begin"), End: sym("vino_begin") + 4}, func(m *cpu.Machine, _ uint32) {
		begin = m.Stats.Cycles
		before, stateErr = sys.VinoState()
	})
	m.AddCodeHook(cpu.Range{Begin: sym("vino_done"), End: sym("vino_done") + 4}, func(m *cpu.Machine, _ uint32) {
		done = m.Stats.Cycles
		if lockAt != 0 {
			lockHeld = done - lockAt
		}
		var err error
		if after, err = sys.VinoState(); err != nil && stateErr == nil {
			stateErr = err
		}
	})
	m.AddCodeHook(cpu.Range{Begin: sym("vino_lock_ret"), End: sym("vino_lock_ret") + 4}, func(m *cpu.Machine, _ uint32) { lockAt = m.Stats.Cycles })
	word := func(a uint32) uint32 {
		v, _ := sys.KernelWord(a)
		return v
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: MatrixRunLimit})
	if err != nil {
		return c, err
	}
	if stateErr != nil {
		return c, stateErr
	}
	pages := after.Pages // as the invocation ended (the owner's exit frees them)
	if done != 0 {
		c.Cycles = done - begin
	} else {
		c.Cycles = m.Stats.Cycles - begin
	}
	switch {
	case stop.Reason != cpu.StopHalted:
		c.Outcome = "damage"
		c.Detail = fmt.Sprintf("the invocation never ended: the timer preempts the graft, but its program never runs again (the run stopped at its limit of %d instructions)", MatrixRunLimit)
		return c, nil
	case stop.Status == kernel.VinoPanic:
		rec := sym("vino_grafts")
		c.Outcome = "damage"
		c.Detail = fmt.Sprintf("a fault in the graft without transactions stopped the machine (kernel panic): cause %d at %#x",
			word(rec+72)>>2&0x1f, word(rec+80))
		if bad := word(rec + 80); bad >= sys.Grafts[0].Base && bad < sys.Grafts[0].Base+sys.Grafts[0].Size {
			c.Detail += ", in the graft's own region, on a heap page it had not allocated"
		}
		return c, nil
	case done == 0 || stop.Status == int(args[1]) && mb.ID == "unauthorized":
		c.Outcome = "damage"
		c.Detail = fmt.Sprintf("the graft powered the machine off (status %d)", stop.Status)
		return c, nil
	}
	if stop.Status >= 100 {
		c.Status = stop.Status - 100
	} else {
		c.Status = kernel.VinoOK
	}
	sliceLen := word(sym("slice_len"))
	switch {
	case mb.ID == "illegal-access" && sliceLen == args[1]:
		c.Status = kernel.VinoOK
		c.Outcome, c.Detail = "damage", fmt.Sprintf("slice_len overwritten with %#x", sliceLen)
	case mb.ID == "hoarding" && pages > MatrixQuota:
		c.Outcome, c.Detail = "damage", fmt.Sprintf("the graft holds %d kernel pages (quota %d) after it returned", pages, MatrixQuota)
	case mb.ID == "antisocial" && c.Status == kernel.VinoOK:
		c.Outcome, c.Detail = "damage", fmt.Sprintf("lock 0 held for %d cycles (time-out %d)", lockHeld, MatrixLockTimeout)
	case c.Status == kernel.VinoOK:
		c.Outcome, c.Detail = "contained", "committed without harm"
		if mb.ID == "illegal-access" {
			c.Detail = "the store was sandboxed into the graft's region; slice_len untouched"
		}
	case p.Flags&kernel.VinoUndo != 0:
		c.Outcome, c.Detail = "aborted and undone", vinoStatusText(c.Status)
	default:
		c.Outcome, c.Detail = "aborted", vinoStatusText(c.Status)+"; nothing undone"
	}
	if c.Status == kernel.VinoFault {
		// Where: the graft record's Cause and BadVAddr.
		rec := sym("vino_grafts")
		c.Detail += fmt.Sprintf(" (cause %d at %#x)", word(rec+72)>>2&0x1f, word(rec+80))
	}
	if c.Outcome != "damage" && c.Status != kernel.VinoOK {
		same := kernel.SameVinoState(before, after)
		c.Restored = &same
		if same {
			c.Detail += "; the kernel's state as before"
		} else {
			c.Detail += fmt.Sprintf("; the kernel's state differs from before (%d heap pages held)", pages)
		}
	}
	return c, nil
}

func vinoStatusText(s int) string {
	switch s {
	case kernel.VinoCheck:
		return "a MiSFIT check failed"
	case kernel.VinoFault:
		return "an exception"
	case kernel.VinoTime:
		return "out of processor budget"
	case kernel.VinoLock:
		return "a lock held past its time-out"
	case kernel.VinoQuotaExceeded:
		return "over its quota"
	}
	return "status " + strconv.Itoa(s)
}

// WriteMatrix writes the matrix for people: one block per misbehaviour.
func WriteMatrix(w io.Writer, cells []Cell) error {
	fmt.Fprintf(w, "VINO's misbehaving-graft matrix: each graft invoked once through vino_call\n")
	fmt.Fprintf(w, "(limits: lock time-out %d cycles, budget %d cycles, quota %d pages; see doc/vino.md)\n", MatrixLockTimeout, MatrixBudget, MatrixQuota)
	byID := map[string]Misbehaviour{}
	for _, mb := range Misbehaviours {
		byID[mb.ID] = mb
	}
	names := map[string]string{}
	for _, p := range Protections {
		names[p.ID] = p.Name
	}
	var tw *tabwriter.Writer
	last := ""
	for _, c := range cells {
		if c.Misbehaviour != last {
			if tw != nil {
				if err := tw.Flush(); err != nil {
					return err
				}
			}
			fmt.Fprintf(w, "\n%s\n", byID[c.Misbehaviour].Name)
			tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			last = c.Misbehaviour
		}
		cyc := "—"
		if c.Cycles != 0 {
			cyc = strconv.FormatUint(c.Cycles, 10)
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s cycles\t%s\n", names[c.Protection], strings.ToUpper(c.Outcome[:1])+c.Outcome[1:], cyc, c.Detail)
	}
	if tw != nil {
		return tw.Flush()
	}
	return nil
}
