package rt

import (
	"strconv"
)

// This file is io_lib:write, the ~w writer: every term on one line, with
// an optional depth limit that replaces what lies deeper by "...".
// Output is a slice of code points (an Erlang chars list), not UTF-8,
// because ~tc and ~ts can emit integers that are not valid runes. In
// deep mode (format_deep.go) it also marks io_lib:write's sublists: each
// element of a list, tuple or map is one, and so is each container's
// body ([$[,[E1,$,,E2...],$]]).

// Format returns t as ~w prints it.
func Format(t Term) string {
	return string(writeTerm(nil, t, -1, false))
}

// writeTerm appends t as io_lib:write(T, [{depth, Depth}, {encoding, E}])
// prints it: depth -1 means no limit; unicode selects encoding unicode,
// which leaves atom characters above 255 unescaped.
func writeTerm(out []rune, t Term, depth int, unicode bool) []rune {
	return termWriter{unicode: unicode}.term(out, t, depth)
}

// termWriter is io_lib:write's options: the encoding, and whether to mark
// the sublists.
type termWriter struct {
	unicode bool
	deep    bool
}

func (w termWriter) term(out []rune, t Term, depth int) []rune {
	if depth == 0 {
		return append(out, '.', '.', '.')
	}
	switch v := t.(type) {
	case *Cons:
		return w.list(out, v, depth)
	case *Tuple:
		return w.tuple(out, v, depth)
	case *Map:
		return w.mapTerm(out, v, depth)
	case *Binary:
		return w.binary(out, v, depth)
	case Atom:
		return appendAtom(out, v, w.unicode)
	}
	return appendAtomic(out, t)
}

// elem appends t as one element of a container: a sublist of its own.
func (w termWriter) elem(out []rune, t Term, depth int) []rune {
	out = openIf(out, w.deep)
	out = w.term(out, t, depth)
	return closeIf(out, w.deep)
}

// appendAtomic writes the terms that depth never cuts: numbers, [], pids,
// references, ports and funs.
func appendAtomic(out []rune, t Term) []rune {
	switch v := t.(type) {
	case Small:
		return appendASCII(out, strconv.FormatInt(int64(v.Int()), 10))
	case *BigInt:
		return appendASCII(out, v.v.String())
	case Float:
		return appendASCII(out, FormatFloat(float64(v)))
	case Nil:
		return append(out, '[', ']')
	case Atom:
		return appendAtom(out, v, false)
	case Pid:
		// The serial (list_to_pid, binary_to_term) is the id's high word.
		return appendASCII(out, "<0."+strconv.FormatUint(v.ID()&(1<<32-1), 10)+"."+strconv.FormatUint(v.ID()>>32, 10)+">")
	case Ref:
		return appendASCII(out, "#Ref<0.0.0."+strconv.FormatUint(v.ID(), 10)+">")
	case Port:
		return appendASCII(out, "#Port<0."+strconv.FormatUint(v.ID(), 10)+">")
	case *Fun:
		return appendFun(out, v)
	}
	return writeTerm(out, t, -1, false)
}

// appendFun writes erlang:fun_to_list/1. Local funs print BEAM's
// #Fun<Module.Index.Uniq>, but Uniq is our own number, not BEAM's hash of
// the module's code, so those never match BEAM byte for byte.
func appendFun(out []rune, f *Fun) []rune {
	if f.External {
		out = append(out, []rune("fun ")...)
		out = appendAtom(out, f.Module, false)
		out = append(out, ':')
		out = appendAtom(out, f.Name, false)
		return appendASCII(out, "/"+strconv.Itoa(f.Arity))
	}
	out = append(out, []rune("#Fun<")...)
	out = appendAtom(out, f.Module, false)
	return appendASCII(out, "."+strconv.Itoa(f.Index)+"."+strconv.Itoa(f.Uniq)+">")
}

func appendASCII(out []rune, s string) []rune {
	for i := 0; i < len(s); i++ {
		out = append(out, rune(s[i]))
	}
	return out
}

// list writes [H|T]; each element costs one level of depth, and a
// cut-off tail prints as |... .
func (w termWriter) list(out []rune, c *Cons, depth int) []rune {
	if depth == 1 {
		return append(out, '[', '.', '.', '.', ']')
	}
	out = append(out, '[')
	out = openIf(out, w.deep)
	out = w.elem(out, c.Head, depth-1)
	depth--
	for t := c.Tail; ; {
		switch v := t.(type) {
		case Nil:
			out = closeIf(out, w.deep)
			return append(out, ']')
		case *Cons:
			if depth == 1 {
				out = append(out, '|', '.', '.', '.')
				out = closeIf(out, w.deep)
				return append(out, ']')
			}
			out = append(out, ',')
			out = w.elem(out, v.Head, depth-1)
			t, depth = v.Tail, depth-1
		default:
			if depth == 1 {
				out = append(out, '|', '.', '.', '.')
			} else {
				out = append(out, '|')
				out = w.elem(out, v, depth-1)
			}
			out = closeIf(out, w.deep)
			return append(out, ']')
		}
	}
}

// tuple writes {E1,...,En}; like a list, each element costs a level.
func (w termWriter) tuple(out []rune, t *Tuple, depth int) []rune {
	if len(t.Elems) == 0 {
		return append(out, '{', '}')
	}
	if depth == 1 {
		return append(out, '{', '.', '.', '.', '}')
	}
	out = append(out, '{')
	out = openIf(out, w.deep)
	out = w.elem(out, t.Elems[0], depth-1)
	depth--
	for _, e := range t.Elems[1:] {
		if depth == 1 {
			out = append(out, ',', '.', '.', '.')
			break
		}
		out = append(out, ',')
		out = w.elem(out, e, depth-1)
		depth--
	}
	out = closeIf(out, w.deep)
	return append(out, '}')
}

// mapTerm writes #{K => V,...} in iteration order. Every key and value is
// written one level below the map, and the count of pairs shrinks with the
// depth as for a list; BEAM prints ",..." whenever that count runs out,
// even after the last pair, and #{} for any map at depth 1.
func (w termWriter) mapTerm(out []rune, m *Map, depth int) []rune {
	if depth == 1 || m.Size() == 0 {
		return append(out, '#', '{', '}')
	}
	keys, vals := m.Keys(), m.Values()
	inner := depth - 1
	out = append(out, '#', '{')
	out = openIf(out, w.deep)
	for i, left := 0, inner; i < len(keys); i, left = i+1, left-1 {
		if i > 0 {
			out = append(out, ',')
		}
		out = openIf(out, w.deep)
		out = w.elem(out, keys[i], inner)
		out = appendElem(out, []rune(" => "), w.deep)
		out = w.elem(out, vals[i], inner)
		out = closeIf(out, w.deep)
		if left == 1 {
			out = append(out, ',', '.', '.', '.')
			break
		}
	}
	out = closeIf(out, w.deep)
	return append(out, '}')
}

// binary writes <<1,2,3>>, or <<1,2:3>> when the size is not a whole
// number of bytes; each byte costs a level of depth.
func (w termWriter) binary(out []rune, b *Binary, depth int) []rune {
	out = append(out, '<', '<')
	out = openIf(out, w.deep)
	out = binaryBody(out, b, depth, w.deep)
	out = closeIf(out, w.deep)
	return append(out, '>', '>')
}

// binaryBody writes the bytes, each a sublist in deep mode, as are "..."
// and the two numbers of Value:Size.
func binaryBody(out []rune, b *Binary, depth int, deep bool) []rune {
	whole := len(b.Data)
	if b.Trail != 0 {
		whole--
	}
	for i := range b.Data {
		if depth == 1 {
			return appendElem(out, []rune("..."), deep)
		}
		if i == whole { // the trailing bits: Value:Size
			bits := int(b.Trail)
			out = appendNumElem(out, int(b.Data[i]>>(8-bits)), deep)
			out = append(out, ':')
			return appendNumElem(out, bits, deep)
		}
		out = appendNumElem(out, int(b.Data[i]), deep)
		if i+1 < len(b.Data) {
			out = append(out, ',')
		}
		depth--
	}
	return out
}

func appendNumElem(out []rune, n int, deep bool) []rune {
	out = openIf(out, deep)
	out = appendASCII(out, strconv.Itoa(n))
	return closeIf(out, deep)
}
