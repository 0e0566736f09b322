package gen

import (
	"fmt"
	"slices"

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
//   - in tail position, V or a chain of updates of V (V#{...}, maps:put/3,
//     maps:update/3, maps:update_with/3,4, maps:remove/2), either as the
//     clause's value or as the same argument of a call of the function
//     itself, when no other argument of the call or of the updates mentions
//     V (Go would evaluate them after the update).
//
// A function with try or catch is left alone: an exception (case_clause,
// say) can carry the map to a handler that runs before the loop's next
// update. Maps the loop is given are copied on their first update as
// usual, and the owner is the call's own, so a map the function returns
// can never be changed again.
//
// The fun of a fold, lists:foldl(fun(X, Acc) -> ... end, Acc0, L) (also
// foldr and maps:fold), is such a loop over its accumulator, the fold
// passing each value of the fun back to it, when the fun is written in the
// call: the fold gets an owner of its own (see ownedFold), which the fun's
// updates use only if the fun is emitted inside that call.

// mapOwnerVar is the Go name of a loop's rt.MapOwner; a fold's is
// mapOwnerVar followed by a number.
const mapOwnerVar = "mapOwner"

// ownedMaps is what a function's emitter knows of its owned updates.
type ownedMaps struct {
	// owner maps the updates (*ast.Map, *ast.Call) that may change their
	// map in place, and the folds whose fun makes such updates, to the Go
	// name of their owner.
	owner map[ast.Node]string
	folds map[ast.Node]bool
	used  bool // the loop's owner (mapOwnerVar) was used
	// active holds the owners of the folds being emitted: a fun's updates
	// use its fold's owner only while the fold emits the fun in its call.
	active map[string]bool
	// byPos finds an update call by position and name, for a copy of it
	// (a tail call's, tailmark.go); nil when two calls share both.
	byPos map[string]ast.Node
}

// ownedMapUpdates returns the owned updates of fn (nil if none), which
// calls itself as self when it is a loop: those of the loop, and those of
// the funs that fn passes to a fold.
func ownedMapUpdates(fn *ast.Function, self core.FA) *ownedMaps {
	o := &ownedMaps{owner: map[ast.Node]string{}, folds: map[ast.Node]bool{}, active: map[string]bool{}, byPos: map[string]ast.Node{}}
	if !hasHandler(fn) {
		for i := range fn.Arity {
			if found, ok := ownedParam(fn.Clauses, &self, i); ok {
				for u := range found {
					o.owner[u] = mapOwnerVar
				}
			}
		}
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok {
			o.fold(c)
		}
		return true
	})
	if len(o.owner) == 0 {
		return nil
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		if c, ok := n.(*ast.Call); ok && remoteKey(c) != "" {
			k := posKey(c)
			if _, dup := o.byPos[k]; dup {
				o.byPos[k] = nil
			} else {
				o.byPos[k] = c
			}
		}
		return true
	})
	return o
}

func posKey(c *ast.Call) string { return fmt.Sprintf("%d %s", c.Pos(), remoteKey(c)) }

// mapFolds are the folds whose fun may own its accumulator: the arity of
// the fun and the index of its accumulator by module:function/arity. The
// fun must be written in the call, so that only the fold calls it.
var mapFolds = map[string][2]int{
	"lists:foldl/3": {2, 1}, "lists:foldr/3": {2, 1}, "maps:fold/3": {3, 2},
}

// fold records the owned updates of a fold's fun (fun(X, Acc) -> ... Acc#{...}
// end), whose accumulator qualifies as a loop's map does, the fun's value
// taking the place of the tail call. rt's ListsFoldl3In and the like
// retire the owner when the fold ends, so that the fun, if it is called
// again (it can be found in a stack trace), copies.
func (o *ownedMaps) fold(c *ast.Call) {
	shape, ok := mapFolds[remoteKey(c)]
	if !ok {
		return
	}
	fe, ok := c.Args[0].(*ast.FunExpr)
	if !ok || fe.Name != "" || len(fe.Clauses[0].Patterns) != shape[0] || hasHandler(fe) {
		return
	}
	found, ok := ownedParam(fe.Clauses, nil, shape[1])
	if !ok || len(found) == 0 {
		return
	}
	name := fmt.Sprintf("%s%d", mapOwnerVar, len(o.folds)+1)
	for u := range found {
		o.owner[u] = name
	}
	o.owner[c] = name
	o.folds[c] = true
}

// ownedParam returns the owned updates of parameter i of a loop (self is
// the function) or of a fold's fun (self is nil), and whether the
// parameter qualifies.
func ownedParam(cs []*ast.Clause, self *core.FA, i int) (map[ast.Expr]bool, bool) {
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
	for u := range ups {
		if isUpdate(u) {
			return ups, true
		}
	}
	return nil, true // lookups alone gain nothing from an owner
}

// isUpdate reports whether e is an update (not a lookup or pattern).
func isUpdate(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Map:
		return e.Base != nil
	case *ast.Call:
		_, ok := mapsUpdateArg(e)
		return ok
	}
	return false
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
// c (see the top of the file), adding the updates in tail position to ups.
func clauseKeepsOwned(c *ast.Clause, self *core.FA, i int, name string, ups map[ast.Expr]bool) bool {
	for j, p := range c.Patterns {
		if j != i && exprMentions(p, name) {
			return false
		}
	}
	allowed := map[*ast.Var]bool{}
	var pats []*ast.Map     // map patterns in a case on the map
	var lookups []*ast.Call // lookups with an In form in rt
	ok := true
	core.TailExprs(c.Body, func(e ast.Expr) {
		var others []ast.Expr // what Go evaluates beside the map
		if call, isCall := e.(*ast.Call); isCall && self != nil {
			if fn, isAtom := call.Fun.(*ast.Atom); isAtom && fn.Name == self.Name && len(call.Args) == self.Arity {
				e = call.Args[i]
				others = append(slices.Clone(call.Args[:i]), call.Args[i+1:]...)
			}
		}
		base, chain := updateChain(e)
		if base == nil || base.Name != name {
			return
		}
		for _, a := range others {
			if exprMentions(a, name) {
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
	})
	if !ok {
		return false
	}
	inspect := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Case:
			if x, isVar := n.Expr.(*ast.Var); isVar && x.Name == name && mapPatternsOnly(n.Clauses) {
				allowed[x] = true
				for _, cc := range n.Clauses {
					if p, isMap := cc.Patterns[0].(*ast.Map); isMap {
						pats = append(pats, p) // its lookups go through the owner
					}
				}
			}
		case *ast.Call:
			if x := lookupMapArg(n); x != nil && x.Name == name {
				allowed[x] = true
				if ownerLookups[remoteKey(n)] {
					lookups = append(lookups, n) // it goes through the owner
				}
			}
		case *ast.Var:
			if n.Name == name && !allowed[n] {
				ok = false
			}
		}
		return ok
	}
	inspectGuardsAndBody(c, inspect)
	if ok {
		for _, p := range pats {
			ups[p] = true
		}
		for _, l := range lookups {
			ups[l] = true
		}
	}
	return ok
}

// updateChain returns, for V, or an update of an update chain (V#{...},
// maps:put/3, maps:update/3, maps:update_with/3,4, maps:remove/2) whose map is V, the
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
	"maps:remove/2": 1,
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

// ownerLookups are the lookups that go through the owner on a map it may
// own (rt.MapsGet3In and the like), so that an update of the key found
// stores into its pair (rt.MapOwner).
var ownerLookups = map[string]bool{"maps:get/2": true, "maps:get/3": true, "maps:find/2": true}

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

// hasHandler reports whether fn (a function or fun) has a try or a catch.
func hasHandler(fn ast.Node) bool {
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

// ownedUpdate returns the Go name of the owner of the update e, or "" if e
// may not change a map in place. The analysis takes maps, lists and
// erlang for the runtime's: none if the program defines one.
func (f *fnGen) ownedUpdate(e ast.Node) string {
	if f.owned == nil || f.runtimeShadowed() {
		return ""
	}
	owner := f.owned.owner[e]
	if c, ok := e.(*ast.Call); ok && owner == "" {
		if orig := f.owned.byPos[posKey(c)]; orig != nil && !f.owned.folds[orig] {
			owner = f.owned.owner[orig] // a copy of an update call
		}
	}
	switch {
	case owner == mapOwnerVar:
		f.owned.used = true
	case !f.owned.active[owner]:
		return "" // a fold's fun emitted outside its call
	}
	return owner
}

func (f *fnGen) runtimeShadowed() bool {
	for _, m := range []string{"maps", "lists", "erlang"} {
		if f.exported[m] != nil {
			return true
		}
	}
	return false
}

// ownedMapsCall emits a call of a maps function in mapsUpdates for a map
// its loop or fold owns:
//
//	rt.MapsUpdateWith4In(p, &mapOwner, K, F, Init, M)
func (f *fnGen) ownedMapsCall(owner, goName string, args []jen.Code) jen.Code {
	return jen.Qual(RT, goName+"In").Call(append([]jen.Code{jen.Id("p"), jen.Op("&").Id(owner)}, args...)...)
}

// ownedFold emits a fold whose fun (written in the call, and emitted here)
// owns its accumulator, in a Go function of its own that declares the
// owner; it returns nil for any other call.
//
//	func() rt.Term {
//		var mapOwner1 rt.MapOwner
//		return rt.ListsFoldl3In(p, &mapOwner1, rt.NewLocalFun(...), Acc, L)
//	}()
func (f *fnGen) ownedFold(n ast.Node, m, fn string, argExprs []ast.Expr) jen.Code {
	if f.owned == nil || !f.owned.folds[n] || f.runtimeShadowed() {
		return nil
	}
	goName, ok := bifs[bifKey(m, fn, len(argExprs))]
	if !ok {
		return nil
	}
	owner := f.owned.owner[n]
	f.owned.active[owner] = true
	args := f.exprs(argExprs)
	delete(f.owned.active, owner)
	return jen.Func().Params().Qual(RT, "Term").Block(
		jen.Var().Id(owner).Qual(RT, "MapOwner"),
		jen.Return(f.ownedMapsCall(owner, goName, args)),
	).Call()
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
