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
// rt.MapPutIn / rt.MapUpdateIn (rt.MapsPut3In ... for the maps module):
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
//     either V or a chain of updates of V (V#{...}, maps:put/3,
//     maps:update/3, maps:update_with/3,4), when no other argument and no
//     other argument of those updates mentions V (Go would evaluate them
//     after the update).
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
	updates map[ast.Node]bool // the updates (*ast.Map, *ast.Call) that may change their map in place
	used    bool              // some update was emitted with the owner
}

// ownedMapUpdates returns the owned updates of fn (nil if none), which
// calls itself as self.
func ownedMapUpdates(fn *ast.Function, self core.FA) *ownedMaps {
	if hasHandler(fn) {
		return nil
	}
	ups := map[ast.Node]bool{}
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
func ownedParam(cs []*ast.Clause, self core.FA, i int) (map[ast.Expr]bool, bool) {
	ups := map[ast.Expr]bool{}
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
func clauseKeepsOwned(c *ast.Clause, self core.FA, i int, name string, ups map[ast.Expr]bool) bool {
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
			for _, u := range chain {
				if updateMentions(u, name) {
					ok = false
				}
				ups[u] = true
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

// updateChain returns, for V, or an update of an update chain (V#{...},
// maps:put/3, maps:update/3, maps:update_with/3,4) whose map is V, the
// variable V and the updates from the outermost in; base is nil for
// anything else.
func updateChain(e ast.Expr) (base *ast.Var, chain []ast.Expr) {
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
		case *ast.Call:
			i, ok := mapsUpdateArg(x)
			if !ok {
				return nil, nil
			}
			chain = append(chain, x)
			e = x.Args[i]
		default:
			return nil, nil
		}
	}
}

// mapsUpdates are the maps functions that update a map, by the index of
// the map argument; map_owned.go's rt counterparts take the owner.
var mapsUpdates = map[string]int{
	"maps:put/3": 2, "maps:update/3": 2, "maps:update_with/3": 2, "maps:update_with/4": 3,
}

// mapsUpdateArg returns the index of the map argument of a call in
// mapsUpdates.
func mapsUpdateArg(c *ast.Call) (int, bool) {
	key := remoteKey(c)
	i, ok := mapsUpdates[key]
	return i, ok && key != ""
}

// remoteKey is "module:function/arity" for a call of a remote function
// named by atoms, else "".
func remoteKey(c *ast.Call) string {
	r, ok := c.Fun.(*ast.Remote)
	if !ok {
		return ""
	}
	m, ok1 := r.Module.(*ast.Atom)
	f, ok2 := r.Fun.(*ast.Atom)
	if !ok1 || !ok2 {
		return ""
	}
	return bifKey(m.Name, f.Name, len(c.Args))
}

// updateMentions reports whether an update in a chain mentions name other
// than through its map argument.
func updateMentions(e ast.Expr, name string) bool {
	switch x := e.(type) {
	case *ast.Map:
		for _, fl := range x.Fields {
			if exprMentions(fl.Key, name) || exprMentions(fl.Value, name) {
				return true
			}
		}
	case *ast.Call:
		i, _ := mapsUpdateArg(x)
		for j, a := range x.Args {
			if j != i && exprMentions(a, name) {
				return true
			}
		}
	}
	return false
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
	i, ok := mapLookups[remoteKey(c)]
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
// and notes that the owner is then used. The analysis takes maps and
// erlang for the runtime's: none if the program defines either.
func (f *fnGen) ownedUpdate(e ast.Node) bool {
	if f.owned == nil || !f.owned.updates[e] || f.exported["maps"] != nil || f.exported["erlang"] != nil {
		return false
	}
	f.owned.used = true
	return true
}

// ownedMapsCall emits a call of a maps function in mapsUpdates for a map
// the loop owns:
//
//	rt.MapsUpdateWith4In(p, &mapOwner, K, F, Init, M)
func (f *fnGen) ownedMapsCall(goName string, args []jen.Code) jen.Code {
	return jen.Qual(RT, goName+"In").Call(append([]jen.Code{jen.Id("p"), jen.Op("&").Id(mapOwnerVar)}, args...)...)
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
