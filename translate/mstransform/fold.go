package mstransform

import (
	"cmp"
	"math"
	"math/big"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/lint"
)

// fold is erl_eval:partial_eval as ms_transform uses it: an operator
// expression whose operands are all literal numbers, atoms, tuples and
// lists (strings excepted) is evaluated, and replaced by its value when
// that is a number or an atom. It returns nil when e is kept.
func fold(e ast.Expr) ast.Expr {
	v, ok := eval(e)
	if !ok {
		return nil
	}
	loc := ast.At(e.Pos())
	switch v.kind {
	case kInt:
		if v.i.IsInt64() {
			return &ast.Integer{Loc: loc, Value: v.i.Int64()}
		}
		return &ast.Integer{Loc: loc, Big: v.i}
	case kFloat:
		return &ast.Float{Loc: loc, Value: v.f}
	case kAtom:
		return &ast.Atom{Loc: loc, Name: v.a}
	}
	return nil
}

// The kinds of value, in Erlang's term order.
const (
	kInt = iota
	kFloat
	kAtom
	kTuple
	kNil
	kCons
)

// value is a literal term: a number, an atom, a tuple (elems), [] or a
// list cell (elems holds the head and the tail).
type value struct {
	kind  int
	i     *big.Int
	f     float64
	a     string
	elems []value
}

func boolValue(b bool) value {
	if b {
		return value{kind: kAtom, a: "true"}
	}
	return value{kind: kAtom, a: "false"}
}

func eval(e ast.Expr) (value, bool) {
	switch n := e.(type) {
	case *ast.Integer:
		if n.Big != nil {
			return value{kind: kInt, i: n.Big}, true
		}
		return value{kind: kInt, i: big.NewInt(n.Value)}, true
	case *ast.Char:
		return value{kind: kInt, i: big.NewInt(int64(n.Value))}, true
	case *ast.Float:
		return value{kind: kFloat, f: n.Value}, true
	case *ast.Atom:
		return value{kind: kAtom, a: n.Name}, true
	case *ast.Nil:
		return value{kind: kNil}, true
	case *ast.Tuple:
		return evalAll(kTuple, n.Elems)
	case *ast.Cons:
		return evalAll(kCons, []ast.Expr{n.Head, n.Tail})
	case *ast.UnaryOp:
		x, ok := eval(n.X)
		if !ok {
			return value{}, false
		}
		return unary(n.Op, x)
	case *ast.BinaryOp:
		l, ok1 := eval(n.Left)
		r, ok2 := eval(n.Right)
		if !ok1 || !ok2 {
			return value{}, false
		}
		return binary(n.Op, l, r)
	}
	return value{}, false
}

func evalAll(kind int, es []ast.Expr) (value, bool) {
	v := value{kind: kind, elems: make([]value, len(es))}
	for i, e := range es {
		var ok bool
		if v.elems[i], ok = eval(e); !ok {
			return value{}, false
		}
	}
	return v, true
}

func isNum(v value) bool { return v.kind == kInt || v.kind == kFloat }

func toFloat(v value) float64 {
	if v.kind == kFloat {
		return v.f
	}
	f, _ := new(big.Float).SetInt(v.i).Float64()
	return f
}

func isBool(v value) (bool, bool) {
	return v.a == "true", v.kind == kAtom && (v.a == "true" || v.a == "false")
}

func floatValue(f float64) (value, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return value{}, false
	}
	return value{kind: kFloat, f: f}, true
}

func unary(op string, x value) (value, bool) {
	switch {
	case op == "not":
		if b, ok := isBool(x); ok {
			return boolValue(!b), true
		}
	case op == "bnot" && x.kind == kInt:
		return value{kind: kInt, i: new(big.Int).Not(x.i)}, true
	case op == "+" && isNum(x):
		return x, true
	case op == "-" && x.kind == kInt:
		return value{kind: kInt, i: new(big.Int).Neg(x.i)}, true
	case op == "-" && x.kind == kFloat:
		return value{kind: kFloat, f: -x.f}, true
	}
	return value{}, false
}

func binary(op string, l, r value) (value, bool) {
	switch op {
	case "+", "-", "*":
		return arith(op, l, r)
	case "/":
		if isNum(l) && isNum(r) && toFloat(r) != 0 {
			return floatValue(toFloat(l) / toFloat(r))
		}
	case "div", "rem", "band", "bor", "bxor", "bsl", "bsr":
		if l.kind == kInt && r.kind == kInt {
			return intOp(op, l.i, r.i)
		}
	case "==", "/=", "<", ">", "=<", ">=":
		c := compare(l, r, false)
		return boolValue(map[string]bool{"==": c == 0, "/=": c != 0, "<": c < 0, ">": c > 0, "=<": c <= 0, ">=": c >= 0}[op]), true
	case "=:=", "=/=":
		return boolValue((compare(l, r, true) == 0) == (op == "=:=")), true
	case "and", "or", "xor":
		a, ok1 := isBool(l)
		b, ok2 := isBool(r)
		if ok1 && ok2 {
			return boolValue(map[string]bool{"and": a && b, "or": a || b, "xor": a != b}[op]), true
		}
	}
	return value{}, false
}

func arith(op string, l, r value) (value, bool) {
	if l.kind == kInt && r.kind == kInt {
		z := new(big.Int)
		switch op {
		case "+":
			z.Add(l.i, r.i)
		case "-":
			z.Sub(l.i, r.i)
		default:
			z.Mul(l.i, r.i)
		}
		return value{kind: kInt, i: z}, true
	}
	if !isNum(l) || !isNum(r) {
		return value{}, false
	}
	a, b := toFloat(l), toFloat(r)
	switch op {
	case "+":
		return floatValue(a + b)
	case "-":
		return floatValue(a - b)
	}
	return floatValue(a * b)
}

func intOp(op string, a, b *big.Int) (value, bool) {
	z, ok := lint.IntOp(op, a, b)
	if !ok {
		return value{}, false
	}
	return value{kind: kInt, i: z}, true
}

// compare orders two values as Erlang does; exact tells 1 from 1.0.
func compare(a, b value, exact bool) int {
	ka, kb := a.kind, b.kind
	if isNum(a) && isNum(b) && !(exact && ka != kb) {
		x := new(big.Float).SetPrec(2000)
		y := new(big.Float).SetPrec(2000)
		if ka == kInt {
			x.SetInt(a.i)
		} else {
			x.SetFloat64(a.f)
		}
		if kb == kInt {
			y.SetInt(b.i)
		} else {
			y.SetFloat64(b.f)
		}
		return x.Cmp(y)
	}
	if ka != kb {
		return cmp.Compare(ka, kb)
	}
	switch ka {
	case kAtom:
		return cmp.Compare(a.a, b.a)
	case kTuple:
		if len(a.elems) != len(b.elems) {
			return cmp.Compare(len(a.elems), len(b.elems))
		}
	}
	// Tuples element by element; list cells head, then tail.
	for i := range a.elems {
		if c := compare(a.elems[i], b.elems[i], exact); c != 0 {
			return c
		}
	}
	return 0
}
