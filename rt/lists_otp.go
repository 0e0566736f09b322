package rt

// The frames of OTP 25's lists.erl that BEAM's traces show where rt's
// lists functions raise or call their fun (stack_otp.go explains the
// mechanism). Each call site is a function of its own so that its program
// counter says which frames stand below the fun.

// Frames of lists.erl, named after the function and what it does there.
var (
	lfMapGuard      = erlFrame{"lists", "map", 2, 1313}
	lfMapCase       = erlFrame{"lists", "map", 2, 1314}
	lfMap           = erlFrame{"lists", "map", 2, 1315}
	lfMap1Clause    = erlFrame{"lists", "map_1", 2, 1319}
	lfMap1          = erlFrame{"lists", "map_1", 2, 1320}
	lfForeachGuard  = erlFrame{"lists", "foreach", 2, 1438}
	lfForeach1Cl    = erlFrame{"lists", "foreach_1", 2, 1441}
	lfForeach1      = erlFrame{"lists", "foreach_1", 2, 1442}
	lfFoldlGuard    = erlFrame{"lists", "foldl", 3, 1348}
	lfFoldlCase     = erlFrame{"lists", "foldl", 3, 1349}
	lfFoldl         = erlFrame{"lists", "foldl", 3, 1350}
	lfFoldl1Clause  = erlFrame{"lists", "foldl_1", 3, 1354}
	lfFoldl1        = erlFrame{"lists", "foldl_1", 3, 1355}
	lfFoldrGuard    = erlFrame{"lists", "foldr", 3, 1368}
	lfFoldr1Clause  = erlFrame{"lists", "foldr_1", 3, 1371}
	lfFoldr1        = erlFrame{"lists", "foldr_1", 3, 1372}
	lfFilterGuard   = erlFrame{"lists", "filter", 2, 1382}
	lfFilterLC      = erlFrame{"lists", "-filter/2-lc$^0/1-0-", 2, 1383}
	lfAnyGuard      = erlFrame{"lists", "any", 2, 1288}
	lfAnyCase       = erlFrame{"lists", "any", 2, 1289}
	lfAny           = erlFrame{"lists", "any", 2, 1291}
	lfAny1Clause    = erlFrame{"lists", "any_1", 2, 1298}
	lfAny1          = erlFrame{"lists", "any_1", 2, 1299}
	lfAllGuard      = erlFrame{"lists", "all", 2, 1265}
	lfAllCase       = erlFrame{"lists", "all", 2, 1266}
	lfAll           = erlFrame{"lists", "all", 2, 1268}
	lfAll1Clause    = erlFrame{"lists", "all_1", 2, 1275}
	lfAll1          = erlFrame{"lists", "all_1", 2, 1276}
	lfFlatmapGuard  = erlFrame{"lists", "flatmap", 2, 1331}
	lfFlatmap1Cl    = erlFrame{"lists", "flatmap_1", 2, 1334}
	lfFlatmap1      = erlFrame{"lists", "flatmap_1", 2, 1335}
	lfNth           = erlFrame{"lists", "nth", 2, 198}
	lfNthDec        = erlFrame{"lists", "nth", 2, 200}
	lfNthtail       = erlFrame{"lists", "nthtail", 2, 208}
	lfNthtailDec    = erlFrame{"lists", "nthtail", 2, 210}
	lfLast          = erlFrame{"lists", "last", 1, 256}
	lfLast2         = erlFrame{"lists", "last", 2, 258}
	lfSeq2          = erlFrame{"lists", "seq", 2, 271}
	lfSeq3          = erlFrame{"lists", "seq", 3, 299}
	lfZip           = erlFrame{"lists", "zip", 2, 419}
	lfSublist2      = erlFrame{"lists", "sublist", 2, 385}
	lfSublist2Inner = erlFrame{"lists", "sublist_2", 2, 388}
	lfReverse       = erlFrame{"lists", "reverse", 1, 175}
	lfReverseBIF    = erlFrame{"lists", "reverse", 1, 182}
	lfSum2          = erlFrame{"lists", "sum", 2, 319}
	lfSplit         = erlFrame{"lists", "split", 2, 1568}
	lfSplitArgs     = erlFrame{"lists", "split", 2, 1571}
	lfAppend2       = erlFrame{"lists", "append", 2, 144}
	lfFiltermap1    = erlFrame{"lists", "filtermap_1", 2, 1417}
	lfFiltermap1Rec = erlFrame{"lists", "filtermap_1", 2, 1419}
	lfFiltermap1New = erlFrame{"lists", "filtermap_1", 2, 1421}
	lfFiltermapGd   = erlFrame{"lists", "filtermap", 2, 1413}
	lfMapfoldlGuard = erlFrame{"lists", "mapfoldl", 3, 1458}
	lfMapfoldl1     = erlFrame{"lists", "mapfoldl_1", 3, 1462}
	lfMapfoldl1Rec  = erlFrame{"lists", "mapfoldl_1", 3, 1463}
	lfPartition1    = erlFrame{"lists", "partition_1", 4, 1399}
	lfTakewhile1    = erlFrame{"lists", "takewhile_1", 2, 1499}
	lfTakewhile1Rec = erlFrame{"lists", "takewhile_1", 2, 1500}
	lfDropwhile1    = erlFrame{"lists", "dropwhile_1", 2, 1516}
	lfSplitwith1    = erlFrame{"lists", "splitwith_1", 3, 1550}
	lfZipwith       = erlFrame{"lists", "zipwith", 3, 483}
	lfMapfoldr1     = erlFrame{"lists", "mapfoldr_1", 3, 1484}
	lfMapfoldr1Rec  = erlFrame{"lists", "mapfoldr_1", 3, 1483}
	lfKeymap        = erlFrame{"lists", "keymap", 3, 984}
)

// otpCallSite is a Go function that stands for frames of OTP's code.
type otpCallSite struct {
	fn     any
	frames []erlFrame
}

// otpCallSites lists the Go functions that stand for frames of OTP's code
// (see stack_otp.go), with the frames BEAM's trace shows there, top first.
// A Go function that makes its calls of funs through such sites has none.
var otpCallSites = []otpCallSite{
	{ListsMap2, nil},
	{mapAt0, []erlFrame{lfMap}},
	{mapAt1, []erlFrame{lfMap1, lfMap}},
	{mapAtN, []erlFrame{lfMap1, lfMap1, lfMap}},
	{ListsForeach2, nil},
	{foreachAt, []erlFrame{lfForeach1}},
	{ListsFoldl3, nil},
	{foldlAt0, []erlFrame{lfFoldl}},
	{foldlAtN, []erlFrame{lfFoldl1}},
	{ListsFoldr3, nil}, // its call for the first element is the last: no frame
	{foldrAt, []erlFrame{lfFoldr1}},
	{ListsFilter2, nil},
	{filterAt0, []erlFrame{lfFilterLC}},
	{filterAtN, []erlFrame{lfFilterLC, lfFilterLC}},
	{ListsAny2, nil},
	{ListsAll2, nil},
	{anyAll, nil},
	{anyAt0, []erlFrame{lfAny}},
	{anyAtN, []erlFrame{lfAny1}},
	{allAt0, []erlFrame{lfAll}},
	{allAtN, []erlFrame{lfAll1}},
	{ListsFlatmap2, nil},
	{flatmapAt0, []erlFrame{lfFlatmap1}},
	{flatmapAtN, []erlFrame{lfFlatmap1, lfFlatmap1}},
	{flatmapAppend0, []erlFrame{lfFlatmap1}},
	{flatmapAppendN, []erlFrame{lfFlatmap1, lfFlatmap1}},
	{reverseAt, []erlFrame{lfReverseBIF}},
	{sumAt, []erlFrame{lfSum2}},
	{ListsSum1, nil},
	{ListsAppend2, []erlFrame{lfAppend2}},
	{ListsFiltermap2, nil},
	{filtermapAt0, []erlFrame{lfFiltermap1}},
	{filtermapAtN, []erlFrame{lfFiltermap1, lfFiltermap1Rec}},
	{filtermapAtNew, []erlFrame{lfFiltermap1, lfFiltermap1New}},
	{ListsMapfoldl3, nil},
	{mapfoldlAt0, []erlFrame{lfMapfoldl1}},
	{mapfoldlAtN, []erlFrame{lfMapfoldl1, lfMapfoldl1Rec}},
	{ListsPartition2, nil},
	{partitionAt, []erlFrame{lfPartition1}},
	{ListsTakewhile2, nil},
	{takewhileAt0, []erlFrame{lfTakewhile1}},
	{takewhileAtN, []erlFrame{lfTakewhile1, lfTakewhile1Rec}},
	{ListsDropwhile2, nil},
	{dropwhileAt, []erlFrame{lfDropwhile1}},
	{ListsReverse1, nil},
	{MapsMergeWith3, nil},
	{mapsMergeWithAt, []erlFrame{mfMergeWith1}},
	{ListsSplitwith2, nil},
	{splitwithAt, []erlFrame{lfSplitwith1}},
	{ListsZipwith3, nil},
	{zipwithAt0, []erlFrame{lfZipwith}},
	{zipwithAtN, []erlFrame{lfZipwith, lfZipwith}},
	{ListsMapfoldr3, nil},
	{mapfoldrAt0, []erlFrame{lfMapfoldr1}},
	{mapfoldrAtN, []erlFrame{lfMapfoldr1, lfMapfoldr1Rec}},
	{ListsKeymap3, nil},
	{keymapAt0, []erlFrame{lfKeymap}},
	{keymapAtN, []erlFrame{lfKeymap, lfKeymap}},
	{MapsFold3, nil},
	{mapsFoldAt, []erlFrame{mfFold1}},
	{MapsMap2, nil},
	{mapsMapAt0, []erlFrame{mfMap1, mfMap}},
	{mapsMapAtN, []erlFrame{mfMap1, mfMap1, mfMap}},
	{MapsFilter2, nil},
	{mapsFilterAt0, []erlFrame{mfFilter1, mfFilter}},
	{mapsFilterAtN, []erlFrame{mfFilter1, mfFilter1Rec, mfFilter}},
	{MapsFiltermap2, nil},
	{mapsFiltermapAt0, []erlFrame{mfFiltermap1, mfFiltermap}},
	{mapsFiltermapAtTrue, []erlFrame{mfFiltermap1, mfFiltermap1True, mfFiltermap}},
	{mapsFiltermapAtNew, []erlFrame{mfFiltermap1, mfFiltermap1New, mfFiltermap}},
	{MapsForeach2, nil},
	{mapsForeachAt, []erlFrame{mfForeach1}},
	{MapsUpdateWith3, nil},
	{mapsUpdateWithAt, []erlFrame{mfUpdateWith}},
	{MapsUpdateWith4, nil},
	{mapsUpdateWith4At, []erlFrame{mfUpdateWith4}},
}

// The call sites of lists:map/2: the first element's call is in map/2, the
// second's in map_1/2 under map/2, the others' under one more map_1/2 (a
// run of equal return addresses shows once in a trace).

//go:noinline
func mapAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func mapAt1(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func mapAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func foreachAt(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func foldlAt0(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func foldlAtN(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func foldrAt(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

// filterAt0 calls lists:filter/2's predicate before any element was kept;
// filterAtN after one was (its frame of the comprehension stays below).
//
//go:noinline
func filterAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func filterAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func anyAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func anyAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func allAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func allAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func flatmapAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func flatmapAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

// flatmapAppend0 is flatmap_1's F(Hd) ++ Rest for the first element,
// flatmapAppendN for the others, which run in the recursion's frames.
//
//go:noinline
func flatmapAppend0(a, b Term) Term { return Append(a, b) }

//go:noinline
func flatmapAppendN(a, b Term) Term { return Append(a, b) }

// deeper returns the frames below a recursion's level i: none at the
// first level, the outer function's frame at the second, and one more of
// the recursing function at the others (a run of equal return addresses
// shows once).
func deeper(i int, inner, outer erlFrame) []erlFrame {
	switch i {
	case 0:
		return nil
	case 1:
		return []erlFrame{outer}
	}
	return []erlFrame{inner, outer}
}

// filtermapAt0 calls lists:filtermap/2's fun before it kept an element,
// filtermapAtN after (its recursion for the kept element stays below). So
// do mapfoldlAt0 and mapfoldlAtN before and after the first element, and
// takewhileAt0 and takewhileAtN.
//
//go:noinline
func filtermapAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func filtermapAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

// filtermapAtNew calls the fun after an element was last kept as {true, V}.
//
//go:noinline
func filtermapAtNew(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func mapfoldlAt0(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func mapfoldlAtN(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func partitionAt(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func takewhileAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func takewhileAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func dropwhileAt(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func splitwithAt(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

// zipwithAt0 calls lists:zipwith/3's fun for the first pair, zipwithAtN
// for the others (the body recursion stays below); so do keymapAt0 and
// keymapAtN, and mapfoldrAt0 and mapfoldrAtN for the first element (the
// last one called) and the others.
//
//go:noinline
func zipwithAt0(p *Process, f, x, y Term) Term { return CallFun2(p, f, x, y) }

//go:noinline
func zipwithAtN(p *Process, f, x, y Term) Term { return CallFun2(p, f, x, y) }

//go:noinline
func keymapAt0(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func keymapAtN(p *Process, f, x Term) Term { return CallFun1(p, f, x) }

//go:noinline
func mapfoldrAt0(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func mapfoldrAtN(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

// boolOrClause returns a predicate's answer, or raises {case_clause, V}
// for a value that is not a boolean at frames, as OTP's case does.
func boolOrClause(v Term, frames ...erlFrame) bool {
	switch v {
	case True:
		return true
	case False:
		return false
	}
	otpRaise(NewTuple(AtomCaseClause, v), nil, frames...)
	return false
}

func isCons(t Term) bool {
	_, ok := t.(*Cons)
	return ok
}

// keptSites records the recursion sites that a body recursion went
// through (filtermap_1 keeps an element at one of two), a run of one site
// kept once as BEAM's trace shows it; only the last maxStackDepth matter.
type keptSites []erlFrame

func (k *keptSites) add(f erlFrame) {
	if n := len(*k); n > 0 && (*k)[n-1] == f {
		return
	}
	*k = append(*k, f)
	if len(*k) > maxStackDepth {
		*k = (*k)[1:]
	}
}

// below returns top with the recorded sites below it, latest first.
func (k keptSites) below(top erlFrame, outer ...erlFrame) []erlFrame {
	out := []erlFrame{top}
	for i := len(k) - 1; i >= 0; i-- {
		out = append(out, k[i])
	}
	return append(out, outer...)
}
