package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/source"
)

// Loops over native integers. A function that tail-calls itself with an
// integer computed from its own parameter,
//
//	build(0, Acc) -> Acc;
//	build(N, Acc) -> build(N - 1, <<Acc/binary, N:32, (N rem 1000):16>>).
//
// keeps that parameter in a Go rt.Int while it lies within ±2^52, so that
// N - 1 is a machine subtraction and N a native value for arithmetic and
// segments (bits_native.go), with no Term made or checked per step. The
// function holds
// the loop twice: first over natives, entered when the arguments are small
// integers in range; then the usual loop over Terms, which the native one jumps to,
// with the values boxed, when a parameter leaves the range (a bignum may
// follow) or at once when an argument is not such an Int:
//
//	var acc2 rt.BitsAcc
//	if nat1, ok := rt.IntOf(a1); ok {
//		for {
//			if !rt.LoopInt(nat1) {
//				a1 = rt.BoxInt(nat1)
//				goto terms
//			}
//			p.Tick()
//			{
//				if nat1 != 0 {
//					goto nclause2
//				}
//				return acc2.Value(&Acc)
//			}
//		nclause2:
//			N := nat1
//			...
//			nat1 = N - 1
//			continue
//		}
//	}
//	terms:
//	for {
//		...the loop over Terms...
//	}
//
// Both loops share the other parameters, matchers and builders. The
// natives' range leaves room for the loop's arithmetic (the sum or
// difference of two of them with some segments, a product with a small
// constant) to be proved within ±2^62 by natRange, the limit of the
// native arithmetic; a step whose new value natRange cannot prove so
// makes the parameter a Term again, and the native loop is generated
// again without it.
//
// A parameter is held natively when every clause matches it with a
// variable or an integer literal, every self call is a tail call (the loop
// is not a recursion site of another transformation), the function has
// no funs (a closure would capture the variable the loop reassigns), and
// each clause uses it as a Term at most once if some tail call computes it
// with arithmetic (a Term use boxes it, which the Term loop did once a step
// anyway), never if it is only passed on; and some parameter is computed.

// loopLimit bounds a native loop parameter: |x| <= 2^52 (rt.LoopInt).
const loopLimit = int64(1) << 52

// natLoop is what a native loop adds to its tailTarget's bitLoop.
type natLoop struct {
	names map[int]string // parameter position -> its native Go variable
	fail  int            // a parameter whose new value was not native, or -1
}

// loopPrologue is what a self-recursive function's body starts with: the
// matchers and builders it carries (bits_loop.go), then its native loop,
// if it has one, and the label of the Term loop that follows.
func (f *fnGen) loopPrologue(cs []*ast.Clause, params []string) []jen.Code {
	out := bitLoopPrologue(f.tail, params)
	if f.tail == nil || !f.tail.loops || f.tail.group != nil || f.tail.funVar != "" || f.errs.HasErrors() {
		return out
	}
	cands := f.natCandidates(cs, params)
	for computes(cands) {
		code, fail := f.nativeLoop(cs, params, cands)
		if code != nil {
			return append(out, code, jen.Id("terms").Op(":"))
		}
		if fail < 0 {
			break
		}
		delete(cands, fail)
	}
	return out
}

// computes reports whether some candidate is computed by a tail call: a
// loop of parameters that are only passed on gains nothing.
func computes(cands map[int]bool) bool {
	for _, computed := range cands {
		if computed {
			return true
		}
	}
	return false
}

// natLoopOf returns the native loop being emitted, if any.
func (f *fnGen) natLoopOf() *natLoop {
	if f.tail == nil || f.tail.bits == nil {
		return nil
	}
	return f.tail.bits.native
}

// nativeLoop emits the native loop with the parameters cands native; when
// that fails it returns nil and the parameter to leave out (-1: give up).
func (f *fnGen) nativeLoop(cs []*ast.Clause, params []string, cands map[int]bool) (jen.Code, int) {
	nl := &natLoop{names: map[int]string{}, fail: -1}
	natParams := append([]string(nil), params...)
	for i := range params {
		if _, ok := cands[i]; ok {
			nl.names[i] = fmt.Sprintf("nat%d", i+1)
			natParams[i] = nl.names[i]
		}
	}
	bits := &bitLoop{}
	if f.tail.bits != nil {
		*bits = *f.tail.bits
	}
	bits.native = nl
	saved, savedPrefix, savedErrs := f.tail, f.labelPrefix, f.errs
	f.tail = &tailTarget{self: saved.self, params: natParams, bits: bits}
	f.labelPrefix = "n" + savedPrefix
	f.errs = &source.ErrorList{}
	body := f.clauses(cs, natParams)
	failed := f.errs.HasErrors() || !f.tail.loops
	f.tail, f.labelPrefix, f.errs = saved, savedPrefix, savedErrs
	if nl.fail >= 0 {
		return nil, nl.fail
	}
	if failed {
		return nil, -1
	}
	// The check at the top of each step: a parameter out of range goes
	// back to the Term loop, as a Term.
	var test jen.Code
	var lhs, rhs []jen.Code
	for i := range params {
		if g := nl.names[i]; g != "" {
			out := jen.Op("!").Qual(RT, "LoopInt").Call(jen.Id(g))
			if test != nil {
				out = jen.Add(test).Op("||").Add(out)
			}
			test = out
			lhs, rhs = append(lhs, jen.Id(params[i])), append(rhs, jen.Qual(RT, "BoxInt").Call(jen.Id(g)))
		}
	}
	check := jen.If(test).Block(jen.List(lhs...).Op("=").List(rhs...), jen.Goto().Id("terms"))
	code := jen.For().Block(append([]jen.Code{check}, withTick(body)...)...)
	for i := len(params) - 1; i >= 0; i-- { // entered when every native argument is an Int
		if g := nl.names[i]; g != "" {
			code = jen.If(jen.List(jen.Id(g), jen.Id("ok")).Op(":=").Qual(RT, "IntOf").Call(jen.Id(params[i])), jen.Id("ok")).Block(code)
		}
	}
	return code, -1
}

// natCandidates returns the parameters that the loop may hold natively
// (see the conditions above), each with whether a tail call computes it.
func (f *fnGen) natCandidates(cs []*ast.Clause, params []string) map[int]bool {
	fa := f.tail.self
	if hasFun(cs) || !allSelfCallsTail(fa, cs) {
		return nil
	}
	cands := map[int]bool{}
	for i, param := range params {
		if b := f.tail.bits; b != nil && (b.index[i] != nil || b.accs[param] != nil) {
			continue
		}
		if ok, computed := natParamOK(fa, cs, i); ok {
			cands[i] = computed
		}
	}
	return cands
}

// allSelfCallsTail reports whether every call of the function to itself
// is one of its tail calls.
func allSelfCallsTail(fa core.FA, cs []*ast.Clause) bool {
	for _, c := range cs {
		tails := map[*ast.Call]bool{}
		core.TailCallsOutsideMaybe(c.Body, func(call *ast.Call, to core.FA) {
			if to == fa {
				tails[call] = true
			}
		})
		ok := true
		ast.Inspect(c, func(n ast.Node) bool {
			if call, isCall := n.(*ast.Call); isCall && callsSelf(fa, call) && !tails[call] {
				ok = false
			}
			return ok
		})
		if !ok {
			return false
		}
	}
	return true
}

func callsSelf(fa core.FA, call *ast.Call) bool {
	a, ok := call.Fun.(*ast.Atom)
	return ok && a.Name == fa.Name && len(call.Args) == fa.Arity
}

// natParamOK reports whether parameter i meets the conditions of a native
// loop parameter in every clause, and whether some tail call computes it.
// One that only passes on (a limit, a step) may not be used as a Term at
// all, since holding it natively would box it at each use.
func natParamOK(fa core.FA, cs []*ast.Clause, i int) (ok, computed bool) {
	for _, c := range cs {
		core.TailCallsOutsideMaybe(c.Body, func(call *ast.Call, to core.FA) {
			if to != fa {
				return
			}
			switch call.Args[i].(type) {
			case *ast.BinaryOp, *ast.UnaryOp:
				computed = true
			}
		})
	}
	for _, c := range cs {
		var name string
		switch p := c.Patterns[i].(type) {
		case *ast.Var:
			name = p.Name
		default:
			if _, ok := smallInt(p); !ok {
				return false, false
			}
		}
		if name == "" || name == "_" {
			continue
		}
		n := 0
		for _, q := range c.Patterns {
			ast.Inspect(q, func(x ast.Node) bool {
				if v, ok := x.(*ast.Var); ok && v.Name == name {
					n++
				}
				return true
			})
		}
		if uses := termUses(fa, c, i, name); n != 1 || uses > 1 || uses > 0 && !computed {
			return false, false
		}
	}
	return true, computed
}

// termUses counts the uses of the variable name in clause c's guards and
// body that need it as a Term: all but operands of arithmetic and
// comparisons, segment values and sizes, and argument i of self calls.
func termUses(fa core.FA, c *ast.Clause, i int, name string) int {
	isVar := func(e ast.Expr) bool {
		v, ok := e.(*ast.Var)
		return ok && v.Name == name
	}
	native, all := 0, 0
	visit := func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Var:
			if x.Name == name {
				all++
			}
		case *ast.BinaryOp:
			_, arith := natOps[x.Op]
			_, cmp := goCompare[x.Op]
			if arith || cmp {
				for _, e := range []ast.Expr{x.Left, x.Right} {
					if isVar(e) {
						native++
					}
				}
			}
		case *ast.UnaryOp:
			if (x.Op == "-" || x.Op == "bnot") && isVar(x.X) {
				native++
			}
		case *ast.Bin: // Inspect visits the elements' values, not the elements
			for _, el := range x.Elems {
				if isVar(el.Value) && segmentOf(el).typ == "integer" {
					native++
				}
				if el.Size != nil && isVar(el.Size) {
					native++
				}
			}
		case *ast.Call:
			if callsSelf(fa, x) && isVar(x.Args[i]) {
				native++
			}
		}
		return true
	}
	inspectGuardsAndBody(c, visit)
	return all - native
}

// natPattern matches clause pattern j when parameter j is held natively:
// N binds a native variable (N := nat1), an integer literal is a Go
// comparison. It reports false when parameter j is not native.
func (f *fnGen) natPattern(j int, p ast.Expr, next string) bool {
	nl := f.natLoopOf()
	if nl == nil || nl.names[j] == "" {
		return false
	}
	g := nl.names[j]
	if v, ok := p.(*ast.Var); ok {
		if in, binds := f.info.bind[v]; binds && in.read {
			name := varName(v.Name)
			f.emit(jen.Id(name).Op(":=").Id(g))
			f.bindNative(v.Name, name, intRange{-loopLimit, loopLimit})
		}
		return true
	}
	c, _ := smallInt(p) // natParamOK let only these through
	f.emit(jen.If(jen.Id(g).Op("!=").Lit(c)).Block(f.gotoLabel(next)))
	return true
}

// natTailArg is the assignment of argument i of a tail call when the loop
// holds parameter i natively: nat1 = N - 1. A value natRange cannot prove
// native marks the parameter to leave out (the loop is then generated
// again).
func (f *fnGen) natTailArg(i int, arg ast.Expr) (lhs, rhs jen.Code, ok bool) {
	nl := f.natLoopOf()
	if nl == nil || nl.names[i] == "" {
		return nil, nil, false
	}
	if _, native := f.natRange(arg); !native {
		if nl.fail < 0 {
			nl.fail = i
		}
		return jen.Id(nl.names[i]), jen.Lit(0), true
	}
	return jen.Id(nl.names[i]), f.natCode(arg), true
}
