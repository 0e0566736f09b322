package rt

import (
	"crypto/md5"
	"hash/adler32"
	"hash/crc32"
)

// The checksum BIFs over iodata: erlang:md5/1, crc32/1,2 and adler32/1,2
// (the two-argument forms continue from an earlier checksum).

func init() {
	registerModule("erlang", true, []Func{
		Export("md5", 1, ErlangMd51),
		Export("crc32", 1, ErlangCrc321), Export("crc32", 2, ErlangCrc322),
		Export("adler32", 1, ErlangAdler321), Export("adler32", 2, ErlangAdler322),
	})
}

// iodataArg returns the bytes of iodata, raising badarg for fun otherwise.
func iodataArg(t Term, fun string, args ...Term) []byte {
	if b, ok := t.(*Binary); ok && b.Trail == 0 {
		return b.Data
	}
	out, ok := IolistBytes(nil, t)
	if !ok {
		BIFBadarg(fun, args...)
	}
	return out
}

// ErlangMd51 is erlang:md5(Data): the 16-byte MD5 digest.
func ErlangMd51(p *Process, data Term) Term {
	sum := md5.Sum(iodataArg(data, "md5", data))
	return NewBinary(sum[:])
}

// ErlangCrc321 is erlang:crc32(Data): the IEEE CRC-32 of Data.
func ErlangCrc321(p *Process, data Term) Term {
	return BoxInt(Int(crc32.ChecksumIEEE(iodataArg(data, "crc32", data))))
}

// ErlangCrc322 is erlang:crc32(OldCrc, Data): the CRC-32 continued.
func ErlangCrc322(p *Process, old, data Term) Term {
	c, ok := IntOf(old)
	if !ok || c < 0 || c > 0xFFFFFFFF {
		return BIFBadarg("crc32", old, data)
	}
	return BoxInt(Int(crc32.Update(uint32(c), crc32.IEEETable, iodataArg(data, "crc32", old, data))))
}

// ErlangAdler321 is erlang:adler32(Data).
func ErlangAdler321(p *Process, data Term) Term {
	return BoxInt(Int(adler32.Checksum(iodataArg(data, "adler32", data))))
}

// ErlangAdler322 is erlang:adler32(OldAdler, Data): the checksum continued.
func ErlangAdler322(p *Process, old, data Term) Term {
	c, ok := IntOf(old)
	if !ok || c < 0 || c > 0xFFFFFFFF {
		return BIFBadarg("adler32", old, data)
	}
	return BoxInt(Int(adler32Update(uint32(c), iodataArg(data, "adler32", old, data))))
}

// adler32Update continues an Adler-32 checksum (hash/adler32 starts only
// from 1).
func adler32Update(adler uint32, data []byte) uint32 {
	const mod = 65521
	a, b := adler&0xFFFF, adler>>16
	for _, x := range data {
		a = (a + uint32(x)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}
