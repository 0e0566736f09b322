package rt

import (
	"bytes"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// The matcher for re: a backtracker over the syntax.Prog that
// re_syntax.go compiled. Trying alternatives in the program's priority
// order gives PCRE's leftmost-first answer, captures included; a bitmap of
// visited (instruction, position) pairs keeps it linear in the subject, as
// a state reached twice fails the second time just as it did the first.
// The bitmap is shared by the start positions of one search (a state that
// failed from an earlier start fails from a later one too) and cleared
// only over the positions a search touched, so that a global search over a
// long subject stays linear.

// reRunOpts are the options of one search.
type reRunOpts struct {
	anchored, notempty, notemptyAtStart, notbol, noteol bool
}

// reMatcher searches one subject, possibly many times.
type reMatcher struct {
	rp      *reProg
	s       []byte
	ninst   int
	visited []uint32
	lo, hi  int // the positions whose visited bits may be set
	jobs    []reJob
	caps    []int
	regs    []int     // registers of lookahead, atomic groups and empty-matching loops
	opened  []int     // where each group opened: set in caps when it closes, as PCRE does
	frames  []reFrame // subroutine calls, innermost last; regs[callReg] is the current one
	steps   int       // instructions run without the bitmap, against reStepLimit
	limited bool      // a search passed reStepLimit
	offset  int       // where this search started (\G, notempty_atstart)
	start   int       // where the current attempt started
	o       reRunOpts
}

// reJob is a branch to try later, or a slot to restore.
type reJob struct {
	pc   uint32
	pos  int
	slot int // >= 0: restore caps[slot] (or regs[slot-len(caps)]) to pos
}

// reStepLimit bounds the attempt at one start position by a program that
// runs without the bitmap, as PCRE's match_limit (10,000,000) does.
const reStepLimit = 10_000_000

// errMatchLimit is raised when a search passes reStepLimit.
type errMatchLimit struct{}

func newREMatcher(rp *reProg, s []byte) *reMatcher {
	return &reMatcher{rp: rp, s: s, ninst: len(rp.prog.Inst), caps: make([]int, rp.prog.NumCap),
		regs: make([]int, rp.nlook+rp.nloops), opened: make([]int, rp.prog.NumCap/2), lo: len(s) + 1}
}

// exec searches from offset and returns the match's capture slots (start
// and end of each group, -1 when unset), or nil. The slice is reused by
// the next call. A search that passes reStepLimit finds nothing and sets
// m.limited.
func (m *reMatcher) exec(offset int, o reRunOpts) (caps []int) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errMatchLimit); !ok {
				panic(r)
			}
			m.limited, caps = true, nil
		}
	}()
	m.clearVisited()
	m.offset, m.o = offset, o
	anchored := o.anchored || m.rp.opts.anchored
	last := len(m.s) // the last place a match may start
	if m.rp.opts.firstline {
		for p := offset; p < len(m.s); p++ {
			if m.newlineAt(p) > 0 {
				last = p
				break
			}
		}
	}
	for s := offset; s <= last; {
		if !anchored && m.rp.prefix != nil {
			i := bytes.Index(m.s[s:], m.rp.prefix)
			if i < 0 || s+i > last {
				return nil
			}
			s += i
		}
		if m.try(s) {
			return m.caps
		}
		if anchored || s >= last {
			return nil
		}
		if m.rp.crlfStep() && !m.rp.hasCRLF && s+1 < len(m.s) && m.s[s] == '\r' && m.s[s+1] == '\n' {
			s++ // PCRE steps over \r\n whole when the pattern names neither
		}
		s += m.width(s)
	}
	return nil
}

// width is the length of the character at pos.
func (m *reMatcher) width(pos int) int {
	if !m.rp.opts.unicode {
		return 1
	}
	_, w := utf8.DecodeRune(m.s[pos:])
	return w
}

// char is the character at pos and its length; w is 0 at the end.
func (m *reMatcher) char(pos int) (r rune, w int) {
	if pos >= len(m.s) {
		return -1, 0
	}
	if c := m.s[pos]; c < utf8.RuneSelf || !m.rp.opts.unicode {
		return rune(c), 1
	}
	return utf8.DecodeRune(m.s[pos:])
}

// before is the character that ends at pos, or -1 at the start.
func (m *reMatcher) before(pos int) rune {
	if pos == 0 {
		return -1
	}
	if c := m.s[pos-1]; c < utf8.RuneSelf || !m.rp.opts.unicode {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRune(m.s[:pos])
	return r
}

func (m *reMatcher) clearVisited() {
	if m.visited == nil {
		m.visited = make([]uint32, ((len(m.s)+1)*m.ninst+31)/32)
		return
	}
	if m.hi < m.lo {
		return
	}
	from, to := m.lo*m.ninst/32, ((m.hi+1)*m.ninst+31)/32
	clear(m.visited[from:min(to, len(m.visited))])
	m.lo, m.hi = len(m.s)+1, -1
}

// visit marks (pc, pos) and reports whether it was new. A program with
// loop registers (markEmptyLoops) runs without the bitmap, since there the
// future of a state also depends on the registers (and atomic groups and
// lookahead cut alternatives); its empty-iteration test is what stops it
// looping, and reStepLimit what bounds it.
func (m *reMatcher) visit(pc uint32, pos int) bool {
	if m.rp.noMemo {
		if m.steps++; m.steps > reStepLimit {
			panic(errMatchLimit{})
		}
		return true
	}
	k := uint(pos*m.ninst) + uint(pc)
	w, b := k/32, uint32(1)<<(k%32)
	if m.visited[w]&b != 0 {
		return false
	}
	m.visited[w] |= b
	m.lo, m.hi = min(m.lo, pos), max(m.hi, pos)
	return true
}

// try runs the program from start; on success m.caps holds the match.
func (m *reMatcher) try(start int) bool {
	for i := range m.caps {
		m.caps[i] = -1
	}
	if m.rp.keepReg >= 0 {
		m.regs[m.rp.keepReg] = -1
	}
	m.steps = 0 // PCRE counts its match_limit afresh at each start position
	m.start = start
	m.jobs = append(m.jobs[:0], reJob{pc: uint32(m.rp.prog.Start), pos: start, slot: -1})
	if m.rp.callReg >= 0 {
		m.regs[m.rp.callReg] = 0
		m.frames = m.frames[:0]
	}
	for len(m.jobs) > 0 {
		j := m.jobs[len(m.jobs)-1]
		m.jobs = m.jobs[:len(m.jobs)-1]
		if j.slot >= 0 {
			m.restore(j)
			continue
		}
		if m.run(j.pc, j.pos) {
			return true
		}
	}
	return false
}

// restore undoes the change a restore job recorded.
func (m *reMatcher) restore(j reJob) {
	switch k := j.slot - len(m.caps); {
	case k >= len(m.regs):
		m.opened[k-len(m.regs)] = j.pos
	case k >= 0:
		m.regs[k] = j.pos
	default:
		m.caps[j.slot] = j.pos
	}
}

// reFrame is a subroutine call in progress.
type reFrame struct {
	group  int
	ret    uint32 // where to go on after it
	height int    // the backtrack stack when it began
	parent int    // the frame of the caller, 1-based, or 0
}

// call starts a subroutine call of group g at the instruction pc.
func (m *reMatcher) call(pc uint32, g int) uint32 {
	if len(m.frames) > 100_000 {
		panic(errMatchLimit{})
	}
	parent := m.regs[m.rp.callReg]
	m.saveReg(m.rp.callReg, len(m.frames)+1)
	m.frames = append(m.frames, reFrame{group: g, ret: m.rp.prog.Inst[pc].Out, height: len(m.jobs), parent: parent})
	return m.rp.callEntry[g]
}

// returning reports whether group g ends the innermost call, and if so
// ends it as PCRE does: atomically, with the captures it set undone.
func (m *reMatcher) returning(g int) (uint32, bool) {
	top := -1
	if m.rp.callReg >= 0 {
		top = m.regs[m.rp.callReg] - 1
	}
	if top < 0 || m.frames[top].group != g {
		return 0, false
	}
	f := m.frames[top]
	for len(m.jobs) > f.height {
		j := m.jobs[len(m.jobs)-1]
		m.jobs = m.jobs[:len(m.jobs)-1]
		if j.slot >= 0 {
			m.restore(j)
		}
	}
	m.regs[m.rp.callReg] = f.parent
	return f.ret, true
}

// run follows one thread until it fails (false) or matches (true),
// pushing the alternatives it passes.
func (m *reMatcher) run(pc uint32, pos int) bool {
	insts := m.rp.prog.Inst
	for m.visit(pc, pos) {
		in := &insts[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			m.jobs = append(m.jobs, reJob{pc: in.Arg, pos: pos, slot: -1})
		case syntax.InstCapture:
			if in.Arg%2 == 1 {
				if ret, ok := m.returning(int(in.Arg / 2)); ok {
					pc = ret
					continue
				}
			}
			// A group's start and end change together when it closes, so a
			// back reference inside it sees the previous iteration's value.
			if slot := int(in.Arg); slot < len(m.caps) && slot%2 == 0 {
				m.jobs = append(m.jobs, reJob{pos: m.opened[slot/2], slot: len(m.caps) + len(m.regs) + slot/2})
				m.opened[slot/2] = pos
			} else if slot < len(m.caps) {
				m.jobs = append(m.jobs, reJob{pos: m.caps[slot-1], slot: slot - 1}, reJob{pos: m.caps[slot], slot: slot})
				m.caps[slot-1], m.caps[slot] = m.opened[slot/2], pos
			}
		case syntax.InstEmptyWidth:
			if in.Arg&reLoopStart != 0 {
				r := int(in.Arg &^ reLoopStart)
				m.jobs = append(m.jobs, reJob{pos: m.regs[r], slot: len(m.caps) + r})
				m.regs[r] = pos
			} else if in.Arg&reLoopEnd != 0 {
				// An iteration that matched nothing ends the loop.
				next := m.rp.loopExits[pc]
				if pos == m.regs[in.Arg&^reLoopEnd] {
					pc = next[1]
				} else {
					pc = next[0]
				}
				continue
			} else if in.Arg&reGroupBit != 0 && int(in.Arg>>20&0xff) == mkCall {
				pc = m.call(pc, int(in.Arg&0xfffff))
				continue
			} else if in.Arg&reGroupBit != 0 {
				next, ok := m.group(pc, in.Arg, pos)
				if !ok {
					return false
				}
				pos = next
			} else if !m.assert(in.Arg, pos) {
				return false
			}
		case syntax.InstNop:
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			r, w := m.char(pos)
			if w == 0 || !matchRuneInst(in, r) {
				return false
			}
			pos += w
		case syntax.InstMatch:
			if ret, ok := m.returning(0); ok {
				pc = ret
				continue
			}
			start := m.start
			if k := m.rp.keepReg; k >= 0 && m.regs[k] >= 0 {
				start = m.regs[k] // \K
			}
			if pos == start && (m.o.notempty || m.o.notemptyAtStart && start == m.offset) {
				return false
			}
			m.caps[0], m.caps[1] = start, pos
			return true
		default:
			return false
		}
		pc = in.Out
	}
	return false
}

// newlineAt is the length of the newline (by the pattern's convention)
// that starts at pos < len, or 0.
func (m *reMatcher) newlineAt(pos int) int {
	c := m.s[pos]
	crlf := c == '\r' && pos+1 < len(m.s) && m.s[pos+1] == '\n'
	switch m.rp.opts.nl {
	case nlCR:
		return b2i(c == '\r')
	case nlCRLF:
		return 2 * b2i(crlf)
	case nlAnyCRLF, nlAny:
		if crlf {
			return 2
		}
		if c == '\r' || c == '\n' {
			return 1
		}
		if m.rp.opts.nl == nlAnyCRLF {
			return 0
		}
		if r, w := m.char(pos); r == 0x0b || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return w
		}
		return 0
	}
	return b2i(c == '\n')
}

// newlineBefore reports whether a newline ends at pos > 0.
func (m *reMatcher) newlineBefore(pos int) bool {
	switch m.rp.opts.nl {
	case nlCRLF:
		return pos >= 2 && m.s[pos-2] == '\r' && m.s[pos-1] == '\n'
	case nlAny:
		r := m.before(pos)
		return r == '\n' || r == 0x0b || r == '\f' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029
	case nlAnyCRLF:
		return m.s[pos-1] == '\n' || m.s[pos-1] == '\r'
	case nlCR:
		return m.s[pos-1] == '\r'
	}
	return m.s[pos-1] == '\n'
}

// group runs the START or END of an atomic group or a lookahead at pos;
// it returns the position to go on from, or false to fail.
func (m *reMatcher) group(pc, arg uint32, pos int) (int, bool) {
	r := int(arg & 0xfffff)
	switch int(arg >> 20 & 0xff) {
	case mkBehindS, mkNBehindS:
		return m.behind(pc, r, pos, int(arg>>20&0xff) == mkNBehindS)
	case mkBehindE, mkNBehindE:
		if pos != m.regs[r+1] {
			return 0, false
		}
		m.cut(m.regs[r])
		return pos, int(arg>>20&0xff) == mkBehindE
	case mkAtomS:
		m.saveReg(r, len(m.jobs)+1)
	case mkAheadS:
		m.saveReg(r+1, pos)
		m.saveReg(r, len(m.jobs)+1)
	case mkNegS:
		m.saveReg(r, len(m.jobs)+1)
		m.jobs = append(m.jobs, reJob{pc: m.rp.negCont[pc], pos: pos, slot: -1})
	case mkAtomE:
		m.cut(m.regs[r])
	case mkAheadE:
		m.cut(m.regs[r])
		return m.regs[r+1], true
	case mkNegE:
		m.cut(m.regs[r])
		return 0, false
	case mkBackref:
		return m.backref(int(arg&(reFoldBit-1)), arg&reFoldBit != 0, pos)
	case mkKeep:
		m.saveReg(r, pos)
	case mkIfSet, mkIfUnset:
		set := 2*r < len(m.caps) && m.caps[2*r] >= 0
		return pos, set == (int(arg>>20&0xff) == mkIfSet)
	}
	return pos, true
}

// backref matches again at pos what group g matched; a group that is not
// set matches nothing, as in PCRE.
func (m *reMatcher) backref(g int, fold bool, pos int) (int, bool) {
	if 2*g+1 >= len(m.caps) || m.caps[2*g] < 0 {
		return 0, false
	}
	want := m.s[m.caps[2*g]:m.caps[2*g+1]]
	if !fold {
		if !bytes.HasPrefix(m.s[pos:], want) {
			return 0, false
		}
		return pos + len(want), true
	}
	for i := 0; i < len(want); {
		a, wa := m.char(m.caps[2*g] + i)
		b, wb := m.char(pos)
		if wb == 0 || !sameFold(a, b) {
			return 0, false
		}
		i, pos = i+wa, pos+wb
	}
	return pos, true
}

// sameFold reports whether a and b are equal under simple case folding.
func sameFold(a, b rune) bool {
	for f := a; ; {
		if f == b {
			return true
		}
		if f = unicode.SimpleFold(f); f == a {
			return false
		}
	}
}

// behind starts a lookbehind at pos: its body runs from each place that
// lies as many characters back as the body can be long, nearest first, and
// its END accepts only a run that ends at pos.
func (m *reMatcher) behind(pc uint32, r, pos int, negative bool) (int, bool) {
	lens := m.rp.lbLens[r]
	var starts []int
	p := pos
	for k := 0; k <= lens[1] && p >= 0; k++ {
		if k >= lens[0] {
			starts = append(starts, p)
		}
		if p == 0 {
			break
		}
		p -= m.widthBefore(p)
	}
	m.saveReg(r+1, pos)
	m.saveReg(r, 0)
	m.regs[r] = len(m.jobs)
	if negative {
		m.jobs = append(m.jobs, reJob{pc: m.rp.negCont[pc], pos: pos, slot: -1})
	}
	if len(starts) == 0 {
		return 0, false
	}
	body := m.rp.prog.Inst[pc].Out
	for i := len(starts) - 1; i > 0; i-- {
		m.jobs = append(m.jobs, reJob{pc: body, pos: starts[i], slot: -1})
	}
	return starts[0], true
}

// widthBefore is the length of the character that ends at pos > 0.
func (m *reMatcher) widthBefore(pos int) int {
	if !m.rp.opts.unicode {
		return 1
	}
	_, w := utf8.DecodeLastRune(m.s[:pos])
	return w
}

// saveReg sets register r, to be restored on backtracking.
func (m *reMatcher) saveReg(r, v int) {
	m.jobs = append(m.jobs, reJob{pos: m.regs[r], slot: len(m.caps) + r})
	m.regs[r] = v
}

// cut drops the alternatives pushed since the stack had height h, keeping
// the restores of captures and registers.
func (m *reMatcher) cut(h int) {
	kept := h
	for _, j := range m.jobs[h:] {
		if j.slot >= 0 {
			m.jobs[kept] = j
			kept++
		}
	}
	m.jobs = m.jobs[:kept]
}

func matchRuneInst(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// assert tests an empty-width instruction at pos: Go's own flags (only
// \A, \z, \b and \B reach here) and the markers of re_syntax.go.
func (m *reMatcher) assert(arg uint32, pos int) bool {
	n := len(m.s)
	atEnd := pos == n
	beforeFinalNL := !atEnd && m.newlineAt(pos) == n-pos
	switch {
	case arg&uint32(syntax.EmptyBeginText) != 0:
		return pos == 0
	case arg&uint32(syntax.EmptyEndText) != 0:
		return atEnd
	case arg&uint32(syntax.EmptyWordBoundary|syntax.EmptyNoWordBoundary) != 0:
		r, _ := m.char(pos)
		isWord := isREWord
		if m.rp.opts.ucp {
			isWord = isUCPWord
		}
		boundary := isWord(m.before(pos)) != isWord(r)
		return boundary == (arg&uint32(syntax.EmptyWordBoundary) != 0)
	case arg&markerBit(mkCirc) != 0:
		return pos == 0 && !m.o.notbol
	case arg&markerBit(mkCircM) != 0:
		return pos == 0 && !m.o.notbol || pos > 0 && pos < n && m.newlineBefore(pos)
	case arg&markerBit(mkDollar) != 0:
		return !m.o.noteol && (atEnd || beforeFinalNL)
	case arg&markerBit(mkDollarE) != 0:
		return !m.o.noteol && atEnd
	case arg&markerBit(mkDollarM) != 0:
		return atEnd && !m.o.noteol || !atEnd && m.newlineAt(pos) > 0
	case arg&markerBit(mkBigZ) != 0:
		return atEnd || beforeFinalNL
	case arg&markerBit(mkNotCRLF) != 0:
		return !(pos+1 < n && m.s[pos] == '\r' && m.s[pos+1] == '\n')
	case arg&markerBit(mkG) != 0:
		return pos == m.offset
	}
	return false
}
