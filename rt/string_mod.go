package rt

import (
	"unicode"
	"unicode/utf8"
)

// The string module, OTP 20's Unicode functions and the old list ones.
//
// The new functions take chardata: a flat list of code points, a UTF-8
// binary, or a deep mix. Flat lists and binaries give results of the same
// shape as on BEAM (a binary in, binaries out, sub-results included). A
// deep mix is flattened first, so its results are flat lists where BEAM
// may return a mix (string:trim([" a", <<"b ">>]) is [97|<<98>>] there,
// "ab" here). Grapheme clusters are code points, except that CR LF counts
// as one in length/1. Case mapping uses Unicode's full mappings, as BEAM
// does (string_case.go).

var (
	atomString   = Intern("string")
	atomLeading  = Intern("leading")
	atomTrailing = Intern("trailing")
	atomAll      = Intern("all")
	atomBoth     = Intern("both")
	atomNomatch  = Intern("nomatch")
)

func stringError(reason Term, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	e.head = NewTuple(atomString, Intern(fun), List(args...), Nil{})
	panic(e)
}

// chars is chardata taken apart: its code points and whether it was a
// binary (results are then binaries).
type chars struct {
	rs  []rune
	bin bool
}

// strIn reads chardata t, raising badarg from string:fun(args) if it is not.
func strIn(t Term, fun string, args ...Term) chars {
	c, ok := chardataOf(t)
	if !ok {
		stringError(AtomBadarg, fun, args...)
	}
	return c
}

// chardataOf is t taken apart, or false when t is not chardata.
func chardataOf(t Term) (chars, bool) {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		return chars{[]rune(string(b.Data)), true}, utf8.Valid(b.Data)
	}
	rs, ok := appendChardata(nil, t)
	return chars{rs, false}, ok
}

func appendChardata(rs []rune, t Term) ([]rune, bool) {
	switch v := t.(type) {
	case Nil:
		return rs, true
	case *Binary:
		if v.Trail != 0 || !utf8.Valid(v.Data) {
			return rs, false
		}
		return append(rs, []rune(string(v.Data))...), true
	case *Cons:
		for {
			var ok bool
			if c, isInt := IntOf(v.Head); isInt {
				if c < 0 || c > unicode.MaxRune {
					return rs, false
				}
				rs = append(rs, rune(c))
			} else if rs, ok = appendChardata(rs, v.Head); !ok {
				return rs, false
			}
			switch tl := v.Tail.(type) {
			case *Cons:
				v = tl
			default:
				return appendChardata(rs, tl)
			}
		}
	}
	return rs, false
}

// out is rs as chardata of the input's kind.
func (c chars) out(rs []rune) Term {
	if c.bin {
		return NewBinary([]byte(string(rs)))
	}
	return runeList(rs)
}

func runeList(rs []rune) Term {
	xs := make([]Term, len(rs))
	for i, r := range rs {
		xs[i] = BoxInt(Int(r))
	}
	return List(xs...)
}

// runeIndex is the index of the first occurrence of pat in rs at or after
// from, or -1.
func runeIndex(rs, pat []rune, from int) int {
	for i := from; i+len(pat) <= len(rs); i++ {
		if runesAt(rs, pat, i) {
			return i
		}
	}
	return -1
}

// runeLastIndex is the index of the last occurrence of pat, or -1.
func runeLastIndex(rs, pat []rune) int {
	for i := len(rs) - len(pat); i >= 0; i-- {
		if runesAt(rs, pat, i) {
			return i
		}
	}
	return -1
}

func runesAt(rs, pat []rune, i int) bool {
	for j, r := range pat {
		if rs[i+j] != r {
			return false
		}
	}
	return true
}

// StringLength1 is string:length(S): CR LF counts as one.
func StringLength1(p *Process, s Term) Term {
	rs := strIn(s, "length", s).rs
	n := len(rs)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == '\r' && rs[i+1] == '\n' {
			n--
		}
	}
	return BoxInt(Int(n))
}

// StringIsEmpty1 is string:is_empty(S).
func StringIsEmpty1(p *Process, s Term) Term {
	switch v := s.(type) {
	case Nil:
		return True
	case *Binary:
		return Bool(len(v.Data) == 0 && v.Trail == 0)
	case *Cons:
		return Bool(StringIsEmpty1(p, v.Head) == True && StringIsEmpty1(p, v.Tail) == True)
	}
	return False
}

// StringEqual2 is string:equal(A, B).
func StringEqual2(p *Process, a, b Term) Term {
	return Bool(string(strIn(a, "equal", a, b).rs) == string(strIn(b, "equal", a, b).rs))
}

// StringEqual3 is string:equal(A, B, IgnoreCase).
func StringEqual3(p *Process, a, b, ic Term) Term {
	x, y := string(strIn(a, "equal", a, b, ic).rs), string(strIn(b, "equal", a, b, ic).rs)
	if ic == True {
		return Bool(string(caseRunes([]rune(x), -1)) == string(caseRunes([]rune(y), -1)))
	}
	return Bool(x == y)
}

// StringLowercase1 is string:lowercase(S).
func StringLowercase1(p *Process, s Term) Term { return strCase(s, "lowercase", caseLower) }

// StringUppercase1 is string:uppercase(S).
func StringUppercase1(p *Process, s Term) Term { return strCase(s, "uppercase", caseUpper) }

// StringCasefold1 is string:casefold(S).
func StringCasefold1(p *Process, s Term) Term { return strCase(s, "casefold", -1) }

// StringTitlecase1 is string:titlecase(S): the first character in title case.
func StringTitlecase1(p *Process, s Term) Term {
	c := strIn(s, "titlecase", s)
	if len(c.rs) == 0 {
		return s
	}
	rs := append(mapCase(nil, c.rs[0], caseTitle), c.rs[1:]...)
	return c.out(rs)
}

// strWhitespace is unicode_util:whitespace(), trim's default set.
var strWhitespace = List(List(BoxInt('\r'), BoxInt('\n')), BoxInt('\t'), BoxInt('\n'), BoxInt('\v'), BoxInt('\f'),
	BoxInt('\r'), BoxInt(' '), BoxInt(0x85), BoxInt(0x200E), BoxInt(0x200F), BoxInt(0x2028), BoxInt(0x2029))

// StringTrim1 is string:trim(S).
func StringTrim1(p *Process, s Term) Term { return strTrim(s, atomBoth, strWhitespace, s) }

// StringTrim2 is string:trim(S, Dir), which OTP passes on to trim/3 (a bad
// Dir fails there).
func StringTrim2(p *Process, s, dir Term) Term {
	return strTrim(s, dir, strWhitespace, s, dir, strWhitespace)
}

// StringTrim3 is string:trim(S, Dir, Characters).
func StringTrim3(p *Process, s, dir, cs Term) Term {
	return strTrim(s, dir, cs, s, dir, cs)
}

func strTrim(s, dir, set Term, args ...Term) Term {
	c := strIn(s, "trim", args...)
	if dir != atomLeading && dir != atomTrailing && dir != atomBoth {
		stringError(AtomFunctionClause, "trim", args...)
	}
	starts, sep := newSepSet(set, "trim", args...).spans(c.rs)
	i, j := 0, len(sep)
	if dir == atomLeading || dir == atomBoth {
		for i < j && sep[i] {
			i++
		}
	}
	if dir == atomTrailing || dir == atomBoth {
		for j > i && sep[j-1] {
			j--
		}
	}
	return c.out(c.rs[starts[i]:starts[j]])
}

// StringChomp1 is string:chomp(S): one trailing line break removed.
func StringChomp1(p *Process, s Term) Term {
	c := strIn(s, "chomp", s)
	rs := c.rs
	if n := len(rs); n > 0 && rs[n-1] == '\n' {
		rs = rs[:n-1]
		if n > 1 && rs[n-2] == '\r' {
			rs = rs[:n-2]
		}
	}
	return c.out(rs)
}

// StringPad2 is string:pad(S, Length).
func StringPad2(p *Process, s, n Term) Term { return StringPad4(p, s, n, atomTrailing, BoxInt(' ')) }

// StringPad3 is string:pad(S, Length, Dir).
func StringPad3(p *Process, s, n, dir Term) Term { return StringPad4(p, s, n, dir, BoxInt(' ')) }

// StringPad4 is string:pad(S, Length, Dir, Char), with OTP's result shape:
// [Pad, S], [S | Pad] or [Pre, S, Pre | Post].
func StringPad4(p *Process, s, n, dir, ch Term) Term {
	k, ok := listCount(n)
	if !ok || dir != atomLeading && dir != atomTrailing && dir != atomBoth {
		return stringError(AtomFunctionClause, "pad", s, n, dir, ch)
	}
	size := max(0, int(k)-int(StringLength1(p, s).(Small).Int()))
	switch dir {
	case atomLeading:
		return List(strDup(size, ch), s)
	case atomTrailing:
		return &Cons{Head: s, Tail: strDup(size, ch)}
	}
	pre := strDup(size/2, ch)
	var post Term = Nil{}
	if size%2 == 1 {
		post = List(ch)
	}
	return ListWithTail(post, pre, s, pre)
}

func strDup(n int, x Term) Term {
	xs := make([]Term, n)
	for i := range xs {
		xs[i] = x
	}
	return List(xs...)
}

// StringSplit2 is string:split(S, Pattern).
func StringSplit2(p *Process, s, pat Term) Term { return StringSplit3(p, s, pat, atomLeading) }

// StringSplit3 is string:split(S, Pattern, Where): leading, trailing or all.
func StringSplit3(p *Process, s, pat, where Term) Term {
	return List(strSplit(s, pat, where, "split")...)
}

func strSplit(s, pat, where Term, fun string) []Term {
	c := strIn(s, fun, s, pat, where)
	sep := strIn(pat, fun, s, pat, where).rs
	if len(sep) == 0 {
		return []Term{s}
	}
	var cuts []int
	switch where {
	case atomLeading:
		cuts = []int{patIndex(c.rs, sep, 0)}
	case atomTrailing:
		cuts = []int{patLastIndex(c.rs, sep)}
	case atomAll:
		for i := patIndex(c.rs, sep, 0); i >= 0; i = patIndex(c.rs, sep, i+len(sep)) {
			cuts = append(cuts, i)
		}
	default:
		stringError(AtomBadarg, fun, s, pat, where)
	}
	var parts []Term
	from := 0
	for _, i := range cuts {
		if i >= 0 {
			parts = append(parts, c.out(c.rs[from:i]))
			from = i + len(sep)
		}
	}
	return append(parts, c.out(c.rs[from:]))
}

// StringReplace3 is string:replace(S, Pattern, Replacement).
func StringReplace3(p *Process, s, pat, r Term) Term {
	return StringReplace4(p, s, pat, r, atomLeading)
}

// StringReplace4 is string:replace(S, Pattern, Replacement, Where): the
// pieces of split/3 with Replacement between them.
func StringReplace4(p *Process, s, pat, r, where Term) Term {
	parts := strSplit(s, pat, where, "replace")
	out := []Term{parts[0]}
	for _, x := range parts[1:] {
		out = append(out, r, x)
	}
	return List(out...)
}

// StringLexemes2 is string:lexemes(S, Separators): the non-empty pieces
// between any of the separator characters.
func StringLexemes2(p *Process, s, seps Term) Term {
	c := strIn(s, "lexemes", s, seps)
	starts, sep := newSepSet(seps, "lexemes", s, seps).spans(c.rs)
	var out []Term
	from := -1
	for k, in := range sep {
		switch {
		case in && from >= 0:
			out, from = append(out, c.out(c.rs[from:starts[k]])), -1
		case !in && from < 0:
			from = starts[k]
		}
	}
	if from >= 0 {
		out = append(out, c.out(c.rs[from:]))
	}
	return List(out...)
}

// StringSlice2 is string:slice(S, Start).
func StringSlice2(p *Process, s, start Term) Term {
	return strSlice(s, start, BoxInt(MaxSmall), s, start)
}

// StringSlice3 is string:slice(S, Start, Length).
func StringSlice3(p *Process, s, start, n Term) Term {
	if n == Intern("infinity") {
		return strSlice(s, start, BoxInt(MaxSmall), s, start, n)
	}
	return strSlice(s, start, n, s, start, n)
}

func strSlice(s, start, n Term, args ...Term) Term {
	c := strIn(s, "slice", args...)
	a, ok1 := listCount(start)
	k, ok2 := listCount(n)
	if !ok1 || !ok2 || a < 0 || k < 0 {
		return stringError(AtomFunctionClause, "slice", args...)
	}
	i := clusterIndex(c.rs, int(min(a, Int(len(c.rs)))))
	j := i + clusterIndex(c.rs[i:], int(min(k, Int(len(c.rs)))))
	return c.out(c.rs[i:j])
}

// StringFind2 is string:find(S, Pattern).
func StringFind2(p *Process, s, pat Term) Term { return StringFind3(p, s, pat, atomLeading) }

// StringFind3 is string:find(S, Pattern, Dir): the rest of S from the
// first (or last) occurrence of Pattern, or nomatch.
func StringFind3(p *Process, s, pat, dir Term) Term {
	c := strIn(s, "find", s, pat, dir)
	sep := strIn(pat, "find", s, pat, dir).rs
	i := patIndex(c.rs, sep, 0)
	if dir == atomTrailing {
		i = patLastIndex(c.rs, sep)
	}
	if i < 0 {
		return atomNomatch
	}
	return c.out(c.rs[i:])
}

// StringPrefix2 is string:prefix(S, Prefix): the rest, or nomatch.
func StringPrefix2(p *Process, s, pre Term) Term {
	c := strIn(s, "prefix", s, pre)
	x := strIn(pre, "prefix", s, pre).rs
	if len(x) > len(c.rs) || !patAt(c.rs, x, 0) {
		return atomNomatch
	}
	return c.out(c.rs[len(x):])
}

// StringReverse1 is string:reverse(S), always a list.
func StringReverse1(p *Process, s Term) Term {
	rs := strIn(s, "reverse", s).rs
	var out Term = Nil{}
	for i := 0; i < len(rs); i++ {
		if crlfAt(rs, i) {
			out, i = &Cons{Head: List(BoxInt('\r'), BoxInt('\n')), Tail: out}, i+1
			continue
		}
		out = &Cons{Head: BoxInt(Int(rs[i])), Tail: out}
	}
	return out
}

// crlfAt tells whether rs has CR LF, one grapheme cluster, at i.
func crlfAt(rs []rune, i int) bool { return rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' }

// clusterIndex is the index in rs of grapheme cluster k (CR LF is one),
// or len(rs).
func clusterIndex(rs []rune, k int) int {
	i := 0
	for ; i < len(rs) && k > 0; k-- {
		if crlfAt(rs, i) {
			i++
		}
		i++
	}
	return i
}

// StringNextCodepoint1 is string:next_codepoint(S): [CP | Rest] or [].
func StringNextCodepoint1(p *Process, s Term) Term {
	c := strIn(s, "next_codepoint", s)
	if len(c.rs) == 0 {
		return Nil{}
	}
	return &Cons{Head: BoxInt(Int(c.rs[0])), Tail: c.out(c.rs[1:])}
}

// StringNextGrapheme1 is string:next_grapheme(S) (a grapheme is a code
// point, or CR LF).
func StringNextGrapheme1(p *Process, s Term) Term {
	c := strIn(s, "next_grapheme", s)
	switch {
	case len(c.rs) == 0:
		return Nil{}
	case len(c.rs) > 1 && c.rs[0] == '\r' && c.rs[1] == '\n':
		return &Cons{Head: List(BoxInt('\r'), BoxInt('\n')), Tail: c.out(c.rs[2:])}
	}
	return &Cons{Head: BoxInt(Int(c.rs[0])), Tail: c.out(c.rs[1:])}
}

// StringTake2 is string:take(S, Chars): {Prefix of Chars, Rest}.
func StringTake2(p *Process, s, cs Term) Term { return StringTake4(p, s, cs, False, atomLeading) }

// StringTake3 is string:take(S, Chars, Complement).
func StringTake3(p *Process, s, cs, comp Term) Term {
	return StringTake4(p, s, cs, comp, atomLeading)
}

// StringTake4 is string:take(S, Chars, Complement, Dir): the longest
// prefix (leading) or suffix (trailing) of characters in Chars (not in
// Chars if Complement), split from the rest.
func StringTake4(p *Process, s, cs, comp, dir Term) Term {
	c := strIn(s, "take", s, cs, comp, dir)
	starts, sep := newSepSet(cs, "take", s, cs, comp, dir).spans(c.rs)
	in := func(k int) bool { return sep[k] != (comp == True) }
	k := 0
	if dir == atomTrailing {
		k = len(sep)
		for k > 0 && in(k-1) {
			k--
		}
	} else {
		for k < len(sep) && in(k) {
			k++
		}
	}
	return NewTuple(c.out(c.rs[:starts[k]]), c.out(c.rs[starts[k]:]))
}

// StringToGraphemes1 is string:to_graphemes(S): code points, CR LF as [13,10].
func StringToGraphemes1(p *Process, s Term) Term {
	rs := strIn(s, "to_graphemes", s).rs
	var out []Term
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
			out = append(out, List(BoxInt('\r'), BoxInt('\n')))
			i++
			continue
		}
		out = append(out, BoxInt(Int(rs[i])))
	}
	return List(out...)
}

// StringEqual4 is string:equal(A, B, IgnoreCase, Norm); normalization
// forms are not applied (equal for ASCII and precomposed text).
func StringEqual4(p *Process, a, b, ic, norm Term) Term { return StringEqual3(p, a, b, ic) }

// StringNthLexeme3 is string:nth_lexeme(S, N, Separators), N >= 1: the
// Nth lexeme, or empty when there are fewer.
func StringNthLexeme3(p *Process, s, n, seps Term) Term {
	k, ok := listCount(n)
	if !ok || k < 1 {
		return stringError(AtomFunctionClause, "nth_lexeme", s, n, seps)
	}
	ls, _ := ListToSlice(StringLexemes2(p, s, seps))
	if int(k) > len(ls) {
		return strIn(s, "nth_lexeme", s, n, seps).out(nil)
	}
	return ls[k-1]
}
