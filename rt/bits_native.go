package rt

// Native integers from the bit syntax. An integer segment of constant size
// up to 62 bits, <<Port:16, Len:8, ...>>, cannot hold a bignum, so the
// generator binds it to a Go variable of type Int instead of a Term, and
// keeps the arithmetic and comparisons over such values in Go as long as
// it can prove, from the segments' sizes, that no result leaves the range
// ±2^62 (translate/gen/bits_native.go). Boxing (BoxInt) happens only where
// a value goes into a Term. These are the calls that code uses:
//
//	w1, ok := m.Take(48)                // <<Port:16, Seq:32, ...>>: one check,
//	Port := rt.Int(binary.BigEndian.Uint16(w1[0:]))   // then plain Go reads
//	Seq := rt.Int(binary.BigEndian.Uint32(w1[2:]))
//	flags := rt.GetField(w1, 3, 5, 0)   // a field not on byte boundaries
//	port, ok := m.Small(16, 0)          // one segment alone
//	n, ok := rt.MatchSizeInt(len, 8)    // Body:Len/binary with Len native
//	b.PutSmall(flags, 8, 0)             // <<Flags:8>> with Flags native
//	sz := rt.ByteSizeInt(msg)           // byte_size(Msg) inside such sums
//	s = rt.AddInts(s, a, b, c)          // S + A + B + C, S any term
//	if !rt.LoopInt(nat1) { ... }        // a loop's native parameter out of range

// MatchSizeInt is MatchSize for a size the generated code holds as an Int.
func MatchSizeInt(s Int, unit int) (int, bool) {
	if s < 0 || s > maxBits/Int(max(unit, 1)) {
		return 0, false
	}
	return int(s) * unit, true
}

// PutSmall appends the native integer x as a size-bit field; it is PutInt
// without the type test and without boxing x.
func (b *Bits) PutSmall(x Int, size int, f BitFlags) {
	if size == 8 && b.n&7 == 0 && len(b.buf) < cap(b.buf) { // inline
		b.buf = append(b.buf, byte(x))
		b.n += 8
		return
	}
	b.putNative(x, size, f)
}

func (b *Bits) putNative(x Int, size int, f BitFlags) {
	if size >= 0 && size <= 64 {
		b.putSmall(uint64(x), size, f.little())
		return
	}
	b.putInt(BoxInt(x), size, f)
}

// ByteSizeInt is byte_size(T) as an Int, for native arithmetic;
// error:badarg unless T is a bitstring.
func ByteSizeInt(t Term) Int {
	if b, ok := t.(*Binary); ok {
		return Int(len(b.Data))
	}
	BIFBadarg("byte_size", t)
	return 0
}

// BitSizeInt is bit_size(T) as an Int (see ByteSizeInt).
func BitSizeInt(t Term) Int {
	if b, ok := t.(*Binary); ok {
		return Int(b.BitSize())
	}
	BIFBadarg("bit_size", t)
	return 0
}

// AddInts is ((A + X1) + X2) + ... for native integers |Xi| < 2^62, the
// shape S + A + B + C takes when only S is a Term. When A is an integer
// the sum is exact in any order, so it is computed in Go and boxed once;
// otherwise (a float, a bignum, a non-number) each step is an Add, in
// order, as Erlang rounds and raises.
func AddInts(a Term, xs ...Int) Term {
	s, ok := IntOf(a)
	if !ok {
		return addEach(a, xs)
	}
	for i, y := range xs {
		t := s + y
		if (t^s)&(t^y) < 0 { // overflow: the rest as bignums
			return addEach(Add(BoxInt(s), BoxInt(y)), xs[i+1:])
		}
		s = t
	}
	return BoxInt(s)
}

func addEach(a Term, xs []Int) Term {
	for _, y := range xs {
		a = Add(a, BoxInt(y))
	}
	return a
}

// LoopInt reports whether x lies within ±2^52, the range in which a loop
// holds an integer parameter natively (translate/gen/native_loop.go): the
// loop's arithmetic on such values (sums, products with constants below
// 1024) is proved to stay within ±2^62, the native limit, and a value
// outside sends the loop back to Terms.
func LoopInt(x Int) bool { return uint64(x+1<<52) <= 1<<53 }
