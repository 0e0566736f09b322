package rt

import "math"

// The array module. An array is OTP's record, so that it prints (~p) and
// compares as on BEAM:
//
//	{array, Size, Max, Default, Elements}
//
// Size is the number of entries, Max the capacity before the tree must
// grow (0 for a fixed array), Elements a tree: a leaf is a tuple of 10
// entries; a node is a tuple of 10 subtrees followed by the number of
// entries each subtree spans; and an integer N stands for a subtree of N
// entries not yet built, all holding Default. Every function here builds
// the same trees as OTP's array.erl does (growth, lazy expansion, map,
// from_list and from_orddict's packing of holes), since the shape shows in
// the printed record.

const (
	arrayLeaf = 10 // entries per leaf
	arrayNode = 10 // subtrees per node
)

var atomArray = Intern("array")

// arrayRec is the record's fields.
type arrayRec struct {
	size, max int
	def       Term
	elems     Term
}

func arrayOf(t Term) (arrayRec, bool) {
	r, ok := t.(*Tuple)
	if !ok || len(r.Elems) != 5 || r.Elems[0] != atomArray {
		return arrayRec{}, false
	}
	n, ok1 := IntOf(r.Elems[1])
	m, ok2 := IntOf(r.Elems[2])
	if !ok1 || !ok2 || n < 0 || m < 0 {
		return arrayRec{}, false
	}
	return arrayRec{size: int(n), max: int(m), def: r.Elems[3], elems: r.Elems[4]}, true
}

func (a arrayRec) term() Term {
	return NewTuple(atomArray, BoxInt(Int(a.size)), BoxInt(Int(a.max)), a.def, a.elems)
}

// arrayArg is the array t, or badarg.
func arrayArg(t Term) arrayRec {
	a, ok := arrayOf(t)
	if !ok {
		Error(AtomBadarg)
	}
	return a
}

// arrayRecord is the array t for the functions whose only clause matches
// #array{}: anything else is a function_clause.
func arrayRecord(t Term, fun string) arrayRec {
	a, ok := arrayOf(t)
	if !ok {
		e := NewException(AtomError, AtomFunctionClause)
		e.head = NewTuple(atomArray, Intern(fun), List(t), Nil{})
		panic(e)
	}
	return a
}

// arrayIndex is i as a non-negative index, or badarg. A positive *BigInt
// (2^62 or more) is arrayHuge, beyond every array's size and capacity, so
// that get and reset answer for it as OTP does for any index past the end.
func arrayIndex(i Term) int {
	switch n := i.(type) {
	case Small:
		if n.Int() >= 0 {
			return int(n.Int())
		}
	case *BigInt:
		if n.v.Sign() > 0 {
			return arrayHuge
		}
	}
	Error(AtomBadarg)
	return 0
}

// arrayHuge stands for an index too large for an int.
const arrayHuge = math.MaxInt

// treeNode returns e as a node and the span of each of its subtrees.
func treeNode(e Term) (*Tuple, int, bool) {
	t, ok := e.(*Tuple)
	if !ok || len(t.Elems) != arrayNode+1 {
		return nil, 0, false
	}
	s, ok := IntOf(t.Elems[arrayNode])
	if !ok {
		s = 0 // not an array's node; dividing by its span fails
	}
	return t, int(s), true
}

func filled(n int, x Term) []Term {
	xs := make([]Term, n)
	for i := range xs {
		xs[i] = x
	}
	return xs
}

// newTreeNode is a node of unbuilt subtrees of s entries each.
func newTreeNode(s int) []Term { return filled(arrayNode+1, BoxInt(Int(s))) }

// findMax is the smallest capacity (10, 100, 1000...) above index i.
func findMax(i, m int) int {
	for i >= m {
		m *= arrayNode
	}
	return m
}

// arrayNew is new(Size, Fixed, Default).
func arrayNew(size int, fixed bool, def Term) Term {
	e := findMax(size-1, arrayLeaf)
	m := e
	if fixed {
		m = 0
	}
	return arrayRec{size: size, max: m, def: def, elems: BoxInt(Int(e))}.term()
}

// arrayOptions reads new/1,2's options: a list of fixed, {fixed, Bool},
// {default, D}, {size, N}, N, or one such option alone.
func arrayOptions(opts Term, size int, fixed bool) Term {
	if _, ok := opts.(*Cons); !ok {
		if _, ok := opts.(Nil); !ok {
			opts = List(opts)
		}
	}
	var def Term = Undefined
	for {
		c, ok := opts.(*Cons)
		if !ok {
			break
		}
		switch o := c.Head.(type) {
		case Atom:
			if o != Intern("fixed") {
				Error(AtomBadarg)
			}
			fixed = true
		case Small:
			if o.Int() < 0 {
				Error(AtomBadarg)
			}
			size, fixed = int(o.Int()), true
		case *Tuple:
			if len(o.Elems) != 2 {
				Error(AtomBadarg)
			}
			switch k, v := o.Elems[0], o.Elems[1]; {
			case k == Intern("fixed") && (v == True || v == False):
				fixed = v == True
			case k == Intern("default"):
				def = v
			case k == Intern("size"):
				n, ok := IntOf(v)
				if !ok || n < 0 {
					Error(AtomBadarg)
				}
				size, fixed = int(n), true
			default:
				Error(AtomBadarg)
			}
		default:
			Error(AtomBadarg)
		}
		opts = c.Tail
	}
	if _, ok := opts.(Nil); !ok {
		Error(AtomBadarg)
	}
	return arrayNew(size, fixed, def)
}

// ArrayNew0 is array:new().
func ArrayNew0(p *Process) Term { return arrayNew(0, false, Undefined) }

// ArrayNew1 is array:new(Options).
func ArrayNew1(p *Process, opts Term) Term { return arrayOptions(opts, 0, false) }

// ArrayNew2 is array:new(Size, Options).
func ArrayNew2(p *Process, size, opts Term) Term {
	n, ok := IntOf(size)
	if !ok || n < 0 {
		Error(AtomBadarg)
	}
	return arrayOptions(opts, int(n), true)
}

// ArrayIsArray1 is array:is_array(X).
func ArrayIsArray1(p *Process, x Term) Term {
	r, ok := x.(*Tuple)
	if !ok || len(r.Elems) != 5 || r.Elems[0] != atomArray {
		return False
	}
	_, ok1 := IntOf(r.Elems[1])
	_, ok2 := IntOf(r.Elems[2])
	return Bool(ok1 && ok2)
}

// ArraySize1 is array:size(A).
func ArraySize1(p *Process, a Term) Term { return BoxInt(Int(arrayArg(a).size)) }

// ArrayDefault1 is array:default(A).
func ArrayDefault1(p *Process, a Term) Term { return arrayArg(a).def }

// ArrayFix1 is array:fix(A).
func ArrayFix1(p *Process, t Term) Term {
	a := arrayRecord(t, "fix")
	a.max = 0
	return a.term()
}

// ArrayIsFix1 is array:is_fix(A).
func ArrayIsFix1(p *Process, t Term) Term { return Bool(arrayRecord(t, "is_fix").max == 0) }

// ArrayRelax1 is array:relax(A).
func ArrayRelax1(p *Process, t Term) Term {
	a := arrayRecord(t, "relax")
	a.max = findMax(a.size-1, arrayLeaf)
	return a.term()
}

// treeGrow makes room for index i in tree e of capacity m: an unbuilt
// tree just gets larger; a built one goes under new nodes.
func treeGrow(i int, e Term, m int) (Term, int) {
	if n, ok := IntOf(e); ok {
		m1 := findMax(i, int(n))
		return BoxInt(Int(m1)), m1
	}
	for i >= m {
		node := newTreeNode(m)
		node[0] = e
		e = TupleOf(node)
		m *= arrayNode
	}
	return e, m
}

// ArrayResize2 is array:resize(Size, A). Shrinking keeps the tree.
func ArrayResize2(p *Process, size, t Term) Term {
	n, ok := IntOf(size)
	a, ok2 := arrayOf(t)
	if !ok || n < 0 || !ok2 {
		Error(AtomBadarg)
	}
	switch {
	case int(n) > a.size:
		m := a.max
		if m == 0 {
			m = findMax(a.size-1, arrayLeaf)
		}
		e, m1 := treeGrow(int(n)-1, a.elems, m)
		if a.max > 0 {
			a.max = m1
		}
		a.size, a.elems = int(n), e
	case int(n) < a.size:
		a.size = int(n)
	}
	return a.term()
}

// ArrayResize1 is array:resize(A): to its sparse size.
func ArrayResize1(p *Process, t Term) Term {
	return ArrayResize2(p, ArraySparseSize1(p, t), t)
}

// ArraySparseSize1 is array:sparse_size(A): one more than the index of
// the last entry that is not the default.
func ArraySparseSize1(p *Process, t Term) Term {
	a := arrayArg(t)
	last := -1
	a.walk(true, func(i int, v Term, stored bool) bool {
		if stored && !ExactEqual(v, a.def) {
			last = i
			return false
		}
		return true
	})
	return BoxInt(Int(last + 1))
}

// treeSet sets entry i of tree e, building unbuilt subtrees on the way.
func treeSet(i int, e, x, d Term) Term {
	if t, s, ok := treeNode(e); ok {
		k := i / s
		elems := append([]Term(nil), t.Elems...)
		elems[k] = treeSet(i%s, t.Elems[k], x, d)
		return TupleOf(elems)
	}
	if n, ok := IntOf(e); ok {
		return treeExpand(i, int(n), x, d)
	}
	elems := append([]Term(nil), e.(*Tuple).Elems...)
	elems[i] = x
	return TupleOf(elems)
}

// treeExpand builds the path to entry i of an unbuilt tree of s entries.
func treeExpand(i, s int, x, d Term) Term {
	if s > arrayLeaf {
		s1 := s / arrayNode
		node := newTreeNode(s1)
		node[i/s1] = treeExpand(i%s1, s1, x, d)
		return TupleOf(node)
	}
	leaf := filled(arrayLeaf, d)
	leaf[i] = x
	return TupleOf(leaf)
}

// ArraySet3 is array:set(I, Value, A).
func ArraySet3(p *Process, i, x, t Term) Term {
	n := arrayIndex(i)
	a := arrayArg(t)
	switch {
	case n < a.size:
	case n < a.max:
		a.size = n + 1
	case a.max > 0 && n != arrayHuge: // OTP grows to a bignum capacity; we cannot
		a.elems, a.max = treeGrow(n, a.elems, a.max)
		a.size = n + 1
	default:
		Error(AtomBadarg)
	}
	a.elems = treeSet(n, a.elems, x, a.def)
	return a.term()
}

// ArrayGet2 is array:get(I, A).
func ArrayGet2(p *Process, i, t Term) Term {
	n := arrayIndex(i)
	a := arrayArg(t)
	switch {
	case n < a.size:
		e := a.elems
		for {
			if node, s, ok := treeNode(e); ok {
				e, n = node.Elems[n/s], n%s
				continue
			}
			if _, ok := IntOf(e); ok {
				return a.def
			}
			return e.(*Tuple).Elems[n]
		}
	case a.max > 0:
		return a.def
	}
	return Badarg()
}

// treeReset puts the default back at entry i; it returns nil when the
// entry already holds it (OTP then returns the array unchanged).
func treeReset(i int, e, d Term) Term {
	if t, s, ok := treeNode(e); ok {
		k := i / s
		sub := treeReset(i%s, t.Elems[k], d)
		if sub == nil {
			return nil
		}
		elems := append([]Term(nil), t.Elems...)
		elems[k] = sub
		return TupleOf(elems)
	}
	if _, ok := IntOf(e); ok {
		return nil
	}
	leaf := e.(*Tuple)
	if ExactEqual(leaf.Elems[i], d) {
		return nil
	}
	elems := append([]Term(nil), leaf.Elems...)
	elems[i] = d
	return TupleOf(elems)
}

// ArrayReset2 is array:reset(I, A).
func ArrayReset2(p *Process, i, t Term) Term {
	n := arrayIndex(i)
	a := arrayArg(t)
	switch {
	case n < a.size:
		if e := treeReset(n, a.elems, a.def); e != nil {
			a.elems = e
			return a.term()
		}
		return t
	case a.max > 0:
		return t
	}
	return Badarg()
}

// walk visits entries 0..size-1 (size-1..0 when backward) with their
// values; stored is false for entries of unbuilt subtrees. It stops when
// f returns false.
func (a arrayRec) walk(backward bool, f func(i int, v Term, stored bool) bool) {
	if a.size > 0 {
		walkTree(a.elems, a.size-1, 0, a.def, backward, f)
	}
}

func walkTree(e Term, last, base int, d Term, backward bool, f func(int, Term, bool) bool) bool {
	if t, s, ok := treeNode(e); ok {
		k := last / s
		for step := 0; step <= k; step++ {
			c := step
			if backward {
				c = k - step
			}
			sub := s - 1
			if c == k {
				sub = last % s
			}
			if !walkTree(t.Elems[c], sub, base+c*s, d, backward, f) {
				return false
			}
		}
		return true
	}
	leaf, isLeaf := e.(*Tuple)
	for step := 0; step <= last; step++ {
		j := step
		if backward {
			j = last - step
		}
		v := d
		if isLeaf {
			v = leaf.Elems[j]
		}
		if !f(base+j, v, isLeaf) {
			return false
		}
	}
	return true
}

func (a arrayRec) collect(backward, sparse bool, f func(i int, v Term)) {
	a.walk(backward, func(i int, v Term, stored bool) bool {
		if !sparse || stored && !ExactEqual(v, a.def) {
			f(i, v)
		}
		return true
	})
}

func arrayList(t Term, sparse, pairs bool) Term {
	a := arrayArg(t)
	var l Term = Nil{}
	a.collect(true, sparse, func(i int, v Term) {
		if pairs {
			v = NewTuple(BoxInt(Int(i)), v)
		}
		l = &Cons{Head: v, Tail: l}
	})
	return l
}

// ArrayToList1 is array:to_list(A).
func ArrayToList1(p *Process, a Term) Term { return arrayList(a, false, false) }

// ArraySparseToList1 is array:sparse_to_list(A).
func ArraySparseToList1(p *Process, a Term) Term { return arrayList(a, true, false) }

// ArrayToOrddict1 is array:to_orddict(A).
func ArrayToOrddict1(p *Process, a Term) Term { return arrayList(a, false, true) }

// ArraySparseToOrddict1 is array:sparse_to_orddict(A).
func ArraySparseToOrddict1(p *Process, a Term) Term { return arrayList(a, true, true) }

func arrayFold(p *Process, f, acc, t Term, backward, sparse bool) Term {
	a, ok := arrayOf(t)
	if !ok || !isFunArity(f, 3) {
		Error(AtomBadarg)
	}
	a.collect(backward, sparse, func(i int, v Term) { acc = CallFun3(p, f, BoxInt(Int(i)), v, acc) })
	return acc
}

// ArrayFoldl3 is array:foldl(Fun, Acc, A).
func ArrayFoldl3(p *Process, f, acc, a Term) Term { return arrayFold(p, f, acc, a, false, false) }

// ArrayFoldr3 is array:foldr(Fun, Acc, A).
func ArrayFoldr3(p *Process, f, acc, a Term) Term { return arrayFold(p, f, acc, a, true, false) }

// ArraySparseFoldl3 is array:sparse_foldl(Fun, Acc, A).
func ArraySparseFoldl3(p *Process, f, acc, a Term) Term {
	return arrayFold(p, f, acc, a, false, true)
}

// ArraySparseFoldr3 is array:sparse_foldr(Fun, Acc, A).
func ArraySparseFoldr3(p *Process, f, acc, a Term) Term {
	return arrayFold(p, f, acc, a, true, true)
}

// treeMap maps entries 0..last of e (offset ix): unbuilt subtrees in that
// range are built first; leaf entries after last become the default and
// subtrees after it are kept. With sparse, unbuilt subtrees stay so, every
// leaf entry is visited and default entries are kept, not mapped.
func treeMap(p *Process, f Term, e Term, last, ix int, d Term, sparse bool) Term {
	if n, ok := IntOf(e); ok {
		if sparse {
			return e
		}
		if n > arrayLeaf {
			e = TupleOf(newTreeNode(int(n) / arrayNode))
		} else {
			e = TupleOf(filled(arrayLeaf, d))
		}
	}
	if t, s, ok := treeNode(e); ok {
		elems := append([]Term(nil), t.Elems...)
		k := last / s
		for c := 0; c <= k; c++ {
			sub := s - 1
			if c == k {
				sub = last % s
			}
			elems[c] = treeMap(p, f, t.Elems[c], sub, ix+c*s, d, sparse)
		}
		return TupleOf(elems)
	}
	leaf := e.(*Tuple).Elems
	out := make([]Term, len(leaf))
	for j, v := range leaf {
		switch {
		case sparse && ExactEqual(v, d):
			out[j] = d
		case sparse || j <= last:
			out[j] = CallFun2(p, f, BoxInt(Int(ix+j)), v)
		default:
			out[j] = d
		}
	}
	return TupleOf(out)
}

func arrayMap(p *Process, f, t Term, sparse bool) Term {
	a, ok := arrayOf(t)
	if !ok || !isFunArity(f, 2) {
		Error(AtomBadarg)
	}
	if a.size == 0 {
		return t
	}
	a.elems = treeMap(p, f, a.elems, a.size-1, 0, a.def, sparse)
	return a.term()
}

// ArrayMap2 is array:map(Fun, A).
func ArrayMap2(p *Process, f, a Term) Term { return arrayMap(p, f, a, false) }

// ArraySparseMap2 is array:sparse_map(Fun, A).
func ArraySparseMap2(p *Process, f, a Term) Term { return arrayMap(p, f, a, true) }

// ArrayFromList1 is array:from_list(List).
func ArrayFromList1(p *Process, l Term) Term { return ArrayFromList2(p, l, Undefined) }

// ArrayFromList2 is array:from_list(List, Default): leaves of 10 filled in
// order (the last padded with Default), then levels of nodes, each padded
// at its end with unbuilt subtrees.
func ArrayFromList2(p *Process, l, d Term) Term {
	if _, ok := l.(Nil); ok {
		return arrayNew(0, false, d)
	}
	if _, ok := l.(*Cons); !ok {
		return Badarg()
	}
	var level []Term
	n := 0
	for {
		leaf := filled(arrayLeaf, d)
		for j := range leaf {
			c, ok := l.(*Cons)
			if !ok {
				break
			}
			leaf[j], l, n = c.Head, c.Tail, n+1
		}
		level = append(level, TupleOf(leaf))
		if _, ok := l.(Nil); ok {
			break
		}
		if _, ok := l.(*Cons); !ok {
			return Badarg()
		}
	}
	s := arrayLeaf
	for len(level) > 1 {
		for len(level)%arrayNode != 0 {
			level = append(level, BoxInt(Int(s)))
		}
		var up []Term
		for i := 0; i < len(level); i += arrayNode {
			node := append(append([]Term(nil), level[i:i+arrayNode]...), BoxInt(Int(s)))
			up = append(up, TupleOf(node))
		}
		level, s = up, s*arrayNode
	}
	return arrayRec{size: n, max: s, def: d, elems: level[0]}.term()
}

// ArrayFromOrddict1 is array:from_orddict(List).
func ArrayFromOrddict1(p *Process, l Term) Term { return ArrayFromOrddict2(p, l, Undefined) }

// ArrayFromOrddict2 is array:from_orddict(List, Default).
func ArrayFromOrddict2(p *Process, l, d Term) Term {
	if _, ok := l.(Nil); ok {
		return arrayNew(0, false, d)
	}
	if _, ok := l.(*Cons); !ok {
		return Badarg()
	}
	// items is, last first, the leaves and the holes between them (an
	// integer: how many entries it skips, a multiple of 10).
	var items []Term
	ix := 0
	for {
		c, ok := l.(*Cons)
		if !ok {
			if _, ok := l.(Nil); !ok {
				Error(NewTuple(AtomBadarg, l))
			}
			break
		}
		max := ix + arrayLeaf
		if pair, ok := c.Head.(*Tuple); ok && len(pair.Elems) == 2 {
			if k, ok := IntOf(pair.Elems[0]); ok && int(k) > max {
				hole := int(k) - ix
				step := hole - hole%arrayLeaf
				items = append(items, BoxInt(Int(step)))
				ix += step
				continue
			}
		} else {
			Error(NewTuple(AtomBadarg, l))
		}
		var leaf Term
		leaf, l, ix = orddictLeaf(l, ix, d)
		items = append(items, leaf)
	}
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	if len(items) == 1 {
		return arrayRec{size: ix, max: arrayLeaf, def: d, elems: items[0]}.term()
	}
	e, m := collectLeaves(ix, items, arrayLeaf)
	return arrayRec{size: ix, max: m, def: d, elems: e}.term()
}

// orddictLeaf fills the leaf for entries ix..ix+9 from the pairs l; it
// returns the leaf, the pairs left and the size so far.
func orddictLeaf(l Term, ix int, d Term) (Term, Term, int) {
	leaf := make([]Term, arrayLeaf)
	n := ix
	for j := range leaf {
		i := ix + j
		leaf[j] = d
		c, ok := l.(*Cons)
		if !ok {
			continue
		}
		pair, ok := c.Head.(*Tuple)
		if !ok || len(pair.Elems) != 2 {
			Error(NewTuple(AtomBadarg, l))
		}
		k, ok := IntOf(pair.Elems[0])
		switch {
		case ok && int(k) == i:
			leaf[j], l = pair.Elems[1], c.Tail
		case ok && int(k) > i:
		default:
			Error(NewTuple(AtomBadarg, l))
		}
		n = i + 1
	}
	return TupleOf(leaf), l, n
}

// collectLeaves packs one level of subtrees spanning s entries each (xs,
// last first; an integer is a hole of that many entries) into nodes, and
// repeats one level up until one node is left. It returns the tree and its
// capacity. A hole wider than what is left of a node is split: its part
// that fills the node's remaining slots becomes unbuilt subtrees there and
// the whole hole moves up a level, as OTP's collect_leafs does.
func collectLeaves(n int, xs []Term, s int) (Term, int) {
	for {
		count := (n-1)/s + 1
		if pad := (arrayNode - count%arrayNode) % arrayNode * s; pad != 0 {
			xs = append([]Term{BoxInt(Int(pad))}, xs...)
		}
		var out []Term // the next level, last first like xs
		node := []Term{BoxInt(Int(s))}
		room := arrayNode
		push := func(k int) {
			for ; k > 0; k-- {
				node = append([]Term{BoxInt(Int(s))}, node...)
			}
		}
	level:
		for {
			if room == 0 {
				if len(xs) == 0 && len(out) == 0 {
					return TupleOf(node), s * arrayNode
				}
				out = append(out, TupleOf(node))
				if len(xs) == 0 {
					break level
				}
				node, room = []Term{BoxInt(Int(s))}, arrayNode
				continue
			}
			if len(xs) == 0 {
				if room != arrayNode {
					panic("rt: array: holes do not fill the node")
				}
				break level
			}
			x := xs[0]
			xs = xs[1:]
			h, isHole := IntOf(x)
			if !isHole {
				node = append([]Term{x}, node...)
				room--
				continue
			}
			step := int(h) / s
			switch {
			case step < room:
				push(step)
				room -= step
			case room == arrayNode:
				push(step % arrayNode)
				room -= step % arrayNode
				out = append(out, x)
			case step == room:
				push(room)
				room = 0
			default:
				push(room)
				xs = append([]Term{BoxInt(Int((step - room) * s))}, xs...)
				room = 0
			}
		}
		s *= arrayNode
		xs = out
	}
}

func init() {
	RegisterModule("array",
		Export("new", 0, ArrayNew0), Export("new", 1, ArrayNew1), Export("new", 2, ArrayNew2),
		Export("is_array", 1, ArrayIsArray1), Export("size", 1, ArraySize1),
		Export("sparse_size", 1, ArraySparseSize1), Export("default", 1, ArrayDefault1),
		Export("set", 3, ArraySet3), Export("get", 2, ArrayGet2), Export("reset", 2, ArrayReset2),
		Export("to_list", 1, ArrayToList1), Export("sparse_to_list", 1, ArraySparseToList1),
		Export("from_list", 1, ArrayFromList1), Export("from_list", 2, ArrayFromList2),
		Export("to_orddict", 1, ArrayToOrddict1), Export("sparse_to_orddict", 1, ArraySparseToOrddict1),
		Export("from_orddict", 1, ArrayFromOrddict1), Export("from_orddict", 2, ArrayFromOrddict2),
		Export("map", 2, ArrayMap2), Export("sparse_map", 2, ArraySparseMap2),
		Export("foldl", 3, ArrayFoldl3), Export("foldr", 3, ArrayFoldr3),
		Export("sparse_foldl", 3, ArraySparseFoldl3), Export("sparse_foldr", 3, ArraySparseFoldr3),
		Export("fix", 1, ArrayFix1), Export("relax", 1, ArrayRelax1), Export("is_fix", 1, ArrayIsFix1),
		Export("resize", 1, ArrayResize1), Export("resize", 2, ArrayResize2),
	)
}
