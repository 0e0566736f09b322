package rt

import "bytes"

// The unicode module's conversions: characters_to_binary/1,2,3 and
// characters_to_list/1,2. Their input is chardata: a binary, or a possibly
// deep list of code points and binaries, whose tail may be a binary. A
// multi-byte sequence may be split across adjacent binaries.
//
// On a bad code point they return {error, Converted, Rest}; when the input
// ends inside a sequence, {incomplete, Converted, Rest}. Rest keeps the
// shape BEAM gives it: at each list level, [RestOfInner | RestOfOuter];
// bytes carried over from an earlier binary come first, as
// [Carried, RestAfterThem]. Anything that is not chardata raises badarg.

func init() {
	RegisterModule("unicode",
		Export("characters_to_binary", 1, UnicodeCharactersToBinary1),
		Export("characters_to_binary", 2, UnicodeCharactersToBinary2),
		Export("characters_to_binary", 3, UnicodeCharactersToBinary3),
		Export("characters_to_list", 1, UnicodeCharactersToList1),
		Export("characters_to_list", 2, UnicodeCharactersToList2),
		Export("bom_to_encoding", 1, UnicodeBomToEncoding1),
		Export("encoding_to_bom", 1, UnicodeEncodingToBom1),
	)
}

// boms are the byte order marks, longest first where one is a prefix of
// another (UTF-32 little before UTF-16 little).
var boms = []struct {
	bom []byte
	enc uenc
}{
	{[]byte{0xef, 0xbb, 0xbf}, encUTF8},
	{[]byte{0, 0, 0xfe, 0xff}, encUTF32BE},
	{[]byte{0xff, 0xfe, 0, 0}, encUTF32LE},
	{[]byte{0xfe, 0xff}, encUTF16BE},
	{[]byte{0xff, 0xfe}, encUTF16LE},
}

// encodingTerm is the Erlang name of an encoding, as bom_to_encoding
// gives it.
func encodingTerm(e uenc) Term {
	switch e {
	case encUTF8:
		return bitsAtomUTF8
	case encUTF16BE:
		return NewTuple(bitsAtomUTF16, bitsAtomBig)
	case encUTF16LE:
		return NewTuple(bitsAtomUTF16, bitsAtomLittle)
	case encUTF32BE:
		return NewTuple(bitsAtomUTF32, bitsAtomBig)
	case encUTF32LE:
		return NewTuple(bitsAtomUTF32, bitsAtomLittle)
	}
	return bitsAtomLatin1
}

// UnicodeBomToEncoding1 is unicode:bom_to_encoding/1: {Encoding, BomLength},
// {latin1, 0} when the binary starts with no byte order mark.
func UnicodeBomToEncoding1(p *Process, b Term) Term {
	data := bytesOf(b)
	for _, m := range boms {
		if bytes.HasPrefix(data, m.bom) {
			return NewTuple(encodingTerm(m.enc), BoxInt(Int(len(m.bom))))
		}
	}
	return NewTuple(bitsAtomLatin1, BoxInt(0))
}

// UnicodeEncodingToBom1 is unicode:encoding_to_bom/1.
func UnicodeEncodingToBom1(p *Process, enc Term) Term {
	if enc == Term(bitsAtomLatin1) {
		return NewBinary(nil)
	}
	var e uenc
	if _, exc := Try(func() Term { e = encodingOf(enc); return nil }); exc != nil {
		return FunctionClause(enc)
	}
	for _, m := range boms {
		if m.enc == e {
			return NewBinary(m.bom)
		}
	}
	return FunctionClause(enc)
}

// uenc is a character encoding.
type uenc uint8

const (
	encLatin1 uenc = iota
	encUTF8
	encUTF16BE
	encUTF16LE
	encUTF32BE
	encUTF32LE
	encList // characters_to_list's output: code points
)

var (
	bitsAtomLatin1     = Intern("latin1")
	bitsAtomUnicode    = Intern("unicode")
	bitsAtomUTF8       = Intern("utf8")
	bitsAtomUTF16      = Intern("utf16")
	bitsAtomUTF32      = Intern("utf32")
	bitsAtomIncomplete = Intern("incomplete")
)

// encodingOf reads an encoding argument, raising badarg.
func encodingOf(t Term) uenc {
	switch t {
	case bitsAtomLatin1:
		return encLatin1
	case bitsAtomUnicode, bitsAtomUTF8:
		return encUTF8
	case bitsAtomUTF16:
		return encUTF16BE
	case bitsAtomUTF32:
		return encUTF32BE
	}
	if tup, ok := t.(*Tuple); ok && len(tup.Elems) == 2 {
		little := tup.Elems[1] == bitsAtomLittle
		if !little && tup.Elems[1] != bitsAtomBig {
			Badarg()
		}
		switch tup.Elems[0] {
		case bitsAtomUTF16:
			return encUTF16BE + uenc(b2i(little))
		case bitsAtomUTF32:
			return encUTF32BE + uenc(b2i(little))
		}
	}
	Badarg()
	return 0
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// UnicodeCharactersToBinary1 is unicode:characters_to_binary/1.
func UnicodeCharactersToBinary1(p *Process, data Term) Term {
	defer func() { stdlibRecover(recover(), "unicode", "characters_to_binary", 895, data) }()
	return convertChars(data, encUTF8, encUTF8)
}

// UnicodeCharactersToBinary2 is unicode:characters_to_binary/2.
func UnicodeCharactersToBinary2(p *Process, data, in Term) Term {
	defer func() { stdlibRecover(recover(), "unicode", "characters_to_binary", 0, data, in) }()
	return convertChars(data, encodingOf(in), encUTF8)
}

// UnicodeCharactersToBinary3 is unicode:characters_to_binary/3.
func UnicodeCharactersToBinary3(p *Process, data, in, out Term) Term {
	defer func() { stdlibRecover(recover(), "unicode", "characters_to_binary", 0, data, in, out) }()
	return convertChars(data, encodingOf(in), encodingOf(out))
}

// UnicodeCharactersToList1 is unicode:characters_to_list/1.
func UnicodeCharactersToList1(p *Process, data Term) Term {
	defer func() { stdlibRecover(recover(), "unicode", "characters_to_list", 895, data) }()
	return convertChars(data, encUTF8, encList)
}

// UnicodeCharactersToList2 is unicode:characters_to_list/2.
func UnicodeCharactersToList2(p *Process, data, in Term) Term {
	defer func() { stdlibRecover(recover(), "unicode", "characters_to_list", 0, data, in) }()
	return convertChars(data, encodingOf(in), encList)
}

// uconv is one conversion in progress.
type uconv struct {
	in, out uenc
	buf     []byte // the output, for binary encodings
	cps     []Term // the output, for encList
	pending []byte // the start of a sequence that an earlier binary cut
}

// ustop says why a conversion stopped early.
type ustop struct {
	incomplete bool
	rest       Term
	carried    bool // the bad sequence began in pending bytes
}

func convertChars(data Term, in, out uenc) Term {
	c := &uconv{in: in, out: out}
	var st *ustop
	switch x := data.(type) {
	case *Binary:
		st = c.binary(x)
	case *Cons, Nil:
		st = c.list(x)
	default:
		Badarg()
	}
	if st == nil && len(c.pending) > 0 {
		st = &ustop{incomplete: true, rest: NewBinary(c.pending)}
	}
	if st == nil {
		return c.result()
	}
	if st.carried {
		st.rest = List(NewBinary(c.pending), st.rest)
	}
	tag := AtomError
	if st.incomplete {
		tag = bitsAtomIncomplete
	}
	return NewTuple(tag, c.result(), st.rest)
}

func (c *uconv) result() Term {
	if c.out == encList {
		return List(c.cps...)
	}
	return NewBinary(c.buf)
}

// list converts a list; its tail may be a binary.
func (c *uconv) list(l Term) *ustop {
	for {
		switch x := l.(type) {
		case Nil:
			return nil
		case *Binary:
			return c.binary(x)
		case *Cons:
			if st := c.elem(x); st != nil {
				return st
			}
			l = x.Tail
		default:
			Badarg()
		}
	}
}

// elem converts the head of the cell x; a stop's rest is the rest of
// this list from there.
func (c *uconv) elem(x *Cons) *ustop {
	switch h := x.Head.(type) {
	case Small:
		if len(c.pending) > 0 {
			return &ustop{rest: x, carried: true}
		}
		if n := h.Int(); !c.emit(int64(n), c.in == encLatin1) {
			if c.out == encLatin1 && validScalar(rune(n)) {
				return &ustop{rest: List(x)} // BEAM wraps this one
			}
			return &ustop{rest: x}
		}
	case *BigInt: // never a character: stops the conversion as a Small would
		if len(c.pending) > 0 {
			return &ustop{rest: x, carried: true}
		}
		if c.out == encLatin1 && h.v.Sign() > 0 {
			return &ustop{rest: List(x)} // BEAM wraps this one
		}
		return &ustop{rest: x}
	case *Binary:
		st := c.binary(h)
		if st != nil && !st.carried {
			st.rest = &Cons{Head: st.rest, Tail: x.Tail}
		} else if st != nil {
			st.rest = x
		}
		return st
	case *Cons, Nil:
		st := c.list(h)
		if st != nil {
			st.rest = &Cons{Head: st.rest, Tail: x.Tail}
		}
		return st
	default:
		Badarg()
	}
	return nil
}

// emit writes one code point; ok is false when it is not a character of
// the input (latin1: 0..255) or cannot be written in the output.
func (c *uconv) emit(cp int64, latin1In bool) bool {
	if cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (latin1In && cp > 255) {
		return false
	}
	r := rune(cp)
	switch c.out {
	case encList:
		c.cps = append(c.cps, BoxInt(Int(r)))
	case encLatin1:
		if r > 255 {
			return false
		}
		c.buf = append(c.buf, byte(r))
	case encUTF8:
		var tmp [4]byte
		c.buf = append(c.buf, tmp[:encodeUTF8(tmp[:], r)]...)
	default:
		c.buf = appendUnits(c.buf, r, c.out)
	}
	return true
}

// appendUnits writes r in UTF-16 or UTF-32.
func appendUnits(buf []byte, r rune, e uenc) []byte {
	put := func(u uint32, size int) {
		for i := 0; i < size; i++ {
			shift := 8 * (size - 1 - i)
			if e == encUTF16LE || e == encUTF32LE {
				shift = 8 * i
			}
			buf = append(buf, byte(u>>shift))
		}
	}
	switch {
	case e == encUTF32BE || e == encUTF32LE:
		put(uint32(r), 4)
	case r < 0x10000:
		put(uint32(r), 2)
	default:
		r -= 0x10000
		put(uint32(0xd800+(r>>10)), 2)
		put(uint32(0xdc00+(r&0x3ff)), 2)
	}
	return buf
}

// binary converts a binary, after any bytes carried from the last one. A
// sequence cut at the end is carried to the next binary.
func (c *uconv) binary(b *Binary) *ustop {
	if b.Trail != 0 {
		Badarg()
	}
	data := b.Data
	carried := len(c.pending)
	if carried > 0 {
		data = append(c.pending[:carried:carried], b.Data...)
	}
	i := 0
	for i < len(data) {
		cp, n := decodeChar(data[i:], c.in)
		if n > 0 && c.emit(int64(cp), false) {
			i += n
			continue
		}
		if n == 0 { // cut short: carry it
			c.pending = append([]byte(nil), data[i:]...)
			return nil
		}
		if i < carried {
			return &ustop{carried: true}
		}
		c.pending = nil
		return &ustop{rest: NewBinary(b.Data[i-carried:])}
	}
	c.pending = nil
	return nil
}

// decodeChar decodes one character: n > 0 is its length, n == 0 means the
// input ends inside it, n < 0 that it is invalid.
func decodeChar(p []byte, e uenc) (rune, int) {
	switch e {
	case encLatin1:
		return rune(p[0]), 1
	case encUTF8:
		return decodeUTF8(p)
	case encUTF16BE, encUTF16LE:
		return decodeUTF16(p, e == encUTF16LE)
	}
	if len(p) < 4 {
		return 0, 0
	}
	u := uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
	if e == encUTF32LE {
		u = uint32(p[3])<<24 | uint32(p[2])<<16 | uint32(p[1])<<8 | uint32(p[0])
	}
	if u > 0x10ffff || !validScalar(rune(u)) {
		return 0, -1
	}
	return rune(u), 4
}

// utf8Second bounds the second byte after lead bytes E0, ED, F0 and F4,
// which rules out overlong forms, surrogates and values past 10FFFF.
func utf8Second(lead byte) (lo, hi byte) {
	switch lead {
	case 0xe0:
		return 0xa0, 0xbf
	case 0xed:
		return 0x80, 0x9f
	case 0xf0:
		return 0x90, 0xbf
	case 0xf4:
		return 0x80, 0x8f
	}
	return 0x80, 0xbf
}

func decodeUTF8(p []byte) (rune, int) {
	c0 := p[0]
	var n int
	switch {
	case c0 < 0x80:
		return rune(c0), 1
	case c0 >= 0xc2 && c0 <= 0xdf:
		n = 2
	case c0 >= 0xe0 && c0 <= 0xef:
		n = 3
	case c0 >= 0xf0 && c0 <= 0xf4:
		n = 4
	default:
		return 0, -1
	}
	r := rune(c0) & (0x7f >> n)
	for i := 1; i < n; i++ {
		if i >= len(p) {
			return 0, 0
		}
		lo, hi := byte(0x80), byte(0xbf)
		if i == 1 {
			lo, hi = utf8Second(c0)
		}
		if p[i] < lo || p[i] > hi {
			return 0, -1
		}
		r = r<<6 | rune(p[i]&0x3f)
	}
	return r, n
}

func decodeUTF16(p []byte, little bool) (rune, int) {
	unit := func(i int) rune {
		if little {
			return rune(p[i]) | rune(p[i+1])<<8
		}
		return rune(p[i])<<8 | rune(p[i+1])
	}
	if len(p) < 2 {
		return 0, 0
	}
	u := unit(0)
	switch {
	case u < 0xd800 || u > 0xdfff:
		return u, 2
	case u > 0xdbff:
		return 0, -1
	case len(p) < 4:
		return 0, 0
	}
	u2 := unit(2)
	if u2 < 0xdc00 || u2 > 0xdfff {
		return 0, -1
	}
	return 0x10000 + (u-0xd800)<<10 + (u2 - 0xdc00), 4
}
