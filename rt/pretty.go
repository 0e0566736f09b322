package rt

// This file is the ~p pretty printer (io_lib_pretty:print/2 without record
// definitions or a character limit). It works in two passes, as BEAM's:
//
//  1. build turns the term into a tree of ppNodes, each knowing the length
//     of its one-line text; atomic pieces (atoms, numbers, strings,
//     printable binaries, cut-off "{...}") become leaves.
//  2. ppLayout (pretty_layout.go) walks the tree: whatever fits in the rest
//     of the line is written flat, anything else is broken across lines
//     with elements aligned under the first one.
//
// BEAM's layout rules have many quirks (which width each test uses, how a
// tagged tuple {tag, ...} indents, when leaves may share a line); they are
// reproduced exactly, because programs print with ~p all the time and
// their output is compared with BEAM's byte for byte.

// In deep mode (format_deep.go) the sublists of io_lib_pretty's result are
// marked too: write and pp below put each element, each container's body
// and each line's indentation (ppIndent) where BEAM's functions nest them.

// Pretty returns t as ~p prints it starting at column 1.
func Pretty(t Term) string {
	return string(prettyTerm(nil, t, prettyOpts{col: 1, lineLen: 80, depth: -1, strings: true}))
}

// prettyOpts are io_lib_pretty:print/2's options.
type prettyOpts struct {
	col     int  // column where the text starts, 1-based
	lineLen int  // line length, 80 by default (~p's field width)
	depth   int  // -1 for no limit (~P's argument)
	unicode bool // encoding unicode (~tp)
	strings bool // lists and binaries of characters print as text (not ~lp)
	deep    bool // mark the sublists (format_deep.go)
}

type ppKind uint8

const (
	ppLeaf   ppKind = iota // text never broken: atoms, numbers, strings...
	ppList                 // [E1,...|Tail]
	ppTuple                // {E1,...}
	ppTagged               // {atom, ...} with two or more elements
	ppMap                  // #{P1,...}; elems are ppPair nodes
	ppPair                 // K => V
	ppBin                  // <<1,2,3>>, broken between bytes
)

// ppNode is one term in the tree built by build.
type ppNode struct {
	kind  ppKind
	n     int       // length of the one-line text in characters
	text  []rune    // ppLeaf: the text
	elems []*ppNode // ppList, ppTuple, ppTagged, ppMap: the elements
	dots  bool      // the elements were cut by the depth limit: "..."
	tail  *ppNode   // ppList: the tail of an improper list
	key   *ppNode   // ppPair
	val   *ppNode   // ppPair
	bytes []string  // ppBin: the bytes as text, the last maybe "..." or "V:S"

	// Under a character limit (pretty_limit.go) only: how many characters
	// the cut-off parts stand for, and how to print the node, or the
	// elements cut at its end, with more depth.
	ndots   int
	more    func(limit, dd int) *ppNode
	moreSeq func(limit, dd int) ppSeq
}

func ppLeafNode(text []rune, n int) *ppNode {
	return &ppNode{kind: ppLeaf, text: text, n: n}
}

func ppLeafASCII(s string) *ppNode {
	return ppLeafNode([]rune(s), len(s))
}

// prettyTerm appends t printed by io_lib_pretty:print/2 with options o.
func prettyTerm(out []rune, t Term, o prettyOpts) []rune {
	return prettyRoot(out, t, o, o.depth != 0, func() *ppNode {
		b := ppBuilder{unicode: o.unicode, strings: o.strings, deep: o.deep}
		return b.build(t, o.depth)
	})
}

// prettyRoot is what prettyTerm and prettyLimited share: "..." when
// nothing may be printed (fits false), an atom or a simple term as
// written, and a compound term laid out from the tree build makes.
func prettyRoot(out []rune, t Term, o prettyOpts, fits bool, build func() *ppNode) []rune {
	if !fits {
		return append(out, '.', '.', '.')
	}
	if o.col <= 0 {
		o.col = 1
	}
	switch v := t.(type) {
	case Atom:
		return appendAtom(out, v, o.unicode)
	case *Tuple, *Cons, Nil, *Map, *Binary:
	default:
		return writeTerm(out, t, -1, false)
	}
	return layoutRoot(out, build(), o)
}

// ppBuilder is pass 1: print_length in io_lib_pretty.
type ppBuilder struct {
	unicode bool
	strings bool
	deep    bool
}

func (b *ppBuilder) build(t Term, depth int) *ppNode {
	switch v := t.(type) {
	case Nil:
		return ppLeafASCII("[]")
	case Atom:
		text := appendAtom(nil, v, b.unicode)
		return ppLeafNode(text, charsLength(text))
	case *Cons:
		return b.buildList(v, depth)
	case *Tuple:
		return b.buildTuple(v, depth)
	case *Map:
		return b.buildMap(v, depth)
	case *Binary:
		return b.buildBinary(v, depth)
	}
	text := writeTerm(nil, t, -1, false)
	return ppLeafNode(text, charsLength(text))
}

// buildList makes a string leaf of a printable list, else a list node
// whose elements each cost one level of depth.
func (b *ppBuilder) buildList(c *Cons, depth int) *ppNode {
	if b.strings && depth != 1 {
		if rs := printableChars(c); rs != nil {
			mode := escLatin1
			if b.unicode {
				mode = escUnicode
			}
			text := appendQuoted(nil, rs, '"', mode)
			return ppLeafNode(text, charsLength(text))
		}
	}
	n := &ppNode{kind: ppList}
	var t Term = c
	for d := depth; ; d-- {
		cell, ok := t.(*Cons)
		_, isNil := t.(Nil)
		switch {
		case isNil:
		case d == 1:
			n.dots = true
		case !ok:
			n.tail = b.build(t, d-1)
		default:
			n.elems = append(n.elems, b.build(cell.Head, d-1))
			t = cell.Tail
			continue
		}
		break
	}
	n.n = seqLength(n, 2)
	return n
}

func (b *ppBuilder) buildTuple(t *Tuple, depth int) *ppNode {
	if len(t.Elems) == 0 {
		return ppLeafASCII("{}")
	}
	if depth == 1 {
		return ppLeafASCII("{...}")
	}
	n := &ppNode{kind: ppTuple}
	if _, ok := t.Elems[0].(Atom); ok && len(t.Elems) > 1 {
		n.kind = ppTagged
	}
	d := depth
	for _, e := range t.Elems {
		if d == 1 {
			n.dots = true
			break
		}
		n.elems = append(n.elems, b.build(e, d-1))
		d--
	}
	n.n = seqLength(n, 2)
	return n
}

// buildMap: keys and values sit one level below the map; the number of
// pairs shrinks with the depth as for a list.
func (b *ppBuilder) buildMap(m *Map, depth int) *ppNode {
	if m.Size() == 0 {
		return ppLeafASCII("#{}")
	}
	if depth == 1 {
		return ppLeafASCII("#{...}")
	}
	n := &ppNode{kind: ppMap}
	keys, vals := m.Keys(), m.Values()
	d := depth
	for i, k := range keys {
		if d == 1 {
			n.dots = true
			break
		}
		kn, vn := b.build(k, depth-1), b.build(vals[i], depth-1)
		n.elems = append(n.elems, &ppNode{kind: ppPair, key: kn, val: vn, n: kn.n + 4 + vn.n})
		d--
	}
	n.n = seqLength(n, 3)
	return n
}

// seqLength is the one-line length of a list, tuple or map node: the
// brackets, the elements and one separator between each two.
func seqLength(n *ppNode, brackets int) int {
	total := brackets
	parts := len(n.elems)
	for _, e := range n.elems {
		total += e.n
	}
	if n.dots {
		total += 3
		parts++
	}
	if n.tail != nil {
		total += n.tail.n
		parts++
	}
	if parts > 1 {
		total += parts - 1
	}
	return total
}

// write appends the items of the node's one-line text (write/1 in
// io_lib_pretty): a container's body is one sublist, each element of it
// another; an improper tail is spliced after the |.
func (n *ppNode) write(out []rune, deep bool) []rune {
	switch n.kind {
	case ppLeaf:
		return append(out, n.text...)
	case ppList:
		out = append(out, '[')
		out = n.writeBody(out, '|', deep)
		return append(out, ']')
	case ppTuple, ppTagged:
		out = append(out, '{')
		out = n.writeBody(out, ',', deep)
		return append(out, '}')
	case ppMap:
		out = append(out, '#', '{')
		out = n.writeBody(out, ',', deep)
		return append(out, '}')
	case ppPair:
		out = n.key.writeElem(out, deep)
		out = appendElem(out, []rune(" => "), deep)
		return n.val.writeElem(out, deep)
	}
	return n.writeBin(out, deep)
}

// writeElem appends the node's text as one sublist.
func (n *ppNode) writeElem(out []rune, deep bool) []rune {
	out = openIf(out, deep)
	out = n.write(out, deep)
	return closeIf(out, deep)
}

// writeBody writes the elements comma-separated, then "..." after sep
// if cut, or sep and the improper tail, all as one sublist.
func (n *ppNode) writeBody(out []rune, sep rune, deep bool) []rune {
	out = openIf(out, deep)
	for i, e := range n.elems {
		if i > 0 {
			out = append(out, ',')
		}
		out = e.writeElem(out, deep)
	}
	if n.dots || n.tail != nil {
		if len(n.elems) > 0 {
			out = append(out, sep)
		}
		if n.dots {
			out = append(out, '.', '.', '.')
		} else {
			out = n.tail.write(out, deep)
		}
	}
	return closeIf(out, deep)
}

func (n *ppNode) writeBin(out []rune, deep bool) []rune {
	out = append(out, '<', '<')
	out = openIf(out, deep)
	for i, s := range n.bytes {
		if i > 0 {
			out = append(out, ',')
		}
		out = appendBinPiece(out, s, deep)
	}
	out = closeIf(out, deep)
	return append(out, '>', '>')
}

// appendBinPiece writes one piece of a binary's body: a byte, "..." or
// Value:Size, each number a sublist.
func appendBinPiece(out []rune, s string, deep bool) []rune {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			out = appendElem(out, []rune(s[:i]), deep)
			out = append(out, ':')
			return appendElem(out, []rune(s[i+1:]), deep)
		}
	}
	return appendElem(out, []rune(s), deep)
}

// isLeaf is BEAM's ?ATM: the node is plain text that may share a line.
func (n *ppNode) isLeaf() bool { return n.kind == ppLeaf }
