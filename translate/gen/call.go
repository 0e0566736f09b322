package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// call emits a function call. Core has made every call by bare name a local
// call of a function of this module.
func (f *fnGen) call(e *ast.Call) jen.Code {
	switch fn := e.Fun.(type) {
	case *ast.Atom:
		goName := f.funcs[f.mod.Name][core.FA{Name: fn.Name, Arity: len(e.Args)}]
		if goName == "" {
			f.errorf(e, "function %s/%d undefined", fn.Name, len(e.Args))
			return jen.Nil()
		}
		return jen.Id(goName).Call(append([]jen.Code{jen.Id("p")}, f.exprs(e.Args)...)...)
	case *ast.Remote:
		m, ok1 := fn.Module.(*ast.Atom)
		fun, ok2 := fn.Fun.(*ast.Atom)
		if ok1 && ok2 {
			return f.remote(e, m.Name, fun.Name, e.Args)
		}
		mod, name := f.expr(fn.Module), f.expr(fn.Fun)
		return jen.Qual(RT, "ApplyTerm").Call(jen.Id("p"), mod, name, termSlice(f.exprs(e.Args)))
	}
	fun := f.expr(e.Fun)
	args := f.exprs(e.Args)
	if len(args) <= 3 {
		return jen.Qual(RT, fmt.Sprintf("CallFun%d", len(args))).Call(append([]jen.Code{jen.Id("p"), fun}, args...)...)
	}
	return jen.Qual(RT, "CallFun").Call(append([]jen.Code{jen.Id("p"), fun}, args...)...)
}

func termSlice(xs []jen.Code) jen.Code {
	return jen.Index().Qual(RT, "Term").Values(xs...)
}

// remote emits m:f(args): a direct Go call when m is a module of this
// package that exports f, the rt function when the runtime implements m:f
// (see bifs.txt), and otherwise rt.Apply, which finds a module registered at
// run time or raises undef.
func (f *fnGen) remote(n ast.Node, m, fn string, argExprs []ast.Expr) jen.Code {
	if m == core.Intrinsic {
		return f.intrinsic(n, fn, argExprs)
	}
	if code := f.ownedFold(n, m, fn, argExprs); code != nil {
		return code // lists:foldl(fun(X, Acc) -> Acc#{...} end, ...) (map_owned.go)
	}
	args := f.exprs(argExprs)
	fa := core.FA{Name: fn, Arity: len(args)}
	withP := append([]jen.Code{jen.Id("p")}, args...)
	if f.exported[m][fa] {
		return jen.Id(f.funcs[m][fa]).Call(withP...)
	}
	if goName, ok := bifs[bifKey(m, fn, len(args))]; ok {
		if owner := f.ownedUpdate(n); owner != "" { // maps:put(K, V, M) of a map its loop owns (map_owned.go)
			return f.ownedMapsCall(owner, goName, args)
		}
		return jen.Qual(RT, goName).Call(withP...)
	}
	return jen.Qual(RT, "Apply").Call(jen.Id("p"), f.atom(m), f.atom(fn), termSlice(args))
}

// intrinsic emits the calls core introduced for records.
func (f *fnGen) intrinsic(n ast.Node, fn string, argExprs []ast.Expr) jen.Code {
	rec := f.expr(argExprs[0])
	name := f.atom(argExprs[1].(*ast.Atom).Name)
	size := jen.Lit(int(argExprs[2].(*ast.Integer).Value))
	switch fn {
	case "record_get":
		return jen.Qual(RT, "RecordGet").Call(rec, name, size, jen.Lit(int(argExprs[3].(*ast.Integer).Value)))
	case "is_record":
		return jen.Qual(RT, "Bool").Call(jen.Qual(RT, "IsRecord").Call(rec, name, size))
	}
	// record_set: copy the record, then set the fields of the fresh copy.
	t := f.temp("r")
	f.emit(jen.Id(t).Op(":=").Qual(RT, "RecordCopy").Call(rec, name, size))
	for i := 3; i+1 < len(argExprs); i += 2 {
		idx := int(argExprs[i].(*ast.Integer).Value)
		f.emit(jen.Id(t).Dot("Elems").Index(jen.Lit(idx - 1)).Op("=").Add(f.expr(argExprs[i+1])))
	}
	return f.concrete(jen.Id(t))
}

// tailCall emits a tail call to the function being emitted, or to another
// member of its tail-call group, as an assignment to the parameters and a
// jump back to the top of the loop:
//
//	N, Acc = rt.Sub(N, rt.BoxInt(1)), rt.Mul(N, Acc)
//	continue
func (f *fnGen) tailCall(e *ast.Call) bool {
	t := f.tail
	if t == nil {
		return false
	}
	entry := -1
	switch fn := e.Fun.(type) {
	case *ast.Atom:
		fa := core.FA{Name: fn.Name, Arity: len(e.Args)}
		if t.funVar != "" {
			return false
		}
		if t.group != nil {
			i, ok := t.group[fa]
			if !ok {
				return false
			}
			entry = i
		} else if fa != t.self {
			return false
		}
	case *ast.Var:
		if t.funVar == "" || fn.Name != t.funVar || len(e.Args) != len(t.params) {
			return false
		}
		if g, ok := f.scope.lookup(fn.Name); !ok || g != t.funVar {
			return false // shadowed
		}
	default:
		return false
	}
	f.line(e)
	args := f.exprs(e.Args)
	if t.tramp {
		f.groupTailCall(entry, args)
		return true
	}
	var lhs, rhs []jen.Code
	for i, a := range args {
		if l, r, ok := f.bitTailArg(i, e.Args[i]); ok {
			lhs, rhs = append(lhs, l), append(rhs, r) // bm1 = m1: the matcher is the rest
			continue
		}
		if fmt.Sprintf("%#v", a) == t.params[i] {
			continue // passed on unchanged
		}
		lhs = append(lhs, jen.Id(t.params[i]))
		rhs = append(rhs, a)
	}
	if entry >= 0 && entry != t.group[t.self] {
		lhs = append([]jen.Code{jen.Id(t.entry)}, lhs...)
		rhs = append([]jen.Code{jen.Lit(entry)}, rhs...)
	}
	if len(lhs) > 0 {
		f.emit(jen.List(lhs...).Op("=").List(rhs...))
	}
	f.enterRecursion() // trmc.go
	f.emit(jen.Continue())
	t.loops = true
	return true
}

// groupTailCall emits a tail call to member entry of the group being
// emitted: the arguments go to the loop's array, the entry back to it.
//
//	a[0], a[1] = T, rt.AddInt(N, 1)
//	return 2, nil
func (f *fnGen) groupTailCall(entry int, args []jen.Code) {
	var lhs, rhs []jen.Code
	for i, a := range args {
		if i < f.tail.self.Arity && fmt.Sprintf("%#v", a) == f.tail.params[i] {
			continue // passed on unchanged: a[i] still holds it
		}
		lhs = append(lhs, jen.Id("a").Index(jen.Lit(i)))
		rhs = append(rhs, a)
	}
	if len(lhs) > 0 {
		f.emit(jen.List(lhs...).Op("=").List(rhs...))
	}
	f.emit(jen.Return(jen.Lit(entry), jen.Nil()))
}

// funRef emits fun f/A for a function of this module.
func (f *fnGen) funRef(e *ast.FunRef) jen.Code {
	goName := f.funcs[f.mod.Name][core.FA{Name: e.Name, Arity: e.Arity}]
	if goName == "" {
		f.errorf(e, "function %s/%d undefined", e.Name, e.Arity)
		return jen.Nil()
	}
	fields := jen.Dict{
		jen.Id("Module"): f.atom(f.mod.Name),
		jen.Id("Name"):   f.atom(e.Name),
		jen.Id("Arity"):  jen.Lit(e.Arity),
		jen.Id("Fn"):     jen.Id(goName),
	}
	if e.Arity == 0 && f.takesBase(core.FA{Name: e.Name, Arity: 0}) {
		fields[jen.Id("Idle")] = jen.True() // spawn(fun loop/0): suspend.go
	}
	return f.concrete(jen.Op("&").Qual(RT, "Fun").Values(fields))
}

// funRemote emits fun M:F/A: an external fun, resolved when called.
func (f *fnGen) funRemote(e *ast.FunRemote) jen.Code {
	m, ok1 := e.Module.(*ast.Atom)
	fn, ok2 := e.Name.(*ast.Atom)
	a, ok3 := e.Arity.(*ast.Integer)
	if ok1 && ok2 && ok3 {
		return f.concrete(jen.Qual(RT, "ExternalFun").Call(f.atom(m.Name), f.atom(fn.Name), jen.Lit(int(a.Value))))
	}
	return jen.Qual(RT, "MakeExternalFun").Call(f.expr(e.Module), f.expr(e.Name), f.expr(e.Arity))
}

// funExpr emits a fun as a Go closure; a named fun first declares the
// variable it calls itself by:
//
//	var Loop *rt.Fun
//	Loop = rt.NewLocalFun(atom_m, atom__main_0_Loop_1_0_, 0, 1, []rt.Term{X}, func(p *rt.Process, a1 rt.Term) rt.Term { ... })
//
// The name is BEAM's and the environment the fun's free variables
// (funname.go), read before the closure is made.
func (f *fnGen) funExpr(e *ast.FunExpr) jen.Code {
	index := f.modGen.funs
	f.modGen.funs++
	meta := f.funMetaOf(e)
	var env jen.Code = jen.Nil()
	if free := f.literalFree(e, f.freeVars(e, meta.order)); len(free) > 0 {
		vals := make([]jen.Code, len(free))
		for i, v := range free {
			vals[i] = f.expr(&ast.Var{Loc: e.Loc, Name: v})
		}
		env = jen.Index().Qual(RT, "Term").Values(vals...)
	}
	arity := len(e.Clauses[0].Patterns)
	child := &fnGen{modGen: f.modGen, info: f.info, temps: f.temps, scope: &scope{vars: map[string]string{}, parent: f.scope, fun: true},
		used: map[string]bool{}, funcName: f.funcName, nonTerm: f.nonTerm, owned: f.owned}
	self := ""
	if e.Name != "" && mentions(e.Clauses, e.Name) {
		self = f.temp("fun")
		child.scope.vars[e.Name] = self
	}
	params := paramNames(e.Clauses, f.info, self != "" && hasFun(e.Clauses))
	if self != "" {
		child.tail = &tailTarget{funVar: e.Name, params: params}
	}
	if arity == 0 && f.funTakesBase(e) {
		child.base = f.temp("base")
	}
	body := withTick(child.clauses(e.Clauses, params))
	if child.tail != nil && child.tail.loops {
		body = []jen.Code{jen.For().Block(body...)}
	}
	if child.base != "" {
		body = append([]jen.Code{child.basePrologue()}, body...)
	}
	body = child.keptPrologue(body)
	fn := jen.Func().Params(paramList(params)...).Qual(RT, "Term").Block(body...)
	mk := jen.Qual(RT, "NewLocalFun").Call(f.atom(f.mod.Name), f.atom(meta.name), jen.Lit(index), jen.Lit(arity), env, fn)
	if meta.applied {
		mk = jen.Qual(RT, "NewFun").Call(f.atom(f.mod.Name), jen.Lit(index), jen.Lit(0), jen.Lit(arity), env, fn)
	}
	if child.base != "" {
		mk = mk.Dot("MarkIdle").Call() // spawn(fun() -> loop(S0) end): suspend.go
	}
	if self == "" {
		return f.concrete(mk)
	}
	f.emit(jen.Var().Id(self).Op("*").Qual(RT, "Fun"))
	f.emit(jen.Id(self).Op("=").Add(mk))
	return f.concrete(jen.Id(self))
}

func mentions(cs []*ast.Clause, name string) bool {
	found := false
	for _, c := range cs {
		ast.Inspect(c, func(n ast.Node) bool {
			if v, ok := n.(*ast.Var); ok && v.Name == name {
				found = true
			}
			return !found
		})
	}
	return found
}
