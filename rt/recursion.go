package rt

import (
	"reflect"
	"runtime"
)

// Body recursion turned into a loop.
//
// A function whose clauses end in [H | f(T)] (a call to itself under list
// cells, as naive append, map-like copies and filters are written) is
// translated to a loop that appends H to a ListBuilder and goes round
// again with T, instead of a Go call per element that waits to make its
// cell: no stack grows, and returning a million frames, each a mispredicted
// return, is gone. What is lost are the frames the recursion would have
// left for a stack trace. BEAM's trace lists the return addresses on the
// stack with consecutive repeats dropped, so those frames reduce to the
// sequence of recursive call sites the loop went through, with runs of one
// site kept once: Recursion records it, and Unwind puts it on an exception
// that leaves the loop. The generator makes such a loop only when its body
// calls no Erlang function but itself (BIFs that call nothing back are
// fine), so an exception is always raised in the loop's own frame and
// nothing can catch it before Unwind has seen it.

// Recursion is the record of the recursive call sites a loop went through,
// one site in each 4 bits, the latest lowest, a run of one site kept once.
// Sites are numbered from 1; 0 means no recursion yet.
type Recursion struct {
	sites uint64
}

// Enter records one more level of recursion through call site site (1..15).
func (r *Recursion) Enter(site uint64) {
	if r.sites&15 != site {
		r.sites = r.sites<<4 | site
	}
}

// Unwind is deferred by the loop's function fn; lines[i] is the source
// line of call site i+1. When an exception leaves fn after some recursion,
// it adds the frames BEAM would show below fn's own.
//
//	var rec rt.Recursion
//	defer rec.Unwind(m_app_2, 4)
func (r *Recursion) Unwind(fn any, lines ...int) {
	if r.sites == 0 {
		return
	}
	x := recover()
	if x == nil {
		return
	}
	if e, ok := x.(*Exception); ok && e.stack == nil && e.rec == nil {
		e.rec = &recFrames{
			fn:    runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name(),
			sites: r.sites,
			lines: append([]int(nil), lines...),
		}
	}
	panic(x)
}

// recFrames is Unwind's note on an exception: the Go function of the loop
// and the call sites it recursed through.
type recFrames struct {
	fn    string
	sites uint64
	lines []int
}

// frames returns the stack entries that stand for the recursion, latest
// first: mod:fun/arity at each site's line in file.
func (r *recFrames) frames(f mfa, file string, max int) []Term {
	var out []Term
	for s := r.sites; s != 0 && len(out) < max; s >>= 4 {
		loc := List(NewTuple(atomFile, Str(file)), NewTuple(atomLine, BoxInt(Int(r.lines[s&15-1]))))
		out = append(out, NewTuple(f.mod, f.fun, BoxInt(Int(f.arity)), loc))
	}
	return out
}
