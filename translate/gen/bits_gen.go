package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// skipBySizes emits one element of a binary generator whose pattern can
// fail on a value (a literal, a repeated variable) and whose sizes are
// known only as it matches (<<1, L:8, D:L/binary>> <= B). An element that
// does not match is skipped, as on BEAM, by matching it again with every
// value but the sizes' variables left out; too few bits end the generator:
//
//	at1 := g1
//	{
//		...the pattern, goto skip1 on a value that differs...
//		...the rest of the comprehension...
//		continue
//	}
//	skip1:
//	g1 = at1
//	...the pattern again, values as _, break if it does not fit...
func (f *fnGen) skipBySizes(m string, pat *ast.Bin, rest func()) {
	saved, label := f.temp("at"), f.temp("skip")
	f.emit(jen.Id(saved).Op(":=").Id(m))
	stop := func(cond jen.Code) { f.emit(jen.If(cond).Block(jen.Break())) }
	skip := func() jen.Code { return jen.Goto().Id(label) }
	inner := f.block(func() {
		for i, el := range pat.Elems {
			f.matchSegment(m, el, i == len(pat.Elems)-1, skip, stop)
		}
		rest()
	})
	f.emit(jen.Block(append(inner, jen.Continue())...))
	f.emit(jen.Id(label).Op(":"), jen.Id(m).Op("=").Id(saved))
	skipPat := f.sizesOnly(pat)
	for i, el := range skipPat.Elems {
		f.matchSegment(m, el, i == len(skipPat.Elems)-1, func() jen.Code { return jen.Break() }, stop)
	}
}

// sizesOnly is the pattern with each value replaced by _, except the
// variables it binds that later segments take their sizes from.
func (f *fnGen) sizesOnly(pat *ast.Bin) *ast.Bin {
	sizeVars := map[string]bool{}
	for _, el := range pat.Elems {
		if el.Size != nil {
			forVars(el.Size, func(v *ast.Var) { sizeVars[v.Name] = true })
		}
	}
	out := &ast.Bin{Loc: pat.Loc}
	for _, el := range pat.Elems {
		var value ast.Expr = &ast.Var{Loc: el.Loc, Name: "_"}
		if v, ok := el.Value.(*ast.Var); ok && sizeVars[v.Name] && f.info.bind[v] != nil {
			value = v
		}
		out.Elems = append(out.Elems, &ast.BinElement{Loc: el.Loc, Value: value, Size: el.Size, Types: el.Types})
	}
	return out
}
