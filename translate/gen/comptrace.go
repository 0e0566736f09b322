package gen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Comprehension frames in stack traces.
//
// BEAM compiles each generator of a comprehension to a local function of
// its own, '-f/1-lc$^N/1-K-' ('lbc$^N/2' in a binary comprehension: the
// binary so far is its second argument), taking the rest of the generator
// and the variables it uses from outside; an error raised in a
// comprehension shows those functions' frames (rt/stack_comp.go says which).
// erl2go runs a comprehension as loops inside the Go function of the code
// around it, and tells the runtime which generator's code a Go frame is in
// through the line directives: the code of generator level 3 of the module
// carries the file name "m.erl (lc 3)", and init registers the level:
//
//	rt.RegisterComps("m", rt.CompLevel{Fun: "-f/1-lc$^0/1-0-", Arity: 1, ParentLine: 5, ...})
//
// A generator's own expression runs in the level around it (the
// enclosing function for the first one), the loop, its filters and what is
// nested in it in its level. The code after the comprehension gets a plain
// directive again.
//
// A list comprehension whose value is used builds its list by body
// recursion on BEAM ([E | lc(T)]), so once it has kept an element a frame
// of its innermost generator waits below the one that raises. Whether it
// has is known only as the code runs: such comprehensions keep their
// builder in a variable declared at the top of the Go function, which
// defers rt.KeptUnwind to note, on an exception that leaves the function,
// which builders held an element:
//
//	var acc1 rt.ListBuilder
//	defer rt.KeptUnwind("m", []int{1}, &acc1)
//	...
//	acc1 = rt.ListBuilder{}
//	for c1 := rt.Cells(L); c1 != nil; c1 = rt.Cells(c1.Tail) { ... }
//	R := acc1.Take()
//
// (Take empties the builder, which would otherwise keep the list alive as
// long as the function runs.) N counts the funs and generators of the function in the order of BEAM's
// core pass, K the generators and self-calling named funs in the order of
// its kernel pass (funname.go, nameCompsKernel).

// compRun is one comprehension being emitted.
type compRun struct {
	levels []int  // the level of each generator, outermost first
	parent int    // the level around the comprehension, 0 outside any
	acc    string // the hoisted builder of a list comprehension whose value is used
}

// compState is what a fnGen knows of the comprehensions it emits.
type compState struct {
	level int               // the level whose code is being emitted, 0 outside comprehensions
	accs  *keptAccs         // the hoisted builders of the Go function being emitted
	dests map[ast.Expr]dest // where the value of a comprehension goes, when to() knows
}

// compNaming holds BEAM's names of a module's comprehension generators.
type compNaming struct {
	names   map[ast.Expr]string // '-f/1-lc$^N/1-' (nameFuns)
	kernels map[ast.Expr]int    // K (nameCompsKernel)
	plus    map[ast.Expr]bool   // list comprehensions in [...] ++ T, T no constant
	consts  map[string]bool     // "f/1 V": V is bound to a constant only (constVars)
}

// keptAccs are the builders one Go function declares at its top.
type keptAccs struct {
	names []string
	ids   []int
}

// noteDest records where the value of a comprehension (or of [...] ++ T)
// goes, for the frames of its levels.
func (f *fnGen) noteDest(d dest, e ast.Expr) {
	if op, ok := e.(*ast.BinaryOp); ok && op.Op == "++" {
		e = op.Left
	}
	switch e.(type) {
	case *ast.ListComp, *ast.BinComp:
		if f.comp.dests == nil {
			f.comp.dests = map[ast.Expr]dest{}
		}
		f.comp.dests[e] = d
	}
}

// lineOf is modGen.lineOf with the mark of the comprehension level the
// code is in: /*line m.erl (lc 3):12*/.
func (f *fnGen) lineOf(n ast.Node) string {
	l := f.modGen.lineOf(n)
	if f.comp.level == 0 || l == "" {
		return l
	}
	i := strings.LastIndexByte(l, ':')
	return fmt.Sprintf("%s (lc %d)%s", l[:i], f.comp.level, l[i:])
}

// beginComp registers the levels of a comprehension with generators in
// quals; kind is "lc" or "lbc". A list comprehension whose value is used
// gets its builder (run.acc) declared at the top of the Go function.
func (f *fnGen) beginComp(e ast.Expr, quals []ast.Expr, body []ast.Expr, kind string) *compRun {
	f.nameAll()
	run := &compRun{parent: f.comp.level}
	var gens []ast.Expr
	for _, q := range quals {
		if _, ok := generator(q); ok {
			gens = append(gens, q)
		}
	}
	if len(gens) == 0 {
		return run
	}
	first := len(f.compLevels) + 1
	for i := range gens {
		run.levels = append(run.levels, first+i)
	}
	d, known := f.comp.dests[e]
	tail := known && d.kind == toReturn && !d.handler && run.parent == 0
	if kind == "lc" && !(known && d.kind == toEffect) && raisesInLoop(gens, quals, body) {
		if f.comp.accs == nil {
			f.comp.accs = &keptAccs{}
		}
		run.acc = f.temp("acc")
		f.comp.accs.names = append(f.comp.accs.names, run.acc)
		f.comp.accs.ids = append(f.comp.accs.ids, first)
	}
	arities := f.compArities(e, quals, body, kind)
	for i, q := range gens {
		fields := []jen.Code{
			jen.Id("Fun").Op(":").Lit(f.compName(q) + fmt.Sprint(f.compKernel(q)) + "-"),
			jen.Id("Arity").Op(":").Lit(arities[i]),
		}
		parent, line := run.parent, f.lineNo(gens[0])
		if kind == "lbc" {
			line = f.lineNo(e)
			if i > 0 {
				parent = first + i - 1 // waits for the inner level's binary
			}
		}
		if parent != 0 {
			fields = append(fields, jen.Id("Parent").Op(":").Lit(parent))
		}
		fields = append(fields, jen.Id("ParentLine").Op(":").Lit(line))
		if tail && parent == 0 {
			fields = append(fields, jen.Id("Tail").Op(":").True())
		}
		if run.acc != "" {
			fields = append(fields, jen.Id("Kept").Op(":").Lit(first),
				jen.Id("Inner").Op(":").Lit(first+len(gens)-1),
				jen.Id("InnerLine").Op(":").Lit(f.lineNo(gens[len(gens)-1])))
		}
		f.compLevels = append(f.compLevels, jen.Line().Qual(RT, "CompLevel").Values(fields...))
	}
	return run
}

// endComp gives the statement after a comprehension the plain line of
// the comprehension.
func (f *fnGen) endComp(e ast.Expr, run *compRun) {
	f.comp.level = run.parent
	f.line(e)
}

// lineNo is the source line of n.
func (f *fnGen) lineNo(n ast.Node) int { return f.fset.Position(n.Pos()).Line }

// compKernel returns the kernel's count in the name of generator q.
func (f *fnGen) compKernel(q ast.Expr) int {
	f.nameAll()
	return f.comps.kernels[q]
}

// generator returns the expression a qualifier draws from, if it is a
// generator.
func generator(q ast.Expr) (ast.Expr, bool) {
	switch q := q.(type) {
	case *ast.Generate:
		return q.Expr, true
	case *ast.BinGenerate:
		return q.Expr, true
	}
	return nil, false
}

// compParts returns a list or binary comprehension's qualifiers, its
// element and the kind of its functions' names.
func compParts(e ast.Node) (quals []ast.Expr, body ast.Expr, kind string) {
	switch e := e.(type) {
	case *ast.ListComp:
		return e.Quals, e.Expr, "lc"
	case *ast.BinComp:
		return e.Quals, e.Expr, "lbc"
	}
	return nil, nil, ""
}

// coreArity is the arity BEAM's name of a generator's function shows: the
// one it has before the variables it uses from outside are added.
func coreArity(kind string) int {
	if kind == "lbc" {
		return 2
	}
	return 1
}

// compArities returns the arity of each generator's function: its own
// arguments (the rest of the generator; and the binary so far, in a
// binary comprehension) and one more for each variable it uses from
// outside. In a list comprehension an inner generator's function goes on
// with the outer one when it is done, so it also takes the rest of each
// outer generator and what the outer functions use; the tail of
// [... || ...] ++ T is one more, unless T is a constant.
func (f *fnGen) compArities(e ast.Expr, quals []ast.Expr, body []ast.Expr, kind string) []int {
	var pats []map[string]bool // each generator's variables
	var from [][]ast.Expr      // the code of each generator's level and those in it
	for i, q := range quals {
		if _, ok := generator(q); !ok {
			continue
		}
		vs := map[string]bool{}
		switch g := q.(type) {
		case *ast.Generate:
			forVars(g.Pattern, func(v *ast.Var) { vs[v.Name] = true })
		case *ast.BinGenerate:
			forVars(g.Pattern, func(v *ast.Var) { vs[v.Name] = true })
		}
		pats = append(pats, vs)
		var code []ast.Expr
		for _, r := range quals[i+1:] {
			switch g := r.(type) {
			case *ast.Generate:
				code = append(code, g.Expr, g.Pattern)
			case *ast.BinGenerate:
				code = append(code, g.Expr, g.Pattern)
			default:
				code = append(code, r)
			}
		}
		from = append(from, append(code, body...))
	}
	tail := 0
	if f.comps.plus[e] {
		tail = 1
	}
	arities := make([]int, len(pats))
	outerFree := map[string]bool{} // what the outer functions use, for the list kind
	for i := range pats {
		free := map[string]bool{}
		for _, x := range from[i] {
			forVars(x, func(v *ast.Var) {
				if f.compFree(v.Name, i, pats) {
					free[v.Name] = true
				}
			})
		}
		if kind == "lbc" {
			arities[i] = 2 + len(free)
			continue
		}
		for v := range outerFree {
			free[v] = true
		}
		arities[i] = 1 + len(free) + i + tail // i: the rests of the outer generators
		outerFree = free
	}
	return arities
}

// compFree reports whether variable name, used in the code of generator
// level i, comes from outside that level's function: from an outer
// generator's pattern or from around the comprehension (a variable of no
// generator pattern, bound to something other than a constant, which
// BEAM's compiler would put in its place).
func (f *fnGen) compFree(name string, i int, pats []map[string]bool) bool {
	for _, p := range pats[i:] {
		if p[name] {
			return false
		}
	}
	for _, p := range pats[:i] {
		if p[name] {
			return true
		}
	}
	_, bound := f.scope.lookup(name)
	return bound && !f.comps.consts[f.funcName+" "+name]
}

// constVars notes the variables of fn that are only ever bound by V =
// Constant, which BEAM's compiler replaces with the constant.
func constVars(fn *ast.Function, consts map[string]bool) {
	key := fmt.Sprintf("%s/%d ", fn.Name, fn.Arity)
	other := map[string]bool{}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Match:
			if v, ok := n.Left.(*ast.Var); ok && isConstant(n.Right) {
				consts[key+v.Name] = true
				return true
			}
			forVars(n.Left, func(v *ast.Var) { other[v.Name] = true })
		case *ast.Clause:
			for _, p := range n.Patterns {
				forVars(p, func(v *ast.Var) { other[v.Name] = true })
			}
		case *ast.Generate:
			forVars(n.Pattern, func(v *ast.Var) { other[v.Name] = true })
		case *ast.BinGenerate:
			forVars(n.Pattern, func(v *ast.Var) { other[v.Name] = true })
		}
		return true
	})
	for name := range other {
		delete(consts, key+name)
	}
}

// keptPrologue puts the declarations of the hoisted builders of the Go
// function just emitted, and the deferred note of their state, in front
// of its body.
//
//	var acc1, acc2 rt.ListBuilder
//	defer rt.KeptUnwind("m", []int{1, 3}, &acc1, &acc2)
func (f *fnGen) keptPrologue(body []jen.Code) []jen.Code {
	a := f.comp.accs
	if a == nil {
		return body
	}
	names := make([]jen.Code, len(a.names))
	args := []jen.Code{jen.Lit(f.mod.Name), jen.Index().Int().ValuesFunc(func(g *jen.Group) {
		for _, id := range a.ids {
			g.Lit(id)
		}
	})}
	for i, n := range a.names {
		names[i] = jen.Id(n)
		args = append(args, jen.Op("&").Id(n))
	}
	return append([]jen.Code{
		jen.Var().List(names...).Qual(RT, "ListBuilder"),
		jen.Defer().Qual(RT, "KeptUnwind").Call(args...),
	}, body...)
}

// raisesInLoop reports whether a list comprehension may raise once its
// first element is kept, where its kept frame would show: it has inner
// generators, or a filter or element expression that can raise. A
// quicksort's [X || X <- T, X < P] cannot: its builder need not be watched
// (a Go defer in a function called a million times). The outermost
// generator's own bad tail is left out: BEAM's trace shows no kept frame
// for it either.
func raisesInLoop(gens, quals, body []ast.Expr) bool {
	if len(gens) != 1 {
		return true
	}
	if _, ok := gens[0].(*ast.Generate); !ok {
		return true
	}
	for _, q := range quals {
		if _, ok := generator(q); !ok && !cannotRaise(q) {
			return true
		}
	}
	for _, e := range body {
		if !cannotRaise(e) {
			return true
		}
	}
	return false
}

// cannotRaise reports whether e never raises: variables, constants, terms
// built of them, their comparisons and type tests.
func cannotRaise(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Var, *ast.Atom, *ast.Integer, *ast.Char, *ast.Float, *ast.String, *ast.Nil:
		return true
	case *ast.Cons:
		return cannotRaise(e.Head) && cannotRaise(e.Tail)
	case *ast.Tuple:
		for _, x := range e.Elems {
			if !cannotRaise(x) {
				return false
			}
		}
		return true
	case *ast.BinaryOp:
		switch e.Op {
		case "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=":
			return cannotRaise(e.Left) && cannotRaise(e.Right)
		}
	case *ast.Call:
		r, ok := e.Fun.(*ast.Remote)
		if !ok || len(e.Args) != 1 || !cannotRaise(e.Args[0]) {
			return false
		}
		m, _ := r.Module.(*ast.Atom)
		fn, _ := r.Fun.(*ast.Atom)
		return m != nil && fn != nil && m.Name == "erlang" && strings.HasPrefix(fn.Name, "is_")
	}
	return false
}

// registerComps is the init statement that registers the module's
// comprehension levels, or nil.
func (g *modGen) registerComps() jen.Code {
	if len(g.compLevels) == 0 {
		return nil
	}
	args := append([]jen.Code{jen.Lit(g.mod.Name)}, g.compLevels...)
	return jen.Qual(RT, "RegisterComps").Call(append(args, jen.Line())...)
}

// nameCompsKernel completes the names nameFuns gave fn's generators with
// the count of BEAM's kernel pass, which names a letrec's functions before
// it translates their bodies, and the letrec's body (the generator's own
// expression) after them: for [E || X <- G0, F1, Y <- G1], the generator
// of X, F1, the generator of Y, E, G1, G0. The rest goes in source order.
func nameCompsKernel(fn *ast.Function, c *compNaming) {
	kernels := c.kernels
	k := 0
	var visit func(n ast.Node) bool
	var comp func(quals []ast.Expr, body ast.Expr)
	comp = func(quals []ast.Expr, body ast.Expr) {
		for i, q := range quals {
			g, ok := generator(q)
			if !ok {
				ast.Inspect(q, visit) // a filter before any generator
				continue
			}
			kernels[q] = k
			k++
			rest := quals[i+1:]
			j := 0
			for j < len(rest) {
				if _, ok := generator(rest[j]); ok {
					break
				}
				ast.Inspect(rest[j], visit)
				j++
			}
			if j < len(rest) {
				comp(rest[j:], body)
			} else {
				ast.Inspect(body, visit)
			}
			ast.Inspect(g, visit)
			return
		}
		ast.Inspect(body, visit)
	}
	visit = func(n ast.Node) bool {
		switch e := n.(type) {
		case *ast.ListComp, *ast.BinComp:
			quals, body, _ := compParts(e)
			comp(quals, body)
			return false
		case *ast.MapComp:
			k++
		case *ast.BinaryOp:
			if lc, ok := e.Left.(*ast.ListComp); ok && e.Op == "++" && !isConstant(e.Right) {
				c.plus[lc] = true
			}
		case *ast.FunExpr:
			if e.Name != "" && mentions(e.Clauses, e.Name) {
				k++ // a named fun's letrec
			}
		}
		return true
	}
	for _, c := range fn.Clauses {
		ast.Inspect(c, visit)
	}
}

// isConstant reports whether e is a literal term, which BEAM's compiler
// passes as it is rather than in a variable.
func isConstant(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Atom, *ast.Integer, *ast.Float, *ast.Char, *ast.String, *ast.Nil, *ast.Cons, *ast.Tuple, *ast.Bin, *ast.BinElement, nil:
		default:
			ok = false
		}
		return ok
	})
	return ok
}
