package rt

import "unicode"

// Case mapping for string:uppercase, lowercase, titlecase and casefold, as
// BEAM's unicode_util does it: Unicode's full mappings, so one code point
// may become several (ß uppercases to SS, titlecases to Ss and folds to
// ss), and no language or context rules (final sigma stays σ). The
// multi-code-point mappings are in string_casing.go; the others are Go's.

// Indexes into specialCasing's entries.
const (
	caseLower = iota
	caseTitle
	caseUpper
)

// mapCase appends the full mapping of r for kind (caseLower...) to out.
func mapCase(out []rune, r rune, kind int) []rune {
	if m, ok := specialCasing[r]; ok && m[kind] != "" {
		return append(out, []rune(m[kind])...)
	}
	switch kind {
	case caseLower:
		return append(out, unicode.ToLower(r))
	case caseTitle:
		return append(out, unicode.ToTitle(r))
	}
	return append(out, unicode.ToUpper(r))
}

// foldCase appends the full case folding of r to out: its lower case,
// except for the code points that fold to several, dotless ı (which folds
// to itself), characters whose lower case is not their fold (ſ, ς, the
// Greek symbol variants), and Cherokee, which folds to upper case.
func foldCase(out []rune, r rune) []rune {
	if m, ok := fullFold[r]; ok {
		return append(out, []rune(m)...)
	}
	switch {
	case r == 'ı':
		return append(out, r)
	case r >= 0x13A0 && r <= 0x13FD, r >= 0xAB70 && r <= 0xABBF:
		return append(out, unicode.ToUpper(r))
	}
	return append(out, unicode.ToLower(unicode.ToUpper(r)))
}

// caseRunes maps every code point of rs for kind, or folds them for kind -1.
func caseRunes(rs []rune, kind int) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		if kind < 0 {
			out = foldCase(out, r)
		} else {
			out = mapCase(out, r, kind)
		}
	}
	return out
}

// strCase is string:fun(S) mapping each code point for kind.
func strCase(s Term, fun string, kind int) Term {
	switch s.(type) {
	case *Cons, Nil, *Binary:
	default: // string.erl's last clause: error({badarg, Bin})
		line := map[string]int{"uppercase": 338, "lowercase": 355, "casefold": 387}[fun]
		otpRaise(NewTuple(AtomBadarg, s), nil, erlFrame{"string", fun, 1, line})
	}
	c := strIn(s, fun, s)
	return c.out(caseRunes(c.rs, kind))
}
