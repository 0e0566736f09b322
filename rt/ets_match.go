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
		if !ok1 || !ok2 {
			return nil, false
		}
		out = append(out, msClause{head: x.Elems[0], guards: g, body: body})
	}
	return out, true
}

// msRun runs a match spec on an object: the body's last value, or false
// when no clause applies.
func msRun(p *Process, clauses []msClause, obj Term) (Term, bool) {
	for _, c := range clauses {
		b := map[int]Term{}
		if !msMatch(c.head, obj, b) {
			continue
		}
		ok := true
		for _, g := range c.guards {
			v, err := msEval(p, g, obj, b)
			if err || v != Term(True) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		var r Term = True
		for _, e := range c.body {
			v, err := msEval(p, e, obj, b)
			if err {
				return nil, false
			}
			r = v
		}
		return r, true
	}
	return nil, false
}

// msEval evaluates a match-spec expression; err is set when it fails (a
// guard that fails is false).
func msEval(p *Process, e, obj Term, b map[int]Term) (v Term, err bool) {
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
		list, _ := ListToSlice(x)
		out := make([]Term, len(list))
		for i, el := range list {
			if out[i], err = msEval(p, el, obj, b); err {
				return nil, true
			}
		}
		return List(out...), false
	case *Tuple:
		return msTuple(p, x, obj, b)
	}
	return e, false
}

func msTuple(p *Process, x *Tuple, obj Term, b map[int]Term) (Term, bool) {
	if len(x.Elems) == 0 {
		return x, false
	}
	if len(x.Elems) == 1 { // {{A, B}} builds the tuple {A, B}
		inner, ok := x.Elems[0].(*Tuple)
		if !ok {
			return nil, true
		}
		out := make([]Term, len(inner.Elems))
		for i, el := range inner.Elems {
			var err bool
			if out[i], err = msEval(p, el, obj, b); err {
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
		return msShortCircuit(p, op.Name() == "andalso", x.Elems[1:], obj, b)
	}
	args := make([]Term, len(x.Elems)-1)
	for i, el := range x.Elems[1:] {
		var err bool
		if args[i], err = msEval(p, el, obj, b); err {
			return nil, true
		}
	}
	return msCall(p, op, args)
}

func msShortCircuit(p *Process, and bool, es []Term, obj Term, b map[int]Term) (Term, bool) {
	for _, e := range es {
		v, err := msEval(p, e, obj, b)
		if err || (v != Term(True) && v != Term(False)) {
			return nil, true
		}
		if (v == Term(True)) != and {
			return v, false
		}
	}
	return Bool(and), false
}

// msCall applies a guard BIF or operator; an exception is a failure.
func msCall(p *Process, op Atom, args []Term) (v Term, err bool) {
	if op.Name() == "self" && len(args) == 0 {
		return p.self, false
	}
	if lookup(AtomErlang, op, len(args)) == nil {
		return nil, true
	}
	r, e := Try(func() Term { return Apply(p, AtomErlang, op, args) })
	return r, e != nil
}
