package rt

import (
	"regexp/syntax"
	"sort"
)

// Compiling re patterns: the translated pattern parsed and compiled by
// regexp/syntax, then its marker groups rewritten into the instructions
// re_exec.go runs.

// reProg is a compiled pattern.
type reProg struct {
	prog    *syntax.Prog
	opts    reOpts
	ngroups int
	names   map[string]int
	prefix  []byte // literal bytes every match starts with, or nil
	src     []byte // the pattern as given (UTF-8 when unicode)

	// Loops whose body can match empty (markEmptyLoops): how many, and
	// for each END instruction the loop's Alt and the loop's exit.
	nloops    int
	loopExits map[uint32][2]uint32

	// Registers 0..nlook-1 belong to the mkAtomS...mkNegE groups (loops
	// come after); negCont maps each mkNegS instruction to where the
	// pattern goes on after its END.
	nlook   int
	negCont map[uint32]uint32
	noMemo  bool           // empty loops, lookahead, atomic groups or back references
	lbLens  map[int][2]int // each lookbehind's register: shortest and longest body, in characters
	keepReg int            // the register \K sets, or -1
	hasCRLF bool           // the pattern names \r or \n: a failed start at \r\n steps 1, not 2

	// Subroutine calls: the register holding the innermost call, or -1,
	// and where each called group (0: the whole pattern) starts.
	callReg   int
	callEntry map[int]uint32
}

// Arg bits of the loop instructions; the low bits are the loop's number.
const (
	reLoopStart = 0x4000_0000
	reLoopEnd   = 0x2000_0000
)

// compileRE compiles a pattern (bytes: Latin-1, or UTF-8 when unicode).
// It panics with reError or reUnsupported.
func compileRE(src []byte, o reOpts) *reProg {
	var runes []rune
	if o.unicode {
		runes = []rune(string(src))
	} else {
		runes = make([]rune, len(src))
		for i, b := range src {
			runes[i] = rune(b)
		}
	}
	t := func() (t *reTrans) {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(reError); ok && o.unicode {
					e.pos = len(string(runes[:min(e.pos, len(runes))]))
					panic(e)
				}
				panic(r)
			}
		}()
		return translateRE(runes, o)
	}()
	flags := syntax.ClassNL | syntax.PerlX | syntax.UnicodeGroups
	if o.caseless {
		flags |= syntax.FoldCase
	}
	if o.dotall {
		flags |= syntax.DotNL
	}
	if o.ungreedy {
		flags |= syntax.NonGreedy
	}
	re, err := syntax.Parse(t.out.String(), flags)
	if err != nil {
		panic(reUnsupported{NewBinary([]byte("go regexp: " + err.Error()))})
	}
	re = re.Simplify()
	ncaps := re.MaxCap()
	lbLens := lookbehindLengths(re, t, runes, o.unicode)
	if t.callReg > 0 {
		checkLeftRecursion(re, t, runes, o.unicode)
	}
	wraps := map[int]bool{}
	for i, c := range t.caps {
		if c.index == 0 && c.kind == mkWrap {
			wraps[i+1] = true
		}
	}
	nloops := markEmptyLoops(re, ncaps, wraps)
	prog, err := syntax.Compile(re)
	if err != nil {
		panic(reUnsupported{NewBinary([]byte("go regexp: " + err.Error()))})
	}
	o.nl = t.nl // (*CR) and the like set it too
	hasCRLF := t.hasCRLF
	rp := &reProg{prog: prog, opts: o, hasCRLF: hasCRLF, callReg: t.callReg - 1, ngroups: t.ngroups, names: t.names, src: src,
		nloops: nloops, nlook: t.nregs, lbLens: lbLens, keepReg: t.keepReg - 1}
	rp.rewriteCaptures(t.caps, ncaps)
	rp.noMemo = rp.noMemo || nloops > 0
	rp.setCallEntries()
	rp.setPrefix()
	return rp
}

// lookbehindLengths measures the body of each lookbehind: PCRE needs each
// of its alternatives to have a fixed length.
func lookbehindLengths(re *syntax.Regexp, t *reTrans, runes []rune, unicode bool) map[int][2]int {
	bodies := map[int]reCap{} // Go capture index -> the body's marker
	ends := map[int]int{}     // register -> END position
	for i, c := range t.caps {
		switch c.kind {
		case mkLBBody:
			bodies[i+1] = c
		case mkBehindE, mkNBehindE:
			ends[c.reg] = c.pos
		}
	}
	lens := map[int][2]int{}
	if len(bodies) == 0 {
		return lens
	}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		if c, ok := bodies[re.Cap]; ok && re.Op == syntax.OpCapture {
			set := lengthSet(re.Sub[0])
			if len(set) == 0 {
				pos := ends[c.reg]
				if unicode {
					pos = len(string(runes[:pos]))
				}
				panic(reError{"lookbehind assertion is not fixed length", pos})
			}
			lens[c.reg] = [2]int{set[0], set[len(set)-1]}
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	walk(re)
	return lens
}

// checkLeftRecursion rejects, as PCRE does ("recursive call could loop
// indefinitely"), a group that can call itself before matching a
// character (calls through other groups are left to the step limit, as
// PCRE leaves them to match_limit).
func checkLeftRecursion(re *syntax.Regexp, t *reTrans, runes []rune, unicode bool) {
	info := func(capIdx int) reCap { return t.caps[capIdx-1] }
	// first[g]: the groups called at the start of group g's body (0: the
	// whole pattern), with the position of the first such call.
	first := map[int]map[int]int{}
	var starts func(re *syntax.Regexp, out map[int]int) bool // reports nullable
	starts = func(re *syntax.Regexp, out map[int]int) bool {
		switch re.Op {
		case syntax.OpCapture:
			if c := info(re.Cap); c.kind == mkCall && c.index == 0 {
				if _, ok := out[c.reg]; !ok {
					out[c.reg] = c.pos
				}
				return true
			} else if c.kind == mkWrap {
				starts(re.Sub[0], out) // a lookaround: calls at its start count,
				return true            // and it matches nothing
			}
			return starts(re.Sub[0], out)
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				if !starts(sub, out) {
					return false
				}
			}
			return true
		case syntax.OpAlternate:
			any := false
			for _, sub := range re.Sub {
				any = starts(sub, out) || any
			}
			return any
		case syntax.OpStar, syntax.OpQuest:
			starts(re.Sub[0], out)
			return true
		case syntax.OpPlus:
			return starts(re.Sub[0], out)
		case syntax.OpRepeat:
			return starts(re.Sub[0], out) || re.Min == 0
		}
		return nullable(re, nil)
	}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		if re.Op == syntax.OpCapture {
			if c := info(re.Cap); c.index > 0 && first[c.index] == nil {
				first[c.index] = map[int]int{}
				starts(re.Sub[0], first[c.index])
			}
		}
		for _, sub := range re.Sub {
			walk(sub)
		}
	}
	first[0] = map[int]int{}
	starts(re, first[0])
	walk(re)
	for g, calls := range first {
		if pos, loop := calls[g]; loop {
			if unicode {
				pos = len(string(runes[:pos]))
			}
			panic(reError{"recursive call could loop indefinitely", pos})
		}
	}
}

// lengthSet is the sorted lengths, in characters, re can match, or nil
// if one is unbounded or there are too many.
func lengthSet(re *syntax.Regexp) []int {
	switch re.Op {
	case syntax.OpLiteral:
		return []int{len(re.Rune)}
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return []int{1}
	case syntax.OpCapture:
		return lengthSet(re.Sub[0])
	case syntax.OpConcat:
		set := []int{0}
		for _, sub := range re.Sub {
			if set = sumSet(set, lengthSet(sub)); set == nil {
				return nil
			}
		}
		return set
	case syntax.OpAlternate:
		seen := map[int]bool{}
		for _, sub := range re.Sub {
			s := lengthSet(sub)
			if s == nil {
				return nil
			}
			for _, n := range s {
				seen[n] = true
			}
		}
		var set []int
		for n := range seen {
			set = append(set, n)
		}
		sort.Ints(set)
		return set
	case syntax.OpRepeat:
		if re.Min != re.Max {
			return nil
		}
		set := []int{0}
		for i := 0; i < re.Min && set != nil; i++ {
			set = sumSet(set, lengthSet(re.Sub[0]))
		}
		return set
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return nil
	}
	return []int{0} // empty-width
}

// sumSet is {a + b} over a and b, or nil.
func sumSet(a, b []int) []int {
	if a == nil || b == nil {
		return nil
	}
	seen := map[int]bool{}
	for _, x := range a {
		for _, y := range b {
			seen[x+y] = true
		}
	}
	if len(seen) > 64 {
		return nil
	}
	var set []int
	for n := range seen {
		set = append(set, n)
	}
	sort.Ints(set)
	return set
}

// markEmptyLoops wraps the body of each unbounded repetition that can
// match the empty string as (START body END), START and END being capture
// groups numbered after the pattern's ncaps. It returns how many loops it
// marked. PCRE ends such a loop after an iteration that matched nothing
// and goes on with what follows; rewriteCaptures turns START into "note
// where this iteration began" and END into "if nothing was matched, leave
// the loop", which the matcher runs (re_exec.go).
//
// Simplify shares subtrees (x{2} is a concat of the same x twice): such a
// loop is marked once, and its copies, which run one after the other,
// share its register.
func markEmptyLoops(re *syntax.Regexp, ncaps int, wraps map[int]bool) int {
	n := 0
	seen := map[*syntax.Regexp]bool{}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		if seen[re] {
			return
		}
		seen[re] = true
		for _, sub := range re.Sub {
			walk(sub)
		}
		if (re.Op == syntax.OpStar || re.Op == syntax.OpPlus) && nullable(re.Sub[0], wraps) {
			mark := func() *syntax.Regexp {
				n++
				return &syntax.Regexp{Op: syntax.OpCapture, Cap: ncaps + n,
					Sub: []*syntax.Regexp{{Op: syntax.OpEmptyMatch}}}
			}
			start := mark()
			body := re.Sub[0]
			end := mark()
			re.Sub = []*syntax.Regexp{{Op: syntax.OpConcat, Sub: []*syntax.Regexp{start, body, end}}}
		}
	}
	walk(re)
	return n / 2
}

// nullable reports whether re can match the empty string (a group in
// wraps, around a lookahead, always does).
func nullable(re *syntax.Regexp, wraps map[int]bool) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpStar, syntax.OpQuest,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCapture:
		return wraps[re.Cap] || nullable(re.Sub[0], wraps)
	case syntax.OpPlus:
		return nullable(re.Sub[0], wraps)
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0], wraps)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !nullable(sub, wraps) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if nullable(sub, wraps) {
				return true
			}
		}
	}
	return false
}

// rewriteCaptures turns marker groups into empty-width tests, and the
// loop groups of markEmptyLoops (numbered after ncaps) into loop
// instructions, and numbers the real groups as PCRE does.
func (rp *reProg) rewriteCaptures(caps []reCap, ncaps int) {
	rp.loopExits = map[uint32][2]uint32{}
	for i := range rp.prog.Inst {
		in := &rp.prog.Inst[i]
		if in.Op != syntax.InstCapture || in.Arg < 2 {
			continue
		}
		if g := int(in.Arg / 2); g > ncaps {
			rp.loopInst(uint32(i), g-ncaps-1)
			continue
		}
		c := caps[in.Arg/2-1]
		switch {
		case c.index > 0:
			in.Arg = uint32(2*c.index) + in.Arg%2
		case in.Arg%2 == 1 || c.kind == mkWrap || c.kind == mkLBBody:
			in.Op = syntax.InstNop
		case c.kind == mkBackref && c.fold:
			in.Op, in.Arg = syntax.InstEmptyWidth, reGroupBit|uint32(c.kind)<<20|reFoldBit|uint32(c.reg)
			rp.noMemo = true
		case c.kind >= mkAtomS:
			in.Op, in.Arg = syntax.InstEmptyWidth, reGroupBit|uint32(c.kind)<<20|uint32(c.reg)
			rp.noMemo = true
		default:
			in.Op, in.Arg = syntax.InstEmptyWidth, markerBit(c.kind)
		}
	}
	rp.prog.NumCap = 2 * (rp.ngroups + 1)
	rp.negCont = map[uint32]uint32{}
	for i, in := range rp.prog.Inst {
		if k := int(in.Arg >> 20 & 0xff); in.Op == syntax.InstEmptyWidth && in.Arg&reGroupBit != 0 && (k == mkNegS || k == mkNBehindS) {
			rp.negCont[uint32(i)] = rp.findEnd(in.Out, in.Arg+1<<20)
		}
	}
}

// findEnd finds the instruction with Arg end reachable from pc without
// passing another such one, and returns what follows it.
func (rp *reProg) findEnd(pc, end uint32) uint32 {
	seen := map[uint32]bool{}
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := rp.prog.Inst[pc]
		switch {
		case in.Op == syntax.InstEmptyWidth && in.Arg == end:
			return in.Out
		case in.Op == syntax.InstAlt || in.Op == syntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case in.Op != syntax.InstMatch && in.Op != syntax.InstFail:
			stack = append(stack, in.Out)
		}
	}
	return 0 // unreachable END: the body cannot match, so 0 (fail) is right
}

// loopInst rewrites the capture instruction at pc of loop group k (two
// per loop: START, END).
func (rp *reProg) loopInst(pc uint32, k int) {
	in := &rp.prog.Inst[pc]
	if in.Arg%2 == 1 {
		in.Op = syntax.InstNop
		return
	}
	reg := uint32(rp.nlook + k/2)
	in.Op = syntax.InstEmptyWidth
	if k%2 == 0 {
		in.Arg = reLoopStart | reg
		return
	}
	in.Arg = reLoopEnd | reg
	// The loop's Alt follows END (through its closing capture). Of its two
	// branches, the one entering the body goes back: syntax.Compile emits
	// a loop's body before its Alt, and what follows after.
	alt := rp.prog.Inst[pc].Out
	for rp.prog.Inst[alt].Op != syntax.InstAlt {
		alt = rp.prog.Inst[alt].Out
	}
	a := rp.prog.Inst[alt]
	exit := a.Arg
	if a.Arg < alt {
		exit = a.Out
	}
	rp.loopExits[pc] = [2]uint32{alt, exit}
}

// setCallEntries finds where each group a subroutine call names starts:
// its first opening capture (copies made by Simplify are the same group).
func (rp *reProg) setCallEntries() {
	if rp.callReg < 0 {
		return
	}
	rp.callEntry = map[int]uint32{0: uint32(rp.prog.Start)}
	for i, in := range rp.prog.Inst {
		if in.Op == syntax.InstCapture && in.Arg%2 == 0 {
			if _, ok := rp.callEntry[int(in.Arg/2)]; !ok {
				rp.callEntry[int(in.Arg/2)] = uint32(i)
			}
		}
	}
}

// setPrefix records the literal start of every match, for a fast scan.
func (rp *reProg) setPrefix() {
	if rp.opts.anchored {
		return
	}
	prefix, _ := rp.prog.Prefix()
	if prefix == "" {
		return
	}
	if rp.opts.unicode {
		rp.prefix = []byte(prefix)
		return
	}
	for _, r := range prefix {
		if r > 0xff {
			rp.prefix = nil
			return
		}
		rp.prefix = append(rp.prefix, byte(r))
	}
}
