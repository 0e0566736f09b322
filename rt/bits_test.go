package rt

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"math/rand"
	"sync"
	"testing"
	"unicode/utf8"
)

// testProc is the process the bit syntax tests build binaries in.
var testProc = NewProcess()

// appendByte is <<Acc/binary, X>> as the generator emits it.
func appendByte(acc Term, x int) Term {
	return appendByteIn(testProc, acc, x)
}

func appendByteIn(p *Process, acc Term, x int) Term {
	b := NewBits(p, 8)
	b.PutBinary(acc, -1, 8)
	b.PutInt(BoxInt(Int(x)), 8, 0)
	return b.Done()
}

func TestAppendInPlace(t *testing.T) {
	acc := appendByte(NewBinary(nil), 0)
	a1 := appendByte(acc, 1).(*Binary)
	a2 := appendByte(a1, 2).(*Binary)
	if &a1.Data[0] != &a2.Data[0] {
		t.Fatal("the second append copied: want it in place")
	}
	// A second append to a1 must not overwrite a2's last byte.
	b1 := appendByte(a1, 9).(*Binary)
	if !bytes.Equal(a2.Data, []byte{0, 1, 2}) || !bytes.Equal(b1.Data, []byte{0, 1, 9}) {
		t.Fatalf("a2 = %v, b1 = %v", a2.Data, b1.Data)
	}
	if !bytes.Equal(a1.Data, []byte{0, 1}) || cap(a1.Data) != 2 {
		t.Fatalf("a1 = %v cap %d: values must not see spare capacity", a1.Data, cap(a1.Data))
	}
}

// TestAppendNested is <<Acc/binary, (size(<<Acc/binary, 1>>))>>: the
// inner append runs while the outer builder holds Acc's buffer, and must
// copy rather than write where the outer one is writing.
func TestAppendNested(t *testing.T) {
	acc := appendByte(appendByte(NewBinary(nil), 5), 6)
	outer := NewBits(testProc, 8)
	outer.PutBinary(acc, -1, 8)
	inner := appendByte(acc, 1).(*Binary)
	outer.PutInt(BoxInt(Int(len(inner.Data))), 8, 0)
	got := outer.Done().(*Binary)
	if !bytes.Equal(got.Data, []byte{5, 6, 3}) || !bytes.Equal(inner.Data, []byte{5, 6, 1}) {
		t.Fatalf("outer %v, inner %v", got.Data, inner.Data)
	}
}

func TestAppendManyAmortised(t *testing.T) {
	var acc Term = NewBinary(nil)
	buffers := map[*byte]bool{}
	for i := 0; i < 100000; i++ {
		acc = appendByte(acc, i)
		buffers[&acc.(*Binary).Data[0]] = true
	}
	if n := len(buffers); n > 40 { // doubling: about log2(100000) buffers
		t.Fatalf("%d buffers for 100000 appends: not amortised", n)
	}
	data := acc.(*Binary).Data
	for i, c := range data {
		if c != byte(i) {
			t.Fatalf("byte %d = %d", i, c)
		}
	}
}

// TestAppendOtherProcesses appends to one value from processes running
// at once: the owner may extend it in place, the others copy, and none
// sees another's byte (run with -race).
func TestAppendOtherProcesses(t *testing.T) {
	base := appendByte(appendByte(NewBinary(nil), 7), 7)
	var wg sync.WaitGroup
	results := make([]*Binary, 16)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := testProc // process 0 is the owner
			if g > 0 {
				p = NewProcess()
			}
			results[g] = appendByteIn(p, base, g).(*Binary)
		}()
	}
	wg.Wait()
	if &results[0].Data[0] != &base.(*Binary).Data[0] {
		t.Error("the owner's append copied")
	}
	for g, r := range results {
		if !bytes.Equal(r.Data, []byte{7, 7, byte(g)}) {
			t.Errorf("goroutine %d got %v", g, r.Data)
		}
	}
}

func TestAppendBitstringCopies(t *testing.T) {
	b := NewBits(testProc, 0)
	b.PutInt(BoxInt(Int(1)), 3, 0)
	acc := b.Done()
	for i := 0; i < 10; i++ {
		nb := NewBits(testProc, 0)
		nb.PutBinary(acc, -1, 1)
		nb.PutInt(BoxInt(Int(1)), 1, 0)
		acc = nb.Done()
	}
	got := acc.(*Binary)
	if got.BitSize() != 13 || !bytes.Equal(got.Data, []byte{0x3f, 0xf8}) {
		t.Fatalf("got %v / %d", got.Data, got.BitSize())
	}
}

func TestSubBinariesShare(t *testing.T) {
	subject := NewBinary([]byte{1, 2, 3, 4, 5})
	m, _ := MatchBits(subject)
	head, _ := m.Binary(16)
	rest, _ := m.Rest(8)
	if &head.(*Binary).Data[0] != &subject.Data[0] || &rest.(*Binary).Data[0] != &subject.Data[2] {
		t.Fatal("byte-aligned parts must share the subject's bytes")
	}
	if cap(head.(*Binary).Data) != 2 {
		t.Fatal("a part must not see the bytes after it")
	}
	m2, _ := MatchBits(subject)
	if r, _ := m2.Rest(1); r != Term(subject) {
		t.Fatal("the whole subject should come back as itself")
	}
}

func TestUnalignedPartsZeroFreeBits(t *testing.T) {
	subject := NewBinary([]byte{0xff, 0xff, 0xff})
	m, _ := MatchBits(subject)
	m.Skip(3)
	part, _ := m.Binary(10)
	b := part.(*Binary)
	if b.BitSize() != 10 || b.Data[1] != 0xc0 {
		t.Fatalf("part = %x / %d: free bits must be zero", b.Data, b.BitSize())
	}
	if !ExactEqual(part, &Binary{Data: []byte{0xff, 0xc0}, Trail: 2}) {
		t.Fatal("part is not <<255, 3:2>>")
	}
}

func TestSegSize(t *testing.T) {
	if SegSize(BoxInt(Int(3)), 8) != 24 {
		t.Fatal("SegSize(3, 8)")
	}
	for _, bad := range []Term{BoxInt(Int(-1)), Intern("a"), Float(1)} {
		if _, exc := Try(func() Term { return BoxInt(Int(SegSize(bad, 1))) }); exc == nil || exc.Reason != AtomBadarg {
			t.Errorf("SegSize(%s) should raise badarg", Format(bad))
		}
	}
	if _, exc := Try(func() Term { return BoxInt(Int(SegSize(ParseInt("1180591620717411303424"), 1))) }); exc == nil || exc.Reason != AtomSystemLimit {
		t.Error("a bignum size should raise system_limit")
	}
	if _, ok := MatchSize(BoxInt(Int(-1)), 1); ok {
		t.Error("MatchSize(-1)")
	}
}

func TestFloat16RoundTrip(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f, ok := float16value(uint16(h))
		if !ok {
			continue
		}
		if back := float16bits(f); back != uint16(h) {
			t.Fatalf("half %04x -> %v -> %04x", h, f, back)
		}
	}
}

// TestBitstringOrder checks the term order of bitstrings as BEAM has it:
// byte by byte, the free bits ignored, then by size
// (<<1:1>> > <<0,1>>, <<0:1>> < <<0>>, <<>> < <<0:1>>).
func TestBitstringOrder(t *testing.T) {
	bits := func(x uint64, n int) Term {
		b := NewBits(testProc, n)
		b.PutInt(BoxInt(Int(x)), n, 0)
		return b.Done()
	}
	cases := []struct {
		a, b Term
		want int
	}{
		{bits(1, 1), bits(1, 16), 1},
		{bits(0, 1), bits(0, 8), -1},
		{bits(0, 0), bits(0, 1), -1},
		{bits(0x1ff, 9), bits(0xff, 8), 1},
		{bits(0x1fe, 9), bits(0x1ff, 9), -1},
		{bits(5, 3), bits(5, 3), 0},
	}
	for _, c := range cases {
		if got := Compare(c.a, c.b); got != c.want {
			t.Errorf("compare(%s, %s) = %d, want %d", Format(c.a), Format(c.b), got, c.want)
		}
	}
}

// refField reads n bits at bit position pos one bit at a time, as the
// reference for the matcher: BEAM's layout, whole bytes first in little
// endian and the short remainder as the most significant part.
func refField(data []byte, pos, n int, little, signed bool) Term {
	bit := func(i int) int64 { return int64(data[i/8]>>(7-i%8)) & 1 }
	x := new(big.Int)
	if !little {
		for i := 0; i < n; i++ {
			x.Lsh(x, 1).Or(x, big.NewInt(bit(pos+i)))
		}
	} else {
		for k := 0; k*8 < n; k++ { // group k: bits 8k.. of the field
			w := min(8, n-8*k)
			g := int64(0)
			for i := 0; i < w; i++ {
				g = g<<1 | bit(pos+8*k+i)
			}
			x.Or(x, new(big.Int).Lsh(big.NewInt(g), uint(8*k)))
		}
	}
	if signed && n > 0 && x.Bit(n-1) == 1 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(n)))
	}
	return IntFromBig(x)
}

// TestIntFieldsAgainstReference reads and writes integer fields of random
// sizes at random offsets in every byte order and sign, comparing with the
// bit-by-bit reference and checking that writing a value back gives the
// same bits.
func TestIntFieldsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for iter := 0; iter < 20000; iter++ {
		data := make([]byte, 24)
		rng.Read(data)
		subject := NewBinary(data)
		pos, n := rng.Intn(40), rng.Intn(150)
		f := BitFlags(rng.Intn(4)) // signed and/or little
		m, _ := MatchBits(subject)
		m.Skip(pos)
		got, ok := m.Int(n, f)
		want := refField(data, pos, n, f&BitLittle != 0, f&BitSigned != 0)
		if !ok || !ExactEqual(got, want) {
			t.Fatalf("Int(%d, %d) at %d of %x = %v, want %s", n, f, pos, data, got, Format(want))
		}
		b := NewBits(testProc, 0)
		b.PutInt(BoxInt(Int(0)), pos, 0)
		b.PutInt(got, n, f)
		m2, _ := MatchBits(b.Done())
		m2.Skip(pos)
		if back, _ := m2.Int(n, f); !ExactEqual(back, got) {
			t.Fatalf("PutInt(%s, %d, %d) read back as %s", Format(got), n, f, Format(back))
		}
	}
}

// TestIntFieldsSmallLimit reads and writes 62- to 64-bit fields around
// the limits of a Small (2^62) and of int64: a value is a Small exactly
// when it lies in [MinSmall, MaxSmall], else a *BigInt, and writing either
// back gives the same bits.
func TestIntFieldsSmallLimit(t *testing.T) {
	for _, w := range []uint64{0, 1, 1<<61 - 1, 1 << 61, 1<<62 - 1, 1 << 62, 1<<62 + 1, 1<<63 - 1, 1 << 63,
		1<<63 + 1<<62, 1<<63 + 1<<62 - 1, 3 << 62, 1<<64 - 1} {
		for _, n := range []int{62, 63, 64} {
			for f := BitFlags(0); f < 4; f++ {
				if f&BitLittle != 0 && n%8 != 0 {
					continue // the layout of short little-endian fields is tested against the reference
				}
				var data [8]byte
				if f&BitLittle != 0 {
					binary.LittleEndian.PutUint64(data[:], w)
				} else {
					binary.BigEndian.PutUint64(data[:], w<<(64-n))
				}
				subject := NewBitstring(data[:(n+7)/8], n)
				x := new(big.Int).SetUint64(w)
				if n < 64 {
					x.SetUint64(w & (1<<n - 1))
				}
				if f&BitSigned != 0 && x.Bit(n-1) == 1 {
					x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(n)))
				}
				m, _ := MatchBits(subject)
				got, ok := m.Int(n, f)
				v, small := IntOf(got)
				inRange := x.IsInt64() && x.Int64() >= MinSmall && x.Int64() <= MaxSmall
				switch {
				case !ok || small != inRange:
					t.Fatalf("Int(%d, %d) of %x = %#v (small %v), want %s", n, f, w, got, small, x)
				case small && int64(v) != x.Int64():
					t.Fatalf("Int(%d, %d) of %x = %d, want %s", n, f, w, v, x)
				case !small && got.(*BigInt).v.Cmp(x) != 0:
					t.Fatalf("Int(%d, %d) of %x = %s, want %s", n, f, w, Format(got), x)
				}
				b := NewBits(testProc, 0)
				b.PutInt(got, n, f)
				if back := b.Done().(*Binary); !bytes.Equal(back.Data, subject.Data) {
					t.Fatalf("PutInt(%s, %d, %d) = %x, want %x", Format(got), n, f, back.Data, subject.Data)
				}
			}
		}
	}
	if _, exc := Try(func() Term { return BoxInt(Int(SegSize(BoxInt(MaxSmall+1), 1))) }); exc == nil || exc.Reason != AtomSystemLimit {
		t.Error("a size of 2^62 should raise system_limit")
	}
	if _, ok := MatchSize(BoxInt(MaxSmall+1), 1); ok {
		t.Error("MatchSize(2^62)")
	}
}

// TestUTF8AgainstGo compares the matcher's and unicode's UTF-8 decoders
// with Go's on random byte strings biased towards multi-byte sequences.
func TestUTF8AgainstGo(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for iter := 0; iter < 200000; iter++ {
		p := make([]byte, 1+rng.Intn(4))
		for i := range p {
			p[i] = byte(rng.Intn(256)) | byte(rng.Intn(2))<<7
		}
		r, size := utf8.DecodeRune(p)
		goOK := !(r == utf8.RuneError && size <= 1)
		m, _ := MatchBits(NewBinary(p))
		v, ok := m.UTF8()
		if ok != goOK || (ok && (v != Term(BoxInt(Int(r))) || m.Left() != 8*(len(p)-size))) {
			t.Fatalf("UTF8() on %x = %v, %v; Go says %U, %d", p, v, ok, r, size)
		}
		cp, n := decodeUTF8(p)
		switch {
		case n > 0 && (!goOK || cp != r || n != size):
			t.Fatalf("decodeUTF8(%x) = %U, %d; Go says %U, %d", p, cp, n, r, size)
		case n == 0 && utf8.FullRune(p):
			t.Fatalf("decodeUTF8(%x) says incomplete", p)
		case n < 0 && goOK:
			t.Fatalf("decodeUTF8(%x) rejects %U", p, r)
		}
	}
}

// TestTailStandsForRest checks that a matcher after Tail matches like
// MatchBits(Rest) and that Bits makes that Rest.
func TestTailStandsForRest(t *testing.T) {
	subject := NewBitstring([]byte{1, 2, 3, 0x80}, 25)
	m, _ := MatchBits(subject)
	m.Int(8, 0)
	if m.Tail(8) {
		t.Fatal("25-8 bits are not whole bytes")
	}
	if !m.Tail(1) {
		t.Fatal("Tail(1) always fits")
	}
	rest := m.Bits()
	want := NewBitstring([]byte{2, 3, 0x80}, 17)
	if !ExactEqual(rest, want) || &rest.(*Binary).Data[0] != &subject.Data[1] {
		t.Fatalf("Bits() = %s, want %s sharing the subject", Format(rest), Format(want))
	}
	fresh, _ := MatchBits(rest)
	for _, n := range []int{3, 9, 5} {
		a, _ := m.Int(n, BitSigned)
		b, _ := fresh.Int(n, BitSigned)
		if !ExactEqual(a, b) {
			t.Fatalf("Int(%d): %s after Tail, %s from MatchBits(Rest)", n, Format(a), Format(b))
		}
	}
	if !m.AtEnd() || !fresh.AtEnd() {
		t.Fatal("both should be at the end")
	}
}
