package rt

import (
	"strconv"
	"strings"
)

// io_lib:write(Term, [{chars_limit, N}]): the term cut to about N
// characters, as io_lib_pretty's "intermediate format" does it. Pass 1 of
// ~p (build) is run with a budget of characters: an element that starts
// when the budget is spent, or lies deeper than the depth, becomes "...".
// Each cut remembers how to print its part with more depth (more and
// moreSeq), and intermediate searches for the greatest depth whose text
// still fits: doubling the depth while it fits, then bisecting. The text
// is then written on one line (write in pretty.go), lists never as
// strings.

// ppSeq is the body of a list, tuple or map: the elements, then the end:
// nothing, an improper tail, or a cut ("...") that more can print.
type ppSeq struct {
	elems []*ppNode
	tail  *ppNode
	more  func(limit, dd int) ppSeq // nil: not cut
}

// limBuilder is print_length with a budget, for io_lib:write and, with
// strings, for ~p under io_lib:format/3's chars_limit.
type limBuilder struct {
	unicode bool
	strings bool // lists and binaries of characters print as text
	deep    bool // mark the sublists of text leaves (format_deep.go)
}

// tsub is io_lib_pretty's budget subtraction: a negative budget is no
// limit, and a budget never goes below 0.
func tsub(t, e int) int {
	switch {
	case t < 0:
		return t
	case t >= e:
		return t - e
	}
	return 0
}

func (b *limBuilder) length(t Term, d, limit int) *ppNode {
	switch v := t.(type) {
	case Nil:
		return ppLeafASCII("[]")
	case Atom:
		text := appendAtom(nil, v, b.unicode)
		return ppLeafNode(text, charsLength(text))
	case *Cons:
		if b.strings && d != 1 {
			if n := b.stringLeaf(v, limit); n != nil {
				return n
			}
		}
		n := b.seqNode(ppList, b.listSeq(v, d, tsub(limit, 2)), 2)
		if n.ndots > 0 {
			n.more = func(l, dd int) *ppNode { return b.length(v, d+dd, l) }
		}
		return n
	case *Tuple:
		return b.tuple(v, d, limit)
	case *Map:
		return b.mapNode(v, d, limit)
	case *Binary:
		if b.strings && d == 1 && len(v.Data) > 0 {
			return cutLeaf("<<...>>", func(l, dd int) *ppNode { return b.length(v, 1+dd, l) })
		}
		if b.strings && len(v.Data) > 0 && v.Trail == 0 {
			if n := b.textBinary(v, d, limit); n != nil {
				return n
			}
		}
		n := b.binary(v, d, limit)
		if b.strings && n.more != nil { // more depth may make it text
			n.more = func(l, dd int) *ppNode { return b.length(v, d+dd, l) }
		}
		return n
	}
	text := writeTerm(nil, t, -1, false)
	return ppLeafNode(text, charsLength(text))
}

// cutLeaf is a leaf such as "{...}" standing for a term cut by the depth.
func cutLeaf(text string, more func(limit, dd int) *ppNode) *ppNode {
	n := ppLeafASCII(text)
	n.ndots, n.more = 3, more
	return n
}

// seqNode makes a list, tuple or map node of a body; brackets is the
// length of the brackets.
func (b *limBuilder) seqNode(kind ppKind, s ppSeq, brackets int) *ppNode {
	n := &ppNode{kind: kind, elems: s.elems, tail: s.tail, dots: s.more != nil, moreSeq: s.more}
	n.n = seqLength(n, brackets)
	for _, e := range s.elems {
		n.ndots += e.ndots
	}
	if s.tail != nil {
		n.ndots += s.tail.ndots
	}
	if n.dots {
		n.ndots += 3
	}
	return n
}

// listSeq is print_length_list1: the elements of a list from t on.
func (b *limBuilder) listSeq(t Term, d, limit int) ppSeq {
	var s ppSeq
	for {
		if _, ok := t.(Nil); ok {
			return s
		}
		if d == 1 || limit == 0 {
			rest, d0 := t, d
			s.more = func(l, dd int) ppSeq { return b.listSeq(rest, d0+dd, l) }
			return s
		}
		c, ok := t.(*Cons)
		if !ok {
			s.tail = b.length(t, d-1, limit)
			return s
		}
		l1 := limit
		if _, last := c.Tail.(Nil); !last {
			l1 = tsub(limit, 1)
		}
		e := b.length(c.Head, d-1, l1)
		s.elems = append(s.elems, e)
		t, d, limit = c.Tail, d-1, tsub(l1, e.n)
	}
}

func (b *limBuilder) tuple(v *Tuple, d, limit int) *ppNode {
	switch {
	case len(v.Elems) == 0:
		return ppLeafASCII("{}")
	case d == 1:
		return cutLeaf("{...}", func(l, dd int) *ppNode { return b.tuple(v, 1+dd, l) })
	}
	kind := ppTuple
	if _, ok := v.Elems[0].(Atom); ok && len(v.Elems) > 1 {
		kind = ppTagged
	}
	return b.seqNode(kind, b.tupleSeq(v, 0, d, tsub(limit, 2)), 2)
}

// tupleSeq is print_length_tuple1: the elements from index i on.
func (b *limBuilder) tupleSeq(v *Tuple, i, d, limit int) ppSeq {
	var s ppSeq
	for ; i < len(v.Elems); i++ {
		if d == 1 || limit == 0 {
			i0, d0 := i, d
			s.more = func(l, dd int) ppSeq { return b.tupleSeq(v, i0, d0+dd, l) }
			return s
		}
		l1 := limit
		if i+1 < len(v.Elems) {
			l1 = tsub(limit, 1)
		}
		e := b.length(v.Elems[i], d-1, l1)
		s.elems = append(s.elems, e)
		d, limit = d-1, tsub(l1, e.n)
	}
	return s
}

func (b *limBuilder) mapNode(m *Map, d, limit int) *ppNode {
	switch {
	case m.Size() == 0:
		return ppLeafASCII("#{}")
	case d == 1:
		return cutLeaf("#{...}", func(l, dd int) *ppNode { return b.mapNode(m, 1+dd, l) })
	}
	keys, vals := m.Keys(), m.Values()
	return b.seqNode(ppMap, b.pairSeq(keys, vals, 0, d, d-1, tsub(limit, 3)), 3)
}

// pairSeq is print_length_map_pairs: the pairs from index i on, each key
// and value at depth d0 however the pairs are cut.
func (b *limBuilder) pairSeq(keys, vals []Term, i, d, d0, limit int) ppSeq {
	var s ppSeq
	for ; i < len(keys); i++ {
		if d == 1 || limit == 0 {
			i0, dd0 := i, d
			s.more = func(l, dd int) ppSeq { return b.pairSeq(keys, vals, i0, dd0+dd, d0, l) }
			return s
		}
		l1 := limit
		if i+1 < len(keys) {
			l1 = tsub(limit, 1)
		}
		k := b.length(keys[i], d0, l1)
		v := b.length(vals[i], d0, tsub(l1, k.n+4))
		p := &ppNode{kind: ppPair, key: k, val: v, n: k.n + 4 + v.n, ndots: k.ndots + v.ndots}
		s.elems = append(s.elems, p)
		d, limit = d-1, tsub(l1, p.n)
	}
	return s
}

// binary is a bitstring written byte by byte (io_lib:write_binary/3),
// each byte costing a level of depth and its characters of the budget.
func (b *limBuilder) binary(v *Binary, d, limit int) *ppNode {
	switch {
	case len(v.Data) == 0:
		return ppLeafASCII("<<>>")
	case d == 1:
		return cutLeaf("<<...>>", func(l, dd int) *ppNode { return b.binary(v, 1+dd, l) })
	}
	pieces, cut := limitedBinaryPieces(v, d, tsub(limit, 4))
	n := &ppNode{kind: ppBin, bytes: pieces, n: 4 + len(pieces) - 1}
	for _, s := range pieces {
		n.n += len(s)
	}
	if cut {
		n.ndots = 3
		n.more = func(l, dd int) *ppNode { return b.binary(v, d+dd, l) }
	}
	return n
}

// limitedBinaryPieces is write_binary_body with a budget: the pieces, and
// whether the bytes were cut.
func limitedBinaryPieces(v *Binary, d, limit int) ([]string, bool) {
	whole := len(v.Data)
	if v.Trail != 0 {
		whole--
	}
	var pieces []string
	for i := range v.Data {
		if d == 1 || limit == 0 {
			return append(pieces, "..."), true
		}
		if i == whole {
			bits := int(v.Trail)
			return append(pieces, strconv.Itoa(int(v.Data[i]>>(8-bits)))+":"+strconv.Itoa(bits)), false
		}
		s := strconv.Itoa(int(v.Data[i]))
		pieces = append(pieces, s)
		d, limit = d-1, tsub(limit, len(s)+1)
	}
	return pieces, false
}

// expand prints n with dd more levels of depth and the budget limit.
func (b *limBuilder) expand(n *ppNode, limit, dd int) *ppNode {
	switch {
	case n.ndots == 0 && n.more == nil:
		return n
	case n.more != nil:
		return n.more(limit, dd)
	case n.kind == ppPair:
		k := b.expand(n.key, tsub(limit, 1), dd)
		v := b.expand(n.val, tsub(limit, k.n+4), dd)
		return &ppNode{kind: ppPair, key: k, val: v, n: k.n + 4 + v.n, ndots: k.ndots + v.ndots}
	}
	brackets := 2
	if n.kind == ppMap {
		brackets = 3
	}
	return b.seqNode(n.kind, b.expandSeq(n, tsub(limit, brackets), dd), brackets)
}

// expandSeq is expand_list: the elements expanded in turn, then the cut
// part printed with more depth.
func (b *limBuilder) expandSeq(n *ppNode, limit, dd int) ppSeq {
	var s ppSeq
	for i, e := range n.elems {
		l1 := limit
		if i+1 < len(n.elems) || n.dots {
			l1 = tsub(limit, 1)
		}
		e = b.expand(e, l1, dd)
		s.elems = append(s.elems, e)
		limit = tsub(l1, e.n)
	}
	if n.dots {
		rest := n.moreSeq(limit, dd)
		s.elems = append(s.elems, rest.elems...)
		s.tail, s.more = rest.tail, rest.more
	}
	return s
}

// intermediate is io_lib_pretty:intermediate/6: the deepest print of t
// (down to depth d, -1 for any) whose text fits in limit characters.
func (b *limBuilder) intermediate(t Term, d, limit int) *ppNode {
	n := b.length(t, 1, limit)
	if n.ndots == 0 || n.n > limit || d == 1 {
		return n
	}
	return b.findUpper(n, limit, 1, 2, d, n.n)
}

// findUpper doubles the depth while the text fits, then bisects.
func (b *limBuilder) findUpper(lower *ppNode, limit, dl, dd, d, lastLen int) *ppNode {
	dd2 := dd * 2
	d1 := dl + dd2
	if d >= 0 {
		d1 = min(d1, d)
	}
	n := b.expand(lower, limit, d1-dl)
	switch {
	case n.ndots == 0, n.n == lastLen:
		return n
	case n.n <= limit && (d1 < d || d < 0):
		return b.findUpper(n, limit, d1, dd2, d, n.n)
	}
	return b.searchDepth(lower, n, limit, dl, d1)
}

func (b *limBuilder) searchDepth(lower, upper *ppNode, limit, dl, du int) *ppNode {
	for du-dl != 1 {
		d1 := (dl + du) / 2
		n := b.expand(lower, limit, d1-dl)
		if n.n > limit {
			upper, du = n, d1
		} else {
			lower, dl = n, d1
		}
	}
	if lower.n == limit {
		return lower
	}
	return upper
}

// stringLeaf is print_length of a list under ~p with a budget: a string
// leaf if the list, or its first limit-2 characters, are printable
// (io_lib_pretty:printable_list/4), else nil. A prefix prints as
// "abc"..., a leaf with no cut parts, so the depth search leaves it.
func (b *limBuilder) stringLeaf(c *Cons, limit int) *ppNode {
	rs, whole := b.printablePrefix(c, tsub(limit, 2))
	if rs == nil {
		return nil
	}
	mode := escLatin1
	if b.unicode {
		mode = escUnicode
	}
	quoted := appendQuoted(nil, rs, '"', mode)
	if whole {
		return ppLeafNode(quoted, charsLength(quoted))
	}
	text := append(append(openIf(nil, b.deep), quoted...), closeIf(nil, b.deep)...)
	return ppLeafNode(append(text, '.', '.', '.'), 3+charsLength(quoted))
}

// printablePrefix returns the characters of the list if it is printable
// (whole), or its first n characters if they are printable and more
// follow; nil otherwise. Without t, the test is Latin-1 and a list whose
// first n elements are printable characters is cut there, whatever comes
// after; with t, the first n elements must be characters (string:slice)
// and printable under the +pc range, and with n = 0 nothing is text.
func (b *limBuilder) printablePrefix(t Term, n int) (rs []rune, whole bool) {
	for {
		c, ok := t.(*Cons)
		if _, isNil := t.(Nil); isNil {
			if b.unicode && len(rs) == 0 {
				return nil, false
			}
			return rs, true
		}
		if len(rs) == n {
			if b.unicode && (n == 0 || !ok) {
				return nil, false
			}
			return append([]rune{}, rs...), false
		}
		if !ok {
			return nil, false
		}
		ch, isInt := IntOf(c.Head)
		printable := isInt && isPrintableLatin1(int64(ch))
		if b.unicode {
			printable = isInt && isPrintableChar(int64(ch))
		}
		if !printable {
			return nil, false
		}
		rs = append(rs, rune(ch))
		t = c.Tail
	}
}

// textBinary is print_length of a binary under ~p with a budget: text
// <<"abc">> if its bytes (at most 4 per level of depth below this one,
// and the budget less 6) are printable (io_lib_pretty:printable_bin0/4);
// a printable prefix prints as <<"abc"...>>, which more depth lengthens.
func (b *limBuilder) textBinary(v *Binary, d, limit int) *ppNode {
	d1 := d - 1
	n := len(v.Data)
	if d1 >= 0 {
		n = min(n, 4*d1)
	}
	n = min(n, tsub(limit, 6))
	var leaf *ppNode
	if b.unicode && validUTF8Prefix(v.Data, n) {
		leaf = unicodeTextBinary(v.Data, n, d1, b.deep)
	} else {
		leaf = latin1TextBinary(v.Data, n, d1, b.deep)
	}
	if leaf != nil && strings.HasSuffix(string(flatChars(leaf.text)), "...>>") {
		leaf.ndots = 3
		leaf.more = func(l, dd int) *ppNode { return b.length(v, d+dd, l) }
	}
	return leaf
}

// prettyLimited appends t as ~p prints it under a character limit
// (io_lib_pretty:print/2 with chars_limit): the deepest print that fits
// the limit (intermediate), laid out as prettyTerm lays out a whole term.
func prettyLimited(out []rune, t Term, o prettyOpts, limit int) []rune {
	return prettyRoot(out, t, o, o.depth != 0 && limit != 0, func() *ppNode {
		b := limBuilder{unicode: o.unicode, strings: o.strings, deep: o.deep}
		return b.intermediate(t, o.depth, limit)
	})
}

// layoutRoot appends the tree root as a whole term is laid out (prettyTerm,
// and the chars_limit form above): on one line if it fits, else broken by
// ppLayout.
func layoutRoot(out []rune, root *ppNode, o prettyOpts) []rune {
	if o.lineLen == 0 || root.n < o.lineLen-o.col {
		return root.write(out, o.deep)
	}
	l := ppLayout{ll: o.lineLen, m: root.n, deep: o.deep}
	l.tind = 1
	for _, ind := range []int{-1, 4} {
		if l.cind(root, o.col, ind, 0, 0) {
			l.tind = ind
			break
		}
	}
	l.out = out
	l.pp(root, o.col, &ppIndent{n: o.col - 1}, 0, 0)
	return l.out
}
