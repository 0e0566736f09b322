package rt

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// string:to_integer/to_float and the old list functions of the string
// module (len, sub_string, tokens, strip...), which take flat lists only
// and raise function_clause otherwise, as their Erlang clauses do.

var (
	atomNoInteger = Intern("no_integer")
	atomNoFloat   = Intern("no_float")
	atomLeft      = Intern("left")
	atomRight     = Intern("right")
)

// numPrefix is the length of the number at the start of rs: an optional
// sign and digits, then for a float a dot, digits and an optional exponent.
func numPrefix(rs []rune, float bool) int {
	i := 0
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-') {
		i++
	}
	d := digitsAt(rs, i)
	if d == i {
		return 0
	}
	if !float {
		return d
	}
	if d >= len(rs) || rs[d] != '.' || digitsAt(rs, d+1) == d+1 {
		return 0
	}
	end := digitsAt(rs, d+1)
	if end < len(rs) && (rs[end] == 'e' || rs[end] == 'E') {
		j := end + 1
		if j < len(rs) && (rs[j] == '+' || rs[j] == '-') {
			j++
		}
		if e := digitsAt(rs, j); e > j {
			end = e
		}
	}
	return end
}

func digitsAt(rs []rune, i int) int {
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	return i
}

// StringToInteger1 is string:to_integer(S): {Int, Rest}, {error, no_integer},
// or {error, badarg} when S is not chardata (OTP catches the error).
func StringToInteger1(p *Process, s Term) Term {
	c, ok := chardataOf(s)
	if !ok {
		return NewTuple(AtomError, AtomBadarg) // as OTP's catch-all gives
	}
	n := numPrefix(c.rs, false)
	if n == 0 {
		return NewTuple(AtomError, atomNoInteger)
	}
	lit := strings.TrimPrefix(string(c.rs[:n]), "+")
	return NewTuple(ParseInt(lit), c.out(c.rs[n:]))
}

// StringToFloat1 is string:to_float(S): {Float, Rest}, {error, no_float},
// or {error, badarg} when S is not chardata.
func StringToFloat1(p *Process, s Term) Term {
	c, ok := chardataOf(s)
	if !ok {
		return NewTuple(AtomError, AtomBadarg)
	}
	n := numPrefix(c.rs, true)
	if n == 0 {
		return NewTuple(AtomError, atomNoFloat)
	}
	f, err := strconv.ParseFloat(string(c.rs[:n]), 64)
	if err != nil {
		return NewTuple(AtomError, atomNoFloat)
	}
	return NewTuple(Float(f), c.out(c.rs[n:]))
}

// oldStr is a flat list of characters, or function_clause from string:fun.
func oldStr(s Term, fun string, args ...Term) []rune {
	xs, ok := ListToSlice(s)
	if !ok {
		stringError(AtomFunctionClause, fun, args...)
	}
	rs := make([]rune, len(xs))
	for i, x := range xs {
		c, ok := IntOf(x)
		if !ok {
			stringError(AtomFunctionClause, fun, args...)
		}
		rs[i] = rune(c)
	}
	return rs
}

// oldInt is an integer argument, as listCount reads it, or function_clause.
func oldInt(n Term, fun string, args ...Term) int {
	k, ok := listCount(n)
	if !ok {
		stringError(AtomFunctionClause, fun, args...)
	}
	return int(k)
}

// StringLen1 is string:len(S).
func StringLen1(p *Process, s Term) Term { return BoxInt(Int(len(oldStr(s, "len", s)))) }

// StringConcat2 is string:concat(S1, S2).
func StringConcat2(p *Process, a, b Term) Term { return Append(a, b) }

// StringChr2 is string:chr(S, C): the 1-based index of C, or 0.
func StringChr2(p *Process, s, c Term) Term {
	if !IsInteger(c) {
		return stringError(AtomFunctionClause, "chr", s, c)
	}
	return BoxInt(Int(oldIndex(oldStr(s, "chr", s, c), c, false)))
}

func oldIndex(rs []rune, c Term, last bool) int {
	k, ok := IntOf(c)
	if !ok {
		return 0 // an integer outside the small range is no character
	}
	at := 0
	for i, r := range rs {
		if Int(r) == k {
			at = i + 1
			if !last {
				break
			}
		}
	}
	return at
}

// StringRchr2 is string:rchr(S, C).
func StringRchr2(p *Process, s, c Term) Term {
	if !IsInteger(c) {
		return stringError(AtomFunctionClause, "rchr", s, c)
	}
	return BoxInt(Int(oldIndex(oldStr(s, "rchr", s, c), c, true)))
}

// StringStr2 is string:str(S, Sub): the 1-based index of Sub, or 0.
func StringStr2(p *Process, s, sub Term) Term {
	return BoxInt(Int(runeIndex(oldStr(s, "str", s, sub), oldStr(sub, "str", s, sub), 0) + 1))
}

// StringRstr2 is string:rstr(S, Sub): the index of the last Sub, or 0.
func StringRstr2(p *Process, s, sub Term) Term {
	return BoxInt(Int(runeLastIndex(oldStr(s, "rstr", s, sub), oldStr(sub, "rstr", s, sub)) + 1))
}

// StringSpan2 is string:span(S, Chars): the length of the prefix of Chars.
func StringSpan2(p *Process, s, cs Term) Term { return BoxInt(Int(oldSpan(s, cs, "span", true))) }

// StringCspan2 is string:cspan(S, Chars): the length of the prefix without Chars.
func StringCspan2(p *Process, s, cs Term) Term { return BoxInt(Int(oldSpan(s, cs, "cspan", false))) }

func oldSpan(s, cs Term, fun string, in bool) int {
	rs, set := oldStr(s, fun, s, cs), string(oldStr(cs, fun, s, cs))
	n := 0
	for n < len(rs) && strings.ContainsRune(set, rs[n]) == in {
		n++
	}
	return n
}

// StringSubstr2 is string:substr(S, Start).
func StringSubstr2(p *Process, s, start Term) Term {
	rs := oldStr(s, "substr", s, start)
	i := oldInt(start, "substr", s, start)
	if i < 1 || i > len(rs)+1 {
		return stringError(AtomFunctionClause, "substr", s, start)
	}
	return runeList(rs[i-1:])
}

// StringSubstr3 is string:substr(S, Start, Length).
func StringSubstr3(p *Process, s, start, n Term) Term {
	rs := oldStr(s, "substr", s, start, n)
	i, k := oldInt(start, "substr", s, start, n), oldInt(n, "substr", s, start, n)
	if i < 1 || i > len(rs)+1 || k < 0 {
		return stringError(AtomFunctionClause, "substr", s, start, n)
	}
	return runeList(rs[i-1 : i-1+min(k, len(rs)-i+1)])
}

// StringSubString2 is string:sub_string(S, Start).
func StringSubString2(p *Process, s, start Term) Term { return StringSubstr2(p, s, start) }

// StringSubString3 is string:sub_string(S, Start, Stop).
func StringSubString3(p *Process, s, start, stop Term) Term {
	i, j := oldInt(start, "sub_string", s, start, stop), oldInt(stop, "sub_string", s, start, stop)
	return StringSubstr3(p, s, start, BoxInt(Int(max(0, j-i+1))))
}

// StringTokens2 is string:tokens(S, Separators).
// Unlike lexemes/2 it reads code points, CR LF included.
func StringTokens2(p *Process, s, seps Term) Term {
	rs := oldStr(s, "tokens", s, seps)
	set := oldStr(seps, "tokens", s, seps)
	var out []Term
	from := -1
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || slices.Contains(set, rs[i]) {
			if from >= 0 {
				out = append(out, runeList(rs[from:i]))
			}
			from = -1
		} else if from < 0 {
			from = i
		}
	}
	return List(out...)
}

// StringJoin2 is string:join(Strings, Sep).
func StringJoin2(p *Process, l, sep Term) Term {
	xs, ok := ListToSlice(l)
	if !ok {
		return stringError(AtomFunctionClause, "join", l, sep)
	}
	var out Term = Nil{}
	for i := len(xs) - 1; i >= 0; i-- {
		if i < len(xs)-1 {
			out = Append(sep, out)
		}
		out = Append(xs[i], out)
	}
	return out
}

// StringCopies2 is string:copies(S, N).
func StringCopies2(p *Process, s, n Term) Term {
	k := oldInt(n, "copies", s, n)
	if k < 0 {
		return stringError(AtomFunctionClause, "copies", s, n)
	}
	var out Term = Nil{}
	for range k {
		out = Append(s, out)
	}
	return out
}

// StringChars2 is string:chars(C, N).
func StringChars2(p *Process, c, n Term) Term { return StringChars3(p, c, n, Nil{}) }

// StringChars3 is string:chars(C, N, Tail).
func StringChars3(p *Process, c, n, tail Term) Term {
	k := oldInt(n, "chars", c, n, tail)
	if k < 0 {
		return stringError(AtomFunctionClause, "chars", c, n, tail)
	}
	xs := make([]Term, k)
	for i := range xs {
		xs[i] = c
	}
	return ListWithTail(tail, xs...)
}

// StringWords1 is string:words(S).
func StringWords1(p *Process, s Term) Term { return StringWords2(p, s, BoxInt(' ')) }

// StringWords2 is string:words(S, Sep): the number of words, counted as
// OTP does, as one more than the runs of Sep inside (so "" has one word).
func StringWords2(p *Process, s, sep Term) Term {
	return BoxInt(Int(max(1, len(oldWords(s, sep, "words")))))
}

func oldWords(s, sep Term, fun string) [][]rune {
	rs := oldStr(s, fun, s, sep)
	c := rune(oldInt(sep, fun, s, sep))
	var out [][]rune
	for _, w := range strings.Split(string(rs), string(c)) {
		if w != "" {
			out = append(out, []rune(w))
		}
	}
	return out
}

// StringSubWord2 is string:sub_word(S, N).
func StringSubWord2(p *Process, s, n Term) Term { return StringSubWord3(p, s, n, BoxInt(' ')) }

// StringSubWord3 is string:sub_word(S, N, Sep): the Nth word, or [].
func StringSubWord3(p *Process, s, n, sep Term) Term {
	ws := oldWords(s, sep, "sub_word")
	k := oldInt(n, "sub_word", s, n, sep)
	if k < 1 || k > len(ws) {
		return Nil{}
	}
	return runeList(ws[k-1])
}

// StringLeft2 is string:left(S, N).
func StringLeft2(p *Process, s, n Term) Term { return StringLeft3(p, s, n, BoxInt(' ')) }

// StringLeft3 is string:left(S, N, Char): S cut or padded on the right.
func StringLeft3(p *Process, s, n, c Term) Term {
	rs, k := oldStr(s, "left", s, n, c), oldInt(n, "left", s, n, c)
	if len(rs) >= k {
		return runeList(rs[:k])
	}
	return Append(s, StringChars2(p, c, BoxInt(Int(k-len(rs)))))
}

// StringRight2 is string:right(S, N).
func StringRight2(p *Process, s, n Term) Term { return StringRight3(p, s, n, BoxInt(' ')) }

// StringRight3 is string:right(S, N, Char): S cut or padded on the left.
func StringRight3(p *Process, s, n, c Term) Term {
	rs, k := oldStr(s, "right", s, n, c), oldInt(n, "right", s, n, c)
	if len(rs) >= k {
		return runeList(rs[len(rs)-k:])
	}
	return StringChars3(p, c, BoxInt(Int(k-len(rs))), s)
}

// StringCentre2 is string:centre(S, N).
func StringCentre2(p *Process, s, n Term) Term { return StringCentre3(p, s, n, BoxInt(' ')) }

// StringCentre3 is string:centre(S, N, Char).
func StringCentre3(p *Process, s, n, c Term) Term {
	rs, k := oldStr(s, "centre", s, n, c), oldInt(n, "centre", s, n, c)
	if k <= 0 {
		return Nil{}
	}
	if len(rs) >= k {
		i := (len(rs) - k) / 2
		return runeList(rs[i : i+k])
	}
	l := (k - len(rs)) / 2
	right := StringChars2(p, c, BoxInt(Int(k-len(rs)-l)))
	return StringChars3(p, c, BoxInt(Int(l)), Append(s, right))
}

// StringStrip1 is string:strip(S).
func StringStrip1(p *Process, s Term) Term { return StringStrip3(p, s, atomBoth, BoxInt(' ')) }

// StringStrip2 is string:strip(S, Dir).
func StringStrip2(p *Process, s, dir Term) Term { return StringStrip3(p, s, dir, BoxInt(' ')) }

// StringStrip3 is string:strip(S, Dir, Char): Dir is left, right or both.
func StringStrip3(p *Process, s, dir, c Term) Term {
	rs, ch := oldStr(s, "strip", s, dir, c), rune(oldInt(c, "strip", s, dir, c))
	i, j := 0, len(rs)
	if dir != atomLeft && dir != atomRight && dir != atomBoth {
		return stringError(AtomFunctionClause, "strip", s, dir, c)
	}
	if dir != atomRight {
		for i < j && rs[i] == ch {
			i++
		}
	}
	if dir != atomLeft {
		for j > i && rs[j-1] == ch {
			j--
		}
	}
	return runeList(rs[i:j])
}

// StringToUpper1 is string:to_upper(S) on a list or one character (Latin-1).
func StringToUpper1(p *Process, s Term) Term { return oldCase(s, "to_upper", unicode.ToUpper) }

// StringToLower1 is string:to_lower(S).
func StringToLower1(p *Process, s Term) Term { return oldCase(s, "to_lower", unicode.ToLower) }

func oldCase(s Term, fun string, f func(rune) rune) Term {
	conv := func(r rune) rune {
		if r > 255 {
			return r
		}
		if u := f(r); u <= 255 {
			return u
		}
		return r
	}
	if IsInteger(s) { // a character; other integers are left as they are
		if c, ok := IntOf(s); ok && c >= 0 && c <= 255 {
			return BoxInt(Int(conv(rune(c))))
		}
		return s
	}
	rs := oldStr(s, fun, s)
	for i, r := range rs {
		rs[i] = conv(r)
	}
	return runeList(rs)
}

// StringListToInteger1 is string:list_to_integer(S) (a BIF on BEAM): like
// to_integer/1 on a flat list; anything else raises badarg.
func StringListToInteger1(p *Process, s Term) Term { return strListNum(p, s, "list_to_integer", false) }

// StringListToFloat1 is string:list_to_float(S).
func StringListToFloat1(p *Process, s Term) Term { return strListNum(p, s, "list_to_float", true) }

func strListNum(p *Process, s Term, fun string, float bool) Term {
	if _, ok := s.(*Binary); ok || !IsList(s) {
		return stringError(AtomBadarg, fun, s)
	}
	if _, ok := appendChardata(nil, s); !ok {
		return stringError(AtomBadarg, fun, s)
	}
	if float {
		return StringToFloat1(p, s)
	}
	return StringToInteger1(p, s)
}
