package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// dest says where the value of an expression goes.
type dest struct {
	kind    int
	name    string // toVar: the Go variable
	handler bool   // toReturn from a closure run under a handler: no tail call on BEAM
}

const (
	toReturn = iota // return it (tail position)
	toVar           // assign it to name
	toEffect        // drop it
)

// body emits a clause body: every expression for its effect, the last to d.
func (f *fnGen) body(es []ast.Expr, d dest) {
	for i, e := range es {
		if i < len(es)-1 {
			f.to(dest{kind: toEffect}, e)
		} else {
			f.to(d, e)
		}
	}
}

// to emits e with its value delivered to d. Control constructs push d into
// their clauses, so a case in tail position returns from each clause.
func (f *fnGen) to(d dest, e ast.Expr) {
	f.noteDest(d, e) // comptrace.go
	switch e := e.(type) {
	case *ast.Case:
		f.caseExpr(e, d)
		return
	case *ast.If:
		f.ifExpr(e, d)
		return
	case *ast.Block:
		f.body(e.Body, d)
		return
	case *ast.Try:
		f.tryExpr(e, d)
		return
	case *ast.Receive:
		f.receiveExpr(e, d)
		return
	case *ast.Maybe:
		f.maybeExpr(e, d)
		return
	case *ast.Match:
		if d.kind == toEffect && f.bindsNothing(e.Left) {
			// Y = Expr with Y never read, or _ = Expr: only Expr's effects remain.
			f.to(d, e.Right)
			return
		}
		if d.kind == toEffect && f.matchNativeBits(e) {
			return // <<A:3, B:5>> = <<X:8>>: shifts, no binary (bits_native.go)
		}
		f.recvMark(e)
	case *ast.Call:
		if d.kind == toReturn && f.tailCall(e) || f.markedTailCall(d, e) {
			return
		}
	case *ast.Cons:
		if d.kind == toReturn && f.recursionStep(e) {
			return
		}
	case *ast.BinaryOp:
		if f.rootArith(d, e) {
			return // fast path in line, operands in temporaries (arith.go)
		}
		if d.kind == toReturn && (e.Op == "andalso" || e.Op == "orelse") {
			f.tailShortCircuit(d, e)
			return
		}
		if d.kind == toEffect && e.Op == "!" {
			f.line(e)
			f.emit(f.send(e))
			return
		}
	case *ast.Var:
		if d.kind == toEffect {
			// `_ = P` or a bare `P,`: Erlang's way to mark P used. Keep it as
			// Go's, since it may be P's only read.
			f.line(e)
			f.emit(jen.Id("_").Op("=").Add(f.expr(e)))
			return
		}
	case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil, *ast.FunRef, *ast.FunExpr:
		if d.kind == toEffect {
			return // no effect to keep
		}
	}
	f.line(e)
	f.deliver(d, e, f.expr(e))
}

func (f *fnGen) deliver(d dest, e ast.Expr, v jen.Code) {
	switch d.kind {
	case toReturn:
		f.emit(f.ret(v))
	case toVar:
		f.emit(jen.Id(d.name).Op("=").Add(v))
	case toEffect:
		switch e.(type) {
		case *ast.Call, *ast.Catch, *ast.Match:
			if _, isMatch := e.(*ast.Match); isMatch {
				return // the match itself was emitted; its value is not needed
			}
			f.emit(v)
		default:
			f.emit(jen.Id("_").Op("=").Add(v))
		}
	}
}

// valueTemp declares a fresh result variable and emits e into it.
func (f *fnGen) valueTemp(e ast.Expr) jen.Code {
	v := f.temp("v")
	f.emit(jen.Var().Id(v).Qual(RT, "Term"))
	f.to(dest{kind: toVar, name: v}, e)
	return jen.Id(v)
}

// expr returns a Go expression for e, emitting first any statements it
// needs (matches, case, temporaries).
func (f *fnGen) expr(e ast.Expr) jen.Code {
	if isConst(e) {
		return f.constant(e)
	}
	switch e := e.(type) {
	case *ast.Var:
		if c := f.nativeBoxed(e); c != nil {
			return c // rt.BoxInt(X): a native integer (bits_native.go)
		}
		if g, ok := f.scope.lookup(e.Name); ok {
			return jen.Id(g)
		}
		f.errorf(e, "variable '%s' is unbound", e.Name)
		return jen.Nil()
	case *ast.Cons:
		return f.consExpr(e)
	case *ast.Tuple:
		return f.concrete(jen.Qual(RT, "NewTuple").Call(f.exprs(e.Elems)...))
	case *ast.Map:
		return f.mapExpr(e)
	case *ast.Match:
		return f.matchExpr(e)
	case *ast.BinaryOp:
		return f.binaryOp(e)
	case *ast.UnaryOp:
		return f.unaryOp(e)
	case *ast.Call:
		return f.call(e)
	case *ast.Catch:
		return jen.Qual(RT, "Catch").Call(f.closure(e.Expr))
	case *ast.Block:
		if len(e.Body) == 1 {
			return f.expr(e.Body[0])
		}
		return f.valueTemp(e)
	case *ast.Case, *ast.If, *ast.Try, *ast.Receive, *ast.Maybe:
		return f.valueTemp(e)
	case *ast.FunRef:
		return f.funRef(e)
	case *ast.FunRemote:
		return f.funRemote(e)
	case *ast.FunExpr:
		return f.funExpr(e)
	case *ast.Bin:
		return f.binExpr(e)
	case *ast.BinComp:
		return f.binComp(e)
	case *ast.ListComp:
		return f.listComp(e)
	case *ast.MapComp:
		return f.mapComp(e)
	}
	f.errorf(e, "erl2go does not support %s yet", describe(e))
	return jen.Nil()
}

func describe(e ast.Expr) string {
	if _, ok := e.(*ast.MaybeMatch); ok {
		return "?= outside the body of a maybe"
	}
	return fmt.Sprintf("this expression (%T)", e)
}

// exprs returns the Go expressions of es, to be evaluated in order.
//
// An element with code of its own inside (a case, a comprehension...)
// emits statements that run before the expression holding the others; so
// each element before the last such one that calls something (which could
// print, send or raise) is evaluated into a temporary first, in order: BEAM
// evaluates [p(c), [p(X) || X <- [e]]] left to right.
func (f *fnGen) exprs(es []ast.Expr) []jen.Code {
	last := -1
	for i, e := range es {
		if hasCode(e) {
			last = i
		}
	}
	out := make([]jen.Code, len(es))
	for i, e := range es {
		out[i] = f.expr(e)
		if i < last && hasCall(e) && !statementForm(e) {
			v := f.temp("v")
			f.emit(jen.Var().Id(v).Qual(RT, "Term").Op("=").Add(out[i]))
			out[i] = jen.Id(v)
		}
	}
	return out
}

// statementForm reports whether e is itself emitted as statements, leaving
// only a variable to read (a case's result, a comprehension's builder).
func statementForm(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Case, *ast.If, *ast.Try, *ast.Receive, *ast.Maybe, *ast.ListComp, *ast.BinComp, *ast.MapComp:
		return true
	case *ast.Block:
		return len(e.Body) > 1
	}
	return false
}

// hasCode reports whether e holds, outside funs, a construct whose
// clauses or body the generator emits as statements: case, if, try,
// receive, maybe, a block, a comprehension, andalso or orelse.
func hasCode(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunExpr:
			return false
		case *ast.BinaryOp:
			found = n.Op == "andalso" || n.Op == "orelse"
		case ast.Expr:
			found = statementForm(n)
		}
		return !found
	})
	return found
}

// hasCall reports whether e calls something or sends, outside funs.
func hasCall(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FunExpr:
			return false
		case *ast.Call:
			found = true
		case *ast.BinaryOp:
			found = found || n.Op == "!"
		}
		return !found
	})
	return found
}

// closure wraps the evaluation of body in a func() rt.Term, for catch and
// try: the runtime calls it under a recover.
func (f *fnGen) closure(body ...ast.Expr) jen.Code {
	saved, line, accs := f.tail, f.pendingLine, f.comp.accs
	f.tail = nil      // a call under a handler is not a tail call
	f.comp.accs = nil // the closure's comprehensions keep their builders in it
	stmts := f.keptPrologue(f.block(func() { f.body(body, dest{kind: toReturn, handler: true}) }))
	f.tail, f.comp.accs = saved, accs
	f.pendingLine = line // the statement holding the closure keeps its line
	return jen.Func().Params().Qual(RT, "Term").Block(stmts...)
}

// consExpr builds [H1, H2 | T] with cells from the process's allocator:
// p.Cons(H1, p.Cons(H2, T)).
func (f *fnGen) consExpr(e *ast.Cons) jen.Code {
	heads, tail := consHeads(e)
	cs := f.exprs(append(heads, tail)) // the heads before the tail
	return consCells(cs[:len(heads)], cs[len(heads)])
}

// consHeads splits e = [H1, H2 | T] into its heads and T (e itself when it
// is no cons).
func consHeads(e ast.Expr) (heads []ast.Expr, tail ast.Expr) {
	tail = e
	for {
		c, ok := tail.(*ast.Cons)
		if !ok {
			return heads, tail
		}
		heads = append(heads, c.Head)
		tail = c.Tail
	}
}

// consCells builds p.Cons(H1, p.Cons(H2, T)) from the heads' code and T's.
func consCells(hs []jen.Code, tail jen.Code) jen.Code {
	out := tail
	for i := len(hs) - 1; i >= 0; i-- {
		out = jen.Id("p").Dot("Cons").Call(hs[i], out)
	}
	return out
}

// mapExpr builds #{K => V} with rt.NewMap, and M#{K => V, K := V} with
// rt.MapPut and rt.MapUpdate (which raise badmap and badkey), or their In
// forms for an update that may change a map its loop owns.
func (f *fnGen) mapExpr(e *ast.Map) jen.Code {
	if e.Base == nil {
		var kvs []jen.Code
		for _, fl := range e.Fields {
			kvs = append(kvs, f.expr(fl.Key), f.expr(fl.Value))
		}
		return f.concrete(jen.Qual(RT, "NewMap").Call(kvs...))
	}
	m := f.expr(e.Base)
	owner := f.ownedUpdate(e) // rt.MapPutIn(&mapOwner, ...): map_owned.go
	for _, fl := range e.Fields {
		fn := "MapPut"
		if fl.Exact {
			fn = "MapUpdate"
		}
		args := []jen.Code{m, f.expr(fl.Key), f.expr(fl.Value)}
		if owner != "" {
			fn += "In"
			args = append([]jen.Code{jen.Op("&").Id(owner)}, args...)
		}
		m = jen.Qual(RT, fn).Call(args...)
	}
	return m
}

// matchExpr emits Pattern = Expr; a mismatch raises {badmatch, Value}.
func (f *fnGen) matchExpr(e *ast.Match) jen.Code {
	if x, ok := e.Left.(*ast.Var); ok && f.info.bind[x] != nil && f.info.bind[x].read {
		// X = Expr: bind X to the value itself, no temporary.
		if code := f.matchNative(x, e.Right); code != nil {
			return code // X := A + B, a native integer (bits_native.go)
		}
		f.bind(x.Name, f.expr(e.Right))
		g, _ := f.scope.lookup(x.Name)
		return jen.Id(g)
	}
	if code := f.rematch(e); code != nil {
		return code // <<...>> = Rest from Rest's matcher (bits_rest.go)
	}
	v := f.stable(f.expr(e.Right))
	line := f.lineOf(e)
	f.match(e.Left, v, func() jen.Code { return jen.Comment(line).Add(jen.Qual(RT, "Badmatch").Call(v)) })
	return v
}

// bindsNothing reports whether pattern p is `_` or a fresh variable that is never
// read: matching it cannot fail and binds nothing the code uses.
func (f *fnGen) bindsNothing(p ast.Expr) bool {
	x, ok := p.(*ast.Var)
	if !ok {
		return false
	}
	if x.Name == "_" {
		return true
	}
	b := f.info.bind[x]
	return b != nil && !b.read
}

// stable returns v if it is a plain identifier, else a temporary holding it,
// so that a pattern can read it many times without evaluating it again.
func (f *fnGen) stable(v jen.Code) jen.Code {
	if isIdent(v) {
		return v
	}
	t := f.temp("v")
	f.declare(t, v)
	return jen.Id(t)
}

func isIdent(c jen.Code) bool {
	s, ok := c.(*jen.Statement)
	if !ok {
		return false
	}
	src := fmt.Sprintf("%#v", s)
	for _, r := range src {
		if !(r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) {
			return false
		}
	}
	return src != ""
}

var arithOps = map[string]string{
	"+": "Add", "-": "Sub", "*": "Mul", "/": "FDiv", "div": "IntDiv", "rem": "Rem",
	"band": "Band", "bor": "Bor", "bxor": "Bxor", "bsl": "Bsl", "bsr": "Bsr",
}

// compareOps maps comparison operators to rt functions returning bool; a
// leading ! negates.
var compareOps = map[string]string{
	"<": "Lt", "=<": "Le", ">": "Gt", ">=": "Ge",
	"==": "Equal", "/=": "!Equal", "=:=": "ExactEqual", "=/=": "!ExactEqual",
}

// boolOps are the strict boolean operators, called as BIFs.
var boolOps = map[string]string{"and": "and", "or": "or", "xor": "xor", "++": "++", "--": "--"}

func (f *fnGen) binaryOp(e *ast.BinaryOp) jen.Code {
	if e.Op != "andalso" && e.Op != "orelse" && e.Op != "!" &&
		hasCode(e.Right) && hasCall(e.Left) && !statementForm(e.Left) {
		// The right operand's statements would run before the left
		// operand's call: evaluate that first, as BEAM does (exprs).
		c := *e
		c.Left = f.hoisted(e, e.Left)
		e = &c
	}
	if code := f.floatArith(e); code != nil {
		return code // with a float operand, as BEAM's float instructions (arith.go)
	}
	if code := f.nativeOp(e); code != nil {
		return code // over native integers (bits_native.go)
	}
	if code := f.constArith(e); code != nil {
		return code
	}
	if fn, ok := arithOps[e.Op]; ok {
		l, r := f.expr(e.Left), f.expr(e.Right)
		if code := smallArith(e.Op, l, r); code != nil {
			return code // rt.AddOr(rt.AddSmall(A, B), A, B) (arith.go)
		}
		return jen.Qual(RT, fn).Call(l, r)
	}
	if _, ok := compareOps[e.Op]; ok {
		return jen.Qual(RT, "Bool").Call(f.compare(e))
	}
	switch e.Op {
	case "andalso", "orelse":
		return f.shortCircuit(e)
	case "!":
		return f.send(e)
	}
	if code := f.appendLit(e); code != nil {
		return code // [A, B] ++ T as p.Cons(A, p.Cons(B, T)) (lists.go)
	}
	if name, ok := boolOps[e.Op]; ok {
		return f.remote(e, "erlang", name, []ast.Expr{e.Left, e.Right})
	}
	f.errorf(e, "unknown operator %s", e.Op)
	return jen.Nil()
}

// constArith emits X + C, C + X and X - C with a small integer constant C
// as rt.AddInt and rt.SubInt, whose integer fast path inlines; nil if e
// has another shape.
func (f *fnGen) constArith(e *ast.BinaryOp) jen.Code {
	switch e.Op {
	case "+":
		if c, ok := smallInt(e.Right); ok {
			return constArithCall("AddInt", f.expr(e.Left), c)
		}
		if c, ok := smallInt(e.Left); ok {
			return constArithCall("AddInt", f.expr(e.Right), c)
		}
	case "-":
		if c, ok := smallInt(e.Right); ok {
			return constArithCall("SubInt", f.expr(e.Left), c)
		}
	}
	return nil
}

// constArithCall is rt.AddInt(X, C) or rt.SubInt(X, C), with the fast path
// in line when X is a variable (arith.go).
func constArithCall(fn string, x jen.Code, c int) jen.Code {
	if code := smallConstArith(fn, x, c); code != nil {
		return code
	}
	return jen.Qual(RT, fn).Call(x, jen.Lit(c))
}

// smallInt returns the value of an integer literal with |v| < 2^62.
func smallInt(e ast.Expr) (int, bool) {
	var v int64
	switch e := e.(type) {
	case *ast.Integer:
		if e.Big != nil {
			return 0, false
		}
		v = e.Value
	case *ast.Char:
		v = int64(e.Value)
	case *ast.UnaryOp:
		x, ok := smallInt(e.X)
		if !ok || e.Op != "-" && e.Op != "+" {
			return 0, false
		}
		if e.Op == "-" {
			x = -x
		}
		return x, true
	default:
		return 0, false
	}
	if v >= 1<<62 || v <= -(1<<62) {
		return 0, false
	}
	return int(v), true
}

// constCompare maps an ordering with an integer constant to the rt
// functions that inline the integer case; flipped is the operator with
// its operands swapped, for C < X.
var constCompare = map[string]struct{ fn, flipped string }{
	"<": {"LtInt", "GtInt"}, "=<": {"LeInt", "GeInt"}, ">": {"GtInt", "LtInt"}, ">=": {"GeInt", "LeInt"},
}

// compare returns the Go bool for a comparison.
func (f *fnGen) compare(e *ast.BinaryOp) jen.Code {
	fn := compareOps[e.Op]
	if code, _ := f.nativeCompare(e); code != nil {
		return code // over native integers (bits_native.go)
	}
	if cc, ok := constCompare[e.Op]; ok {
		if c, ok := smallInt(e.Right); ok {
			return jen.Qual(RT, cc.fn).Call(f.expr(e.Left), jen.Lit(c))
		}
		if c, ok := smallInt(e.Left); ok {
			return jen.Qual(RT, cc.flipped).Call(f.expr(e.Right), jen.Lit(c))
		}
	}
	l, r := f.expr(e.Left), f.expr(e.Right)
	if code := smallCompare(fn, l, r); code != nil {
		return code // rt.LeOr(rt.LeSmall(X, P), X, P) (arith.go)
	}
	if fn[0] == '!' {
		return jen.Op("!").Qual(RT, fn[1:]).Call(l, r)
	}
	return jen.Qual(RT, fn).Call(l, r)
}

// shortCircuit emits A andalso B as
//
//	var v1 rt.Term = A
//	if rt.CheckBool(v1) { v1 = B }
//
// CheckBool raises {badarg, A} when A is not a boolean.
func (f *fnGen) shortCircuit(e *ast.BinaryOp) jen.Code {
	v := f.temp("v")
	f.emit(jen.Var().Id(v).Qual(RT, "Term").Op("=").Add(f.expr(e.Left)))
	cond := jen.Qual(RT, "CheckBool").Call(jen.Id(v))
	if e.Op == "orelse" {
		cond = jen.Op("!").Add(cond)
	}
	right := f.block(func() { f.to(dest{kind: toVar, name: v}, e.Right) })
	f.emit(jen.If(cond).Block(right...))
	return jen.Id(v)
}

// tailShortCircuit emits A andalso B in tail position, where B is a tail
// call:
//
//	if !rt.CheckBool(A) { return rt.False }
//	return B
func (f *fnGen) tailShortCircuit(d dest, e *ast.BinaryOp) {
	f.line(e)
	cond := jen.Qual(RT, "CheckBool").Call(f.expr(e.Left))
	result := jen.Qual(RT, "True")
	if e.Op == "andalso" {
		cond = jen.Op("!").Add(cond)
		result = jen.Qual(RT, "False")
	}
	f.emit(jen.If(cond).Block(f.ret(result)))
	f.to(d, e.Right)
}

var unaryOps = map[string]string{"-": "Neg", "+": "Plus", "bnot": "Bnot"}

func (f *fnGen) unaryOp(e *ast.UnaryOp) jen.Code {
	if fn, ok := unaryOps[e.Op]; ok {
		return jen.Qual(RT, fn).Call(f.expr(e.X))
	}
	return f.remote(e, "erlang", "not", []ast.Expr{e.X})
}
