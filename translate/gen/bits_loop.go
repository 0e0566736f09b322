package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Loops over a binary. A function that walks a binary by tail-calling
// itself with the rest,
//
//	sum(<<X, Rest/binary>>, N) -> sum(Rest, N + X);
//	sum(<<>>, N) -> N.
//
// need not make Rest at all: the loop carries the argument as a matcher
// (BEAM's compiler passes its match context the same way), and each clause
// starts from a copy of it:
//
//	func m_sum_2(p *rt.Process, a1, N rt.Term) rt.Term {
//		bm1, isBits1 := rt.MatchBits(a1)
//		for {
//			{
//				m1, ok := bm1, isBits1
//				...
//				X, ok := m1.Int(8, 0)
//				...
//				if !m1.Tail(8) {
//					goto clause2
//				}
//				bm1, N = m1, rt.Add(N, X)
//				continue
//			}
//		...
//		if isBits1 {
//			a1 = bm1.Bits()
//		}
//		return rt.FunctionClause(a1, N)
//
// A parameter is carried so only when every tail call to the function
// passes, in its place, the tail variable of the clause's binary pattern,
// used nowhere else; anything else keeps Rest a real term. A clause that
// matches the parameter with another pattern (parse(Rest, Acc) -> {Acc,
// Rest}) first makes it a term again, as function_clause does.

// bitParam is a loop parameter carried as a matcher.
type bitParam struct {
	matcher string // bm1: the argument, as a matcher
	isBits  string // isBits1: whether the argument is a bitstring at all
}

// bitLoop is what a loop over binaries adds to its tailTarget.
type bitLoop struct {
	params   map[string]*bitParam // by the parameter's Go name
	index    map[int]*bitParam    // by the parameter's position
	straight map[*ast.Var]bool    // tail variables passed straight back
	rests    map[string]string    // tail variable -> its clause's matcher
	accs     map[string]*bitAcc   // accumulators carried as builders (bits_acc.go)
	appends  map[*ast.Bin]*bitAcc // the tail calls' appends to them
	passes   map[*ast.Var]bool    // and the tail calls' arguments that pass them on
	native   *natLoop             // integers held natively (native_loop.go)
}

// newBitLoop finds the parameters of a self-recursive function that can be
// carried as matchers; nil if there are none.
func newBitLoop(fa core.FA, cs []*ast.Clause, params []string) *bitLoop {
	var l *bitLoop
	for i := range params {
		straight, ok := straightTails(fa, cs, i)
		if !ok {
			continue
		}
		if l == nil {
			l = &bitLoop{params: map[string]*bitParam{}, index: map[int]*bitParam{},
				straight: map[*ast.Var]bool{}, rests: map[string]string{}}
		}
		bp := &bitParam{matcher: fmt.Sprintf("bm%d", i+1), isBits: fmt.Sprintf("isBits%d", i+1)}
		l.params[params[i]], l.index[i] = bp, bp
		for _, v := range straight {
			l.straight[v] = true
		}
	}
	return findAccs(l, fa, cs, params)
}

// straightTails returns the tail variables that parameter i's tail calls
// pass back, with ok true only if the parameter can be carried.
func straightTails(fa core.FA, cs []*ast.Clause, i int) ([]*ast.Var, bool) {
	var out []*ast.Var
	for _, c := range cs {
		var tail *ast.Var // nil: no tail to pass back
		if bin, isBin := c.Patterns[i].(*ast.Bin); isBin {
			tail = tailVar(bin)
		}
		ok := true
		core.TailCalls(c.Body, func(call *ast.Call, to core.FA) {
			if to != fa {
				return
			}
			v, isVar := call.Args[i].(*ast.Var)
			ok = ok && isVar && tail != nil && v.Name == tail.Name && occurrences(c, tail.Name) == 2
		})
		if !ok {
			return nil, false
		}
		if tail != nil && occurrences(c, tail.Name) == 2 {
			out = append(out, tail)
		}
	}
	return out, len(out) > 0
}

// tailVar is the variable of a pattern's last segment when that segment
// takes the rest (Rest/binary, Rest/bits), else nil.
func tailVar(b *ast.Bin) *ast.Var {
	if len(b.Elems) == 0 {
		return nil
	}
	el := b.Elems[len(b.Elems)-1]
	v, ok := el.Value.(*ast.Var)
	if !ok || v.Name == "_" || !isRestSegment(el) {
		return nil
	}
	return v
}

// occurrences counts the variable's occurrences in a clause, funs included.
func occurrences(c *ast.Clause, name string) int {
	n := 0
	ast.Inspect(c, func(x ast.Node) bool {
		if v, ok := x.(*ast.Var); ok && v.Name == name {
			n++
		}
		return true
	})
	return n
}

// bitParam returns the carried parameter that the Go expression v names,
// if any.
func (f *fnGen) bitParam(v jen.Code) *bitParam {
	if f.tail == nil || f.tail.bits == nil {
		return nil
	}
	return f.tail.bits.params[fmt.Sprintf("%#v", v)]
}

// bitLoopPrologue declares the carried matchers before the loop:
//
//	bm1, isBits1 := rt.MatchBits(a1)
func bitLoopPrologue(t *tailTarget, params []string) []jen.Code {
	if t == nil || t.bits == nil {
		return nil
	}
	var out []jen.Code
	for i, name := range params {
		if bp := t.bits.index[i]; bp != nil {
			out = append(out, jen.List(jen.Id(bp.matcher), jen.Id(bp.isBits)).Op(":=").Qual(RT, "MatchBits").Call(jen.Id(name)))
		}
		if a := t.bits.accs[name]; a != nil {
			out = append(out, jen.Var().Id(a.acc).Qual(RT, "BitsAcc")) // var acc2 rt.BitsAcc
		}
	}
	return out
}

// bitLoopRestore makes the carried arguments terms again where the
// function raises function_clause with them:
//
//	if isBits1 {
//		a1 = bm1.Bits()
//	}
func (f *fnGen) bitLoopRestore(params []string) []jen.Code {
	if f.tail == nil || f.tail.bits == nil {
		return nil
	}
	var out []jen.Code
	for i, name := range params {
		if bp := f.tail.bits.index[i]; bp != nil {
			out = append(out, jen.If(jen.Id(bp.isBits)).Block(jen.Id(name).Op("=").Id(bp.matcher).Dot("Bits").Call()))
		}
		if a := f.tail.bits.accs[name]; a != nil {
			out = append(out, jen.Id(a.acc).Dot("Value").Call(jen.Op("&").Id(name))) // acc2.Value(&Acc)
		}
	}
	return out
}

// restoreBitParam makes a carried parameter a term again before a clause
// matches it with a pattern that is not a binary one:
//
//	if isBits1 {
//		a1 = bm1.Bits()
//	}
func (f *fnGen) restoreBitParam(p ast.Expr, v jen.Code) {
	if _, isBin := p.(*ast.Bin); isBin || f.ignorable(p) {
		return
	}
	if bp := f.bitParam(v); bp != nil {
		f.emit(jen.If(jen.Id(bp.isBits)).Block(jen.Add(v).Op("=").Id(bp.matcher).Dot("Bits").Call()))
	}
}

// tailSegment emits the tail segment of a carried loop's pattern, when its
// variable goes straight back to the loop, as a check that the rest is a
// whole number of units, and records the matcher that now stands for it:
//
//	if !m1.Tail(8) {
//		goto clause2
//	}
func (f *fnGen) tailSegment(m string, el *ast.BinElement, unit int, failIf func(jen.Code)) bool {
	v, ok := el.Value.(*ast.Var)
	if !ok || f.tail == nil || f.tail.bits == nil || !f.tail.bits.straight[v] {
		return false
	}
	if unit > 1 {
		failIf(jen.Op("!").Id(m).Dot("Tail").Call(jen.Lit(unit)))
	}
	f.tail.bits.rests[v.Name] = m
	f.scope.vars[v.Name] = m + ".Bits()" // only a tail call reads it; this is a safe fallback
	return true
}

// bitTailArg is the assignment for argument i of a tail call when the
// loop carries it: bm1 = m1.
func (f *fnGen) bitTailArg(i int, arg ast.Expr) (lhs, rhs jen.Code, ok bool) {
	if lhs, rhs, ok := f.natTailArg(i, arg); ok {
		return lhs, rhs, true // nat1 = N - 1 (native_loop.go)
	}
	if f.tail == nil || f.tail.bits == nil || f.tail.bits.index[i] == nil {
		return nil, nil, false
	}
	v, isVar := arg.(*ast.Var)
	if !isVar {
		return nil, nil, false
	}
	m, found := f.tail.bits.rests[v.Name]
	if !found {
		// newBitLoop promised that every tail call passes a clause's tail.
		f.errorf(arg, "internal error: a loop over a binary lost its matcher")
		return nil, nil, false
	}
	return jen.Id(f.tail.bits.index[i].matcher), jen.Id(m), true
}
