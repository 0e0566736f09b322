package rt

// lhTable is the linear hash table behind OTP's dict and version-1 sets,
// kept as the very record BEAM keeps, so that both print (~p) and iterate
// (to_list, fold) as on BEAM:
//
//	{Tag, Size, N, MaxN, Bso, ExpSize, ConSize, Empty, Segs}
//
// Tag is set or dict; Segs is a tuple of segments, each a tuple of 16
// buckets (lists); Empty is the shared empty segment. A key goes to slot
// erlang:phash(Key, MaxN), folded below N by subtracting the buddy offset
// Bso. The table grows one slot at a time when Size passes ExpSize
// (splitting the buddy bucket of the new slot) and shrinks one slot at a
// time when it falls under ConSize; segments double and halve with MaxN.
// A set's bucket holds its elements; a dict's holds [Key|Value] cells.
type lhTable struct {
	tag                                  Atom
	size, n, maxn, bso, expSize, conSize int
	empty, segs                          *Tuple
}

const (
	lhSegSize      = 16
	lhExpandLoad   = 5
	lhContractLoad = 3
)

func newLHTable(tag Atom) *lhTable {
	seg := make([]Term, lhSegSize)
	for i := range seg {
		seg[i] = Nil{}
	}
	empty := TupleOf(seg)
	return &lhTable{tag: tag, n: lhSegSize, maxn: lhSegSize, bso: lhSegSize / 2,
		expSize: lhSegSize * lhExpandLoad, conSize: lhSegSize * lhContractLoad,
		empty: empty, segs: NewTuple(empty)}
}

// lhTableOf reads the record t, if it is one with the given tag.
func lhTableOf(t Term, tag Atom) (*lhTable, bool) {
	r, ok := t.(*Tuple)
	if !ok || len(r.Elems) != 9 || r.Elems[0] != tag {
		return nil, false
	}
	h := &lhTable{tag: tag}
	ints := []*int{&h.size, &h.n, &h.maxn, &h.bso, &h.expSize, &h.conSize}
	for i, p := range ints {
		v, ok := IntOf(r.Elems[i+1])
		if !ok {
			return nil, false
		}
		*p = int(v)
	}
	h.empty, ok = r.Elems[7].(*Tuple)
	if !ok {
		return nil, false
	}
	h.segs, ok = r.Elems[8].(*Tuple)
	return h, ok && h.maxn > 0 && h.segs.Len()*lhSegSize >= h.maxn
}

// term is the record.
func (h *lhTable) term() Term {
	return NewTuple(h.tag, BoxInt(Int(h.size)), BoxInt(Int(h.n)), BoxInt(Int(h.maxn)), BoxInt(Int(h.bso)),
		BoxInt(Int(h.expSize)), BoxInt(Int(h.conSize)), h.empty, h.segs)
}

func (h *lhTable) copy() *lhTable { c := *h; return &c }

// slot is where key goes, 1-based.
func (h *lhTable) slot(key Term) int {
	s := int(Phash(key)%uint32(h.maxn)) + 1
	if s > h.n {
		s -= h.bso
	}
	return s
}

func (h *lhTable) bucket(slot int) Term {
	seg := h.segs.Elems[(slot-1)/lhSegSize].(*Tuple)
	return seg.Elems[(slot-1)%lhSegSize]
}

// setBucket replaces a bucket, copying its segment and the segment tuple
// (h must be a copy the caller owns).
func (h *lhTable) setBucket(slot int, b Term) {
	si := (slot - 1) / lhSegSize
	seg := append([]Term(nil), h.segs.Elems[si].(*Tuple).Elems...)
	seg[(slot-1)%lhSegSize] = b
	segs := append([]Term(nil), h.segs.Elems...)
	segs[si] = TupleOf(seg)
	h.segs = TupleOf(segs)
}

// grow accounts for ic (0 or 1) new entries, splitting one slot when the
// load passes ExpSize. keyOf gives an entry's key.
func (h *lhTable) grow(ic int, keyOf func(Term) Term) {
	if h.size+ic <= h.expSize {
		h.size += ic
		return
	}
	if h.n == h.maxn {
		h.maxn *= 2
		h.bso *= 2
		segs := append([]Term(nil), h.segs.Elems...)
		for range h.segs.Elems {
			segs = append(segs, h.empty)
		}
		h.segs = TupleOf(segs)
	}
	n := h.n + 1
	slot1 := n - h.bso
	var b1, b2 []Term
	for c, ok := h.bucket(slot1).(*Cons); ok; c, ok = c.Tail.(*Cons) {
		if int(Phash(keyOf(c.Head))%uint32(h.maxn))+1 == slot1 {
			b1 = append(b1, c.Head)
		} else {
			b2 = append(b2, c.Head)
		}
	}
	h.setBucket(slot1, List(b1...))
	h.setBucket(n, List(b2...))
	h.size += ic
	h.n = n
	h.expSize = n * lhExpandLoad
	h.conSize = n * lhContractLoad
}

// shrink accounts for dc removed entries, merging the last slot into its
// buddy when the load falls under ConSize.
func (h *lhTable) shrink(dc int) {
	if h.size-dc >= h.conSize || h.n <= lhSegSize {
		h.size -= dc
		return
	}
	n := h.n
	slot1 := n - h.bso
	h.setBucket(slot1, Append(h.bucket(slot1), h.bucket(n)))
	h.setBucket(n, Nil{})
	h.size -= dc
	h.n = n - 1
	h.expSize = h.n * lhExpandLoad
	h.conSize = h.n * lhContractLoad
	if h.n == h.bso {
		h.maxn /= 2
		h.bso /= 2
		h.segs = TupleOf(append([]Term(nil), h.segs.Elems[:h.segs.Len()/2]...))
	}
}

// each calls f on every entry in fold order: segments and buckets from the
// last to the first, each bucket from its head.
func (h *lhTable) each(f func(Term)) {
	for i := h.segs.Len() - 1; i >= 0; i-- {
		seg := h.segs.Elems[i].(*Tuple)
		for j := seg.Len() - 1; j >= 0; j-- {
			for c, ok := seg.Elems[j].(*Cons); ok; c, ok = c.Tail.(*Cons) {
				f(c.Head)
			}
		}
	}
}

// rebuild maps every bucket, segment by segment in order, to a new one
// (each segment a new tuple, as OTP's filter and map build them).
func (h *lhTable) rebuild(f func(bucket Term) Term) {
	segs := make([]Term, h.segs.Len())
	for i, s := range h.segs.Elems {
		old := s.(*Tuple).Elems
		seg := make([]Term, len(old))
		for j, b := range old {
			seg[j] = f(b)
		}
		segs[i] = TupleOf(seg)
	}
	h.segs = TupleOf(segs)
}
