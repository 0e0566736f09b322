package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// The bit syntax, through rt's builder and matcher (see rt/bits.go):
//
//	b1 := rt.NewBits(p, 24)          // <<X:16, Y>>
//	b1.PutInt(X, 16, 0)
//	b1.PutInt(Y, 8, 0)
//	... b1.Done()
//
//	m1, ok := rt.MatchBits(V)        // <<X:16, Rest/binary>> = V
//	if !ok { ... }
//	x1, ok := m1.Int(16, 0)
//	if !ok { ... }
//	X := x1
//	r1, ok := m1.Rest(8)

// segment is one element's type, size in units, unit and flags.
type segment struct {
	typ   string // integer, float, binary, bits, utf8, utf16, utf32
	size  ast.Expr
	unit  int
	flags []string // rt.BitSigned, ...
}

func segmentOf(e *ast.BinElement) segment {
	s := segment{typ: "integer", size: e.Size, unit: -1}
	for _, t := range e.Types {
		switch t.Name {
		case "integer", "float", "binary", "utf8", "utf16", "utf32":
			s.typ = t.Name
		case "bytes":
			s.typ = "binary"
		case "bitstring", "bits":
			s.typ = "bits"
		case "signed":
			s.flags = append(s.flags, "BitSigned")
		case "little":
			s.flags = append(s.flags, "BitLittle")
		case "native":
			s.flags = append(s.flags, "BitNative")
		case "unit":
			s.unit = t.Value
		}
	}
	if s.unit < 0 {
		s.unit = 1
		if s.typ == "binary" {
			s.unit = 8
		}
	}
	if s.size == nil {
		switch s.typ {
		case "integer":
			s.size = &ast.Integer{Loc: e.Loc, Value: 8}
			s.unit = 1
		case "float":
			s.size = &ast.Integer{Loc: e.Loc, Value: 64}
			s.unit = 1
		}
	}
	return s
}

func (s segment) flagCode() jen.Code {
	if len(s.flags) == 0 {
		return jen.Lit(0)
	}
	var xs []jen.Code
	for _, f := range s.flags {
		xs = append(xs, jen.Qual(RT, f))
	}
	return joinOp("|", xs)
}

// constBits returns the segment's size in bits when it is a literal.
func (s segment) constBits() (int, bool) {
	if n, ok := s.size.(*ast.Integer); ok && n.Big == nil {
		return int(n.Value) * s.unit, true
	}
	return 0, false
}

// binExpr builds a bitstring; one made of literals is built once
// (binLiteral).
func (f *fnGen) binExpr(e *ast.Bin) jen.Code {
	if lit := f.binLiteral(e); lit != nil {
		return lit
	}
	if f.inGuard > 0 {
		return f.binInGuard(e)
	}
	if acc := f.accAppend(e); acc != nil {
		return acc // appended to a loop's carried accumulator (bits_acc.go)
	}
	elems := e.Elems
	if len(elems) > 1 {
		elems = f.hoistSegments(elems) // values first, as BEAM (bits_run.go)
	}
	b := f.temp("b")
	f.emit(jen.Id(b).Op(":=").Qual(RT, "NewBits").Call(jen.Id("p"), f.sizeHint(e)))
	f.putSegments(b, elems, 0)
	return jen.Id(b).Dot("Done").Call()
}

// sizeHint is the builder's size hint: the bits known at compile time,
// plus those of the variables appended whole after the first segment
// (160+rt.BitSizeHint(Payload)), so that one allocation holds it all. A
// first segment Acc/binary is left out: the builder extends it in place
// when it can, and leaves room to grow when it cannot.
func (f *fnGen) sizeHint(e *ast.Bin) jen.Code {
	hint := 0
	var dyn []jen.Code
	for i, el := range e.Elems {
		s := segmentOf(el)
		if n, ok := s.constBits(); ok {
			hint += n
			continue
		}
		if v, isVar := el.Value.(*ast.Var); isVar && i > 0 && isRestSegment(el) {
			if _, bound := f.scope.lookup(v.Name); bound {
				dyn = append(dyn, jen.Qual(RT, "BitSizeHint").Call(f.expr(v)))
			}
		}
	}
	return joinOp("+", append([]jen.Code{jen.Lit(hint)}, dyn...))
}

func (f *fnGen) sizeCode(s segment) jen.Code {
	if n, ok := s.constBits(); ok {
		return jen.Lit(n)
	}
	if n, valid, ok := f.nativeSize(s.size, s.unit); ok && valid {
		return n // int(Len) * 8: a native size known to be valid
	}
	return jen.Qual(RT, "SegSize").Call(f.expr(s.size), jen.Lit(s.unit))
}

func (f *fnGen) putSegment(b string, el *ast.BinElement) {
	s := segmentOf(el)
	put := func(method string, args ...jen.Code) {
		f.line(el) // each Put may raise badarg: keep Go's line at the segment's
		f.emit(jen.Id(b).Dot(method).Call(args...))
	}
	if str, ok := el.Value.(*ast.String); ok {
		if s.typ == "integer" && el.Size == nil {
			put("PutString", jen.Lit(latin1(str.Value)))
			return
		}
		// "abc"/utf8, "abc":16: one segment per character.
		for _, r := range str.Value {
			f.putSegment(b, &ast.BinElement{Loc: el.Loc, Value: &ast.Char{Loc: el.Loc, Value: r}, Size: el.Size, Types: el.Types})
		}
		return
	}
	if s.typ == "integer" {
		f.putInteger(b, el, s, put)
		return
	}
	v := f.expr(el.Value)
	switch s.typ {
	case "float":
		put("PutFloat", v, f.sizeCode(s), s.flagCode())
	case "binary", "bits":
		size := jen.Code(jen.Lit(-1))
		if s.size != nil {
			size = f.sizeCode(s)
		}
		put("PutBinary", v, size, jen.Lit(s.unit))
	case "utf8":
		put("PutUTF8", v)
	case "utf16":
		put("PutUTF16", v, s.flagCode())
	case "utf32":
		put("PutUTF32", v, s.flagCode())
	}
}

// putInteger appends an integer segment: PutSmall for a native value,
// which needs no boxing, PutInt for a Term.
func (f *fnGen) putInteger(b string, el *ast.BinElement, s segment, put func(string, ...jen.Code)) {
	if c, _, ok := f.nativeValue(el.Value); ok {
		size := f.sizeCode(s)
		put("PutSmall", c, size, s.flagCode())
		return
	}
	v := f.expr(el.Value)
	put("PutInt", v, f.sizeCode(s), s.flagCode())
}

// latin1 keeps the low 8 bits of each character, as BEAM does for a
// string literal in a binary.
func latin1(rs []rune) string {
	bs := make([]byte, len(rs))
	for i, r := range rs {
		bs[i] = byte(r)
	}
	return string(bs)
}

// matchBin matches a binary pattern segment by segment.
func (f *fnGen) matchBin(p *ast.Bin, v jen.Code, fail func() jen.Code, failIf func(jen.Code)) {
	m := f.temp("m")
	if bp := f.bitParam(v); bp != nil {
		// m1, ok := bm1, isBits1: a copy of the loop's matcher (bits_loop.go)
		f.emit(jen.List(jen.Id(m), jen.Id("ok")).Op(":=").List(jen.Id(bp.matcher), jen.Id(bp.isBits)))
	} else {
		f.emit(jen.List(jen.Id(m), jen.Id("ok")).Op(":=").Qual(RT, "MatchBits").Call(v))
	}
	failIf(jen.Op("!").Id("ok"))
	f.matchSegments(p, m, fail, failIf)
}

// matchSegments matches the segments of p with the matcher m.
func (f *fnGen) matchSegments(p *ast.Bin, m string, fail func() jen.Code, failIf func(jen.Code)) {
	for i := 0; i < len(p.Elems); {
		if n := f.matchRun(m, p.Elems[i:], failIf); n > 0 {
			i += n
			continue
		}
		last := i == len(p.Elems)-1
		f.matchSegment(m, p.Elems[i], last, fail, failIf)
		i++
	}
	if n := len(p.Elems); n == 0 || !isRestSegment(p.Elems[n-1]) {
		failIf(jen.Op("!").Id(m).Dot("AtEnd").Call())
	}
}

// isRestSegment reports whether el takes all the remaining bits.
func isRestSegment(el *ast.BinElement) bool {
	s := segmentOf(el)
	return (s.typ == "binary" || s.typ == "bits") && s.size == nil
}

func (f *fnGen) matchSegment(m string, el *ast.BinElement, last bool, fail func() jen.Code, failIf func(jen.Code)) {
	s := segmentOf(el)
	if str, ok := el.Value.(*ast.String); ok {
		if s.typ == "integer" && el.Size == nil {
			failIf(jen.Op("!").Id(m).Dot("String").Call(jen.Lit(latin1(str.Value))))
			return
		}
		for _, r := range str.Value {
			f.matchSegment(m, &ast.BinElement{Loc: el.Loc, Value: &ast.Char{Loc: el.Loc, Value: r}, Size: el.Size, Types: el.Types}, false, fail, failIf)
		}
		return
	}
	size := func() jen.Code {
		if n, ok := s.constBits(); ok {
			return jen.Lit(n)
		}
		sz := f.temp("n")
		if n, valid, ok := f.nativeSize(s.size, s.unit); ok && valid {
			f.emit(jen.Id(sz).Op(":=").Add(n)) // n1 := int(Len) * 8
			return jen.Id(sz)
		} else if ok {
			c, _, _ := f.nativeValue(s.size)
			f.emit(jen.List(jen.Id(sz), jen.Id("ok")).Op(":=").Qual(RT, "MatchSizeInt").Call(c, jen.Lit(s.unit)))
		} else {
			f.emit(jen.List(jen.Id(sz), jen.Id("ok")).Op(":=").Qual(RT, "MatchSize").Call(f.sizeValue(s.size), jen.Lit(s.unit)))
		}
		failIf(jen.Op("!").Id("ok"))
		return jen.Id(sz)
	}
	var call jen.Code
	switch s.typ {
	case "integer":
		if f.ignorable(el.Value) {
			failIf(jen.Op("!").Id(m).Dot("Skip").Call(size()))
			return
		}
		if r, ok := nativeField(s); ok && f.freshVar(el.Value) {
			// Port, ok := m1.Small(16, 0): a native Int (bits_native.go)
			n, _ := s.constBits()
			g := varName(el.Value.(*ast.Var).Name)
			f.emit(jen.List(jen.Id(g), jen.Id("ok")).Op(":=").Id(m).Dot("Small").Call(jen.Lit(n), s.flagCode()))
			failIf(jen.Op("!").Id("ok"))
			f.bindNative(el.Value.(*ast.Var).Name, g, r)
			return
		}
		call = jen.Id(m).Dot("Int").Call(size(), s.flagCode())
	case "float":
		call = jen.Id(m).Dot("Float").Call(size(), s.flagCode())
	case "binary", "bits":
		if s.size == nil {
			if !last {
				f.errorf(el, "a binary segment without a size must be the last")
			}
			if f.tailSegment(m, el, s.unit, failIf) || f.restSegment(m, el, s.unit, failIf) {
				return
			}
			if f.ignorable(el.Value) && s.unit > 1 {
				// _/binary: the rest need only be whole bytes, not a value.
				failIf(jen.Op("!").Id(m).Dot("Tail").Call(jen.Lit(s.unit)))
				return
			}
			call = jen.Id(m).Dot("Rest").Call(jen.Lit(s.unit))
		} else {
			if f.ignorable(el.Value) {
				failIf(jen.Op("!").Id(m).Dot("Skip").Call(size())) // _:N/binary
				return
			}
			call = jen.Id(m).Dot("Binary").Call(size())
		}
	case "utf8":
		call = jen.Id(m).Dot("UTF8").Call()
	case "utf16":
		call = jen.Id(m).Dot("UTF16").Call(s.flagCode())
	case "utf32":
		call = jen.Id(m).Dot("UTF32").Call(s.flagCode())
	}
	if f.ignorable(el.Value) {
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(call).Op(";").Op("!").Id("ok"))
		return
	}
	if v, ok := el.Value.(*ast.Var); ok && f.bindsFresh(v) {
		// Port, ok := m1.Int(16, 0)
		g := varName(v.Name)
		f.emit(jen.List(jen.Id(g), jen.Id("ok")).Op(":=").Add(call))
		failIf(jen.Op("!").Id("ok"))
		f.scope.vars[v.Name] = g
		return
	}
	x := f.temp("x")
	f.emit(jen.List(jen.Id(x), jen.Id("ok")).Op(":=").Add(call))
	failIf(jen.Op("!").Id("ok"))
	f.match(floatLiteral(s, el.Value), jen.Id(x), fail)
}

// floatLiteral makes an integer literal in a float segment's pattern the
// float it stands for (<<3:32/float>> matches 3.0, as on BEAM).
func floatLiteral(s segment, v ast.Expr) ast.Expr {
	if n, ok := smallInt(v); ok && s.typ == "float" {
		return &ast.Float{Loc: ast.Loc{P: v.Pos()}, Value: float64(n)}
	}
	return v
}

// freshVar reports whether e is a variable that bindsFresh.
func (f *fnGen) freshVar(e ast.Expr) bool {
	v, ok := e.(*ast.Var)
	return ok && f.bindsFresh(v)
}

// bindsFresh reports whether the pattern variable v binds a value that is
// read, to a Go variable that can be declared right there (not one
// declared before a case whose clauses all bind it).
func (f *fnGen) bindsFresh(v *ast.Var) bool {
	in, binds := f.info.bind[v]
	_, pending := f.scope.lookupPending(v.Name)
	return binds && in.read && !pending
}
