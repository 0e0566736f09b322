package rt

import (
	"bytes"
	"testing"
)

// TestRunAppendsInPlace is a loop's <<Acc/binary, N:32/little, "ab">> as
// the generator emits it for a native N (one Run, then stores): it writes
// after the accumulator in place, grows by doubling, and leaves the values
// built before untouched.
func TestRunAppendsInPlace(t *testing.T) {
	start := appendByte(NewBinary(nil), 7)
	var acc BitsAcc
	at, mid := start, Term(nil)
	buffers := map[*byte]bool{}
	for n := 0; n < 10000; n++ {
		b := acc.Append(testProc, at, 8)
		w := b.Run(6)
		w[0], w[1], w[2], w[3] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
		w[4], w[5] = 'a', 'b'
		buffers[&b.buf[0]] = true
		if n == 100 {
			mid = acc.Value(&at)
		}
	}
	got := acc.Value(&at).(*Binary)
	if len(got.Data) != 1+6*10000 || len(buffers) > 30 {
		t.Fatalf("%d bytes in %d buffers", len(got.Data), len(buffers))
	}
	for n := 0; n < 10000; n++ {
		if r := got.Data[1+6*n:]; int(r[0])|int(r[1])<<8 != n&0xffff || r[4] != 'a' || r[5] != 'b' {
			t.Fatalf("record %d = %v", n, r[:6])
		}
	}
	if m := mid.(*Binary); len(m.Data) != 1+6*101 || !bytes.Equal(m.Data, got.Data[:len(m.Data)]) {
		t.Fatalf("the value made at step 100 changed: %d bytes", len(m.Data))
	}
	if s := start.(*Binary); len(s.Data) != 1 || s.Data[0] != 7 {
		t.Fatalf("the start changed: %v", s.Data)
	}
}

// TestRunNeedsAByteBoundary: the generator only runs at a known byte
// boundary; anything else is its bug, not Erlang's badarg.
func TestRunNeedsAByteBoundary(t *testing.T) {
	b := NewBits(testProc, 3)
	b.PutInt(BoxInt(Int(1)), 3, 0)
	defer func() {
		if recover() == nil {
			t.Fatal("Run at a partial byte did not panic")
		}
	}()
	b.Run(1)
}
