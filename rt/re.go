package rt

import (
	"encoding/binary"
	"sort"
	"sync"
	"unicode/utf8"
)

// The re module (OTP 25's regular expressions): compile/1,2, run/2,3,
// replace/3,4, split/2,3, inspect/2 and version/0.
//
// Patterns are PCRE; re_syntax.go translates them to Go's regexp/syntax and
// re_exec.go matches with PCRE's leftmost-first rule. A pattern PCRE
// rejects gives what OTP gives ({error, {Message, Pos}} from compile,
// badarg or {error, {compile, Err}} from run). Back references, lookahead,
// lookbehind, atomic groups, possessive quantifiers, conditional groups
// testing a group, branch reset, \R, \K, recursion and subroutine calls,
// newline conventions and ucp, which RE2 lacks, the matcher runs itself. A
// valid pattern using what neither has (conditions other than a group,
// callouts, control verbs, \C \X, a back reference from inside the
// group it names, the dupnames option, [:graph:] [:print:] [:punct:] under
// ucp) raises error:{unsupported_regex, Feature} instead of matching
// differently.
//
// Known differences, found by checking random patterns against BEAM:
// OTP's PCRE makes a repeat possessive when it believes the next item
// cannot match what the repeat matched, and in unicode mode it believes \w
// matches only ASCII ("\x{ff}*\w" cannot give back a \x{ff} on BEAM; here
// it can); a capture set inside a lookahead or a repeated group that can
// match empty may keep another iteration's value in rare patterns; where
// a search passes the step limit (only patterns with the features the
// matcher runs itself are limited) differs from PCRE's match_limit; and
// some malformed conditions report another error offset.
//
// The compiled form is {re_pattern, Groups, Unicode, 0, Binary} as in OTP
// (split and replace read element 3); the binary holds this runtime's own
// encoding of the options and the source, so a pattern survives being
// sent, stored or serialized, and compiled programs are cached by it.

var (
	reAtomPattern  = Intern("re_pattern")
	reAtomMatch    = Intern("match")
	reAtomNomatch  = Intern("nomatch")
	reAtomOk       = Intern("ok")
	reAtomCompile  = Intern("compile")
	reAtomIndex    = Intern("index")
	reAtomList     = Intern("list")
	reAtomBinary   = Intern("binary")
	reAtomIodata   = Intern("iodata")
	reAtomAll      = Intern("all")
	reAtomNamelist = Intern("namelist")
	reAtomUnsupp   = Intern("unsupported_regex")
)

const reMagic = "E2GO"

// reArgs are the options of a run, replace or split call.
type reArgs struct {
	c       reOpts // compile options, when the pattern is not compiled
	ro      reRunOpts
	global  bool
	report  bool
	offset  int
	capSpec Term // nil: all
	capType Atom
	bsr     int // 1: bsr_anycrlf, 2: bsr_unicode, 0: as compiled
	nl      int // 1 + a newline convention, 0: as compiled
}

// set applies a compile option; ok is false if o is not one.
func (c *reOpts) set(o Term) bool {
	switch x := o.(type) {
	case Atom:
		switch x.Name() {
		case "caseless":
			c.caseless = true
		case "multiline":
			c.multiline = true
		case "dotall":
			c.dotall = true
		case "extended":
			c.extended = true
		case "unicode":
			c.unicode = true
		case "ungreedy":
			c.ungreedy = true
		case "anchored":
			c.anchored = true
		case "dollar_endonly":
			c.dollarEndonly = true
		case "no_auto_capture":
			c.noAutoCapture = true
		case "bsr_anycrlf":
			c.bsrAnycrlf = true
		case "bsr_unicode":
			c.bsrAnycrlf = false
		case "no_start_optimize", "never_utf":
		case "ucp":
			c.ucp = true
		case "firstline":
			c.firstline = true
		case "dupnames":
			Error(NewTuple(reAtomUnsupp, x))
		default:
			return false
		}
		return true
	case *Tuple:
		if len(x.Elems) == 2 && x.Elems[0] == Term(Intern("newline")) {
			c.nl = newlineOf(x)
			return true
		}
	}
	return false
}

// newlineOf reads {newline, NL}.
func newlineOf(t *Tuple) int {
	if a, ok := t.Elems[1].(Atom); ok {
		if nl, ok := map[string]int{"lf": nlLF, "cr": nlCR, "crlf": nlCRLF, "anycrlf": nlAnyCRLF, "any": nlAny}[a.Name()]; ok {
			return nl
		}
	}
	Badarg()
	return 0
}

// parseRunArgs reads run options (and compile options unless compiled).
func parseRunArgs(opts Term, compiled bool) reArgs {
	a := reArgs{capType: reAtomIndex}
	elems, ok := ListToSlice(opts)
	if !ok {
		badoptRaise("re")
	}
	for _, o := range elems {
		if o == Term(Intern("bsr_anycrlf")) || o == Term(Intern("bsr_unicode")) {
			bsr := 1 + b2i(o == Term(Intern("bsr_unicode")))
			if a.bsr != 0 && a.bsr != bsr {
				badoptRaise("re")
			}
			a.bsr = bsr
			a.c.set(o)
			continue
		}
		if !a.runOpt(o) {
			if compiled || !a.c.set(o) {
				badoptRaise("re")
			}
		}
	}
	return a
}

// runOpt applies a run option; ok is false if o is not one.
func (a *reArgs) runOpt(o Term) bool {
	switch x := o.(type) {
	case Atom:
		switch x.Name() {
		case "anchored":
			a.ro.anchored = true
		case "global":
			a.global = true
		case "notbol":
			a.ro.notbol = true
		case "noteol":
			a.ro.noteol = true
		case "notempty":
			a.ro.notempty = true
		case "notempty_atstart":
			a.ro.notemptyAtStart = true
		case "report_errors":
			a.report = true
		default:
			return false
		}
		return true
	case *Tuple:
		return a.runTuple(x)
	}
	return false
}

func (a *reArgs) runTuple(x *Tuple) bool {
	if len(x.Elems) < 2 {
		return false
	}
	tag, ok := x.Elems[0].(Atom)
	if !ok {
		return false
	}
	switch {
	case tag.Name() == "offset" && len(x.Elems) == 2:
		n, ok := IntOf(x.Elems[1])
		if !ok || n < 0 || n > 1<<40 {
			Badarg()
		}
		a.offset = int(n)
	case tag.Name() == "capture" && len(x.Elems) <= 3:
		a.capSpec, a.capType = x.Elems[1], reAtomIndex
		if len(x.Elems) == 3 {
			t, ok := x.Elems[2].(Atom)
			if !ok || t != reAtomIndex && t != reAtomList && t != reAtomBinary {
				Badarg()
			}
			a.capType = t
		}
	case (tag.Name() == "match_limit" || tag.Name() == "match_limit_recursion") && len(x.Elems) == 2:
		if n, ok := IntOf(x.Elems[1]); !ok || n < 0 {
			Badarg()
		}
	case tag.Name() == "newline" && len(x.Elems) == 2:
		a.c.nl = newlineOf(x)
		a.nl = a.c.nl + 1
	default:
		return false
	}
	return true
}

// Compiled programs, by the binary of their compiled form.
var reCache = struct {
	sync.Mutex
	m map[string]*reProg
}{m: map[string]*reProg{}}

func reKey(src []byte, o reOpts) string {
	var b [6]byte
	copy(b[:], reMagic)
	binary.LittleEndian.PutUint16(b[4:], o.bits())
	return string(b[:]) + string(src)
}

// reCompileCached compiles src, or finds it compiled; it panics with
// reError or reUnsupported.
func reCompileCached(src []byte, o reOpts) *reProg {
	key := reKey(src, o)
	reCache.Lock()
	rp := reCache.m[key]
	reCache.Unlock()
	if rp != nil {
		return rp
	}
	rp = compileRE(src, o)
	reCache.Lock()
	if len(reCache.m) >= 4096 {
		clear(reCache.m)
	}
	reCache.m[key] = rp
	reCache.Unlock()
	return rp
}

// reTryCompile compiles, returning the {Message, Pos} of a pattern PCRE
// rejects; unsupported features raise.
func reTryCompile(src []byte, o reOpts) (rp *reProg, errTerm Term) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case reError:
				errTerm = NewTuple(Str(e.msg), BoxInt(Int(e.pos)))
			case reUnsupported:
				Error(NewTuple(reAtomUnsupp, e.feature))
			default:
				panic(r)
			}
		}
	}()
	return reCompileCached(src, o), nil
}

// compiledTerm is the {re_pattern, ...} term of rp.
func (rp *reProg) term() Term {
	u := 0
	if rp.opts.unicode {
		u = 1
	}
	key := reKey(rp.src, rp.opts)
	return NewTuple(reAtomPattern, BoxInt(Int(rp.ngroups)), BoxInt(Int(u)), BoxInt(Int(b2i(rp.crlfStep()))),
		NewBinary([]byte(key)))
}

// crlfStep reports whether the newline convention makes the global loop
// step over \r\n whole (OTP's check_for_crlf).
func (rp *reProg) crlfStep() bool {
	return rp.opts.nl == nlCRLF || rp.opts.nl == nlAnyCRLF || rp.opts.nl == nlAny
}

// compiledProg reads a {re_pattern, ...} term; ok is false for any other
// term, and a malformed one is badarg.
func compiledProg(t Term) (*reProg, bool) {
	tup, ok := t.(*Tuple)
	if !ok || len(tup.Elems) != 5 || tup.Elems[0] != Term(reAtomPattern) {
		return nil, false
	}
	b, ok := tup.Elems[4].(*Binary)
	if !ok || len(b.Data) < 6 || string(b.Data[:4]) != reMagic {
		Badarg()
	}
	o := reOptsFromBits(binary.LittleEndian.Uint16(b.Data[4:6]))
	rp, errTerm := reTryCompile(b.Data[6:], o)
	if errTerm != nil {
		Badarg()
	}
	return rp, true
}

// patternBytes converts a pattern given as iodata (or chardata when
// unicode) to bytes.
func patternBytes(t Term, unicode bool) []byte {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		if unicode && !utf8.Valid(b.Data) {
			Badarg()
		}
		return b.Data
	}
	return reSubject(t, unicode)
}

// reSubject converts a subject: iodata, or chardata (to UTF-8) when unicode.
func reSubject(t Term, unicode bool) []byte {
	if b, ok := t.(*Binary); ok {
		if b.Trail != 0 || unicode && !utf8.Valid(b.Data) {
			Badarg()
		}
		return b.Data
	}
	if unicode {
		b, ok := UnicodeCharactersToBinary1(nil, t).(*Binary)
		if !ok {
			Badarg()
		}
		return b.Data
	}
	out, ok := IolistBytes(nil, t)
	if !ok {
		Badarg()
	}
	return out
}

// ReCompile1 is re:compile/1.
func ReCompile1(p *Process, re Term) Term {
	defer func() { stdlibRecover(recover(), "re", "compile", 0, re) }()
	return ReCompile2(p, re, Nil{})
}

// ReCompile2 is re:compile/2.
func ReCompile2(p *Process, re, opts Term) Term {
	defer func() { stdlibRecover(recover(), "re", "compile", 0, re, opts) }()
	elems, ok := ListToSlice(opts)
	if !ok {
		badoptRaise("re")
	}
	var o reOpts
	for _, e := range elems {
		if !o.set(e) {
			badoptRaise("re")
		}
	}
	rp, errTerm := reTryCompile(patternBytes(re, o.unicode), o)
	if errTerm != nil {
		return NewTuple(AtomError, errTerm)
	}
	return NewTuple(reAtomOk, rp.term())
}

// ReInspect2 is re:inspect/2: {namelist, Names}, sorted.
func ReInspect2(p *Process, mp, item Term) Term {
	rp, ok := compiledProg(mp)
	if !ok || item != Term(reAtomNamelist) {
		Badarg()
	}
	var names []Term
	for _, n := range rp.sortedNames() {
		names = append(names, NewBinary([]byte(n)))
	}
	return NewTuple(reAtomNamelist, List(names...))
}

func (rp *reProg) sortedNames() []string {
	names := make([]string, 0, len(rp.names))
	for n := range rp.names {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ReVersion0 is re:version/0: the PCRE version OTP 25 reports.
func ReVersion0(p *Process) Term { return NewBinary([]byte("8.45 2021-06-15")) }

// ReRun2 is re:run/2.
func ReRun2(p *Process, subject, re Term) Term {
	defer func() { stdlibRecover(recover(), "re", "run", 0, subject, re) }()
	return ReRun3(p, subject, re, Nil{})
}

// ReRun3 is re:run/3.
func ReRun3(p *Process, subject, re, opts Term) Term {
	defer func() { stdlibRecover(recover(), "re", "run", 0, subject, re, opts) }()
	_, compiled := re.(*Tuple)
	a := parseRunArgs(opts, compiled)
	rp, errTerm := reProgram(re, a)
	if errTerm != nil {
		if a.report {
			return NewTuple(AtomError, NewTuple(reAtomCompile, errTerm))
		}
		Badarg()
	}
	s := reSubject(subject, rp.opts.unicode)
	spec := rp.captureSpec(a.capSpec)
	ms, limited := reSearch(rp, s, a)
	if limited && a.report {
		return NewTuple(AtomError, Intern("match_limit"))
	}
	if len(ms) == 0 {
		return reAtomNomatch
	}
	if spec.none {
		return reAtomMatch
	}
	if !a.global {
		return NewTuple(reAtomMatch, spec.values(rp, s, ms[0], a.capType))
	}
	out := make([]Term, len(ms))
	for i, m := range ms {
		out[i] = spec.values(rp, s, m, a.capType)
	}
	return NewTuple(reAtomMatch, List(out...))
}

// reProgramBadarg compiles re with the run options left to re:replace and
// re:split, and reads the subject; a pattern that does not compile is
// badarg there.
func reProgramBadarg(re, subject Term, runOpts []Term) (*reProg, []byte, reArgs) {
	_, compiled := re.(*Tuple)
	a := parseRunArgs(List(runOpts...), compiled)
	rp, errTerm := reProgram(re, a)
	if errTerm != nil {
		Badarg()
	}
	return rp, reSubject(subject, rp.opts.unicode), a
}

// reProgram finds or compiles the pattern of a call.
func reProgram(re Term, a reArgs) (*reProg, Term) {
	if rp, ok := compiledProg(re); ok {
		if a.bsr != 0 && rp.opts.bsrAnycrlf != (a.bsr == 1) || a.nl != 0 && rp.opts.nl != a.nl-1 {
			o := rp.opts // what \R matches and the newline can be chosen when matching
			if a.bsr != 0 {
				o.bsrAnycrlf = a.bsr == 1
			}
			if a.nl != 0 {
				o.nl = a.nl - 1
			}
			return reTryCompile(rp.src, o)
		}
		return rp, nil
	}
	if _, isTuple := re.(*Tuple); isTuple {
		Badarg()
	}
	return reTryCompile(patternBytes(re, a.c.unicode), a.c)
}

// reSearch runs the search, or OTP's global loop, and returns each
// match's captures up to its last set group; limited is true when a
// search passed the step limit (and ended the loop).
func reSearch(rp *reProg, s []byte, a reArgs) (ms [][]int, limited bool) {
	if a.offset > len(s) || rp.opts.unicode && a.offset < len(s) && s[a.offset]&0xc0 == 0x80 {
		Badarg() // past the end, or inside a character
	}
	m := newREMatcher(rp, s)
	if !a.global {
		if caps := m.exec(a.offset, a.ro); caps != nil {
			return [][]int{trimCaps(caps)}, false
		}
		return nil, m.limited
	}
	retry := a.ro
	retry.anchored, retry.notemptyAtStart = true, true
	for x := a.offset; x <= len(s); {
		caps := m.exec(x, a.ro)
		if caps == nil {
			break
		}
		first := trimCaps(caps)
		ms = append(ms, first)
		if first[1] > first[0] {
			x = first[1]
			continue
		}
		// An empty match: OTP retries at the search's offset, anchored and
		// not empty there, and otherwise steps one character past it.
		next := first[0] + 1
		if rp.crlfStep() && first[0]+1 < len(s) && s[first[0]] == '\r' && s[first[0]+1] == '\n' {
			next = first[0] + 2
		} else if first[0] < len(s) {
			next = first[0] + m.width(first[0])
		}
		if again := m.exec(x, retry); again != nil {
			again = trimCaps(again)
			ms = append(ms, again)
			if again[1] > again[0] {
				next = first[0] + again[1] - again[0]
			}
		}
		x = next
	}
	return ms, m.limited
}

// trimCaps copies the slots up to the last group that is set.
func trimCaps(caps []int) []int {
	n := len(caps)
	for n > 2 && caps[n-2] < 0 {
		n -= 2
	}
	return append([]int(nil), caps[:n]...)
}

// reCapSpec is what a capture option asks for.
type reCapSpec struct {
	none   bool
	all    bool  // every group up to the last set one
	groups []int // else these groups (-1: no such group)
	strip  bool  // all_but_first
}

// captureSpec reads the ValueSpec of {capture, ValueSpec[, Type]}.
func (rp *reProg) captureSpec(v Term) reCapSpec {
	if v == nil {
		return reCapSpec{all: true}
	}
	switch x := v.(type) {
	case Atom:
		switch x.Name() {
		case "all":
			return reCapSpec{all: true}
		case "all_but_first":
			return reCapSpec{all: true, strip: true}
		case "first":
			return reCapSpec{groups: []int{0}}
		case "none":
			return reCapSpec{none: true}
		case "all_names":
			if len(rp.names) == 0 {
				return reCapSpec{none: true}
			}
			var gs []int
			for _, n := range rp.sortedNames() {
				gs = append(gs, rp.names[n])
			}
			return reCapSpec{groups: gs}
		}
	case Nil:
		return reCapSpec{none: true}
	case *Cons:
		ids, ok := ListToSlice(x)
		if !ok {
			Badarg()
		}
		gs := make([]int, len(ids))
		for i, id := range ids {
			gs[i] = rp.groupOf(id)
		}
		return reCapSpec{groups: gs}
	}
	Badarg()
	return reCapSpec{}
}

// groupOf resolves a group number or name; -1 if there is no such group.
func (rp *reProg) groupOf(id Term) int {
	var name string
	switch x := id.(type) {
	case Small:
		n := x.Int()
		if n < 0 {
			Badarg()
		}
		if int(n) > rp.ngroups {
			return -1
		}
		return int(n)
	case Atom:
		name = x.Name()
	case *Binary:
		name = string(x.Data)
	default:
		s, ok := ListToString(id)
		if !ok {
			Badarg()
		}
		name = s
	}
	if g, ok := rp.names[name]; ok {
		return g
	}
	return -1
}

// values builds the captured values of one match.
func (spec reCapSpec) values(rp *reProg, s []byte, caps []int, typ Atom) Term {
	var gs []int
	if spec.all {
		for g := 0; 2*g < len(caps); g++ {
			gs = append(gs, g)
		}
		if spec.strip {
			gs = gs[1:]
		}
	} else {
		gs = spec.groups
	}
	out := make([]Term, len(gs))
	for i, g := range gs {
		lo, hi := -1, -1
		if g >= 0 && 2*g < len(caps) {
			lo, hi = caps[2*g], caps[2*g+1]
		}
		out[i] = rp.value(s, lo, hi, typ)
	}
	return List(out...)
}

// value is one captured part as index, list or binary.
func (rp *reProg) value(s []byte, lo, hi int, typ Atom) Term {
	switch {
	case typ == reAtomIndex && lo < 0:
		return NewTuple(BoxInt(-1), BoxInt(0))
	case typ == reAtomIndex:
		return NewTuple(BoxInt(Int(lo)), BoxInt(Int(hi-lo)))
	case typ == reAtomBinary && lo < 0:
		return NewBinary(nil)
	case typ == reAtomBinary:
		return subBinary(s, lo, hi)
	case lo < 0:
		return Nil{}
	}
	return rp.chars(s[lo:hi])
}

// chars is part of a subject as a list of characters.
func (rp *reProg) chars(b []byte) Term {
	if !rp.opts.unicode {
		return byteList(b)
	}
	return Str(string(b))
}

// ReReplace3 is re:replace/3.
func ReReplace3(p *Process, subject, re, repl Term) Term {
	defer func() { stdlibRecover(recover(), "re", "replace", 969, subject, re, repl) }()
	return reReplace(subject, re, repl, Nil{}, true)
}

// ReReplace4 is re:replace/4. The default return, iodata, is built as
// OTP builds it: the untouched parts and the replacements as binaries,
// with what follows the last match as the list's tail, or the subject
// itself when nothing matched.
func ReReplace4(p *Process, subject, re, repl, opts Term) Term {
	defer func() { stdlibRecover(recover(), "re", "replace", 969, subject, re, repl, opts) }()
	return reReplace(subject, re, repl, opts, false)
}

// reReplace is replace/3 (allBadarg: every error is badarg, as replace/3
// catches them) and replace/4.
func reReplace(subject, re, repl, opts Term, allBadarg bool) Term {
	elems, ok := ListToSlice(opts)
	if !ok {
		Badarg()
	}
	ret := reAtomIodata
	var runOpts []Term
	for _, o := range elems {
		if t, ok := o.(*Tuple); ok && len(t.Elems) >= 2 && t.Elems[0] == Term(Intern("capture")) {
			Badarg()
		}
		if o == Term(Intern("report_errors")) {
			Badarg()
		}
		if r, isReturn := returnOpt(o); isReturn {
			ret = r
			continue
		}
		runOpts = append(runOpts, o)
	}
	rp, s, a := reProgramBadarg(re, subject, runOpts)
	parts := precompRepl(reSubject(repl, rp.opts.unicode), allBadarg)
	a.capSpec = nil
	ms, _ := reSearch(rp, s, a)
	if len(ms) == 0 {
		if ret == reAtomIodata {
			return subject
		}
		return rp.flatResult(s, ret)
	}
	io := replaceIolist(s, parts, ms)
	if ret == reAtomIodata {
		return io
	}
	flat, _ := IolistBytes(nil, io)
	return rp.flatResult(flat, ret)
}

// returnOpt reads {return, iodata | list | binary}; isReturn is false for
// other options, and another return type is badarg.
func returnOpt(o Term) (ret Atom, isReturn bool) {
	t, ok := o.(*Tuple)
	if !ok || len(t.Elems) != 2 || t.Elems[0] != Term(Intern("return")) {
		return Atom{}, false
	}
	r, ok := t.Elems[1].(Atom)
	if !ok || r != reAtomIodata && r != reAtomList && r != reAtomBinary {
		Badarg()
	}
	return r, true
}

// flatResult is bytes as the binary or list a return option asks for.
func (rp *reProg) flatResult(b []byte, ret Atom) Term {
	if ret == reAtomList {
		return rp.chars(b)
	}
	return NewBinary(b)
}

// replPart is a piece of a replacement: literal bytes, or group (>= 0).
type replPart struct {
	lit   []byte
	group int
}

// precompRepl parses a replacement: & is the match, \N, \gN and \g{N}
// group N, \ before anything else that character. A \g{N without its
// brace is error:{badmatch, _} as in OTP, or badarg when allBadarg.
func precompRepl(r []byte, allBadarg bool) []replPart {
	var parts []replPart
	lit := func(c byte) {
		if n := len(parts); n > 0 && parts[n-1].group < 0 {
			parts[n-1].lit = append(parts[n-1].lit, c)
			return
		}
		parts = append(parts, replPart{lit: []byte{c}, group: -1})
	}
	for i := 0; i < len(r); {
		c := r[i]
		switch {
		case c == '&':
			parts = append(parts, replPart{group: 0})
			i++
		case c != '\\' || i+1 == len(r):
			lit(c)
			i++
		case r[i+1] == 'g' && i+2 < len(r):
			braced := r[i+2] == '{' && i+3 < len(r)
			j := i + 2
			if braced {
				j++
			}
			k := digitsEnd(r, j)
			if braced && (k == len(r) || r[k] != '}') {
				if allBadarg {
					Badarg()
				}
				// OTP's pattern match on the closing brace fails.
				Error(NewTuple(AtomBadmatch, NewTuple(byteList(r[j:k]), NewBinary(r[k:]))))
			}
			parts = append(parts, replPart{group: replNumber(r[j:k])})
			if i = k; braced {
				i++
			}
		case r[i+1] < '1' || r[i+1] > '9':
			lit(r[i+1])
			i += 2
		default:
			k := digitsEnd(r, i+1)
			parts = append(parts, replPart{group: replNumber(r[i+1 : k])})
			i = k
		}
	}
	return parts
}

// digitsEnd is where the digits starting at r[i] end.
func digitsEnd(r []byte, i int) int {
	for i < len(r) && r[i] >= '0' && r[i] <= '9' {
		i++
	}
	return i
}

// replNumber is the group number in digits; none is badarg (OTP's
// list_to_integer([])).
func replNumber(digits []byte) int {
	if len(digits) == 0 {
		Badarg()
	}
	n := 0
	for _, d := range digits {
		n = min(n*10+int(d-'0'), 1<<30)
	}
	return n
}

// replaceIolist builds replace's iodata result.
func replaceIolist(s []byte, parts []replPart, ms [][]int) Term {
	var elems []Term
	pos := 0
	for _, m := range ms {
		if m[0] > pos {
			elems = append(elems, subBinary(s, pos, m[0]))
		}
		elems = append(elems, replacement(s, parts, m))
		pos = m[1]
	}
	var tail Term = Nil{}
	if pos < len(s) {
		tail = subBinary(s, pos, len(s))
	}
	return ListWithTail(tail, elems...)
}

// replacement is the text replacing one match.
func replacement(s []byte, parts []replPart, m []int) Term {
	if len(parts) == 1 && parts[0].group < 0 {
		return NewBinary(parts[0].lit)
	}
	out := make([]Term, len(parts))
	for i, pt := range parts {
		switch g := pt.group; {
		case g < 0:
			out[i] = NewBinary(pt.lit)
		case 2*g >= len(m) || m[2*g] < 0:
			out[i] = NewBinary(nil)
		default:
			out[i] = subBinary(s, m[2*g], m[2*g+1])
		}
	}
	return List(out...)
}

// ReSplit2 is re:split/2.
func ReSplit2(p *Process, subject, re Term) Term {
	defer func() { stdlibRecover(recover(), "re", "split", 969, subject, re) }()
	return ReSplit3(p, subject, re, Nil{})
}

// ReSplit3 is re:split/3.
func ReSplit3(p *Process, subject, re, opts Term) Term {
	defer func() { stdlibRecover(recover(), "re", "split", 969, subject, re, opts) }()
	elems, ok := ListToSlice(opts)
	if !ok {
		Badarg()
	}
	ret, limit, strip, group := reAtomIodata, -1, false, false
	var runOpts []Term
	for _, o := range elems {
		if r, isReturn := returnOpt(o); isReturn {
			ret = r
			continue
		}
		switch x := o.(type) {
		case Atom:
			switch x.Name() {
			case "trim":
				limit, strip = -1, true
				continue
			case "group":
				group = true
				continue
			case "global", "report_errors":
				Badarg()
			}
		case *Tuple:
			if len(x.Elems) >= 2 && x.Elems[0] == Term(Intern("capture")) {
				Badarg()
			}
			if len(x.Elems) == 2 && x.Elems[0] == Term(Intern("parts")) {
				limit, strip = splitParts(x.Elems[1])
				continue
			}
		}
		runOpts = append(runOpts, o)
	}
	rp, s, a := reProgramBadarg(re, subject, runOpts)
	a.global, a.capSpec = true, nil
	ms, _ := reSearch(rp, s, a)
	var pieces [][]Term
	if len(ms) == 0 {
		pieces = [][]Term{{NewBinary(s)}}
	} else {
		pieces = splitPieces(s, ms, rp.ngroups, limit)
		if strip {
			pieces = stripEmpty(pieces, group)
		}
	}
	return rp.splitResult(pieces, group, ret)
}

// splitParts reads {parts, N}: the limit on splits (-1: none) and whether
// empty trailing parts go.
func splitParts(n Term) (limit int, strip bool) {
	switch x := n.(type) {
	case Small:
		k := x.Int()
		if k == 0 {
			return -1, true
		}
		if k > 0 {
			return int(min(k, 1<<40)) - 1, false
		}
	case *BigInt:
		if x.v.Sign() > 0 {
			return 1<<40 - 1, false
		}
	case Atom:
		if x == AtomInfinity {
			return -1, false
		}
	}
	Badarg()
	return 0, false
}

// splitPieces cuts s at the matches: each piece is the text before a
// match and then the match's groups. An empty match right where the
// previous one ended, with only empty groups, cuts nothing.
func splitPieces(s []byte, ms [][]int, ngroups, limit int) [][]Term {
	var pieces [][]Term
	off := 0
	for _, m := range ms {
		if limit == 0 {
			break
		}
		if len(s) <= off {
			return append(pieces, []Term{NewBinary(nil)})
		}
		if m[0] == off && m[1] == m[0] && emptyGroups(m) {
			continue
		}
		piece := []Term{subBinary(s, off, m[0])}
		for g := 1; g <= ngroups; g++ {
			switch {
			case 2*g >= len(m) || m[2*g] < 0:
				piece = append(piece, NewBinary(nil))
			default:
				piece = append(piece, subBinary(s, m[2*g], m[2*g+1]))
			}
		}
		pieces = append(pieces, piece)
		off = m[1]
		limit--
	}
	return append(pieces, []Term{subBinary(s, off, len(s))})
}

func emptyGroups(m []int) bool {
	for g := 2; g < len(m); g += 2 {
		if m[g] >= 0 && m[g+1] > m[g] {
			return false
		}
	}
	return true
}

// stripEmpty drops the empty parts at the end (with group, the trailing
// groups whose parts are all empty).
func stripEmpty(pieces [][]Term, group bool) [][]Term {
	isEmpty := func(t Term) bool { return len(t.(*Binary).Data) == 0 }
	if group {
		for n := len(pieces); n > 0; n-- {
			for _, t := range pieces[n-1] {
				if !isEmpty(t) {
					return pieces[:n]
				}
			}
		}
		return nil
	}
	var flat []Term
	for _, pc := range pieces {
		flat = append(flat, pc...)
	}
	n := len(flat)
	for n > 0 && isEmpty(flat[n-1]) {
		n--
	}
	return [][]Term{flat[:n]}
}

// splitResult converts the pieces to split's result.
func (rp *reProg) splitResult(pieces [][]Term, group bool, ret Atom) Term {
	conv := func(t Term) Term {
		if ret == reAtomList {
			return rp.chars(t.(*Binary).Data)
		}
		return t
	}
	if group {
		out := make([]Term, len(pieces))
		for i, pc := range pieces {
			elems := make([]Term, len(pc))
			for j, t := range pc {
				elems[j] = conv(t)
			}
			out[i] = List(elems...)
		}
		return List(out...)
	}
	var out []Term
	for _, pc := range pieces {
		for _, t := range pc {
			out = append(out, conv(t))
		}
	}
	return List(out...)
}
