package lint

import "github.com/erl2go/erl2go/translate/source"

// The variable table follows erl_lint's model so that the same programs are
// accepted: checking an expression returns a table of the variables it binds
// or uses (uses are recorded as bound, so an error about a variable is
// reported once), and tables are combined with update and merge.

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
	kind varKind
	in   where // for unsafe and exported
}

// vt is a variable table: name to state.
type vt map[string]varInfo

// update returns base with the entries of u replacing those of the same name.
func update(u, base vt) vt {
	if len(u) == 0 {
		return base
	}
	r := make(vt, len(u)+len(base))
	for k, v := range base {
		r[k] = v
	}
	for k, v := range u {
		r[k] = v
	}
	return r
}

// merge returns the union of a and b; where both hold a name, the worse state wins.
func merge(a, b vt) vt {
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
			v = mergeState(v, w)
		}
		r[k] = v
	}
	return r
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

// newIn returns the entries of u whose names are not in old.
func newIn(u, old vt) vt {
	r := vt{}
	for k, v := range u {
		if _, ok := old[k]; !ok {
			r[k] = v
		}
	}
	return r
}

// oldIn returns the entries of u whose names are in old.
func oldIn(u, old vt) vt {
	r := vt{}
	for k, v := range u {
		if _, ok := old[k]; ok {
			r[k] = v
		}
	}
	return r
}

// unsafeIn returns the variables of u that are new relative to old, marked
// unsafe in the construct w.
func unsafeIn(w where, u, old vt) vt {
	r := vt{}
	for k := range u {
		if _, ok := old[k]; !ok {
			r[k] = varInfo{kind: unsafe, in: w}
		}
	}
	return r
}

// noUnsafe drops unsafe variables: a fun or comprehension does not pass
// them on to its surroundings.
func noUnsafe(u vt) vt {
	r := vt{}
	for k, v := range u {
		if v.kind != unsafe {
			r[k] = v
		}
	}
	return r
}

// usedVar is the entry recorded for a variable once it has been used.
var usedVar = varInfo{kind: bound}

// exportClauses combines the tables of the clauses of a case, if, receive or
// try (relative to the table vt0 they started from): a new variable bound in
// every clause is exported, one bound in only some is unsafe in w.
func exportClauses(cvts []vt, vt0 vt, w where) vt {
	r := vt{}
	count := map[string]int{}
	state := map[string]varInfo{}
	for _, c := range cvts {
		for k, v := range c {
			if _, ok := vt0[k]; ok {
				r[k] = usedVar // an old variable, now used
				continue
			}
			count[k]++
			acc, seen := state[k]
			if !seen {
				acc = varInfo{kind: exported, in: w}
			}
			if v.kind == unsafe {
				if acc.kind == unsafe {
					acc = varInfo{kind: unsafe, in: w}
				} else {
					acc = v
				}
			}
			state[k] = acc
		}
	}
	for k, n := range count {
		if n == len(cvts) {
			r[k] = state[k]
		} else {
			r[k] = varInfo{kind: unsafe, in: w}
		}
	}
	return r
}
