package lint

import (
	"fmt"
	"math/big"

	"github.com/erl2go/erl2go/translate/source"

	"github.com/erl2go/erl2go/translate/ast"
)

// Bit syntax: the type specifiers of a segment are merged as erl_bits does,
// and a pattern's sizes may use only variables bound before the pattern or
// earlier in the same binary.

// bitType is a segment's merged type specifiers; "" means not given.
type bitType struct {
	typ, endian, sign string
	unit              int // 0: not given
}

// sizeKind classifies a segment size for the checks that depend on it.
type sizeKind int

const (
	sizeDefault sizeKind = iota
	sizeKnown            // a constant
	sizeUnknown          // an expression
	sizeAll              // the atom all, or a binary segment with no size
)

// setBitType merges the specifiers and applies defaults, returning the size
// kind after defaults or an error message.
func setBitType(size sizeKind, specs []ast.TypeSpec) (bitType, sizeKind, string) {
	var bt bitType
	for _, s := range specs {
		t, msg := specType(s)
		if msg != "" {
			return bt, size, msg
		}
		if msg := mergeBitType(&bt, t); msg != "" {
			return bt, size, msg
		}
	}
	if bt.typ == "" {
		bt.typ = "integer"
	}
	switch bt.typ {
	case "binary":
		if size == sizeDefault {
			size = sizeAll
		}
	case "integer", "float":
		if size == sizeDefault {
			if bt.unit != 0 {
				return bt, size, "a bit unit size must not be specified unless a size is specified too"
			}
			size = sizeKnown
		}
	case "utf8", "utf16", "utf32":
		if size != sizeDefault || bt.unit != 0 {
			return bt, size, "neither size nor unit must be given for segments of type utf8/utf16/utf32"
		}
	}
	return bt, size, ""
}

// specType reads one specifier.
func specType(s ast.TypeSpec) (bitType, string) {
	switch s.Name {
	case "integer", "float", "binary", "utf8", "utf16", "utf32":
		if s.Value < 0 {
			return bitType{typ: s.Name}, ""
		}
	case "bytes":
		if s.Value < 0 {
			return bitType{typ: "binary", unit: 8}, ""
		}
	case "bitstring", "bits":
		if s.Value < 0 {
			return bitType{typ: "binary", unit: 1}, ""
		}
	case "big", "little", "native":
		if s.Value < 0 {
			return bitType{endian: s.Name}, ""
		}
	case "signed", "unsigned":
		if s.Value < 0 {
			return bitType{sign: s.Name}, ""
		}
	case "unit":
		if s.Value > 0 && s.Value <= 256 {
			return bitType{unit: s.Value}, ""
		}
	}
	name := atomText(s.Name)
	if s.Value >= 0 {
		name = fmt.Sprintf("{%s,%d}", name, s.Value)
	}
	return bitType{}, fmt.Sprintf("bit type %s undefined", name)
}

// mergeBitType adds t to bt; a specifier given twice with different values is an error.
func mergeBitType(bt *bitType, t bitType) string {
	conflict := func(what, a, b string) string {
		return fmt.Sprintf("conflict in %s specification for bit field: '%s' and '%s'", what, a, b)
	}
	if t.endian != "" {
		if bt.endian != "" && bt.endian != t.endian {
			return conflict("endianness", t.endian, bt.endian)
		}
		bt.endian = t.endian
	}
	if t.sign != "" {
		if bt.sign != "" && bt.sign != t.sign {
			return conflict("sign", t.sign, bt.sign)
		}
		bt.sign = t.sign
	}
	if t.typ != "" {
		if bt.typ != "" && bt.typ != t.typ {
			return conflict("type", t.typ, bt.typ)
		}
		bt.typ = t.typ
	}
	if t.unit != 0 {
		if bt.unit != 0 && bt.unit != t.unit {
			return conflict("unit", fmt.Sprint(t.unit), fmt.Sprint(bt.unit))
		}
		bt.unit = t.unit
	}
	return ""
}

// segmentType checks a segment's specifiers against its size and returns
// the size kind after defaults.
func (c *checker) segmentType(e *ast.BinElement, size sizeKind) sizeKind {
	bt, size, msg := setBitType(size, e.Types)
	if msg != "" {
		c.errorf(e.Pos(), "%s", msg)
		return sizeKnown
	}
	if size == sizeAll && bt.typ != "binary" {
		c.errorf(e.Pos(), "illegal bit size")
		return sizeUnknown
	}
	return size
}

// binExpr checks a binary construction (or a binary in a guard).
func (c *checker) binExpr(b *ast.Bin, env vt, check func(ast.Expr, vt) vt) vt {
	acc := vt{}
	for _, e := range b.Elems {
		acc = merge(check(e.Value, env), acc)
		size := sizeDefault
		switch {
		case e.Size == nil:
		case isAtom(e.Size, "all"):
			size = sizeAll
		default:
			size = sizeUnknown
			if _, ok := constInt(e.Size); ok {
				size = sizeKnown
			} else {
				acc = merge(check(e.Size, env), acc)
			}
		}
		c.segmentType(e, size)
	}
	return acc
}

// binPattern checks a binary pattern. Segment values bind (or match) variables;
// sizes use variables bound before the pattern or in earlier segments.
func (c *checker) binPattern(b *ast.Bin, env, old vt) (vt, vt) {
	pvt, pnew := vt{}, vt{}
	var prev *ast.BinElement
	prevAll := false
	for _, e := range b.Elems {
		if _, ok := e.Value.(*ast.String); ok && !goodStringSpec(e) {
			c.errorf(e.Pos(), "a literal string in a binary pattern must not have a type or a size")
			continue
		}
		u, n := c.segmentValue(e.Value, old, pnew)
		su, sn, size := c.patternSize(e.Size, env, pnew)
		size = c.segmentType(e, size)
		if prevAll {
			c.errorf(prev.Pos(), "a binary field without size is only allowed at the end of a binary pattern")
		}
		prev, prevAll = e, size == sizeAll
		if _, ok := e.Value.(*ast.String); ok {
			prevAll = false // a string's size is known
		}
		pvt = merge(su, merge(u, pvt))
		pnew = merge(sn, merge(pnew, n))
	}
	return pvt, pnew
}

func goodStringSpec(e *ast.BinElement) bool {
	if e.Size != nil {
		return false
	}
	if len(e.Types) == 0 {
		return true
	}
	for _, t := range e.Types {
		if t.Name == "utf8" || t.Name == "utf16" || t.Name == "utf32" {
			return true
		}
	}
	return false
}

// segmentValue checks the value of a pattern segment: a variable, a literal
// or a constant expression.
func (c *checker) segmentValue(p ast.Expr, old, newVars vt) (vt, vt) {
	switch p := p.(type) {
	case *ast.Var:
		if p.Name == "_" {
			return nil, nil
		}
		return c.patVar(p, old, newVars)
	case *ast.String:
		return nil, nil
	case *ast.Bin:
		c.errorf(p.Pos(), "illegal pattern")
		return nil, nil
	}
	if !isPatternExpr(p) {
		c.errorf(p.Pos(), "illegal pattern")
	}
	return nil, nil
}

// patternSize checks the size of a pattern segment.
func (c *checker) patternSize(s ast.Expr, env, newVars vt) (vt, vt, sizeKind) {
	if s == nil {
		return nil, nil, sizeDefault
	}
	if _, ok := constInt(s); ok {
		return nil, nil, sizeKnown
	}
	if newVars == nil {
		newVars = vt{}
	}
	_, isVar := s.(*ast.Var)
	c.binNew, c.inSize = newVars, !isVar
	u := c.gexpr(s, env)
	n := c.binNew
	c.binNew, c.inSize = nil, false
	return u, n, sizeUnknown
}

// binSizeVar checks a variable used in a pattern's size: bound earlier in the
// same binary (c.binNew) or before the pattern.
func (c *checker) binSizeVar(v *ast.Var, env vt) vt {
	if info, ok := c.binNew[v.Name]; ok {
		c.binNew = merge(c.binNew, vt{v.Name: usedAt(info)})
		return nil
	}
	info, ok := env[v.Name]
	switch {
	case !ok:
		c.errorf(v.Pos(), "variable %s is unbound", atomText(v.Name))
		info.annos = []source.Pos{v.Pos()}
	case info.kind == unsafe:
		c.unsafeVar(v, info)
	}
	return vt{v.Name: usedAt(info)}
}

// constInt evaluates a constant integer expression, as erl_eval:partial_eval does.
func constInt(e ast.Expr) (*big.Int, bool) {
	v, ok := constNum(e)
	if !ok || v.isFloat {
		return nil, false
	}
	return v.i, true
}
