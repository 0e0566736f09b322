package rt

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"runtime"
	"sync"
)

// The crypto application's digests: hash/2, hash_init/1, hash_update/2,
// hash_final/1, hash_info/1 and supports/1 (crypto_mac.go has the MACs
// and the rest).
//
// OTP's crypto is Erlang over a NIF of OpenSSL; its Erlang half turns the
// NIF's errors into error:{badarg, {CFile, CLine}, Message} raised with
// erlang:error/3 from the Erlang function, whose trace entry carries
// crypto.erl's line and the argument at fault. rt raises the same terms
// from Go's digests (the standard library's, and its own for the few
// the standard library lacks: crypto_blake2.go, crypto_md4.go,
// crypto_ripemd160.go).
//
// A hash state is a reference, as on BEAM: the digest it stands for lives
// in a table keyed by the reference's number and leaves it when the
// reference is garbage. hash_update makes a new state and leaves the old
// one as it was, as OpenSSL's copy of the context does on BEAM.

// hashAlg is one digest algorithm: how to make it, and what hash_info/1
// says of it (nid is OpenSSL's number for it, hash_info's type).
type hashAlg struct {
	name  string
	new   func() hash.Hash
	size  int
	block int
	nid   int
}

// hashAlgs lists the algorithms in the order supports(hashs) gives them.
var hashAlgs = []hashAlg{
	{"blake2s", newBlake2s, 32, 64, 1057},
	{"blake2b", newBlake2b, 64, 128, 1056},
	{"sha3_512", func() hash.Hash { return sha3.New512() }, 64, 72, 1099},
	{"sha3_384", func() hash.Hash { return sha3.New384() }, 48, 104, 1098},
	{"sha3_256", func() hash.Hash { return sha3.New256() }, 32, 136, 1097},
	{"sha3_224", func() hash.Hash { return sha3.New224() }, 28, 144, 1096},
	{"sha512", sha512.New, 64, 128, 674},
	{"sha384", sha512.New384, 48, 128, 673},
	{"sha256", sha256.New, 32, 64, 672},
	{"sha224", sha256.New224, 28, 64, 675},
	{"sha", sha1.New, 20, 64, 64},
	{"ripemd160", newRipemd160, 20, 64, 117},
	{"md5", md5.New, 16, 64, 4},
	{"md4", newMD4, 16, 64, 257},
}

var hashAlgByName = func() map[Term]*hashAlg {
	m := map[Term]*hashAlg{}
	for i := range hashAlgs {
		m[Intern(hashAlgs[i].name)] = &hashAlgs[i]
	}
	return m
}()

var (
	atomCrypto         = Intern("crypto")
	atomErlFunctionArg = Intern("erl_function_arg_num")
	atomBlockSize      = Intern("block_size")
	atomSize           = Intern("size")
	atomType           = Intern("type")
)

func init() {
	RegisterModule("crypto",
		Export("hash", 2, CryptoHash2),
		Export("hash_init", 1, CryptoHashInit1),
		Export("hash_update", 2, CryptoHashUpdate2),
		Export("hash_final", 1, CryptoHashFinal1),
		Export("hash_info", 1, CryptoHashInfo1),
		Export("supports", 1, CryptoSupports1),
		Export("mac", 3, CryptoMac3),
		Export("mac", 4, CryptoMac4),
		Export("mac_init", 2, CryptoMacInit2),
		Export("mac_init", 3, CryptoMacInit3),
		Export("mac_update", 2, CryptoMacUpdate2),
		Export("mac_final", 1, CryptoMacFinal1),
		Export("mac_finalN", 2, CryptoMacFinalN2),
		Export("macN", 4, CryptoMacN4),
		Export("macN", 5, CryptoMacN5),
		Export("strong_rand_bytes", 1, CryptoStrongRandBytes1),
		Export("exor", 2, CryptoExor2),
		Export("bytes_to_integer", 1, CryptoBytesToInteger1),
		Export("hash_equals", 2, CryptoHashEquals2),
		Export("pbkdf2_hmac", 5, CryptoPbkdf2Hmac5),
		Export("start", 0, CryptoStart0),
		Export("stop", 0, CryptoStop0),
		Export("version", 0, CryptoVersion0),
	)
	// crypto is a library application (no callback module), with the keys
	// of OTP 25's crypto.app. Its environment (fips_mode, rand_cache_size),
	// which BEAM has once the application is loaded, is left out.
	apps.Lock()
	apps.m[atomCrypto] = &application{name: atomCrypto, args: Nil{}, env: map[Atom]Term{},
		keys: []Term{NewTuple(Intern("description"), Str("CRYPTO")), NewTuple(Intern("vsn"), Str(cryptoVsn))}}
	apps.Unlock()
}

// cryptoVsn is the version of OTP 25's crypto application.
const cryptoVsn = "5.1.2"

// CryptoStart0 is crypto:start(): application:start(crypto).
func CryptoStart0(p *Process) Term { return ApplicationStart1(p, atomCrypto) }

// CryptoStop0 is crypto:stop(): application:stop(crypto).
func CryptoStop0(p *Process) Term { return ApplicationStop1(p, atomCrypto) }

// CryptoVersion0 is crypto:version().
func CryptoVersion0(p *Process) Term { return Str(cryptoVsn) }

// cryptoIodata is iolist_to_binary(T) as crypto.erl calls it at frame f
// (itself called from the frames under): its bytes, or badarg from
// erlang:iolist_to_binary/1 with those frames under it.
func cryptoIodata(t Term, f erlFrame, under ...erlFrame) []byte {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		return b.Data
	}
	out, ok := IolistBytes(nil, t)
	if !ok {
		info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
		cryptoRaise(AtomBadarg, NewTuple(AtomErlang, Intern("iolist_to_binary"), List(t), info), append([]erlFrame{f}, under...)...)
	}
	return out
}

// iodataBinary is the binary iolist_to_binary(Data) gave the NIF, whose
// bytes cryptoIodata returned as b: Data itself when it was a binary.
func iodataBinary(data Term, b []byte) Term {
	if db, ok := data.(*Binary); ok {
		return db
	}
	return NewBinary(b)
}

// nifError is where the NIF found an error: the C file and line and
// the message, as the reason's second and third elements show them.
type nifError struct {
	cfile string
	cline int
	msg   string
}

var (
	errBadDigest    = nifError{"hash.c", 108, "Bad digest type"}
	errBadDigestIni = nifError{"hash.c", 142, "Bad digest type"}
	errBadStateUpd  = nifError{"hash.c", 171, "Bad state"}
	errBadStateFin  = nifError{"hash.c", 205, "Bad state"}
)

// cryptoNifBadarg raises error:{badarg, {CFile, CLine}, Msg} as crypto.erl's
// ?nif_call does: from fun(Args) at crypto.erl's line, blaming argument
// argNum, with the frames under it of the functions that called fun.
func cryptoNifBadarg(n nifError, fun string, line, argNum int, args []Term, under ...erlFrame) Term {
	reason := NewTuple(AtomBadarg, NewTuple(Str(n.cfile), BoxInt(Int(n.cline))), Str(n.msg))
	info := NewTuple(atomErrorInfo, NewMap(atomErlFunctionArg, BoxInt(Int(argNum))))
	loc := List(NewTuple(atomFile, Str("crypto.erl")), NewTuple(atomLine, BoxInt(Int(line))), info)
	return cryptoRaise(reason, NewTuple(atomCrypto, Intern(fun), List(args...), loc), under...)
}

// cryptoRaise raises error:Reason from a crypto function: at head (a
// trace entry), with the frames under it.
func cryptoRaise(reason, head Term, under ...erlFrame) Term {
	e := NewException(AtomError, reason)
	e.head = head
	for _, f := range under {
		e.under = append(e.under, f.entry(nil))
	}
	panic(e)
}

// cryptoNifEntry is a NIF's trace entry {crypto, Fun, Args, []}.
func cryptoNifEntry(fun string, args ...Term) Term {
	return NewTuple(atomCrypto, Intern(fun), List(args...), Nil{})
}

// CryptoHash2 is crypto:hash(Type, Data).
func CryptoHash2(p *Process, typ, data Term) Term {
	b := cryptoIodata(data, erlFrame{"crypto", "hash", 2, 639})
	alg := hashAlgByName[typ]
	if alg == nil {
		return cryptoNifBadarg(errBadDigest, "hash", 2181, 1, []Term{typ, iodataBinary(data, b)})
	}
	h := alg.new()
	h.Write(b)
	return NewBinary(h.Sum(nil))
}

// hashState is what a hash state reference stands for.
type hashState struct {
	alg *hashAlg
	h   hash.Hash
}

// cryptoStates maps the number of each live state reference (a
// *hashState, or a *macState of crypto_mac_state.go) to its state.
var cryptoStates = struct {
	sync.Mutex
	m map[uint64]any
}{m: map[uint64]any{}}

// newCryptoState makes the reference for a state; the state leaves the
// table once the reference's cell is garbage.
func newCryptoState(s any) Ref {
	r := MakeRef()
	id := r.ID()
	cryptoStates.Lock()
	cryptoStates.m[id] = s
	cryptoStates.Unlock()
	runtime.AddCleanup(r.h, func(id uint64) {
		cryptoStates.Lock()
		delete(cryptoStates.m, id)
		cryptoStates.Unlock()
	}, id)
	return r
}

// cryptoStateOf returns the state a term stands for, or nil.
func cryptoStateOf(t Term) any {
	r, ok := t.(Ref)
	if !ok {
		return nil
	}
	cryptoStates.Lock()
	defer cryptoStates.Unlock()
	s := cryptoStates.m[r.ID()]
	runtime.KeepAlive(r.h)
	return s
}

// hashStateOf returns the hash state a term stands for, or nil.
func hashStateOf(t Term) *hashState {
	s, _ := cryptoStateOf(t).(*hashState)
	return s
}

// CryptoHashInit1 is crypto:hash_init(Type).
func CryptoHashInit1(p *Process, typ Term) Term {
	alg := hashAlgByName[typ]
	if alg == nil {
		return cryptoNifBadarg(errBadDigestIni, "hash_init", 648, 1, []Term{typ})
	}
	return newCryptoState(&hashState{alg, alg.new()})
}

// CryptoHashUpdate2 is crypto:hash_update(State, Data): a new state.
func CryptoHashUpdate2(p *Process, state, data Term) Term {
	b := cryptoIodata(data, erlFrame{"crypto", "hash_update", 2, 654})
	s := hashStateOf(state)
	if s == nil {
		return cryptoNifBadarg(errBadStateUpd, "hash_update", 2188, 1, []Term{state, iodataBinary(data, b)})
	}
	h := cloneHash(s.h)
	h.Write(b)
	return newCryptoState(&hashState{s.alg, h})
}

// cloneHash copies a digest's state; every digest of hashAlgs can.
func cloneHash(h hash.Hash) hash.Hash {
	c, err := h.(hash.Cloner).Clone()
	if err != nil {
		panic("rt: crypto: " + err.Error())
	}
	return c
}

// CryptoHashFinal1 is crypto:hash_final(State): the digest of the data
// the state has seen (the state stays as it was).
func CryptoHashFinal1(p *Process, state Term) Term {
	s := hashStateOf(state)
	if s == nil {
		return cryptoNifBadarg(errBadStateFin, "hash_final", 661, 1, []Term{state})
	}
	return NewBinary(s.h.Sum(nil))
}

// CryptoHashInfo1 is crypto:hash_info(Type).
func CryptoHashInfo1(p *Process, typ Term) Term {
	alg := hashAlgByName[typ]
	if alg == nil {
		return cryptoRaise(AtomBadarg, cryptoNifEntry("hash_info", typ))
	}
	return NewMap(atomBlockSize, BoxInt(Int(alg.block)), atomSize, BoxInt(Int(alg.size)), atomType, BoxInt(Int(alg.nid)))
}

// CryptoSupports1 is crypto:supports(Type) for hashs and macs, the
// algorithms rt has. The ciphers, public keys and curves that OpenSSL
// gives BEAM are not in rt: asking for them raises undef.
func CryptoSupports1(p *Process, what Term) Term {
	switch what {
	case Intern("hashs"):
		out := make([]Term, len(hashAlgs))
		for i, a := range hashAlgs {
			out[i] = Intern(a.name)
		}
		return List(out...)
	case Intern("macs"):
		return List(atomCmac, atomHmac, atomPoly1305)
	case Intern("public_keys"), Intern("ciphers"), Intern("curves"), Intern("rsa_opts"):
		return Undef(atomCrypto, Intern("supports"), []Term{what})
	}
	return cryptoRaise(AtomFunctionClause, NewTuple(atomCrypto, Intern("supports"), List(what), otpLoc("crypto", 570)))
}
