package rt

import (
	"os"
	"unicode/utf8"
)

// The filename module as OTP 25 has it on Unix: pure functions on file
// names given as (deep) charlists, atoms or binaries. Charlist names are
// first flattened (nested lists spliced, atoms spelled out); each function
// then walks the characters as OTP's does, so trailing, doubled and
// leading slashes, dots and the binary forms give BEAM's results, and a
// name with something that is not a character in it is function_clause
// where OTP's is. A charlist mixed with a binary becomes UTF-8 (the native
// file name encoding), as filename_string_to_binary does.

var slash = BoxInt('/')

func isChar(t Term) bool { return IsInteger(t) }

// fnBin is t's bytes when t is a binary (not a bitstring).
func fnBin(t Term) ([]byte, bool) {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		return b.Data, true
	}
	return nil, false
}

func atomChars(a Atom) []Term {
	var out []Term
	for _, r := range a.Name() {
		out = append(out, BoxInt(Int(r)))
	}
	return out
}

// fnFlat flattens a name that is not a binary as do_flatten does: nested
// lists spliced, atoms (as elements or as an improper tail) spelled out,
// anything else kept as an element. A name that is neither list nor atom,
// or an improper tail that is not an atom, is function_clause.
func fnFlat(t Term, args ...Term) []Term {
	out := []Term{}
	if !fnFlatInto(t, &out) {
		FunctionClause(args...)
	}
	return out
}

func fnFlatInto(t Term, out *[]Term) bool {
	for {
		switch x := t.(type) {
		case Nil:
			return true
		case Atom:
			*out = append(*out, atomChars(x)...)
			return true
		case *Cons:
			switch h := x.Head.(type) {
			case Nil, *Cons:
				if !fnFlatInto(h, out) {
					return false
				}
			case Atom:
				*out = append(*out, atomChars(h)...)
			default:
				*out = append(*out, h)
			}
			t = x.Tail
		default:
			return false
		}
	}
}

// fnToBinary is filename_string_to_binary: a flattened charlist (binaries
// inside it allowed) as UTF-8; anything else in it is badarg.
func fnToBinary(t Term, args ...Term) []byte {
	if b, ok := fnBin(t); ok {
		return b
	}
	var out []byte
	for _, c := range fnFlat(t, args...) {
		switch x := c.(type) {
		case Small:
			r := x.Int()
			if r < 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
				Badarg()
			}
			out = utf8.AppendRune(out, rune(r))
		case *Binary:
			if x.Trail != 0 || !utf8.Valid(x.Data) {
				Badarg()
			}
			out = append(out, x.Data...)
		default:
			Badarg()
		}
	}
	return out
}

func bytesChars(b []byte) []Term {
	out := make([]Term, len(b))
	for i, c := range b {
		out[i] = BoxInt(Int(c))
	}
	return out
}

// charsBytes is list_to_binary of a list of bytes.
func charsBytes(cs []Term) Term {
	out := make([]byte, len(cs))
	for i, c := range cs {
		out[i] = byte(c.(Small).Int())
	}
	return NewBinary(out)
}

func isSlash(t Term) bool { return t == slash }

// FilenameFlatten1 is filename:flatten(Name).
func FilenameFlatten1(p *Process, name Term) Term {
	if _, ok := fnBin(name); ok {
		return name
	}
	return List(fnFlat(name, name)...)
}

// FilenameBasename1 is filename:basename(Name).
func FilenameBasename1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		parts := splitNonEmpty(b)
		if len(parts) == 0 {
			return NewBinary(nil)
		}
		return NewBinary(parts[len(parts)-1])
	}
	s := fnFlat(name, name)
	return List(basenameChars(s, name)...)
}

func basenameChars(s []Term, args ...Term) []Term {
	tail := 0
	for i, c := range s {
		if isSlash(c) {
			if i == len(s)-1 {
				return s[tail:i]
			}
			tail = i + 1
			continue
		}
		if !isChar(c) {
			FunctionClause(args...)
		}
	}
	return s[tail:]
}

func splitNonEmpty(b []byte) [][]byte {
	var parts [][]byte
	start := 0
	for i := 0; i <= len(b); i++ {
		if i == len(b) || b[i] == '/' {
			if i > start {
				parts = append(parts, b[start:i])
			}
			start = i + 1
		}
	}
	return parts
}

// FilenameBasename2 is filename:basename(Name, Ext).
func FilenameBasename2(p *Process, name, ext Term) Term {
	_, nb := fnBin(name)
	_, eb := fnBin(ext)
	_, nl := name.(*Cons)
	if _, ok := name.(Nil); ok {
		nl = true
	}
	_, el := ext.(*Cons)
	if _, ok := ext.(Nil); ok {
		el = true
	}
	switch {
	case nb && el:
		return FilenameBasename2(p, name, NewBinary(fnToBinary(ext, name, ext)))
	case nl && eb:
		return FilenameBasename2(p, NewBinary(fnToBinary(name, name, ext)), ext)
	case nb && eb:
		n, _ := fnBin(name)
		e, _ := fnBin(ext)
		bname := FilenameBasename1(p, name).(*Binary).Data
		pos := len(bname) - len(e)
		if pos < 0 {
			return NewBinary(bname)
		}
		start := len(n) - pos - len(e)
		if start >= 0 && string(n[start+pos:]) == string(e) {
			return NewBinary(n[start : start+pos])
		}
		return NewBinary(bname)
	}
	s := fnFlat(name, name, ext)
	var es []Term
	extList := true
	if _, ok := fnBin(ext); ok {
		extList = false
	} else {
		es = fnFlat(ext, name, ext)
	}
	var tail []Term
	for i := 0; ; i++ {
		if extList && charsEqual(s[i:], es) {
			return List(tail...)
		}
		if i == len(s) {
			return List(tail...)
		}
		c := s[i]
		switch {
		case isSlash(c) && i == len(s)-1:
			// basename([$/], ...) goes on with [] and the same tail
		case isSlash(c):
			tail = nil
		case isChar(c):
			tail = append(tail, c)
		default:
			return FunctionClause(name, ext)
		}
	}
}

func charsEqual(a, b []Term) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !ExactEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

// FilenameDirname1 is filename:dirname(Name).
func FilenameDirname1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		parts0 := splitAll(b)
		parts := parts0[:len(parts0)-1]
		for len(parts) >= 2 && len(parts[len(parts)-1]) == 0 {
			parts = parts[:len(parts)-1]
		}
		acc := []byte{}
		if len(parts) == 0 {
			acc = []byte(".")
		}
		for i := 0; i < len(parts); i++ {
			if len(parts[i]) == 0 && i < len(parts)-1 {
				acc = append(acc, '/')
				continue
			}
			if len(parts[i]) == 0 && i == len(parts)-1 {
				// dirjoin([<<>>], Acc): Acc + "/" then dirjoin1([])
				acc = append(acc, '/')
				continue
			}
			acc = append(acc, parts[i]...)
			if i < len(parts)-1 {
				acc = append(acc, '/')
			}
		}
		return NewBinary(acc)
	}
	s := fnFlat(name, name)
	var dir, file []Term
	for _, c := range s {
		switch {
		case isSlash(c):
			dir = append(dir, file...)
			file = []Term{slash}
		case isChar(c):
			file = append(file, c)
		default:
			return FunctionClause(name)
		}
	}
	for len(dir) > 0 && isSlash(dir[len(dir)-1]) {
		dir = dir[:len(dir)-1]
	}
	if len(dir) == 0 {
		if len(file) > 0 && isSlash(file[0]) {
			return Str("/")
		}
		return Str(".")
	}
	return List(dir...)
}

// splitAll is binary:split(B, <<"/">>, [global]).
func splitAll(b []byte) [][]byte {
	var parts [][]byte
	start := 0
	for i := 0; i <= len(b); i++ {
		if i == len(b) || b[i] == '/' {
			parts = append(parts, b[start:i])
			start = i + 1
		}
	}
	return parts
}

// FilenameExtension1 is filename:extension(Name).
func FilenameExtension1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		pos := -1
		for i, c := range b {
			if c == '.' {
				pos = i
			}
		}
		if pos <= 0 {
			return NewBinary(nil)
		}
		for _, c := range b[pos-1:] {
			if c == '/' {
				return NewBinary(nil)
			}
		}
		return NewBinary(b[pos:])
	}
	s := append([]Term{slash}, fnFlat(name, name)...)
	res := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == BoxInt('.'):
			res = i
		case isSlash(c) && i+1 < len(s) && s[i+1] == BoxInt('.'):
			res = -1
			i++
		case isChar(c) && res < 0:
		case isSlash(c):
			res = -1
		case isChar(c):
		default:
			return FunctionClause(name)
		}
	}
	if res < 0 {
		return Nil{}
	}
	return List(s[res:]...)
}

// FilenameRootname1 is filename:rootname(Name).
func FilenameRootname1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		return charsBytes(rootnameChars(bytesChars(b), name))
	}
	return List(rootnameChars(fnFlat(name, name), name)...)
}

func rootnameChars(s []Term, name Term) []Term {
	var root, ext []Term
	for _, c := range s {
		switch {
		case isSlash(c):
			root = append(append(root, ext...), slash)
			ext = nil
		case c == BoxInt('.') && len(ext) == 0 && len(root) > 0 && isSlash(root[len(root)-1]):
			root = append(root, c)
		case c == BoxInt('.'):
			root = append(root, ext...)
			ext = []Term{c}
		case isChar(c) && len(ext) == 0:
			root = append(root, c)
		case isChar(c):
			ext = append(ext, c)
		default:
			FunctionClause(name)
		}
	}
	return root
}

// FilenameRootname2 is filename:rootname(Name, Ext).
func FilenameRootname2(p *Process, name, ext Term) Term {
	nb, nIsBin := fnBin(name)
	eb, eIsBin := fnBin(ext)
	switch {
	case nIsBin && eIsBin:
		return charsBytes(rootname2Chars(bytesChars(nb), bytesChars(eb), name, ext))
	case nIsBin:
		return FilenameRootname2(p, name, NewBinary(fnToBinary(ext, name, ext)))
	case eIsBin:
		return FilenameRootname2(p, NewBinary(fnToBinary(name, name, ext)), ext)
	}
	return List(rootname2Chars(fnFlat(name, name, ext), fnFlat(ext, name, ext), name, ext)...)
}

func rootname2Chars(s, e []Term, name, ext Term) []Term {
	for i := 0; ; i++ {
		if charsEqual(s[i:], e) {
			if i > 0 && isSlash(s[i-1]) {
				return s
			}
			return s[:i]
		}
		if i == len(s) {
			return s
		}
		if !isChar(s[i]) {
			FunctionClause(name, ext)
		}
	}
}

// FilenameSplit1 is filename:split(Name).
func FilenameSplit1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		parts := splitAll(b)
		var out []Term
		if len(parts) > 1 && len(parts[0]) == 0 {
			out = append(out, NewBinary([]byte("/")))
		}
		for _, x := range parts {
			if len(x) > 0 {
				out = append(out, NewBinary(x))
			}
		}
		return List(out...)
	}
	s := fnFlat(name, name)
	var out []Term
	if len(s) > 0 && isSlash(s[0]) {
		out = append(out, Str("/"))
		s = s[1:]
	}
	var comp []Term
	for _, c := range s {
		switch {
		case isSlash(c):
			if len(comp) > 0 {
				out = append(out, List(comp...))
				comp = nil
			}
		case isChar(c):
			comp = append(comp, c)
		default:
			return FunctionClause(name)
		}
	}
	if len(comp) > 0 {
		out = append(out, List(comp...))
	}
	return List(out...)
}

// FilenamePathtype1 is filename:pathtype(Name): absolute or relative.
func FilenamePathtype1(p *Process, name Term) Term {
	if b, ok := fnBin(name); ok {
		if len(b) > 0 && b[0] == '/' {
			return Intern("absolute")
		}
		return Intern("relative")
	}
	switch name.(type) {
	case Atom, Nil, *Cons:
	default:
		return FunctionClause(name)
	}
	if fnFirstChar(name) == slash {
		return Intern("absolute")
	}
	return Intern("relative")
}

// fnFirstChar is the first element of a list name as unix_pathtype sees
// it: nested lists and atoms entered, nil when there is none.
func fnFirstChar(t Term) Term {
	for {
		switch x := t.(type) {
		case Atom:
			if n := x.Name(); n != "" {
				r, _ := utf8.DecodeRuneInString(n)
				return BoxInt(Int(r))
			}
			return nil
		case *Cons:
			switch h := x.Head.(type) {
			case *Cons, Atom:
				if _, ok := ListToSlice(h); !ok {
					if _, isAtom := h.(Atom); !isAtom {
						Badarg() // List ++ Rest of an improper list
					}
				}
				if c := fnFirstChar(h); c != nil {
					return c
				}
				t = x.Tail
			case Nil:
				t = x.Tail
			default:
				return h
			}
		default:
			return nil
		}
	}
}

func fnIsList(t Term) bool {
	switch t.(type) {
	case Nil, *Cons:
		return true
	}
	return false
}

// FilenameJoin2 is filename:join(Name1, Name2).
func FilenameJoin2(p *Process, a, b Term) Term {
	ab, aBin := fnBin(a)
	bb, bBin := fnBin(b)
	switch {
	case fnIsList(a) && fnIsList(b):
		if FilenamePathtype1(p, b) == Intern("relative") {
			return List(joinChars(a, b, a, b)...)
		}
		return List(joinChars(b, Nil{}, a, b)...)
	case aBin && fnIsList(b):
		return FilenameJoin2(p, a, NewBinary(fnToBinary(b, a, b)))
	case fnIsList(a) && bBin:
		return FilenameJoin2(p, NewBinary(fnToBinary(a, a, b)), b)
	case aBin && bBin:
		if len(bb) > 0 && bb[0] == '/' {
			return charsBytes(joinChars(List(bytesChars(bb)...), Nil{}, a, b))
		}
		return charsBytes(joinChars(List(bytesChars(ab)...), List(bytesChars(bb)...), a, b))
	}
	if x, ok := a.(Atom); ok {
		return FilenameJoin2(p, List(atomChars(x)...), b)
	}
	if x, ok := b.(Atom); ok {
		return FilenameJoin2(p, a, List(atomChars(x)...))
	}
	return FunctionClause(a, b)
}

// joinChars is join1: the characters of name, then of rel after a slash,
// with doubled slashes and "/." before a slash dropped and no slash at the
// end (but for "/").
func joinChars(name, rel Term, args ...Term) []Term {
	var res []Term
	ends := func(s string) bool {
		if len(res) < len(s) {
			return false
		}
		for i := 0; i < len(s); i++ {
			if res[len(res)-len(s)+i] != BoxInt(Int(s[i])) {
				return false
			}
		}
		return true
	}
	stack := []Term{name}
	for {
		cur := stack[len(stack)-1]
		if _, ok := cur.(Nil); ok && len(stack) > 1 {
			stack = stack[:len(stack)-1]
			continue
		}
		if _, ok := cur.(Nil); ok {
			if _, ok := rel.(Nil); ok {
				if len(res) > 1 && isSlash(res[len(res)-1]) {
					res = res[:len(res)-1]
				}
				return res
			}
			switch {
			case ends("/"):
			case ends("/."):
				res = res[:len(res)-1]
			default:
				res = append(res, slash)
			}
			stack[0], rel = rel, Nil{}
			continue
		}
		c, ok := cur.(*Cons)
		if !ok {
			FunctionClause(args...)
		}
		h := c.Head
		switch {
		case isSlash(h) && ends("/."):
			res = res[:len(res)-1]
			stack[len(stack)-1] = c.Tail
		case isSlash(h) && ends("/"):
			stack[len(stack)-1] = c.Tail
		default:
			switch x := h.(type) {
			case *Cons:
				if _, ok := ListToSlice(x); !ok {
					Badarg()
				}
				stack[len(stack)-1] = c.Tail
				stack = append(stack, x)
			case Nil:
				stack[len(stack)-1] = c.Tail
			case Atom:
				stack[len(stack)-1] = c.Tail
				stack = append(stack, List(atomChars(x)...))
			default:
				if !isChar(h) {
					FunctionClause(args...)
				}
				res = append(res, h)
				stack[len(stack)-1] = c.Tail
			}
		}
	}
}

// FilenameJoin1 is filename:join(Components).
func FilenameJoin1(p *Process, parts Term) Term {
	c, ok := parts.(*Cons)
	if !ok {
		return FunctionClause(parts)
	}
	if c2, ok := c.Tail.(*Cons); ok {
		return FilenameJoin1(p, &Cons{FilenameJoin2(p, c.Head, c2.Head), c2.Tail})
	}
	if _, ok := c.Tail.(Nil); !ok {
		return FunctionClause(parts)
	}
	switch x := c.Head.(type) {
	case Nil, *Cons:
		return List(joinChars(x, Nil{}, parts)...)
	case Atom:
		return List(joinChars(List(atomChars(x)...), Nil{}, parts)...)
	}
	if b, ok := fnBin(c.Head); ok {
		return charsBytes(joinChars(List(bytesChars(b)...), Nil{}, parts))
	}
	return FunctionClause(parts)
}

// FilenameNativename1 is filename:nativename(Name): join([Name]) on Unix.
func FilenameNativename1(p *Process, name Term) Term {
	return FilenameJoin1(p, List(name))
}

// FilenameAbsname1 is filename:absname(Name), relative to the current
// directory.
func FilenameAbsname1(p *Process, name Term) Term {
	cwd, err := os.Getwd()
	if err != nil {
		return Badarg()
	}
	return FilenameAbsname2(p, name, Str(cwd))
}

// FilenameAbsname2 is filename:absname(Name, Dir).
func FilenameAbsname2(p *Process, name, dir Term) Term {
	_, nb := fnBin(name)
	_, db := fnBin(dir)
	switch {
	case nb && fnIsList(dir):
		dir = NewBinary(fnToBinary(dir, name, dir))
	case fnIsList(name) && db:
		name = NewBinary(fnToBinary(name, name, dir))
	}
	if FilenamePathtype1(p, name) == Intern("relative") {
		return FilenameJoin2(p, dir, FilenameFlatten1(p, name))
	}
	return FilenameJoin1(p, List(FilenameFlatten1(p, name)))
}

func init() {
	registerModule("filename", true, []Func{
		Export("flatten", 1, FilenameFlatten1),
		Export("basename", 1, FilenameBasename1), Export("basename", 2, FilenameBasename2),
		Export("dirname", 1, FilenameDirname1),
		Export("extension", 1, FilenameExtension1),
		Export("rootname", 1, FilenameRootname1), Export("rootname", 2, FilenameRootname2),
		Export("split", 1, FilenameSplit1),
		Export("pathtype", 1, FilenamePathtype1),
		Export("join", 1, FilenameJoin1), Export("join", 2, FilenameJoin2),
		Export("nativename", 1, FilenameNativename1),
		Export("absname", 1, FilenameAbsname1), Export("absname", 2, FilenameAbsname2),
	})
}
