package rt

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/subtle"
	"math/big"
)

// crypto's MACs (mac/3,4 and macN/4,5: hmac over every digest of
// hashAlgs, cmac and poly1305 in crypto_cmac.go) and its small helpers:
// strong_rand_bytes/1, exor/2, bytes_to_integer/1, hash_equals/2.

var (
	errBadText     = nifError{"mac.c", 175, "Bad text"}
	errUnknownMac  = nifError{"mac.c", 233, "Unknown mac algorithm"}
	errBadHmacHash = nifError{"mac.c", 263, "Bad digest algorithm for HMAC"}

	atomHmac     = Intern("hmac")
	atomCmac     = Intern("cmac")
	atomPoly1305 = Intern("poly1305")
)

// macNFrame is crypto:macN/5's call of mac/4, under the errors of mac/4
// when macN called it.
var macNFrame = erlFrame{"crypto", "macN", 5, 721}

// CryptoMac3 is crypto:mac(poly1305, Key, Data).
func CryptoMac3(p *Process, typ, key, data Term) Term {
	if typ != Term(atomPoly1305) {
		return cryptoRaise(AtomFunctionClause, NewTuple(atomCrypto, Intern("mac"), List(typ, key, data), otpLoc("crypto", 687)))
	}
	return cryptoMac(typ, Undefined, key, data)
}

// CryptoMac4 is crypto:mac(Type, SubType, Key, Data).
func CryptoMac4(p *Process, typ, sub, key, data Term) Term {
	return cryptoMac(typ, sub, key, data)
}

// cryptoMac is mac/4, called from the frames under (macN's, if any).
func cryptoMac(typ, sub, key, data Term, under ...erlFrame) Term {
	k := cryptoIodataUnder(key, erlFrame{"crypto", "mac", 4, 698}, under)
	kb := Term(NewBinary(k))
	if b, ok := key.(*Binary); ok {
		kb = b
	}
	if typ == Term(atomCmac) {
		sub = cmacAlias(sub, k)
	}
	args := []Term{typ, sub, kb, data}
	text, ok := IolistBytes(nil, data)
	if b, isBin := data.(*Binary); isBin {
		text, ok = b.Data, b.Trail == 0
	}
	if !ok {
		return cryptoNifBadargUnder(errBadText, "mac", 699, 4, args, under)
	}
	switch typ {
	case Term(atomHmac):
		alg := hashAlgByName[sub]
		if alg == nil {
			return cryptoNifBadargUnder(errBadHmacHash, "mac", 699, 2, args, under)
		}
		m := hmac.New(alg.new, k)
		m.Write(text)
		return NewBinary(m.Sum(nil))
	case Term(atomCmac):
		return cmac(sub, k, text, args, under)
	case Term(atomPoly1305):
		return poly1305(k, text, args, under)
	}
	return cryptoNifBadargUnder(errUnknownMac, "mac", 699, 1, args, under)
}

// cryptoIodataUnder is cryptoIodata at frame f, itself called from the
// frames under.
func cryptoIodataUnder(t Term, f erlFrame, under []erlFrame) []byte {
	if len(under) == 0 {
		return cryptoIodata(t, f.fun, f.arity, f.line)
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok {
				for _, u := range under {
					e.under = append(e.under, u.entry(nil))
				}
			}
			panic(r)
		}
	}()
	return cryptoIodata(t, f.fun, f.arity, f.line)
}

// cryptoNifBadargUnder is cryptoNifBadarg with frames under the head.
func cryptoNifBadargUnder(n nifError, fun string, line, argNum int, args []Term, under []erlFrame) Term {
	defer func() {
		if e, ok := recover().(*Exception); ok {
			for _, u := range under {
				e.under = append(e.under, u.entry(nil))
			}
			panic(e)
		}
	}()
	return cryptoNifBadarg(n, fun, line, argNum, args...)
}

// CryptoMacN4 is crypto:macN(Type, Key, Data, MacLength).
func CryptoMacN4(p *Process, typ, key, data, n Term) Term {
	return CryptoMacN5(p, typ, Undefined, key, data, n)
}

// CryptoMacN5 is crypto:macN(Type, SubType, Key, Data, MacLength): the
// first MacLength bytes of the MAC, by erlang:binary_part/3.
func CryptoMacN5(p *Process, typ, sub, key, data, n Term) Term {
	mac := cryptoMac(typ, sub, key, data, macNFrame).(*Binary)
	l, ok := IntOf(n)
	if !ok || l < 0 || l > Int(len(mac.Data)) {
		e := NewException(AtomError, AtomBadarg)
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
		e.head = NewTuple(AtomErlang, Intern("binary_part"), List(mac, BoxInt(0), n), info)
		e.under = []Term{macNFrame.entry(nil)}
		panic(e)
	}
	return NewBinary(mac.Data[:l])
}

// CryptoStrongRandBytes1 is crypto:strong_rand_bytes(N).
func CryptoStrongRandBytes1(p *Process, n Term) Term {
	l, ok := IntOf(n)
	if !ok || l < 0 || l > 0xFFFFFFFF {
		return cryptoRaise(AtomBadarg, cryptoNifEntry("strong_rand_bytes_nif", n), erlFrame{"crypto", "strong_rand_bytes", 1, 1140})
	}
	out := make([]byte, l)
	rand.Read(out)
	return NewBinary(out)
}

// exorChunk is how many bytes crypto.erl gives its do_exor NIF at a time
// (?MAX_BYTES_TO_NIF); a longer first argument goes in chunks, whose
// errors then show.
const exorChunk = 20000

// CryptoExor2 is crypto:exor(Data1, Data2): the bytes of two iodata of
// one size XORed.
func CryptoExor2(p *Process, a, b Term) Term {
	x := cryptoIodata(a, "exor", 2, 1773)
	y := cryptoIodata(b, "exor", 2, 1774)
	out := make([]byte, 0, len(x))
	for first := true; ; first = false {
		if len(x) <= exorChunk {
			if len(x) != len(y) {
				var under []erlFrame
				if !first {
					under = []erlFrame{{"crypto", "exor", 5, 2365}}
				}
				return cryptoRaise(AtomBadarg, cryptoNifEntry("do_exor", NewBinary(x), NewBinary(y)), under...)
			}
			return NewBinary(append(out, xorBytes(x, y)...))
		}
		if len(y) < exorChunk {
			return cryptoRaise(NewTuple(AtomBadmatch, NewBinary(y)), NewTuple(atomCrypto, Intern("exor"), BoxInt(5), otpLoc("crypto", 2369)))
		}
		out = append(out, xorBytes(x[:exorChunk], y[:exorChunk])...)
		x, y = x[exorChunk:], y[exorChunk:]
	}
}

func xorBytes(x, y []byte) []byte {
	out := make([]byte, len(x))
	subtle.XORBytes(out, x, y)
	return out
}

// CryptoBytesToInteger1 is crypto:bytes_to_integer(Bin): the unsigned
// big-endian integer of a binary (undefined stays undefined).
func CryptoBytesToInteger1(p *Process, t Term) Term {
	b, ok := t.(*Binary)
	if !ok || b.Trail != 0 {
		if t == Term(Undefined) {
			return t
		}
		return cryptoRaise(AtomFunctionClause, NewTuple(atomCrypto, Intern("bin_to_int"), List(t), otpLoc("crypto", 2409)))
	}
	if len(b.Data) <= 7 {
		var n Int
		for _, c := range b.Data {
			n = n<<8 | Int(c)
		}
		return BoxInt(n)
	}
	return IntFromBig(new(big.Int).SetBytes(b.Data))
}

// CryptoHashEquals2 is crypto:hash_equals(Bin1, Bin2): whether two
// binaries of one size are equal, compared in constant time.
func CryptoHashEquals2(p *Process, a, b Term) Term {
	x, ok1 := a.(*Binary)
	y, ok2 := b.(*Binary)
	if !ok1 || !ok2 || x.Trail != 0 || y.Trail != 0 || len(x.Data) != len(y.Data) {
		return cryptoRaise(AtomBadarg, cryptoNifEntry("hash_equals_nif", a, b))
	}
	return Bool(subtle.ConstantTimeCompare(x.Data, y.Data) == 1)
}
