package rt

import (
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// Fuzz targets for what reads untrusted bytes. Run one for a while with
//
//	go test ./rt -run '^$' -fuzz FuzzBinaryToTerm -fuzztime 3m
//	go test ./rt -run '^$' -fuzz FuzzMatchBits -fuzztime 3m

// FuzzBinaryToTerm: any input either decodes, and then survives an
// encode/decode round trip unchanged, or is an Erlang badarg; never a Go
// panic.
func FuzzBinaryToTerm(f *testing.F) {
	for _, seed := range etfSeeds() {
		f.Add(seed)
	}
	p0 := NewProcess()
	f.Add(TermToBinary(NewTuple(p0.Self(), MakeRef(), Port{&portCell{id: 3}},
		NewFun(Intern("m"), 1, 2, 1, []Term{BoxInt(Int(7))}, func(p *Process, x Term) Term { return x }))))
	p := NewProcess()
	f.Fuzz(func(t *testing.T, data []byte) {
		v, _, ok := BinaryToTerm(data, false)
		_, exc := Try(func() Term { return ErlangBinaryToTerm1(p, NewBinary(data)) })
		if ok != (exc == nil) {
			t.Fatalf("BinaryToTerm ok=%v but the BIF raised %v", ok, exc)
		}
		if exc != nil && exc.Reason != AtomBadarg {
			t.Fatalf("raised %s, want badarg", Format(exc.Reason))
		}
		if !ok {
			return
		}
		back, _, ok := BinaryToTerm(TermToBinary(v), false)
		if !ok || !ExactEqual(back, v) {
			t.Fatalf("round trip of %s failed", Format(v))
		}
	})
}

// etfSeeds are the encodings in testdata/bits/etf.txt and broken forms of
// some of them.
func etfSeeds() [][]byte {
	raw, err := os.ReadFile("testdata/bits/etf.txt")
	if err != nil {
		return nil
	}
	var seeds [][]byte
	for _, line := range strings.Split(string(raw), "\n") {
		for _, field := range strings.Split(line, "\t")[1:] {
			if _, h, tagged := strings.Cut(field, ":"); tagged {
				field = h
			}
			b, err := hex.DecodeString(field)
			if err != nil || len(b) > 4096 {
				continue
			}
			seeds = append(seeds, b)
			if len(b) > 3 { // truncated and with a flipped length byte
				seeds = append(seeds, b[:len(b)/2])
				c := append([]byte(nil), b...)
				c[2] ^= 0xff
				seeds = append(seeds, c)
			}
		}
	}
	return seeds
}

// tcpHeader is the pattern
//
//	<<SrcPort:16, DstPort:16, Seq:32, Ack:32, Off:4, _:4, Flags:8,
//	  Win:16, Csum:16, Urg:16, Payload/binary>>
//
// written as the code generator emits it. It returns nil for no match.
func tcpHeader(seg Term) []Term {
	m, ok := MatchBits(seg)
	if !ok {
		return nil
	}
	var f [10]Term
	sizes := [9]int{16, 16, 32, 32, 4, 8, 16, 16, 16}
	for i, n := range sizes {
		if f[i], ok = m.Int(n, 0); !ok {
			return nil
		}
		if i == 4 && !m.Skip(4) {
			return nil
		}
	}
	if f[9], ok = m.Rest(8); !ok {
		return nil
	}
	return f[:]
}

// buildTCP is the construction with the same segments.
func buildTCP(f []Term) Term {
	b := NewBits(testProc, 160)
	sizes := [9]int{16, 16, 32, 32, 4, 8, 16, 16, 16}
	for i, n := range sizes {
		b.PutInt(f[i], n, 0)
		if i == 4 {
			b.PutInt(BoxInt(Int(0)), 4, 0)
		}
	}
	b.PutBinary(f[9], -1, 8)
	return b.Done()
}

// FuzzMatchBits runs fixed matcher sequences over random bitstrings: no
// Go panic, and what the TCP pattern matches rebuilds to the same bytes
// (with the reserved bits cleared).
func FuzzMatchBits(f *testing.F) {
	f.Add([]byte{0, 80, 195, 80, 1, 2, 3, 4, 5, 6, 7, 8, 0x50, 0x18, 1, 0, 0xab, 0xcd, 0, 0, 'h', 'i'}, uint8(0))
	f.Add([]byte{0, 80, 195, 80, 1, 2, 3}, uint8(0))
	f.Add([]byte{0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3}, uint8(5))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, uint8(3))
	f.Add([]byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, trail uint8) {
		subject := fuzzBits(data, trail)
		if fields := tcpHeader(subject); fields != nil {
			want := append([]byte(nil), data...)
			want[12] &= 0xf0
			if got := buildTCP(fields).(*Binary); string(got.Data) != string(want) {
				t.Fatalf("rebuilt %x, want %x", got.Data, want)
			}
		}
		fuzzSequences(t, subject)
		fuzzTake(t, subject)
	})
}

// fuzzTake reads the subject in fields of changing sizes, byte orders and
// signedness, from each bit offset 0..7: the unchecked paths the generator
// uses for native fields (Take then GetField, Small) must read what Int
// reads and move as far.
func fuzzTake(t *testing.T, subject *Binary) {
	flags := [4]BitFlags{0, BitLittle, BitSigned, BitLittle | BitSigned}
	for start := 0; start < 8; start++ {
		m, _ := MatchBits(subject)
		if !m.Skip(start) {
			return
		}
		for i := 0; m.Left() > 0; i++ {
			n, f := min(m.Left(), 1+(i*7+start)%62), flags[i%4]
			ref, small := m, m
			want, ok := ref.Int(n, f)
			w, ok2 := m.Take(n)
			x, ok3 := small.Small(n, f)
			if !ok || !ok2 || !ok3 || len(w) != (n+7)/8 {
				t.Fatalf("Int/Take/Small(%d) at %d: %v %v %v, %d bytes", n, ref.pos-n, ok, ok2, ok3, len(w))
			}
			if got := GetField(w, 0, n, f); !ExactEqual(BoxInt(got), want) || !ExactEqual(BoxInt(x), want) {
				t.Fatalf("%d bits, flags %d: GetField %d, Small %d, Int %s", n, f, got, x, Format(want))
			}
			if m.pos != ref.pos || small.pos != ref.pos {
				t.Fatalf("Take moved to %d, Small to %d, Int to %d", m.pos, small.pos, ref.pos)
			}
		}
	}
}

// fuzzBits makes a bitstring of data whose last byte keeps trail%8 bits.
func fuzzBits(data []byte, trail uint8) *Binary {
	b := &Binary{Data: data}
	if r := trail % 8; r != 0 && len(data) > 0 {
		b.Data = append([]byte(nil), data...)
		b.Data[len(data)-1] &= byte(0xff << (8 - r))
		b.Trail = r
	}
	return b
}

// fuzzSequences runs other matcher calls over the subject, at odd bit
// offsets, checking what each one consumed.
func fuzzSequences(t *testing.T, subject *Binary) {
	m, _ := MatchBits(subject)
	m.Skip(3)
	for m.Left() > 0 {
		left := m.Left()
		if _, ok := m.UTF8(); !ok {
			if _, ok := m.Int(min(left, 71), BitLittle|BitSigned); !ok {
				t.Fatalf("Int(%d) failed with %d bits left", min(left, 71), left)
			}
		}
		if m.Left() >= left {
			t.Fatal("no progress")
		}
		m.Float(32, BitLittle)
		m.UTF16(0)
		m.UTF32(BitLittle)
		if b, ok := m.Binary(min(m.Left(), 13)); ok && b.(*Binary).BitSize() > 13 {
			t.Fatal("Binary returned too much")
		}
	}
	if !m.AtEnd() {
		t.Fatal("not at the end")
	}
}
