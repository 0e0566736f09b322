package rt

// The rand module of OTP 25: its algorithms, states and seeding.
//
// A state is {AlgHandler, AlgState} as in rand.erl. AlgHandler is a map
// built once per algorithm, holding the algorithm's funs as rand.beam's
// own funs print (#Fun<rand.Index.34006561>), so a state prints, compares
// and matches as on BEAM, and calling the funs in it works. rt recognises
// its handler maps by pointer (or, for a copy, by value) and runs the
// algorithm in Go; a handler map made by other code raises notsup, as rt
// cannot run its funs the way rand.erl would. The dummy algorithm of
// rand's test suites is here too: its draws are constants.
//
// The process's own state lives in the process dictionary under
// rand_seed, exactly as OTP keeps it; a process that draws before seeding
// seeds itself with exsss from its pid, the time and a unique integer.

var (
	atomRand       = Intern("rand")
	atomRandSeed   = Intern("rand_seed")
	atomRandType   = Intern("type")
	atomRandBits   = Intern("bits")
	atomRandWeak   = Intern("weak_low_bits")
	atomRandMax    = Intern("max")
	atomRandNext   = Intern("next")
	atomRandUnif   = Intern("uniform")
	atomRandUnifN  = Intern("uniform_n")
	atomRandJump   = Intern("jump")
	atomRandExsss  = Intern("exsss")
	atomRandDflt   = Intern("default")
	atomNotsup     = Intern("notsup")
	atomZeroSeed   = Intern("zero_seed")
	atomManySeeds  = Intern("too_many_seed_integers")
	atomNonIntSeed = Intern("non_integer_seed")
	atomNotImpl    = Intern("not_implemented")
)

// randAlg is one algorithm: its handler map's fields and its code.
type randAlg struct {
	name       string
	bits, weak uint   // bits is 0 for the old algorithms, which have max
	max        uint64 // 2^58-1 or 2^64-1
	dummy      bool   // uniform gives 0.5 and uniform_n 1, whatever the state
	funs       [4]int // the indices of next, uniform, uniform_n, jump (-1: none)

	next func(*Process, Term) (uint64, Term)
	jump func(*Process, Term) Term // nil: not_implemented

	// Seeding: seedN words of 58 or (wide) 64 bits from a list or an
	// integer, or the algorithm's own mixing of an integer triple.
	seedFun            string // rand.erl's seed function, for traces
	seedLine, listLine int    // its first line, and its list clause's call of seed_nz
	seedN              int
	wide               bool
	words              func(*Process, []uint64) Term
	triple             func(*Process, [3]uint64) Term
	seedAny            func(*Process, Term, []erlFrame) Term // all of seeding, for dummy

	handler *Map
}

// The rand.erl names of the funs a handler may hold, by index.
var randFunNames = map[int]struct {
	name  string
	arity int
}{
	0: {"exsss_next", 1}, 1: {"exsss_uniform", 1}, 2: {"exsss_uniform", 2}, 3: {"exsplus_jump", 1},
	5: {"exsp_next", 1}, 7: {"exsp_uniform", 1}, 8: {"exsp_uniform", 2}, 9: {"exs64_next", 1},
	11: {"exs1024_next", 1}, 12: {"exs1024_jump", 1}, 14: {"exrop_next", 1}, 15: {"exrop_uniform", 1},
	16: {"exrop_uniform", 2}, 17: {"exrop_jump", 1}, 19: {"exro928ss_next", 1},
	20: {"exro928ss_uniform", 1}, 21: {"exro928ss_uniform", 2}, 22: {"exro928_jump", 1},
	24: {"dummy_next", 1}, 25: {"dummy_uniform", 1}, 26: {"dummy_uniform", 2},
}

// randAlgs is every algorithm by name, randAlgList the same in a slice
// that a draw searches for its handler; randExsss is the default one.
var (
	randAlgs    map[string]*randAlg
	randAlgList []*randAlg
	randExsss   *randAlg
)

func init() {
	list := []*randAlg{
		{name: "exsss", bits: 58, funs: [4]int{0, 1, 2, 3}, next: exsssNext, jump: exsplusJumpState,
			seedFun: "exsss_seed", seedLine: 839, listLine: 840, seedN: 2, words: randPairWords, triple: exsssTriple},
		{name: "exro928ss", bits: 58, funs: [4]int{19, 20, 21, 22}, next: exro928Next, jump: exro928Jump,
			seedFun: "exro928_seed", seedLine: 1177, listLine: 1178, seedN: 16, words: randRingWords, triple: exro928Triple},
		{name: "exrop", bits: 58, weak: 1, funs: [4]int{14, 15, 16, 17}, next: exropNext, jump: exropJump,
			seedFun: "exrop_seed", seedLine: 1342, listLine: 1343, seedN: 2, words: randPairWords, triple: exropTriple},
		{name: "exs1024s", bits: 64, weak: 3, funs: [4]int{11, -1, -1, 12}, next: exs1024Next, jump: exs1024Jump,
			seedFun: "exs1024_seed", seedLine: 988, listLine: 989, seedN: 16, wide: true, words: randRingWords, triple: exs1024Triple},
		{name: "exsp", bits: 58, weak: 1, funs: [4]int{5, 7, 8, 3}, next: exspNext, jump: exsplusJumpState,
			seedFun: "exsplus_seed", seedLine: 820, listLine: 821, seedN: 2, words: randPairWords, triple: exsplusTriple},
		{name: "exs64", max: 1<<64 - 1, funs: [4]int{9, -1, -1, -1}, next: exs64Next,
			seedFun: "exs64_seed", seedLine: 756, listLine: 757, seedN: 1, wide: true, words: randOneWord, triple: exs64Triple},
		{name: "exsplus", max: randMask58, funs: [4]int{5, -1, -1, 3}, next: exspNext, jump: exsplusJumpState,
			seedFun: "exsplus_seed", seedLine: 820, listLine: 821, seedN: 2, words: randPairWords, triple: exsplusTriple},
		{name: "exs1024", max: 1<<64 - 1, funs: [4]int{11, -1, -1, 12}, next: exs1024Next, jump: exs1024Jump,
			seedFun: "exs1024_seed", seedLine: 988, listLine: 989, seedN: 16, wide: true, words: randRingWords, triple: exs1024Triple},
		{name: "dummy", bits: 58, dummy: true, funs: [4]int{24, 25, 26, -1}, next: dummyNext,
			seedFun: "dummy_seed", seedLine: 1431, seedAny: dummySeed},
	}
	funs := map[int]*Fun{}
	randAlgs = map[string]*randAlg{}
	for _, a := range list {
		a.handler = a.makeHandler(funs)
		randAlgs[a.name] = a
	}
	randAlgList = list
	randExsss = randAlgs["exsss"]
}

// makeHandler builds the algorithm's handler map, sharing funs between
// algorithms as rand.erl's mk_alg does.
func (a *randAlg) makeHandler(funs map[int]*Fun) *Map {
	kv := []Term{atomRandType, Intern(a.name)}
	if a.bits != 0 {
		kv = append(kv, atomRandBits, BoxInt(Int(a.bits)))
		if a.weak != 0 {
			kv = append(kv, atomRandWeak, BoxInt(Int(a.weak)))
		}
	} else {
		kv = append(kv, atomRandMax, randTerm(a.max))
	}
	for i, key := range [4]Atom{atomRandNext, atomRandUnif, atomRandUnifN, atomRandJump} {
		if idx := a.funs[i]; idx >= 0 {
			if funs[idx] == nil {
				funs[idx] = a.makeFun(i, idx)
			}
			kv = append(kv, key, funs[idx])
		}
	}
	return NewMap(kv...)
}

// makeFun makes the handler fun of role i (next, uniform, uniform_n,
// jump) numbered idx in rand.beam.
func (a *randAlg) makeFun(i, idx int) *Fun {
	var fn any
	switch i {
	case 0:
		next := a.next
		fn = func(p *Process, s Term) Term {
			v, ns := next(p, s)
			return NewTuple(randTerm(v), ns)
		}
	case 1:
		fn = func(p *Process, st Term) Term { return RandUniformS1(p, st) }
	case 2:
		fn = func(p *Process, n, st Term) Term { return RandUniformS2(p, n, st) }
	case 3:
		fn = func(p *Process, st Term) Term { return RandJump1(p, st) }
	}
	f := NewFun(atomRand, idx, randUniq, randFunNames[idx].arity, nil, fn)
	f.Name = Intern(randFunNames[idx].name)
	return f
}

func randPairWords(p *Process, w []uint64) Term { return randCons(p, w[0], w[1]) }
func randOneWord(p *Process, w []uint64) Term   { return randTerm(w[0]) }

func randRingWords(p *Process, w []uint64) Term {
	ts := make([]Term, len(w))
	for i, x := range w {
		ts[i] = randTerm(x)
	}
	return NewTuple(List(ts...), Nil{})
}

// The triple seeds: {A1, A2, A3} mixed as each algorithm does.

func exsssTriple(p *Process, a [3]uint64) Term {
	_, x0 := seed58(a[0])
	s0, x1 := seed58(a[1] ^ x0)
	s1, _ := seed58(a[2] ^ x1)
	return randCons(p, s0, s1)
}

func exro928Triple(p *Process, a [3]uint64) Term {
	s0, x0 := seed58(a[0])
	s1, x1 := seed58(a[1] ^ x0)
	s2, x2 := seed58(a[2] ^ x1)
	return randRingWords(p, append([]uint64{s0, s1, s2}, seedWords(13, x2, false)...))
}

func exsplusTriple(p *Process, a [3]uint64) Term {
	_, _, t := exsStep((a[0]*4294967197+1)&randMask58, (a[1]*4294967231+1)&randMask58)
	_, h, t := exsStep((a[2]*4294967279+1)&randMask58, t)
	return randCons(p, h, t)
}

func exropTriple(p *Process, a [3]uint64) Term {
	_, s1 := exropStep((a[0]*4294967197+1)&randMask58, (a[1]*4294967231+1)&randMask58)
	h, t := exropStep((a[2]*4294967279+1)&randMask58, s1)
	return randCons(p, h, t)
}

func exs64Triple(p *Process, a [3]uint64) Term {
	v1, _ := exs64Step((a[0]&0xffffffff)*4294967197 + 1)
	v2, _ := exs64Step((a[1]&0xffffffff)*4294967231 + 1)
	v3, _ := exs64Step((a[2]&0xffffffff)*4294967279 + 1)
	const m = 1<<64 - 2
	return randTerm(randMulMod(randMulMod(v1, v2, m), v3, m) + 1)
}

func exs1024Triple(p *Process, a [3]uint64) Term {
	const m21 = 1<<21 - 1
	b1 := ((a[0]&m21 + 1) * 2097131) & m21
	b2 := ((a[1]&m21 + 1) * 2097133) & m21
	b3 := ((a[2]&m21 + 1) * 2097143) & m21
	r := b1<<43 | b2<<22 | b3<<1 | 1
	w := make([]uint64, 16)
	for i := 15; i >= 0; i-- {
		w[i], r = exs64Step(r)
	}
	return randRingWords(p, w)
}

// randPairTuple is {a, b}: NewTuple's one allocation without its copy,
// which costs write barriers while the collector runs (a third of a
// draw's time in rand:uniform/1).
func randPairTuple(a, b Term) *Tuple {
	x := &tuple2{a: [2]Term{a, b}}
	x.t.Elems = x.a[:]
	return &x.t
}

// randFrame is a frame of rand.erl.
func randFrame(fun string, arity, line int) erlFrame { return erlFrame{"rand", fun, arity, line} }

// algByName is mk_alg/1: the algorithm named t, or function_clause with
// the frames under mk_alg.
func algByName(t Term, under ...erlFrame) *randAlg {
	if at, ok := t.(Atom); ok {
		if a := randAlgs[at.Name()]; a != nil {
			return a
		}
	}
	otpRaise(AtomFunctionClause, List(t), append([]erlFrame{randFrame("mk_alg", 1, 706)}, under...)...)
	return nil
}

// seedState is seed_s(Alg, Seed): outer are the frames above seed_s/2.
func seedState(p *Process, alg, seed Term, outer ...erlFrame) Term {
	if alg == atomRandDflt {
		alg = atomRandExsss
	}
	a := algByName(alg, append([]erlFrame{randFrame("seed_s", 2, 297)}, outer...)...)
	if a.seedAny != nil {
		return randPairTuple(a.handler, a.seedAny(p, seed, append([]erlFrame{randFrame("seed_s", 2, 298)}, outer...)))
	}
	under := append([]erlFrame{randFrame(a.seedFun, 1, a.listLine), randFrame("seed_s", 2, 298)}, outer...)
	switch s := seed.(type) {
	case Nil, *Cons:
		return randPairTuple(a.handler, a.words(p, seedNZ(seed, a.seedN, a.wide, under)))
	case Small, *BigInt:
		x, _ := randLow64(s)
		return randPairTuple(a.handler, a.words(p, seedWords(a.seedN, x, a.wide)))
	case *Tuple:
		if len(s.Elems) == 3 {
			return randPairTuple(a.handler, a.triple(p, a.tripleWords(s, under[1:])))
		}
	}
	otpRaise(AtomFunctionClause, List(seed), append([]erlFrame{randFrame(a.seedFun, 1, a.seedLine)}, under[1:]...)...)
	return nil
}

// dummyNext is dummy_next/1: the state is the output, and flips.
func dummyNext(p *Process, s Term) (uint64, Term) {
	r, ok := randWord(s, 58)
	if !ok {
		if IsInteger(s) {
			return randBadWord("dummy_next", 1424, s)
		}
		return randBadState("dummy_next", 1424, s)
	}
	return r, randTerm(r ^ randMask58)
}

// dummySeed is dummy_seed/1: one integer from a list of one, an integer
// or a triple through splitmix64, masked to 58 bits.
func dummySeed(p *Process, seed Term, outer []erlFrame) Term {
	fail := func(reason, args Term, line int) Term {
		return otpRaise(reason, args, append([]erlFrame{randFrame("dummy_seed", 1, line)}, outer...)...)
	}
	switch s := seed.(type) {
	case Nil:
		return fail(atomZeroSeed, nil, 1434)
	case *Cons:
		if _, ok := randLow64(s.Head); !ok {
			return fail(atomNonIntSeed, nil, 1440)
		}
		if s.Tail != (Nil{}) {
			return fail(atomManySeeds, nil, 1438)
		}
		x, _ := randLow64(s.Head)
		return randTerm(x & randMask58)
	case Small, *BigInt:
		x, _ := randLow64(s)
		z, _ := splitmix64(x)
		return randTerm(z & randMask58)
	case *Tuple:
		if len(s.Elems) == 3 {
			w := randAlgs["dummy"].tripleWords(s, outer)
			_, x1 := splitmix64(w[0])
			_, x2 := splitmix64(w[1] ^ x1)
			z, _ := splitmix64(w[2] ^ x2)
			return randTerm(z & randMask58)
		}
	}
	return fail(AtomFunctionClause, List(seed), 1431)
}

// tripleWords is the low 64 bits of each integer of the seed triple s;
// one that is not an integer raises as the algorithm's seed function
// does (tripleError), with outer the frames above it.
func (a *randAlg) tripleWords(s *Tuple, outer []erlFrame) [3]uint64 {
	var w [3]uint64
	for i, e := range s.Elems {
		x, ok := randLow64(e)
		if !ok {
			a.tripleError(i, e, w, outer)
		}
		w[i] = x
	}
	return w
}

// tripleError raises badarith for the non-integer x at position i of a
// seed triple whose earlier integers are w, from the operator that meets
// it first in the algorithm's seed function; outer are the frames above.
func (a *randAlg) tripleError(i int, x Term, w [3]uint64, outer []erlFrame) {
	at := func(line int) []erlFrame { return append([]erlFrame{randFrame(a.seedFun, 1, line)}, outer...) }
	switch a.seedFun {
	case "exsss_seed", "exro928_seed", "dummy_seed":
		// splitmix64 of A1, then of A2 and A3 each XORed with the state.
		base := map[string]int{"exsss_seed": 848, "exro928_seed": 1184, "dummy_seed": 1446}[a.seedFun]
		if i == 0 {
			fs := []erlFrame{randFrame("splitmix64_next", 1, 1644)}
			if a.seedFun != "dummy_seed" {
				fs = append(fs, randFrame("seed58", 1, 1604))
			}
			randArithError("+", x, randTerm(0x9e3779b97f4a7c15), append(fs, at(base)...)...)
		}
		var st uint64
		for j := 0; j < i; j++ {
			if a.seedFun == "dummy_seed" {
				_, st = splitmix64(w[j] ^ st)
			} else {
				_, st = seed58(w[j] ^ st)
			}
		}
		randArithError("bxor", x, randTerm(st), at(base+i)...)
	case "exsplus_seed", "exrop_seed":
		// MASK(58, Ai * Ki + 1) for each in turn.
		k := [3]uint64{4294967197, 4294967231, 4294967279}[i]
		line := map[string][3]int{"exsplus_seed": {830, 831, 833}, "exrop_seed": {1353, 1354, 1355}}[a.seedFun][i]
		randArithError("*", x, randTerm(k), at(line)...)
	case "exs64_seed":
		randArithError("band", x, randTerm(1<<32-1), at(765+i)...)
	case "exs1024_seed":
		randArithError("band", x, randTerm(1<<21-1), at(995+i)...)
	}
	otpRaise(AtomBadarith, nil, at(a.seedLine)...)
}

// seedNZ is seed58_nz/2 and seed64_nz/2: n words from a list of
// integers, masked, padded with zeros, not all zero.
func seedNZ(l Term, n int, wide bool, under []erlFrame) []uint64 {
	fail := func(reason Term, line, depth int) {
		fs := []erlFrame{randFrame("seed_nz", 4, line)}
		if depth > 0 {
			fs = append(fs, randFrame("seed_nz", 4, 1587))
		}
		otpRaise(reason, nil, append(fs, under...)...)
	}
	out := make([]uint64, 0, n)
	nz := false
	for i := 0; ; i++ {
		switch c := l.(type) {
		case Nil:
			if !nz {
				fail(atomZeroSeed, 1576, i)
			}
			for len(out) < n {
				out = append(out, 0)
			}
			return out
		case *Cons:
			if i == n {
				fail(atomManySeeds, 1578, i)
			}
			x, ok := randLow64(c.Head)
			if !ok {
				fail(atomNonIntSeed, 1589, i)
			}
			if !wide {
				x &= randMask58
			}
			nz = nz || x != 0
			out = append(out, x)
			l = c.Tail
		default:
			m := 58
			if wide {
				m = 64
			}
			args := List(BoxInt(Int(n-i)), l, BoxInt(Int(m)), Bool(nz))
			fs := []erlFrame{randFrame("seed_nz", 4, 1575)}
			if i > 0 {
				fs = append(fs, randFrame("seed_nz", 4, 1587))
			}
			otpRaise(AtomFunctionClause, args, append(fs, under...)...)
		}
	}
}

// randState takes a state {Handler, AlgState} apart. ok is false when st
// is not a pair with a map first; a handler map that rt did not make
// raises notsup (with the frame of fun).
func randState(st Term, fun string, arity, line int, args ...Term) (*randAlg, Term, bool) {
	t, ok := st.(*Tuple)
	if !ok || len(t.Elems) != 2 {
		return nil, nil, false
	}
	m, ok := t.Elems[0].(*Map)
	if !ok {
		return nil, nil, false
	}
	for _, a := range randAlgList {
		if a.handler == m {
			return a, t.Elems[1], true
		}
	}
	if typ, ok := m.Get(atomRandType); ok {
		if at, ok := typ.(Atom); ok {
			if a := randAlgs[at.Name()]; a != nil && Equal(a.handler, m) {
				return a, t.Elems[1], true
			}
		}
	}
	for _, k := range []Atom{atomRandUnif, atomRandUnifN, atomRandBits, atomRandMax, atomRandNext, atomRandJump} {
		if _, ok := m.Get(k); ok {
			otpRaise(atomNotsup, List(args...), randFrame(fun, arity, line))
		}
	}
	return nil, nil, false
}

// mustState is randState raising function_clause from rand:fun(args...)
// with the frames under it.
func mustState(st Term, fun string, line int, args []Term, under ...erlFrame) (*randAlg, Term) {
	a, s, ok := randState(st, fun, len(args), line, args...)
	if !ok {
		otpRaise(AtomFunctionClause, List(args...), append([]erlFrame{randFrame(fun, len(args), line)}, under...)...)
	}
	return a, s
}

// randSeedGet is seed_get/0: the process's state, seeding it on first use.
func randSeedGet(p *Process) Term {
	d := p.dictionary()
	if i := randSeedSlot(d); i >= 0 && d.vals[i] != Undefined {
		return d.vals[i]
	}
	return randSeedPut(p, randDefaultState(p, randExsss))
}

func randSeedPut(p *Process, st Term) Term {
	d := p.dictionary()
	if i := randSeedSlot(d); i >= 0 {
		d.vals[i] = st
	} else {
		d.put(atomRandSeed, st)
	}
	return st
}

// randSeedSlot is the position of rand_seed in the process dictionary, or
// -1. Hashing the key dominated a draw, so the first few keys are looked
// at directly: a program's dictionary is mostly small, and rand_seed is
// there early once a process has drawn.
func randSeedSlot(d *procDict) int {
	for i, k := range d.keys[:min(len(d.keys), 16)] {
		if k == Term(atomRandSeed) {
			return i
		}
	}
	if len(d.keys) <= 16 {
		return -1
	}
	_, i := d.find(atomRandSeed)
	return i
}

// randDefaultState seeds a with {phash2({node(), self()}), the time in
// nanoseconds, a unique integer}, as OTP's default_seed/0 does.
func randDefaultState(p *Process, a *randAlg) Term {
	var w [3]uint64
	w[0] = uint64(Phash2(List(NewTuple(ErlangNode0(p), p.Self()))))
	w[1], _ = randLow64(ErlangSystemTime0(p))
	w[2], _ = randLow64(ErlangUniqueInteger0(p))
	return randPairTuple(a.handler, a.triple(p, w))
}

// seedArg is seed_s/1: a state as it is, {Alg, AlgState} with Alg's
// handler, or an algorithm name seeded from default_seed().
func seedArg(p *Process, t Term, outer ...erlFrame) Term {
	if tp, ok := t.(*Tuple); ok && len(tp.Elems) == 2 {
		if _, ok := tp.Elems[0].(*Map); ok {
			return t
		}
		if _, ok := tp.Elems[0].(Atom); ok {
			a := algByName(tp.Elems[0], append([]erlFrame{randFrame("seed_s", 1, 275)}, outer...)...)
			return randPairTuple(a.handler, tp.Elems[1])
		}
	}
	if t == atomRandDflt {
		t = atomRandExsss
	}
	a := algByName(t, append([]erlFrame{randFrame("seed_s", 2, 297)}, outer...)...)
	return randDefaultState(p, a)
}

// RandSeed1 is rand:seed(AlgOrStateOrExpState).
func RandSeed1(p *Process, t Term) Term {
	return randSeedPut(p, seedArg(p, t, randFrame("seed", 1, 265)))
}

// RandSeedS1 is rand:seed_s(AlgOrStateOrExpState).
func RandSeedS1(p *Process, t Term) Term { return seedArg(p, t) }

// RandSeed2 is rand:seed(Alg, Seed).
func RandSeed2(p *Process, alg, seed Term) Term {
	return randSeedPut(p, seedState(p, alg, seed, randFrame("seed", 2, 291)))
}

// RandSeedS2 is rand:seed_s(Alg, Seed).
func RandSeedS2(p *Process, alg, seed Term) Term { return seedState(p, alg, seed) }

// RandExportSeed0 is rand:export_seed().
func RandExportSeed0(p *Process) Term {
	if st, ok := p.dictionary().get(atomRandSeed); ok {
		if e := randExport(st); e != nil {
			return e
		}
	}
	return Undefined
}

// randExport is {Alg, AlgState} of a state whose handler has a type, or nil.
func randExport(st Term) Term {
	if t, ok := st.(*Tuple); ok && len(t.Elems) == 2 {
		if m, ok := t.Elems[0].(*Map); ok {
			if typ, ok := m.Get(atomRandType); ok {
				return NewTuple(typ, t.Elems[1])
			}
		}
	}
	return nil
}

// RandExportSeedS1 is rand:export_seed_s(State).
func RandExportSeedS1(p *Process, st Term) Term {
	if e := randExport(st); e != nil {
		return e
	}
	return otpRaise(AtomFunctionClause, List(st), randFrame("export_seed_s", 1, 251))
}

// RandJump1 is rand:jump(State).
func RandJump1(p *Process, st Term) Term { return randJump(p, st) }

// RandJump0 is rand:jump().
func RandJump0(p *Process) Term {
	return randSeedPut(p, randJump(p, randSeedGet(p), randFrame("jump", 0, 646)))
}

func randJump(p *Process, st Term, under ...erlFrame) Term {
	a, s := mustState(st, "jump", 633, []Term{st}, under...)
	if a.jump == nil {
		return otpRaise(atomNotImpl, nil, append([]erlFrame{randFrame("jump", 1, 636)}, under...)...)
	}
	return randPairTuple(a.handler, a.jump(p, s))
}

func init() {
	RegisterModule("rand",
		Export("seed", 1, RandSeed1),
		Export("seed", 2, RandSeed2),
		Export("seed_s", 1, RandSeedS1),
		Export("seed_s", 2, RandSeedS2),
		Export("export_seed", 0, RandExportSeed0),
		Export("export_seed_s", 1, RandExportSeedS1),
		Export("uniform", 0, RandUniform0),
		Export("uniform", 1, RandUniform1),
		Export("uniform_s", 1, RandUniformS1),
		Export("uniform_s", 2, RandUniformS2),
		Export("uniform_real", 0, RandUniformReal0),
		Export("uniform_real_s", 1, RandUniformRealS1),
		Export("bytes", 1, RandBytes1),
		Export("bytes_s", 2, RandBytesS2),
		Export("jump", 0, RandJump0),
		Export("jump", 1, RandJump1),
		Export("normal", 0, RandNormal0),
		Export("normal", 2, RandNormal2),
		Export("normal_s", 1, RandNormalS1),
		Export("normal_s", 3, RandNormalS3),
	)
}
