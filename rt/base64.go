package rt

// The base64 module of OTP 25 (RFC 4648, standard alphabet, padded).
//
// encode takes a binary or a flat list of bytes. decode is strict: it
// skips the whitespace characters tab, LF, CR and space anywhere, and
// otherwise wants whole four-character groups, padding only at the end;
// bits left over in the last character may be nonzero, as OTP allows.
// mime_decode skips every character outside the alphabet, takes an "="
// for padding only where nothing but "=" follows it (elsewhere it is
// skipped), and accepts short or surplus padding after a final group of
// two or three characters.
//
// The results are OTP's; for bad input OTP fails inside its helpers with
// whatever error they meet (function_clause, badarith, case_clause...),
// where rt raises badarg for a character outside the alphabet or a list
// element that is not a byte, and function_clause from base64:fun(Arg)
// for everything else.

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// b64Value maps a byte to its 6-bit value, or to b64Bad, b64Space, b64Pad.
var b64Value [256]int8

const (
	b64Bad   = -1
	b64Space = -2
	b64Pad   = -3
)

func init() {
	for i := range b64Value {
		b64Value[i] = b64Bad
	}
	for i := 0; i < len(b64Alphabet); i++ {
		b64Value[b64Alphabet[i]] = int8(i)
	}
	for _, c := range "\t\n\r " {
		b64Value[c] = b64Space
	}
	b64Value['='] = b64Pad
	RegisterModule("base64",
		Export("encode", 1, Base64Encode1),
		Export("encode_to_string", 1, Base64EncodeToString1),
		Export("decode", 1, Base64Decode1),
		Export("decode_to_string", 1, Base64DecodeToString1),
		Export("mime_decode", 1, Base64MimeDecode1),
		Export("mime_decode_to_string", 1, Base64MimeDecodeToString1),
	)
}

func b64Clause(fun string, arg Term) Term {
	e := NewException(AtomError, AtomFunctionClause)
	e.head = NewTuple(Intern("base64"), Intern(fun), List(arg), Nil{})
	panic(e)
}

// b64Input is the bytes of a binary or of a flat list of bytes.
func b64Input(t Term, fun string) []byte {
	switch v := t.(type) {
	case *Binary:
		if v.Trail != 0 {
			b64Clause(fun, t)
		}
		return v.Data
	case Nil:
		return nil
	case *Cons:
		elems, ok := ListToSlice(v)
		if !ok {
			b64Clause(fun, t)
		}
		out := make([]byte, len(elems))
		for i, e := range elems {
			n, ok := IntOf(e)
			if !ok || n < 0 || n > 255 {
				Badarg()
			}
			out[i] = byte(n)
		}
		return out
	}
	b64Clause(fun, t)
	return nil
}

func b64Encode(data []byte) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4)
	for i := 0; i < len(data); i += 3 {
		var group [3]byte
		n := copy(group[:], data[i:])
		v := uint(group[0])<<16 | uint(group[1])<<8 | uint(group[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				out = append(out, b64Alphabet[v>>(18-6*j)&63])
			} else {
				out = append(out, '=')
			}
		}
	}
	return out
}

// b64Decode decodes whole groups of symbols (6-bit values); a final group
// of two or three symbols gives one or two bytes.
func b64Decode(syms []byte) []byte {
	out := make([]byte, 0, len(syms)*3/4)
	for i := 0; i < len(syms); i += 4 {
		n := min(4, len(syms)-i)
		var v uint
		for j := 0; j < 4; j++ {
			v <<= 6
			if j < n {
				v |= uint(syms[i+j])
			}
		}
		group := [3]byte{byte(v >> 16), byte(v >> 8), byte(v)}
		out = append(out, group[:n-1]...)
	}
	return out
}

// b64Strict is decode's reading of data: the symbols, whitespace dropped.
func b64Strict(data []byte, fun string, arg Term) []byte {
	syms := make([]byte, 0, len(data))
	pads := 0
	for _, c := range data {
		switch v := b64Value[c]; {
		case v == b64Space:
		case v == b64Pad:
			pads++
		case v == b64Bad:
			Badarg()
		case pads > 0: // a symbol after padding
			b64Clause(fun, arg)
		default:
			syms = append(syms, byte(v))
		}
	}
	if (len(syms)+pads)%4 != 0 || pads > 2 || (pads > 0 && len(syms)%4 != 4-pads) {
		b64Clause(fun, arg)
	}
	return syms
}

// b64Mime is mime_decode's reading of data.
func b64Mime(data []byte, fun string, arg Term) []byte {
	syms := make([]byte, 0, len(data))
	pads := 0 // "=" seen since the last symbol
	for _, c := range data {
		switch v := b64Value[c]; {
		case v == b64Pad:
			pads++
		case v >= 0:
			pads = 0 // the "=" before were not padding
			syms = append(syms, byte(v))
		}
	}
	switch len(syms) % 4 {
	case 1:
		b64Clause(fun, arg)
	case 2, 3:
		if pads == 0 {
			b64Clause(fun, arg)
		}
	}
	return syms
}

// Base64Encode1 is base64:encode(Data).
func Base64Encode1(p *Process, data Term) Term {
	return NewBinary(b64Encode(b64Input(data, "encode")))
}

// Base64EncodeToString1 is base64:encode_to_string(Data).
func Base64EncodeToString1(p *Process, data Term) Term {
	return byteList(b64Encode(b64Input(data, "encode_to_string")))
}

// Base64Decode1 is base64:decode(Base64).
func Base64Decode1(p *Process, s Term) Term {
	return NewBinary(b64Decode(b64Strict(b64Input(s, "decode"), "decode", s)))
}

// Base64DecodeToString1 is base64:decode_to_string(Base64).
func Base64DecodeToString1(p *Process, s Term) Term {
	return byteList(b64Decode(b64Strict(b64Input(s, "decode_to_string"), "decode_to_string", s)))
}

// Base64MimeDecode1 is base64:mime_decode(Base64).
func Base64MimeDecode1(p *Process, s Term) Term {
	return NewBinary(b64Decode(b64Mime(b64Input(s, "mime_decode"), "mime_decode", s)))
}

// Base64MimeDecodeToString1 is base64:mime_decode_to_string(Base64).
func Base64MimeDecodeToString1(p *Process, s Term) Term {
	return byteList(b64Decode(b64Mime(b64Input(s, "mime_decode_to_string"), "mime_decode_to_string", s)))
}
