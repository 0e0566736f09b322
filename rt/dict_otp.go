package rt

// The frames of OTP 25's dict.erl, orddict.erl and sets.erl that BEAM's
// traces show below the funs that dict, orddict and sets functions call
// (stack_otp.go).

func init() {
	otpCallSites = append(otpCallSites, []otpCallSite{
		{DictUpdate3, nil},
		{dictUpdateAt, []erlFrame{{"dict", "update_bkt", 3, 320}, {"dict", "on_bucket", 3, 433}, {"dict", "update", 3, 313}}},
		{DictUpdate4, nil},
		{dictUpdate4At, []erlFrame{{"dict", "update_bkt", 4, 341}, {"dict", "on_bucket", 3, 433}, {"dict", "update", 4, 336}}},
		{DictFold3, nil},
		{dictFoldAt, []erlFrame{{"dict", "fold_bucket", 3, 461}, {"dict", "fold_seg", 4, 457}, {"dict", "fold_segs", 4, 453}}},
		{OrddictFold3, nil},
		{orddictFoldAt, []erlFrame{{"orddict", "fold", 3, 210}}},
		{OrddictMap2, nil},
		{orddictMapAt0, []erlFrame{{"orddict", "map", 2, 219}}},
		{orddictMapAtN, []erlFrame{{"orddict", "map", 2, 219}, {"orddict", "map", 2, 219}}},
		{OrddictUpdate3, nil},
		{orddictUpdateAt0, []erlFrame{{"orddict", "update", 3, 172}}},
		{orddictUpdateAtN, []erlFrame{{"orddict", "update", 3, 172}, {"orddict", "update", 3, 170}}},
		{OrddictFilter2, nil},
		{orddictFilterAt0, []erlFrame{{"orddict", "filter", 2, 228}}},
		{orddictFilterAtN, []erlFrame{{"orddict", "filter", 2, 228}, {"orddict", "filter", 2, 229}}},
		{SetsFold3, nil},
		{setsFoldAtV1, []erlFrame{{"sets", "fold_bucket", 3, 503}, {"sets", "fold_seg", 4, 499}, {"sets", "fold_segs", 4, 495}}},
		{setsFoldAtV2, []erlFrame{{"sets", "fold_1", 3, 437}}},
	}...)
}

//go:noinline
func dictUpdateAt(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

//go:noinline
func dictUpdate4At(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

//go:noinline
func dictFoldAt(p *Process, f, k, v, acc Term) Term { return CallFun3(p, f, k, v, acc) }

//go:noinline
func orddictFoldAt(p *Process, f, k, v, acc Term) Term { return CallFun3(p, f, k, v, acc) }

// orddictMapAt calls orddict:map/2's fun; deeper is false for the first
// pair, whose call has no frame of map's body recursion below.
func orddictMapAt(p *Process, f, k, v Term, deeper bool) Term {
	if deeper {
		return orddictMapAtN(p, f, k, v)
	}
	return orddictMapAt0(p, f, k, v)
}

//go:noinline
func orddictMapAt0(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func orddictMapAtN(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

// orddictUpdateAt calls orddict:update/3's fun; deeper is false when the
// key is the first, with no frame of update's recursion below.
func orddictUpdateAt(p *Process, f, v Term, deeper bool) Term {
	if deeper {
		return orddictUpdateAtN(p, f, v)
	}
	return orddictUpdateAt0(p, f, v)
}

//go:noinline
func orddictUpdateAt0(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

//go:noinline
func orddictUpdateAtN(p *Process, f, v Term) Term { return CallFun1(p, f, v) }

// setsFoldAt calls sets:fold/3's fun: a set of version 2 (a map) is folded
// by sets:fold_1/3, one of version 1 by the bucket walk of dict's kind.
func setsFoldAt(p *Process, f, x, acc Term, v2 bool) Term {
	if v2 {
		return setsFoldAtV2(p, f, x, acc)
	}
	return setsFoldAtV1(p, f, x, acc)
}

//go:noinline
func setsFoldAtV1(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

//go:noinline
func setsFoldAtV2(p *Process, f, x, acc Term) Term { return CallFun2(p, f, x, acc) }

// orddictFilterAt calls orddict:filter/2's predicate; kept is whether a
// pair was kept before (filter's body recursion for it stays below).
func orddictFilterAt(p *Process, f, k, v Term, kept bool) Term {
	if kept {
		return orddictFilterAtN(p, f, k, v)
	}
	return orddictFilterAt0(p, f, k, v)
}

//go:noinline
func orddictFilterAt0(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }

//go:noinline
func orddictFilterAtN(p *Process, f, k, v Term) Term { return CallFun2(p, f, k, v) }
