package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// tryExpr emits try Body of Clauses catch Catches after After end:
//
//	r1, e1 := rt.Try(func() rt.Term { ...Body... })
//	if e1 == nil {
//		...of clauses on r1, else rt.TryClause(r1)...
//	} else {
//		...catch clauses on e1.Class, e1.Reason, e1.Stacktrace()...
//		e1.Reraise()
//	}
//
// With an after section the whole is wrapped as
// rt.TryAfter(func() rt.Term { ... }, func() { ...After... }).
func (f *fnGen) tryExpr(e *ast.Try, d dest) {
	f.line(e)
	if len(e.After) == 0 {
		f.tryCatch(e, d)
		return
	}
	saved := f.tail
	f.tail = nil
	body := f.block(func() { f.tryCatch(e, dest{kind: toReturn, handler: true}) })
	after := f.block(func() { f.body(e.After, dest{kind: toEffect}) })
	f.tail = saved
	call := jen.Qual(RT, "TryAfter").Call(jen.Func().Params().Qual(RT, "Term").Block(body...), jen.Func().Params().Block(after...))
	f.deliverCode(d, call)
}

// deliverCode sends an already built value to d.
func (f *fnGen) deliverCode(d dest, v jen.Code) {
	switch d.kind {
	case toReturn:
		f.emit(f.ret(v))
	case toVar:
		f.emit(jen.Id(d.name).Op("=").Add(v))
	default:
		f.emit(v)
	}
}

func (f *fnGen) tryCatch(e *ast.Try, d dest) {
	f.predeclare(e) // variables of the body that the of clauses read
	r, x := f.temp("r"), f.temp("e")
	if len(e.Clauses) == 0 && d.kind == toEffect ||
		len(e.Clauses) > 0 && f.ignorable(e.Clauses[0].Patterns[0]) && len(e.Clauses[0].Guards) == 0 {
		r = "_" // the value is never looked at
	}
	f.emit(jen.List(jen.Id(r), jen.Id(x)).Op(":=").Qual(RT, "Try").Call(f.closure(e.Body...)))
	f.settle(e)
	ok := f.block(func() { f.tryOf(e, r, d) })
	caught := f.block(func() { f.tryCatches(e, x, d) })
	if len(e.Catches) == 0 {
		f.emit(jen.If(jen.Id(x).Op("!=").Nil()).Block(jen.Id(x).Dot("Reraise").Call()))
		f.emit(ok...)
		return
	}
	f.emit(jen.If(jen.Id(x).Op("==").Nil()).Block(ok...).Else().Block(caught...))
}

func (f *fnGen) tryOf(e *ast.Try, r string, d dest) {
	if len(e.Clauses) == 0 {
		if r != "_" {
			f.deliverCode(d, jen.Id(r))
		}
		return
	}
	f.valueClauses("try", e, e.Clauses, r, "TryClause", d)
}

// valueClauses emits clauses of one pattern each matched against the
// variable v (try's of clauses, maybe's else clauses), raising rt.noMatch(v)
// at node when none matches.
func (f *fnGen) valueClauses(kind string, node ast.Node, clauses []*ast.Clause, v, noMatch string, d dest) {
	f.emitClauses(clauseSet{
		kind:    kind,
		node:    node,
		clauses: clauses,
		head: func(c *ast.Clause, fail func() jen.Code) {
			f.line(c)
			f.match(c.Patterns[0], jen.Id(v), fail)
		},
		noMatch: func() jen.Code { return jen.Qual(RT, noMatch).Call(jen.Id(v)) },
	}, d)
}

func (f *fnGen) tryCatches(e *ast.Try, x string, d dest) {
	if len(e.Catches) == 0 {
		return
	}
	f.emitClauses(clauseSet{
		kind:    "catch",
		node:    e,
		clauses: e.Catches,
		head: func(c *ast.Clause, fail func() jen.Code) {
			f.line(c)
			f.match(c.Patterns[0], jen.Id(x).Dot("Class"), fail)
			f.match(c.Patterns[1], jen.Id(x).Dot("Reason"), fail)
			f.match(c.Patterns[2], jen.Id(x).Dot("Stacktrace").Call(), fail)
		},
		noMatch: func() jen.Code { return jen.Qual(RT, "Reraise").Call(jen.Id(x)) },
	}, d)
}
