package gen

import (
	"fmt"
	"math"
	"math/big"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Binaries made only of literals (<<>>, <<"GET ">>, <<1, 2, 3>>, <<7:3>>)
// are encoded here, at compile time, and built once as package variables,
// as BEAM keeps them in the literal area. This also lets a literal binary
// appear in a guard, where no statements may be emitted. A segment this
// encoder does not know (native byte order, 16-bit floats, a value that
// would raise badarg) leaves the whole expression to the run-time builder,
// which raises the error where BEAM does.

// binLiteral returns the package variable holding e's value, or nil when
// e is not made of literals:
//
//	lit_m_3 rt.Term = rt.NewBinary([]byte("GET "))
//	lit_m_4 rt.Term = rt.NewBitstring([]byte{224}, 3)
func (f *fnGen) binLiteral(e *ast.Bin) jen.Code {
	var w bitWriter
	for _, el := range e.Elems {
		if !w.literal(el) {
			return nil
		}
	}
	var data jen.Code
	if printable(w.data) && w.n%8 == 0 {
		data = jen.Index().Byte().Call(jen.Lit(string(w.data)))
	} else {
		bs := make([]jen.Code, len(w.data))
		for i, b := range w.data {
			bs[i] = jen.Lit(int(b))
		}
		data = jen.Index().Byte().Values(bs...)
	}
	code := jen.Qual(RT, "NewBinary").Call(data)
	if w.n%8 != 0 {
		code = jen.Qual(RT, "NewBitstring").Call(data, jen.Lit(w.n))
	}
	if len(e.Elems) == 0 {
		code = jen.Qual(RT, "NewBinary").Call(jen.Nil())
	}
	return f.literal(fmt.Sprintf("bin:%x:%d", w.data, w.n), code)
}

func printable(bs []byte) bool {
	for _, b := range bs {
		if b < ' ' || b > '~' || b == '"' || b == '\\' {
			return false
		}
	}
	return len(bs) > 0
}

// bitWriter accumulates a bitstring, most significant bit first.
type bitWriter struct {
	data []byte
	n    int // bits written
}

// bit appends one bit.
func (w *bitWriter) bit(b uint) {
	if w.n%8 == 0 {
		w.data = append(w.data, 0)
	}
	w.data[len(w.data)-1] |= byte(b&1) << (7 - w.n%8)
	w.n++
}

// bytes appends whole bytes.
func (w *bitWriter) bytes(bs []byte) {
	for _, b := range bs {
		for i := 7; i >= 0; i-- {
			w.bit(uint(b >> i))
		}
	}
}

// litSpec is the part of a segment's type specifiers the encoder needs.
type litSpec struct {
	typ    string // integer, float, binary, utf8, utf16, utf32
	little bool
	native bool
	unit   int
}

func litSpecOf(el *ast.BinElement) litSpec {
	s := litSpec{typ: "integer", unit: 1}
	for _, t := range el.Types {
		switch t.Name {
		case "integer", "float", "utf8", "utf16", "utf32":
			s.typ = t.Name
		case "binary", "bytes", "bitstring", "bits":
			s.typ = "binary"
		case "little":
			s.little = true
		case "native":
			s.native = true
		case "unit":
			s.unit = t.Value
		}
	}
	return s
}

// literal encodes one segment, reporting false if it cannot.
func (w *bitWriter) literal(el *ast.BinElement) bool {
	s := litSpecOf(el)
	if s.native {
		return false
	}
	if str, ok := el.Value.(*ast.String); ok {
		for _, r := range str.Value {
			if !w.segment(s, el.Size, big.NewInt(int64(r)), 0, false) {
				return false
			}
		}
		return true
	}
	v, fv, isFloat, ok := literalNumber(el.Value)
	if !ok {
		return false
	}
	return w.segment(s, el.Size, v, fv, isFloat)
}

// literalNumber reads an integer or float literal, possibly negated.
func literalNumber(e ast.Expr) (*big.Int, float64, bool, bool) {
	switch e := e.(type) {
	case *ast.Integer:
		if e.Big != nil {
			return new(big.Int).Set(e.Big), 0, false, true
		}
		return big.NewInt(e.Value), 0, false, true
	case *ast.Char:
		return big.NewInt(int64(e.Value)), 0, false, true
	case *ast.Float:
		return nil, e.Value, true, true
	case *ast.UnaryOp:
		v, fv, isFloat, ok := literalNumber(e.X)
		if !ok || (e.Op != "-" && e.Op != "+") {
			return nil, 0, false, false
		}
		if e.Op == "-" {
			if isFloat {
				fv = -fv
			} else {
				v.Neg(v)
			}
		}
		return v, fv, isFloat, true
	}
	return nil, 0, false, false
}

// segment encodes a number as a segment of type s.
func (w *bitWriter) segment(s litSpec, size ast.Expr, v *big.Int, fv float64, isFloat bool) bool {
	bits := -1
	if size != nil {
		n, ok := size.(*ast.Integer)
		if !ok || n.Big != nil || n.Value < 0 || n.Value > 1<<20 {
			return false
		}
		bits = int(n.Value) * s.unit
	}
	switch s.typ {
	case "integer":
		if isFloat {
			return false
		}
		if bits < 0 {
			bits = 8
		}
		return w.integer(v, bits, s.little)
	case "float":
		return w.float(v, fv, isFloat, bits, s.little)
	case "utf8", "utf16", "utf32":
		if isFloat || size != nil || !v.IsInt64() {
			return false
		}
		return w.utf(s, v.Int64())
	}
	return false
}

// integer appends v modulo 2^bits; little-endian only for whole bytes
// (BEAM's rule for the other sizes is left to the run-time builder).
func (w *bitWriter) integer(v *big.Int, bits int, little bool) bool {
	if little && bits%8 != 0 {
		return false
	}
	mod := new(big.Int).Lsh(big.NewInt(1), uint(bits))
	u := new(big.Int).Mod(v, mod) // two's complement for negative values
	bs := u.FillBytes(make([]byte, (bits+7)/8))
	if little {
		for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
			bs[i], bs[j] = bs[j], bs[i]
		}
	}
	skip := len(bs)*8 - bits // leading pad bits of a big-endian field
	for i := skip; i < len(bs)*8; i++ {
		w.bit(uint(bs[i/8] >> (7 - i%8)))
	}
	return true
}

// float appends a 32- or 64-bit IEEE float.
func (w *bitWriter) float(v *big.Int, fv float64, isFloat bool, bits int, little bool) bool {
	if !isFloat {
		if !v.IsInt64() {
			return false
		}
		fv = float64(v.Int64())
	}
	var u uint64
	switch bits {
	case -1, 64:
		bits, u = 64, math.Float64bits(fv)
	case 32:
		f32 := float32(fv)
		if math.IsInf(float64(f32), 0) != math.IsInf(fv, 0) {
			return false // out of range: BEAM's rule is the builder's
		}
		u = uint64(math.Float32bits(f32))
	default:
		return false
	}
	return w.integer(new(big.Int).SetUint64(u), bits, little)
}

// utf appends a code point in UTF-8, UTF-16 or UTF-32.
func (w *bitWriter) utf(s litSpec, c int64) bool {
	if c < 0 || c > utf8.MaxRune || (c >= 0xd800 && c <= 0xdfff) {
		return false
	}
	r := rune(c)
	switch s.typ {
	case "utf8":
		w.bytes(utf8.AppendRune(nil, r))
	case "utf16":
		units := []rune{r}
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			units = []rune{r1, r2}
		}
		for _, u := range units {
			w.integer(big.NewInt(int64(u)), 16, s.little)
		}
	case "utf32":
		w.integer(big.NewInt(c), 32, s.little)
	}
	return true
}
