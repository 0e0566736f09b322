package rt

// Type tests as Go bools, for guards: is_atom(X) compiles to rt.IsAtom(X).

// IsAtom reports whether t is an atom.
func IsAtom(t Term) bool { _, ok := t.(Atom); return ok }

// IsFloat reports whether t is a float.
func IsFloat(t Term) bool { _, ok := t.(Float); return ok }

// IsList reports whether t is [] or a list cell.
func IsList(t Term) bool {
	switch t.(type) {
	case Nil, *Cons:
		return true
	}
	return false
}

// IsTuple reports whether t is a tuple.
func IsTuple(t Term) bool { _, ok := t.(*Tuple); return ok }

// IsMap reports whether t is a map.
func IsMap(t Term) bool { _, ok := t.(*Map); return ok }

// IsBinary reports whether t is a binary (a whole number of bytes).
func IsBinary(t Term) bool { b, ok := t.(*Binary); return ok && b.Trail == 0 }

// IsBitstring reports whether t is a bitstring.
func IsBitstring(t Term) bool { _, ok := t.(*Binary); return ok }

// IsFunction reports whether t is a fun.
func IsFunction(t Term) bool { _, ok := t.(*Fun); return ok }

// IsBoolean reports whether t is true or false.
func IsBoolean(t Term) bool { a, ok := t.(Atom); return ok && (a == True || a == False) }

// IsPid reports whether t is a pid.
func IsPid(t Term) bool { _, ok := t.(Pid); return ok }

// IsReference reports whether t is a reference.
func IsReference(t Term) bool { _, ok := t.(Ref); return ok }

// IsPort reports whether t is a port.
func IsPort(t Term) bool { _, ok := t.(Port); return ok }
