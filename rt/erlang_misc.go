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

var (
	atomDecimals   = Intern("decimals")
	atomScientific = Intern("scientific")
	atomCompact    = Intern("compact")
	atomShort      = Intern("short")
)

// floatOpts formats f with float_to_list/2 options; of decimals and
// scientific the last one given wins, as on BEAM.
func floatOpts(f, opts Term) (string, bool) {
	x, ok := f.(Float)
	list, ok2 := ListToSlice(opts)
	if !ok || !ok2 {
		return "", false
	}
	decimals, scientific, compact, short := -1, -1, false, false
	for _, o := range list {
		switch v := o.(type) {
		case Atom:
			switch v {
			case atomCompact:
				compact = true
			case atomShort:
				short, decimals, scientific = true, -1, -1
			default:
				return "", false
			}
		case *Tuple:
			n, isInt := Int(0), false
			if len(v.Elems) == 2 {
				n, isInt = IntOf(v.Elems[1])
			}
			if !isInt || n < 0 || n > 253 {
				return "", false
			}
			switch v.Elems[0] {
			case atomDecimals:
				decimals, scientific, short = int(n), -1, false
			case atomScientific:
				scientific, decimals, short = int(n), -1, false
			default:
				return "", false
			}
		default:
			return "", false
		}
	}
	return FloatToListOpts(float64(x), decimals, scientific, compact, short)
}

// ErlangFloatToList2 is float_to_list(Float, Options).
func ErlangFloatToList2(p *Process, f, opts Term) Term {
	s, ok := floatOpts(f, opts)
	if !ok {
		return BIFBadarg("float_to_list", f, opts)
	}
	return Str(s)
}

// ErlangFloatToBinary2 is float_to_binary(Float, Options).
func ErlangFloatToBinary2(p *Process, f, opts Term) Term {
	s, ok := floatOpts(f, opts)
	if !ok {
		return BIFBadarg("float_to_binary", f, opts)
	}
	return NewBinary([]byte(s))
}

// phash2Range is the default range of erlang:phash2/1, 2^27.
const phash2Range = 1 << 27

// ErlangPhash21 is erlang:phash2(Term): BEAM's value (see Phash2 in
// hash.go) for every term but pids, refs, ports and local funs, which hash
// by rt's own identities.
func ErlangPhash21(p *Process, t Term) Term {
	return BoxInt(Int(phash2(t) % phash2Range))
}

// ErlangPhash22 is erlang:phash2(Term, Range), 1 =< Range =< 2^32.
func ErlangPhash22(p *Process, t, r Term) Term {
	n, ok := IntOf(r)
	if !ok || n < 1 || n > math.MaxUint32+1 {
		return BIFBadarg("phash2", t, r)
	}
	return BoxInt(Int(phash2(t) % uint64(n)))
}

func phash2(t Term) uint64 { return uint64(Phash2(t)) }

func init() {
	registerModule("erlang", true, []Func{
		Export("float_to_list", 1, ErlangFloatToList1),
		Export("float_to_binary", 1, ErlangFloatToBinary1),
		Export("float_to_list", 2, ErlangFloatToList2),
		Export("float_to_binary", 2, ErlangFloatToBinary2),
		Export("phash2", 1, ErlangPhash21), Export("phash2", 2, ErlangPhash22),
	})
}
