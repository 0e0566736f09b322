package rt

import "math"

// ErlangFloatToList1 is float_to_list(Float): "%.20e" as C prints it.
func ErlangFloatToList1(p *Process, f Term) Term {
	x, ok := f.(Float)
	if !ok {
		return BIFBadarg("float_to_list", f)
	}
	return Str(FloatToList(float64(x)))
}

// ErlangFloatToBinary1 is float_to_binary(Float).
func ErlangFloatToBinary1(p *Process, f Term) Term {
	x, ok := f.(Float)
	if !ok {
		return BIFBadarg("float_to_binary", f)
	}
	return NewBinary([]byte(FloatToList(float64(x))))
}

// phash2Range is the default range of erlang:phash2/1, 2^27.
const phash2Range = 1 << 27

// ErlangPhash21 is erlang:phash2(Term).
//
// NOT YET BEAM'S VALUES: it is the runtime's own term hash folded into the
// range, stable within and across runs, but different from the numbers BEAM
// prints. Programs that only bucket by it behave alike; programs that print
// it do not.
func ErlangPhash21(p *Process, t Term) Term {
	return BoxInt(Int(phash2(t) % phash2Range))
}

// ErlangPhash22 is erlang:phash2(Term, Range), 1 =< Range =< 2^32.
func ErlangPhash22(p *Process, t, r Term) Term {
	n, ok := r.(Int)
	if !ok || n < 1 || n > math.MaxUint32+1 {
		return BIFBadarg("phash2", t, r)
	}
	return BoxInt(Int(phash2(t) % uint64(n)))
}

// phash2 must not change with the process (termHash of pids, refs and funs
// is stable per run, which is all BEAM promises for those too).
func phash2(t Term) uint64 { return termHash(t) & math.MaxUint32 }

func init() {
	registerModule("erlang", true, []Func{
		Export("float_to_list", 1, ErlangFloatToList1),
		Export("float_to_binary", 1, ErlangFloatToBinary1),
		Export("phash2", 1, ErlangPhash21), Export("phash2", 2, ErlangPhash22),
	})
}
