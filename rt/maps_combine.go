package rt

import "slices"

// The maps functions that combine two maps with a fun or group a list:
// merge_with/3, intersect/2, intersect_with/3 and groups_from_list/2,3.

func init() {
	RegisterModule("maps",
		Export("merge_with", 3, MapsMergeWith3),
		Export("intersect", 2, MapsIntersect2),
		Export("intersect_with", 3, MapsIntersectWith3),
		Export("groups_from_list", 2, MapsGroupsFromList2),
		Export("groups_from_list", 3, MapsGroupsFromList3),
	)
}

// MapsMergeWith3 is maps:merge_with(Combiner, Map1, Map2): Map2's pairs
// win, except that a key in both gets Combiner(K, V1, V2).
func MapsMergeWith3(p *Process, f, a, b Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	ma, mb := mapsTwoMaps("merge_with", f, a, b, f, a, b)
	out := ma
	mb.Range(func(k, v Term) bool {
		if v1, ok := ma.Get(k); ok {
			v = mapsMergeWithAt(p, f, k, v1, v)
		}
		out = out.put(k, v, o.token())
		return true
	})
	return out
}

// MapsIntersect2 is maps:intersect(Map1, Map2): the keys of both, with
// Map2's values.
func MapsIntersect2(p *Process, a, b Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	ma, mb := mapsTwoMaps("intersect", nil, a, b, a, b)
	out := EmptyMap
	mb.Range(func(k, v Term) bool {
		if _, ok := ma.Get(k); ok {
			out = out.put(k, v, o.token())
		}
		return true
	})
	return out
}

// MapsIntersectWith3 is maps:intersect_with(Combiner, Map1, Map2): the
// keys of both, each with Combiner(K, V1, V2).
func MapsIntersectWith3(p *Process, f, a, b Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	ma, mb := mapsTwoMaps("intersect_with", f, a, b, f, a, b)
	out := EmptyMap
	mb.Range(func(k, v Term) bool {
		if v1, ok := ma.Get(k); ok {
			out = out.put(k, CallFun3(p, f, k, v1, v), o.token())
		}
		return true
	})
	return out
}

// MapsGroupsFromList2 is maps:groups_from_list(KeyFun, List): each key
// KeyFun(X) maps to the elements with that key, in list order.
func MapsGroupsFromList2(p *Process, kf, l Term) Term {
	return groupsFromList(p, kf, nil, l, "groups_from_list", kf, l)
}

// MapsGroupsFromList3 is maps:groups_from_list(KeyFun, ValueFun, List).
func MapsGroupsFromList3(p *Process, kf, vf, l Term) Term {
	return groupsFromList(p, kf, vf, l, "groups_from_list", kf, vf, l)
}

func groupsFromList(p *Process, kf, vf, l Term, fun string, args ...Term) Term {
	var o MapOwner // the map built here is ours alone until returned
	xs, ok := ListToSlice(l)
	if !ok || !isFunArity(kf, 1) || vf != nil && !isFunArity(vf, 1) {
		return otpBadarg(AtomBadarg, erlFrame{"maps", fun, len(args), mfBadargLine}, args...)
	}
	groups := map[int][]Term{} // index of the key in keys -> values
	var keys []Term
	index := EmptyMap
	// OTP calls the funs from the last element to the first.
	for j := len(xs) - 1; j >= 0; j-- {
		x := xs[j]
		k := CallFun1(p, kf, x)
		v := x
		if vf != nil {
			v = CallFun1(p, vf, x)
		}
		i, seen := index.Get(k)
		if !seen {
			i = BoxInt(Int(len(keys)))
			index = index.put(k, i, o.token())
			keys = append(keys, k)
		}
		g := int(i.(Small).Int())
		groups[g] = append(groups[g], v)
	}
	out := EmptyMap
	for i, k := range keys {
		slices.Reverse(groups[i])
		out = out.put(k, List(groups[i]...), o.token())
	}
	return out
}
