package rt

import (
	"bytes"
	"encoding/hex"
	"testing"
)

// Digests recorded from BEAM (OTP 25 over OpenSSL 3) of "", "abc" and a
// 315-byte text: Go's digests and rt's own (blake2, md4) must agree.
var cryptoHashVectors = [][4]string{
	{"blake2s", "69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982", "5a57688df144feb22ab5a2b1428aa3bc56d945f558579d010981d6d60f9249d0"},
	{"blake2b", "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923", "c6fc244fd6b254d4b1c58b929ee18bc097f0b94a59c72289ad7b3111f692c8d9af3b27c3024f02684347e6b23bb8b751b15eb92ef55b5001e6ab1f2fa359543a"},
	{"sha3_512", "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26", "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0", "142036516efb1aa0e30e6a89e18f25985e63b39f9afc35257a8fcee15f372cc9ff51c0d29cc31cb6ee62bac6571321e222c7ce1bdc0cd9302dbe218cab05d396"},
	{"sha3_384", "0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004", "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25", "05dad96cd10d1946b0b7827ce463b65048b9d2451409fec843d35eb211c57c4b822239d080967872c54a69e9b30c0667"},
	{"sha3_256", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532", "b71789b222ce53e63796155b153620c5e23894fab7d73eaf04287c9c5fed96c0"},
	{"sha3_224", "6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7", "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf", "c57907999dbd94ba25eba4facd3662704217d6c916f7d825129b8efb"},
	{"sha512", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f", "693b80eeac14efcb80b5071e167983ca93d8a6934f24573964929da52538a9fcdda6d1e1635848ecca6233cff4a6ac955d8451d56224226e7ed8bb7107560198"},
	{"sha384", "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7", "30fe6f51df534c98c00586db3f638b00fee8416db95068682c46475d0842d6ece578bdf1e5b93ddbc7d649cf6b0dc0b3"},
	{"sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "dababee8658b645e01725be3eab108b2f506b7220e19ef399a18a11ae9e78e66"},
	{"sha224", "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7", "ee639fa7a04a02566c73b679d0c5295d15f94d2bb6b6ead5bd0fb0b1"},
	{"sha", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d", "89af0cf38747bb77cb8fd98365081d70db48cb87"},
	{"md5", "d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72", "04b03ba58b42114be277268065683b7c"},
	{"ripemd160", "9c1185a5c5e9fc54612808977ee8f548b2258d31", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", "3f92ad667b69ee5167888eb0a4b959a6a481668d"},
	{"md4", "31d6cfe0d16ae931b73c59d7e0c089c0", "a448017aaf21d8525fc10ae87aa6729d", "fab1d90f1b95f40a3e74c069896c3948"},
}

// HMACs recorded from BEAM with a 200-byte key (longer than every block)
// over the same 315-byte text.
var cryptoHmacVectors = [][2]string{
	{"blake2s", "714efcbb99c991e3dd8f9b678e5254b369306d37fe14dab36b91ee17f3881475"},
	{"blake2b", "b3347950fd44386b71eca2c52ee72e63f71fb6f33f01faf23625e799d5e72c66831b4a9937d7901b91a54fe0bff0e6f01620813fb55c797708f32309e610e750"},
	{"sha3_512", "81fed6f3506a62231354bdc0c5ba4d63ba19638a0c55dfe00d465a8586bdc247de3faba5466417efc955c49781c9b94cf52cbb8715836545e14277aeb7836ef2"},
	{"sha3_384", "b7b5dd21b4410e9d17c58ea148688238f6d9dba7a6c92f299628f6643bf07f04fbfcb3962af997b2fa24749a1afd4e4e"},
	{"sha3_256", "dec36dec31d850f16a87c5d30c50244fe6fc0ad34cafcdb2c652424d5d7596bf"},
	{"sha3_224", "fe9afc21b5de0e84818779f72c195529cc986d149885adb56789242c"},
	{"sha512", "be5d47b560a247139fed8537bbae5658c64be5a86fb1facba5503c117ddf056d1d0155721d4747019f0925069fc5a5021834a4bd8b976fe679b2e4cfd834eb43"},
	{"sha384", "810d0523b002eccc8ffefa9c2c0a7caa33f97cc78751947d9414e08164d6ea8682a361a70205162421170e904044fa12"},
	{"sha256", "391642e9a0474fe1b6b159e8e2ce26a264ab4fedfbd142fd89ff201e6a48ba3c"},
	{"sha224", "17457a1b745f9d48b0692d1900af2643b3a3f82644f770a35bcac17a"},
	{"sha", "26b2175ceefe048db79af0cec92a4c5c07ac595a"},
	{"md5", "21d4d7170bc449619341bb782ab4ef0e"},
	{"md4", "37be1e87f9c7fb364a22bb4748dde5aa"},
	{"ripemd160", "0df73cda339f7e0b9c18f6c02ae90240d7e11e03"},
}

var cryptoLongText = bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 7)

func TestCryptoHashVectors(t *testing.T) {
	for _, v := range cryptoHashVectors {
		for i, data := range [][]byte{nil, []byte("abc"), cryptoLongText} {
			got := CryptoHash2(nil, Intern(v[0]), NewBinary(data)).(*Binary).Data
			if hex.EncodeToString(got) != v[i+1] {
				t.Errorf("hash(%s, #%d) = %x, want %s", v[0], i, got, v[i+1])
			}
		}
		// Fed in uneven pieces through hash_update, each state kept.
		s := CryptoHashInit1(nil, Intern(v[0]))
		first := s
		for off := 0; off < len(cryptoLongText); off += 37 {
			s = CryptoHashUpdate2(nil, s, NewBinary(cryptoLongText[off:min(off+37, len(cryptoLongText))]))
		}
		if got := hex.EncodeToString(CryptoHashFinal1(nil, s).(*Binary).Data); got != v[3] {
			t.Errorf("%s by hash_update = %s, want %s", v[0], got, v[3])
		}
		if got := hex.EncodeToString(CryptoHashFinal1(nil, first).(*Binary).Data); got != v[1] {
			t.Errorf("%s: the first state changed: %s, want %s", v[0], got, v[1])
		}
	}
}

func TestCryptoHmacVectors(t *testing.T) {
	key := NewBinary(bytes.Repeat([]byte("k"), 200))
	for _, v := range cryptoHmacVectors {
		got := CryptoMac4(nil, Intern("hmac"), Intern(v[0]), key, NewBinary(cryptoLongText)).(*Binary).Data
		if hex.EncodeToString(got) != v[1] {
			t.Errorf("hmac %s = %x, want %s", v[0], got, v[1])
		}
	}
}

func TestCryptoErlangChecksums(t *testing.T) {
	for _, c := range []struct {
		got  Term
		want Int
	}{
		{ErlangCrc32Combine3(nil, BoxInt(123456789), BoxInt(987654321), BoxInt(77777)), 2061120069},
		{ErlangCrc32Combine3(nil, BoxInt(1), BoxInt(2), BoxInt(3)), 29518389},
		{ErlangCrc32Combine3(nil, BoxInt(1), BoxInt(2), BoxInt(1<<32-1)), 3},
		{ErlangAdler32Combine3(nil, BoxInt(123456789), BoxInt(987654321), BoxInt(77777)), 2669491668},
		{ErlangAdler32Combine3(nil, BoxInt(1), BoxInt(2), BoxInt(3)), 2},
	} {
		if n, _ := IntOf(c.got); n != c.want {
			t.Errorf("got %d, want %d", n, c.want)
		}
	}
	// md5_update's context is BEAM's after a whole block: the RSA code's
	// buffer holds the last 8 bytes, then the rest of the first block.
	s := Str("abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789")
	ctx := ErlangMd5Update2(nil, ErlangMd5Init0(nil), s).(*Binary).Data
	want := "f09695074de165ba9a34234bd49ced044002000000000000" + hex.EncodeToString([]byte("23456789ijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01"))
	if hex.EncodeToString(ctx) != want {
		t.Errorf("md5 context %x, want %s", ctx, want)
	}
	d := ErlangMd5Final1(nil, ErlangMd5Update2(nil, ErlangMd5Update2(nil, ErlangMd5Init0(nil), Str("ab")), Str("c")))
	if got := hex.EncodeToString(d.(*Binary).Data); got != "900150983cd24fb0d6963f7d28e17f72" {
		t.Errorf("md5 of abc by parts: %s", got)
	}
}

// RFC 4493's AES-CMAC examples and RFC 8439's Poly1305 example (BEAM gives
// the same).
func TestCryptoCmacPoly1305(t *testing.T) {
	key, _ := hex.DecodeString("2b7e151628aed2a6abf7158809cf4f3c")
	msg, _ := hex.DecodeString("6bc1bee22e409f96e93d7e117393172a")
	for _, c := range []struct {
		msg  []byte
		want string
	}{{nil, "bb1d6929e95937287fa37d129b756746"}, {msg, "070a16b46b4d4144f79bdd9dd04a287c"}} {
		got := CryptoMac4(nil, atomCmac, Intern("aes_128_cbc"), NewBinary(key), NewBinary(c.msg)).(*Binary).Data
		if hex.EncodeToString(got) != c.want {
			t.Errorf("cmac %x = %x, want %s", c.msg, got, c.want)
		}
	}
	pkey, _ := hex.DecodeString("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b")
	got := CryptoMac3(nil, atomPoly1305, NewBinary(pkey), Str("Cryptographic Forum Research Group")).(*Binary).Data
	if hex.EncodeToString(got) != "a8061dc1305136c6c22b8baf0c0127a9" {
		t.Errorf("poly1305 = %x", got)
	}
}
