package lint

import (
	"math/big"

	"github.com/erl2go/erl2go/translate/ast"
)

// num is the value of a constant arithmetic expression.
type num struct {
	isFloat bool
	i       *big.Int
	f       float64
}

// isPatternExpr reports whether an expression that is not otherwise a
// pattern is a constant that may stand in one: arithmetic on number literals
// that evaluates without error (erl_lint's is_pattern_expr).
func isPatternExpr(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Atom, *ast.Char, *ast.Integer, *ast.Float:
		return true
	case *ast.UnaryOp, *ast.BinaryOp:
		_, ok := constNum(e)
		return ok
	}
	return false
}

// constNum evaluates arithmetic over number literals.
func constNum(e ast.Expr) (num, bool) {
	switch e := e.(type) {
	case *ast.Integer:
		if e.Big != nil {
			return num{i: e.Big}, true
		}
		return num{i: big.NewInt(e.Value)}, true
	case *ast.Char:
		return num{i: big.NewInt(int64(e.Value))}, true
	case *ast.Float:
		return num{isFloat: true, f: e.Value}, true
	case *ast.UnaryOp:
		x, ok := constNum(e.X)
		if !ok {
			return num{}, false
		}
		return unaryNum(e.Op, x)
	case *ast.BinaryOp:
		l, ok1 := constNum(e.Left)
		r, ok2 := constNum(e.Right)
		if !ok1 || !ok2 {
			return num{}, false
		}
		return binaryNum(e.Op, l, r)
	}
	return num{}, false
}

func unaryNum(op string, x num) (num, bool) {
	switch op {
	case "+":
		return x, true
	case "-":
		if x.isFloat {
			return num{isFloat: true, f: -x.f}, true
		}
		return num{i: new(big.Int).Neg(x.i)}, true
	case "bnot":
		if !x.isFloat {
			return num{i: new(big.Int).Not(x.i)}, true
		}
	}
	return num{}, false
}

func (n num) float() float64 {
	if n.isFloat {
		return n.f
	}
	f, _ := new(big.Float).SetInt(n.i).Float64()
	return f
}

func binaryNum(op string, l, r num) (num, bool) {
	if op == "/" {
		if r.float() == 0 {
			return num{}, false
		}
		return num{isFloat: true, f: l.float() / r.float()}, true
	}
	if l.isFloat || r.isFloat {
		switch op {
		case "+":
			return num{isFloat: true, f: l.float() + r.float()}, true
		case "-":
			return num{isFloat: true, f: l.float() - r.float()}, true
		case "*":
			return num{isFloat: true, f: l.float() * r.float()}, true
		}
		return num{}, false
	}
	return intOp(op, l.i, r.i)
}

// IntOp is the integer operator op (+ - * div rem band bor bxor bsl bsr)
// applied to a and b; false when it raises (division by zero) or is not
// one of them, or for a shift beyond 2^20 bits. ms_transform's folding
// (translate/mstransform) uses it too.
func IntOp(op string, a, b *big.Int) (*big.Int, bool) {
	z := new(big.Int)
	switch op {
	case "+":
		z.Add(a, b)
	case "-":
		z.Sub(a, b)
	case "*":
		z.Mul(a, b)
	case "div", "rem":
		if b.Sign() == 0 {
			return nil, false
		}
		if op == "div" {
			z.Quo(a, b)
		} else {
			z.Rem(a, b)
		}
	case "band":
		z.And(a, b)
	case "bor":
		z.Or(a, b)
	case "bxor":
		z.Xor(a, b)
	case "bsl", "bsr":
		if !b.IsInt64() || b.Int64() > 1<<20 || b.Int64() < -(1<<20) {
			return nil, false
		}
		n := b.Int64()
		if op == "bsr" {
			n = -n
		}
		if n >= 0 {
			z.Lsh(a, uint(n))
		} else {
			z.Rsh(a, uint(-n))
		}
	default:
		return nil, false
	}
	return z, true
}

func intOp(op string, a, b *big.Int) (num, bool) {
	z, ok := IntOp(op, a, b)
	return num{i: z}, ok
}

// mapExpr checks #{...} and M#{...}; list checks the keys and values
// (exprList or gexprList) and withBase combines the base's table with
// theirs (update in expressions, merge in guards, as erl_lint does).
func (c *checker) mapExpr(m *ast.Map, env vt, list func([]ast.Expr, vt) vt, withBase func(vt, vt) vt) vt {
	var svt vt
	if m.Base != nil {
		svt = list([]ast.Expr{m.Base}, env)
	} else {
		for _, f := range m.Fields {
			if f.Exact {
				c.errorf(anchor(f), "only association operators '=>' are allowed in map construction")
			}
		}
	}
	acc := vt{}
	for i := len(m.Fields) - 1; i >= 0; i-- { // earlier fields win
		f := m.Fields[i]
		acc = update(list([]ast.Expr{f.Key, f.Value}, env), acc)
	}
	if m.Base == nil {
		return acc
	}
	return withBase(svt, acc)
}

// FoldNumber returns the literal that a constant arithmetic expression in
// a pattern stands for (?BASE + 2, -(1 bsl 8)), as the compiler folds it;
// false when e is no such expression.
func FoldNumber(e ast.Expr) (ast.Expr, bool) {
	switch e.(type) {
	case *ast.UnaryOp, *ast.BinaryOp:
	default:
		return nil, false
	}
	n, ok := constNum(e)
	if !ok {
		return nil, false
	}
	loc := ast.At(e.Pos())
	if n.isFloat {
		return &ast.Float{Loc: loc, Value: n.f}, true
	}
	if n.i.IsInt64() {
		return &ast.Integer{Loc: loc, Value: n.i.Int64()}, true
	}
	return &ast.Integer{Loc: loc, Big: n.i}, true
}
