package rt

import (
	"math"
	"runtime"
	"testing"
)

func TestBoxIntRange(t *testing.T) {
	for _, x := range []Int{0, 1, -1, 255, 256, -1025, 32768, 1 << 40, MinSmall, MaxSmall, MinSmall + 1, MaxSmall - 1} {
		v, ok := IntOf(BoxInt(x))
		if !ok || v != x {
			t.Errorf("IntOf(BoxInt(%d)) = %d, %v", x, v, ok)
		}
		if BoxInt(x) != BoxInt(x) {
			t.Errorf("BoxInt(%d) twice differs", x)
		}
	}
	for _, x := range []Int{MaxSmall + 1, MinSmall - 1, math.MaxInt64, math.MinInt64} {
		b, ok := BoxInt(x).(*BigInt)
		if !ok || !b.Big().IsInt64() || b.Big().Int64() != int64(x) {
			t.Errorf("BoxInt(%d) = %#v, want a *BigInt of it", x, BoxInt(x))
		}
		if _, ok := IntOf(b); ok {
			t.Errorf("IntOf(BoxInt(%d)) reads a *BigInt as small", x)
		}
	}
	if IntFromBig(BoxInt(MaxSmall+1).(*BigInt).Big()) == nil {
		t.Fatal("no term")
	}
	if _, ok := IntOf(Float(1)); ok {
		t.Error("IntOf(1.0) is small")
	}
}

// Smalls stored in heap cells and Go maps survive collections: the
// collector ignores their words, which point at no Go memory.
func TestSmallsSurviveGC(t *testing.T) {
	p := NewProcess()
	var keep []Term
	for round := 0; round < 50; round++ {
		var b ListBuilder
		for _, base := range []Int{MinSmall, -5000, MaxSmall - 5000} {
			for i := Int(0); i < 5000; i++ {
				b = b.Push(p, BoxInt(base+i))
			}
		}
		keep = append(keep, b.List())
		if len(keep) > 3 {
			keep = keep[1:]
		}
		runtime.GC()
	}
	m := map[Term]int{}
	for i := Int(0); i < 1000; i++ {
		m[BoxInt(i*1e12)] = int(i)
	}
	runtime.GC()
	for i := Int(0); i < 1000; i++ {
		if m[BoxInt(i*1e12)] != int(i) {
			t.Fatalf("map key %d lost", i*1e12)
		}
	}
	n := 0
	for c := Cells(keep[0]); c != nil; c = Cells(c.Tail) {
		want := []Int{MinSmall, -5000, MaxSmall - 5000}[n/5000] + Int(n%5000)
		if v, ok := IntOf(c.Head); !ok || v != want {
			t.Fatalf("element %d = %v, want %d", n, c.Head, want)
		}
		n++
	}
	if n != 15000 {
		t.Fatalf("%d elements", n)
	}
}
