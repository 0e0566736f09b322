package rt

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Conversions between numbers, atoms, lists and binaries (erlang module).

var (
	atomLatin1  = Intern("latin1")
	atomUnicode = Intern("unicode")
	atomUTF8    = Intern("utf8")
)

// stringArg returns a BIF's string argument as Go text, or ok false if it
// is not a proper list of code points.
func stringArg(t Term) (string, bool) { return ListToString(t) }

// parseIntText parses Erlang's list_to_integer syntax: an optional sign,
// then at least one digit of the base, nothing else.
func parseIntText(s string, base int) (Term, bool) {
	digits := strings.TrimLeft(s, "+-")
	if len(s)-len(digits) > 1 || digits == "" {
		return nil, false
	}
	for _, c := range digits {
		if digitValue(c) >= base {
			return nil, false
		}
	}
	if n, err := strconv.ParseInt(s, base, 64); err == nil {
		return BoxInt(Int(n)), true
	}
	r := new(BigInt)
	if _, ok := r.v.SetString(strings.TrimPrefix(s, "+"), base); !ok {
		return nil, false
	}
	return r.norm(), true
}

func digitValue(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// intText formats an integer in a base with upper-case digits, as BEAM.
func intText(t Term, base int) string {
	switch x := t.(type) {
	case Small:
		return strings.ToUpper(strconv.FormatInt(int64(x.Int()), base))
	case *BigInt:
		return strings.ToUpper(x.v.Text(base))
	}
	return ""
}

func baseArg(b Term) (int, bool) {
	n, ok := IntOf(b)
	return int(n), ok && n >= 2 && n <= 36
}

// ErlangIntegerToList1 is integer_to_list(Integer).
func ErlangIntegerToList1(p *Process, t Term) Term {
	if !IsInteger(t) {
		return BIFBadarg("integer_to_list", t)
	}
	return Str(intText(t, 10))
}

// ErlangIntegerToList2 is integer_to_list(Integer, Base).
func ErlangIntegerToList2(p *Process, t, b Term) Term {
	base, ok := baseArg(b)
	if !IsInteger(t) || !ok {
		return BIFBadarg("integer_to_list", t, b)
	}
	return Str(intText(t, base))
}

// ErlangIntegerToBinary1 is integer_to_binary(Integer).
func ErlangIntegerToBinary1(p *Process, t Term) Term {
	if !IsInteger(t) {
		return BIFBadarg("integer_to_binary", t)
	}
	return NewBinary([]byte(intText(t, 10)))
}

// ErlangIntegerToBinary2 is integer_to_binary(Integer, Base).
func ErlangIntegerToBinary2(p *Process, t, b Term) Term {
	base, ok := baseArg(b)
	if !IsInteger(t) || !ok {
		return BIFBadarg("integer_to_binary", t, b)
	}
	return NewBinary([]byte(intText(t, base)))
}

// ErlangListToInteger1 is list_to_integer(String).
func ErlangListToInteger1(p *Process, l Term) Term {
	s, ok := stringArg(l)
	if ok {
		if n, ok := parseIntText(s, 10); ok {
			return n
		}
	}
	return BIFBadarg("list_to_integer", l)
}

// ErlangListToInteger2 is list_to_integer(String, Base).
func ErlangListToInteger2(p *Process, l, b Term) Term {
	s, ok := stringArg(l)
	base, ok2 := baseArg(b)
	if ok && ok2 {
		if n, ok := parseIntText(s, base); ok {
			return n
		}
	}
	return BIFBadarg("list_to_integer", l, b)
}

// ErlangBinaryToInteger1 is binary_to_integer(Binary).
func ErlangBinaryToInteger1(p *Process, bin Term) Term {
	if b, ok := bin.(*Binary); ok && b.Trail == 0 {
		if n, ok := parseIntText(string(b.Data), 10); ok {
			return n
		}
	}
	return BIFBadarg("binary_to_integer", bin)
}

// ErlangBinaryToInteger2 is binary_to_integer(Binary, Base).
func ErlangBinaryToInteger2(p *Process, bin, base Term) Term {
	b, ok := bin.(*Binary)
	n, ok2 := baseArg(base)
	if ok && ok2 && b.Trail == 0 {
		if v, ok := parseIntText(string(b.Data), n); ok {
			return v
		}
	}
	return BIFBadarg("binary_to_integer", bin, base)
}

// parseFloatText accepts Erlang's float syntax only: [+-]D+.D+([eE][+-]D+)?
// ("1", "1.e5" and ".5" are not floats to list_to_float).
func parseFloatText(s string) (Term, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() bool {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > start
	}
	if !digits() || i >= len(s) || s[i] != '.' {
		return nil, false
	}
	i++
	if !digits() {
		return nil, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return nil, false
		}
	}
	if i != len(s) {
		return nil, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil { // out of range
		return nil, false
	}
	return Float(f), true
}

// ErlangListToFloat1 is list_to_float(String).
func ErlangListToFloat1(p *Process, l Term) Term {
	if s, ok := stringArg(l); ok {
		if f, ok := parseFloatText(s); ok {
			return f
		}
	}
	return BIFBadarg("list_to_float", l)
}

// ErlangBinaryToFloat1 is binary_to_float(Binary).
func ErlangBinaryToFloat1(p *Process, bin Term) Term {
	if b, ok := bin.(*Binary); ok && b.Trail == 0 {
		if f, ok := parseFloatText(string(b.Data)); ok {
			return f
		}
	}
	return BIFBadarg("binary_to_float", bin)
}

// Atoms.

// maxAtomChars is BEAM's limit on the length of an atom's name.
const maxAtomChars = 255

// ErlangAtomToList1 is atom_to_list(Atom).
func ErlangAtomToList1(p *Process, a Term) Term {
	at, ok := a.(Atom)
	if !ok {
		return BIFBadarg("atom_to_list", a)
	}
	return Str(at.Name())
}

// ErlangListToAtom1 is list_to_atom(String).
func ErlangListToAtom1(p *Process, l Term) Term {
	s, ok := stringArg(l)
	if !ok {
		return BIFBadarg("list_to_atom", l)
	}
	if utf8.RuneCountInString(s) > maxAtomChars {
		return BIFError(AtomSystemLimit, "list_to_atom", l)
	}
	return Intern(s)
}

// ErlangListToExistingAtom1 is list_to_existing_atom(String).
func ErlangListToExistingAtom1(p *Process, l Term) Term {
	if s, ok := stringArg(l); ok {
		if a, ok := LookupAtom(s); ok {
			return a
		}
	}
	return BIFBadarg("list_to_existing_atom", l)
}

// atomBytes encodes an atom's name in latin1 or utf8; ok is false for a bad
// encoding argument or a latin1 request on a name beyond latin1.
func atomBytes(a Atom, enc Term) ([]byte, bool) {
	switch enc {
	case atomUTF8, atomUnicode:
		return []byte(a.Name()), true
	case atomLatin1:
		if !a.e.latin1 {
			return nil, false
		}
		out := make([]byte, 0, len(a.Name()))
		for _, r := range a.Name() {
			out = append(out, byte(r))
		}
		return out, true
	}
	return nil, false
}

// ErlangAtomToBinary1 is atom_to_binary(Atom): UTF-8.
func ErlangAtomToBinary1(p *Process, a Term) Term {
	at, ok := a.(Atom)
	if !ok {
		return BIFBadarg("atom_to_binary", a)
	}
	return NewBinary([]byte(at.Name()))
}

// ErlangAtomToBinary2 is atom_to_binary(Atom, Encoding).
func ErlangAtomToBinary2(p *Process, a, enc Term) Term {
	if at, ok := a.(Atom); ok {
		if b, ok := atomBytes(at, enc); ok {
			return NewBinary(b)
		}
	}
	return BIFBadarg("atom_to_binary", a, enc)
}

// binaryText decodes a binary as an atom name in the given encoding.
func binaryText(bin, enc Term) (string, bool) {
	b, ok := bin.(*Binary)
	if !ok || b.Trail != 0 {
		return "", false
	}
	switch enc {
	case atomUTF8, atomUnicode:
		return string(b.Data), utf8.Valid(b.Data)
	case atomLatin1:
		rs := make([]rune, len(b.Data))
		for i, c := range b.Data {
			rs[i] = rune(c)
		}
		return string(rs), true
	}
	return "", false
}

// ErlangBinaryToAtom1 is binary_to_atom(Binary): UTF-8.
func ErlangBinaryToAtom1(p *Process, bin Term) Term {
	return binaryToAtom(bin, atomUTF8, false, "binary_to_atom", bin)
}

// ErlangBinaryToAtom2 is binary_to_atom(Binary, Encoding).
func ErlangBinaryToAtom2(p *Process, bin, enc Term) Term {
	return binaryToAtom(bin, enc, false, "binary_to_atom", bin, enc)
}

// ErlangBinaryToExistingAtom1 is binary_to_existing_atom(Binary): UTF-8.
func ErlangBinaryToExistingAtom1(p *Process, bin Term) Term {
	return binaryToAtom(bin, atomUTF8, true, "binary_to_existing_atom", bin)
}

// ErlangBinaryToExistingAtom2 is binary_to_existing_atom(Binary, Encoding).
func ErlangBinaryToExistingAtom2(p *Process, bin, enc Term) Term {
	return binaryToAtom(bin, enc, true, "binary_to_existing_atom", bin, enc)
}

func binaryToAtom(bin, enc Term, existing bool, name string, args ...Term) Term {
	s, ok := binaryText(bin, enc)
	if !ok {
		return BIFBadarg(name, args...)
	}
	if utf8.RuneCountInString(s) > maxAtomChars {
		return BIFError(AtomSystemLimit, name, args...)
	}
	if existing {
		a, ok := LookupAtom(s)
		if !ok {
			return BIFBadarg(name, args...)
		}
		return a
	}
	return Intern(s)
}

// Binaries and iolists.

// IolistBytes appends the bytes of an iolist (bytes 0..255, binaries and
// nested iolists, with a binary or [] as any tail) or of a binary to out;
// ok is false for anything else.
func IolistBytes(out []byte, t Term) ([]byte, bool) {
	switch x := t.(type) {
	case *Binary:
		return append(out, x.Data...), x.Trail == 0
	case Nil:
		return out, true
	case *Cons:
	default:
		return out, false
	}
	for {
		switch x := t.(type) {
		case Nil:
			return out, true
		case *Binary:
			return append(out, x.Data...), x.Trail == 0
		case *Cons:
			switch h := x.Head.(type) {
			case Small:
				if c := h.Int(); c < 0 || c > 255 {
					return out, false
				}
				out = append(out, byte(h.Int()))
			case *Binary, *Cons, Nil:
				var ok bool
				if out, ok = IolistBytes(out, h); !ok {
					return out, false
				}
			default:
				return out, false
			}
			t = x.Tail
		default:
			return out, false
		}
	}
}

// ErlangIolistToBinary1 is iolist_to_binary(IoListOrBinary).
func ErlangIolistToBinary1(p *Process, t Term) Term {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		return b
	}
	out, ok := IolistBytes(nil, t)
	if !ok {
		return BIFBadarg("iolist_to_binary", t)
	}
	return NewBinary(out)
}

// ErlangListToBinary1 is list_to_binary(IoList).
func ErlangListToBinary1(p *Process, t Term) Term {
	switch t.(type) {
	case *Cons, Nil:
		if out, ok := IolistBytes(nil, t); ok {
			return NewBinary(out)
		}
	}
	return BIFBadarg("list_to_binary", t)
}

// ErlangIolistSize1 is iolist_size(IoListOrBinary).
func ErlangIolistSize1(p *Process, t Term) Term {
	out, ok := IolistBytes(nil, t)
	if !ok {
		return BIFBadarg("iolist_size", t)
	}
	return BoxInt(Int(len(out)))
}

// ErlangBinaryToList1 is binary_to_list(Binary).
func ErlangBinaryToList1(p *Process, t Term) Term {
	b, ok := t.(*Binary)
	if !ok || b.Trail != 0 {
		return BIFBadarg("binary_to_list", t)
	}
	elems := make([]Term, len(b.Data))
	for i, c := range b.Data {
		elems[i] = BoxInt(Int(c))
	}
	return List(elems...)
}

// ErlangByteSize1 is byte_size(Bitstring): rounded up to whole bytes.
func ErlangByteSize1(p *Process, t Term) Term {
	b, ok := t.(*Binary)
	if !ok {
		return BIFBadarg("byte_size", t)
	}
	return BoxInt(Int(len(b.Data)))
}

// ErlangBitSize1 is bit_size(Bitstring).
func ErlangBitSize1(p *Process, t Term) Term {
	b, ok := t.(*Binary)
	if !ok {
		return BIFBadarg("bit_size", t)
	}
	return BoxInt(Int(b.BitSize()))
}
