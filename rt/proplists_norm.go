package rt

// proplists:expand/2, normalize/2 and to_map/2: the staged rewriting of a
// property list (aliases, expansions, negations), following OTP's steps so
// that the order of the result is the same.

// ProplistsExpand2 is proplists:expand(Expansions, List): each property
// matching an expansion's property is replaced by the expansion's list,
// later occurrences of its key are deleted, and lists are spliced.
func ProplistsExpand2(p *Process, es, l Term) Term {
	ps := propSlice(l, "expand", es, l)
	for _, e := range expansionPairs(p, es) {
		ps = expandOne(p, e[0], e[1], ps)
	}
	var out []Term
	for _, x := range ps {
		if xs, ok := ListToSlice(x); ok && IsList(x) {
			out = append(out, xs...)
		} else {
			out = append(out, x)
		}
	}
	return List(out...)
}

// expansionPairs is OTP's key_uniq of [{property(P), V} || {P, V} <- Es]:
// a pair whose property equals the one before it is dropped.
func expansionPairs(p *Process, es Term) [][2]Term {
	var out [][2]Term
	for _, x := range lcSlice(es) {
		t, ok := x.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			continue
		}
		k := ProplistsProperty1(p, t.Elems[0])
		if n := len(out); n > 0 && ExactEqual(out[n-1][0], k) {
			continue
		}
		out = append(out, [2]Term{k, t.Elems[1]})
	}
	return out
}

// expandOne is OTP's expand_1: the first property with the key of prop
// is replaced by l (and the rest of the key deleted) if it equals prop.
func expandOne(p *Process, prop, l Term, ps []Term) []Term {
	key, ok := propKey(prop)
	if !ok {
		return ps
	}
	for i, x := range ps {
		if !propIs(x, key) {
			continue
		}
		if !ExactEqual(ProplistsProperty1(p, x), prop) {
			return ps
		}
		out := append(append([]Term{}, ps[:i]...), l)
		for _, y := range ps[i+1:] {
			if !propIs(y, key) {
				out = append(out, y)
			}
		}
		return out
	}
	return ps
}

// applyStages runs normalize's stages over l.
func applyStages(p *Process, l, stages Term, fun string) Term {
	for _, st := range propSlice(stages, fun, l, stages) {
		t, ok := st.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return proplistsClause("apply_stages", l, stages)
		}
		switch t.Elems[0] {
		case Intern("aliases"):
			l = ProplistsSubstituteAliases2(p, t.Elems[1], l)
		case Intern("expand"):
			l = ProplistsExpand2(p, t.Elems[1], l)
		case Intern("negations"):
			l = ProplistsSubstituteNegations2(p, t.Elems[1], l)
		default:
			return proplistsClause("apply_stages", l, stages)
		}
	}
	return l
}

// ProplistsNormalize2 is proplists:normalize(List, Stages).
func ProplistsNormalize2(p *Process, l, stages Term) Term {
	return ProplistsCompact1(p, applyStages(p, l, stages, "normalize"))
}

// ProplistsToMap2 is proplists:to_map(List, Stages).
func ProplistsToMap2(p *Process, l, stages Term) Term {
	return ProplistsToMap1(p, applyStages(p, l, stages, "to_map"))
}
