package rt

// The io_lib module: formatting to character lists. format, write and
// print return the deep lists BEAM returns (format_deep.go says how); the
// other functions return flat strings, as BEAM's do.

var (
	atomIo       = Intern("io")
	atomIoLib    = Intern("io_lib")
	atomDepth    = Intern("depth")
	atomEncoding = Intern("encoding")
)

// IoLibFormat2 is io_lib:format(Format, Args).
func IoLibFormat2(p *Process, format, args Term) Term {
	return deepList(formatTerm(atomIoLib, "format", format, args))
}

// IoLibFwrite2 is io_lib:fwrite(Format, Args), the same as format.
func IoLibFwrite2(p *Process, format, args Term) Term {
	return deepList(formatTerm(atomIoLib, "fwrite", format, args))
}

// IoLibFormat3 is io_lib:format(Format, Args, Options), whose one option
// is {chars_limit, N}: the text of ~p ~P ~w ~W and ~s (of a non-atom) is
// cut to share about N characters less what the rest of the format
// writes (charsLimit).
func IoLibFormat3(p *Process, format, args, opts Term) Term {
	return deepList(formatLimited(format, args, opts))
}

// IoLibFwrite3 is io_lib:fwrite(Format, Args, Options), the same as format.
func IoLibFwrite3(p *Process, format, args, opts Term) Term {
	return deepList(formatLimited(format, args, opts))
}

// charsLimit is io_lib_format's build_limited: the characters left for the
// limited controls (negative: no limit) and how many of them are left;
// each gets an equal share of what the ones before it left. In the first
// pass (count) they write nothing and are only counted, so that what the
// rest writes is known.
type charsLimit struct {
	left, controls int
	count          bool
}

// formatLimited is io_lib:format/3: io_lib_format's build/2 in two passes
// of the formatter. A bad format or option raises error:badarg with
// io_lib:format(Format, Args) (without the options) on top, as OTP 25 does.
func formatLimited(format, args, opts Term) (out []rune) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(badFormat); !ok {
				panic(r)
			}
			// fwrite/3 tail-calls format/3, which raises.
			e := NewException(AtomError, AtomBadarg)
			e.head = NewTuple(atomIoLib, Intern("format"), List(format, args), otpLoc("io_lib", 202))
			panic(e)
		}
	}()
	if _, ok := ListToSlice(opts); !ok {
		failFormat()
	}
	limit := -1
	switch l := writeOption(opts, atomCharsLimit).(type) {
	case nil:
	case Small, *BigInt:
		n, _ := listCount(l)
		limit = int(n)
	default:
		failFormat()
	}
	fmtChars, literal := formatArg(format)
	argv, ok := ListToSlice(args)
	if !ok {
		failFormat()
	}
	if limit < 0 {
		return formatMarked(fmtChars, literal, argv, true)
	}
	counted := formatter{format: fmtChars, literal: literal, args: argv, deep: true, limit: &charsLimit{count: true}}
	counted.run()
	if len(counted.args) != 0 {
		failFormat()
	}
	if counted.limit.controls == 0 {
		return counted.out
	}
	other := charsLength(counted.out)
	f := formatter{format: fmtChars, literal: literal, args: argv, deep: true,
		limit: &charsLimit{left: tsub(limit, other), controls: counted.limit.controls}}
	f.run()
	return f.out
}

// control writes one limited control with its share of the characters
// left, as one sublist of the result.
func (l *charsLimit) control(f *formatter, out []rune, s fmtSpec) []rune {
	if l.count {
		l.controls++
		return out
	}
	share := l.left
	if share >= 0 {
		share /= l.controls
	}
	s.deep = true
	start := len(out)
	out = append(out, mkOpen)
	out = f.controlCut(out, s, share)
	out = append(out, mkClose)
	l.left = tsub(l.left, charsLength(out[start:]))
	l.controls--
	return out
}

// controlCut is io_lib_format:control_limited: ~p ~P ~w ~W ~s with at
// most about limit characters.
func (f *formatter) controlCut(out []rune, s fmtSpec, limit int) []rune {
	switch s.ctrl {
	case 'p', 'P':
		if s.left {
			failFormat()
		}
		o := prettyOpts{col: s.prec, lineLen: s.width, depth: -1, unicode: s.unicode, strings: s.strings, deep: true}
		if o.lineLen == noField {
			o.lineLen = 80
		}
		if o.col == noField {
			f.out = out
			o.col = f.column() + 1
		}
		if s.ctrl == 'P' {
			o.depth = depthArg(s.args[1])
		}
		return prettyLimited(out, s.args[0], o, limit)
	case 'w', 'W':
		depth := -1
		if s.ctrl == 'W' {
			depth = depthArg(s.args[1])
		}
		return termField(out, writeLimited(s.args[0], depth, s.unicode, limit), s)
	}
	var chars []rune
	switch {
	case limit < 0 || s.width != noField && limit >= s.width:
		chars = charsArgMarked(nil, s.args[0], s.unicode, true)
	case s.unicode:
		chars = cutChars(charsArg(nil, s.args[0], true), tsub(limit, 3))
	default:
		chars = cutLatin1(s.args[0], tsub(limit, 3))
	}
	if s.width != noField && limit >= 0 {
		s.width = max(3, min(s.width, limit)) // limit_field
	}
	return stringField(out, chars, s)
}

// writeLimited is io_lib:write(T, [{depth, Depth}, {encoding, E},
// {chars_limit, Limit}]).
func writeLimited(t Term, depth int, unicode bool, limit int) []rune {
	switch {
	case depth == 0 || limit == 0:
		return []rune("...")
	case limit < 0:
		return termWriter{unicode: unicode, deep: true}.term(nil, t, depth)
	}
	b := limBuilder{unicode: unicode}
	return b.intermediate(t, depth, limit).write(nil, true)
}

// cutChars is ~ts's text cut as io_lib_format's limit_cdata_to_chars
// does, flat: the first n characters (grapheme clusters), then the rest if
// it is at most 3 characters, else "...".
func cutChars(chars []rune, n int) []rune {
	keep := truncChars(chars, n)
	if charsLength(chars[len(keep):]) <= 3 {
		return chars
	}
	return append(keep[:len(keep):len(keep)], '.', '.', '.')
}

// cutLatin1 is ~s's text cut as io_lib_format's limit_iolist_to_chars
// does: the first n characters, nested lists flattened and each piece of
// a binary a sublist, then the rest if it is at most 3 characters, else
// "...". Only what it reads must be characters (0..255), lists or
// binaries.
func cutLatin1(t Term, n int) []rune {
	w := ioWalk{cur: t}
	out := w.take(nil, n)
	rest := w.take(nil, 4)
	if flatLen(rest) < 4 {
		return append(out, rest...)
	}
	return append(out, '.', '.', '.')
}

// ioWalk reads an iolist piece by piece: cur is what is left of the list
// (or binary) being read, stack the tails of the lists around it.
type ioWalk struct {
	cur   Term
	stack []Term
}

// take appends up to n characters, a binary's bytes as one sublist.
func (w *ioWalk) take(out []rune, n int) []rune {
	for n > 0 {
		switch v := w.cur.(type) {
		case Nil:
			if len(w.stack) == 0 {
				return out
			}
			w.cur, w.stack = w.stack[len(w.stack)-1], w.stack[:len(w.stack)-1]
		case *Cons:
			if c, ok := IntOf(v.Head); ok && c >= 0 && c <= 0xFF {
				out, n, w.cur = append(out, rune(c)), n-1, v.Tail
				continue
			}
			w.stack, w.cur = append(w.stack, v.Tail), v.Head
		case *Binary:
			if v.Trail != 0 {
				failFormat()
			}
			k := min(n, len(v.Data))
			out = append(out, mkOpen)
			for _, b := range v.Data[:k] {
				out = append(out, rune(b))
			}
			out, n = append(out, mkClose), n-k
			w.cur = &Binary{Data: v.Data[k:]}
			if k == len(v.Data) {
				w.cur = Nil{}
			}
		default:
			failFormat()
		}
	}
	return out
}

// flatLen counts the characters of a marked stream.
func flatLen(text []rune) int {
	n := 0
	for _, r := range text {
		if !isMark(r) {
			n++
		}
	}
	return n
}

// formatTerm runs io_lib:format on Erlang terms, with the result's
// sublists marked, and raises error:badarg from Module:Fun(Format, Args)
// when BEAM would.
func formatTerm(mod Atom, fun string, format, args Term) (out []rune) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(badFormat); !ok {
				panic(r)
			}
			raiseBadarg(mod, fun, format, args)
		}
	}()
	fmtChars, literal := formatArg(format)
	argv, ok := ListToSlice(args)
	if !ok {
		failFormat()
	}
	return formatMarked(fmtChars, literal, argv, true)
}

// raiseBadarg raises error:badarg with {Mod, Fun, Args} on top of the
// trace, as io_lib:format and io:format report it.
func raiseBadarg(mod Atom, fun string, args ...Term) {
	e := NewException(AtomError, AtomBadarg)
	e.head = NewTuple(mod, Intern(fun), List(args...), Nil{})
	panic(e)
}

// formatArg decodes a format: an atom, a binary (each byte a character)
// or a list of characters, where an element that is itself a list of
// characters is copied to the output as it is. Such a list is written
// between the marks of format_deep.go, keeping its shape, and literal
// marks its characters and marks (literal is nil when there are none).
func formatArg(t Term) (chars []rune, literal []bool) {
	switch v := t.(type) {
	case Atom:
		return []rune(v.Name()), nil
	case *Binary:
		return appendBinaryChars(nil, v, false), nil
	}
	for {
		switch v := t.(type) {
		case Nil:
			return chars, literal
		case *Cons:
			if c, ok := IntOf(v.Head); ok {
				chars = append(chars, rune(c))
				if literal != nil {
					literal = append(literal, false)
				}
			} else {
				if literal == nil {
					literal = make([]bool, len(chars), len(chars)+8)
				}
				n := len(chars)
				chars = append(chars, mkOpen)
				chars = markedChars(chars, v.Head)
				chars = append(chars, mkClose)
				for range chars[n:] {
					literal = append(literal, true)
				}
			}
			t = v.Tail
		default:
			failFormat()
		}
	}
}

// markedChars appends the characters of a deep list of Unicode
// characters (no binaries), each sublist between marks.
func markedChars(out []rune, t Term) []rune { return charsOf(out, t, true) }

// charsToList makes the Erlang list of the characters, in one allocation.
func charsToList(chars []rune) Term {
	if len(chars) == 0 {
		return Nil{}
	}
	cells := make([]Cons, len(chars))
	for i, c := range chars {
		cells[i].Head = BoxInt(Int(c))
		if i+1 < len(cells) {
			cells[i].Tail = &cells[i+1]
		} else {
			cells[i].Tail = Nil{}
		}
	}
	return &cells[0]
}

// IoLibWrite1 is io_lib:write(Term): ~w.
func IoLibWrite1(p *Process, t Term) Term {
	return deepList(termWriter{deep: true}.term(nil, t, -1))
}

// IoLibWrite2 is io_lib:write(Term, Depth) or io_lib:write(Term, Options)
// with the options depth and encoding (unicode by default, as BEAM's
// source encoding is) and chars_limit, which cuts the term to about that
// many characters (pretty_limit.go).
func IoLibWrite2(p *Process, t, opts Term) Term {
	if d, ok := listCount(opts); ok {
		return deepList(termWriter{deep: true}.term(nil, t, int(d)))
	}
	if _, ok := ListToSlice(opts); !ok {
		return BIFBadarg("write", t, opts)
	}
	depth, unicode := -1, true
	if d, ok := listCount(writeOption(opts, atomDepth)); ok {
		depth = int(d)
	}
	if e := writeOption(opts, atomEncoding); e != nil {
		unicode = e == atomUnicode || e == atomUTF8
	}
	if l, ok := listCount(writeOption(opts, atomCharsLimit)); ok && l > 0 && depth != 0 {
		b := limBuilder{unicode: unicode}
		return deepList(b.intermediate(t, depth, int(l)).write(nil, true))
	} else if ok && l == 0 {
		depth = 0
	}
	return deepList(termWriter{unicode: unicode, deep: true}.term(nil, t, depth))
}

var atomCharsLimit = Intern("chars_limit")

// writeOption is the value of the first {Key, Value} option, as
// lists:keyfind finds it, or nil.
func writeOption(opts, key Term) Term {
	for opts != (Nil{}) {
		c := opts.(*Cons)
		if kv, ok := c.Head.(*Tuple); ok && kv.Len() > 0 && kv.At(0) == key {
			if kv.Len() != 2 {
				return nil
			}
			return kv.At(1)
		}
		opts = c.Tail
	}
	return nil
}

// IoLibPrint1 is io_lib:print(Term): ~p at column 1.
func IoLibPrint1(p *Process, t Term) Term {
	return deepList(prettyTerm(nil, t, prettyOpts{col: 1, lineLen: 80, depth: -1, strings: true, deep: true}))
}

// IoLibPrint4 is io_lib:print(Term, Column, LineLength, Depth).
func IoLibPrint4(p *Process, t, col, ll, depth Term) Term {
	c, ok1 := listCount(col)
	l, ok2 := listCount(ll)
	d, ok3 := listCount(depth)
	if !ok1 || !ok2 || !ok3 {
		return BIFBadarg("print", t, col, ll, depth)
	}
	o := prettyOpts{col: int(c), lineLen: int(l), depth: int(d), strings: true, deep: true}
	return deepList(prettyTerm(nil, t, o))
}

// IoLibWriteAtom1 is io_lib:write_atom(Atom), quoted if needed.
func IoLibWriteAtom1(p *Process, a Term) Term {
	at, ok := a.(Atom)
	if !ok {
		return FunctionClause(a)
	}
	return charsToList(appendAtom(nil, at, true))
}

// IoLibWriteString1 is io_lib:write_string(String): "..." with escapes.
func IoLibWriteString1(p *Process, s Term) Term {
	return IoLibWriteString2(p, s, BoxInt('"'))
}

// IoLibWriteString2 is io_lib:write_string(String, QuoteChar).
func IoLibWriteString2(p *Process, s, q Term) Term {
	chars, ok := properChars(s)
	qc, isInt := IntOf(q)
	if !ok || !isInt {
		return FunctionClause(s, q)
	}
	return charsToList(appendQuoted(nil, chars, rune(qc), escUnicode))
}

// IoLibWriteChar1 is io_lib:write_char(Char): $a, $\n, $\s.
func IoLibWriteChar1(p *Process, c Term) Term {
	ch, ok := IntOf(c)
	if !ok || ch < 0 {
		return FunctionClause(c)
	}
	if ch == ' ' {
		return Str(`$\s`)
	}
	return charsToList(appendEscaped([]rune{'$'}, rune(ch), -1, escUnicode))
}

// properChars returns the integers of a proper list as characters.
func properChars(t Term) ([]rune, bool) {
	var out []rune
	for {
		switch v := t.(type) {
		case Nil:
			return out, true
		case *Cons:
			c, ok := IntOf(v.Head)
			if !ok {
				return nil, false
			}
			out = append(out, rune(c))
			t = v.Tail
		default:
			return nil, false
		}
	}
}

// IoLibNl0 is io_lib:nl(): "\n".
func IoLibNl0(p *Process) Term { return Str("\n") }

// IoLibIndentation2 is io_lib:indentation(String, StartIndent).
func IoLibIndentation2(p *Process, s, start Term) Term {
	chars, ok := deepCharsOK(s)
	if !ok || !IsInteger(start) {
		return FunctionClause(s, start)
	}
	if col, ok := IntOf(start); ok {
		for _, c := range chars {
			switch c {
			case '\n':
				col = 0
			case '\t':
				col = (col + 8) / 8 * 8
			default:
				col++
			}
		}
		return BoxInt(col)
	}
	col := start // outside the small range: in term arithmetic
	for _, c := range chars {
		switch c {
		case '\n':
			col = BoxInt(0)
		case '\t':
			col = Mul(IntDiv(Add(col, BoxInt(8)), BoxInt(8)), BoxInt(8))
		default:
			col = Add(col, BoxInt(1))
		}
	}
	return col
}

// IoLibCharsLength1 is io_lib:chars_length(Chars).
func IoLibCharsLength1(p *Process, s Term) Term {
	chars, ok := deepCharsOK(s)
	if !ok {
		return FunctionClause(s)
	}
	return BoxInt(Int(charsLength(chars)))
}

// deepCharsOK flattens a deep character list, reporting failure instead
// of raising.
func deepCharsOK(t Term) (chars []rune, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badFormat); !bad {
				panic(r)
			}
			chars, ok = nil, false
		}
	}()
	return deepChars(nil, t), true
}

// charListTest runs test on each element of a proper list; deep lets
// elements be lists in turn.
func charListTest(t Term, deep bool, test func(int64) bool) bool {
	for {
		switch v := t.(type) {
		case Nil:
			return true
		case *Cons:
			switch h := v.Head.(type) {
			case Small:
				if !test(int64(h.Int())) {
					return false
				}
			case *Cons, Nil:
				if !deep || !charListTest(h, true, test) {
					return false
				}
			default:
				return false
			}
			t = v.Tail
		default:
			return false
		}
	}
}

func isLatin1Char(c int64) bool { return c >= 0 && c <= 0xFF }

// IoLibPrintableList1 is io_lib:printable_list(Term), under the +pc range.
func IoLibPrintableList1(p *Process, t Term) Term {
	return Bool(charListTest(t, false, isPrintableChar))
}

// IoLibPrintableLatin1List1 is io_lib:printable_latin1_list(Term).
func IoLibPrintableLatin1List1(p *Process, t Term) Term {
	return Bool(charListTest(t, false, isPrintableLatin1))
}

// IoLibPrintableUnicodeList1 is io_lib:printable_unicode_list(Term).
func IoLibPrintableUnicodeList1(p *Process, t Term) Term {
	return Bool(charListTest(t, false, isPrintableUnicode))
}

// IoLibCharList1 is io_lib:char_list(Term).
func IoLibCharList1(p *Process, t Term) Term {
	return Bool(charListTest(t, false, isUnicodeChar))
}

// IoLibDeepCharList1 is io_lib:deep_char_list(Term).
func IoLibDeepCharList1(p *Process, t Term) Term {
	return Bool(charListTest(t, true, isUnicodeChar))
}

// IoLibLatin1CharList1 is io_lib:latin1_char_list(Term).
func IoLibLatin1CharList1(p *Process, t Term) Term {
	return Bool(charListTest(t, false, isLatin1Char))
}

// IoLibDeepLatin1CharList1 is io_lib:deep_latin1_char_list(Term).
func IoLibDeepLatin1CharList1(p *Process, t Term) Term {
	return Bool(charListTest(t, true, isLatin1Char))
}

func init() {
	RegisterModule("io_lib",
		Export("format", 2, IoLibFormat2), Export("fwrite", 2, IoLibFwrite2),
		Export("format", 3, IoLibFormat3), Export("fwrite", 3, IoLibFwrite3),
		Export("write", 1, IoLibWrite1), Export("write", 2, IoLibWrite2),
		Export("print", 1, IoLibPrint1), Export("print", 4, IoLibPrint4),
		Export("write_atom", 1, IoLibWriteAtom1),
		Export("write_string", 1, IoLibWriteString1),
		Export("write_string", 2, IoLibWriteString2),
		Export("write_char", 1, IoLibWriteChar1), Export("nl", 0, IoLibNl0),
		Export("indentation", 2, IoLibIndentation2),
		Export("chars_length", 1, IoLibCharsLength1),
		Export("printable_list", 1, IoLibPrintableList1),
		Export("printable_latin1_list", 1, IoLibPrintableLatin1List1),
		Export("printable_unicode_list", 1, IoLibPrintableUnicodeList1),
		Export("char_list", 1, IoLibCharList1),
		Export("deep_char_list", 1, IoLibDeepCharList1),
		Export("latin1_char_list", 1, IoLibLatin1CharList1),
		Export("deep_latin1_char_list", 1, IoLibDeepLatin1CharList1))
}
