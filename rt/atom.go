package rt

import "sync"

// Atom is an interned atom: one pointer to its table entry, so storing it in
// a Term does not allocate and equal atoms are ==. The zero Atom is not a
// valid atom.
type Atom struct{ e *atomEntry }

type atomEntry struct {
	name string
	// latin1 is true when every code point of name is below 256; BEAM keeps
	// that distinction for atom_to_binary(A, latin1).
	latin1 bool
}

// atomTable maps names to entries. Reads dominate once the program's
// package-level atoms are interned, hence the RWMutex.
var atomTable = struct {
	sync.RWMutex
	m map[string]*atomEntry
}{m: make(map[string]*atomEntry, 1024)}

// Intern returns the atom with the given name (UTF-8), creating it if needed.
func Intern(name string) Atom {
	atomTable.RLock()
	e := atomTable.m[name]
	atomTable.RUnlock()
	if e != nil {
		return Atom{e}
	}
	atomTable.Lock()
	defer atomTable.Unlock()
	if e = atomTable.m[name]; e == nil {
		e = &atomEntry{name: name, latin1: isLatin1(name)}
		atomTable.m[name] = e
	}
	return Atom{e}
}

// LookupAtom returns the atom if it already exists (list_to_existing_atom).
func LookupAtom(name string) (Atom, bool) {
	atomTable.RLock()
	e := atomTable.m[name]
	atomTable.RUnlock()
	return Atom{e}, e != nil
}

// Name is the atom's text.
func (a Atom) Name() string {
	if a.e == nil {
		return ""
	}
	return a.e.name
}

func isLatin1(s string) bool {
	for _, r := range s {
		if r > 255 {
			return false
		}
	}
	return true
}

// Atoms the runtime and generated code use often. True, False, Ok and
// Undefined have short names; the rest are Atom<Name>, because the short
// names Error, Badarg, Badmatch, ... are the helpers that raise those errors.
var (
	True      = Intern("true")
	False     = Intern("false")
	Ok        = Intern("ok")
	Undefined = Intern("undefined")

	AtomError          = Intern("error")
	AtomExit           = Intern("exit")
	AtomThrow          = Intern("throw")
	AtomEXIT           = Intern("EXIT")
	AtomBadarg         = Intern("badarg")
	AtomBadarith       = Intern("badarith")
	AtomBadmatch       = Intern("badmatch")
	AtomBadkey         = Intern("badkey")
	AtomBadmap         = Intern("badmap")
	AtomBadfun         = Intern("badfun")
	AtomBadarity       = Intern("badarity")
	AtomBadrecord      = Intern("badrecord")
	AtomUndef          = Intern("undef")
	AtomNocatch        = Intern("nocatch")
	AtomFunctionClause = Intern("function_clause")
	AtomCaseClause     = Intern("case_clause")
	AtomIfClause       = Intern("if_clause")
	AtomTryClause      = Intern("try_clause")
	AtomElseClause     = Intern("else_clause")
	AtomSystemLimit    = Intern("system_limit")
	AtomInfinity       = Intern("infinity")
	AtomNormal         = Intern("normal")
	AtomErlang         = Intern("erlang")
	AtomNonode         = Intern("nonode@nohost")
)
