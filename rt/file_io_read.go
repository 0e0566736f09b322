package rt

import (
	"errors"
	"unicode/utf8"
)

// io:read/2 on an open file: the server answers {get_until, Enc, Prompt,
// erl_scan, tokens, [Line]} with the tokens of one term, up to and with
// its dot (and the one white space character after it, which erl_scan
// takes with the dot), scanned by file:consult's scanner (file_consult.go)
// and sent as erl_scan's tokens: {Category, Line, Value} or {Symbol,
// Line}. The caller parses them as erl_parse:parse_term does. The reply
// is {ok, Tokens, EndLine}, {eof, EndLine} when only white space and
// comments are left, or {error, {Line, erl_scan, Desc}, EndLine}.

// scanTokens is the server's side.
func (h *fileHandle) scanTokens(xargs Term) (reply, stop Term) {
	line := 1
	if as, ok := ListToSlice(xargs); ok && len(as) == 1 {
		if n, ok := IntOf(as[0]); ok {
			line = int(n)
		}
	}
	final := false
	more := func() error {
		got, err := h.fillBuf()
		final = !got
		return err
	}
	for {
		if len(h.buf) == 0 && !final {
			if err := more(); err != nil {
				return failed(err)
			}
		}
		text, err := h.decode(h.buf)
		if err != nil {
			if !final {
				if err := more(); err != nil {
					return failed(err)
				}
				continue
			}
			r := NewTuple(BoxInt(Int(line)), Intern("file_io_server"), Intern("invalid_unicode"))
			return NewTuple(AtomError, r, BoxInt(Int(line))), Intern("invalid_unicode")
		}
		res, used, done := scanTerm(text, line, final)
		if !done {
			if err := more(); err != nil {
				return failed(err)
			}
			continue
		}
		n := used
		if h.unicode {
			n = 0
			for _, r := range text[:used] {
				n += utf8.RuneLen(r)
			}
		}
		h.buf = h.buf[n:]
		return res, nil
	}
}

// scanTerm scans the tokens of one term from text. done is false when
// the text may end too soon to tell (a term not ended by a dot that has
// text after it) and more of the file is to come.
func scanTerm(text []rune, line int, final bool) (reply Term, used int, done bool) {
	sc := &cscan{s: text, line: line}
	var toks []Term
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(consultErr)
			if !ok {
				panic(r)
			}
			reply, used, done = NewTuple(AtomError, ce.reason, BoxInt(Int(sc.line))), len(text), final
		}
	}()
	for {
		t := sc.next()
		switch t.kind {
		case "eof":
			if !final {
				return nil, 0, false
			}
			if len(toks) == 0 {
				return NewTuple(atomEof, BoxInt(Int(sc.line))), len(text), true
			}
			return NewTuple(atomOk, List(toks...), BoxInt(Int(sc.line))), len(text), true
		case "dot":
			if sc.i >= len(text) && !final {
				return nil, 0, false
			}
			if sc.i < len(text) && text[sc.i] <= ' ' {
				if text[sc.i] == '\n' {
					sc.line++
				}
				sc.i++
			}
			toks = append(toks, tokenTerm(t))
			return NewTuple(atomOk, List(toks...), BoxInt(Int(sc.line))), sc.i, true
		}
		toks = append(toks, tokenTerm(t))
	}
}

var tokenCategory = map[string]string{
	"atom": "atom", "var": "var", "int": "integer", "float": "float", "char": "char", "string": "string",
}

// tokenTerm is a scanned token as erl_scan gives it.
func tokenTerm(t ctok) Term {
	l := BoxInt(Int(t.line))
	if c, ok := tokenCategory[t.kind]; ok {
		v := t.val
		if t.kind == "var" {
			v = Intern(t.text)
		}
		return NewTuple(Intern(c), l, v)
	}
	return NewTuple(Intern(t.kind), l)
}

var errBadTokens = errors.New("not erl_scan tokens")

// tokensBack turns erl_scan tokens into the scanner's, ended by eof.
func tokensBack(ts Term) ([]ctok, error) {
	list, ok := ListToSlice(ts)
	if !ok {
		return nil, errBadTokens
	}
	out := make([]ctok, 0, len(list)+1)
	line := 1
	for _, t := range list {
		x, ok := t.(*Tuple)
		if !ok || len(x.Elems) < 2 || len(x.Elems) > 3 {
			return nil, errBadTokens
		}
		kind, ok1 := x.Elems[0].(Atom)
		n, ok2 := IntOf(x.Elems[1])
		if !ok1 || !ok2 {
			return nil, errBadTokens
		}
		line = int(n)
		c := ctok{kind: kind.Name(), line: line}
		if len(x.Elems) == 3 {
			c.val = x.Elems[2]
			switch c.kind {
			case "integer":
				c.kind = "int"
			case "var":
				a, ok := c.val.(Atom)
				if !ok {
					return nil, errBadTokens
				}
				c.text = a.Name()
			}
		}
		out = append(out, c)
	}
	return append(out, ctok{kind: "eof", line: line}), nil
}

// parseTermTokens is erl_parse:parse_term/1 over the scanner's tokens:
// {ok, Term} or {error, {Line, erl_parse, Message}}.
func parseTermTokens(toks []ctok) (result Term) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(consultErr)
			if !ok {
				panic(r)
			}
			result = NewTuple(AtomError, ce.reason)
		}
	}()
	ps := &cparse{toks: toks}
	v := ps.expr(0)
	second := 0
	for ps.peek().kind == "," {
		ps.advance()
		if second == 0 {
			second = firstLine(toks[ps.i:])
		}
		ps.expr(0)
	}
	if ps.peek().kind != "dot" {
		ps.fail()
	}
	badTerm := func(line int) Term {
		return NewTuple(AtomError, NewTuple(BoxInt(Int(line)), Intern("erl_parse"), Str("bad term")))
	}
	switch {
	case second > 0:
		return badTerm(second)
	case v == nil:
		return badTerm(firstLine(toks))
	}
	return NewTuple(atomOk, v)
}
