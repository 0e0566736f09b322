package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
)

// Loops that build a binary. A function that tail-calls itself with its
// accumulator extended, and reads it nowhere else on the way round,
//
//	build(0, Acc) -> Acc;
//	build(N, Acc) -> build(N - 1, <<Acc/bits, (N band 7):3>>).
//
// carries the accumulator as a builder (rt.BitsAcc) and makes it a term
// again only where it is read:
//
//	var acc2 rt.BitsAcc
//	for {
//		...
//		return acc2.Value(&Acc)              // build(0, Acc) -> Acc
//		...
//		b1 := acc2.Append(p, Acc, 1)         // <<Acc/bits, ...>>
//		b1.PutInt(rt.Band(N, rt.BoxInt(7)), 3, 0)
//		N = rt.SubInt(N, 1)
//		continue
//
// Byte-aligned accumulators are extended in place anyway (rt/bits.go);
// this saves them a header and a claim per step, and saves bitstrings a
// copy per step. The parameter must have the same name in every clause
// (so it is the Go parameter itself), and in a clause that appends, Acc
// must appear only in its pattern, at the head of the appends and as
// itself in tail calls that pass it on.

// bitAcc is a parameter carried as a builder.
type bitAcc struct {
	param string // the Go parameter, also the Erlang variable's Go name
	acc   string // the rt.BitsAcc variable
}

// findAccs adds to l (made if nil) the parameters of a self-recursive
// function that can be carried as builders.
func findAccs(l *bitLoop, fa core.FA, cs []*ast.Clause, params []string) *bitLoop {
	for i, param := range params {
		appends, passes, ok := accAppends(fa, cs, i, param)
		if !ok || len(appends) == 0 {
			continue
		}
		if l == nil {
			l = &bitLoop{params: map[string]*bitParam{}, index: map[int]*bitParam{},
				straight: map[*ast.Var]bool{}, rests: map[string]string{}}
		}
		if l.accs == nil {
			l.accs, l.appends, l.passes = map[string]*bitAcc{}, map[*ast.Bin]*bitAcc{}, map[*ast.Var]bool{}
		}
		a := &bitAcc{param: param, acc: fmt.Sprintf("acc%d", i+1)}
		l.accs[param] = a
		for _, b := range appends {
			l.appends[b] = a
		}
		for _, v := range passes {
			l.passes[v] = true
		}
	}
	return l
}

// accAppends returns the binaries <<Acc/binary, ...>> that the tail calls
// pass as argument i, if parameter i can be carried as a builder: every
// tail call passes such an append or Acc itself.
func accAppends(fa core.FA, cs []*ast.Clause, i int, param string) (out []*ast.Bin, passes []*ast.Var, ok bool) {
	for _, c := range cs {
		v, isVar := c.Patterns[i].(*ast.Var)
		if !isVar || varName(v.Name) != param {
			return nil, nil, false
		}
		ok, n := true, 0
		// Not through maybe: the generator makes only the tail calls of case,
		// if, receive and blocks loop jumps, so an append marked here is
		// always emitted as a tail call's argument; a call left out counts
		// as another use of the accumulator.
		core.TailCallsOutsideMaybe(c.Body, func(call *ast.Call, to core.FA) {
			if to != fa {
				return
			}
			n++
			if same, isVar := call.Args[i].(*ast.Var); isVar && same.Name == v.Name {
				passes = append(passes, same) // passed on as it is
				return
			}
			b, isBin := call.Args[i].(*ast.Bin)
			if !isBin || len(b.Elems) == 0 || !isAccHead(b.Elems[0], v.Name) {
				ok = false
				return
			}
			out = append(out, b)
		})
		if !ok || n > 0 && occurrences(c, v.Name) != 1+n {
			return nil, nil, false
		}
	}
	return out, passes, true
}

// isAccHead reports whether el is Acc/binary or Acc/bits, whole.
func isAccHead(el *ast.BinElement, name string) bool {
	v, ok := el.Value.(*ast.Var)
	return ok && v.Name == name && isRestSegment(el)
}

// accAppend emits the appending of a tail call's <<Acc/binary, ...>> to
// the carried builder and returns the parameter itself, which the tail
// call then leaves as it is; nil if e is not such an append.
func (f *fnGen) accAppend(e *ast.Bin) jen.Code {
	if f.tail == nil || f.tail.bits == nil || f.tail.bits.appends[e] == nil {
		return nil
	}
	a := f.tail.bits.appends[e]
	elems := f.hoistSegments(e.Elems[1:]) // values first, as BEAM (bits_run.go)
	b := f.temp("b")
	f.line(e)
	f.emit(jen.Id(b).Op(":=").Id(a.acc).Dot("Append").Call(jen.Id("p"), jen.Id(a.param), jen.Lit(segmentOf(e.Elems[0]).unit)))
	off := -1 // Acc/bits: the position is not known
	if segmentOf(e.Elems[0]).unit%8 == 0 {
		off = 0
	}
	f.putSegments(b, elems, off)
	return jen.Id(a.param)
}

// accValue is the term a read of a carried accumulator gets, acc2.Value(&Acc),
// or nil if v is not one.
func (f *fnGen) accValue(v *ast.Var) jen.Code {
	if f.tail == nil || f.tail.bits == nil || f.tail.bits.accs == nil {
		return nil
	}
	a := f.tail.bits.accs[varName(v.Name)]
	if g, ok := f.scope.lookup(v.Name); a == nil || !ok || g != a.param {
		return nil
	}
	if f.tail.bits.passes[v] {
		return jen.Id(a.param) // a tail call passes it on: it stays a builder
	}
	return jen.Id(a.acc).Dot("Value").Call(jen.Op("&").Id(a.param))
}
