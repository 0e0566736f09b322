package rt

import (
	"crypto/cipher"
	"crypto/hmac"
	"hash"
)

// crypto's incremental MACs: mac_init/2,3, mac_update/2, mac_final/1 and
// mac_finalN/2. As on BEAM the state is a reference to a context that
// mac_update changes in place (it returns the same reference). An HMAC
// context is Go's; CMAC and Poly1305 keep the text and compute the tag at
// mac_final. mac_final leaves the context as it was, where OpenSSL's
// gives another value when a context is finalized twice.

// macState is what a MAC state reference stands for.
type macState struct {
	h     hash.Hash    // hmac
	block cipher.Block // cmac
	key   []byte       // poly1305
	text  []byte       // cmac, poly1305: the text so far
}

var (
	errInitUnknownMac = nifError{"mac.c", 587, "Unknown mac algorithm"}
	errInitPolyKey    = nifError{"mac.c", 589, "Bad key length"}
	errInitHmacHash   = nifError{"mac.c", 617, "Bad digest algorithm for HMAC"}
	errInitCipher     = nifError{"mac.c", 658, "Unknown cipher"}
	errInitKeySize    = nifError{"mac.c", 661, "Bad key size"}
	errUpdateText     = nifError{"mac.c", 794, "Bad text"}
	errUpdateRef      = nifError{"mac.c", 817, "Bad ref"}
	errFinalRef       = nifError{"mac.c", 847, "Bad ref"}
)

// CryptoMacInit2 is crypto:mac_init(poly1305, Key).
func CryptoMacInit2(p *Process, typ, key Term) Term {
	if typ != Term(atomPoly1305) {
		return cryptoRaise(AtomFunctionClause, NewTuple(atomCrypto, Intern("mac_init"), List(typ, key), otpLoc("crypto", 732)))
	}
	k, ok := IolistBytes(nil, key)
	args := []Term{typ, Undefined, key}
	if !ok || len(k) != 32 {
		return cryptoNifBadarg(errInitPolyKey, "mac_init", 733, 3, args)
	}
	return newCryptoState(&macState{key: k})
}

// CryptoMacInit3 is crypto:mac_init(Type, SubType, Key).
func CryptoMacInit3(p *Process, typ, sub, key Term) Term {
	k := cryptoIodata(key, erlFrame{"crypto", "mac_init", 3, 742})
	kb := Term(NewBinary(k))
	if b, ok := key.(*Binary); ok {
		kb = b
	}
	if typ == Term(atomCmac) {
		sub = cmacAlias(sub, k)
	}
	args := []Term{typ, sub, kb}
	switch typ {
	case Term(atomHmac):
		alg := hashAlgByName[sub]
		if alg == nil {
			return cryptoNifBadarg(errInitHmacHash, "mac_init", 743, 2, args)
		}
		return newCryptoState(&macState{h: hmac.New(alg.new, k)})
	case Term(atomCmac):
		return newCryptoState(&macState{block: cmacBlock(sub, k, errInitCipher, errInitKeySize, "mac_init", 743, args, nil)})
	case Term(atomPoly1305):
		if len(k) != 32 {
			return cryptoNifBadarg(errInitPolyKey, "mac_init", 743, 3, args)
		}
		return newCryptoState(&macState{key: k})
	}
	return cryptoNifBadarg(errInitUnknownMac, "mac_init", 743, 1, args)
}

// CryptoMacUpdate2 is crypto:mac_update(State, Data): the state, with
// Data added.
func CryptoMacUpdate2(p *Process, state, data Term) Term {
	text, ok := IolistBytes(nil, data)
	if b, isBin := data.(*Binary); isBin {
		text, ok = b.Data, b.Trail == 0
	}
	if !ok {
		return cryptoNifBadarg(errUpdateText, "mac_update", 751, 2, []Term{state, data})
	}
	s, _ := cryptoStateOf(state).(*macState)
	if s == nil {
		return cryptoNifBadarg(errUpdateRef, "mac_update", 751, 1, []Term{state, data})
	}
	if s.h != nil {
		s.h.Write(text)
	} else {
		s.text = append(s.text, text...)
	}
	return state
}

// CryptoMacFinal1 is crypto:mac_final(State): the tag.
func CryptoMacFinal1(p *Process, state Term) Term {
	return macFinal(state)
}

func macFinal(state Term, under ...erlFrame) Term {
	s, _ := cryptoStateOf(state).(*macState)
	switch {
	case s == nil:
		return cryptoNifBadarg(errFinalRef, "mac_final", 759, 1, []Term{state}, under...)
	case s.h != nil:
		return NewBinary(s.h.Sum(nil))
	case s.block != nil:
		return NewBinary(cmacSum(s.block, s.text))
	}
	return NewBinary(poly1305Sum(s.key, s.text))
}

// CryptoMacFinalN2 is crypto:mac_finalN(State, MacLength): the tag's
// first MacLength bytes.
func CryptoMacFinalN2(p *Process, state, n Term) Term {
	f := erlFrame{"crypto", "mac_finalN", 2, 767}
	mac := macFinal(state, f).(*Binary)
	l, ok := IntOf(n)
	if !ok || l < 0 || l > Int(len(mac.Data)) {
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
		return cryptoRaise(AtomBadarg, NewTuple(AtomErlang, Intern("binary_part"), List(mac, BoxInt(0), n), info), f)
	}
	return NewBinary(mac.Data[:l])
}
