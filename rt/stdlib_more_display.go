package rt

import (
	"strconv"
	"unicode/utf8"
)

// erlang:display/1 and display_string/1: the emulator's own printer, for
// debugging, which writes straight to standard output (in rt through the
// same buffer as io, so in order; on BEAM it can overtake io:format's
// output, which goes through the io server).
//
// Its text is not ~w's: floats are printf's %e, lists print as strings
// only when every element is a printable Latin-1 character (tab, newline
// and return included), backslashes stay as they are, an atom needs
// quotes for @ and for a Latin-1 letter outside a-z in front, a map of
// more than 32 keys shows its hash trie, and output ends its lines with
// "\r\n". What rt cannot show as BEAM does: the numbers in funs and
// references.

func init() {
	registerModule("erlang", true, []Func{
		Export("display", 1, ErlangDisplay1),
		Export("display_string", 1, ErlangDisplayString1),
	})
}

// ErlangDisplay1 is erlang:display(Term).
func ErlangDisplay1(p *Process, t Term) Term {
	writeStdoutBytes(append(appendDisplay(nil, t), '\r', '\n'))
	return True
}

// ErlangDisplayString1 is erlang:display_string(String): the characters
// in UTF-8, as they are.
func ErlangDisplayString1(p *Process, s Term) Term {
	var buf []byte
	for x := s; ; {
		switch c := x.(type) {
		case Nil:
			writeStdoutBytes(buf)
			return True
		case *Cons:
			n, ok := c.Head.(Small)
			if !ok || n.Int() < 0 || n.Int() > utf8.MaxRune {
				return BIFBadarg("display_string", s)
			}
			if n.Int() == '\n' {
				buf = append(buf, '\r')
			}
			buf = utf8.AppendRune(buf, rune(n.Int()))
			x = c.Tail
		default:
			return BIFBadarg("display_string", s)
		}
	}
}

func writeStdoutBytes(b []byte) {
	ioMu.Lock()
	defer ioMu.Unlock()
	Stdout.Write(b)
}

func appendDisplay(out []byte, t Term) []byte {
	switch x := t.(type) {
	case Small:
		return strconv.AppendInt(out, int64(x.Int()), 10)
	case *BigInt:
		return x.v.Append(out, 10)
	case Float:
		return strconv.AppendFloat(out, float64(x), 'e', 6, 64)
	case Atom:
		return appendDisplayAtom(out, x.Name())
	case Nil:
		return append(out, "[]"...)
	case *Cons:
		return appendDisplayList(out, x)
	case *Tuple:
		out = append(out, '{')
		for i, e := range x.Elems {
			if i > 0 {
				out = append(out, ',')
			}
			out = appendDisplay(out, e)
		}
		return append(out, '}')
	case *Map:
		if x.isTrie() {
			return appendDisplayHamt(out, &x.root, true)
		}
		out = append(out, "#{"...)
		first := true
		x.Range(func(k, v Term) bool {
			if !first {
				out = append(out, ',')
			}
			first = false
			out = append(appendDisplay(out, k), "=>"...)
			out = appendDisplay(out, v)
			return true
		})
		return append(out, '}')
	case *Binary:
		return appendDisplayBinary(out, x)
	}
	return append(out, Format(t)...) // pids, ports, references, funs
}

// appendDisplayHamt writes a node of a large map as BEAM's printer shows
// its trie: a node is <Bitmap>{Slots} (the bitmap in hex, ffff for a
// full node), the root has a # in front, and each pair is the cell [K|V]
// that BEAM keeps it in.
func appendDisplayHamt(out []byte, n *hamtNode, root bool) []byte {
	if root {
		out = append(out, '#')
	}
	used := n.datamap | n.nodemap
	out = append(strconv.AppendUint(append(out, '<'), uint64(used), 16), '>', '{')
	var i, j int
	for b := used; b != 0; b &= b - 1 {
		if b != used {
			out = append(out, ',')
		}
		if n.nodemap&b&-b != 0 {
			out = appendDisplayHamt(out, n.sub(i), false)
			i++
		} else {
			out = appendDisplay(out, &Cons{Head: n.leaf(j).key, Tail: n.leaf(j).val})
			j++
		}
	}
	if used == 0 { // a bucket of keys whose hashes agree: a list of pairs
		for j := range n.nleaves() {
			if j > 0 {
				out = append(out, ',')
			}
			out = appendDisplay(out, &Cons{Head: n.leaf(j).key, Tail: n.leaf(j).val})
		}
	}
	return append(out, '}')
}

// appendDisplayList writes a list as a string when it can.
func appendDisplayList(out []byte, c *Cons) []byte {
	var chars []byte
	for x := Term(c); ; {
		cell, ok := x.(*Cons)
		if !ok {
			if _, end := x.(Nil); end {
				out = append(out, '"')
				for _, ch := range chars {
					switch ch {
					case '"':
						out = append(out, '\\', '"')
					case '\n':
						out = append(out, '\\', 'n')
					default:
						out = append(out, ch)
					}
				}
				return append(out, '"')
			}
			break
		}
		n, isInt := cell.Head.(Small)
		if !isInt || !displayPrintable(n.Int()) {
			break
		}
		chars = append(chars, byte(n.Int()))
		x = cell.Tail
	}
	out = append(out, '[')
	x := Term(c)
	for first := true; ; first = false {
		cell, ok := x.(*Cons)
		if !ok {
			break
		}
		if !first {
			out = append(out, ',')
		}
		out = appendDisplay(out, cell.Head)
		x = cell.Tail
	}
	if _, end := x.(Nil); !end {
		out = appendDisplay(append(out, '|'), x)
	}
	return append(out, ']')
}

func displayPrintable(c Int) bool {
	return c == '\t' || c == '\n' || c == '\r' || c >= ' ' && c <= '~' || c >= 0xA0 && c <= 0xFF
}

// appendDisplayBinary writes <<"text">> when every byte is printable
// ASCII, else the bytes (and the bits of a last partial byte).
func appendDisplayBinary(out []byte, b *Binary) []byte {
	out = append(out, "<<"...)
	text := b.Trail == 0 && len(b.Data) > 0
	for _, c := range b.Data {
		text = text && c >= ' ' && c <= '~'
	}
	if text {
		out = append(out, '"')
		for _, c := range b.Data {
			if c == '"' {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return append(out, '"', '>', '>')
	}
	for i, c := range b.Data {
		if i > 0 {
			out = append(out, ',')
		}
		if i == len(b.Data)-1 && b.Trail != 0 {
			out = strconv.AppendInt(out, int64(c>>(8-b.Trail)), 10)
			out = append(out, ':')
			out = strconv.AppendInt(out, int64(b.Trail), 10)
			break
		}
		out = strconv.AppendInt(out, int64(c), 10)
	}
	return append(out, '>', '>')
}

// appendDisplayAtom quotes an atom unless it is a lower-case letter
// followed by letters, digits and underscores (Latin-1 letters counted;
// reserved words need no quotes here).
func appendDisplayAtom(out []byte, name string) []byte {
	plain := name != ""
	for i, r := range name {
		lower := r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF && r != 0xF7
		other := r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r >= 0xC0 && r <= 0xDE && r != 0xD7
		plain = plain && (lower || i > 0 && other)
	}
	if plain {
		return append(out, name...)
	}
	out = append(out, '\'')
	for _, r := range name {
		switch {
		case r == '\'' || r == '\\':
			out = append(out, '\\', byte(r))
		case displayEscapes[r] != 0:
			out = append(out, '\\', displayEscapes[r])
		case r < ' ' || r >= 0x80 && r < 0xA0:
			out = append(out, '\\', byte('0'+r>>6), byte('0'+r>>3&7), byte('0'+r&7))
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return append(out, '\'')
}

var displayEscapes = map[rune]byte{'\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v'}
