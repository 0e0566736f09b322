package rt

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestRandVectors runs the steps of testdata/rand/record.escript and
// compares each answer with what BEAM printed there.
func TestRandVectors(t *testing.T) {
	want := readRandWant(t)
	got := map[string]string{}
	var order []string
	out := func(alg string, i int, step string, v Term) {
		k := alg + " " + strconv.Itoa(i) + " " + step
		got[k] = Format(v)
		order = append(order, k)
	}
	p := NewProcess()
	for _, alg := range []string{"exsss", "exro928ss", "exrop", "exs1024s", "exsp", "exs64", "exsplus", "exs1024"} {
		for i, seed := range randTestSeeds() {
			randTestCase(p, alg, i+1, seed, out)
		}
	}
	for i, seed := range randTestSeeds() {
		randTestDummy(p, i+1, seed, out)
	}
	randTestDict(p, out)
	randTestRandom(p, out)
	randTestNiche(p, out)
	randTestOdd(p, out)
	xs, _ := randTimes(p, 191950, RandNormalS1, RandSeedS2(p, Intern("exs64"), BoxInt(12345)))
	ys, _ := ListToSlice(xs)
	out("far", 0, "normal 191950", ys[len(ys)-1])
	for _, k := range order {
		if w, ok := want[k]; !ok {
			t.Errorf("%s: not recorded", k)
		} else if got[k] != w {
			t.Errorf("%s:\n got %s\nwant %s", k, got[k], w)
		}
	}
	if len(order) != len(want) {
		t.Errorf("%d steps run, %d recorded", len(order), len(want))
	}
}

func readRandWant(t *testing.T) map[string]string {
	f, err := os.Open("testdata/rand/want.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		want[k] = v
	}
	return want
}

func randTestSeeds() []Term {
	return []Term{
		BoxInt(42),
		NewTuple(BoxInt(1), BoxInt(2), BoxInt(3)),
		List(ParseInt("12345678901234567890123"), BoxInt(-5)),
		ParseInt("1180591620717411303427"), // 1 bsl 70 + 3
		BoxInt(-17),
		NewTuple(BoxInt(-1), ParseInt("36893488147419103232"), BoxInt(7)),
		List(BoxInt(0), BoxInt(9)),
		List(BoxInt(7)),
	}
}

func randTestRanges() []Term {
	var rs []Term
	for _, s := range []string{"1", "2", "3", "6", "10", "100", "1000", "4294967296",
		"288230376151711743", "288230376151711744", "288230376151711745", "1152921504606846976",
		"4611686018427387909", "18446744073709551615", "18446744073709551616", "18446744073709551617",
		"1267650600228229401496703205376", "1267650600228229401496703217721", "1000000000000000000000000000000"} {
		rs = append(rs, ParseInt(s))
	}
	return rs
}

// randTimes applies f n times, threading the state.
func randTimes(p *Process, n int, f func(*Process, Term) Term, s Term) (Term, Term) {
	xs := make([]Term, n)
	for i := range xs {
		r := f(p, s).(*Tuple)
		xs[i], s = r.Elems[0], r.Elems[1]
	}
	return List(xs...), s
}

func randPairOf(t Term) (Term, Term) {
	r := t.(*Tuple)
	return r.Elems[0], r.Elems[1]
}

func randTestCase(p *Process, alg string, i int, seed Term, out func(string, int, string, Term)) {
	a := Intern(alg)
	s, exc := Try(func() Term { return RandSeedS2(p, a, seed) })
	if exc != nil {
		out(alg, i, "seed", exc.Reason)
		return
	}
	out(alg, i, "seed", RandExportSeedS1(p, s))
	var xs Term
	xs, s = randTimes(p, 20, RandUniformS1, s)
	out(alg, i, "uniform", xs)
	for _, n := range randTestRanges() {
		x, t := randPairOf(RandUniformS2(p, n, s))
		y, u := randPairOf(RandUniformS2(p, n, t))
		out(alg, i, "uniform_n "+Format(n), List(x, y))
		s = u
	}
	xs, s = randTimes(p, 60, RandUniformRealS1, s)
	out(alg, i, "uniform_real", xs)
	xs, s = randTimes(p, 150, RandNormalS1, s)
	out(alg, i, "normal", xs)
	m, s := randPairOf(RandNormalS3(p, BoxInt(10), BoxInt(4), s))
	out(alg, i, "normal_s/3", m)
	for _, n := range []int{0, 1, 5, 7, 8, 13, 28, 29, 40} {
		var b Term
		b, s = randPairOf(RandBytesS2(p, BoxInt(Int(n)), s))
		out(alg, i, "bytes "+strconv.Itoa(n), b)
	}
	out(alg, i, "before_jump", RandExportSeedS1(p, s))
	j, exc := Try(func() Term { return RandJump1(p, s) })
	if exc != nil {
		out(alg, i, "jump", exc.Reason)
	} else {
		out(alg, i, "jump", RandExportSeedS1(p, j))
		s = j
	}
	xs, s = randTimes(p, 40, RandUniformS1, s)
	out(alg, i, "after_jump", xs)
	out(alg, i, "end", RandExportSeedS1(p, s))
}

func randTestDummy(p *Process, i int, seed Term, out func(string, int, string, Term)) {
	s, exc := Try(func() Term { return RandSeedS2(p, Intern("dummy"), seed) })
	if exc != nil {
		out("dummy", i, "seed", exc.Reason)
		return
	}
	out("dummy", i, "seed", RandExportSeedS1(p, s))
	fs, s := randTimes(p, 3, RandUniformS1, s)
	big := ParseInt("1267650600228229401496703205376")
	ns, s := randTimes(p, 3, func(p *Process, s Term) Term { return RandUniformS2(p, big, s) }, s)
	rs, s := randTimes(p, 3, RandUniformRealS1, s)
	b, s := randPairOf(RandBytesS2(p, BoxInt(13), s))
	j, exc := Try(func() Term { return RandJump1(p, s) })
	if exc != nil {
		j = exc.Reason
	}
	out("dummy", i, "draws", NewTuple(fs, ns, rs, b, j, RandExportSeedS1(p, s)))
}

func randTestDict(p *Process, out func(string, int, string, Term)) {
	repeat := func(n int, f func() Term) Term {
		xs := make([]Term, n)
		for i := range xs {
			xs[i] = f()
		}
		return List(xs...)
	}
	RandSeed2(p, Intern("exsss"), BoxInt(2024))
	st, _ := p.dictionary().get(atomRandSeed)
	out("dict", 0, "get", st)
	out("dict", 0, "uniform", repeat(5, func() Term { return RandUniform0(p) }))
	out("dict", 0, "uniform_n", repeat(20, func() Term { return RandUniform1(p, BoxInt(6)) }))
	out("dict", 0, "uniform_real", RandUniformReal0(p))
	out("dict", 0, "normal", repeat(5, func() Term { return RandNormal0(p) }))
	out("dict", 0, "normal/2", RandNormal2(p, BoxInt(100), BoxInt(9)))
	out("dict", 0, "bytes", RandBytes1(p, BoxInt(10)))
	out("dict", 0, "jump", RandJump0(p))
	out("dict", 0, "export", RandExportSeed0(p))
	RandSeed1(p, NewTuple(Intern("exrop"), p.Cons(BoxInt(1), BoxInt(2))))
	out("dict", 0, "restored", NewTuple(RandUniform1(p, BoxInt(1000)), RandExportSeed0(p)))
	RandSeed1(p, RandSeedS2(p, Intern("exs64"), BoxInt(99)))
	out("dict", 0, "state", NewTuple(RandUniform0(p), RandExportSeed0(p)))
	RandSeed2(p, Intern("default"), BoxInt(5))
	out("dict", 0, "default", RandExportSeed0(p))
}

func randTestRandom(p *Process, out func(string, int, string, Term)) {
	o := func(step string, v Term) { out("random", 0, step, v) }
	get := func() Term { return ErlangGet1(p, atomRandomSeed) }
	o("seed0", RandomSeed00(p))
	var xs []Term
	for i := 0; i < 5; i++ {
		xs = append(xs, RandomUniform0(p))
	}
	o("fresh", List(xs...))
	o("seed", RandomSeed0(p))
	o("seed again", RandomSeed0(p))
	for _, s := range []string{"0", "42", "-7", "123456789012", "1208925819614629174706181", "-1180591620717411303424"} {
		old := RandomSeed1(p, ParseInt(s))
		st := get()
		o("seed/1 "+s, NewTuple(old, st, RandomUniform1(p, BoxInt(100))))
	}
	o("seed/3", RandomSeed3(p, BoxInt(-5), ParseInt("1180591620717411303424"), BoxInt(30322)))
	old := RandomSeed1(p, NewTuple(BoxInt(1), BoxInt(2), BoxInt(3)))
	o("seed tuple", NewTuple(old, get()))
	xs = nil
	for _, n := range []string{"1", "6", "1000", "1152921504606846976", "1237940039285380274899124224"} {
		xs = append(xs, RandomUniform1(p, ParseInt(n)))
	}
	o("uniform_n", List(xs...))
	fs, s1 := randTimes(p, 20, RandomUniformS1, NewTuple(BoxInt(9), BoxInt(99), BoxInt(999)))
	o("uniform_s", NewTuple(fs, s1))
	o("uniform_s/2", RandomUniformS2(p, BoxInt(1000000), s1))
	ErlangPut2(p, atomRandomSeed, NewTuple(BoxInt(-3), BoxInt(50000), BoxInt(7)))
	x := RandomUniform0(p)
	o("odd state", NewTuple(x, get()))
}

func randTestNiche(p *Process, out func(string, int, string, Term)) {
	o := func(step string, v Term) { out("niche", 0, step, v) }
	var xs []Term
	for _, s := range []string{"0", "1", "123456789", "-1", "36893488147419103239", "1180591620717411315769", "-5"} {
		xs = append(xs, ParseInt(s))
	}
	each := func(f func(*Process, Term) Term, args []Term) Term {
		var r []Term
		for _, x := range args {
			r = append(r, f(p, x))
		}
		return List(r...)
	}
	o("mwc59", each(RandMwc591, xs))
	o("mwc59_value32", each(RandMwc59Value321, xs))
	o("mwc59_value", each(RandMwc59Value1, xs))
	o("mwc59_float", each(RandMwc59Float1, xs))
	o("mwc59_seed", each(RandMwc59Seed1, []Term{BoxInt(0), BoxInt(1), BoxInt(123456789), BoxInt(1<<58 - 1)}))
	o("splitmix64_next", each(RandSplitmix64Next1, xs))
	pairs := []Term{p.Cons(BoxInt(1), BoxInt(2)), p.Cons(BoxInt(-1), ParseInt("18446744073709551616")), p.Cons(BoxInt(5), BoxInt(0))}
	o("exsp_next", each(RandExspNext1, pairs))
	o("exsp_jump", each(RandExspJump1, []Term{pairs[0], pairs[2]}))
	acc, cx := Term(BoxInt(0)), RandMwc59Seed1(p, BoxInt(42))
	for i := 0; i < 1000; i++ {
		cx = RandMwc591(p, cx)
		acc = Add(acc, Rem(RandMwc59Value321(p, cx), BoxInt(100)))
	}
	o("loop", NewTuple(acc, cx))
}

func randTestOdd(p *Process, out func(string, int, string, Term)) {
	ints := func(ss ...string) []Term {
		var ts []Term
		for _, s := range ss {
			ts = append(ts, ParseInt(s))
		}
		return ts
	}
	pair := func(h, t string) Term { xs := ints(h, t); return p.Cons(xs[0], xs[1]) }
	states := []struct {
		alg string
		st  Term
	}{
		{"exsss", pair("1180591620717411303429", "-3")},
		{"exsp", pair("-1208925819614629174706176", "18446744073709551625")},
		{"exsplus", pair("-1", "-2")},
		{"exro928ss", NewTuple(List(ints("-1", "1237940039285380274899124224", "3")...),
			List(ints("1152921504606846977", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17")...))},
		{"exrop", pair("-1", "2")},
		{"exrop", pair("1180591620717411303427", "5")},
		{"exs64", ParseInt("18446744073709551616")},
		{"exs64", BoxInt(-12345)},
		{"exs1024s", NewTuple(List(ints("-1", "1208925819614629174706177", "3")...),
			List(ints("4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")...))},
		{"exs1024", NewTuple(List(ParseInt("18446744073709551616")),
			List(ints("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")...))},
	}
	for i, c := range states {
		x, s1 := randPairOf(RandUniformS1(p, RandSeedS1(p, NewTuple(Intern(c.alg), c.st))))
		n, s2 := randPairOf(RandUniformS2(p, BoxInt(1000), s1))
		r, s3 := randPairOf(RandUniformRealS1(p, s2))
		out("odd", i+1, c.alg, NewTuple(x, n, r, RandExportSeedS1(p, s3)))
		j, exc := Try(func() Term {
			return RandExportSeedS1(p, RandJump1(p, RandSeedS1(p, NewTuple(Intern(c.alg), c.st))))
		})
		if exc != nil {
			j = exc.Reason
		}
		out("odd", i+1, c.alg+" jump", j)
	}
}

// TestRandOutOfRange: dummy draws its state itself, so a state beyond 58
// bits raises badarg rather than giving a different answer.
func TestRandOutOfRange(t *testing.T) {
	p := NewProcess()
	s := RandSeedS1(p, NewTuple(Intern("dummy"), ParseInt("18446744073709551616")))
	if _, exc := Try(func() Term { return RandUniformRealS1(p, s) }); exc == nil || exc.Reason != AtomBadarg {
		t.Errorf("dummy: got %v, want badarg", exc)
	}
}

func BenchmarkRandUniform1(b *testing.B) {
	p := NewProcess()
	RandSeed2(p, Intern("exsss"), BoxInt(1))
	n := BoxInt(100)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		RandUniform1(p, n)
	}
}

func BenchmarkRandUniform0(b *testing.B) {
	p := NewProcess()
	RandSeed2(p, Intern("exrop"), BoxInt(1))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		RandUniform0(p)
	}
}

func BenchmarkRandUniformS2(b *testing.B) {
	p := NewProcess()
	s := RandSeedS2(p, Intern("exsss"), BoxInt(1))
	n := BoxInt(100)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s = RandUniformS2(p, n, s).(*Tuple).Elems[1]
	}
}

func BenchmarkRandUniformS1(b *testing.B) {
	p := NewProcess()
	s := RandSeedS2(p, Intern("exrop"), BoxInt(2))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s = RandUniformS1(p, s).(*Tuple).Elems[1]
	}
}
