package rt

import "math"

// Deep character lists. io_lib:format, write and print return the deep
// lists that OTP's io_lib_format, io_lib and io_lib_pretty build, not
// flat strings: io_lib:format("~w and ~w", [a, b]) is
// [[97],32,97,110,100,32,[98]]. A program that measures or matches the
// result (length/1, hd/1, ~w of it) sees that shape, so we reproduce it.
//
// The printers write one stream of code points for both uses. When a
// caller wants the term (deep mode), they also write two marks, mkOpen
// and mkClose, around every sublist; deepList turns the stream into
// nested lists. io:format and the Go-side Sprintf run with deep off:
// no marks, the same flat []rune as before and no list cells at all.
//
// The shapes follow from how OTP builds its results, rules that this
// file and its callers restate:
//
//   - a control sequence's result is one element of the format's result,
//     except the controls that io_lib_format calls "small" (everything
//     but ~p ~P ~w ~W and ~s of a non-atom), whose text is spliced in
//     flat; a format with no ~p ~P ~w ~W ~s gives a flat list;
//   - a list nested in the format is copied in as one element, as it is;
//   - padding is io_lib_format:chars/2, a tree that halves the count at
//     each level (see appendChars), put before (right-adjusted) or after
//     (left-adjusted) the text, one of the two as a sublist;
//   - io_lib:write and ~p nest each element and each container's body.

// The marks are not characters: a character list never holds such
// negative integers as characters.
const (
	mkOpen  rune = math.MinInt32
	mkClose rune = math.MinInt32 + 1
)

func isMark(r rune) bool { return r <= mkClose }

// openIf starts a sublist in deep mode.
func openIf(out []rune, deep bool) []rune {
	if deep {
		return append(out, mkOpen)
	}
	return out
}

// closeIf ends a sublist in deep mode.
func closeIf(out []rune, deep bool) []rune {
	if deep {
		return append(out, mkClose)
	}
	return out
}

// appendChars appends the items of chars(C, N), the padding list of
// io_lib_format (pretty false) or io_lib_pretty (pretty true): [] for 0,
// [C], [C,C], [C,C,C] up to 3, then [S|S] for an even N and [C,S|S] for
// an odd one, S being chars(C, N div 2). io_lib_pretty has no case for 1,
// so its chars(C, 1) is [C,[]].
func appendChars(out []rune, c rune, n int, pretty, deep bool) []rune {
	if !deep {
		return appendRepeat(out, c, n)
	}
	switch {
	case n <= 0:
		return out
	case n == 1 && !pretty, n == 2, n == 3:
		return appendRepeat(out, c, n)
	}
	if n&1 == 1 {
		out = append(out, c)
	}
	half := len(out)
	out = append(out, mkOpen)
	out = appendChars(out, c, n>>1, pretty, deep)
	out = append(out, mkClose)
	return append(out, out[half+1:len(out)-1]...)
}

// appendAdjusted appends io_lib_format:adjust(Data, chars(Pad, N), Adj):
// Data alone when there is no padding, else [Data|Pad] or [Pad|Data].
// data holds Data's items.
func appendAdjusted(out, data []rune, pad rune, n int, left, deep bool) []rune {
	switch {
	case n <= 0:
		return append(out, data...)
	case left:
		out = openIf(out, deep)
		out = append(out, data...)
		out = closeIf(out, deep)
		return appendChars(out, pad, n, false, deep)
	}
	out = openIf(out, deep)
	out = appendChars(out, pad, n, false, deep)
	out = closeIf(out, deep)
	return append(out, data...)
}

// appendElem appends text (items) as one sublist.
func appendElem(out, text []rune, deep bool) []rune {
	out = openIf(out, deep)
	out = append(out, text...)
	return closeIf(out, deep)
}

// flatChars drops the marks: the text as lists:flatten would give it.
func flatChars(text []rune) []rune {
	for i, r := range text {
		if isMark(r) {
			out := append([]rune(nil), text[:i]...)
			for _, r := range text[i:] {
				if !isMark(r) {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return text
}

// deepList makes the Erlang list of a marked stream: the stream's items
// at the top level, each mkOpen...mkClose a nested list.
func deepList(chars []rune) Term {
	var b deepBuilder
	t, _ := b.list(chars, 0)
	return t
}

type deepBuilder struct{ items []Term }

// list reads items from chars[i] up to the mkClose that ends the list
// (or the end), returning the list and the index after it.
func (b *deepBuilder) list(chars []rune, i int) (Term, int) {
	base := len(b.items)
	for i < len(chars) {
		c := chars[i]
		i++
		switch c {
		case mkClose:
			return b.cons(base), i
		case mkOpen:
			var sub Term
			sub, i = b.list(chars, i)
			b.items = append(b.items, sub)
		default:
			b.items = append(b.items, BoxInt(Int(c)))
		}
	}
	return b.cons(base), i
}

// cons makes the list of the items from base on, in one allocation, and
// pops them.
func (b *deepBuilder) cons(base int) Term {
	items := b.items[base:]
	if len(items) == 0 {
		return Nil{}
	}
	cells := make([]Cons, len(items))
	for i, t := range items {
		cells[i].Head = t
		if i+1 < len(cells) {
			cells[i].Tail = &cells[i+1]
		} else {
			cells[i].Tail = Nil{}
		}
	}
	b.items = b.items[:base]
	return &cells[0]
}
