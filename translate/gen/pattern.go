package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/lint"
)

// Patterns compile to flat code: each test that can fail is an if whose
// body is the failure statement (a goto to the next clause, a continue in a
// comprehension, or a badmatch), and sub-terms are taken apart into
// temporaries:
//
//	c1, ok := L.(*rt.Cons)     // [H|T]
//	if !ok {
//		goto clause2
//	}
//	H, T := c1.Head, c1.Tail

// match emits code that matches pattern p against the Go expression v,
// binding the pattern's variables; fail returns the statement run on a
// mismatch. v must be cheap to evaluate more than once.
func (f *fnGen) match(p ast.Expr, v jen.Code, fail func() jen.Code) {
	failIf := func(cond jen.Code) { f.emit(jen.If(cond).Block(fail())) }
	f.restoreBitParam(p, v) // a loop's binary carried as a matcher (bits_loop.go)
	switch p := p.(type) {
	case *ast.Var:
		f.matchVar(p, v, failIf)
	case *ast.Atom:
		failIf(jen.Op("!").Qual(RT, "MatchAtom").Call(v, f.atom(p.Name)))
	case *ast.Integer:
		if p.Big != nil || p.Value < minSmall || p.Value > maxSmall {
			failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(v, f.constant(p)))
			return
		}
		failIf(jen.Op("!").Qual(RT, "MatchInt").Call(v, jen.Lit(int(p.Value))))
	case *ast.Char:
		failIf(jen.Op("!").Qual(RT, "MatchInt").Call(v, jen.Lit(int(p.Value))))
	case *ast.Float:
		failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(v, f.constant(p)))
	case *ast.Nil:
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(v).Assert(jen.Qual(RT, "Nil")).Op(";").Op("!").Id("ok"))
	case *ast.String:
		if len(p.Value) == 0 {
			f.match(&ast.Nil{Loc: p.Loc}, v, fail)
			return
		}
		failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(v, f.constant(p)))
	case *ast.Cons:
		f.matchCons(p, v, fail, failIf)
	case *ast.Tuple:
		f.matchTuple(p, v, fail, failIf)
	case *ast.Map:
		f.matchMap(p, v, fail, failIf)
	case *ast.Match:
		f.match(p.Left, v, fail)
		f.match(p.Right, v, fail)
	case *ast.Bin:
		f.matchBin(p, v, fail, failIf)
	case *ast.BinaryOp:
		if n, ok := lint.FoldNumber(p); ok {
			f.match(n, v, fail) // ?BASE + 2: the compiler's constant
			return
		}
		f.matchPrefix(p, v, fail, failIf)
	case *ast.UnaryOp:
		if isConst(p) {
			failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(v, f.constant(p)))
			return
		}
		if n, ok := lint.FoldNumber(p); ok {
			f.match(n, v, fail)
			return
		}
		f.errorf(p, "illegal pattern")
	default:
		f.errorf(p, "erl2go does not support %s in patterns yet", describe(p))
	}
}

// matchVar binds an unbound variable (only if something reads it) or
// compares with a bound one.
func (f *fnGen) matchVar(p *ast.Var, v jen.Code, failIf func(jen.Code)) {
	if p.Name == "_" {
		return
	}
	if in, binds := f.info.bind[p]; binds {
		if in.read {
			f.bind(p.Name, v)
		}
		return
	}
	g, ok := f.scope.lookup(p.Name)
	if !ok {
		f.errorf(p, "variable '%s' is unbound", p.Name)
		return
	}
	if _, r, native := f.nativeVar(p.Name); native && r.lo >= minSmall && r.hi <= maxSmall {
		failIf(jen.Op("!").Qual(RT, "MatchInt").Call(v, jen.Int().Call(jen.Id(g)))) // an integer held natively
		return
	}
	if c := f.nativeBoxed(p); c != nil {
		failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(c, v))
		return
	}
	failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(jen.Id(g), v))
}

// bind emits X := v, or X = v when X was declared before a case that
// binds it in every clause.
func (f *fnGen) bind(name string, v jen.Code) {
	if g, ok := f.scope.lookupPending(name); ok {
		f.emit(jen.Id(g).Op("=").Add(v))
		f.scope.vars[name] = g
		return
	}
	g := varName(name)
	f.declare(g, v)
	f.scope.vars[name] = g
}

// ignorable reports whether matching p can neither fail nor bind anything.
func (f *fnGen) ignorable(p ast.Expr) bool {
	v, ok := p.(*ast.Var)
	if !ok {
		return false
	}
	if v.Name == "_" {
		return true
	}
	in, binds := f.info.bind[v]
	return binds && !in.read
}

func (f *fnGen) matchCons(p *ast.Cons, v jen.Code, fail func() jen.Code, failIf func(jen.Code)) {
	if f.ignorable(p.Head) && f.ignorable(p.Tail) {
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(v).Assert(jen.Op("*").Qual(RT, "Cons")).Op(";").Op("!").Id("ok"))
		return
	}
	c := f.temp("c")
	f.emit(jen.List(jen.Id(c), jen.Id("ok")).Op(":=").Add(v).Assert(jen.Op("*").Qual(RT, "Cons")))
	failIf(jen.Op("!").Id("ok"))
	f.match(p.Head, jen.Id(c).Dot("Head"), fail)
	f.match(p.Tail, jen.Id(c).Dot("Tail"), fail)
}

func (f *fnGen) matchTuple(p *ast.Tuple, v jen.Code, fail func() jen.Code, failIf func(jen.Code)) {
	all := true
	for _, e := range p.Elems {
		all = all && f.ignorable(e)
	}
	call := jen.Qual(RT, "TupleArity").Call(v, jen.Lit(len(p.Elems)))
	if all {
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(call).Op(";").Op("!").Id("ok"))
		return
	}
	t := f.temp("t")
	f.emit(jen.List(jen.Id(t), jen.Id("ok")).Op(":=").Add(call))
	failIf(jen.Op("!").Id("ok"))
	for i, e := range p.Elems {
		f.match(e, jen.Id(t).Dot("Elems").Index(jen.Lit(i)), fail)
	}
}

// matchMap matches #{K := P}: the keys are expressions, each must be
// present and its value match P. #{} only checks that v is a map.
func (f *fnGen) matchMap(p *ast.Map, v jen.Code, fail func() jen.Code, failIf func(jen.Code)) {
	if len(p.Fields) == 0 {
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(v).Assert(jen.Op("*").Qual(RT, "Map")).Op(";").Op("!").Id("ok"))
		return
	}
	m := f.temp("m")
	f.emit(jen.List(jen.Id(m), jen.Id("ok")).Op(":=").Add(v).Assert(jen.Op("*").Qual(RT, "Map")))
	failIf(jen.Op("!").Id("ok"))
	owner := f.ownedUpdate(p) // mapOwner.Get(m1, K) on a map its loop owns (map_owned.go)
	for _, fl := range p.Fields {
		key := f.expr(fl.Key)
		get := jen.Id(m).Dot("Get").Call(key)
		if owner != "" {
			get = jen.Id(owner).Dot("Get").Call(jen.Id(m), key)
		}
		if f.ignorable(fl.Value) {
			failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(get).Op(";").Op("!").Id("ok"))
			continue
		}
		x := f.temp("x")
		f.emit(jen.List(jen.Id(x), jen.Id("ok")).Op(":=").Add(get))
		failIf(jen.Op("!").Id("ok"))
		f.match(fl.Value, jen.Id(x), fail)
	}
}

// matchPrefix matches "abc" ++ Rest.
func (f *fnGen) matchPrefix(p *ast.BinaryOp, v jen.Code, fail func() jen.Code, failIf func(jen.Code)) {
	if p.Op != "++" || !isConst(p.Left) {
		if isConst(p) {
			failIf(jen.Op("!").Qual(RT, "ExactEqual").Call(v, f.constant(p)))
			return
		}
		f.errorf(p, "illegal pattern")
		return
	}
	call := jen.Qual(RT, "MatchPrefix").Call(v, f.constant(p.Left))
	if f.ignorable(p.Right) {
		failIf(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Add(call).Op(";").Op("!").Id("ok"))
		return
	}
	r := f.temp("r")
	f.emit(jen.List(jen.Id(r), jen.Id("ok")).Op(":=").Add(call))
	failIf(jen.Op("!").Id("ok"))
	f.match(p.Right, jen.Id(r), fail)
}
