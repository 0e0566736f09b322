package rt

// cind decides the indentation tind for tagged tuples and map values before
// anything is printed: it walks the tree as pp would with the candidate
// indentation and fails when some element would have to start beyond
// half the line without room for the whole term there. BEAM tries -1,
// then 4, then falls back to 1.
//
// The walk mirrors pp step by step, including where BEAM's bookkeeping of
// col and w differs from pp's (maps add 2 to w here, 1 there; an improper
// tail is checked at col, not col0); those differences change the chosen
// indentation for some terms, so they are kept.

func (l *ppLayout) cind(n *ppNode, col, ind, ld, w int) bool {
	if l.fits(n, col, ld, w) {
		return true
	}
	switch n.kind {
	case ppList, ppTuple:
		return l.cindList(n, 0, col+1, ind, ld, w+1)
	case ppTagged:
		return l.cindTagged(n, col, ind, ld, w+1)
	case ppMap:
		return l.cindMap(n, col+2, ind, ld, w+2)
	}
	return true
}

func (l *ppLayout) cindTagged(n *ppNode, col, ind, ld, w int) bool {
	tlen := n.elems[0].n
	tagInd := tlen + 2
	tcol := col + tagInd
	if ind > 0 && tagInd > ind {
		col1 := col + ind
		if l.m+col1 <= l.ll || col1 <= l.ll/2 {
			return l.cindTail(n, 1, col1, tcol, ind, ld, w+tlen)
		}
		return false
	}
	if l.m+tcol < l.ll || tcol < l.ll/2 {
		return l.cindList(n, 1, tcol, ind, ld, w+tlen+1)
	}
	return false
}

func (l *ppLayout) cindList(n *ppNode, i, col0, ind, ld, w int) bool {
	if i == len(n.elems) {
		return true
	}
	we, ok := l.cindElement(n.elems[i], col0, ind, ppLastDepth(n, i+1, ld), w)
	return ok && l.cindTail(n, i+1, col0, col0+we, ind, ld, w+we)
}

func (l *ppLayout) cindTail(n *ppNode, i, col0, col, ind, ld, w int) bool {
	for ; i < len(n.elems); i++ {
		e := n.elems[i]
		ld1 := ppLastDepth(n, i+1, ld)
		elen := 1 + e.n
		if l.fitsAfterComma(e, elen, ld1, col, w) {
			col, w = col+elen, w+elen
			continue
		}
		we, ok := l.cindElement(e, col0, ind, ld1, 0)
		if !ok {
			return false
		}
		col, w = col0+we, we
	}
	t := n.tail
	if n.dots || t == nil {
		return true
	}
	if t.n+1 < l.ll-col-(ld+1) && t.n+1+w+(ld+1) <= l.m && t.isLeaf() {
		return true
	}
	return l.cind(t, col, ind, ld+1, 0)
}

func (l *ppLayout) cindElement(e *ppNode, col, ind, ld, w int) (int, bool) {
	if l.fits(e, col, ld, w) && e.isLeaf() {
		return e.n, true
	}
	return l.ll, l.cind(e, col, ind, ld, w)
}

func (l *ppLayout) cindMap(n *ppNode, col, ind, ld, w int) bool {
	if len(n.elems) == 0 {
		return true
	}
	pw, ok := l.cindPair(n.elems[0], col, ind, ppLastDepth(n, 1, ld), w)
	if !ok {
		return false
	}
	col0 := col
	col, w = col+pw, w+pw
	for i := 1; i < len(n.elems); i++ {
		p := n.elems[i]
		ld1 := ppLastDepth(n, i+1, ld)
		elen := 1 + p.n
		if l.fitsAfterComma(p, elen, ld1, col, w) {
			col, w = col+elen, w+elen
			continue
		}
		if pw, ok = l.cindPair(p, col0, ind, ld1, 0); !ok {
			return false
		}
		col, w = col0+pw, pw
	}
	return true
}

func (l *ppLayout) cindPair(p *ppNode, col, ind, ld, w int) (int, bool) {
	if l.fits(p, col, ld, w) {
		if p.key.isLeaf() && p.val.isLeaf() {
			return p.n, true
		}
		return l.ll, true
	}
	if !l.cind(p.key, col, ind, ld, w) {
		return 0, false
	}
	i := ind
	if i <= 0 {
		i = 4
	}
	return l.ll, l.cind(p.val, col+i, ind, ld, 0)
}
