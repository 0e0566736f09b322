package gen

import (
	"fmt"
	"sort"

	"github.com/erl2go/erl2go/translate/ast"
)

// BEAM names each fun after the function it appears in: '-F/A-fun-N-', or
// '-F/A-Name/Arity-K-' for a named fun that calls itself. The names show
// in stack traces, erlang:fun_info(F, name) and EUnit's test descriptions.
// N counts, within F/A, every fun f/A reference, every comprehension (when
// it starts) and every fun (after the funs inside it), in the order BEAM
// evaluates: arguments, elements and operands last first, all else in
// source order; K counts the comprehensions and self-calling named funs. A fun also captures its free
// variables (its environment), in the order they were first bound, so
// that two closures of one fun expression compare and hash equal exactly
// when their environments do.

// funMeta is what the generator needs to know about one fun expression.
type funMeta struct {
	name  string         // BEAM's name for it
	order map[string]int // first occurrence of each variable in its clause
	// applied is set for a fun called where it is made, (fun() -> ... end)(),
	// which BEAM's compiler inlines: it makes no fun and no stack frame.
	applied bool
}

// funMetaOf returns the name and variable order of a fun expression of
// this module, working them out for every function at the first call.
func (g *modGen) funMetaOf(e *ast.FunExpr) funMeta {
	g.nameAll()
	return g.funMeta[e]
}

// compName returns BEAM's name for the function of a comprehension's
// generator q (see comptrace.go).
func (g *modGen) compName(q ast.Expr) string {
	g.nameAll()
	return g.comps.names[q]
}

// nameAll names the funs and comprehension generators of every function,
// at the first call.
func (g *modGen) nameAll() {
	if g.funMeta != nil {
		return
	}
	g.funMeta = map[*ast.FunExpr]funMeta{}
	g.comps = &compNaming{names: map[ast.Expr]string{}, kernels: map[ast.Expr]int{}, plus: map[ast.Expr]bool{}, consts: map[string]bool{}}
	for _, fn := range g.mod.Funcs {
		nameFuns(fn, g.funMeta, g.comps.names)
		nameCompsKernel(fn, g.comps)
		constVars(fn, g.comps.consts)
	}
}

// nameFuns names the funs of fn, and gives each comprehension generator
// the first part of its name, '-F/A-lc$^N/1-' (the kernel's count follows:
// nameCompsKernel).
func nameFuns(fn *ast.Function, meta map[*ast.FunExpr]funMeta, comps map[ast.Expr]string) {
	prefix := fmt.Sprintf("-%s/%d-", fn.Name, fn.Arity)
	n, k := 0, 0
	applied := map[*ast.FunExpr]bool{}
	for _, c := range fn.Clauses {
		order := map[string]int{}
		ast.Inspect(c, func(x ast.Node) bool {
			if v, ok := x.(*ast.Var); ok {
				if _, seen := order[v.Name]; !seen {
					order[v.Name] = len(order)
				}
			}
			return true
		})
		var visit func(x ast.Node) bool
		visit = func(x ast.Node) bool {
			switch e := x.(type) {
			case *ast.FunRef:
				n++
			case *ast.ListComp, *ast.BinComp:
				// The qualifiers' expressions first, then one letrec
				// per generator, outermost first, then the element.
				quals, body, kind := compParts(e)
				for _, q := range quals {
					if g, ok := generator(q); ok {
						ast.Inspect(g, visit)
					} else {
						ast.Inspect(q, visit)
					}
				}
				for _, q := range quals {
					if _, ok := generator(q); ok {
						comps[q] = fmt.Sprintf("%s%s$^%d/%d-", prefix, kind, n, coreArity(kind))
						n++
						k++ // a comprehension's letrec, as a named fun's
					}
				}
				ast.Inspect(body, visit)
				return false
			case *ast.MapComp:
				n++
				k++
			case *ast.Call, *ast.Tuple, *ast.Cons, *ast.BinaryOp, *ast.Bin:
				if c, ok := e.(*ast.Call); ok {
					if fe, ok := c.Fun.(*ast.FunExpr); ok {
						applied[fe] = true
					}
				}
				// BEAM evaluates arguments and elements last first, and
				// names their funs in that order.
				if op, ok := e.(*ast.BinaryOp); ok && (op.Op == "andalso" || op.Op == "orelse") {
					return true
				}
				kids := children(e)
				for i := len(kids) - 1; i >= 0; i-- {
					ast.Inspect(kids[i], visit)
				}
				return false
			case *ast.Receive:
				// BEAM names the funs of the after section first.
				ast.Inspect(e.Timeout, visit)
				for _, a := range e.After {
					ast.Inspect(a, visit)
				}
				for _, rc := range e.Clauses {
					ast.Inspect(rc, visit)
				}
				return false
			case *ast.FunExpr:
				for _, fc := range e.Clauses {
					ast.Inspect(fc, visit)
				}
				name := fmt.Sprintf("%sfun-%d-", prefix, n)
				if e.Name != "" && mentions(e.Clauses, e.Name) {
					name = fmt.Sprintf("%s%s/%d-%d-", prefix, e.Name, len(e.Clauses[0].Patterns), k)
					k++
				}
				n++
				meta[e] = funMeta{name: name, order: order, applied: applied[e]}
				return false
			}
			return true
		}
		ast.Inspect(c, visit)
	}
}

// children are the operands of a call, tuple, list cell, operator or
// binary, in source order.
func children(e ast.Node) []ast.Node {
	var out []ast.Node
	add := func(xs ...ast.Expr) {
		for _, x := range xs {
			if x != nil {
				out = append(out, x)
			}
		}
	}
	switch e := e.(type) {
	case *ast.Call:
		add(e.Fun)
		add(e.Args...)
	case *ast.Tuple:
		add(e.Elems...)
	case *ast.Cons:
		add(e.Head, e.Tail)
	case *ast.BinaryOp:
		add(e.Left, e.Right)
	case *ast.Bin:
		for _, el := range e.Elems {
			add(el.Value, el.Size)
		}
	}
	return out
}

// freeVars lists the variables of the enclosing scope that fun e uses, in
// the order they were bound.
func (f *fnGen) freeVars(e *ast.FunExpr, order map[string]int) []string {
	seen := map[string]bool{}
	var names []string
	var walk func(e *ast.FunExpr, outer map[string]bool)
	walk = func(e *ast.FunExpr, outer map[string]bool) {
		for _, c := range e.Clauses {
			// A variable of the fun's head shadows the enclosing one.
			own := map[string]bool{e.Name: e.Name != ""}
			for n := range outer {
				own[n] = true
			}
			for _, p := range c.Patterns {
				ast.Inspect(p, func(x ast.Node) bool {
					if v, ok := x.(*ast.Var); ok {
						own[v.Name] = true
					}
					return true
				})
			}
			ast.Inspect(c, func(x ast.Node) bool {
				switch v := x.(type) {
				case *ast.FunExpr:
					walk(v, own)
					return false
				case *ast.Var:
					if _, bound := f.scope.lookup(v.Name); bound && !own[v.Name] && !seen[v.Name] {
						seen[v.Name] = true
						names = append(names, v.Name)
					}
				}
				return true
			})
		}
	}
	walk(e, nil)
	sort.SliceStable(names, func(i, j int) bool { return order[names[i]] < order[names[j]] })
	return names
}
