package rt

// The frames of OTP 25's maps.erl that BEAM's traces show where rt's maps
// functions raise or call their fun (stack_otp.go). maps.erl raises most
// of its errors through error_with_info/2 and badarg_with_info/1, which
// the compiler inlines: BEAM reports their lines.

var (
	mfFold1          = erlFrame{"maps", "fold_1", 3, 411}
	mfMap            = erlFrame{"maps", "map", 2, 429}
	mfMap1           = erlFrame{"maps", "map_1", 2, 439}
	mfFilter         = erlFrame{"maps", "filter", 2, 310}
	mfFilter1        = erlFrame{"maps", "filter_1", 2, 319}
	mfFilter1Rec     = erlFrame{"maps", "filter_1", 2, 321}
	mfForeach1       = erlFrame{"maps", "foreach_1", 2, 381}
	mfUpdateWith     = erlFrame{"maps", "update_with", 3, 264}
	mfUpdateWithK    = erlFrame{"maps", "update_with", 3, 265}
	mfUpdateWith4    = erlFrame{"maps", "update_with", 4, 278}
	mfMergeWith1     = erlFrame{"maps", "merge_with_1", 4, 190}
	mfFiltermap      = erlFrame{"maps", "filtermap", 2, 342}
	mfFiltermap1     = erlFrame{"maps", "filtermap_1", 2, 351}
	mfFiltermap1True = erlFrame{"maps", "filtermap_1", 2, 353}
	mfFiltermap1New  = erlFrame{"maps", "filtermap_1", 2, 355}
	mfBadargLine     = 578 // badarg_with_info/1's body
	mfErrorLine      = 581 // error_with_info/2's body
)

//go:noinline
func mapsFoldAt(p *Process, f, k, v, acc Term) Term { return CallFun3(p, f, k, v, acc) }

// mapsMapAt0 calls maps:map/2's fun for the first pair, mapsMapAtN for the
// others (with map_1/2's recursion below).
//
//go:noinline
func mapsMapAt0(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsMapAtN(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

// mapsFilterAt0 calls maps:filter/2's predicate before it kept a pair,
// mapsFilterAtN after (filter_1/2's recursion for it stays below).
//
//go:noinline
func mapsFilterAt0(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsFilterAtN(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

// mapsFiltermapAt0 calls maps:filtermap/2's fun before it kept a pair;
// mapsFiltermapAtTrue after it last kept one for true, mapsFiltermapAtNew
// after {true, V} (filtermap_1/2's recursion for it stays below).
//
//go:noinline
func mapsFiltermapAt0(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsFiltermapAtTrue(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsFiltermapAtNew(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsForeachAt(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func mapsUpdateWithAt(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

//go:noinline
func mapsUpdateWith4At(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

// mapsFunArg checks the fun and map arguments of a maps function written
// in Erlang that takes a fun of arity n (fold, map, filter...): badarg for
// a bad fun, {badmap, M} for a bad map, as maps.erl raises them.
func mapsFunArg(fun string, f Term, n int, m Term, args ...Term) *Map {
	if !isFunArity(f, n) {
		otpBadarg(AtomBadarg, erlFrame{"maps", fun, len(args), mfBadargLine}, args...)
	}
	mm, ok := m.(*Map)
	if !ok {
		otpBadarg(NewTuple(AtomBadmap, m), erlFrame{"maps", fun, len(args), mfErrorLine}, args...)
	}
	return mm
}

// mapsBIFArg returns m as a map, or raises {badmap, M} from maps:Fun(Args),
// a BIF of BEAM's.
func mapsBIFArg(m Term, fun string, args ...Term) *Map {
	mm, ok := m.(*Map)
	if !ok {
		stdlibError(NewTuple(AtomBadmap, m), "maps", fun, args...)
	}
	return mm
}

// mapsKeysArg checks the arguments of maps:with/2 and without/2: {badmap,
// M} for a bad map, else badarg for keys that are no list.
func mapsKeysArg(fun string, keys, m Term) *Map {
	mm, ok := m.(*Map)
	if _, isList := ListToSlice(keys); !ok || !isList {
		reason := Term(AtomBadarg)
		if !ok {
			reason = NewTuple(AtomBadmap, m)
		}
		otpBadarg(reason, erlFrame{"maps", fun, 2, mfErrorLine}, keys, m)
	}
	return mm
}

// mapsTwoMaps checks the arguments of merge_with/3, intersect/2 and
// intersect_with/3 (f nil for intersect): badarg for a bad fun, else
// {badmap, M} for the first that is no map.
func mapsTwoMaps(fun string, f, a, b Term, args ...Term) (*Map, *Map) {
	ma, ok1 := a.(*Map)
	mb, ok2 := b.(*Map)
	var reason Term
	switch {
	case f != nil && !isFunArity(f, 3):
		reason = AtomBadarg
	case !ok1:
		reason = NewTuple(AtomBadmap, a)
	case !ok2:
		reason = NewTuple(AtomBadmap, b)
	default:
		return ma, mb
	}
	otpBadarg(reason, erlFrame{"maps", fun, len(args), mfErrorLine}, args...)
	return nil, nil
}

//go:noinline
func mapsMergeWithAt(p *Process, f, k, v1, v2 Term) Term { return CallFun3(p, f, k, v1, v2) }
