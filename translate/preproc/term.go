package preproc

// Terms: the values of -if conditions and -error terms, with Erlang's
// ordering and the ~tp printing that epp's messages use.

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
)

// A term is *big.Int, float64, atomT, tupleT, *consT, nilT or binT.
type term any

type (
	atomT  string
	tupleT []term
	consT  struct{ head, tail term }
	nilT   struct{}
	binT   []byte
)

var (
	atomTrue  = atomT("true")
	atomFalse = atomT("false")
)

func boolTerm(b bool) term {
	if b {
		return atomTrue
	}
	return atomFalse
}

// stringTerm makes the list of characters of s.
func stringTerm(s string) term {
	rs := []rune(s)
	var t term = nilT{}
	for i := len(rs) - 1; i >= 0; i-- {
		t = &consT{big.NewInt(int64(rs[i])), t}
	}
	return t
}

// errBadTerm is erl_parse:parse_term's complaint: not a literal term.
var errBadTerm = errors.New("bad term")

// parseTerm parses "(Term) ." as erl_parse:parse_term/1 does.
func parseTerm(toks []Token) (term, error) {
	es, err := parseExprs(toks)
	if err != nil {
		return nil, err
	}
	if len(es) != 1 {
		return nil, errBadTerm
	}
	return literalTerm(es[0])
}

// literalTerm is erl_parse:normalise/1: the value of a literal expression.
func literalTerm(e *node) (term, error) {
	switch e.kind {
	case nLit:
		return e.val, nil
	case nNil:
		return nilT{}, nil
	case nOp1:
		v, err := literalTerm(e.args[0])
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case *big.Int:
			if e.op == "-" {
				return new(big.Int).Neg(x), nil
			} else if e.op == "+" {
				return x, nil
			}
		case float64:
			if e.op == "-" {
				return -x, nil
			} else if e.op == "+" {
				return x, nil
			}
		}
	case nTuple, nCons, nBin:
		vs := make([]term, len(e.args))
		for i, a := range e.args {
			v, err := literalTerm(a)
			if err != nil {
				return nil, err
			}
			vs[i] = v
		}
		switch e.kind {
		case nTuple:
			return tupleT(vs), nil
		case nCons:
			return &consT{vs[0], vs[1]}, nil
		}
		return binTerm(vs)
	}
	return nil, errBadTerm
}

// binTerm builds a binary from literal segments: bytes and strings.
func binTerm(vs []term) (term, error) {
	var b binT
	for _, v := range vs {
		switch x := v.(type) {
		case *big.Int:
			b = append(b, byte(x.Int64()))
		case *consT, nilT:
			s, ok := charList(x)
			if !ok {
				return nil, errBadTerm
			}
			for _, c := range s {
				b = append(b, byte(c))
			}
		default:
			return nil, errBadTerm
		}
	}
	return b, nil
}

// charList returns the characters of a proper list of integers.
func charList(t term) ([]rune, bool) {
	var rs []rune
	for {
		switch x := t.(type) {
		case nilT:
			return rs, true
		case *consT:
			c, ok := x.head.(*big.Int)
			if !ok || !c.IsInt64() || c.Int64() < 0 || c.Int64() > 0x10FFFF {
				return nil, false
			}
			rs = append(rs, rune(c.Int64()))
			t = x.tail
		default:
			return nil, false
		}
	}
}

// printTerm prints a term as ~tp does for terms that fit on a line.
func printTerm(t term) string {
	var b strings.Builder
	writeTerm(&b, t)
	return b.String()
}

func writeTerm(b *strings.Builder, t term) {
	switch x := t.(type) {
	case *big.Int:
		b.WriteString(x.String())
	case float64:
		b.WriteString(writeFloat(x))
	case atomT:
		b.WriteString(writeAtomUnicode(string(x)))
	case tupleT:
		b.WriteByte('{')
		writeTerms(b, x)
		b.WriteByte('}')
	case nilT:
		b.WriteString("[]")
	case *consT:
		writeList(b, x)
	case binT:
		writeBinary(b, x)
	}
}

func writeTerms(b *strings.Builder, ts []term) {
	for i, e := range ts {
		if i > 0 {
			b.WriteByte(',')
		}
		writeTerm(b, e)
	}
}

// writeList prints a list, as a string when io_lib would (printable Latin-1).
func writeList(b *strings.Builder, l *consT) {
	if rs, ok := charList(l); ok && printable(rs) {
		b.WriteString(writeString(string(rs)))
		return
	}
	b.WriteByte('[')
	var t term = l
	for first := true; ; first = false {
		c, ok := t.(*consT)
		if !ok {
			break
		}
		if !first {
			b.WriteByte(',')
		}
		writeTerm(b, c.head)
		t = c.tail
	}
	if _, ok := t.(nilT); !ok {
		b.WriteByte('|')
		writeTerm(b, t)
	}
	b.WriteByte(']')
}

// printable is io_lib:printable_list/1 for the default Latin-1 range.
func printable(rs []rune) bool {
	for _, r := range rs {
		switch {
		case r >= 32 && r <= 126, r >= 160 && r <= 255:
		case r >= 8 && r <= 13, r == 27:
		default:
			return false
		}
	}
	return true
}

func writeBinary(b *strings.Builder, x binT) {
	rs := make([]rune, len(x))
	for i, c := range x {
		rs[i] = rune(c)
	}
	if len(x) > 0 && printable(rs) {
		b.WriteString("<<" + writeString(string(rs)) + ">>")
		return
	}
	b.WriteString("<<")
	for i, c := range x {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(b, c)
	}
	b.WriteString(">>")
}

// typeRank orders the kinds of term as Erlang does: number < atom < tuple
// < nil < list < binary.
func typeRank(t term) int {
	switch t.(type) {
	case *big.Int, float64:
		return 0
	case atomT:
		return 1
	case tupleT:
		return 2
	case nilT:
		return 3
	case *consT:
		return 4
	}
	return 5
}

// compare orders two terms; exact tells 1 from 1.0.
func compare(a, b term, exact bool) int {
	ra, rb := typeRank(a), typeRank(b)
	if ra != rb {
		return sign(ra - rb)
	}
	switch x := a.(type) {
	case *big.Int, float64:
		return compareNum(x, b, exact)
	case atomT:
		return strings.Compare(string(x), string(b.(atomT)))
	case tupleT:
		y := b.(tupleT)
		if len(x) != len(y) {
			return sign(len(x) - len(y))
		}
		return compareSeq(x, y, exact)
	case *consT:
		y := b.(*consT)
		if c := compare(x.head, y.head, exact); c != 0 {
			return c
		}
		return compare(x.tail, y.tail, exact)
	case binT:
		return strings.Compare(string(x), string(b.(binT)))
	}
	return 0
}

func compareSeq(x, y []term, exact bool) int {
	for i := range x {
		if c := compare(x[i], y[i], exact); c != 0 {
			return c
		}
	}
	return 0
}

// compareNum compares numbers; an integer and a float are equal only
// when not exact (== but not =:=), and then by value.
func compareNum(a, b term, exact bool) int {
	ai, aInt := a.(*big.Int)
	bi, bInt := b.(*big.Int)
	if aInt && bInt {
		return ai.Cmp(bi)
	}
	c := toBigFloat(a).Cmp(toBigFloat(b))
	if c == 0 && exact && aInt != bInt {
		if aInt {
			return 1 // arbitrary but consistent: they are not exactly equal
		}
		return -1
	}
	return c
}

func toBigFloat(t term) *big.Float {
	if i, ok := t.(*big.Int); ok {
		return new(big.Float).SetInt(i)
	}
	return big.NewFloat(t.(float64))
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// toFloat converts a number to float64, failing on overflow.
func toFloat(t term) (float64, bool) {
	switch x := t.(type) {
	case float64:
		return x, true
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f, !math.IsInf(f, 0)
	}
	return 0, false
}
