package preproc

import (
	"fmt"
	"strconv"

	"github.com/erl2go/erl2go/translate/source"
)

// none is the arity of a macro defined or called without parentheses.
const none = -1

// A macroDef is one definition of a macro name.
type macroDef struct {
	arity  int      // none, or the number of parameters
	params []string // parameter names
	body   []Token
	uses   []macroRef // the macros the body calls, for the circularity check
}

// A macroRef names one macro definition: name and arity (or none).
type macroRef struct {
	name  string
	arity int
}

func (r macroRef) String() string {
	if r.arity == none {
		return r.name
	}
	return r.name + "/" + strconv.Itoa(r.arity)
}

// A macro is everything defined under one name. epp keeps two kinds apart:
// predefined macros (?FILE, ?MODULE, ...) have one value, cannot be
// overloaded or redefined, and may be "undefined" (?MODULE before -module);
// user macros are a list of definitions with distinct arities.
type macro struct {
	predef bool
	value  []Token // predefined: the value, or nil when undefined
	defs   []*macroDef
}

// macroTable is epp's macro dictionary, keyed by name (an atom or a
// variable name: 'FOO' and FOO are the same macro).
type macroTable struct {
	m map[string]*macro
	// gen changes on every define and undef; acyclic caches circularity
	// checks that passed under the current gen, so that expanding the same
	// macro many times does not redo the walk of its uses.
	gen     int
	acyclic map[macroRef]int
}

func newMacroTable() *macroTable {
	return &macroTable{m: make(map[string]*macro), acyclic: make(map[macroRef]int)}
}

// setPredef defines or changes a predefined macro (value nil: undefined).
func (t *macroTable) setPredef(name string, value []Token) {
	t.m[name] = &macro{predef: true, value: value}
	t.gen++
}

// defined is epp's is_macro_defined, used by -ifdef: predefined macros
// without a value do not count.
func (t *macroTable) defined(name string) bool {
	m, ok := t.m[name]
	return ok && (!m.predef || m.value != nil)
}

// exists is what -if's defined(M) asks: is the name in the table at all.
func (t *macroTable) exists(name string) bool {
	_, ok := t.m[name]
	return ok
}

// undef removes every definition of name, predefined or not.
func (t *macroTable) undef(name string) {
	delete(t.m, name)
	t.gen++
}

// lookup finds the definition a call ?name (arity none) or ?name(...) uses.
// It returns the predefined value, or the user definition; an error says
// why there is none, as epp words it.
func (t *macroTable) lookup(name string, arity int) ([]Token, *macroDef, error) {
	m := t.m[name]
	switch {
	case m == nil || m.predef && m.value == nil:
		return nil, nil, fmt.Errorf("undefined macro '%s'", macroRef{name, arity})
	case m.predef:
		return m.value, nil, nil
	case len(m.defs) == 1 && m.defs[0].arity == none:
		// epp uses a lone ?M definition whatever the call looks like;
		// the arguments then stay in the token stream.
		return nil, m.defs[0], nil
	}
	for _, d := range m.defs {
		if d.arity == arity {
			return nil, d, nil
		}
	}
	return nil, nil, fmt.Errorf("argument mismatch for macro '%s'", name)
}

// usesOf is epp's get_macro_uses: the macros a definition calls; a call
// whose arity has no definition falls back to the ?M definition.
func (t *macroTable) usesOf(r macroRef) []macroRef {
	m := t.m[r.name]
	if m == nil {
		return nil
	}
	var fallback []macroRef
	for _, d := range m.defs {
		if d.arity == r.arity {
			return d.uses
		}
		if d.arity == none {
			fallback = d.uses
		}
	}
	return fallback
}

// checkCircular walks the uses graph from r, as epp's check_uses does, and
// reports the first macro met again on the current path. A macro whose body
// calls itself (directly or not) is reported before it is expanded, so such
// definitions never loop.
func (t *macroTable) checkCircular(r macroRef) error {
	if t.acyclic[r] == t.gen+1 {
		return nil
	}
	state := map[macroRef]int8{} // 1 on the path, 2 done
	var walk func(r macroRef) error
	walk = func(r macroRef) error {
		switch state[r] {
		case 1:
			return fmt.Errorf("circular macro '%s'", r)
		case 2:
			return nil
		}
		if t.acyclic[r] == t.gen+1 {
			return nil
		}
		state[r] = 1
		for _, u := range t.usesOf(r) {
			if err := walk(u); err != nil {
				return err
			}
		}
		state[r] = 2
		t.acyclic[r] = t.gen + 1
		return nil
	}
	return walk(r)
}

// macroUses lists the macros a body calls (epp's macro_uses), counting the
// arguments of each call; a badly formed call is an error at define time.
func macroUses(body []Token) ([]macroRef, *posError) {
	var uses []macroRef
	seen := map[macroRef]bool{}
	for i := 0; i < len(body); i++ {
		if body[i].Type != tQMARK || i+1 >= len(body) {
			continue
		}
		if body[i+1].Type == tQMARK {
			i++ // ??Arg
			continue
		}
		name, ok := nameValue(body[i+1])
		if !ok {
			continue
		}
		args, _, err := scanArgs(&sliceReader{ts: body[i+2:]}, name)
		if err != nil {
			return nil, &posError{body[i+1].Pos, err.Error()}
		}
		r := macroRef{name, len(args)}
		if args == nil {
			r.arity = none
		}
		if !seen[r] {
			seen[r] = true
			uses = append(uses, r)
		}
		i++
	}
	return uses, nil
}

// A posError is an error at a position, thrown out of macro expansion.
type posError struct {
	pos source.Pos
	msg string
}

func (e *posError) Error() string { return e.msg }
