package rt

import (
	"strconv"
	"strings"
)

// Match patterns and match specifications (ets:match, select). A pattern
// is a term where '_' matches anything and '$N' binds variable N (a second
// '$N' must be =:= the first). A match spec is [{Head, Guards, Body}]:
// guards and body are expressions in the match-spec language: '$N',
// '$_' (the object), '$$' (all bindings), {const, X}, {{...}} (a tuple),
// lists, and {Op, Args...} for the guard BIFs and operators.

// msVar reads '$N' as N; -1 for '_', -2 for other terms.
func msVar(t Term) int {
	a, ok := t.(Atom)
	if !ok {
		return -2
	}
	s := a.Name()
	if s == "_" {
		return -1
	}
	if len(s) > 1 && s[0] == '$' {
		if n, err := strconv.Atoi(s[1:]); err == nil && n >= 0 {
			return n
		}
	}
	return -2
}

// msMatch matches obj against pat, binding into b.
func msMatch(pat, obj Term, b map[int]Term) bool {
	switch v := msVar(pat); {
	case v == -1:
		return true
	case v >= 0:
		if old, ok := b[v]; ok {
			return ExactEqual(old, obj)
		}
		b[v] = obj
		return true
	}
	switch x := pat.(type) {
	case *Tuple:
		y, ok := obj.(*Tuple)
		if !ok || len(x.Elems) != len(y.Elems) {
			return false
		}
		for i := range x.Elems {
			if !msMatch(x.Elems[i], y.Elems[i], b) {
				return false
			}
		}
		return true
	case *Cons:
		y, ok := obj.(*Cons)
		return ok && msMatch(x.Head, y.Head, b) && msMatch(x.Tail, y.Tail, b)
	case *Map:
		y, ok := obj.(*Map)
		if !ok {
			return false
		}
		match := true
		x.Range(func(k, pv Term) bool {
			ov, found := y.Get(k)
			match = found && msMatch(pv, ov, b)
			return match
		})
		return match
	}
	return ExactEqual(pat, obj)
}

// bindings lists the bound variables in order ('$$', ets:match results).
func bindings(b map[int]Term) Term {
	max := -1
	for k := range b {
		if k > max {
			max = k
		}
	}
	out := make([]Term, 0, len(b))
	for i := 0; i <= max; i++ {
		if v, ok := b[i]; ok {
			out = append(out, v)
		}
	}
	return List(out...)
}

// msClause is one compiled {Head, Guards, Body}.
type msClause struct {
	head         Term
	guards, body []Term
}

// compileMS checks a match spec as ets does before it runs one: a proper
// list of {Head, Guards, Body} with a non-empty body, whose expressions
// use only the head's variables and the functions ets allows.
func compileMS(spec Term) ([]msClause, bool) {
	list, ok := ListToSlice(spec)
	if !ok {
		return nil, false
	}
	out := make([]msClause, 0, len(list))
	for _, c := range list {
		x, ok := TupleArity(c, 3)
		if !ok {
			return nil, false
		}
		g, ok1 := ListToSlice(x.Elems[1])
		body, ok2 := ListToSlice(x.Elems[2])
		vars := map[int]bool{}
		if !ok1 || !ok2 || len(body) == 0 || !msHeadVars(x.Elems[0], vars) {
			return nil, false
		}
		for _, e := range append(append([]Term{}, g...), body...) {
			if !msValid(e, vars) {
				return nil, false
			}
		}
		out = append(out, msClause{head: x.Elems[0], guards: g, body: body})
	}
	return out, true
}

// msHeadVars collects the variables of a head; a map key may not be one.
func msHeadVars(pat Term, vars map[int]bool) bool {
	if v := msVar(pat); v >= 0 {
		vars[v] = true
		return true
	}
	switch x := pat.(type) {
	case *Tuple:
		for _, e := range x.Elems {
			if !msHeadVars(e, vars) {
				return false
			}
		}
	case *Cons:
		return msHeadVars(x.Head, vars) && msHeadVars(x.Tail, vars)
	case *Map:
		ok := true
		x.Range(func(k, v Term) bool {
			ok = msVar(k) < 0 && msHeadVars(v, vars)
			return ok
		})
		return ok
	}
	return true
}

// msFuncs are the functions ets's match specs may call, as Name/Arity;
// andalso and orelse take one operand or more, const exactly one.
var msFuncs = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(`is_atom/1 is_float/1 is_integer/1 is_list/1 is_number/1 is_pid/1
		is_port/1 is_reference/1 is_tuple/1 is_map/1 is_map_key/2 is_binary/1 is_function/1 is_record/3
		abs/1 element/2 hd/1 length/1 map_get/2 map_size/1 node/0 node/1 round/1 size/1 bit_size/1
		byte_size/1 binary_part/2 binary_part/3 tl/1 trunc/1 self/0 float/1 and/2 or/2 xor/2 not/1
		+/1 +/2 -/1 -/2 */2 //2 div/2 rem/2 band/2 bor/2 bxor/2 bnot/1 bsl/2 bsr/2
		>/2 >=/2 </2 =</2 ==/2 =:=/2 /=/2 =/=/2`) {
		m[f] = true
	}
	return m
}()

// msValid checks a guard or body expression.
func msValid(e Term, vars map[int]bool) bool {
	switch x := e.(type) {
	case Atom:
		if v := msVar(x); v >= 0 {
			return vars[v]
		}
		return true
	case *Cons:
		return msValid(x.Head, vars) && msValid(x.Tail, vars)
	case *Map:
		ok := true
		x.Range(func(k, v Term) bool {
			ok = msValid(k, vars) && msValid(v, vars)
			return ok
		})
		return ok
	case *Tuple:
		return msValidTuple(x, vars)
	}
	return true
}

func msValidTuple(x *Tuple, vars map[int]bool) bool {
	if len(x.Elems) == 0 {
		return false
	}
	if len(x.Elems) == 1 { // {{...}} builds a tuple; {F} calls F/0
		inner, ok := x.Elems[0].(*Tuple)
		if !ok {
			op, ok := x.Elems[0].(Atom)
			return ok && msFuncs[op.Name()+"/0"]
		}
		for _, el := range inner.Elems {
			if !msValid(el, vars) {
				return false
			}
		}
		return true
	}
	op, ok := x.Elems[0].(Atom)
	if !ok {
		return false
	}
	switch name, n := op.Name(), len(x.Elems)-1; {
	case name == "const":
		return n == 1
	case name == "andalso" || name == "orelse":
	case !msFuncs[name+"/"+strconv.Itoa(n)]:
		return false
	}
	for _, el := range x.Elems[1:] {
		if !msValid(el, vars) {
			return false
		}
	}
	return true
}

// msRun runs a match spec on an object: the body's last value, or false
// when no clause applies. A guard that fails fails its clause; in a body,
// a call that fails has the value 'EXIT'.
func msRun(p *Process, clauses []msClause, obj Term) (Term, bool) {
	for _, c := range clauses {
		b := map[int]Term{}
		if !msMatch(c.head, obj, b) {
			continue
		}
		ok := true
		for _, g := range c.guards {
			v, err := msEval(p, g, obj, b, true)
			if err || v != Term(True) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		var r Term
		for _, e := range c.body {
			var err bool
			if r, err = msEval(p, e, obj, b, false); err {
				r = atomEXIT
			}
		}
		return r, true
	}
	return nil, false
}

var atomEXIT = Intern("EXIT")

// msEval evaluates a match-spec expression. In a guard, err is set when
// it fails; in a body, a failing call is 'EXIT'.
func msEval(p *Process, e, obj Term, b map[int]Term, guard bool) (v Term, err bool) {
	if a, ok := e.(Atom); ok {
		switch n := a.Name(); {
		case n == "$_":
			return obj, false
		case n == "$$":
			return bindings(b), false
		case strings.HasPrefix(n, "$"):
			if k := msVar(a); k >= 0 {
				v, ok := b[k]
				return v, !ok
			}
		}
		return a, false
	}
	switch x := e.(type) {
	case *Cons:
		h, err := msEval(p, x.Head, obj, b, guard)
		if err {
			return nil, true
		}
		t, err := msEval(p, x.Tail, obj, b, guard)
		if err {
			return nil, true
		}
		return &Cons{Head: h, Tail: t}, false
	case *Map:
		var ks, vs []Term
		failed := false
		x.RangeListOrder(func(k, v Term) bool {
			k2, err1 := msEval(p, k, obj, b, guard)
			v2, err2 := msEval(p, v, obj, b, guard)
			failed = err1 || err2
			ks, vs = append(ks, k2), append(vs, v2)
			return !failed
		})
		if failed {
			return nil, true
		}
		return MapFromPairs(ks, vs), false
	case *Tuple:
		return msTuple(p, x, obj, b, guard)
	}
	return e, false
}

func msTuple(p *Process, x *Tuple, obj Term, b map[int]Term, guard bool) (Term, bool) {
	if len(x.Elems) == 0 {
		return nil, true
	}
	if len(x.Elems) == 1 { // {{A, B}} builds the tuple {A, B}; {F} calls F/0
		inner, ok := x.Elems[0].(*Tuple)
		if !ok {
			op, ok := x.Elems[0].(Atom)
			if !ok {
				return nil, true
			}
			return msCall(p, op, nil, guard)
		}
		out := make([]Term, len(inner.Elems))
		for i, el := range inner.Elems {
			var err bool
			if out[i], err = msEval(p, el, obj, b, guard); err {
				return nil, true
			}
		}
		return NewTuple(out...), false
	}
	op, ok := x.Elems[0].(Atom)
	if !ok {
		return nil, true
	}
	if op.Name() == "const" && len(x.Elems) == 2 {
		return x.Elems[1], false
	}
	if op.Name() == "andalso" || op.Name() == "orelse" {
		return msShortCircuit(p, op.Name() == "andalso", x.Elems[1:], obj, b, guard)
	}
	args := make([]Term, len(x.Elems)-1)
	for i, el := range x.Elems[1:] {
		var err bool
		if args[i], err = msEval(p, el, obj, b, guard); err {
			return nil, true
		}
	}
	return msCall(p, op, args, guard)
}

// msShortCircuit evaluates andalso and orelse: every operand but the last
// must be a boolean; the last one's value is the result.
func msShortCircuit(p *Process, and bool, es []Term, obj Term, b map[int]Term, guard bool) (Term, bool) {
	for i, e := range es {
		v, err := msEval(p, e, obj, b, guard)
		if err {
			return nil, true
		}
		if i == len(es)-1 {
			return v, false
		}
		if v != Term(True) && v != Term(False) {
			return msFailed(guard)
		}
		if (v == Term(True)) != and {
			return v, false
		}
	}
	return Bool(and), false
}

// msFailed is what a failed call gives: a guard failure, or 'EXIT' in a body.
func msFailed(guard bool) (Term, bool) {
	if guard {
		return nil, true
	}
	return atomEXIT, false
}

// msCall applies a guard BIF or operator (compileMS let only those through).
func msCall(p *Process, op Atom, args []Term, guard bool) (v Term, err bool) {
	if op.Name() == "self" && len(args) == 0 {
		return p.self, false
	}
	if lookup(AtomErlang, op, len(args)) == nil {
		return msFailed(guard)
	}
	r, e := Try(func() Term { return Apply(p, AtomErlang, op, args) })
	if e != nil {
		return msFailed(guard)
	}
	return r, false
}
