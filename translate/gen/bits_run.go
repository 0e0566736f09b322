package gen

import (
	"fmt"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Runs of fixed segments in construction. Where the builder is known to
// stand at a byte boundary, a run of integer segments of 8, 16, 32 or 64
// bits over native values or literals, and of string literals, is one
// rt.Bits.Run that reserves the bytes and plain stores that fill them, as
// matchRun reads such a run with one Take:
//
//	<<Acc/binary, N:32/little, (N band 255), "ab">>    (N native)
//
//	b1 := acc2.Append(p, Acc, 8)
//	w1 := b1.Run(7)
//	_ = w1[6]
//	binary.LittleEndian.PutUint32(w1[0:], uint32(N))
//	w1[4] = byte(N & 255)
//	w1[5], w1[6] = 'a', 'b'
//
// None of these segments can raise (a native value that may, byte_size(X),
// is computed before the run), and each store wraps its value modulo 2^size
// as construction does. The position is known after segments of constant
// size, whole binaries and UTF segments; after Acc/bits or a size only known
// at run time it is not, and the segments go one Put at a time.

// putSegments appends elems to the builder b, whose bit position modulo 8
// is off (-1 when unknown).
func (f *fnGen) putSegments(b string, elems []*ast.BinElement, off int) {
	for i := 0; i < len(elems); {
		if off == 0 {
			if n := f.putRun(b, elems[i:]); n > 0 {
				i += n
				continue
			}
		}
		f.putSegment(b, elems[i])
		off = offsetAfter(off, elems[i])
		i++
	}
}

// offsetAfter is the bit position modulo 8 after el, given off before it.
func offsetAfter(off int, el *ast.BinElement) int {
	if off < 0 {
		return -1
	}
	s := segmentOf(el)
	if str, ok := el.Value.(*ast.String); ok {
		if s.typ == "integer" && el.Size == nil {
			return off // 8 bits a character
		}
		if n, ok := s.constBits(); ok && s.typ == "integer" {
			return (off + n*len(str.Value)) % 8
		}
		if s.typ == "utf8" || s.typ == "utf16" || s.typ == "utf32" {
			return off
		}
		return -1
	}
	switch s.typ {
	case "utf8", "utf16", "utf32":
		return off
	case "binary":
		if s.unit%8 == 0 {
			return off // whole bytes, or badarg
		}
	}
	if n, ok := s.constBits(); ok {
		return (off + n) % 8
	}
	if s.typ != "binary" && s.typ != "bits" && s.size != nil && s.unit%8 == 0 {
		return off // Size*8 bits
	}
	return -1
}

// runStore is one segment of a construction run.
type runStore struct {
	off   int    // in bytes
	bytes []byte // a literal's bytes, big-endian or as written
	n     int    // the integer's size in bits (8, 16, 32 or 64), for a value
	val   jen.Code
	le    bool
	el    *ast.BinElement
}

// putRun emits the run at the start of elems and returns the number of
// segments it took; 0 when there is no run worth one Run call.
func (f *fnGen) putRun(b string, elems []*ast.BinElement) int {
	var run []runStore
	total, taken, wide := 0, 0, false
	for _, el := range elems {
		st, ok := f.runStoreOf(el)
		if !ok {
			break
		}
		taken++
		if k := len(run) - 1; k >= 0 && st.val == nil && run[k].val == nil {
			run[k].bytes = append(run[k].bytes, st.bytes...) // literals side by side: one store
			total += len(st.bytes)
			continue
		}
		st.off, st.el = total, el
		if st.val != nil {
			total += st.n / 8
			wide = wide || st.n > 8
		} else {
			total += len(st.bytes)
		}
		run = append(run, st)
	}
	if total < 2 || taken < 2 && !wide {
		return 0
	}
	for i, st := range run { // values that may raise, in order, before the stores
		if st.val != nil && !f.pureValue(st.el.Value) {
			f.line(st.el)
			x := f.temp("x")
			f.emit(jen.Id(x).Op(":=").Add(st.val))
			run[i].val = jen.Id(x)
		}
	}
	w := f.temp("w")
	f.line(elems[0])
	f.emit(jen.Id(w).Op(":=").Id(b).Dot("Run").Call(jen.Lit(total)))
	if len(run) > 1 {
		f.emit(jen.Id("_").Op("=").Id(w).Index(jen.Lit(total - 1))) // one bounds check for all
	}
	for _, st := range run {
		f.emit(st.code(w)...)
	}
	return taken
}

// runStoreOf returns the store for el if it can be in a run.
func (f *fnGen) runStoreOf(el *ast.BinElement) (runStore, bool) {
	s := segmentOf(el)
	if str, ok := el.Value.(*ast.String); ok {
		if s.typ != "integer" || el.Size != nil || len(str.Value) == 0 {
			return runStore{}, false
		}
		return runStore{bytes: []byte(latin1(str.Value))}, true
	}
	n, ok := s.constBits()
	if !ok || s.typ != "integer" || hasFlag(s, "BitNative") || n != 8 && n != 16 && n != 32 && n != 64 {
		return runStore{}, false
	}
	le := hasFlag(s, "BitLittle") && n > 8
	if c, ok := smallInt(el.Value); ok {
		x := uint64(int64(c))
		if n < 64 {
			x &= 1<<n - 1
		}
		bs := make([]byte, n/8)
		for i := range bs {
			shift := 8 * i // little-endian: the least significant byte first
			if !le {
				shift = n - 8 - 8*i
			}
			bs[i] = byte(x >> shift)
		}
		return runStore{bytes: bs}, true
	}
	c, _, ok := f.nativeValue(el.Value)
	if !ok {
		return runStore{}, false
	}
	return runStore{n: n, val: c, le: le}, true
}

// pureValue reports whether the native value e cannot raise.
func (f *fnGen) pureValue(e ast.Expr) bool {
	info, ok := f.natRange(e)
	return ok && info.pure
}

// code is the statements that store st into the run's bytes w.
func (st runStore) code(w string) []jen.Code {
	if st.val == nil {
		if len(st.bytes) > 8 {
			return []jen.Code{jen.Copy(jen.Id(w).Index(jen.Lit(st.off), jen.Empty()), jen.Lit(string(st.bytes)))}
		}
		lhs := make([]jen.Code, len(st.bytes))
		rhs := make([]jen.Code, len(st.bytes))
		for i, c := range st.bytes {
			lhs[i] = jen.Id(w).Index(jen.Lit(st.off + i))
			rhs[i] = byteLit(c)
		}
		return []jen.Code{jen.List(lhs...).Op("=").List(rhs...)}
	}
	if st.n == 8 {
		return []jen.Code{jen.Id(w).Index(jen.Lit(st.off)).Op("=").Byte().Call(st.val)}
	}
	order := map[bool]string{false: "BigEndian", true: "LittleEndian"}[st.le]
	return []jen.Code{jen.Qual("encoding/binary", order).Dot(fmt.Sprintf("PutUint%d", st.n)).Call(
		jen.Id(w).Index(jen.Lit(st.off), jen.Empty()), jen.Id(fmt.Sprintf("uint%d", st.n)).Call(st.val))}
}

// byteLit is a byte as a character literal when it is printable ASCII.
func byteLit(c byte) jen.Code {
	if c >= 0x20 && c < 0x7f {
		return jen.Op(strconv.QuoteRune(rune(c)))
	}
	return jen.Lit(int(c))
}

// Order of evaluation. BEAM evaluates every segment's value and size
// before it builds anything, so in <<A:8, (f()):8>> f runs even when A is
// not an integer, and in <<A:8, (B + 1):8>> a bad B is badarith, not the
// badarg of A. hoistSegments evaluates, in order, each value and size that
// could raise or has effects into a temporary before the first Put, and
// returns the elements reading those temporaries; variables, literals and
// native arithmetic that cannot raise stay where they are.
//
//	<<A:8, (noisy(3)):8>>   ->   x1 := m_noisy_1(p, rt.BoxInt(3))
//	                             b1 := rt.NewBits(p, 16)
//	                             b1.PutInt(A, 8, 0)
//	                             b1.PutInt(x1, 8, 0)
func (f *fnGen) hoistSegments(elems []*ast.BinElement) []*ast.BinElement {
	out := make([]*ast.BinElement, len(elems))
	for i, el := range elems {
		ne := *el
		if _, isStr := el.Value.(*ast.String); !isStr {
			ne.Value = f.hoisted(el, el.Value)
		}
		if el.Size != nil {
			ne.Size = f.hoisted(el, el.Size)
		}
		out[i] = &ne
	}
	return out
}

// hoisted evaluates e into a temporary unless it is safe to leave in
// place, and returns what reads it: a variable bound to the temporary
// (natively when e is native), named like the temporary, which no Erlang
// variable can be. at gives the line.
func (f *fnGen) hoisted(at ast.Node, e ast.Expr) ast.Expr {
	if _, isVar := e.(*ast.Var); isVar || isConst(e) {
		return e
	}
	info, native := f.natRange(e)
	if native && info.pure {
		return e
	}
	f.line(at)
	x := f.temp("x")
	if native && info.vars {
		f.emit(jen.Id(x).Op(":=").Add(f.natCode(e)))
		f.bindNative(x, x, info.r)
	} else {
		f.declare(x, f.expr(e))
		f.scope.vars[x] = x
	}
	return &ast.Var{Loc: ast.At(at.Pos()), Name: x}
}
