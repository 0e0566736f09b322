package rt

import "unicode/utf8"

// List returns the proper list [elems...]. All cells come from one
// allocation, so List suits literals and BIF results alike.
func List(elems ...Term) Term {
	return ListWithTail(Nil{}, elems...)
}

// ListWithTail returns [elems... | tail].
func ListWithTail(tail Term, elems ...Term) Term {
	if len(elems) == 0 {
		return tail
	}
	cells := make([]Cons, len(elems))
	for i, e := range elems {
		cells[i].Head = e
		if i+1 < len(cells) {
			cells[i].Tail = &cells[i+1]
		}
	}
	cells[len(cells)-1].Tail = tail
	return &cells[0]
}

// Str returns the Erlang string (list of code points) for the UTF-8 text s.
func Str(s string) Term {
	n := utf8.RuneCountInString(s)
	if n == 0 {
		return Nil{}
	}
	cells := make([]Cons, n)
	i := 0
	for _, r := range s {
		cells[i].Head = BoxInt(Int(r))
		if i+1 < n {
			cells[i].Tail = &cells[i+1]
		}
		i++
	}
	cells[n-1].Tail = Nil{}
	return &cells[0]
}

// ListToSlice returns the elements of a proper list; ok is false when l is
// not a proper list.
func ListToSlice(l Term) (elems []Term, ok bool) {
	for {
		switch c := l.(type) {
		case Nil:
			return elems, true
		case *Cons:
			elems = append(elems, c.Head)
			l = c.Tail
		default:
			return elems, false
		}
	}
}

// ListLen returns the length of a proper list, or -1 if l is not one.
func ListLen(l Term) int {
	n := 0
	for {
		switch c := l.(type) {
		case Nil:
			return n
		case *Cons:
			n++
			l = c.Tail
		default:
			return -1
		}
	}
}

// ListToString converts a list of Unicode code points to Go text; ok is
// false if l is not a proper list of valid code points.
func ListToString(l Term) (s string, ok bool) {
	var buf []byte
	for {
		switch c := l.(type) {
		case Nil:
			return string(buf), true
		case *Cons:
			r, isInt := IntOf(c.Head)
			if !isInt || r < 0 || r > utf8.MaxRune || (r >= 0xd800 && r <= 0xdfff) {
				return "", false
			}
			buf = utf8.AppendRune(buf, rune(r))
			l = c.Tail
		default:
			return "", false
		}
	}
}

// Append is A ++ B. A must be a proper list (else badarg); B may be any
// term, which becomes the tail. A's cells are copied in one allocation.
func Append(a, b Term) Term {
	if _, ok := b.(Nil); ok {
		if ListLen(a) < 0 {
			return BIFBadarg("++", a, b)
		}
		return a
	}
	n := ListLen(a)
	if n < 0 {
		return BIFBadarg("++", a, b)
	}
	if n == 0 {
		return b
	}
	cells := make([]Cons, n)
	l := a
	for i := range cells {
		c := l.(*Cons)
		cells[i].Head = c.Head
		if i+1 < n {
			cells[i].Tail = &cells[i+1]
		}
		l = c.Tail
	}
	cells[n-1].Tail = b
	return &cells[0]
}

// Subtract is A -- B: A without the first occurrence (by =:=) of each
// element of B. Both must be proper lists (else badarg).
func Subtract(a, b Term) Term {
	as, ok1 := ListToSlice(a)
	bs, ok2 := ListToSlice(b)
	if !ok1 || !ok2 {
		return BIFBadarg("--", a, b)
	}
	if len(bs) == 0 {
		return a
	}
	removed := make([]bool, len(as))
	if len(as)*len(bs) <= 256 {
		for _, x := range bs {
			for i, y := range as {
				if !removed[i] && ExactEqual(x, y) {
					removed[i] = true
					break
				}
			}
		}
	} else {
		subtractHashed(as, bs, removed)
	}
	out := as[:0]
	for i, x := range as {
		if !removed[i] {
			out = append(out, x)
		}
	}
	return List(out...)
}

// subtractHashed marks removals using a hash index of A, keeping -- near
// linear for long lists.
func subtractHashed(as, bs []Term, removed []bool) {
	index := make(map[uint64][]int, len(as))
	for i, x := range as {
		h := termHash(x)
		index[h] = append(index[h], i)
	}
	for _, x := range bs {
		h := termHash(x)
		idx := index[h]
		for j, i := range idx {
			if ExactEqual(as[i], x) {
				removed[i] = true
				index[h] = append(idx[:j:j], idx[j+1:]...)
				break
			}
		}
	}
}

// consBlock is the number of cells allocated at once by Process.Cons. It
// is a power of two, so that indexing the block needs no bounds check.
// Larger blocks are faster for code that conses in a loop (naive reverse:
// 2.6 s of CPU with 128 cells, 2.3 s with 256, 2.2 s with 512, 2.0 s with
// 1024, on a busy machine), but every process that has made a cell keeps
// its block: 8 KB at 256 cells, 32 KB at 1024, against about 2.7 KB for a
// whole idle process on BEAM. Blocks that grow would give both, but the
// variable index costs NewCons its place inside an inlined ListBuilder.Push.
const consBlock = 256

// Cons returns the list cell [h|t], taken from the process's cell block.
func (p *Process) Cons(h, t Term) Term {
	return p.NewCons(h, t)
}

// NewCons is Cons returning the cell itself, for code that builds a list
// front to back by setting the Tail of a cell it has just made. It is
// small enough to inline: a count test, one load, four stores; once per
// consBlock cells it allocates the next block, in line too.
func (p *Process) NewCons(h, t Term) *Cons {
	if p.free == 0 {
		p.cells = new([consBlock]Cons)
		p.free = consBlock
	}
	c := &p.cells[(consBlock-p.free)%consBlock]
	p.free--
	c.Head, c.Tail = h, t
	return c
}

// newCell is NewCons(h, <nothing yet>) for ListBuilder.Push: the cell's
// Tail stays as the new block has it, a nil interface, until the builder
// links the next cell or ends the list (List, WithTail); two stores fewer
// per element (naive reverse: 5% less time).
func (p *Process) newCell(h Term) *Cons {
	if p.free == 0 {
		p.cells = new([consBlock]Cons)
		p.free = consBlock
	}
	c := &p.cells[(consBlock-p.free)%consBlock]
	p.free--
	c.Head = h
	return c
}

// ListBuilder builds a list front to back, as a comprehension yields its
// elements: each Push takes a cell from the process's block and links it
// behind the last one, so the list costs no more than its cells. The zero
// ListBuilder holds the empty list. Push returns the new builder rather
// than changing it in place, so that a builder never has its address taken
// and the Go compiler can keep it in registers, and the list stops being
// live in the frame once List has handed it on.
type ListBuilder struct {
	head, last *Cons
}

// Push returns the builder with x appended:
//
//	acc = acc.Push(p, x)
func (b ListBuilder) Push(p *Process, x Term) ListBuilder {
	c := p.newCell(x)
	if b.last == nil {
		b.head = c
	} else {
		b.last.Tail = c
	}
	b.last = c
	return b
}

// List returns the list built so far.
func (b ListBuilder) List() Term { return b.WithTail(Nil{}) }

// WithTail ends the list built so far with tail: [... | Tail].
func (b ListBuilder) WithTail(tail Term) Term {
	if b.head == nil {
		return tail
	}
	b.last.Tail = tail
	return b.head
}
