package rt

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/subtle"
	"math/big"
)

// crypto's MACs (mac/3,4 and macN/4,5: hmac over every digest of
// hashAlgs, cmac and poly1305 in crypto_cmac.go) and its small helpers:
// strong_rand_bytes/1, exor/2, bytes_to_integer/1, hash_equals/2,
// pbkdf2_hmac/5.

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
	k := cryptoIodata(key, erlFrame{"crypto", "mac", 4, 698}, under...)
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
		return cryptoNifBadarg(errBadText, "mac", 699, 4, args, under...)
	}
	switch typ {
	case Term(atomHmac):
		alg := hashAlgByName[sub]
		if alg == nil {
			return cryptoNifBadarg(errBadHmacHash, "mac", 699, 2, args, under...)
		}
		m := hmac.New(alg.new, k)
		m.Write(text)
		return NewBinary(m.Sum(nil))
	case Term(atomCmac):
		return cmac(sub, k, text, args, under)
	case Term(atomPoly1305):
		return poly1305(k, text, args, under)
	}
	return cryptoNifBadarg(errUnknownMac, "mac", 699, 1, args, under...)
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
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
		return cryptoRaise(AtomBadarg, NewTuple(AtomErlang, Intern("binary_part"), List(mac, BoxInt(0), n), info), macNFrame)
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
	x := cryptoIodata(a, erlFrame{"crypto", "exor", 2, 1773})
	y := cryptoIodata(b, erlFrame{"crypto", "exor", 2, 1774})
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

// CryptoPbkdf2Hmac5 is crypto:pbkdf2_hmac(Digest, Pass, Salt, Iter,
// KeyLen): PBKDF2 (RFC 8018) over HMAC with a SHA-1 or SHA-2 digest,
// checking its arguments in the NIF's order.
func CryptoPbkdf2Hmac5(p *Process, digest, pass, salt, iter, keyLen Term) Term {
	args := []Term{digest, pass, salt, iter, keyLen}
	fail := func(line int, msg string, argNum int) Term {
		return cryptoNifBadarg(nifError{"pbkdf2_hmac.c", line, msg}, "pbkdf2_hmac", 614, argNum, args)
	}
	alg := hashAlgByName[digest]
	switch {
	case alg == nil:
		return fail(34, "Bad digest type", 1)
	case alg.name != "sha" && alg.name != "sha224" && alg.name != "sha256" && alg.name != "sha384" && alg.name != "sha512":
		return fail(38, "Not eligible digest type", 1)
	}
	pw, ok1 := pass.(*Binary)
	if !ok1 || pw.Trail != 0 {
		return fail(41, "Not binary", 2)
	}
	sb, ok2 := salt.(*Binary)
	if !ok2 || sb.Trail != 0 {
		return fail(44, "Not binary", 3)
	}
	n, ok3 := IntOf(iter)
	if !ok3 || n < 0 {
		return fail(47, "Not integer", 4)
	}
	if n == 0 {
		return fail(49, "Must be > 0", 4)
	}
	l, ok4 := IntOf(keyLen)
	if !ok4 || l < 0 {
		return fail(52, "Not integer", 5)
	}
	if l == 0 {
		return fail(54, "Must be > 0", 5)
	}
	key, err := pbkdf2.Key(alg.new, string(pw.Data), sb.Data, int(n), int(l))
	if err != nil {
		return fail(54, "Must be > 0", 5)
	}
	return NewBinary(key)
}
