package gen

import (
	"fmt"
	"math/bits"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Native integers from binary patterns. An integer segment of constant size
// up to 62 bits can never be a bignum, so a variable it binds is a Go rt.Int
// rather than a Term, and arithmetic and comparisons over such variables
// stay in Go as long as the segments' sizes prove that every intermediate
// value lies within ±2^62:
//
//	<<A:16, B:16, C:32, Rest/binary>> = Bin, A + B * C
//
//	m1, ok := rt.MatchBits(Bin)
//	...
//	w1, ok := m1.Take(64)          // one length check for the run
//	...
//	A := rt.Int(binary.BigEndian.Uint16(w1[0:]))
//	B := rt.Int(binary.BigEndian.Uint16(w1[2:]))
//	C := rt.Int(binary.BigEndian.Uint32(w1[4:]))
//	... rt.BoxInt(A + B*C)         // boxed only where a Term is needed
//
// Where a native variable meets a Term, S + A + B, it is boxed at the use
// (rt.BoxInt: a range test, no allocation), or the natives after the Term are added
// by rt.AddInts in one step. byte_size(V) and bit_size(V) are native too
// (rt.ByteSizeInt). Sizes from native values need no check when their
// range is known to be valid.

// nativeLimit bounds the values held natively, so that the sum or
// difference of two of them cannot overflow an int64, and rt.AddInt may
// take any of them.
const nativeLimit = int64(1) << 62

// intRange is the interval a native value lies in.
type intRange struct{ lo, hi int64 }

func (r intRange) fits() bool { return r.lo > -nativeLimit && r.hi < nativeLimit }

// fieldRange is the range of an n-bit integer segment, if it is native.
func fieldRange(n int, signed bool) (intRange, bool) {
	switch {
	case n < 0 || n > 62:
		return intRange{}, false
	case n == 0:
		return intRange{}, true
	case signed:
		return intRange{-(1 << (n - 1)), 1<<(n-1) - 1}, true
	}
	return intRange{0, 1<<n - 1}, true
}

// nativeField reports whether segment s yields a native Int, and its range.
func nativeField(s segment) (intRange, bool) {
	n, ok := s.constBits()
	if !ok || s.typ != "integer" {
		return intRange{}, false
	}
	signed := false
	for _, fl := range s.flags {
		switch fl {
		case "BitSigned":
			signed = true
		case "BitNative":
			return intRange{}, false // byte order known only at run time
		}
	}
	return fieldRange(n, signed)
}

// bindNative binds the Erlang variable name to the Go rt.Int g.
func (f *fnGen) bindNative(name, g string, r intRange) {
	f.scope.vars[name] = g
	if f.scope.native == nil {
		f.scope.native = map[string]intRange{}
	}
	f.scope.native[name] = r
}

// nativeVar returns the Go name and range of a variable bound to a native
// Int; ok is false for a Term variable.
func (f *fnGen) nativeVar(name string) (string, intRange, bool) {
	for s := f.scope; s != nil; s = s.parent {
		if g, ok := s.vars[name]; ok {
			r, native := s.native[name]
			return g, r, native
		}
	}
	return "", intRange{}, false
}

// nativeBoxed returns rt.BoxInt(X) for a native variable (and a carried
// accumulator's value, bits_acc.go), nil for others: the Term that an
// expression reading X gets.
func (f *fnGen) nativeBoxed(v *ast.Var) jen.Code {
	if c := f.accValue(v); c != nil {
		return c // acc2.Value(&Acc): a loop's accumulator carried as a builder (bits_acc.go)
	}
	if g, _, ok := f.nativeVar(v.Name); ok {
		return jen.Qual(RT, "BoxInt").Call(jen.Id(g))
	}
	return nil
}

// natInfo describes an expression that can be computed natively.
type natInfo struct {
	r    intRange
	vars bool // it reads a native variable or a size: worth computing natively
	pure bool // it cannot raise, so it may move past other operands
}

// natRange reports whether e can be computed as a native Int, without
// emitting anything.
func (f *fnGen) natRange(e ast.Expr) (natInfo, bool) {
	if c, ok := smallInt(e); ok {
		return natInfo{r: intRange{int64(c), int64(c)}, pure: true}, true
	}
	switch e := e.(type) {
	case *ast.Var:
		_, r, ok := f.nativeVar(e.Name)
		return natInfo{r: r, vars: true, pure: true}, ok
	case *ast.Call:
		if sizeBIF(e) != "" {
			return natInfo{r: intRange{0, 1 << 51}, vars: true}, true
		}
	case *ast.UnaryOp:
		x, ok := f.natRange(e.X)
		switch {
		case !ok:
		case e.Op == "-":
			x.r = intRange{-x.r.hi, -x.r.lo}
			return x, true
		case e.Op == "bnot":
			x.r = intRange{-x.r.hi - 1, -x.r.lo - 1}
			return x, x.r.fits()
		}
	case *ast.BinaryOp:
		return f.natBinary(e)
	}
	return natInfo{}, false
}

// sizeBIF returns "ByteSizeInt" or "BitSizeInt" for byte_size(V) or
// bit_size(V) of a variable V, else "".
func sizeBIF(e *ast.Call) string {
	r, ok := e.Fun.(*ast.Remote)
	if !ok || len(e.Args) != 1 {
		return ""
	}
	if _, ok := e.Args[0].(*ast.Var); !ok {
		return ""
	}
	m, ok1 := r.Module.(*ast.Atom)
	fn, ok2 := r.Fun.(*ast.Atom)
	if !ok1 || !ok2 || m.Name != "erlang" {
		return ""
	}
	return map[string]string{"byte_size": "ByteSizeInt", "bit_size": "BitSizeInt"}[fn.Name]
}

func (f *fnGen) natBinary(e *ast.BinaryOp) (natInfo, bool) {
	if _, ok := natOps[e.Op]; !ok {
		return natInfo{}, false
	}
	x, ok1 := f.natRange(e.Left)
	y, ok2 := f.natRange(e.Right)
	if !ok1 || !ok2 {
		return natInfo{}, false
	}
	a, b := x.r, y.r
	c, constRight := smallInt(e.Right)
	var r intRange
	switch e.Op {
	case "+":
		r = intRange{a.lo + b.lo, a.hi + b.hi}
	case "-":
		r = intRange{a.lo - b.hi, a.hi - b.lo}
	case "*":
		var ok bool
		if r, ok = mulRange(a, b); !ok {
			return natInfo{}, false
		}
	case "band":
		switch {
		case a.lo >= 0 && b.lo >= 0:
			r = intRange{0, min(a.hi, b.hi)}
		case a.lo >= 0:
			r = intRange{0, a.hi}
		case b.lo >= 0:
			r = intRange{0, b.hi}
		default:
			return natInfo{}, false
		}
	case "bor", "bxor":
		if a.lo < 0 || b.lo < 0 {
			return natInfo{}, false
		}
		r = intRange{0, 1<<bits.Len64(uint64(max(a.hi, b.hi))) - 1}
	case "bsl":
		if !constRight || c < 0 || c > 62 {
			return natInfo{}, false
		}
		var ok bool
		if r, ok = mulRange(a, intRange{1 << c, 1 << c}); !ok {
			return natInfo{}, false
		}
	case "bsr":
		if !constRight || c < 0 {
			return natInfo{}, false
		}
		r = intRange{a.lo >> min(c, 63), a.hi >> min(c, 63)}
	case "rem":
		if !constRight || c == 0 {
			return natInfo{}, false
		}
		m := int64(max(c, -c)) - 1
		r = intRange{min(max(a.lo, -m), 0), max(min(a.hi, m), 0)}
	case "div":
		if !constRight || c == 0 {
			return natInfo{}, false
		}
		r = intRange{a.lo / int64(c), a.hi / int64(c)}
		if c < 0 {
			r = intRange{r.hi, r.lo}
		}
	}
	info := natInfo{r: r, vars: x.vars || y.vars, pure: x.pure && y.pure}
	return info, r.fits()
}

// mulRange is the range of a product, if it fits.
func mulRange(a, b intRange) (intRange, bool) {
	r := intRange{nativeLimit, -nativeLimit}
	for _, x := range []int64{a.lo, a.hi} {
		for _, y := range []int64{b.lo, b.hi} {
			hi, lo := bits.Mul64(uint64(max(x, -x)), uint64(max(y, -y)))
			if hi != 0 || lo >= uint64(nativeLimit) {
				return intRange{}, false
			}
			p := x * y
			r.lo, r.hi = min(r.lo, p), max(r.hi, p)
		}
	}
	return r, true
}

// natOps maps the operators computed natively to Go's, with Go's
// precedence (Erlang puts bsl and bsr with +, Go puts << and >> with *).
var natOps = map[string]struct {
	op   string
	prec int
}{
	"+": {"+", 4}, "-": {"-", 4}, "bor": {"|", 4}, "bxor": {"^", 4},
	"*": {"*", 5}, "div": {"/", 5}, "rem": {"%", 5}, "band": {"&", 5}, "bsl": {"<<", 5}, "bsr": {">>", 5},
}

// natCode emits e, for which natRange succeeded, as a Go expression of
// type rt.Int (or an untyped constant).
func (f *fnGen) natCode(e ast.Expr) jen.Code {
	code, _ := f.natCodePrec(e)
	return code
}

// natCodePrec also returns the precedence of the outermost Go operator (6
// for an operand), so that the caller adds parentheses only where needed.
func (f *fnGen) natCodePrec(e ast.Expr) (jen.Code, int) {
	if c, ok := smallInt(e); ok {
		if c < 0 {
			return jen.Lit(c), 4 // -5 in a - (-5)
		}
		return jen.Lit(c), 6
	}
	switch e := e.(type) {
	case *ast.Var:
		g, _, _ := f.nativeVar(e.Name)
		return jen.Id(g), 6
	case *ast.Call:
		return jen.Qual(RT, sizeBIF(e)).Call(f.expr(e.Args[0])), 6
	case *ast.UnaryOp:
		op := map[string]string{"-": "-", "bnot": "^"}[e.Op]
		x, p := f.natCodePrec(e.X)
		if p < 6 {
			x = jen.Parens(x)
		}
		return jen.Op(op).Add(x), 5
	}
	b := e.(*ast.BinaryOp)
	op := natOps[b.Op]
	l, lp := f.natCodePrec(b.Left)
	r, rp := f.natCodePrec(b.Right)
	if c, ok := smallInt(b.Right); ok && b.Op == "bsr" && c > 63 {
		// Go rejects a constant shift wider than rt.Int; a native value
		// shifted right by 63 already leaves only its sign, as natRange says.
		r = jen.Lit(63)
	}
	if lp < op.prec {
		l = jen.Parens(l)
	}
	if rp <= op.prec {
		r = jen.Parens(r)
	}
	return jen.Add(l).Op(op.op).Add(r), op.prec
}

// nativeValue returns e as native code when it reads a native variable and
// can be computed natively.
func (f *fnGen) nativeValue(e ast.Expr) (jen.Code, natInfo, bool) {
	info, ok := f.natRange(e)
	if !ok || !info.vars {
		return nil, info, false
	}
	return f.natCode(e), info, true
}

// nativeOp emits an arithmetic operator over native values, boxed once at
// the end, or a chain of + and - that mixes them with Terms; nil when e
// reads no native value (the usual code then applies).
func (f *fnGen) nativeOp(e *ast.BinaryOp) jen.Code {
	if c, _, ok := f.nativeValue(e); ok {
		return jen.Qual(RT, "BoxInt").Call(c)
	}
	if e.Op != "+" && e.Op != "-" {
		return nil
	}
	return f.nativeChain(e)
}

// chainLeaf is an operand of a chain A + B - C ..., with its sign.
type chainLeaf struct {
	e     ast.Expr
	minus bool
	nat   natInfo
	isNat bool
}

// flattenChain lists the operands of a left-nested chain of + and -.
func (f *fnGen) flattenChain(e ast.Expr, minus bool, out []chainLeaf) []chainLeaf {
	if b, ok := e.(*ast.BinaryOp); ok && (b.Op == "+" || b.Op == "-") {
		if _, isNat := f.natRange(b); !isNat {
			out = f.flattenChain(b.Left, false, out)
			return f.flattenChain(b.Right, b.Op == "-", out)
		}
	}
	info, ok := f.natRange(e)
	return append(out, chainLeaf{e: e, minus: minus, nat: info, isNat: ok})
}

// nativeChain emits a chain of + and - with native and Term operands,
// left to right as Erlang evaluates it: a run of natives at the start is
// one native sum; a Term then is added with rt.AddInt; natives after a
// Term are added in one rt.AddInts, which keeps Erlang's left-to-right
// steps when the Term turns out to be a float.
//
//	S + A + B   ->   rt.AddInts(S, A, B)
//	A + B + T   ->   rt.AddInt(T, A+B)
func (f *fnGen) nativeChain(e *ast.BinaryOp) jen.Code {
	leaves := f.flattenChain(e, false, nil)
	total := intRange{}
	reads := false
	for _, l := range leaves {
		if l.isNat {
			total = intRange{total.lo + min(l.nat.r.lo, -l.nat.r.hi), total.hi + max(l.nat.r.hi, -l.nat.r.lo)}
			if !total.fits() {
				return nil
			}
			reads = reads || l.nat.vars
		}
	}
	if !reads {
		return nil
	}
	var acc jen.Code // a Term
	i := 0
	if leaves[0].isNat { // the native prefix
		j, pure := 0, true
		for j < len(leaves) && leaves[j].isNat {
			pure = pure && leaves[j].nat.pure
			j++
		}
		sum := f.natSum(leaves[:j])
		if j == len(leaves) {
			return jen.Qual(RT, "BoxInt").Call(sum)
		}
		t := leaves[j]
		_, simple := t.e.(*ast.Var)
		switch {
		case !t.minus && (pure || simple) && j+1 < len(leaves) && leaves[j+1].isNat:
			// N + T + M... is T + N + M...: one AddInts, boxed once.
			xs := append([]jen.Code{f.expr(t.e), sum}, f.natArgs(leaves[j+1:])...)
			return f.chainRest(jen.Qual(RT, "AddInts").Call(xs...), leaves, j+1+len(xs)-2)
		case !t.minus && (pure || simple):
			acc = jen.Qual(RT, "AddInt").Call(f.expr(t.e), sum) // N + T is T + N
		default:
			op := map[bool]string{false: "Add", true: "Sub"}[t.minus]
			acc = jen.Qual(RT, op).Call(jen.Qual(RT, "BoxInt").Call(sum), f.expr(t.e))
		}
		i = j + 1
	} else {
		acc = f.expr(leaves[0].e)
		i = 1
	}
	return f.chainRest(acc, leaves, i)
}

// chainRest adds leaves[i:] to the Term acc, left to right.
func (f *fnGen) chainRest(acc jen.Code, leaves []chainLeaf, i int) jen.Code {
	for i < len(leaves) {
		if !leaves[i].isNat {
			op := map[bool]string{false: "Add", true: "Sub"}[leaves[i].minus]
			acc = jen.Qual(RT, op).Call(acc, f.expr(leaves[i].e))
			i++
			continue
		}
		xs := f.natArgs(leaves[i:])
		i += len(xs)
		if len(xs) == 1 {
			acc = jen.Qual(RT, "AddInt").Call(acc, xs[0])
		} else {
			acc = jen.Qual(RT, "AddInts").Call(append([]jen.Code{acc}, xs...)...)
		}
	}
	return acc
}

// natArgs is the native leaves at the start of leaves, negated where
// subtracted, as arguments of rt.AddInt or rt.AddInts.
func (f *fnGen) natArgs(leaves []chainLeaf) []jen.Code {
	var xs []jen.Code
	for _, l := range leaves {
		if !l.isNat {
			break
		}
		x, prec := f.natCodePrec(l.e)
		if l.minus && prec < 6 {
			x = jen.Op("-").Parens(x)
		} else if l.minus {
			x = jen.Op("-").Add(x)
		}
		xs = append(xs, x)
	}
	return xs
}

// natSum is the native sum of leaves, the first with a plus sign.
func (f *fnGen) natSum(leaves []chainLeaf) jen.Code {
	code, p := f.natCodePrec(leaves[0].e)
	for _, l := range leaves[1:] {
		r, rp := f.natCodePrec(l.e)
		if rp <= 4 {
			r = jen.Parens(r)
		}
		code = jen.Add(code).Op(map[bool]string{false: "+", true: "-"}[l.minus]).Add(r)
		p = 4
	}
	_ = p
	return code
}

// goCompare maps Erlang's comparisons of integers to Go's.
var goCompare = map[string]string{
	"<": "<", "=<": "<=", ">": ">", ">=": ">=", "==": "==", "=:=": "==", "/=": "!=", "=/=": "!=",
}

// nativeCompare emits a comparison of two native values as a Go
// comparison, and an ordering of a Term with a native
// value as rt.LtInt and friends; nil otherwise. safe is false when it may
// raise (byte_size of a non-binary), for guards.
func (f *fnGen) nativeCompare(e *ast.BinaryOp) (code jen.Code, safe bool) {
	li, lok := f.natRange(e.Left)
	ri, rok := f.natRange(e.Right)
	switch {
	case lok && rok && (li.vars || ri.vars):
		code := jen.Add(f.natCode(e.Left)).Op(goCompare[e.Op]).Add(f.natCode(e.Right))
		if f.inGuard > 0 {
			code = jen.Parens(code) // a guard may negate it: !(X < 3)
		}
		return code, li.pure && ri.pure
	case f.inGuard > 0:
		// A Term in a guard may raise too: leave it to the guard's code.
	case lok && li.vars && !rok && li.pure:
		if cc, ok := constCompare[e.Op]; ok {
			return jen.Qual(RT, cc.flipped).Call(f.expr(e.Right), f.natCode(e.Left)), false
		}
	case rok && ri.vars && !lok:
		if cc, ok := constCompare[e.Op]; ok {
			return jen.Qual(RT, cc.fn).Call(f.expr(e.Left), f.natCode(e.Right)), false
		}
	}
	return nil, false
}

// matchNative binds X = Expr natively when Expr is a native value; nil if
// it is not.
func (f *fnGen) matchNative(x *ast.Var, e ast.Expr) jen.Code {
	if _, pending := f.scope.lookupPending(x.Name); pending {
		return nil
	}
	code, info, ok := f.nativeValue(e)
	if !ok {
		return nil
	}
	g := varName(x.Name)
	f.emit(jen.Id(g).Op(":=").Add(code))
	f.bindNative(x.Name, g, info.r)
	return jen.Qual(RT, "BoxInt").Call(jen.Id(g))
}

// nativeSize returns the code for a segment size Size*unit in bits when
// Size is native: checked is false when its range makes it always valid
// (int(Len)*8), true when it must go through rt.MatchSizeInt or
// rt.SegSize.
func (f *fnGen) nativeSize(size ast.Expr, unit int) (code jen.Code, valid bool, ok bool) {
	c, info, ok := f.nativeValue(size)
	if !ok {
		return nil, false, false
	}
	if info.r.lo >= 0 && info.r.hi <= (1<<48)/int64(max(unit, 1)) {
		n := jen.Int().Call(c)
		if unit != 1 {
			n = n.Op("*").Lit(unit)
		}
		return n, true, true
	}
	return c, false, true
}

// runKind is what a segment of a run does.
type runKind int

const (
	runSkip runKind = iota // _:N
	runBind                // X:N, X fresh
	runTest                // 5:N
)

// runSegment is one segment of a run, at bit offset off in it.
type runSegment struct {
	kind runKind
	off  int
	n    int
	s    segment
	el   *ast.BinElement
	r    intRange
}

// runOf returns the longest prefix of elems that matchRun can read with one
// Take: segments of constant sizes that are skipped, bind a fresh native
// variable or test a small integer literal.
func (f *fnGen) runOf(elems []*ast.BinElement) ([]runSegment, int) {
	var run []runSegment
	off, reads := 0, 0
	for _, el := range elems {
		s := segmentOf(el)
		n, ok := s.constBits()
		if !ok {
			break
		}
		seg := runSegment{off: off, n: n, s: s, el: el}
		r, native := nativeField(s)
		_, isLit := smallInt(el.Value)
		switch {
		case f.ignorable(el.Value) && (s.typ == "integer" || s.typ == "binary" || s.typ == "bits"):
			seg.kind = runSkip
		case native && f.freshVar(el.Value):
			seg.kind, seg.r = runBind, r
			reads++
		case native && isLit:
			seg.kind = runTest
			reads++
		default:
			return run, reads
		}
		run = append(run, seg)
		off += n
	}
	return run, reads
}

// matchRun reads a run of segments of constant sizes at the start of elems
// with one length check and plain Go reads, and returns how many segments
// it took (0 if none: the usual per-segment code then applies).
//
//	w1, ok := m1.Take(48)                 // <<Port:16, 4:4, Flags:4, _:8, Seq:16>>
//	if !ok { goto clause2 }
//	_ = w1[5]
//	Port := rt.Int(binary.BigEndian.Uint16(w1[0:]))
//	if rt.Int(w1[2]>>4) != 4 { goto clause2 }
//	Flags := rt.Int(w1[2] & 15)
//	Seq := rt.Int(binary.BigEndian.Uint16(w1[4:]))
func (f *fnGen) matchRun(m string, elems []*ast.BinElement, failIf func(jen.Code)) int {
	run, reads := f.runOf(elems)
	if reads == 0 {
		return 0
	}
	total := 0
	for _, seg := range run {
		total += seg.n
	}
	w := f.temp("w")
	f.emit(jen.List(jen.Id(w), jen.Id("ok")).Op(":=").Id(m).Dot("Take").Call(jen.Lit(total)))
	failIf(jen.Op("!").Id("ok"))
	if reads > 1 && total >= 16 {
		f.emit(jen.Id("_").Op("=").Id(w).Index(jen.Lit((total - 1) / 8))) // one bounds check for all
	}
	for _, seg := range run {
		switch seg.kind {
		case runBind:
			v := seg.el.Value.(*ast.Var)
			g := varName(v.Name)
			f.emit(jen.Id(g).Op(":=").Add(fieldRead(w, seg)))
			f.bindNative(v.Name, g, seg.r)
		case runTest:
			c, _ := smallInt(seg.el.Value)
			failIf(jen.Add(fieldRead(w, seg)).Op("!=").Lit(c))
		}
	}
	return len(run)
}

// fieldRead is the Go expression, of type rt.Int, that reads seg from the
// bytes w of its run.
func fieldRead(w string, seg runSegment) jen.Code {
	o, n := seg.off, seg.n
	signed, little := false, false
	for _, fl := range seg.s.flags {
		signed = signed || fl == "BitSigned"
		little = little || fl == "BitLittle"
	}
	k := o / 8
	var x jen.Code
	switch {
	case n == 0:
		return jen.Qual(RT, "Int").Call(jen.Lit(0))
	case o%8 == 0 && n == 8:
		x = jen.Id(w).Index(jen.Lit(k))
	case o%8 == 0 && (n == 16 || n == 32):
		order := map[bool]string{false: "BigEndian", true: "LittleEndian"}[little]
		x = jen.Qual("encoding/binary", order).Dot(fmt.Sprintf("Uint%d", n)).Call(jen.Id(w).Index(jen.Lit(k), jen.Empty()))
	case !signed && o%8+n <= 8:
		x = jen.Id(w).Index(jen.Lit(k))
		if shift := 8 - o%8 - n; shift > 0 {
			x = jen.Add(x).Op(">>").Lit(shift)
		}
		if o%8 != 0 {
			x = jen.Add(x).Op("&").Lit(1<<n - 1)
		}
		return jen.Qual(RT, "Int").Call(x)
	default:
		return jen.Qual(RT, "GetField").Call(jen.Id(w), jen.Lit(o), jen.Lit(n), seg.s.flagCode())
	}
	if signed {
		x = jen.Id(fmt.Sprintf("int%d", n)).Call(x)
	}
	return jen.Qual(RT, "Int").Call(x)
}

// matchNativeBits compiles <<...>> = <<...>> in effect position when both
// sides are integer segments of constant sizes, the built one over native
// values and at most 62 bits in all: the fields are shifts and masks of one
// Go integer, and no binary is built unless the match fails.
//
//	<<A:3, B:5>> = <<X:8>>   ->   A := rt.Int(X >> 5 & 7); B := rt.Int(X & 31)
func (f *fnGen) matchNativeBits(e *ast.Match) bool {
	pat, ok1 := e.Left.(*ast.Bin)
	bin, ok2 := e.Right.(*ast.Bin)
	if !ok1 || !ok2 || f.inGuard > 0 {
		return false
	}
	word, total, ok := f.nativeWord(bin)
	if !ok {
		return false
	}
	run, _ := f.runOf(pat.Elems)
	size := 0
	for _, seg := range run {
		if seg.n > 8 && hasFlag(seg.s, "BitLittle") {
			return false
		}
		size += seg.n
	}
	if len(run) != len(pat.Elems) || size != total {
		return false
	}
	f.line(e)
	x := f.temp("x")
	f.emit(jen.Id(x).Op(":=").Add(word()))
	fail := func() jen.Code { // build the binary only to report it
		return jen.Block(f.block(func() {
			f.emit(jen.Qual(RT, "Badmatch").Call(f.binExpr(bin)))
		})...)
	}
	for _, seg := range run {
		shift := total - seg.off - seg.n
		var field jen.Code
		switch {
		case seg.kind == runSkip:
			continue
		case hasFlag(seg.s, "BitSigned"):
			field = jen.Id(x).Op("<<").Lit(64 - total + seg.off).Op(">>").Lit(64 - seg.n)
		case shift == 0:
			field = jen.Id(x).Op("&").Lit(1<<seg.n - 1)
		case seg.off == 0: // the top bits: nothing above them to mask
			field = jen.Id(x).Op(">>").Lit(shift)
		default:
			field = jen.Id(x).Op(">>").Lit(shift).Op("&").Lit(1<<seg.n - 1)
		}
		if seg.kind == runBind {
			v := seg.el.Value.(*ast.Var)
			g := varName(v.Name)
			f.emit(jen.Id(g).Op(":=").Add(field))
			f.bindNative(v.Name, g, seg.r)
			continue
		}
		c, _ := smallInt(seg.el.Value)
		f.emit(jen.If(jen.Add(field).Op("!=").Lit(c)).Add(fail()))
	}
	return true
}

func hasFlag(s segment, flag string) bool {
	for _, fl := range s.flags {
		if fl == flag {
			return true
		}
	}
	return false
}

// nativeWord returns the code that packs a binary of big-endian integer
// segments of constant sizes over native values into one Go integer, as
// the binary's bits read as an unsigned number, and its size in bits.
func (f *fnGen) nativeWord(bin *ast.Bin) (func() jen.Code, int, bool) {
	total := 0
	type part struct {
		e    ast.Expr
		n    int
		info natInfo
	}
	var parts []part
	for _, el := range bin.Elems {
		s := segmentOf(el)
		n, ok := s.constBits()
		info, isNat := f.natRange(el.Value)
		if !ok || s.typ != "integer" || !isNat || !info.pure || hasFlag(s, "BitLittle") && n > 8 || hasFlag(s, "BitNative") {
			return nil, 0, false
		}
		parts = append(parts, part{el.Value, n, info})
		total += n
	}
	reads := false
	for _, p := range parts {
		reads = reads || p.info.vars
	}
	if total > 62 || !reads { // a binary of literals is a constant
		return nil, 0, false
	}
	return func() jen.Code {
		var terms []jen.Code
		off := 0
		for _, p := range parts {
			off += p.n
			c, prec := f.natCodePrec(p.e)
			if p.info.r.lo < 0 || p.info.r.hi >= 1<<p.n { // wraps modulo 2^n, as construction does
				if prec < 5 {
					c = jen.Parens(c)
				}
				c = jen.Add(c).Op("&").Lit(1<<p.n - 1)
				prec = 5
			}
			if shift := total - off; shift > 0 {
				if prec < 5 {
					c = jen.Parens(c)
				}
				c = jen.Add(c).Op("<<").Lit(shift)
			}
			terms = append(terms, c)
		}
		return joinOp("|", terms)
	}, total, true
}
