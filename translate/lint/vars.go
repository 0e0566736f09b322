package lint

import (
	"sort"
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// The variable table follows erl_lint's model so that the same programs are
// accepted and the same unused variables reported: checking an expression
// returns a table of the variables it binds or uses (uses are recorded as
// bound, so an error about a variable is reported once), and tables are
// combined with update and merge, whose details (which state wins, how use
// is merged) are erl_lint's.

// varKind is the state of a variable in a table.
type varKind uint8

const (
	bound      varKind = iota
	exported           // bound in every clause of a case/if/receive/try
	unsafe             // bound in only some clauses, or inside catch/try
	stacktrace         // the stack trace variable of a catch clause, in its guard
)

// where names the construct that made a variable unsafe: 'case' at pos.
type where struct {
	what string
	pos  source.Pos
}

type varInfo struct {
	kind  varKind
	in    where        // for unsafe and exported
	used  bool         // used since it was bound
	annos []source.Pos // where it was bound, for unused-variable warnings
}

// vt is a variable table: name to state.
type vt map[string]varInfo

func mergeAnnos(a, b []source.Pos) []source.Pos {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	r := append(append([]source.Pos{}, a...), b...)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	out := r[:1]
	for _, p := range r[1:] {
		if p != out[len(out)-1] {
			out = append(out, p)
		}
	}
	return out
}

// combine returns a copy of a and b with f applied to names in both.
func combine(a, b vt, f func(x, y varInfo) varInfo) vt {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	r := make(vt, len(a)+len(b))
	for k, v := range b {
		r[k] = v
	}
	for k, v := range a {
		if w, ok := r[k]; ok {
			v = f(v, w)
		}
		r[k] = v
	}
	return r
}

// update returns base with the entries of u added; for names in both, the
// state is u's.
func update(u, base vt) vt {
	return combine(u, base, func(x, y varInfo) varInfo {
		return varInfo{x.kind, x.in, x.used || y.used, mergeAnnos(x.annos, y.annos)}
	})
}

// merge returns the union of a and b; for names in both, the worse state wins.
func merge(a, b vt) vt {
	return combine(a, b, func(x, y varInfo) varInfo {
		s := mergeState(x, y)
		return varInfo{s.kind, s.in, x.used || y.used, mergeAnnos(x.annos, y.annos)}
	})
}

// mergePat is merge for the parts of one pattern (or of an argument list): a
// variable in two parts is matched, which counts as a use.
func mergePat(a, b vt) vt {
	return combine(a, b, func(x, y varInfo) varInfo {
		s := mergeState(x, y)
		return varInfo{s.kind, s.in, true, mergeAnnos(x.annos, y.annos)}
	})
}

// mergeState prefers errors (unsafe) to warnings (exported) to bound.
func mergeState(a, b varInfo) varInfo {
	switch {
	case a.kind == unsafe:
		return a
	case b.kind == unsafe:
		return b
	case a.kind == bound:
		return b
	}
	return a
}

// filter returns the entries of u for which keep is true.
func filter(u vt, keep func(string, varInfo) bool) vt {
	r := vt{}
	for k, v := range u {
		if keep(k, v) {
			r[k] = v
		}
	}
	return r
}

// newIn returns the entries of u whose names are not in old.
func newIn(u, old vt) vt {
	return filter(u, func(k string, _ varInfo) bool { _, ok := old[k]; return !ok })
}

// oldIn returns the entries of u whose names are in old.
func oldIn(u, old vt) vt {
	return filter(u, func(k string, _ varInfo) bool { _, ok := old[k]; return ok })
}

// unsafeIn returns the variables of u that are new relative to old, marked
// unsafe in the construct w.
func unsafeIn(w where, u, old vt) vt {
	r := newIn(u, old)
	for k, v := range r {
		r[k] = varInfo{unsafe, w, v.used, v.annos}
	}
	return r
}

// noUnsafeUnused drops unsafe and unused variables: what a fun or a
// comprehension passes on to its surroundings.
func noUnsafeUnused(u vt) vt {
	return filter(u, func(_ string, v varInfo) bool { return v.kind != unsafe && v.used })
}

// usedAt is the entry for a variable once it has been used.
func usedAt(v varInfo) varInfo { return varInfo{kind: bound, used: true, annos: v.annos} }

// exportClauses combines the tables of the clauses of a case, if, receive or
// try (relative to the table vt0 they started from): a new variable bound in
// every clause is exported, one bound in only some is unsafe in w.
func exportClauses(cvts []vt, vt0 vt, w where) vt {
	r := vt{}
	type acc struct {
		n     int
		s     varInfo
		annos []source.Pos
	}
	news := map[string]*acc{}
	for _, c := range cvts {
		for k, v := range c {
			if old, ok := vt0[k]; ok {
				r[k] = varInfo{kind: bound, used: true, annos: old.annos} // an old variable, now used
				continue
			}
			a := news[k]
			if a == nil {
				a = &acc{s: varInfo{kind: exported, in: w}}
				news[k] = a
			}
			a.n++
			if v.kind == unsafe {
				if a.s.kind == unsafe {
					a.s = varInfo{kind: unsafe, in: w}
				} else {
					a.s = v
				}
			}
			if !v.used {
				a.annos = mergeAnnos(a.annos, v.annos)
			}
		}
	}
	for k, a := range news {
		s := varInfo{kind: unsafe, in: w}
		if a.n == len(cvts) {
			s = a.s
		}
		r[k] = varInfo{s.kind, s.in, len(a.annos) == 0, a.annos}
	}
	return r
}

// unusedVars warns about the variables of u that are new relative to old,
// unused, and not named _X.
func (c *checker) unusedVars(u, old vt) {
	for k, v := range u {
		if _, ok := old[k]; ok || v.used || strings.HasPrefix(k, "_") || c.options["nowarn_unused_vars"] {
			continue
		}
		for _, p := range v.annos {
			c.errs.Warn(c.fset.Position(p), "variable %s is unused", atomText(k))
		}
	}
}

// shadowVars warns about the new variables of a fun head or generator
// pattern (in what) that shadow variables of env.
func (c *checker) shadowVars(news, env vt, in string) {
	if c.options["nowarn_shadow_vars"] {
		return
	}
	for k, v := range news {
		if o, ok := env[k]; ok && o.kind != unsafe && len(v.annos) > 0 {
			c.errs.Warn(c.fset.Position(v.annos[0]), "variable %s shadowed in %s", atomText(k), atomText(in))
		}
	}
}

// exportedVar warns about matching a variable exported from a case, if, ...
func (c *checker) exportedVar(v *ast.Var, info varInfo) {
	p := c.fset.Position(info.in.pos)
	c.errs.Warn(c.fset.Position(v.Pos()), "variable %s exported from %s (line %d, column %d)",
		atomText(v.Name), atomText(info.in.what), p.Line, p.Column)
}

// oldUnusedVars warns about the variables of u whose names are in old (the
// ones that shadow) and that are unused.
func (c *checker) oldUnusedVars(u, old vt) {
	c.unusedVars(oldIn(u, old), vt{})
}
