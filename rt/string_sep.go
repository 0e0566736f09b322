package rt

// Separator sets of the string module (lexemes/2, take/2..4, trim/3),
// with OTP's view of CR LF, the one grapheme cluster of more than one code
// point that rt knows.
//
// OTP walks the text by code point and, at a code point that belongs to
// some separator, takes the grapheme cluster that starts there and asks
// whether it is one of the separators. So with the separators "\n" the
// line break of "a\r\n" is found at its "\n" (the "\r" is no separator's
// code point, and "\n" alone is a cluster there), while with "\r\n" (the
// two separators "\r" and "\n") it is not: the cluster at "\r" is CR LF,
// which neither is. A separator may itself be the cluster [$\r, $\n].

// sepSet is a list of separator grapheme clusters.
type sepSet struct {
	cps  map[rune]bool // every code point of every separator
	seps [][]rune
}

// newSepSet reads a separator list: its elements are code points or
// clusters (lists); other chardata counts code point by code point.
func newSepSet(t Term, fun string, args ...Term) sepSet {
	s := sepSet{cps: map[rune]bool{}}
	xs, isList := ListToSlice(t)
	if !isList {
		xs = nil
		for _, r := range strIn(t, fun, args...).rs {
			xs = append(xs, BoxInt(Int(r)))
		}
	}
	for _, x := range xs {
		if r, isInt := IntOf(x); isInt && r >= 0 && r <= 0x10FFFF {
			s.add([]rune{rune(r)})
		} else {
			s.add(strIn(x, fun, args...).rs)
		}
	}
	return s
}

func (s *sepSet) add(sep []rune) {
	for _, r := range sep {
		s.cps[r] = true
	}
	s.seps = append(s.seps, sep)
}

// at is the cluster of rs at i as OTP steps over it (n code points, 2 for
// a CR LF at a separator's code point, else 1) and whether it is a
// separator.
func (s sepSet) at(rs []rune, i int) (n int, sep bool) {
	if !s.cps[rs[i]] {
		return 1, false
	}
	n = 1
	if rs[i] == '\r' && i+1 < len(rs) && rs[i+1] == '\n' {
		n = 2
	}
	for _, x := range s.seps {
		if len(x) == n && runesAt(rs, x, i) {
			return n, true
		}
	}
	return n, false
}

// patAt tells whether the pattern pat of find/split/replace/prefix is at
// rs[i:]. OTP matches a pattern at any code point but compares its last
// code point with the cluster there: a pattern ending in "\r" is not at a
// CR LF.
func patAt(rs, pat []rune, i int) bool {
	end := i + len(pat)
	if !runesAt(rs, pat, i) {
		return false
	}
	return len(pat) == 0 || pat[len(pat)-1] != '\r' || end == len(rs) || rs[end] != '\n'
}

// patIndex is the index of the first pattern pat in rs at or after from,
// or -1.
func patIndex(rs, pat []rune, from int) int {
	for i := from; i+len(pat) <= len(rs); i++ {
		if patAt(rs, pat, i) {
			return i
		}
	}
	return -1
}

// patLastIndex is the index of the last pattern pat in rs, or -1.
func patLastIndex(rs, pat []rune) int {
	for i := len(rs) - len(pat); i >= 0; i-- {
		if patAt(rs, pat, i) {
			return i
		}
	}
	return -1
}

// spans cuts rs into the clusters the walk of s steps over, each marked
// as separator or not: starts[k] is where cluster k begins (starts has a
// last entry len(rs)).
func (s sepSet) spans(rs []rune) (starts []int, sep []bool) {
	for i := 0; i < len(rs); {
		n, in := s.at(rs, i)
		starts, sep = append(starts, i), append(sep, in)
		i += n
	}
	return append(starts, len(rs)), sep
}
