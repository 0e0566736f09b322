package preproc

import (
	"math"
	"math/big"
)

// condition evaluates the tokens "(Expr) ." of -if or -elif as epp's
// eval_if does: macros expanded, parsed, checked to be a guard expression
// (defined(M) allowed), then evaluated; an exception makes it false.
func (p *state) condition(d Token, toks []Token) (bool, error) {
	exp, err := p.expand(toks, &funcName{})
	if err != nil {
		return false, err
	}
	es, err := parseExprs(exp)
	if err != nil {
		return false, err
	}
	badIf := &posError{d.Pos, "badly formed 'if'"}
	if len(es) != 1 || !definedArgsOK(es[0]) || !isGuard(es[0]) {
		return false, badIf
	}
	v, ok := p.eval(es[0])
	return ok && v == atomTrue, nil
}

// definedArgsOK checks that every defined(X) names a macro by atom or variable.
func definedArgsOK(e *node) bool {
	if isDefinedCall(e) {
		a := e.args[0]
		_, isAtom := a.val.(atomT)
		return a.kind == nVar || a.kind == nLit && isAtom
	}
	for _, a := range e.args {
		if !definedArgsOK(a) {
			return false
		}
	}
	return true
}

func isDefinedCall(e *node) bool {
	return e.kind == nCall && e.mod == "" && e.name == "defined" && len(e.args) == 1
}

// isGuard is erl_lint:is_guard_expr/1 after epp's rewriting: local calls
// other than auto-imported non-guard BIFs are allowed (they fail when
// evaluated), remote calls only to erlang's guard BIFs.
func isGuard(e *node) bool {
	switch e.kind {
	case nOp2:
		switch e.op {
		case "=", "!", "++", "--":
			return false
		}
	case nCall:
		switch {
		case isDefinedCall(e):
			return true
		case e.mod == "" && autoImported[e.name] && !guardBIF(e.name, len(e.args)):
			return false
		case e.mod != "" && !(e.mod == "erlang" && guardBIF(e.name, len(e.args))):
			return false
		}
	}
	for _, a := range e.args {
		if !isGuard(a) {
			return false
		}
	}
	return true
}

// guardBIF lists erl_internal:guard_bif/2 of OTP 25.
func guardBIF(name string, arity int) bool {
	switch name {
	case "abs", "bit_size", "byte_size", "ceil", "float", "floor", "hd", "length",
		"map_size", "round", "size", "tl", "trunc", "tuple_size",
		"is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float",
		"is_integer", "is_list", "is_map", "is_number", "is_pid", "is_port",
		"is_reference", "is_tuple":
		return arity == 1
	case "element", "is_map_key", "map_get":
		return arity == 2
	case "binary_part", "is_record":
		return arity == 2 || arity == 3
	case "is_function":
		return arity == 1 || arity == 2
	case "node":
		return arity <= 1
	case "self":
		return arity == 0
	}
	return false
}

// autoImported holds common auto-imported BIFs (any arity) that are not
// guard BIFs; calling one in -if is "badly formed".
var autoImported = map[string]bool{
	"apply": true, "atom_to_binary": true, "atom_to_list": true, "binary_to_atom": true,
	"binary_to_existing_atom": true, "binary_to_float": true, "binary_to_integer": true,
	"binary_to_list": true, "binary_to_term": true, "date": true, "erase": true,
	"error": true, "exit": true, "float_to_binary": true, "float_to_list": true,
	"get": true, "get_keys": true, "group_leader": true, "halt": true,
	"integer_to_binary": true, "integer_to_list": true, "iolist_size": true,
	"iolist_to_binary": true, "is_process_alive": true, "link": true,
	"list_to_atom": true, "list_to_binary": true, "list_to_existing_atom": true,
	"list_to_float": true, "list_to_integer": true, "list_to_pid": true,
	"list_to_tuple": true, "make_ref": true, "max": true, "min": true,
	"monitor": true, "nodes": true, "now": true, "open_port": true,
	"process_flag": true, "processes": true, "put": true, "register": true,
	"registered": true, "setelement": true, "spawn": true, "spawn_link": true,
	"spawn_monitor": true, "spawn_opt": true, "split_binary": true,
	"term_to_binary": true, "throw": true, "time": true, "tuple_to_list": true,
	"unlink": true, "unregister": true, "whereis": true,
}

// eval computes a guard expression; false means it raised an exception.
func (p *state) eval(e *node) (term, bool) {
	switch e.kind {
	case nLit:
		return e.val, true
	case nNil:
		return nilT{}, true
	case nVar:
		return nil, false // unbound
	case nOp1:
		return p.eval1(e)
	case nOp2:
		return p.eval2(e)
	case nCall:
		return p.evalCall(e)
	}
	vs, ok := p.evalAll(e.args)
	if !ok {
		return nil, false
	}
	switch e.kind {
	case nTuple:
		return tupleT(vs), true
	case nCons:
		return &consT{vs[0], vs[1]}, true
	}
	b, err := binTerm(vs)
	return b, err == nil
}

func (p *state) evalAll(es []*node) ([]term, bool) {
	vs := make([]term, len(es))
	for i, a := range es {
		v, ok := p.eval(a)
		if !ok {
			return nil, false
		}
		vs[i] = v
	}
	return vs, true
}

func (p *state) eval1(e *node) (term, bool) {
	v, ok := p.eval(e.args[0])
	if !ok {
		return nil, false
	}
	switch x := v.(type) {
	case *big.Int:
		switch e.op {
		case "-":
			return new(big.Int).Neg(x), true
		case "+":
			return x, true
		case "bnot":
			return new(big.Int).Not(x), true
		}
	case float64:
		switch e.op {
		case "-":
			return -x, true
		case "+":
			return x, true
		}
	case atomT:
		if e.op == "not" && (x == atomTrue || x == atomFalse) {
			return boolTerm(x == atomFalse), true
		}
	}
	return nil, false
}

func (p *state) eval2(e *node) (term, bool) {
	a, ok := p.eval(e.args[0])
	if !ok {
		return nil, false
	}
	if e.op == "andalso" || e.op == "orelse" {
		if a != atomTrue && a != atomFalse {
			return nil, false
		}
		if (a == atomTrue) == (e.op == "orelse") {
			return a, true
		}
		return p.eval(e.args[1])
	}
	b, ok := p.eval(e.args[1])
	if !ok {
		return nil, false
	}
	switch e.op {
	case "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=":
		return boolTerm(compareOp(e.op, a, b)), true
	case "and", "or", "xor":
		return boolOp(e.op, a, b)
	}
	return arith(e.op, a, b)
}

func compareOp(op string, a, b term) bool {
	exact := op == "=:=" || op == "=/="
	c := compare(a, b, exact)
	switch op {
	case "==", "=:=":
		return c == 0
	case "/=", "=/=":
		return c != 0
	case "=<":
		return c <= 0
	case "<":
		return c < 0
	case ">=":
		return c >= 0
	}
	return c > 0
}

func boolOp(op string, a, b term) (term, bool) {
	x, ok1 := a.(atomT)
	y, ok2 := b.(atomT)
	if !ok1 || !ok2 || (x != atomTrue && x != atomFalse) || (y != atomTrue && y != atomFalse) {
		return nil, false
	}
	switch op {
	case "and":
		return boolTerm(x == atomTrue && y == atomTrue), true
	case "or":
		return boolTerm(x == atomTrue || y == atomTrue), true
	}
	return boolTerm(x != y), true
}

// arith applies an arithmetic operator; integer operands stay integers
// except for '/', and mixing in a float gives a float.
func arith(op string, a, b term) (term, bool) {
	x, xi := a.(*big.Int)
	y, yi := b.(*big.Int)
	if xi && yi && op != "/" {
		return intArith(op, x, y)
	}
	if op != "+" && op != "-" && op != "*" && op != "/" {
		return nil, false
	}
	f, ok1 := toFloat(a)
	g, ok2 := toFloat(b)
	if !ok1 || !ok2 {
		return nil, false
	}
	var r float64
	switch op {
	case "+":
		r = f + g
	case "-":
		r = f - g
	case "*":
		r = f * g
	default:
		if g == 0 {
			return nil, false
		}
		r = f / g
	}
	return r, !math.IsInf(r, 0) && !math.IsNaN(r)
}

func intArith(op string, x, y *big.Int) (term, bool) {
	z := new(big.Int)
	switch op {
	case "+":
		return z.Add(x, y), true
	case "-":
		return z.Sub(x, y), true
	case "*":
		return z.Mul(x, y), true
	case "div", "rem":
		if y.Sign() == 0 {
			return nil, false
		}
		if op == "div" {
			return z.Quo(x, y), true
		}
		return z.Rem(x, y), true
	case "band":
		return z.And(x, y), true
	case "bor":
		return z.Or(x, y), true
	case "bxor":
		return z.Xor(x, y), true
	case "bsl", "bsr":
		if !y.IsInt64() || y.Int64() > 1<<16 || y.Int64() < -(1<<16) {
			return nil, false
		}
		n := y.Int64()
		if op == "bsr" {
			n = -n
		}
		if n >= 0 {
			return z.Lsh(x, uint(n)), true
		}
		return z.Rsh(x, uint(-n)), true
	}
	return nil, false
}

// evalCall evaluates defined(M) and the guard BIFs a condition may use.
func (p *state) evalCall(e *node) (term, bool) {
	if isDefinedCall(e) {
		name := e.args[0].name
		if e.args[0].kind == nLit {
			name = string(e.args[0].val.(atomT))
		}
		return boolTerm(p.macros.exists(name)), true
	}
	vs, ok := p.evalAll(e.args)
	if !ok || !guardBIF(e.name, len(vs)) {
		return nil, false
	}
	if len(vs) == 1 {
		return bif1(e.name, vs[0])
	}
	if e.name == "element" {
		i, ok1 := vs[0].(*big.Int)
		t, ok2 := vs[1].(tupleT)
		if ok1 && ok2 && i.IsInt64() && i.Int64() >= 1 && i.Int64() <= int64(len(t)) {
			return t[i.Int64()-1], true
		}
	}
	return nil, false
}

// bif1 evaluates the one-argument guard BIFs that make sense on our terms.
func bif1(name string, v term) (term, bool) {
	switch name {
	case "is_atom", "is_integer", "is_float", "is_number", "is_list", "is_tuple",
		"is_binary", "is_bitstring", "is_boolean", "is_map", "is_pid", "is_port",
		"is_reference", "is_function":
		return boolTerm(hasType(name, v)), true
	case "abs":
		switch x := v.(type) {
		case *big.Int:
			return new(big.Int).Abs(x), true
		case float64:
			return math.Abs(x), true
		}
	case "length":
		n := 0
		for t := v; ; n++ {
			c, ok := t.(*consT)
			if !ok {
				_, isNil := t.(nilT)
				return big.NewInt(int64(n)), isNil
			}
			t = c.tail
		}
	case "tuple_size", "size":
		if t, ok := v.(tupleT); ok {
			return big.NewInt(int64(len(t))), true
		}
		if b, ok := v.(binT); ok && name == "size" {
			return big.NewInt(int64(len(b))), true
		}
	case "byte_size":
		if b, ok := v.(binT); ok {
			return big.NewInt(int64(len(b))), true
		}
	case "hd", "tl":
		if c, ok := v.(*consT); ok {
			if name == "hd" {
				return c.head, true
			}
			return c.tail, true
		}
	case "float":
		if f, ok := toFloat(v); ok {
			return f, true
		}
	case "trunc", "round", "floor", "ceil":
		return rounding(name, v)
	}
	return nil, false
}

func hasType(name string, v term) bool {
	switch v.(type) {
	case *big.Int:
		return name == "is_integer" || name == "is_number"
	case float64:
		return name == "is_float" || name == "is_number"
	case atomT:
		return name == "is_atom" || name == "is_boolean" && (v == atomTrue || v == atomFalse)
	case tupleT:
		return name == "is_tuple"
	case nilT, *consT:
		return name == "is_list"
	case binT:
		return name == "is_binary" || name == "is_bitstring"
	}
	return false
}

func rounding(name string, v term) (term, bool) {
	switch x := v.(type) {
	case *big.Int:
		return x, true
	case float64:
		var r float64
		switch name {
		case "trunc":
			r = math.Trunc(x)
		case "round":
			r = math.Round(x)
		case "floor":
			r = math.Floor(x)
		default:
			r = math.Ceil(x)
		}
		i, _ := big.NewFloat(r).Int(nil)
		return i, true
	}
	return nil, false
}
