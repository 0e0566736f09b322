package rt

// The queue module, with OTP's representation {RearList, FrontList}: the
// front list holds the oldest items first, the rear list the newest first.
// Every function rebalances exactly as OTP's does (r2f, f2r: half of one
// list moves to the other when one side runs dry), so a queue prints the
// same as on BEAM. The _r functions are their forward twins applied to the
// queue with its two lists swapped, which is how OTP's are written too.

var (
	atomQueue = Intern("queue")
	atomEmpty = Intern("empty")
)

func queueError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	e.head = NewTuple(atomQueue, Intern(fun), List(args...), Nil{})
	panic(e)
}

// qv is a queue taken apart: r is the rear list, f the front list.
type qv struct{ r, f []Term }

func (q qv) swap() qv      { return qv{q.f, q.r} }
func (q qv) empty() bool   { return len(q.r) == 0 && len(q.f) == 0 }
func (q qv) term() Term    { return NewTuple(List(q.r...), List(q.f...)) }
func newQv(r, f []Term) qv { return qv{r, f} }
func qRev(xs []Term) []Term {
	ys := make([]Term, len(xs))
	for i, x := range xs {
		ys[len(xs)-1-i] = x
	}
	return ys
}

// qParts takes queue t apart or raises badarg from queue:fun(args).
func qParts(t Term, fun string, args ...Term) qv {
	if tp, ok := t.(*Tuple); ok && len(tp.Elems) == 2 {
		r, ok1 := ListToSlice(tp.Elems[0])
		f, ok2 := ListToSlice(tp.Elems[1])
		if ok1 && ok2 {
			return qv{r, f}
		}
	}
	queueError(AtomBadarg, fun, args...)
	return qv{}
}

// r2f makes a queue of rear list r: the newer half stays at the rear, the
// older half becomes the front.
func r2f(r []Term) qv {
	switch len(r) {
	case 0:
		return qv{}
	case 1:
		return qv{nil, r}
	case 2:
		return qv{r[:1], r[1:]}
	}
	n := len(r) / 2
	return qv{r[:n], qRev(r[n:])}
}

// f2r is r2f for a front list.
func f2r(f []Term) qv { return r2f(f).swap() }

// qOut removes the front item; ok is false for an empty queue.
func qOut(q qv) (v Term, rest qv, ok bool) {
	switch {
	case q.empty():
		return nil, q, false
	case len(q.f) == 0 && len(q.r) == 1:
		return q.r[0], qv{}, true
	case len(q.f) == 0:
		in := qRev(q.r[1:])
		return in[0], qv{q.r[:1], in[1:]}, true
	case len(q.f) == 1:
		return q.f[0], r2f(q.r), true
	}
	return q.f[0], qv{q.r, q.f[1:]}, true
}

// qFront is the front item of a non-empty queue.
func qFront(q qv) Term {
	if len(q.f) > 0 {
		return q.f[0]
	}
	return q.r[len(q.r)-1]
}

// QueueNew0 is queue:new().
func QueueNew0(p *Process) Term { return NewTuple(Nil{}, Nil{}) }

// QueueIsQueue1 is queue:is_queue(Term).
func QueueIsQueue1(p *Process, t Term) Term {
	tp, ok := t.(*Tuple)
	return Bool(ok && len(tp.Elems) == 2 && IsList(tp.Elems[0]) && IsList(tp.Elems[1]))
}

// QueueIsEmpty1 is queue:is_empty(Q).
func QueueIsEmpty1(p *Process, q Term) Term { return Bool(qParts(q, "is_empty", q).empty()) }

// QueueLen1 is queue:len(Q).
func QueueLen1(p *Process, q Term) Term {
	v := qParts(q, "len", q)
	return BoxInt(Int(len(v.r) + len(v.f)))
}

// QueueToList1 is queue:to_list(Q).
func QueueToList1(p *Process, q Term) Term {
	v := qParts(q, "to_list", q)
	return List(append(v.f, qRev(v.r)...)...)
}

// QueueFromList1 is queue:from_list(L).
func QueueFromList1(p *Process, l Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return queueError(AtomBadarg, "from_list", l)
	}
	return f2r(xs).term()
}

// QueueMember2 is queue:member(Item, Q).
func QueueMember2(p *Process, x, q Term) Term {
	v := qParts(q, "member", x, q)
	return Bool(termIn(v.r, x) || termIn(v.f, x))
}

// QueueIn2 is queue:in(Item, Q): Item at the rear.
func QueueIn2(p *Process, x, q Term) Term { return qIn(x, qParts(q, "in", x, q)).term() }

// QueueInR2 is queue:in_r(Item, Q): Item at the front.
func QueueInR2(p *Process, x, q Term) Term {
	return qIn(x, qParts(q, "in_r", x, q).swap()).swap().term()
}

func qIn(x Term, q qv) qv {
	if len(q.r) == 1 && len(q.f) == 0 {
		return qv{[]Term{x}, q.r}
	}
	return qv{append([]Term{x}, q.r...), q.f}
}

// QueueOut1 is queue:out(Q): {{value, Item}, Q1} or {empty, Q}.
func QueueOut1(p *Process, q Term) Term { return qOutTerm(q, qParts(q, "out", q), false) }

// QueueOutR1 is queue:out_r(Q).
func QueueOutR1(p *Process, q Term) Term { return qOutTerm(q, qParts(q, "out_r", q).swap(), true) }

func qOutTerm(q Term, v qv, swapped bool) Term {
	x, rest, ok := qOut(v)
	if !ok {
		return NewTuple(atomEmpty, q)
	}
	if swapped {
		rest = rest.swap()
	}
	return NewTuple(NewTuple(atomValue, x), rest.term())
}

// QueueGet1 is queue:get(Q): the front item; error empty if none.
func QueueGet1(p *Process, q Term) Term { return qGet(q, qParts(q, "get", q), "get") }

// QueueGetR1 is queue:get_r(Q): the rear item.
func QueueGetR1(p *Process, q Term) Term { return qGet(q, qParts(q, "get_r", q).swap(), "get_r") }

func qGet(q Term, v qv, fun string) Term {
	if v.empty() {
		return queueError(atomEmpty, fun, q)
	}
	return qFront(v)
}

// QueuePeek1 is queue:peek(Q): {value, Item} or empty.
func QueuePeek1(p *Process, q Term) Term { return qPeek(qParts(q, "peek", q)) }

// QueuePeekR1 is queue:peek_r(Q).
func QueuePeekR1(p *Process, q Term) Term { return qPeek(qParts(q, "peek_r", q).swap()) }

func qPeek(v qv) Term {
	if v.empty() {
		return atomEmpty
	}
	return NewTuple(atomValue, qFront(v))
}

// QueueDrop1 is queue:drop(Q): Q without its front item.
func QueueDrop1(p *Process, q Term) Term { return qDrop(q, qParts(q, "drop", q), "drop", false) }

// QueueDropR1 is queue:drop_r(Q): Q without its rear item.
func QueueDropR1(p *Process, q Term) Term {
	return qDrop(q, qParts(q, "drop_r", q).swap(), "drop_r", true)
}

func qDrop(q Term, v qv, fun string, swapped bool) Term {
	_, rest, ok := qOut(v)
	if !ok {
		return queueError(atomEmpty, fun, q)
	}
	if swapped {
		rest = rest.swap()
	}
	return rest.term()
}

// QueueReverse1 is queue:reverse(Q).
func QueueReverse1(p *Process, q Term) Term { return qParts(q, "reverse", q).swap().term() }

// QueueJoin2 is queue:join(Q1, Q2).
func QueueJoin2(p *Process, q1, q2 Term) Term {
	a, b := qParts(q1, "join", q1, q2), qParts(q2, "join", q1, q2)
	switch {
	case b.empty():
		return q1
	case a.empty():
		return q2
	}
	f := append(append(append([]Term{}, a.f...), qRev(a.r)...), b.f...)
	return qv{b.r, f}.term()
}

// QueueSplit2 is queue:split(N, Q): the first N items and the rest.
func QueueSplit2(p *Process, n, q Term) Term {
	v := qParts(q, "split", n, q)
	k, ok := IntOf(n)
	if !ok || k < 0 || int(k) > len(v.r)+len(v.f) {
		return queueError(AtomBadarg, "split", n, q)
	}
	if k == 0 {
		return NewTuple(QueueNew0(p), q)
	}
	a, b := qSplit(int(k), v)
	return NewTuple(a.term(), b.term())
}

// qSplit splits v after n items (0 < n < length) as OTP does.
func qSplit(n int, v qv) (qv, qv) {
	lf := len(v.f)
	switch {
	case n < lf:
		return qv{qRev(v.f[1:n]), v.f[:1]}, qv{v.r, v.f[n:]}
	case n > lf:
		m := len(v.r) - (n - lf)
		if m == 0 {
			return v, qv{}
		}
		return qv{v.r[m:], v.f}, qv{v.r[:1], qRev(v.r[1:m])}
	}
	return f2r(v.f), r2f(v.r)
}

// QueueFilter2 is queue:filter(Fun, Q): Fun returns true, false or a
// list of items to put in the item's place.
func QueueFilter2(p *Process, fn, q Term) Term {
	v := qFunParts(fn, 1, q, "filter")
	f := qFilterF(p, fn, v.f)
	var r []Term
	for i := len(v.r) - 1; i >= 0; i-- {
		r = append(qRev(qFilterOne(p, fn, v.r[i])), r...)
	}
	return qRebuild(r, f)
}

func qFilterF(p *Process, fn Term, xs []Term) []Term {
	var out []Term
	for _, x := range xs {
		out = append(out, qFilterOne(p, fn, x)...)
	}
	return out
}

func qFilterOne(p *Process, fn, x Term) []Term {
	switch r := CallFun1(p, fn, x); r {
	case True:
		return []Term{x}
	case False:
		return nil
	default:
		if ys, ok := ListToSlice(r); ok {
			return ys
		}
		return []Term{CaseClause(r)}
	}
}

// qRebuild is OTP's ending of filter and filtermap.
func qRebuild(r, f []Term) Term {
	switch {
	case len(r) == 0:
		return f2r(f).term()
	case len(f) == 0:
		return r2f(r).term()
	}
	return qv{r, f}.term()
}

func qFunParts(fn Term, arity int, q Term, name string, extra ...Term) qv {
	args := append(append([]Term{fn}, extra...), q)
	if f, ok := fn.(*Fun); !ok || f.Arity != arity {
		queueError(AtomBadarg, name, args...)
	}
	return qParts(q, name, args...)
}

// QueueFiltermap2 is queue:filtermap(Fun, Q).
func QueueFiltermap2(p *Process, fn, q Term) Term {
	v := qFunParts(fn, 1, q, "filtermap")
	var f []Term
	for _, x := range v.f {
		f = append(f, qFiltermapOne(p, fn, x)...)
	}
	var r []Term
	for i := len(v.r) - 1; i >= 0; i-- {
		r = append(qFiltermapOne(p, fn, v.r[i]), r...)
	}
	return qRebuild(r, f)
}

func qFiltermapOne(p *Process, fn, x Term) []Term {
	r := CallFun1(p, fn, x)
	switch {
	case r == True:
		return []Term{x}
	case r == False:
		return nil
	}
	if t, ok := r.(*Tuple); ok && len(t.Elems) == 2 && t.Elems[0] == True {
		return []Term{t.Elems[1]}
	}
	return []Term{CaseClause(r)}
}

// QueueFold3 is queue:fold(Fun, Acc, Q), front to rear.
func QueueFold3(p *Process, fn, acc, q Term) Term {
	v := qFunParts(fn, 2, q, "fold", acc)
	for _, x := range append(v.f, qRev(v.r)...) {
		acc = CallFun2(p, fn, x, acc)
	}
	return acc
}

// QueueAny2 is queue:any(Pred, Q).
func QueueAny2(p *Process, fn, q Term) Term {
	v := qFunParts(fn, 1, q, "any")
	return ListsAny2(p, fn, List(append(v.f, v.r...)...))
}

// QueueAll2 is queue:all(Pred, Q).
func QueueAll2(p *Process, fn, q Term) Term {
	v := qFunParts(fn, 1, q, "all")
	return ListsAll2(p, fn, List(append(v.f, v.r...)...))
}

// QueueDelete2 is queue:delete(Item, Q): the first Item (=:=) removed.
func QueueDelete2(p *Process, x, q Term) Term {
	v := qParts(q, "delete", x, q)
	return qDelete(q, v, func(y Term) bool { return ExactEqual(x, y) }, false)
}

// QueueDeleteR2 is queue:delete_r(Item, Q): the last Item removed.
func QueueDeleteR2(p *Process, x, q Term) Term {
	v := qParts(q, "delete_r", x, q).swap()
	return qDelete(q, v, func(y Term) bool { return ExactEqual(x, y) }, true)
}

// QueueDeleteWith2 is queue:delete_with(Pred, Q).
func QueueDeleteWith2(p *Process, fn, q Term) Term {
	return qDelete(q, qFunParts(fn, 1, q, "delete_with"), qPred(p, fn), false)
}

// QueueDeleteWithR2 is queue:delete_with_r(Pred, Q).
func QueueDeleteWithR2(p *Process, fn, q Term) Term {
	return qDelete(q, qFunParts(fn, 1, q, "delete_with_r").swap(), qPred(p, fn), true)
}

func qPred(p *Process, fn Term) func(Term) bool {
	return func(x Term) bool { return callPred(p, fn, x) }
}

// qDelete removes the first item of the front list that match accepts,
// or failing that the last one of the rear list, as OTP's delete does.
func qDelete(q Term, v qv, match func(Term) bool, swapped bool) Term {
	out := func(w qv) Term {
		if swapped {
			w = w.swap()
		}
		return w.term()
	}
	for i, x := range v.f {
		if match(x) {
			if len(v.f) == 1 {
				return out(r2f(v.r))
			}
			return out(qv{v.r, qRemove(v.f, i)})
		}
	}
	for i := len(v.r) - 1; i >= 0; i-- {
		if match(v.r[i]) {
			if len(v.r) == 1 {
				return out(f2r(v.f))
			}
			return out(qv{qRemove(v.r, i), v.f})
		}
	}
	return q
}

func qRemove(xs []Term, i int) []Term {
	return append(append([]Term{}, xs[:i]...), xs[i+1:]...)
}

// QueueCons2 is queue:cons(Item, Q), the Okasaki name of in_r.
func QueueCons2(p *Process, x, q Term) Term { return QueueInR2(p, x, q) }

// QueueHead1 is queue:head(Q).
func QueueHead1(p *Process, q Term) Term { return qGet(q, qParts(q, "head", q), "head") }

// QueueTail1 is queue:tail(Q).
func QueueTail1(p *Process, q Term) Term { return QueueDrop1(p, q) }

// QueueSnoc2 is queue:snoc(Q, Item).
func QueueSnoc2(p *Process, q, x Term) Term { return QueueIn2(p, x, q) }

// QueueLast1 is queue:last(Q) (also daeh).
func QueueLast1(p *Process, q Term) Term { return QueueGetR1(p, q) }

// QueueLiat1 is queue:liat(Q) (also init and lait).
func QueueLiat1(p *Process, q Term) Term { return QueueDropR1(p, q) }

func init() {
	RegisterModule("queue",
		Export("new", 0, QueueNew0),
		Export("is_queue", 1, QueueIsQueue1),
		Export("is_empty", 1, QueueIsEmpty1),
		Export("len", 1, QueueLen1),
		Export("to_list", 1, QueueToList1),
		Export("from_list", 1, QueueFromList1),
		Export("member", 2, QueueMember2),
		Export("in", 2, QueueIn2),
		Export("in_r", 2, QueueInR2),
		Export("out", 1, QueueOut1),
		Export("out_r", 1, QueueOutR1),
		Export("get", 1, QueueGet1),
		Export("get_r", 1, QueueGetR1),
		Export("peek", 1, QueuePeek1),
		Export("peek_r", 1, QueuePeekR1),
		Export("drop", 1, QueueDrop1),
		Export("drop_r", 1, QueueDropR1),
		Export("reverse", 1, QueueReverse1),
		Export("join", 2, QueueJoin2),
		Export("split", 2, QueueSplit2),
		Export("filter", 2, QueueFilter2),
		Export("filtermap", 2, QueueFiltermap2),
		Export("fold", 3, QueueFold3),
		Export("any", 2, QueueAny2),
		Export("all", 2, QueueAll2),
		Export("delete", 2, QueueDelete2),
		Export("delete_r", 2, QueueDeleteR2),
		Export("delete_with", 2, QueueDeleteWith2),
		Export("delete_with_r", 2, QueueDeleteWithR2),
		Export("cons", 2, QueueCons2),
		Export("head", 1, QueueHead1),
		Export("tail", 1, QueueTail1),
		Export("snoc", 2, QueueSnoc2),
		Export("daeh", 1, QueueLast1),
		Export("last", 1, QueueLast1),
		Export("liat", 1, QueueLiat1),
		Export("init", 1, QueueLiat1),
		Export("lait", 1, QueueLiat1),
	)
}
