package gen

import (
	"fmt"
	"strings"
	"unicode"
)

// Naming scheme. Go names come from Erlang names so that the output reads
// like the source:
//
//	function m:f/2          m_f_2          (package level, one package for all modules)
//	atom 'ok'               rt.Ok; other atoms atom_<name>
//	literal terms           lit_<module>_<n>
//	variable X, _Acc        X, _Acc        (Erlang variables start upper case or _)
//	compiler temporaries    lower case: c1 (cons), t1 (tuple), v1 (value), a1 (argument)
//
// Erlang variables can never clash with the lower-case temporaries, the
// parameter p or the package rt. Package-level names all pass through one
// namer that appends a number on a clash, so two Erlang names that mangle to
// the same Go text stay distinct.

// goKeywords are Go's keywords and predeclared names that a mangled Erlang
// name must not take.
var goKeywords = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true, "default": true,
	"defer": true, "else": true, "fallthrough": true, "for": true, "func": true, "go": true,
	"goto": true, "if": true, "import": true, "interface": true, "map": true, "package": true,
	"range": true, "return": true, "select": true, "struct": true, "switch": true, "type": true,
	"var": true, "init": true, "main": true, "rt": true, "p": true, "_": true,
}

// mangle turns any Erlang name into Go identifier characters: letters,
// digits and _ stay; anything else becomes _xHH_ with its code point.
func mangle(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == '_' || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case r == '@':
			b.WriteString("ǂ") // a Go letter: X@1 stays one readable token
		default:
			fmt.Fprintf(&b, "_x%X_", r)
		}
	}
	s := b.String()
	if s == "" || unicode.IsDigit(rune(s[0])) {
		s = "_" + s
	}
	return s
}

// atomIdent is the Go name part of an atom. A fun's name such as
// '-sum/2-fun-0-' reads as sum_2_fun_0 rather than in escapes.
func atomIdent(name string) string {
	if len(name) > 2 && name[0] == '-' && name[len(name)-1] == '-' {
		parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '/' })
		return mangle(strings.Join(parts, "_"))
	}
	return mangle(name)
}

// namer hands out unique names in one Go scope.
type namer struct{ used map[string]bool }

func newNamer() *namer { return &namer{used: map[string]bool{}} }

// name returns base, or base2, base3... if base is taken or a keyword.
func (n *namer) name(base string) string {
	s := base
	for i := 2; n.used[s] || goKeywords[s]; i++ {
		s = fmt.Sprintf("%s%d", base, i)
	}
	n.used[s] = true
	return s
}

// varName is the Go name of an Erlang variable.
func varName(erl string) string { return mangle(erl) }
