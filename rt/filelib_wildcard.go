package rt

import (
	"os"
	"slices"
	"strings"
)

// filelib:wildcard/1,2: the names that match a pattern, sorted, as
// charlists. The pattern is split at "/" into parts; each part matches
// one name in a directory listing: ? is any character, * any run of
// characters, [a-z0-9_] one of a set (there is no negation: [^a] is ^ or
// a), {a,b} one of alternatives (each followed by the rest of the part),
// \c the character c itself; a part that is exactly ** matches any number
// of directory levels. Dot files are not special. Leading parts without
// any of these are joined into the directory where listing starts, and a
// pattern that has none at all is the name itself when it exists. A [
// without its ] is an ordinary character; a { without its } raises
// {badpattern, missing_delimiter}. A relative pattern is taken from the
// current directory or Cwd, and the names come out relative to it.

type globKind uint8

const (
	globLit        globKind = iota
	globQuestion            // ?
	globStar                // * with more after it
	globAccept              // * that ends the part
	globDoubleStar          // ** that ends the part
	globOneOf               // [...]
	globAlt                 // {a,b}: always the last element
)

type globElem struct {
	kind globKind
	r    rune
	set  []rune       // globOneOf: the characters
	alts [][]globElem // globAlt: each alternative and the rest of the part
}

// globItem is a pattern character; an escaped one loses its meaning.
type globItem struct {
	r       rune
	escaped bool
}

type badPattern struct{}

// globItems reads the escapes of a pattern.
func globItems(s string) []globItem {
	var out []globItem
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\\' && i+1 < len(rs) {
			i++
			out = append(out, globItem{rs[i], true})
			continue
		}
		out = append(out, globItem{rs[i], false})
	}
	return out
}

// globSplit splits items into parts at unescaped slashes; a leading slash
// is the part "/".
func globSplit(items []globItem) [][]globItem {
	var parts [][]globItem
	if len(items) > 0 && items[0] == (globItem{'/', false}) {
		parts = append(parts, items[:1])
	}
	start := 0
	for i := 0; i <= len(items); i++ {
		if i == len(items) || items[i] == (globItem{'/', false}) {
			if i > start {
				parts = append(parts, items[start:i])
			}
			start = i + 1
		}
	}
	return parts
}

// compilePart compiles one part; with upTo it stops at an unescaped , or
// } and returns it with the rest (inside {...}).
func compilePart(items []globItem, upTo bool) (elems []globElem, sep rune, rest []globItem) {
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.escaped {
			elems = append(elems, globElem{kind: globLit, r: it.r})
			continue
		}
		switch it.r {
		case ',', '}':
			if upTo {
				return elems, it.r, items[i+1:]
			}
		case '?':
			elems = append(elems, globElem{kind: globQuestion})
			continue
		case '*':
			switch {
			case i+2 == len(items) && items[i+1] == (globItem{'*', false}):
				return append(elems, globElem{kind: globDoubleStar}), globEnd(upTo), nil
			case i+2 < len(items) && items[i+1] == (globItem{'*', false}):
				i++
				elems = append(elems, globElem{kind: globStar})
			case i+1 == len(items):
				return append(elems, globElem{kind: globAccept}), globEnd(upTo), nil
			default:
				elems = append(elems, globElem{kind: globStar})
			}
			continue
		case '[':
			if set, n, ok := compileCharset(items[i+1:]); ok {
				elems = append(elems, globElem{kind: globOneOf, set: set})
				i += n
				continue
			}
		case '{':
			return append(elems, compileAlt(items[i+1:])), 0, nil
		}
		elems = append(elems, globElem{kind: globLit, r: it.r})
	}
	return elems, globEnd(upTo), nil
}

// globEnd is the end of a part: inside {...} it is a missing }.
func globEnd(upTo bool) rune {
	if upTo {
		panic(badPattern{})
	}
	return 0
}

// compileCharset reads a set after [ up to its ]: the characters and how
// many items it took; false when there is no ].
func compileCharset(items []globItem) ([]rune, int, bool) {
	var set []rune
	i := 0
	if len(items) > 0 && items[0] == (globItem{']', false}) {
		set = append(set, ']')
		i++
	}
	for i < len(items) {
		it := items[i]
		if !it.escaped && i+2 < len(items) && items[i+1] == (globItem{'-', false}) && !items[i+2].escaped &&
			it.r <= items[i+2].r {
			for c := it.r; c <= items[i+2].r; c++ {
				set = append(set, c)
			}
			i += 3
			continue
		}
		if it == (globItem{']', false}) {
			return set, i + 1, true
		}
		set = append(set, it.r)
		i++
	}
	return nil, 0, false
}

// compileAlt reads {a,b,...} after the {, and the rest of the part.
func compileAlt(items []globItem) globElem {
	var alts [][]globElem
	for {
		elems, sep, rest := compilePart(items, true)
		alts = append(alts, elems)
		items = rest
		if sep == '}' {
			break
		}
	}
	tail, _, _ := compilePart(items, false)
	for i := range alts {
		alts[i] = append(alts[i][:len(alts[i]):len(alts[i])], tail...)
	}
	return globElem{kind: globAlt, alts: alts}
}

// globMatch matches a compiled part against a name.
func globMatch(pat []globElem, name []rune) bool {
	for len(pat) > 0 {
		e := pat[0]
		switch e.kind {
		case globAccept, globDoubleStar:
			return true
		case globStar:
			for i := 0; i <= len(name); i++ {
				if globMatch(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		case globAlt:
			for _, a := range e.alts {
				if globMatch(a, name) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		switch e.kind {
		case globQuestion:
		case globOneOf:
			if !slices.Contains(e.set, name[0]) {
				return false
			}
		default:
			if e.r != name[0] {
				return false
			}
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

func globLiteral(pat []globElem) (string, bool) {
	var b strings.Builder
	for _, e := range pat {
		if e.kind != globLit {
			return "", false
		}
		b.WriteRune(e.r)
	}
	return b.String(), true
}

// globWalk is a place the search has reached: fs, the name to list and
// test, and shown, the name as it goes in the result.
type globWalk struct {
	out []string
}

func joinName(dir, name string) string {
	switch {
	case dir == "":
		return name
	case strings.HasSuffix(dir, "/"):
		return dir + name
	}
	return dir + "/" + name
}

func listNames(dir string) []string {
	if dir == "" {
		dir = "."
	}
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer f.Close()
	names, _ := f.Readdirnames(-1)
	return names
}

func (w *globWalk) walk(fs, shown string, parts [][]globElem) {
	if len(parts) == 0 {
		w.out = append(w.out, shown)
		return
	}
	pat := parts[0]
	if len(pat) == 1 && pat[0].kind == globDoubleStar {
		w.doubleStar(fs, shown, parts[1:])
		return
	}
	if lit, ok := globLiteral(pat); ok && lit == ".." {
		if isDir(fs) {
			w.walk(joinName(fs, ".."), joinName(shown, ".."), parts[1:])
		}
		return
	}
	for _, n := range listNames(fs) {
		if globMatch(pat, []rune(n)) {
			w.walk(joinName(fs, n), joinName(shown, n), parts[1:])
		}
	}
}

// doubleStar is ** : every name below fs, at any depth, goes on with the
// parts after it (or is a result when there are none).
func (w *globWalk) doubleStar(fs, shown string, rest [][]globElem) {
	for _, n := range listNames(fs) {
		f, s := joinName(fs, n), joinName(shown, n)
		w.doubleStar(f, s, rest)
		switch {
		case len(rest) == 0:
			w.out = append(w.out, s)
		case globMatch(rest[0], []rune(n)):
			w.walk(f, s, rest[1:])
		}
	}
}

// wildcard runs a pattern from directory cwd.
func wildcard(pattern, cwd string) []string {
	parts := globSplit(globItems(pattern))
	kept := parts[:0]
	for i, part := range parts { // "." parts go, as filename:join drops them
		if len(part) != 1 || part[0] != (globItem{'.', false}) || len(parts) == 1 && i == 0 {
			kept = append(kept, part)
		}
	}
	parts = kept
	var fs, shown string
	if len(parts) > 0 && len(parts[0]) == 1 && parts[0][0] == (globItem{'/', false}) {
		fs, shown, parts = "/", "/", parts[1:]
	} else if cwd != "." {
		fs = cwd
	}
	compiled := make([][]globElem, len(parts))
	for i, p := range parts {
		compiled[i], _, _ = compilePart(p, false)
	}
	for len(compiled) > 0 {
		lit, ok := globLiteral(compiled[0])
		if !ok {
			break
		}
		fs, shown, compiled = joinName(fs, lit), joinName(shown, lit), compiled[1:]
	}
	w := &globWalk{}
	if len(compiled) == 0 {
		if _, err := os.Lstat(fs); err == nil && fs != "" {
			w.out = append(w.out, shown)
		}
	} else {
		w.walk(fs, shown, compiled)
	}
	slices.Sort(w.out)
	return w.out
}

// FilelibWildcard1 is filelib:wildcard(Wildcard).
func FilelibWildcard1(p *Process, pattern Term) Term {
	return wildcardTerm(pattern, ".", pattern)
}

// FilelibWildcard2 is filelib:wildcard(Wildcard, Cwd); an atom for Cwd
// is the module to list with (OTP's file or erl_prim_loader), which here
// is always the file system, from the current directory.
func FilelibWildcard2(p *Process, pattern, cwd Term) Term {
	dir := "."
	if _, isAtom := cwd.(Atom); !isAtom {
		d, ok := fileName(cwd)
		if _, isBin := cwd.(*Binary); !ok || isBin {
			return FunctionClause(pattern, cwd)
		}
		dir = d
	}
	return wildcardTerm(pattern, dir, pattern, cwd)
}

func wildcardTerm(pattern Term, cwd string, args ...Term) (result Term) {
	pat, ok := fileName(pattern)
	if _, isBin := pattern.(*Binary); !ok || isBin || isAtom(pattern) {
		return FunctionClause(args...)
	}
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badPattern); !bad {
				panic(r)
			}
			Raise(AtomError, NewTuple(Intern("badpattern"), Intern("missing_delimiter")))
		}
	}()
	names := wildcard(pat, cwd)
	out := make([]Term, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return List(out...)
}
