package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// A loop that threads a map through its tail calls, such as
//
//	count([W | T], M) ->
//	    case M of
//	        #{W := C} -> count(T, M#{W := C + 1});
//	        _ -> count(T, M#{W => 1})
//	    end;
//
// holds the only reference to each map it makes, so it may change it in
// place instead of copying the path to the key on every update (Clojure's
// transients, rt.MapOwner). The function gets a local rt.MapOwner, and the
// updates that go straight into the map's position of a tail call become
// rt.MapPutIn / rt.MapUpdateIn:
//
//	var mapOwner rt.MapOwner
//	for {
//		...
//		a1, M = T, rt.MapUpdateIn(&mapOwner, M, W, ...)
//		continue
//	}
//
// This is sound only if no one else ever sees a map the loop made before
// the loop updates it again. ownedMapUpdates proves that for a parameter
// position when, in every clause, the parameter is a variable V (or a
// pattern that cannot bind the whole map, such as _ or #{K := P}) and
// every occurrence of V is one of:
//
//   - the scrutinee of a case whose patterns are map patterns or _;
//   - the map argument of a lookup that returns no map (maps:get/2,3,
//     maps:find/2, maps:is_key/2, map_get/2, is_map_key/2, map_size/1,
//     maps:size/1, is_map/1);
//   - the value of the clause, in tail position;
//   - in tail position, the same argument of a call of the function itself,
//     either V or V#{...}#{...}, when no other argument and no key or value
//     of those updates mentions V (Go would evaluate them after the update).
//
// A function with try or catch is left alone: an exception (case_clause,
// say) can carry the map to a handler that runs before the loop's next
// update. Maps the loop is given are copied on their first update as
// usual, and the owner is the call's own, so a map the function returns
// can never be changed again.

// mapOwnerVar is the Go name of a function's rt.MapOwner.
const mapOwnerVar = "mapOwner"

// ownedMaps is what a function's emitter knows of its owned updates.
type ownedMaps struct {
	updates map[*ast.Map]bool // the updates that may change their map in place
	used    bool              // some update was emitted with the owner
}

// ownedMapUpdates returns the owned updates of fn (nil if none), which
// calls itself as self.
func ownedMapUpdates(fn *ast.Function, self core.FA) *ownedMaps {
	if hasHandler(fn) {
		return nil
	}
	ups := map[*ast.Map]bool{}
	for i := range fn.Arity {
		if found, ok := ownedParam(fn.Clauses, self, i); ok {
			for m := range found {
				ups[m] = true
			}
		}
	}
	if len(ups) == 0 {
		return nil
	}
	return &ownedMaps{updates: ups}
}

// ownedParam returns the owned updates of parameter i, and whether the
// parameter qualifies.
func ownedParam(cs []*ast.Clause, self core.FA, i int) (map[*ast.Map]bool, bool) {
	ups := map[*ast.Map]bool{}
	for _, c := range cs {
		v, ok := c.Patterns[i].(*ast.Var)
		if !ok {
			if !wholeFree(c.Patterns[i]) {
				return nil, false
			}
			continue
		}
		if v.Name == "_" {
			continue
		}
		if !clauseKeepsOwned(c, self, i, v.Name, ups) {
			return nil, false
		}
	}
	return ups, true
}

// wholeFree reports whether a pattern cannot bind a variable to the value
// it matches as a whole (it is not a variable or an alias P = Q).
func wholeFree(p ast.Expr) bool {
	switch p.(type) {
	case *ast.Var, *ast.Match:
		return false
	}
	return true
}

// clauseKeepsOwned checks the uses of name, bound to parameter i in clause
// c (see the top of the file), adding its tail calls' updates to ups.
func clauseKeepsOwned(c *ast.Clause, self core.FA, i int, name string, ups map[*ast.Map]bool) bool {
	for j, p := range c.Patterns {
		if j != i && exprMentions(p, name) {
			return false
		}
	}
	allowed := map[*ast.Var]bool{}
	ok := true
	core.TailExprs(c.Body, func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.Var:
			if e.Name == name {
				allowed[e] = true
			}
		case *ast.Call:
			if fn, isAtom := e.Fun.(*ast.Atom); !isAtom || fn.Name != self.Name || len(e.Args) != self.Arity {
				return
			}
			base, chain := updateChain(e.Args[i])
			if base == nil || base.Name != name {
				return
			}
			for j, a := range e.Args {
				if j != i && exprMentions(a, name) {
					ok = false
				}
			}
			for _, m := range chain {
				for _, fl := range m.Fields {
					if exprMentions(fl.Key, name) || exprMentions(fl.Value, name) {
						ok = false
					}
				}
				ups[m] = true
			}
			allowed[base] = true
		}
	})
	if !ok {
		return false
	}
	inspect := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Case:
			if x, isVar := n.Expr.(*ast.Var); isVar && x.Name == name && mapPatternsOnly(n.Clauses) {
				allowed[x] = true
			}
		case *ast.Call:
			if x := lookupMapArg(n); x != nil && x.Name == name {
				allowed[x] = true
			}
		case *ast.Var:
			if n.Name == name && !allowed[n] {
				ok = false
			}
		}
		return ok
	}
	for _, g := range c.Guards {
		for _, e := range g {
			ast.Inspect(e, inspect)
		}
	}
	for _, e := range c.Body {
		ast.Inspect(e, inspect)
	}
	return ok
}

// updateChain returns, for V#{...}#{...} or V, the variable V and the
// updates from the outermost in; base is nil for anything else.
func updateChain(e ast.Expr) (base *ast.Var, chain []*ast.Map) {
	for {
		switch x := e.(type) {
		case *ast.Var:
			return x, chain
		case *ast.Map:
			if x.Base == nil {
				return nil, nil
			}
			chain = append(chain, x)
			e = x.Base
		default:
			return nil, nil
		}
	}
}

// mapPatternsOnly reports whether each clause's pattern is a map pattern or
// _, so that no clause binds the whole map.
func mapPatternsOnly(cs []*ast.Clause) bool {
	for _, c := range cs {
		switch p := c.Patterns[0].(type) {
		case *ast.Map:
		case *ast.Var:
			if p.Name != "_" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// mapLookups are the calls that read a map without returning it or
// keeping it: the index of the map argument by module:function/arity.
var mapLookups = map[string]int{
	"maps:get/2": 1, "maps:get/3": 1, "maps:find/2": 1, "maps:is_key/2": 1, "maps:size/1": 0,
	"erlang:map_get/2": 1, "erlang:is_map_key/2": 1, "erlang:map_size/1": 0, "erlang:is_map/1": 0,
}

// lookupMapArg returns the map argument of a call in mapLookups when it is
// a variable.
func lookupMapArg(c *ast.Call) *ast.Var {
	r, ok := c.Fun.(*ast.Remote)
	if !ok {
		return nil
	}
	m, ok1 := r.Module.(*ast.Atom)
	f, ok2 := r.Fun.(*ast.Atom)
	if !ok1 || !ok2 {
		return nil
	}
	i, ok := mapLookups[bifKey(m.Name, f.Name, len(c.Args))]
	if !ok {
		return nil
	}
	x, _ := c.Args[i].(*ast.Var)
	return x
}

// exprMentions reports whether the variable name occurs in e.
func exprMentions(e ast.Expr, name string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if v, ok := n.(*ast.Var); ok && v.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// hasHandler reports whether fn has a try or a catch.
func hasHandler(fn *ast.Function) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Try, *ast.Catch:
			found = true
		}
		return !found
	})
	return found
}

// ownedUpdate reports whether the update e may change its map in place,
// and notes that the owner is then used.
func (f *fnGen) ownedUpdate(e *ast.Map) bool {
	if f.owned == nil || !f.owned.updates[e] {
		return false
	}
	f.owned.used = true
	return true
}

// withMapOwner puts the declaration of the function's rt.MapOwner in front
// of its body when an update uses it:
//
//	var mapOwner rt.MapOwner
func (f *fnGen) withMapOwner(body []jen.Code) []jen.Code {
	if f.owned == nil || !f.owned.used {
		return body
	}
	return append([]jen.Code{jen.Var().Id(mapOwnerVar).Qual(RT, "MapOwner")}, body...)
}
