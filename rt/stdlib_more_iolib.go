package rt

// io_lib's writers of Latin-1 and Unicode strings, characters and atoms
// (write_string_as_latin1/1,2, write_latin1_string/1,2,
// write_unicode_string/1, write_char_as_latin1/1, write_latin1_char/1,
// write_unicode_char/1, write_atom_as_latin1/1) and quote_atom/2. They
// follow io_lib.erl's string_char/4 clause by clause, term comparison
// included, so that odd elements fail (or pass) as they do there.

func init() {
	RegisterModule("io_lib",
		Export("write_string_as_latin1", 1, IoLibWriteStringAsLatin11),
		Export("write_string_as_latin1", 2, IoLibWriteStringAsLatin12),
		Export("write_latin1_string", 1, IoLibWriteLatin1String1),
		Export("write_latin1_string", 2, IoLibWriteLatin1String2),
		Export("write_unicode_string", 1, IoLibWriteUnicodeString1),
		Export("write_char_as_latin1", 1, IoLibWriteCharAsLatin11),
		Export("write_latin1_char", 1, IoLibWriteLatin1Char1),
		Export("write_unicode_char", 1, IoLibWriteUnicodeChar1),
		Export("write_atom_as_latin1", 1, IoLibWriteAtomAsLatin11),
		Export("quote_atom", 2, IoLibQuoteAtom2),
		Export("limit_term", 2, IoLibLimitTerm2),
	)
}

// The encodings of string_char/4.
var (
	atomLatin1Enc    = Intern("latin1")
	atomUniAsLatin1  = Intern("unicode_as_latin1")
	atomUniAsUnicode = Intern("unicode_as_unicode")
)

var (
	iolStringChar  = erlFrame{"io_lib", "string_char", 4, 586}
	iolWriteString = erlFrame{"io_lib", "write_string1", 3, 581}
	iolWriteNested = erlFrame{"io_lib", "write_string1", 3, 584}
)

// between is Lo =< C andalso C =< Hi in Erlang's term order.
func between(c Term, lo, hi int) bool {
	return Compare(c, BoxInt(Int(lo))) >= 0 && Compare(c, BoxInt(Int(hi))) <= 0
}

// stringChar is io_lib:string_char(Enc, C, Q, Tail): C as it appears
// inside quotes Q, in front of tail. ok is false where no clause matches.
func stringChar(enc Atom, c, q Term, tail []Term) (out []Term, ok bool) {
	pre := func(cs ...Term) []Term { return append(cs, tail...) }
	switch {
	case ExactEqual(c, q):
		return pre(BoxInt('\\'), q), true
	case ExactEqual(c, BoxInt('\\')):
		return pre(BoxInt('\\'), BoxInt('\\')), true
	case between(c, ' ', '~'):
		return pre(c), true
	case enc == atomLatin1Enc && between(c, 0xA0, 0xFF),
		enc == atomUniAsUnicode && Compare(c, BoxInt(0xA0)) >= 0,
		enc == atomUniAsLatin1 && between(c, 0xA0, 0xFF):
		return pre(c), true
	case enc == atomUniAsLatin1 && Compare(c, BoxInt(0xFF)) >= 0:
		hex := ErlangIntegerToList2(nil, c, BoxInt(16))
		esc, _ := ListToSlice(Append(Str(`\x{`), Append(hex, Str("}"))))
		return pre(esc...), true
	}
	if n, isInt := c.(Small); isInt {
		if e, named := stringCharEscapes[n.Int()]; named {
			return pre(BoxInt('\\'), BoxInt(Int(e))), true
		}
	}
	if Compare(c, BoxInt(0xA0)) < 0 { // other control characters, in octal
		c1 := Add(Bsr(c, BoxInt(6)), BoxInt('0'))
		c2 := Add(Band(Bsr(c, BoxInt(3)), BoxInt(7)), BoxInt('0'))
		c3 := Add(Band(c, BoxInt(7)), BoxInt('0'))
		return pre(BoxInt('\\'), c1, c2, c3), true
	}
	return nil, false
}

var stringCharEscapes = map[Int]rune{'\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\b': 'b', '\f': 'f', 0x1B: 'e', 0x7F: 'd'}

// writeString1 is [Q | write_string1(Enc, S, Q)], raising from the frame
// below (the caller's) as io_lib.erl does. Its recursion builds the tail
// first: an improper list fails before any character, and of two bad
// characters the last fails.
func writeString1(enc Atom, s, q Term, caller erlFrame) Term {
	var chars []Term
	rest := s
	for c, ok := rest.(*Cons); ok; c, ok = rest.(*Cons) {
		chars = append(chars, c.Head)
		rest = c.Tail
	}
	nested := func(depth int) []erlFrame {
		if depth > 0 {
			return []erlFrame{iolWriteNested, caller}
		}
		return []erlFrame{caller}
	}
	if _, ok := rest.(Nil); !ok {
		frames := append([]erlFrame{iolWriteString}, nested(len(chars))...)
		return otpRaise(AtomFunctionClause, List(enc, rest, q), frames...)
	}
	tail := []Term{q}
	for i := len(chars) - 1; i >= 0; i-- {
		out, ok := stringChar(enc, chars[i], q, tail)
		if !ok {
			frames := append([]erlFrame{iolStringChar}, nested(i)...)
			return otpRaise(AtomFunctionClause, List(enc, chars[i], q, List(tail...)), frames...)
		}
		tail = out
	}
	return List(append([]Term{q}, tail...)...)
}

// IoLibWriteStringAsLatin11 is io_lib:write_string_as_latin1(String):
// write_string/1 with characters above 255 as \x{HEX}.
func IoLibWriteStringAsLatin11(p *Process, s Term) Term {
	return IoLibWriteStringAsLatin12(p, s, BoxInt('"'))
}

// IoLibWriteStringAsLatin12 is io_lib:write_string_as_latin1(String, Quote).
func IoLibWriteStringAsLatin12(p *Process, s, q Term) Term {
	return writeString1(atomUniAsLatin1, s, q, erlFrame{"io_lib", "write_string_as_latin1", 2, 579})
}

// IoLibWriteLatin1String1 is io_lib:write_latin1_string(Latin1String).
func IoLibWriteLatin1String1(p *Process, s Term) Term {
	return IoLibWriteLatin1String2(p, s, BoxInt('"'))
}

// IoLibWriteLatin1String2 is io_lib:write_latin1_string(Latin1String,
// Quote): a character above 255 matches no clause.
func IoLibWriteLatin1String2(p *Process, s, q Term) Term {
	return writeString1(atomLatin1Enc, s, q, erlFrame{"io_lib", "write_latin1_string", 2, 568})
}

// IoLibWriteUnicodeString1 is io_lib:write_unicode_string(String), the
// old name of write_string/1.
func IoLibWriteUnicodeString1(p *Process, s Term) Term { return IoLibWriteString1(p, s) }

// IoLibWriteUnicodeChar1 is io_lib:write_unicode_char(Char), the old name
// of write_char/1.
func IoLibWriteUnicodeChar1(p *Process, c Term) Term { return IoLibWriteChar1(p, c) }

// IoLibWriteCharAsLatin11 is io_lib:write_char_as_latin1(Char): $C with a
// character above 255 as \x{HEX} (and, unlike write_char/1, a space as
// itself).
func IoLibWriteCharAsLatin11(p *Process, c Term) Term {
	return writeCharAs(atomUniAsLatin1, c, "write_char_as_latin1", 641, 1<<62)
}

// IoLibWriteLatin1Char1 is io_lib:write_latin1_char(Latin1Char).
func IoLibWriteLatin1Char1(p *Process, c Term) Term {
	return writeCharAs(atomLatin1Enc, c, "write_latin1_char", 635, 0xFF)
}

func writeCharAs(enc Atom, c Term, fun string, line int, max Int) Term {
	n, ok := IntOf(c)
	if _, big := c.(*BigInt); big && max == 1<<62 && Compare(c, BoxInt(0)) > 0 {
		n, ok = 0, true // any integer >= 0 passes the guard
	}
	if !ok || n < 0 || n > max {
		return otpRaise(AtomFunctionClause, List(c), erlFrame{"io_lib", fun, 1, line})
	}
	out, _ := stringChar(enc, c, BoxInt(-1), nil)
	return List(append([]Term{BoxInt('$')}, out...)...)
}

// IoLibWriteAtomAsLatin11 is io_lib:write_atom_as_latin1(Atom): quoted
// as write_atom/1 quotes, with characters above 255 as \x{HEX}.
func IoLibWriteAtomAsLatin11(p *Process, a Term) Term {
	at, ok := a.(Atom)
	if !ok { // atom_to_list(A) fails in write_possibly_quoted_atom/2
		e := NewException(AtomError, AtomBadarg)
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
		e.head = NewTuple(AtomErlang, Intern("atom_to_list"), List(a), info)
		e.under = []Term{erlFrame{"io_lib", "write_possibly_quoted_atom", 2, 493}.entry(nil)}
		e.bif = true
		panic(e)
	}
	chars := Str(at.Name())
	if quoteAtom(at, chars) {
		return writeString1(atomUniAsLatin1, chars, BoxInt('\''), erlFrame{"io_lib", "write_string_as_latin1", 2, 579})
	}
	return chars
}

// IoLibQuoteAtom2 is io_lib:quote_atom(Atom, Chars): whether the atom
// whose characters are Chars needs quotes.
func IoLibQuoteAtom2(p *Process, a, chars Term) Term {
	return Bool(quoteAtom(a, chars))
}

// quoteAtom is io_lib.erl's quote_atom/2: a reserved word needs quotes; so
// does a name that does not start with a lower-case letter or goes on with
// anything but letters, digits, _ and @.
func quoteAtom(a, chars Term) bool {
	if at, ok := a.(Atom); ok && reservedWord(at.Name()) {
		return true
	}
	c, ok := chars.(*Cons)
	if !ok {
		return true
	}
	if !isLowerLetter(charOf(c.Head)) {
		return true
	}
	for rest := c.Tail; ; {
		switch x := rest.(type) {
		case Nil:
			return false
		case *Cons:
			if r := charOf(x.Head); !isLowerLetter(r) && !isNameChar(r) {
				return true
			}
			rest = x.Tail
		default:
			return otpRaise(AtomFunctionClause, List(rest), erlFrame{"io_lib", "name_chars", 1, 520}) != nil
		}
	}
}

// charOf is t as a character, or -1 if it is none.
func charOf(t Term) rune {
	if n, ok := t.(Small); ok && n.Int() >= 0 && n.Int() <= 0x10FFFF {
		return rune(n.Int())
	}
	return -1
}

// IoLibLimitTerm2 is io_lib:limit_term(Term, Depth): Term itself when ~P
// with that depth would print all of it, else a copy with what lies deeper
// replaced by '...' ([..., '...'] in lists and tuples), printable lists
// kept whole and a map cut to its first Depth + 1 pairs in iteration
// order, each value limited to Depth - 1.
func IoLibLimitTerm2(p *Process, t, depth Term) Term {
	d, ok := depth.(Small)
	if !ok {
		// A big depth is never reached. Any other depth passes lists
		// (their clause wants an integer) and fails in the arithmetic on
		// it for a tuple's or a map's first element.
		if _, big := depth.(*BigInt); big {
			return t
		}
		caller := erlFrame{"io_lib", "limit_term", 2, 1001}
		switch x := t.(type) {
		case *Tuple:
			if len(x.Elems) > 0 {
				return otpRaise(AtomBadarith, nil, erlFrame{"io_lib", "test_limit_tuple", 4, 1101}, caller)
			}
		case *Map:
			if x.Size() > 0 {
				return otpRaise(AtomBadarith, nil, erlFrame{"io_lib", "test_limit_map_assoc", 3, 1118},
					erlFrame{"io_lib", "test_limit_map_body", 2, 1111}, caller)
			}
		}
		return t
	}
	if !limitNeeded(t, d.Int()) {
		return t
	}
	return limitTerm(p, t, d.Int())
}

var atomEllipsis = Intern("...")

// limitNeeded is io_lib's test_limit/2 answering true where it throws.
func limitNeeded(t Term, d Int) bool {
	if d == 0 {
		return true
	}
	switch x := t.(type) {
	case *Cons:
		if d == 1 {
			return true
		}
		if isPrintableList(x) {
			return false
		}
		if limitNeeded(x.Head, d-1) {
			return true
		}
		for rest, dd := x.Tail, d-1; ; dd-- {
			switch c := rest.(type) {
			case Nil:
				return false
			case *Cons:
				if dd == 1 || limitNeeded(c.Head, dd-1) {
					return true
				}
				rest = c.Tail
			default:
				return dd == 1 || limitNeeded(c, dd-1)
			}
		}
	case *Tuple:
		for i, e := range x.Elems {
			if d-Int(i) == 1 || limitNeeded(e, d-Int(i)-1) {
				return true
			}
		}
	case *Map:
		keys, vals := x.Keys(), x.Values()
		for i := range keys {
			dd := d - Int(i)
			if dd == 0 || limitNeeded(keys[i], dd-1) || limitNeeded(vals[i], dd-1) {
				return true
			}
		}
		return d-Int(len(keys)) == 0
	}
	return false
}

func isPrintableList(l Term) bool { return IoLibPrintableList1(nil, l) == True }

// limitTerm is io_lib's limit/2.
func limitTerm(p *Process, t Term, d Int) Term {
	if d == 0 {
		return atomEllipsis
	}
	switch x := t.(type) {
	case *Cons:
		if d == 1 {
			return List(atomEllipsis)
		}
		if isPrintableList(x) {
			return x
		}
		var out []Term
		out = append(out, limitTerm(p, x.Head, d-1))
		rest, dd := x.Tail, d-1
		for {
			c, ok := rest.(*Cons)
			if !ok {
				break
			}
			if dd == 1 {
				return List(append(out, atomEllipsis)...)
			}
			out = append(out, limitTerm(p, c.Head, dd-1))
			rest, dd = c.Tail, dd-1
		}
		if _, end := rest.(Nil); end {
			return List(out...)
		}
		if dd == 1 {
			return List(append(out, atomEllipsis)...)
		}
		return ListWithTail(limitTerm(p, rest, dd-1), out...)
	case *Tuple:
		if len(x.Elems) == 0 {
			return x
		}
		if d == 1 {
			return NewTuple(atomEllipsis)
		}
		out := []Term{limitTerm(p, x.Elems[0], d-1)}
		for i, dd := 1, d-1; i < len(x.Elems); i, dd = i+1, dd-1 {
			if dd == 1 {
				out = append(out, atomEllipsis)
				break
			}
			out = append(out, limitTerm(p, x.Elems[i], dd-1))
		}
		return NewTuple(out...)
	case *Map:
		keys, vals := x.Keys(), x.Values()
		out := EmptyMap
		for i := 0; i < len(keys) && Int(i) < d+1; i++ {
			out = out.Put(keys[i], limitTerm(p, vals[i], d-1))
		}
		return out
	}
	return t
}
