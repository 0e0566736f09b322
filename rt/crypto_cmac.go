package rt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"math/big"
)

// crypto:mac's cmac (RFC 4493, over AES or DES) and poly1305 (RFC 8439).
// cmac takes the ciphers whose block function Go's standard library has:
// the AES and DES ones in CBC mode (aes_cbc picks AES-128, -192 or -256
// by the key's size, as crypto.erl's alias/2 does). The other ciphers
// OTP documents for cmac raise undef; a name OpenSSL does not know raises
// what BEAM raises.

var (
	errUnknownCipher = nifError{"mac.c", 313, "Unknown cipher"}
	errBadKeySize    = nifError{"mac.c", 316, "Bad key size"}
	errBadKeyLength  = nifError{"mac.c", 235, "Bad key length"}
)

// cmacCiphers maps each cipher rt has to its key size and block cipher.
var cmacCiphers = map[string]struct {
	keySize int
	block   func([]byte) (cipher.Block, error)
}{
	"aes_128_cbc":  {16, aes.NewCipher},
	"aes_192_cbc":  {24, aes.NewCipher},
	"aes_256_cbc":  {32, aes.NewCipher},
	"des_cbc":      {8, des.NewCipher},
	"des_ede3_cbc": {24, des.NewTripleDESCipher},
}

// cmacOthers are the ciphers OTP's cmac takes that rt does not have.
var cmacOthers = map[string]bool{
	"aes_128_cfb128": true, "aes_192_cfb128": true, "aes_256_cfb128": true, "aes_cfb128": true,
	"aes_128_cfb8": true, "aes_192_cfb8": true, "aes_256_cfb8": true, "aes_cfb8": true,
	"blowfish_cbc": true, "rc2_cbc": true,
}

// cmacAlias is crypto.erl's alias/2: aes_cbc named by its key size.
func cmacAlias(sub Term, key []byte) Term {
	if sub != Term(Intern("aes_cbc")) {
		return sub
	}
	switch len(key) {
	case 16:
		return Intern("aes_128_cbc")
	case 24:
		return Intern("aes_192_cbc")
	case 32:
		return Intern("aes_256_cbc")
	}
	return sub
}

// cmac is the CMAC of text under key with the cipher sub, or raises as
// mac/4 does (args are mac/4's, for the error).
func cmac(sub Term, key, text []byte, args []Term, under []erlFrame) Term {
	b := cmacBlock(sub, key, errUnknownCipher, errBadKeySize, "mac", 699, args, under)
	return NewBinary(cmacSum(b, text))
}

// cmacBlock is the block cipher sub keyed with key, or raises from
// fun(args) at crypto.erl's line with the NIF's errors for an unknown
// cipher and a bad key. A cipher OTP documents for cmac that rt does not
// have raises undef.
func cmacBlock(sub Term, key []byte, unknown, badKey nifError, fun string, line int, args []Term, under []erlFrame) cipher.Block {
	name := ""
	if a, ok := sub.(Atom); ok {
		name = a.Name()
	}
	c, ok := cmacCiphers[name]
	if !ok {
		if cmacOthers[name] {
			Undef(atomCrypto, Intern(fun), args)
		}
		cryptoNifBadarg(unknown, fun, line, 2, args, under...)
	}
	if len(key) != c.keySize {
		cryptoNifBadarg(badKey, fun, line, 3, args, under...)
	}
	b, err := c.block(key)
	if err != nil {
		cryptoNifBadarg(badKey, fun, line, 3, args, under...)
	}
	return b
}

// cmacSum is RFC 4493's algorithm for a block cipher of 16 or 8 bytes.
func cmacSum(b cipher.Block, text []byte) []byte {
	n := b.BlockSize()
	k1 := cmacDouble(b, make([]byte, n))
	k2 := cmacDouble(nil, k1)
	x := make([]byte, n)
	for len(text) > n {
		for i := range x {
			x[i] ^= text[i]
		}
		b.Encrypt(x, x)
		text = text[n:]
	}
	last, sub := make([]byte, n), k1
	copy(last, text)
	if len(text) < n {
		last[len(text)] = 0x80
		sub = k2
	}
	for i := range x {
		x[i] ^= last[i] ^ sub[i]
	}
	b.Encrypt(x, x)
	return x
}

// cmacDouble multiplies by x in GF(2^128) or GF(2^64): the block cipher's
// encryption of v first, when b is given.
func cmacDouble(b cipher.Block, v []byte) []byte {
	l := append([]byte(nil), v...)
	if b != nil {
		b.Encrypt(l, l)
	}
	out := make([]byte, len(l))
	carry := l[0] >> 7
	for i := range l {
		out[i] = l[i] << 1
		if i+1 < len(l) {
			out[i] |= l[i+1] >> 7
		}
	}
	if carry != 0 {
		if len(l) == 16 {
			out[15] ^= 0x87
		} else {
			out[7] ^= 0x1b
		}
	}
	return out
}

// poly1305 is the one-time authenticator of text under a 32-byte key, or
// raises as mac/4 does.
func poly1305(key, text []byte, args []Term, under []erlFrame) Term {
	if len(key) != 32 {
		return cryptoNifBadarg(errBadKeyLength, "mac", 699, 3, args, under...)
	}
	return NewBinary(poly1305Sum(key, text))
}

// poly1305Sum is RFC 8439's Poly1305 over text with a 32-byte key.
func poly1305Sum(key, text []byte) []byte {
	le := func(b []byte) *big.Int {
		r := make([]byte, len(b))
		for i, c := range b {
			r[len(b)-1-i] = c
		}
		return new(big.Int).SetBytes(r)
	}
	clamp, _ := new(big.Int).SetString("0ffffffc0ffffffc0ffffffc0fffffff", 16)
	r := new(big.Int).And(le(key[:16]), clamp)
	s := le(key[16:])
	p := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 130), big.NewInt(5))
	acc := new(big.Int)
	for len(text) > 0 {
		k := min(16, len(text))
		acc.Add(acc, le(append(append([]byte(nil), text[:k]...), 1)))
		acc.Mul(acc, r)
		acc.Mod(acc, p)
		text = text[k:]
	}
	acc.Add(acc, s)
	out := make([]byte, 16)
	be := acc.Bytes()
	for i := 0; i < 16 && i < len(be); i++ {
		out[i] = be[len(be)-1-i]
	}
	return out
}
