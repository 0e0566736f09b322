//go:build unix

package rt

import (
	"math/rand"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user and system CPU time. The benchmarks
// report CPU time per item beside wall time because the machines they run
// on are often shared, and BEAM's figures to compare with are CPU times
// too (statistics(runtime)).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// tcpSegments makes about total bytes of TCP segments: a 20-byte header
// and a payload of 0..1460 bytes each.
func tcpSegments(total int) ([]Term, int) {
	rng := rand.New(rand.NewSource(1))
	var segs []Term
	n := 0
	for n < total {
		seg := make([]byte, 20+rng.Intn(1461))
		rng.Read(seg)
		seg[12] = 0x50 // data offset 5
		segs = append(segs, NewBinary(seg))
		n += len(seg)
	}
	return segs, n
}

// BenchmarkTCPParse10MB matches the TCP header pattern (see tcpHeader's
// comment) against 10 MB of segments per op, in the calls the generator
// emits for it, binding every field and the payload.
func BenchmarkTCPParse10MB(b *testing.B) {
	segs, total := tcpSegments(10 << 20)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		sum := 0
		for _, s := range segs {
			m, ok := MatchBits(s)
			src, ok1 := m.Int(16, 0)
			dst, ok2 := m.Int(16, 0)
			_, ok3 := m.Int(32, 0)
			_, ok4 := m.Int(32, 0)
			off, ok5 := m.Int(4, 0)
			ok6 := m.Skip(4)
			_, ok7 := m.Int(8, 0)
			_, ok8 := m.Int(16, 0)
			_, ok9 := m.Int(16, 0)
			_, ok10 := m.Int(16, 0)
			payload, ok11 := m.Rest(8)
			if !(ok && ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && ok8 && ok9 && ok10 && ok11) {
				b.Fatal("no match")
			}
			sum += int(src.(Small).Int()+dst.(Small).Int()+off.(Small).Int()) + len(payload.(*Binary).Data)
		}
		if sum == 0 {
			b.Fatal(sum)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(segs)), "ns/segment")
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N*len(segs)), "cpu-ns/segment")
}

// BenchmarkAppend1MB builds a 1 MB binary byte by byte as
// Acc1 = <<Acc/binary, X>> compiles.
func BenchmarkAppend1MB(b *testing.B) {
	const size = 1 << 20
	b.SetBytes(size)
	b.ReportAllocs()
	p := NewProcess()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		var acc Term = NewBinary(nil)
		for x := 0; x < size; x++ {
			bb := NewBits(p, 8)
			bb.PutBinary(acc, -1, 8)
			bb.PutInt(BoxInt(Int(x&0xff)), 8, 0)
			acc = bb.Done()
		}
		if len(acc.(*Binary).Data) != size {
			b.Fatal("wrong size")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*size), "ns/append")
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N*size), "cpu-ns/append")
}

// BenchmarkTermToBinary and BenchmarkBinaryToTerm use a mixed term of
// about 10 KB.
func etfBenchTerm() Term {
	elems := make([]Term, 200)
	for i := range elems {
		elems[i] = NewTuple(Intern("item"), BoxInt(Int(i*1000)), Str("name"), NewBinary([]byte("payload")),
			NewMap(Intern("k"), Float(1.5)))
	}
	return List(elems...)
}

func BenchmarkTermToBinary(b *testing.B) {
	t := etfBenchTerm()
	b.SetBytes(int64(len(TermToBinary(t))))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		TermToBinary(t)
	}
}

func BenchmarkBinaryToTerm(b *testing.B) {
	data := TermToBinary(etfBenchTerm())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, ok := BinaryToTerm(data, false); !ok {
			b.Fatal("decode failed")
		}
	}
}

// sumBytes is what the generator emits for
//
//	sum(<<X, Rest/binary>>, N) -> sum(Rest, N + X);
//	sum(<<>>, N) -> N.
//
// Each step makes a sub-binary for Rest; sumBytesTail avoids that.
func sumBytes(bin Term, n int) int {
	for {
		m, _ := MatchBits(bin)
		if x, ok := m.Int(8, 0); ok {
			if rest, ok := m.Rest(8); ok {
				bin, n = rest, n+int(x.(Small).Int())
				continue
			}
		}
		return n
	}
}

// BenchmarkWalk1MB walks a 1 MB binary a byte at a time with sumBytes.
func BenchmarkWalk1MB(b *testing.B) {
	const size = 1 << 20
	data := NewBinary(make([]byte, size))
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		sumBytes(data, 0)
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N*size), "cpu-ns/byte")
}

// sumBytesTail is sumBytes with the matcher carried from one step to the
// next (m.Tail) instead of a sub-binary, as BEAM passes its match context.
func sumBytesTail(bin Term, n int) int {
	m, ok := MatchBits(bin)
	if !ok {
		panic("not a binary")
	}
	for {
		if x, ok := m.Int(8, 0); ok && m.Tail(8) {
			n += int(x.(Small).Int())
			continue
		}
		if m.AtEnd() {
			return n
		}
		panic("function_clause")
	}
}

// BenchmarkWalkTail1MB is BenchmarkWalk1MB with sumBytesTail.
func BenchmarkWalkTail1MB(b *testing.B) {
	const size = 1 << 20
	data := NewBinary(make([]byte, size))
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		sumBytesTail(data, 0)
	}
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N*size), "cpu-ns/byte")
}
