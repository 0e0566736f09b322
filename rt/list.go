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
		cells[i].Head = Int(r)
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
			r, isInt := c.Head.(Int)
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
