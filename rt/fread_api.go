package rt

// The Erlang side of io_lib:fread/2,3 (fread.go): terms in, terms out.

// IoLibFread2 is io_lib:fread(Format, String): {ok, Items, LeftOver},
// {more, RestFormat, Nchars, InputStack}, eof (String is eof) or
// {error, {fread, What}}.
func IoLibFread2(p *Process, format, str Term) Term {
	f, ok1 := freadChars(format)
	line, ok2 := freadInput(str)
	if !ok1 || !ok2 {
		return otpRaise(AtomFunctionClause, List(format, str, BoxInt(0), Nil{}), freadFrame)
	}
	r := fread(f, line, 0, nil)
	switch r.kind {
	case freadOK:
		return NewTuple(atomOk, List(r.items...), r.rest.term())
	case freadMore:
		return NewTuple(atomFrMore, runesList(r.format), BoxInt(Int(r.n)), reversedList(r.items))
	}
	return r.term()
}

// IoLibFread3 is io_lib:fread(Continuation, CharSpec, Format): {more,
// Continuation1} or {done, Result, LeftOver}, where Result is {ok, Items},
// eof or {error, {fread, What}}.
func IoLibFread3(p *Process, cont, chars, format Term) Term {
	c := freadCont{formatT: format}
	if cont != Term(Nil{}) {
		var ok bool
		if c, ok = freadContOf(cont); !ok {
			return otpRaise(AtomFunctionClause, List(cont, chars, format), erlFrame{"io_lib_fread", "fread", 3, 49})
		}
	}
	return c.collect(chars)
}

// freadFrame is io_lib_fread:fread/4, where a format that is not a
// string fails.
var freadFrame = erlFrame{"io_lib_fread", "fread", 4, 115}

// freadCont is io_lib:fread/3's continuation {Format, Stack, N, Results}
// with the line so far in order and the items so far in order. The
// format of a first call is read when a line is (formatT).
type freadCont struct {
	formatT Term
	format  []rune
	line    []rune
	n       int64
	items   []Term
}

func freadContOf(t Term) (freadCont, bool) {
	x, ok := TupleArity(t, 4)
	if !ok {
		return freadCont{}, false
	}
	f, ok1 := freadChars(x.Elems[0])
	stack, ok2 := freadChars(x.Elems[1])
	n, ok3 := IntOf(x.Elems[2])
	items, ok4 := ListToSlice(x.Elems[3])
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return freadCont{}, false
	}
	reverseRunes(stack)
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return freadCont{format: f, line: stack, n: int64(n), items: items}, true
}

func (c freadCont) term() Term {
	format := c.formatT
	if format == nil {
		format = runesList(c.format)
	}
	stack := append([]rune(nil), c.line...)
	reverseRunes(stack)
	return NewTuple(format, runesList(stack), BoxInt(Int(c.n)), reversedList(c.items))
}

// collect gathers characters up to the end of a line ("\n", "\r\n", a
// "\r" followed by something else, or the end of the data) and reads it.
func (c freadCont) collect(chars Term) Term {
	for t := chars; ; {
		cr := len(c.line) > 0 && c.line[len(c.line)-1] == '\r'
		switch x := t.(type) {
		case *Cons:
			ch, ok := IntOf(x.Head)
			if !ok || ch < -1<<31 || ch >= 1<<31 {
				return Badarg()
			}
			switch {
			case ch == '\n' && cr:
				return c.readLine(c.line[:len(c.line)-1], false, x.Tail, "\r\n")
			case ch == '\n':
				return c.readLine(c.line, false, x.Tail, "\n")
			case cr:
				return c.readLine(c.line[:len(c.line)-1], false, t, "\r")
			}
			c.line = append(c.line, rune(ch))
			t = x.Tail
		case Nil:
			return NewTuple(atomFrMore, c.term())
		default: // eof
			if cr {
				return c.readLine(c.line[:len(c.line)-1], false, t, "\r")
			}
			return c.readLine(c.line, false, t, "")
		}
	}
}

// readLine reads one line (or eof) that ended with newline; more is what
// follows it: characters, or eof.
func (c freadCont) readLine(line []rune, eof bool, more Term, newline string) Term {
	_, moreIsList := more.(*Cons)
	moreIsList = moreIsList || more == Term(Nil{})
	var rest Term = Nil{}
	if moreIsList {
		rest = more
	}
	if c.formatT != nil {
		f, ok := freadChars(c.formatT)
		if !ok {
			var l Term = atomEof
			if !eof {
				l = runesList(line)
			}
			return otpRaise(AtomFunctionClause, List(c.formatT, l, BoxInt(0), Nil{}),
				freadFrame, erlFrame{"io_lib_fread", "fread_line", 6, 73})
		}
		c.format, c.formatT = f, nil
	}
	r := fread(c.format, freadLine{cs: line, eof: eof}, c.n, c.items)
	switch {
	case r.kind == freadOK && r.rest.eof:
		return Badarg() // OTP's Rest ++ ... of eof
	case r.kind == freadOK && len(r.rest.cs) == 0:
		return NewTuple(atomFrDone, NewTuple(atomOk, List(r.items...)), rest)
	case r.kind == freadOK:
		left := append(append([]rune(nil), r.rest.cs...), []rune(newline)...)
		return NewTuple(atomFrDone, NewTuple(atomOk, List(r.items...)), prependRunes(left, rest))
	case r.kind == freadMore && !eof:
		next := freadCont{format: r.format, n: r.n + int64(len(newline)), items: r.items}
		if moreIsList {
			return next.collect(more)
		}
		return next.readLine(nil, true, more, "")
	}
	return NewTuple(atomFrDone, r.term(), more)
}

// term is a result that is not ok nor more as Erlang returns it.
func (r freadResult) term() Term {
	switch r.kind {
	case freadEOF:
		return atomEof
	case freadError:
		return NewTuple(AtomError, NewTuple(atomFread, r.what))
	case freadMore:
		return NewTuple(atomFrMore, runesList(r.format), BoxInt(Int(r.n)), reversedList(r.items))
	}
	return NewTuple(atomOk, List(r.items...))
}

func (l freadLine) term() Term {
	if l.eof {
		return atomEof
	}
	return runesList(l.cs)
}

// freadChars reads a flat list of characters.
func freadChars(t Term) ([]rune, bool) {
	var out []rune
	for {
		switch x := t.(type) {
		case Nil:
			return out, true
		case *Cons:
			c, ok := IntOf(x.Head)
			if !ok || c < -1<<31 || c >= 1<<31 {
				return nil, false
			}
			out = append(out, rune(c))
			t = x.Tail
		default:
			return nil, false
		}
	}
}

// freadInput is fread/2's string: characters or eof.
func freadInput(t Term) (freadLine, bool) {
	if t == Term(atomEof) {
		return freadLine{eof: true}, true
	}
	cs, ok := freadChars(t)
	return freadLine{cs: cs}, ok
}

func reverseRunes(rs []rune) {
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
}

func reversedList(ts []Term) Term {
	var l Term = Nil{}
	for _, t := range ts {
		l = &Cons{Head: t, Tail: l}
	}
	return l
}

// prependRunes is the list of rs followed by tail.
func prependRunes(rs []rune, tail Term) Term {
	for i := len(rs) - 1; i >= 0; i-- {
		tail = &Cons{Head: BoxInt(Int(rs[i])), Tail: tail}
	}
	return tail
}
