package rt

// Handing a table over: ets:give_away/3 and the heir option. A table
// belongs to one process; its exit hook (ownerExit, registered on each
// owner in turn) drops the table or hands it to the heir. The new owner
// gets {'ETS-TRANSFER', Tab, FromPid, Data}.

var (
	atomHeir        = Intern("heir")
	atomETSTransfer = Intern("ETS-TRANSFER")
)

// heirOption applies {heir, Pid, HeirData} or {heir, none}; false for any
// other option.
func (t *etsTable) heirOption(o Term) bool {
	if x, ok := TupleArity(o, 2); ok && x.Elems[0] == Term(atomHeir) && x.Elems[1] == Term(atomNone) {
		t.heir, t.heirArg = Pid{}, nil
		return true
	}
	x, ok := TupleArity(o, 3)
	if !ok || x.Elems[0] != Term(atomHeir) {
		return false
	}
	pid, ok := x.Elems[1].(Pid)
	if !ok {
		return false
	}
	t.heir, t.heirArg = pid, x.Elems[2]
	return true
}

// ownerExit is the table's hook on its owner q: unless the table has been
// given away meanwhile, it goes to a live heir that is not q, or is
// dropped.
func (t *etsTable) ownerExit(q *Process, _ Term) {
	t.mu.Lock()
	if t.deleted || t.owner != q.self {
		t.mu.Unlock()
		return
	}
	heir, data := t.heir, t.heirArg
	if heir != (Pid{}) && heir != q.self && t.handTo(heir) {
		t.mu.Unlock()
		Send(q, heir, NewTuple(atomETSTransfer, t.id, q.self, data))
		return
	}
	t.mu.Unlock()
	dropTable(t)
}

// handTo makes pid the owner if it is a live process, with the table's
// exit hook on it; t.mu is held.
func (t *etsTable) handTo(pid Pid) bool {
	q := pid.process()
	if q == nil {
		return false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.dead {
		return false
	}
	if q.onExit == nil {
		q.onExit = new([]func(p *Process, reason Term))
	}
	*q.onExit = append(*q.onExit, t.ownerExit)
	t.owner = pid
	return true
}

// EtsGiveAway3 is ets:give_away(Tab, Pid, GiftData): Pid, a live process
// other than the owner, owns the table from now on and is told so.
func EtsGiveAway3(p *Process, tab, to, gift Term) Term {
	pid, ok := to.(Pid)
	if !ok || pid.process() == nil {
		return etsBadarg("", "give_away", tab, to, gift)
	}
	t := table(p, tab, true, "give_away", tab, to, gift)
	t.mu.Lock()
	switch {
	case t.owner != p.self:
		t.mu.Unlock()
		return etsBadarg("not_owner", "give_away", tab, to, gift)
	case pid == p.self:
		t.mu.Unlock()
		return etsBadarg("owner", "give_away", tab, to, gift)
	case !t.handTo(pid):
		t.mu.Unlock()
		return etsBadarg("", "give_away", tab, to, gift)
	}
	t.mu.Unlock()
	Send(p, pid, NewTuple(atomETSTransfer, t.id, p.self, gift))
	return True
}

// EtsSetopts2 is ets:setopts(Tab, Opts): {heir, Pid, HeirData}, {heir,
// none} or {protection, P}, or a list of them; only the owner may.
func EtsSetopts2(p *Process, tab, opts Term) Term {
	t := table(p, tab, true, "setopts", tab, opts)
	list, isList := ListToSlice(opts)
	if !isList {
		list = []Term{opts}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.owner != p.self {
		return etsBadarg("not_owner", "setopts", tab, opts)
	}
	nt := &etsTable{heir: t.heir, heirArg: t.heirArg, access: t.access} // the options apply all or none
	for _, o := range list {
		if x, ok := TupleArity(o, 2); ok && x.Elems[0] == Term(Intern("protection")) {
			switch x.Elems[1] {
			case Term(atomPublic), Term(atomProtected), Term(atomPrivate):
				nt.access = x.Elems[1].(Atom)
				continue
			}
		}
		if !nt.heirOption(o) {
			return etsBadarg("", "setopts", tab, opts)
		}
	}
	t.heir, t.heirArg, t.access = nt.heir, nt.heirArg, nt.access
	return True
}

func init() {
	registerModule("ets", true, []Func{
		Export("give_away", 3, EtsGiveAway3), Export("setopts", 2, EtsSetopts2),
	})
}
