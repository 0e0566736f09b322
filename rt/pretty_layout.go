package rt

// Pass 2 of ~p: laying the node tree out in lines (pp in io_lib_pretty).
//
// The state threaded through every step, with BEAM's names:
//
//	col  the column where the current element starts (1-based)
//	ind  the indentation after a line break (ppIndent: its width, and
//	     in deep mode the shape of BEAM's indentation list)
//	ld   "last depth": how many closing brackets follow the element on
//	     the same line, so that ]]} still fits
//	w    characters written on the current line since it was started,
//	     compared against m
//
// m is the one-line length of the whole term (BEAM's "max chars" defaults
// to it), ll the line length, and tind the indentation for the elements of
// tagged tuples and map values: -1 (align under the first element), 4 or
// 1, chosen by trying cind (pretty_cind.go) before printing.

type ppLayout struct {
	ll, m, tind int
	deep        bool
	out         []rune
}

// ppIndent is an indentation as io_lib_pretty builds it: the start
// column's chars($\s, Col-1), then one indent(Step, Ind) per level, which
// adds [$\s|Ind], [[$\s,$\s],[$\s,$\s]|Ind] or [chars($\s, Step)|Ind].
type ppIndent struct {
	n    int // width in columns
	step int // the columns this level added; 0 for the start column
	next *ppIndent
}

func indentBy(step int, ind *ppIndent) *ppIndent {
	return &ppIndent{n: ind.n + step, step: step, next: ind}
}

// appendIndent appends the items of the indentation list.
func appendIndent(out []rune, ind *ppIndent, deep bool) []rune {
	if !deep {
		return appendRepeat(out, ' ', ind.n)
	}
	for ; ind.step != 0; ind = ind.next {
		switch ind.step {
		case 1:
			out = append(out, ' ')
		case 4:
			out = append(out, mkOpen, ' ', ' ', mkClose, mkOpen, ' ', ' ', mkClose)
		default:
			out = append(out, mkOpen)
			out = appendChars(out, ' ', ind.step, true, true)
			out = append(out, mkClose)
		}
	}
	return appendChars(out, ' ', ind.n, true, true)
}

func (l *ppLayout) open()  { l.out = openIf(l.out, l.deep) }
func (l *ppLayout) close() { l.out = closeIf(l.out, l.deep) }

// fits: the node's text fits flat in the rest of the line.
func (l *ppLayout) fits(n *ppNode, col, ld, w int) bool {
	return n.n < l.ll-col-ld && n.n+w+ld <= l.m
}

// fitsAfterComma: an element of elen characters (with its comma) may be
// added to the current line; the last element also needs room for ld.
func (l *ppLayout) fitsAfterComma(e *ppNode, elen, ld1, col, w int) bool {
	if !e.isLeaf() && e.kind != ppPair {
		return false
	}
	if e.kind == ppPair && !(e.key.isLeaf() && e.val.isLeaf()) {
		return false
	}
	if ld1 == 0 {
		return elen+1 < l.ll-col && w+elen+1 <= l.m
	}
	return elen < l.ll-col-ld1 && w+elen+ld1 <= l.m
}

// newline starts a line: $\n, then the indentation as a sublist.
func (l *ppLayout) newline(ind *ppIndent) {
	l.out = append(l.out, '\n')
	l.open()
	l.out = appendIndent(l.out, ind, l.deep)
	l.close()
}

// ppLastDepth is ld for the element before index i: 0 if more elements
// follow it, else one more closing bracket than its container has.
func ppLastDepth(n *ppNode, i, ld int) int {
	if i < len(n.elems) {
		return 0
	}
	return ld + 1
}

// pp appends the items of n laid out from column col.
func (l *ppLayout) pp(n *ppNode, col int, ind *ppIndent, ld, w int) {
	if l.fits(n, col, ld, w) {
		l.out = n.write(l.out, l.deep)
		return
	}
	switch n.kind {
	case ppList:
		l.out = append(l.out, '[')
		l.open()
		l.ppList(n, 0, col+1, indentBy(1, ind), ld, '|', w+1)
		l.close()
		l.out = append(l.out, ']')
	case ppTagged:
		l.out = append(l.out, '{')
		l.open()
		l.ppTagged(n, col, ind, ld, w+1)
		l.close()
		l.out = append(l.out, '}')
	case ppTuple:
		l.out = append(l.out, '{')
		l.open()
		l.ppList(n, 0, col+1, indentBy(1, ind), ld, ',', w+1)
		l.close()
		l.out = append(l.out, '}')
	case ppMap:
		l.out = append(l.out, '#', '{')
		l.open()
		l.ppMap(n, col+2, indentBy(2, ind), ld, w+1)
		l.close()
		l.out = append(l.out, '}')
	case ppBin:
		l.layoutBinary(n, col+2, indentBy(2, ind), ld, w)
	default:
		l.out = n.write(l.out, l.deep)
	}
}

// ppTagged prints {tag, ...}: the other elements go right after the tag
// and align under the second element, unless the tag is longer than tind,
// in which case they go on the next lines, indented by tind.
func (l *ppLayout) ppTagged(n *ppNode, col int, ind *ppIndent, ld, w int) {
	tag := n.elems[0]
	tagInd := tag.n + 2
	tcol := col + tagInd
	l.out = tag.writeElem(l.out, l.deep)
	if l.tind > 0 && tagInd > l.tind {
		l.ppTail(n, 1, col+l.tind, tcol, indentBy(l.tind, ind), ld, ',', w+tag.n)
		return
	}
	l.out = append(l.out, ',')
	l.ppList(n, 1, tcol, indentBy(tagInd, ind), ld, ',', w+tag.n+1)
}

// ppList prints the elements from index i on, the first at col0.
func (l *ppLayout) ppList(n *ppNode, i, col0 int, ind *ppIndent, ld int, sep rune, w int) {
	if i == len(n.elems) { // only "..." is left
		l.out = append(l.out, '.', '.', '.')
		return
	}
	we := l.ppElement(n.elems[i], col0, ind, ppLastDepth(n, i+1, ld), w)
	l.ppTail(n, i+1, col0, col0+we, ind, ld, sep, w+we)
}

// ppTail prints the elements from index i on, each either after a comma
// on the current line or on a new line at col0; then the cut or the tail.
func (l *ppLayout) ppTail(n *ppNode, i, col0, col int, ind *ppIndent, ld int, sep rune, w int) {
	for ; i < len(n.elems); i++ {
		e := n.elems[i]
		ld1 := ppLastDepth(n, i+1, ld)
		elen := 1 + e.n
		if l.fitsAfterComma(e, elen, ld1, col, w) {
			l.out = append(l.out, ',')
			l.out = e.writeElem(l.out, l.deep)
			col, w = col+elen, w+elen
			continue
		}
		l.out = append(l.out, ',')
		l.newline(ind)
		we := l.ppElement(e, col0, ind, ld1, 0)
		col, w = col0+we, we
	}
	switch {
	case n.dots:
		l.out = append(l.out, sep, '.', '.', '.')
	case n.tail != nil:
		l.ppImproperTail(n.tail, col0, col, ind, ld, sep, w)
	}
}

// ppImproperTail prints |Tail, the tail's items spliced into the list's.
func (l *ppLayout) ppImproperTail(t *ppNode, col0, col int, ind *ppIndent, ld int, sep rune, w int) {
	l.out = append(l.out, sep)
	if t.n+1 < l.ll-col-(ld+1) && t.n+1+w+(ld+1) <= l.m && t.isLeaf() {
		l.out = t.write(l.out, l.deep)
		return
	}
	l.newline(ind)
	l.pp(t, col0, ind, ld+1, 0)
}

// ppElement prints one element as a sublist and returns its width, or ll
// (forcing the next element onto a new line) when it was not a leaf
// written flat.
func (l *ppLayout) ppElement(e *ppNode, col int, ind *ppIndent, ld, w int) int {
	if l.fits(e, col, ld, w) && e.isLeaf() {
		l.out = e.writeElem(l.out, l.deep)
		return e.n
	}
	l.open()
	l.pp(e, col, ind, ld, w)
	l.close()
	return l.ll
}

// ppMap prints the pairs; note that BEAM restarts w at the first pair's
// width here, where lists carry it on.
func (l *ppLayout) ppMap(n *ppNode, col int, ind *ppIndent, ld, w int) {
	if len(n.elems) == 0 {
		l.out = append(l.out, '.', '.', '.')
		return
	}
	pw := l.ppPair(n.elems[0], col, ind, ppLastDepth(n, 1, ld), w)
	col0 := col
	col += pw
	w = pw
	for i := 1; i < len(n.elems); i++ {
		p := n.elems[i]
		ld1 := ppLastDepth(n, i+1, ld)
		elen := 1 + p.n
		if l.fitsAfterComma(p, elen, ld1, col, w) {
			l.out = append(l.out, ',')
			l.out = p.writeElem(l.out, l.deep)
			col, w = col+elen, w+elen
			continue
		}
		l.out = append(l.out, ',')
		l.newline(ind)
		pw = l.ppPair(p, col0, ind, ld1, 0)
		col, w = col0+pw, pw
	}
	if n.dots {
		l.out = append(l.out, ',', '.', '.', '.')
	}
}

// ppPair prints K => V (as a sublist) flat if it fits, else the key,
// " =>", and the value on the next line indented by tind (4 when tind is
// -1), the value's items spliced after the indentation.
func (l *ppLayout) ppPair(p *ppNode, col int, ind *ppIndent, ld, w int) int {
	if l.fits(p, col, ld, w) {
		l.out = p.writeElem(l.out, l.deep)
		if p.key.isLeaf() && p.val.isLeaf() {
			return p.n
		}
		return l.ll
	}
	i := l.tind
	if i <= 0 {
		i = 4
	}
	l.open()
	l.open()
	l.pp(p.key, col, ind, ld, w)
	l.close()
	l.out = appendElem(l.out, []rune(" =>\n"), l.deep)
	vind := indentBy(i, ind)
	l.open()
	l.out = appendIndent(l.out, vind, l.deep)
	l.close()
	l.pp(p.val, col+i, vind, ld, 0)
	l.close()
	return l.ll
}
