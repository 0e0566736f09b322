package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// A rest matched again. In
//
//	<<Port:16, Len:8, Payload/binary>> = Segment,
//	<<Body:Len/binary, Trailer/binary>> = Payload,
//
// Payload is needed only to be matched, so it is not made: its matcher,
// which stands where Payload begins, is copied to start the second match,
// and the binary is made only if that match fails (for the badmatch):
//
//	if !m1.Tail(8) { ... }                // Payload/binary
//	m2 := m1                              // <<...>> = Payload
//	...
//	rt.Badmatch(m1.Bits())
//
// This applies when the rest's variable occurs exactly twice in its
// function: where it is bound and as the right side of that match.

// restSegment emits a rest segment whose variable is only matched again
// as a check that the rest is a whole number of units, and records its
// matcher; false if the rest must be a value.
func (f *fnGen) restSegment(m string, el *ast.BinElement, unit int, failIf func(jen.Code)) bool {
	v, ok := el.Value.(*ast.Var)
	if !ok || !f.bindsFresh(v) || !f.onlyRematched(v.Name) {
		return false
	}
	if unit > 1 {
		failIf(jen.Op("!").Id(m).Dot("Tail").Call(jen.Lit(unit)))
	}
	f.scope.vars[v.Name] = m + ".Bits()" // nothing else reads it; a safe fallback
	if f.scope.rests == nil {
		f.scope.rests = map[string]string{}
	}
	f.scope.rests[v.Name] = m
	return true
}

// onlyRematched reports whether the variable occurs twice in the function
// being emitted, once as the right side of <<...>> = Name.
func (f *fnGen) onlyRematched(name string) bool {
	var fn *ast.Function
	for _, x := range f.mod.Funcs {
		if fmt.Sprintf("%s/%d", x.Name, x.Arity) == f.funcName {
			fn = x
		}
	}
	if fn == nil {
		return false
	}
	n, rematch := 0, false
	for _, c := range fn.Clauses {
		ast.Inspect(c, func(x ast.Node) bool {
			switch x := x.(type) {
			case *ast.Var:
				if x.Name == name {
					n++
				}
			case *ast.Match:
				_, isBin := x.Left.(*ast.Bin)
				r, isVar := x.Right.(*ast.Var)
				rematch = rematch || isBin && isVar && r.Name == name
			}
			return true
		})
	}
	return n == 2 && rematch
}

// rematch emits <<...>> = Rest for a rest recorded by restSegment,
// starting from a copy of its matcher; nil if e is not such a match.
func (f *fnGen) rematch(e *ast.Match) jen.Code {
	pat, isBin := e.Left.(*ast.Bin)
	x, isVar := e.Right.(*ast.Var)
	if !isBin || !isVar {
		return nil
	}
	var src string
	for s := f.scope; s != nil && src == ""; s = s.parent {
		src = s.rests[x.Name]
	}
	if src == "" {
		return nil
	}
	line := f.lineOf(e)
	fail := func() jen.Code {
		return jen.Comment(line).Add(jen.Qual(RT, "Badmatch").Call(jen.Id(src).Dot("Bits").Call()))
	}
	failIf := func(cond jen.Code) { f.emit(jen.If(cond).Block(fail())) }
	m := f.temp("m")
	f.emit(jen.Id(m).Op(":=").Id(src)) // m2 := m1: the rest, not yet read
	f.matchSegments(pat, m, fail, failIf)
	return jen.Id(src).Dot("Bits").Call()
}
