package gen

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// fnGen emits the body of one Go function (a closure for a fun shares its
// parent's fnGen state except the output and the tail target).
type fnGen struct {
	*modGen
	info     *varInfo
	temps    map[string]int // next number per temporary prefix
	out      []jen.Code
	scope    *scope
	tail     *tailTarget
	used     map[string]bool // labels that some goto jumps to
	funcName string          // the enclosing Erlang function, for fun names

	pendingLine string // see emit
	labelPrefix string // keeps labels apart in a group's shared Go function
	// nonTerm marks expressions whose Go type is a concrete term type
	// (*rt.Tuple, *rt.Map, *rt.Fun): a variable bound to one is declared
	// with type rt.Term so that type switches and reassignment work.
	nonTerm map[jen.Code]bool
	inGuard int // > 0 while a guard test is emitted, where no statement may go

	owned *ownedMaps // map updates that may change their map in place (map_owned.go)
	idle  *idleInfo  // receives that may wait without a goroutine (suspend.go)
	// base is the Go variable holding the token of suspend.go, or ""; baseUsed
	// is set once code reads it.
	base     string
	baseUsed bool

	comp compState // comprehension levels and hoisted builders (comptrace.go)
}

// scope maps bound Erlang variables to Go names. pending holds variables
// declared before a case whose clauses bind them.
type scope struct {
	vars    map[string]string
	pending map[string]string
	native  map[string]intRange // variables held as a Go rt.Int (bits_native.go)
	rests   map[string]string   // rests held as their matcher (bits_rest.go)
	parent  *scope
	fun     bool // the outermost scope of a fun's body
}

func (s *scope) lookup(name string) (string, bool) {
	for ; s != nil; s = s.parent {
		if g, ok := s.vars[name]; ok {
			return g, true
		}
	}
	return "", false
}

func (s *scope) lookupPending(name string) (string, bool) {
	for ; s != nil; s = s.parent {
		if g, ok := s.pending[name]; ok {
			return g, true
		}
		if s.fun {
			break // a fun's variables that are unbound when it is made are its own
		}
	}
	return "", false
}

// tailTarget says how a tail call to the function being emitted (or to a
// member of its tail-call group) compiles: reassign params and continue.
type tailTarget struct {
	self   core.FA
	params []string        // Go names of the loop's parameters
	group  map[core.FA]int // for a group: member -> entry number
	entry  string          // the group's entry variable
	funVar string          // for a named fun: the Erlang name
	loops  bool            // set when some tail call continues the loop
	bits   *bitLoop        // parameters carried as matchers (bits_loop.go)
	rec    *recursion      // body recursion made a loop (trmc.go)
	tramp  bool            // a group member: tail calls return to the group's loop (groupFunc)
}

func (g *modGen) newFn(info *varInfo, name string) *fnGen {
	return &fnGen{modGen: g, info: info, temps: map[string]int{}, scope: &scope{vars: map[string]string{}},
		used: map[string]bool{}, funcName: name, nonTerm: map[jen.Code]bool{}}
}

// emit appends statements; a pending line directive goes in front of the
// first, on the same Go line, which is where the compiler applies it.
func (f *fnGen) emit(code ...jen.Code) {
	for _, c := range code {
		if f.pendingLine != "" {
			c = jen.Comment(f.pendingLine).Add(c)
			f.pendingLine = ""
		}
		f.out = append(f.out, c)
	}
}

// line sets the source line of the next statement emitted.
func (f *fnGen) line(n ast.Node) {
	if l := f.lineOf(n); l != "" {
		f.pendingLine = l
	}
}

// concrete records that v has a concrete term type, and returns it.
func (f *fnGen) concrete(v jen.Code) jen.Code {
	f.nonTerm[v] = true
	return v
}

// declare emits name := v, or var name rt.Term = v when v's Go type is not
// rt.Term.
func (f *fnGen) declare(name string, v jen.Code) {
	if f.nonTerm[v] {
		f.emit(jen.Var().Id(name).Qual(RT, "Term").Op("=").Add(v))
		return
	}
	f.emit(jen.Id(name).Op(":=").Add(v))
}

// temp returns a fresh compiler temporary: prefix1, prefix2, ...
func (f *fnGen) temp(prefix string) string {
	f.temps[prefix]++
	return fmt.Sprintf("%s%d", prefix, f.temps[prefix])
}

// block runs gen with a fresh statement list and scope and returns the list.
func (f *fnGen) block(gen func()) []jen.Code {
	saved, savedScope := f.out, f.scope
	f.out = nil
	f.scope = &scope{vars: map[string]string{}, parent: savedScope}
	gen()
	out := f.out
	f.out, f.scope = saved, savedScope
	f.pendingLine = ""
	return out
}

// function emits a Go function for an Erlang function:
//
//	// fact/1
//	func fact_fact_1(p *rt.Process, N rt.Term) rt.Term {
//		...clauses...
//	}
func (g *modGen) function(fn *ast.Function) jen.Code {
	fa := core.FA{Name: fn.Name, Arity: fn.Arity}
	info := analyzeClauses(fn.Clauses)
	f := g.newFn(info, fmt.Sprintf("%s/%d", fn.Name, fn.Arity))
	sites := g.recursionSites(fn)
	loop := g.mod.SelfTail[fa] || sites != nil
	params := paramNames(fn.Clauses, info, loop && hasFun(fn.Clauses))
	if loop {
		f.tail = &tailTarget{self: fa, params: params, bits: newBitLoop(fa, fn.Clauses, params)}
	}
	f.owned = ownedMapUpdates(fn, fa)
	if g.takesBase(fa) {
		f.base = f.temp("base")
	}
	if r := g.idleReceives(fa); r != nil {
		f.idle = &idleInfo{self: fa, recvs: r, params: params}
	}
	if sites != nil {
		f.tail.rec = &recursion{sites: map[*ast.Call]int{}}
		for i, c := range sites {
			f.tail.rec.sites[c] = i + 1
		}
	}
	body := withTick(f.clauses(fn.Clauses, params))
	if f.tail != nil && f.tail.loops {
		body = []jen.Code{jen.For().Block(body...)}
	}
	body = append(f.loopPrologue(fn.Clauses, params), body...) // native_loop.go
	body = f.withMapOwner(body)
	if sites != nil {
		body = append(f.recursionPrologue(g.funcs[g.mod.Name][fa], sites), body...)
	}
	if f.base != "" {
		body = append([]jen.Code{f.basePrologue()}, body...)
	}
	body = f.keptPrologue(body)
	return jen.Comment(fmt.Sprintf("%s/%d", fn.Name, fn.Arity)).Line().
		Func().Id(g.funcs[g.mod.Name][fa]).Params(paramList(params)...).Qual(RT, "Term").Block(body...)
}

// inspectGuardsAndBody calls ast.Inspect with f on each guard test and
// body expression of c (not on its patterns).
func inspectGuardsAndBody(c *ast.Clause, f func(ast.Node) bool) {
	for _, g := range c.Guards {
		for _, e := range g {
			ast.Inspect(e, f)
		}
	}
	for _, e := range c.Body {
		ast.Inspect(e, f)
	}
}

func paramList(names []string) []jen.Code {
	ps := []jen.Code{jen.Id("p").Op("*").Qual(RT, "Process")}
	for i, n := range names {
		if i == len(names)-1 {
			ps = append(ps, jen.Id(n).Qual(RT, "Term"))
		} else {
			ps = append(ps, jen.Id(n))
		}
	}
	return ps
}

// paramNames names parameter i after the Erlang variable that every clause
// has in position i, else a1, a2, ... Inside a loop with closures the
// parameters are reassigned while a closure may hold them, so they get
// temporary names and each iteration binds fresh variables.
func paramNames(cs []*ast.Clause, info *varInfo, noVars bool) []string {
	n := len(cs[0].Patterns)
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("a%d", i+1)
		if noVars {
			continue
		}
		common := ""
		for _, c := range cs {
			v, ok := c.Patterns[i].(*ast.Var)
			if !ok || v.Name == "_" || info.bind[v] == nil || (common != "" && v.Name != common) {
				common = ""
				break
			}
			common = v.Name
		}
		if common != "" {
			names[i] = varName(common)
		}
	}
	return names
}

func hasFun(cs []*ast.Clause) bool {
	found := false
	for _, c := range cs {
		ast.Inspect(c, func(n ast.Node) bool {
			if _, ok := n.(*ast.FunExpr); ok {
				found = true
			}
			return !found
		})
	}
	return found
}

// clauses emits the clauses of a function (or fun) whose arguments are the
// Go variables params; each clause returns, and when none matches the
// function raises function_clause.
func (f *fnGen) clauses(cs []*ast.Clause, params []string) []jen.Code {
	args := make([]jen.Code, len(params))
	nl := f.natLoopOf()
	for i, p := range params {
		args[i] = jen.Id(p)
		if nl != nil && nl.names[i] == p {
			args[i] = jen.Qual(RT, "BoxInt").Call(args[i]) // a native loop's integer
		}
	}
	var out []jen.Code
	total := false
	label := ""
	for i, c := range cs {
		next := fmt.Sprintf("%sclause%d", f.labelPrefix, i+2)
		stmts := f.block(func() {
			f.line(c)
			for j, p := range c.Patterns {
				if f.natPattern(j, p, next) {
					continue // a loop's integer held natively (native_loop.go)
				}
				if v, ok := p.(*ast.Var); ok && varName(v.Name) == params[j] && f.info.bind[v] != nil {
					f.scope.vars[v.Name] = params[j]
					continue
				}
				f.match(p, jen.Id(params[j]), func() jen.Code { return f.gotoLabel(next) })
			}
			f.guards(c.Guards, func() jen.Code { return f.gotoLabel(next) })
			f.body(c.Body, dest{kind: toReturn})
		})
		out = appendLabeled(out, label, f.used[label], stmts, f.used[next])
		label = next
		if !f.used[next] {
			total = true
			break
		}
	}
	if !total {
		if f.used[label] {
			out = append(out, jen.Id(label).Op(":"))
		}
		out = append(out, f.bitLoopRestore(params)...)
		ret := f.retRaise(jen.Qual(RT, "FunctionClause").Call(args...))
		if l := f.lineOf(cs[0]); l != "" {
			ret = jen.Comment(l).Add(ret)
		}
		out = append(out, ret)
	}
	return out
}

// appendLabeled adds a clause's statements to out: preceded by its label if
// a goto targets it, and wrapped in a block if it can fail (so that its
// variables end before the next clause).
func appendLabeled(out []jen.Code, label string, labelUsed bool, stmts []jen.Code, canFail bool) []jen.Code {
	if labelUsed {
		out = append(out, jen.Id(label).Op(":"))
	}
	if canFail {
		return append(out, jen.Block(stmts...))
	}
	return append(out, stmts...)
}

func (f *fnGen) gotoLabel(l string) jen.Code {
	f.used[l] = true
	return jen.Goto().Id(l)
}

// groupEntry emits the entry of a function that belongs to a tail-call
// group: it calls the group's loop with its entry number.
//
//	func m_even_1(p *rt.Process, a1 rt.Term) rt.Term { return m_loop_even_1(p, 0, a1) }
func (g *modGen) groupEntry(fn *ast.Function, gi int) jen.Code {
	grp := g.mod.Groups[gi]
	fa := core.FA{Name: fn.Name, Arity: fn.Arity}
	params := make([]string, fn.Arity)
	args := make([]jen.Code, fn.Arity)
	for i := range params {
		params[i] = fmt.Sprintf("a%d", i+1)
		args[i] = jen.Id(params[i])
	}
	call := jen.Return(jen.Id(g.groups[gi]).Call(jen.Id("p"), jen.Lit(entryIndex(grp, fa)),
		jen.Index(jen.Lit(groupArity(grp))).Qual(RT, "Term").Values(args...)))
	if l := g.lineOf(fn.Clauses[0]); l != "" {
		// Its frame stands for nothing on BEAM: the loop's call is a tail call.
		call = jen.Comment(strings.Replace(l, ".erl:", ".erl"+tailCallMark+":", 1)).Add(call)
	}
	return jen.Comment(fmt.Sprintf("%s/%d", fn.Name, fn.Arity)).Line().
		Func().Id(g.funcs[g.mod.Name][fa]).Params(paramList(params)...).Qual(RT, "Term").Block(call)
}

func groupArity(grp []core.FA) int {
	n := 0
	for _, fa := range grp {
		n = max(n, fa.Arity)
	}
	return n
}

func entryIndex(grp []core.FA, fa core.FA) int {
	for i, x := range grp {
		if x == fa {
			return i
		}
	}
	return -1
}

// groupFunc emits the loop that runs a group of functions that tail-call
// each other, and a Go function for each member's clauses. A member
// returns the number of the member it tail-calls, its arguments left in a,
// or -1 and its value; the loop calls the next member until one returns a
// value, so the Go stack does not grow however long they call each other.
// Each member is a Go function of its own, so that the Go compiler never
// sees one function of thousands of lines (yecc's parsers are groups of
// hundreds of functions), and so that stack traces name it.
//
//	func m_loop_even_1(p *rt.Process, entry int, a [1]rt.Term) rt.Term {
//		for {
//			var v rt.Term
//			switch entry {
//			case 0:
//				entry, v = m_even_1_body(p, &a, a[0])
//			case 1:
//				entry, v = m_odd_1_body(p, &a, a[0])
//			}
//			if entry < 0 {
//				return v
//			}
//		}
//	}
//
//	// even/1
//	func m_even_1_body(p *rt.Process, a *[1]rt.Term, a1 rt.Term) (int, rt.Term) {
//		...
//		a[0] = rt.Sub(a1, rt.BoxInt(1))
//		return 1, nil // odd(N - 1)
//	}
func (g *modGen) groupFunc(gi int) jen.Code {
	grp := g.mod.Groups[gi]
	n := groupArity(grp)
	params := make([]string, n)
	for i := range params {
		params[i] = fmt.Sprintf("a%d", i+1)
	}
	target := &tailTarget{params: params, group: map[core.FA]int{}, entry: "entry", tramp: true}
	for i, fa := range grp {
		target.group[fa] = i
	}
	arr := jen.Index(jen.Lit(n)).Qual(RT, "Term")
	var cases, bodies []jen.Code
	for i, fa := range grp {
		fn := g.findFunc(fa)
		info := analyzeClauses(fn.Clauses)
		f := g.newFn(info, fmt.Sprintf("%s/%d", fn.Name, fn.Arity))
		target.self = fa
		f.tail = target
		if g.takesBase(fa) { // suspend.go
			f.base = f.temp("base")
		}
		if r := g.idleReceives(fa); r != nil {
			f.idle = &idleInfo{self: fa, recvs: r, params: params[:fa.Arity]}
		}
		body := withTick(f.clauses(fn.Clauses, params[:fa.Arity]))
		if f.base != "" {
			body = append([]jen.Code{f.basePrologue()}, body...)
		}
		body = f.keptPrologue(body)
		args := []jen.Code{jen.Id("p"), jen.Op("&").Id("a")}
		ps := []jen.Code{jen.Id("p").Op("*").Qual(RT, "Process"), jen.Id("a").Op("*").Add(arr)}
		for j := range fa.Arity {
			args = append(args, jen.Id("a").Index(jen.Lit(j)))
			ps = append(ps, jen.Id(params[j]).Qual(RT, "Term"))
		}
		name := g.bodies[fa]
		cases = append(cases, jen.Case(jen.Lit(i)).Block(jen.List(jen.Id("entry"), jen.Id("v")).Op("=").Id(name).Call(args...)))
		bodies = append(bodies, jen.Line().Line().Comment(fmt.Sprintf("%s/%d", fa.Name, fa.Arity)).Line().
			Func().Id(name).Params(ps...).Params(jen.Int(), jen.Qual(RT, "Term")).Block(body...))
	}
	names := make([]string, len(grp))
	for i, fa := range grp {
		names[i] = fmt.Sprintf("%s/%d", fa.Name, fa.Arity)
	}
	var take, pass []jen.Code
	if g.takesBase(grp[0]) { // the token of suspend.go, for each member's clauses
		take = []jen.Code{jen.Id("base").Op(":=").Id("p").Dot("AtBase").Call()}
		pass = []jen.Code{jen.Id("p").Dot("PassBase").Call(jen.Id("base"))}
	}
	loop := jen.Comment("The tail-call loop of "+strings.Join(names, ", ")+".").Line().Func().Id(g.groups[gi]).Params(jen.Id("p").Op("*").Qual(RT, "Process"), jen.Id("entry").Int(), jen.Id("a").Add(arr)).Qual(RT, "Term").Block(
		append(take, jen.For().Block(append(append([]jen.Code{
			jen.Var().Id("v").Qual(RT, "Term")}, pass...),
			jen.Switch(jen.Id("entry")).Block(cases...),
			jen.If(jen.Id("entry").Op("<").Lit(0)).Block(jen.Return(jen.Id("v"))),
		)...))...)
	return jen.Add(append([]jen.Code{loop}, bodies...)...)
}

func (g *modGen) findFunc(fa core.FA) *ast.Function {
	for _, f := range g.mod.Funcs {
		if f.Name == fa.Name && f.Arity == fa.Arity {
			return f
		}
	}
	return nil
}
