package rt

import (
	"sort"
	"sync"
)

// ETS: tables of tuples shared between processes, each behind its own
// lock. Objects with the same key form a group (one object in a set, any
// number in a bag). set, bag and duplicate_bag keep groups in a slice with
// a hash index, so iteration follows insertion (BEAM's follows its hash:
// the order of tab2list on those types differs); ordered_set keeps them
// sorted by key in term order, and compares keys with == as BEAM does.
// A table is deleted when its owner exits.

type etsGroup struct {
	key  Term
	objs []Term
}

type etsTable struct {
	mu      sync.RWMutex
	id      Term // the reference, or the name of a named table
	name    Atom
	kind    Atom // set, ordered_set, bag, duplicate_bag
	keypos  int  // from 1
	named   bool
	owner   Pid
	heir    Pid  // who inherits the table when its owner exits; the zero Pid: none
	heirArg Term // the heir's HeirData
	access  Atom
	groups  []*etsGroup
	index   map[uint64][]int // hash of key -> positions in groups (not ordered_set)
	deleted bool
}

var (
	atomSet          = Intern("set")
	atomOrderedSet   = Intern("ordered_set")
	atomBag          = Intern("bag")
	atomDuplicateBag = Intern("duplicate_bag")
	atomNamedTable   = Intern("named_table")
	atomKeypos       = Intern("keypos")
	atomPublic       = Intern("public")
	atomProtected    = Intern("protected")
	atomPrivate      = Intern("private")
	atomEts          = Intern("ets")
)

// etsTables maps table ids (refs and names) to tables.
var etsTables = struct {
	sync.RWMutex
	byID map[Term]*etsTable
}{byID: map[Term]*etsTable{}}

// etsBadarg raises badarg from ets:Fun(Args) with OTP's error_info cause
// ("" for none).
func etsBadarg(cause string, fun string, args ...Term) Term {
	e := NewException(AtomError, AtomBadarg)
	info := NewMap(atomModule, Intern("erl_stdlib_errors"))
	if cause != "" {
		info = info.Put(Intern("cause"), Intern(cause))
	}
	e.head = NewTuple(atomEts, Intern(fun), List(args...), List(NewTuple(atomErrorInfo, info)))
	panic(e)
}

// table finds a live table that p may read (or write) or raises badarg
// from fun: cause id for no such table, access for a private table of
// another process or a write to a protected one.
func table(p *Process, id Term, write bool, fun string, args ...Term) *etsTable {
	etsTables.RLock()
	t := etsTables.byID[id]
	etsTables.RUnlock()
	if t == nil {
		etsBadarg("id", fun, args...)
	}
	if p.self != t.owner && (t.access == atomPrivate || write && t.access == atomProtected) {
		etsBadarg("access", fun, args...)
	}
	return t
}

func (t *etsTable) ordered() bool { return t.kind == atomOrderedSet }
func (t *etsTable) isBag() bool   { return t.kind == atomBag || t.kind == atomDuplicateBag }

// keyOf returns an object's key, or false if it is not a tuple long enough.
func (t *etsTable) keyOf(obj Term) (Term, bool) {
	x, ok := obj.(*Tuple)
	if !ok || len(x.Elems) < t.keypos {
		return nil, false
	}
	return x.Elems[t.keypos-1], true
}

// find returns the position of key's group; for ordered_set a missing key
// gives the position it would be inserted at, and found false.
func (t *etsTable) find(key Term) (int, bool) {
	if t.ordered() {
		i := sort.Search(len(t.groups), func(i int) bool { return Compare(t.groups[i].key, key) >= 0 })
		return i, i < len(t.groups) && Compare(t.groups[i].key, key) == 0
	}
	for _, i := range t.index[termHash(key)] {
		if ExactEqual(t.groups[i].key, key) {
			return i, true
		}
	}
	return -1, false
}

// put inserts one object: it replaces in a set, adds in a bag (once per
// equal object) or a duplicate_bag.
func (t *etsTable) put(obj Term, key Term) {
	i, found := t.find(key)
	if found {
		g := t.groups[i]
		switch t.kind {
		case atomBag:
			for _, o := range g.objs {
				if ExactEqual(o, obj) {
					return
				}
			}
			g.objs = append(g.objs, obj)
		case atomDuplicateBag:
			g.objs = append(g.objs, obj)
		default:
			g.objs[0] = obj
		}
		return
	}
	g := &etsGroup{key: key, objs: []Term{obj}}
	if t.ordered() {
		t.groups = append(t.groups, nil)
		copy(t.groups[i+1:], t.groups[i:])
		t.groups[i] = g
		return
	}
	h := termHash(key)
	t.index[h] = append(t.index[h], len(t.groups))
	t.groups = append(t.groups, g)
}

// removeAt removes the group at position i.
func (t *etsTable) removeAt(i int) {
	if t.ordered() {
		t.groups = append(t.groups[:i], t.groups[i+1:]...)
		return
	}
	g := t.groups[i]
	t.unindex(termHash(g.key), i)
	last := len(t.groups) - 1
	if i != last { // move the last group into the hole
		lg := t.groups[last]
		lh := termHash(lg.key)
		t.unindex(lh, last)
		t.groups[i] = lg
		t.index[lh] = append(t.index[lh], i)
	}
	t.groups[last] = nil
	t.groups = t.groups[:last]
}

func (t *etsTable) unindex(h uint64, i int) {
	pos := t.index[h]
	for j, x := range pos {
		if x == i {
			pos = append(pos[:j], pos[j+1:]...)
			break
		}
	}
	if len(pos) == 0 {
		delete(t.index, h)
	} else {
		t.index[h] = pos
	}
}

func (t *etsTable) size() int {
	n := 0
	for _, g := range t.groups {
		n += len(g.objs)
	}
	return n
}

// all lists every object in table order.
func (t *etsTable) all() []Term {
	out := make([]Term, 0, len(t.groups))
	for _, g := range t.groups {
		out = append(out, g.objs...)
	}
	return out
}

// EtsNew2 is ets:new(Name, Options).
func EtsNew2(p *Process, name, opts Term) Term {
	n, ok := name.(Atom)
	list, ok2 := ListToSlice(opts)
	if !ok || !ok2 {
		return etsBadarg("", "new", name, opts)
	}
	t := &etsTable{name: n, kind: atomSet, keypos: 1, owner: p.self, access: atomProtected, index: map[uint64][]int{}}
	for _, o := range list {
		if !t.option(o) {
			return etsBadarg("", "new", name, opts)
		}
	}
	t.id = MakeRef()
	if t.named {
		t.id = n
	}
	etsTables.Lock()
	if _, taken := etsTables.byID[t.id]; taken {
		etsTables.Unlock()
		return etsBadarg("already_exists", "new", name, opts)
	}
	etsTables.byID[t.id] = t
	etsTables.Unlock()
	p.OnExit(t.ownerExit)
	return t.id
}

// option applies one ets:new option.
func (t *etsTable) option(o Term) bool {
	switch o {
	case Term(atomSet), Term(atomOrderedSet), Term(atomBag), Term(atomDuplicateBag):
		t.kind = o.(Atom)
	case Term(atomNamedTable):
		t.named = true
	case Term(atomPublic), Term(atomProtected), Term(atomPrivate):
		t.access = o.(Atom)
	case Term(Intern("compressed")):
	default:
		if t.heirOption(o) {
			return true
		}
		x, ok := TupleArity(o, 2)
		if !ok {
			return false
		}
		if x.Elems[0] == Term(atomKeypos) {
			k, ok := IntOf(x.Elems[1])
			if !ok || k < 1 {
				return false
			}
			t.keypos = int(k)
		}
		// read_concurrency, write_concurrency, decentralized_counters: accepted
	}
	return true
}

func dropTable(t *etsTable) {
	etsTables.Lock()
	if etsTables.byID[t.id] == t {
		delete(etsTables.byID, t.id)
	}
	etsTables.Unlock()
	t.mu.Lock()
	t.deleted = true
	t.groups, t.index = nil, nil
	t.mu.Unlock()
}

// EtsDelete1 is ets:delete(Tab).
func EtsDelete1(p *Process, tab Term) Term {
	dropTable(table(p, tab, true, "delete", tab))
	return True
}

// EtsInsert2 is ets:insert(Tab, ObjectOrObjects).
func EtsInsert2(p *Process, tab, objs Term) Term {
	t := table(p, tab, true, "insert", tab, objs)
	list := t.objects(objs, "insert", tab)
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, o := range list {
		k, _ := t.keyOf(o)
		t.put(o, k)
	}
	return True
}

// objects reads one object or a list of them, raising badarg for anything
// that is not a tuple with the key position.
func (t *etsTable) objects(objs Term, fun string, tab Term) []Term {
	list := []Term{objs}
	if _, isTuple := objs.(*Tuple); !isTuple {
		var ok bool
		if list, ok = ListToSlice(objs); !ok {
			etsBadarg("", fun, tab, objs)
		}
	}
	for _, o := range list {
		if _, ok := t.keyOf(o); !ok {
			etsBadarg("", fun, tab, objs)
		}
	}
	return list
}

// EtsInsertNew2 is ets:insert_new(Tab, ObjectOrObjects): nothing is
// inserted if any key is present.
func EtsInsertNew2(p *Process, tab, objs Term) Term {
	t := table(p, tab, true, "insert_new", tab, objs)
	list := t.objects(objs, "insert_new", tab)
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, o := range list {
		k, _ := t.keyOf(o)
		if _, found := t.find(k); found {
			return False
		}
	}
	for _, o := range list {
		k, _ := t.keyOf(o)
		t.put(o, k)
	}
	return True
}

// EtsLookup2 is ets:lookup(Tab, Key).
func EtsLookup2(p *Process, tab, key Term) Term {
	t := table(p, tab, false, "lookup", tab, key)
	t.mu.RLock()
	defer t.mu.RUnlock()
	if i, found := t.find(key); found {
		return List(t.groups[i].objs...)
	}
	return Nil{}
}

// EtsLookupElement3 is ets:lookup_element(Tab, Key, Pos).
func EtsLookupElement3(p *Process, tab, key, pos Term) Term {
	t := table(p, tab, false, "lookup_element", tab, key, pos)
	n, ok := IntOf(pos)
	t.mu.RLock()
	defer t.mu.RUnlock()
	i, found := t.find(key)
	if !found {
		return etsBadarg("badkey", "lookup_element", tab, key, pos)
	}
	var out []Term
	for _, o := range t.groups[i].objs {
		x := o.(*Tuple)
		if !ok || n < 1 || int(n) > len(x.Elems) {
			return etsBadarg("", "lookup_element", tab, key, pos)
		}
		out = append(out, x.Elems[n-1])
	}
	if !t.isBag() {
		return out[0]
	}
	return List(out...)
}

// EtsMember2 is ets:member(Tab, Key).
func EtsMember2(p *Process, tab, key Term) Term {
	t := table(p, tab, false, "member", tab, key)
	t.mu.RLock()
	defer t.mu.RUnlock()
	_, found := t.find(key)
	return Bool(found)
}

// EtsDelete2 is ets:delete(Tab, Key).
func EtsDelete2(p *Process, tab, key Term) Term {
	t := table(p, tab, true, "delete", tab, key)
	t.mu.Lock()
	defer t.mu.Unlock()
	if i, found := t.find(key); found {
		t.removeAt(i)
	}
	return True
}

// EtsTake2 is ets:take(Tab, Key): lookup and delete.
func EtsTake2(p *Process, tab, key Term) Term {
	t := table(p, tab, true, "take", tab, key)
	t.mu.Lock()
	defer t.mu.Unlock()
	if i, found := t.find(key); found {
		objs := t.groups[i].objs
		t.removeAt(i)
		return List(objs...)
	}
	return Nil{}
}

// EtsDeleteObject2 is ets:delete_object(Tab, Object).
func EtsDeleteObject2(p *Process, tab, obj Term) Term {
	t := table(p, tab, true, "delete_object", tab, obj)
	k, ok := t.keyOf(obj)
	if !ok {
		return etsBadarg("", "delete_object", tab, obj)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	i, found := t.find(k)
	if !found {
		return True
	}
	g := t.groups[i]
	kept := g.objs[:0]
	for _, o := range g.objs {
		if !ExactEqual(o, obj) {
			kept = append(kept, o)
		}
	}
	g.objs = kept
	if len(kept) == 0 {
		t.removeAt(i)
	}
	return True
}

// EtsDeleteAllObjects1 is ets:delete_all_objects(Tab).
func EtsDeleteAllObjects1(p *Process, tab Term) Term {
	t := table(p, tab, true, "delete_all_objects", tab)
	t.mu.Lock()
	t.groups, t.index = nil, map[uint64][]int{}
	t.mu.Unlock()
	return True
}

// EtsTab2list1 is ets:tab2list(Tab).
func EtsTab2list1(p *Process, tab Term) Term {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok { // OTP's tab2list is ets:match_object(Tab, '_')
				e.under = append(e.under, NewTuple(atomEts, Intern("tab2list"), BoxInt(1), otpLoc("ets", 771)))
			}
			panic(r)
		}
	}()
	t := table(p, tab, false, "match_object", tab, Intern("_"))
	t.mu.RLock()
	defer t.mu.RUnlock()
	return List(t.all()...)
}

// etsFold is foldl and foldr: the function runs outside the table's lock,
// over a snapshot, so it may use the table itself.
func etsFold(p *Process, fun, acc, tab Term, name string, reverse bool) Term {
	t := table(p, tab, false, name, fun, acc, tab)
	t.mu.RLock()
	objs := t.all()
	t.mu.RUnlock()
	for i := range objs {
		o := objs[i]
		if reverse {
			o = objs[len(objs)-1-i]
		}
		acc = CallFun(p, fun, o, acc)
	}
	return acc
}

// EtsFoldl3 is ets:foldl(Fun, Acc, Tab).
func EtsFoldl3(p *Process, fun, acc, tab Term) Term { return etsFold(p, fun, acc, tab, "foldl", false) }

// EtsFoldr3 is ets:foldr(Fun, Acc, Tab).
func EtsFoldr3(p *Process, fun, acc, tab Term) Term { return etsFold(p, fun, acc, tab, "foldr", true) }
