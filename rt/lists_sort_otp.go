package rt

import "slices"

// lists:sort/1 as OTP orders elements that compare equal (==) but differ
// (1 and 1.0, 0.0 and -0.0, {1} and {1.0}).
//
// A stable sort gives the same result as OTP's when no such pair exists,
// and rt uses one then. Otherwise the order of such elements is an
// artefact of OTP's algorithm, which this file follows: the list is cut
// into runs, all ascending or all descending depending on its first two
// elements (a run may take one element out of place, held aside in the
// run's tail), and the runs are merged three at a time, alternating
// between passes over lists kept ascending and passes over lists kept
// reversed. Each merge is stable in the direction of its pass, with the
// lists prioritized in the order the pass meets them, so the direction
// decides which of two equal elements comes first.

// otpSort1 sorts xs as lists:sort/1 does.
func otpSort1(xs []Term) []Term {
	le := func(a, b Term) bool { return Compare(a, b) <= 0 }
	if len(xs) < 2 {
		return xs
	}
	x, y, l := xs[0], xs[1], xs[2:]
	if le(x, y) {
		switch {
		case len(l) == 0:
			return xs
		case len(l) == 1 && le(y, l[0]):
			return xs
		case len(l) == 1 && le(x, l[0]):
			return []Term{x, l[0], y}
		case len(l) == 1:
			return []Term{l[0], x, y}
		case Compare(x, y) == 0:
			return otpSortEqualStart(y, l, []Term{x})
		}
		return otpSplit(x, y, l, nil, true)
	}
	switch {
	case len(l) == 0:
		return []Term{y, x}
	case len(l) == 1 && le(x, l[0]):
		return []Term{y, x, l[0]}
	case len(l) == 1 && le(y, l[0]):
		return []Term{y, l[0], x}
	case len(l) == 1:
		return []Term{l[0], y, x}
	}
	return otpSplit(x, y, l, nil, false)
}

// otpSortEqualStart is OTP's sort_1: a run of equal elements at the start,
// kept in r (most recent last), then the split of the rest.
func otpSortEqualStart(x Term, l, r []Term) []Term {
	for len(l) > 0 {
		y := l[0]
		switch c := Compare(x, y); {
		case c == 0:
			x, l, r = y, l[1:], append(r, x)
			continue
		case c < 0:
			return otpSplit(x, y, l[1:], r, true)
		}
		return otpSplit(x, y, l[1:], r, false)
	}
	return append(reversed(r), x)
}

// otpSplit is OTP's split_1 (ascending) or split_2 (descending): x and y
// are the last two elements of the current run, r the earlier ones (most
// recent last), held an element out of place. It returns the sorted list.
func otpSplit(x, y Term, l, r []Term, asc bool) []Term {
	// in tells whether z continues a run whose last element is y:
	// z >= y ascending, z =< y descending.
	in := func(z, y Term) bool {
		if asc {
			return Compare(z, y) >= 0
		}
		return Compare(z, y) <= 0
	}
	var runs [][]Term // Erlang lists, the newest run last
	var held Term     // split_1_1's S, or nil
	for ; len(l) > 0; l = l[1:] {
		z := l[0]
		switch {
		case in(z, y):
			x, y, r = y, z, append(r, x)
		case in(z, x):
			x, r = z, append(r, x)
		case held == nil && len(r) == 0:
			r = []Term{z}
		case held == nil:
			held = z
		default:
			// A new run starts with the held element and z in order:
			// OTP tests S =< Z ascending but S > Z descending.
			runs = append(runs, otpRun(y, x, r))
			c := Compare(held, z)
			if asc && c <= 0 || !asc && c > 0 {
				x, y = held, z
			} else {
				x, y = z, held
			}
			held, r = nil, nil
		}
	}
	runs = append(runs, otpRun(y, x, r))
	if held != nil {
		runs = append(runs, []Term{held})
	}
	slices.Reverse(runs)
	if asc {
		return otpMergeR(runs, nil)
	}
	return otpMerge(runs, nil)
}

// otpRun is the Erlang list [Y, X | R] of r kept most recent last.
func otpRun(y, x Term, r []Term) []Term {
	return append([]Term{y, x}, reversed(r)...)
}

// reversed is a reversed copy of xs; of an accumulator of runs (whose
// Erlang head rt keeps last) it is the Erlang list, head first.
func reversed[T any](xs []T) []T {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}

// otpMerge is OTP's mergel: runs (an Erlang list, head first) hold lists
// kept ascending; merges of three (two at the end) are kept reversed on
// acc (head last) for the next pass, otpMergeR.
func otpMerge(runs, acc [][]Term) []Term {
	for {
		switch l := runs; {
		case len(l) > 0 && len(l[0]) == 0:
			runs = l[1:]
		case len(l) >= 3 && len(l[1]) > 0 && len(l[2]) > 0:
			acc, runs = append(acc, reversed(stableMerge(l[0], l[1], l[2]))), l[3:]
		case len(l) == 2 && len(l[1]) > 0:
			return otpMergeR(append([][]Term{reversed(stableMerge(l[0], l[1]))}, reversed(acc)...), nil)
		case len(l) == 1 && len(acc) == 0:
			return l[0]
		case len(l) == 1:
			return otpMergeR(append([][]Term{reversed(l[0])}, reversed(acc)...), nil)
		case len(l) == 0 && len(acc) == 0:
			return nil
		case len(l) == 0:
			return otpMergeR(reversed(acc), nil)
		case len(l[1]) == 0:
			runs = append([][]Term{l[0]}, l[2:]...)
		default: // len(l[2]) == 0
			runs = append([][]Term{l[0], l[1]}, l[3:]...)
		}
	}
}

// otpMergeR is OTP's rmergel: the lists of runs are kept reversed
// (descending), and their merges ascending, for otpMerge.
func otpMergeR(runs, acc [][]Term) []Term {
	for {
		switch l := runs; {
		case len(l) >= 3:
			acc, runs = append(acc, stableMerge(reversed(l[2]), reversed(l[1]), reversed(l[0]))), l[3:]
		case len(l) == 2:
			return otpMerge(append([][]Term{stableMerge(reversed(l[1]), reversed(l[0]))}, reversed(acc)...), nil)
		case len(l) == 1:
			return otpMerge(append([][]Term{reversed(l[0])}, reversed(acc)...), nil)
		default:
			return otpMerge(reversed(acc), nil)
		}
	}
}

// stableMerge merges ascending lists; of equal elements, the one of the
// earlier list comes first.
func stableMerge(ls ...[]Term) []Term {
	n := 0
	for _, l := range ls {
		n += len(l)
	}
	out := make([]Term, 0, n)
	for len(out) < n {
		best := -1
		for i, l := range ls {
			if len(l) > 0 && (best < 0 || Compare(l[0], ls[best][0]) < 0) {
				best = i
			}
		}
		out, ls[best] = append(out, ls[best][0]), ls[best][1:]
	}
	return out
}
