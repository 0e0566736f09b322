package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/erl2go/erl2go/translate/ast"
)

// Receive. The clauses are tried on each message in arrival order; the
// first message that some clause matches is taken out of the mailbox and
// that clause's body runs. The loop over the mailbox is written with gotos
// rather than a Go for loop so that the clause bodies can sit inside it and
// still use continue for the function's own tail-call loop:
//
//	msg1 := p.RecvStart(rt.BoxInt(100)) // nil: no after; rt.BoxInt(0): after 0
//	recv1:
//	if msg1 == nil { // the timeout passed
//		...after body...
//		goto recv1_end
//	}
//	{
//		...match clause 1 on msg1.Term(), goto recv1_c2 on failure...
//		p.RecvTake(msg1)
//		...body 1...
//		goto recv1_end
//	}
//	recv1_c2:
//	{
//		...clause 2, goto recv1_next on failure...
//	}
//	recv1_next:
//	msg1 = p.RecvNext(msg1)
//	goto recv1
//	recv1_end:
//
// Between RecvStart and RecvTake only matching runs (patterns and guards),
// as the runtime requires: the cursor lives in the process. A clause that
// cannot fail ends the list, and the receive then takes the first message.

// receiveExpr emits e with its value delivered to d.
func (f *fnGen) receiveExpr(e *ast.Receive, d dest) {
	f.line(e)
	if len(e.Clauses) == 0 {
		f.afterOnly(e, d)
		return
	}
	after := f.timeout(e)
	f.predeclare(e)
	n := f.temps["recv"] + 1
	f.temps["recv"] = n
	r := recvLabels(fmt.Sprintf("%srecv%d", f.labelPrefix, n))
	msg := f.temp("msg")
	idle := f.idle != nil && f.idle.recvs[e] // suspend.go
	switch {
	case idle && after != nil:
		f.baseUsed = true
		f.emit(jen.Id(msg).Op(":=").Id("p").Dot("RecvStartIdleAfter").Call(jen.Id(f.base), after))
	case idle:
		f.baseUsed = true
		f.emit(jen.Id(msg).Op(":=").Id("p").Dot("RecvStartIdle").Call(jen.Id(f.base)))
	default:
		f.emit(jen.Id(msg).Op(":=").Add(f.recvStart(e, after)))
	}
	// The clauses first, so that we know whether the loop label is used.
	var stmts []jen.Code
	if idle {
		stmts = append(stmts, f.idleWait(msg, after != nil))
	}
	if after != nil {
		stmts = append(stmts, jen.If(jen.Id(msg).Op("==").Nil()).Block(f.block(func() {
			f.line(e)
			f.body(e.After, d)
			f.leave(d, r.end())
		})...))
	}
	stmts = append(stmts, f.recvClauses(e, msg, r, d, idle, after != nil)...)
	if f.used[r.top()] {
		f.emit(jen.Id(r.top()).Op(":"))
	}
	f.emit(stmts...)
	if f.used[r.end()] {
		f.emit(jen.Id(r.end()).Op(":"))
	}
	f.settle(e)
}

// recvLabels names the labels of one receive.
type recvLabels string

func (r recvLabels) top() string         { return string(r) }
func (r recvLabels) clause(i int) string { return fmt.Sprintf("%s_c%d", r, i) }
func (r recvLabels) next() string        { return string(r) + "_next" }
func (r recvLabels) end() string         { return string(r) + "_end" }

// failTo is where clause i of n goes when it does not match.
func (r recvLabels) failTo(i, n int) string {
	if i == n-1 {
		return r.next()
	}
	return r.clause(i + 2)
}

// recvClauses emits the clauses, each in a block that jumps to the next
// clause when its pattern or guard fails, the last one to the statements
// that fetch the next message and loop.
func (f *fnGen) recvClauses(e *ast.Receive, msg string, r recvLabels, d dest, idle, timed bool) []jen.Code {
	var out []jen.Code
	for i, c := range e.Clauses {
		next := r.failTo(i, len(e.Clauses))
		stmts := f.block(func() {
			f.line(c)
			fail := func() jen.Code { return f.gotoLabel(next) }
			f.match(c.Patterns[0], jen.Id(msg).Dot("Term").Call(), fail)
			f.guards(c.Guards, fail)
			f.emit(jen.Id("p").Dot("RecvTake").Call(jen.Id(msg)))
			f.body(c.Body, d)
			f.leave(d, r.end())
		})
		if i > 0 && f.used[r.clause(i+1)] {
			out = append(out, jen.Id(r.clause(i+1)).Op(":"))
		}
		out = append(out, jen.Block(stmts...))
		if !f.used[next] {
			return out // this clause takes any message: later ones are dead
		}
	}
	next := jen.Id("p").Dot("RecvNext").Call(jen.Id(msg))
	switch {
	case idle && timed:
		next = jen.Id("p").Dot("RecvNextIdleAfter").Call(jen.Id(msg), jen.Id(f.base))
	case idle:
		next = jen.Id("p").Dot("RecvNextIdle").Call(jen.Id(msg), jen.Id(f.base))
	}
	return append(out,
		jen.Id(r.next()).Op(":"),
		jen.Id(msg).Op("=").Add(next),
		f.gotoLabel(r.top()))
}

// leave ends a clause body whose value went to a variable or nowhere: it
// jumps past the rest of the receive. In tail position the body returned.
//
//	goto recv1_end
func (f *fnGen) leave(d dest, end string) {
	if d.kind != toReturn {
		f.emit(f.gotoLabel(end))
	}
}

// timeout returns the Go value of the after expression, evaluated before
// the receive starts, or nil when the receive has no after section or
// waits forever (after infinity), which are the same to RecvStart.
func (f *fnGen) timeout(e *ast.Receive) jen.Code {
	if e.Timeout == nil {
		return nil
	}
	if a, ok := e.Timeout.(*ast.Atom); ok && a.Name == "infinity" {
		return nil
	}
	return f.expr(e.Timeout)
}

// recvStart begins the receive: at the receive marker of a reference that
// every clause matches (see marks.go), else at the oldest message.
//
//	p.RecvStart(rt.BoxInt(100))
//	p.RecvStartMarked(mark1, nil)
func (f *fnGen) recvStart(e *ast.Receive, after jen.Code) jen.Code {
	if after == nil {
		after = jen.Nil()
	}
	if mk := f.markFor(e); mk != "" {
		return jen.Id("p").Dot("RecvStartMarked").Call(jen.Id(mk), after)
	}
	return jen.Id("p").Dot("RecvStart").Call(after)
}

// afterOnly emits receive after T -> Body end, which waits T milliseconds
// and leaves every message queued:
//
//	p.Sleep(rt.BoxInt(100))
//	...Body...
func (f *fnGen) afterOnly(e *ast.Receive, d dest) {
	var t jen.Code = jen.Qual(RT, "AtomInfinity")
	if a, ok := e.Timeout.(*ast.Atom); !ok || a.Name != "infinity" {
		t = f.expr(e.Timeout)
	}
	f.emit(jen.Id("p").Dot("Sleep").Call(t))
	f.body(e.After, d)
}

// send emits Pid ! Msg, whose value is Msg:
//
//	rt.Send(p, Pid, Msg)
func (f *fnGen) send(e *ast.BinaryOp) jen.Code {
	return jen.Qual(RT, "Send").Call(jen.Id("p"), f.expr(e.Left), f.expr(e.Right))
}

// receiveBranches lists the ways out of a receive for variable analysis:
// its clauses and, when it has one, the after section (a clause without
// patterns), so that only a variable bound in all of them is bound after.
func receiveBranches(e *ast.Receive) []*ast.Clause {
	if e.Timeout == nil {
		return e.Clauses
	}
	return append(e.Clauses[:len(e.Clauses):len(e.Clauses)], &ast.Clause{Loc: e.Loc, Body: e.After})
}
