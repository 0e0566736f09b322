package rt

import "testing"

// raised runs f and returns the reason of the error it raises, or nil.
func raised(f func() Term) (v Term, reason Term) {
	v, e := Try(f)
	if e != nil {
		return nil, e.Reason
	}
	return v, nil
}

func TestArith(t *testing.T) {
	i := func(s string) Term { return ParseInt(s) }
	two64 := i("18446744073709551616")
	two70 := i("1180591620717411303424")
	two80 := i("1208925819614629174706176")
	two62 := i("4611686018427387904") // MaxSmall + 1, the least positive *BigInt
	// Expected values from erl (OTP 25): each comment is the expression.
	tests := []struct {
		name string
		f    func() Term
		want Term // an atom means error:Atom
	}{
		{"-7 div 2", func() Term { return IntDiv(BoxInt(-7), BoxInt(2)) }, BoxInt(-3)},
		{"-7 rem 2", func() Term { return Rem(BoxInt(-7), BoxInt(2)) }, BoxInt(-1)},
		{"7 rem -2", func() Term { return Rem(BoxInt(7), BoxInt(-2)) }, BoxInt(1)},
		{"-7 bsr 1", func() Term { return Bsr(BoxInt(-7), BoxInt(1)) }, BoxInt(-4)},
		{"-1 bsr 100", func() Term { return Bsr(BoxInt(-1), BoxInt(100)) }, BoxInt(-1)},
		{"1 bsl -1", func() Term { return Bsl(BoxInt(1), BoxInt(-1)) }, BoxInt(0)},
		{"-8 bsl -2", func() Term { return Bsl(BoxInt(-8), BoxInt(-2)) }, BoxInt(-2)},
		{"1 bsl 64", func() Term { return Bsl(BoxInt(1), BoxInt(64)) }, two64},
		{"(1 bsl 64) bsr 63", func() Term { return Bsr(two64, BoxInt(63)) }, BoxInt(2)},
		{"-(1 bsl 64) bsr 200", func() Term { return Bsr(Neg(two64), BoxInt(200)) }, BoxInt(-1)},
		{"1 bsl 100000000000", func() Term { return Bsl(BoxInt(1), BoxInt(100000000000)) }, AtomSystemLimit},
		{"1.0e308*10", func() Term { return Mul(Float(1e308), BoxInt(10)) }, AtomBadarith},
		{"1/0", func() Term { return FDiv(BoxInt(1), BoxInt(0)) }, AtomBadarith},
		{"1.0/0.0", func() Term { return FDiv(Float(1), Float(0)) }, AtomBadarith},
		{"0.0/0.0", func() Term { return FDiv(Float(0), Float(0)) }, AtomBadarith},
		{"1 div 0", func() Term { return IntDiv(BoxInt(1), BoxInt(0)) }, AtomBadarith},
		{"1 rem 0", func() Term { return Rem(BoxInt(1), BoxInt(0)) }, AtomBadarith},
		{"(1 bsl 1100) / 2", func() Term { return FDiv(Bsl(BoxInt(1), BoxInt(1100)), BoxInt(2)) }, AtomBadarith},
		{"9223372036854775807 + 1", func() Term { return Add(BoxInt(9223372036854775807), BoxInt(1)) }, i("9223372036854775808")},
		{"-9223372036854775808 - 1", func() Term { return Sub(BoxInt(-9223372036854775808), BoxInt(1)) }, i("-9223372036854775809")},
		{"-9223372036854775808 div -1", func() Term { return IntDiv(BoxInt(-9223372036854775808), BoxInt(-1)) }, i("9223372036854775808")},
		{"bnot 5", func() Term { return Bnot(BoxInt(5)) }, BoxInt(-6)},
		{"bnot (1 bsl 70)", func() Term { return Bnot(two70) }, i("-1180591620717411303425")},
		{"-(1 bsl 70) band 16#ffff", func() Term { return Band(Neg(two70), BoxInt(0xffff)) }, BoxInt(0)},
		{"(1 bsl 70) bor -1", func() Term { return Bor(two70, BoxInt(-1)) }, BoxInt(-1)},
		{"-(1 bsl 70) bxor 12345", func() Term { return Bxor(Neg(two70), BoxInt(12345)) }, i("-1180591620717411291079")},
		{"1.5 band 1", func() Term { return Band(Float(1.5), BoxInt(1)) }, AtomBadarith},
		{"a + 1", func() Term { return Add(Intern("a"), BoxInt(1)) }, AtomBadarith},
		{"- a", func() Term { return Neg(Intern("a")) }, AtomBadarith},
		{"+ a", func() Term { return Plus(Intern("a")) }, AtomBadarith},
		{"3.0 div 2", func() Term { return IntDiv(Float(3), BoxInt(2)) }, AtomBadarith},
		{"(1 bsl 80) rem -7", func() Term { return Rem(two80, BoxInt(-7)) }, BoxInt(4)},
		{"-(1 bsl 80) div 7", func() Term { return IntDiv(Neg(two80), BoxInt(7)) }, i("-172703688516375596386596")},
		{"-(1 bsl 80) rem 7", func() Term { return Rem(Neg(two80), BoxInt(7)) }, BoxInt(-4)},
		{"2.0 * (1 bsl 1023)", func() Term { return Mul(Float(2), Bsl(BoxInt(1), BoxInt(1023))) }, AtomBadarith},
		{"0.1 + 0.2", func() Term { return Add(Float(0.1), Float(0.2)) }, Float(0.30000000000000004)},
		{"5 / 2", func() Term { return FDiv(BoxInt(5), BoxInt(2)) }, Float(2.5)},
		{"1 bsl 63", func() Term { return Bsl(BoxInt(1), BoxInt(63)) }, i("9223372036854775808")},
		{"123456789123 * 987654321987", func() Term { return Mul(BoxInt(123456789123), BoxInt(987654321987)) }, i("121932631355968601347401")},
		{"100000000000000000000 + 0.5", func() Term { return Add(i("100000000000000000000"), Float(0.5)) }, Float(1e20)},
		{"(1 bsl 64) - (1 bsl 64)", func() Term { return Sub(two64, two64) }, BoxInt(0)},
		// At the edges of the small range, [-2^62, 2^62): each result must
		// be a Small inside it and a *BigInt outside (checked below).
		{"S + 1", func() Term { return Add(BoxInt(MaxSmall), BoxInt(1)) }, two62},
		{"M - 1", func() Term { return Sub(two62, BoxInt(1)) }, BoxInt(MaxSmall)},
		{"-M", func() Term { return Neg(two62) }, BoxInt(MinSmall)},
		{"-(-M)", func() Term { return Neg(BoxInt(MinSmall)) }, two62},
		{"N - 1", func() Term { return Sub(BoxInt(MinSmall), BoxInt(1)) }, i("-4611686018427387905")},
		{"abs(N)", func() Term { return Abs(BoxInt(MinSmall)) }, two62},
		{"abs(-M - 1)", func() Term { return Abs(i("-4611686018427387905")) }, i("4611686018427387905")},
		{"N div -1", func() Term { return IntDiv(BoxInt(MinSmall), BoxInt(-1)) }, two62},
		{"N rem -1", func() Term { return Rem(BoxInt(MinSmall), BoxInt(-1)) }, BoxInt(0)},
		{"M div 2", func() Term { return IntDiv(two62, BoxInt(2)) }, BoxInt(1 << 61)},
		{"bnot S", func() Term { return Bnot(BoxInt(MaxSmall)) }, BoxInt(MinSmall)},
		{"bnot N", func() Term { return Bnot(BoxInt(MinSmall)) }, BoxInt(MaxSmall)},
		{"bnot M", func() Term { return Bnot(two62) }, i("-4611686018427387905")},
		{"1 bsl 62", func() Term { return Bsl(BoxInt(1), BoxInt(62)) }, two62},
		{"S bsl 1", func() Term { return Bsl(BoxInt(MaxSmall), BoxInt(1)) }, i("9223372036854775806")},
		{"M bsr 1", func() Term { return Bsr(two62, BoxInt(1)) }, BoxInt(1 << 61)},
		{"N bsr 62", func() Term { return Bsr(BoxInt(MinSmall), BoxInt(62)) }, BoxInt(-1)},
		{"(1 bsl 63) - M", func() Term { return Sub(i("9223372036854775808"), two62) }, two62},
		{"(1 bsl 31) * (1 bsl 31)", func() Term { return Mul(BoxInt(1<<31), BoxInt(1<<31)) }, two62},
		{"-(1 bsl 31) * (1 bsl 31)", func() Term { return Mul(BoxInt(-1<<31), BoxInt(1<<31)) }, BoxInt(MinSmall)},
		{"-(1 bsl 31) * -(1 bsl 31)", func() Term { return Mul(BoxInt(-1<<31), BoxInt(-1<<31)) }, two62},
		{"(1 bsl 30) * (1 bsl 31)", func() Term { return Mul(BoxInt(1<<30), BoxInt(1<<31)) }, BoxInt(1 << 61)},
		{"2 * (1 bsl 61)", func() Term { return Mul(BoxInt(2), BoxInt(1<<61)) }, two62},
		{"trunc(4.611686018427388e18)", func() Term { return Trunc(Float(1 << 62)) }, two62},
		{"round(-4.611686018427388e18)", func() Term { return Round(Float(-1 << 62)) }, BoxInt(MinSmall)},
		{"M band S", func() Term { return Band(two62, BoxInt(MaxSmall)) }, BoxInt(0)},
		{"M bor S", func() Term { return Bor(two62, BoxInt(MaxSmall)) }, i("9223372036854775807")},
		{"(-M - 1) band S", func() Term { return Band(i("-4611686018427387905"), BoxInt(MaxSmall)) }, BoxInt(MaxSmall)},
		{"M bxor (M + 1)", func() Term { return Bxor(two62, i("4611686018427387905")) }, BoxInt(1)},
		{"(M + 5) rem 7", func() Term { return Rem(i("4611686018427387909"), BoxInt(7)) }, BoxInt(2)},
		{"S + 0", func() Term { return AddInt(BoxInt(MaxSmall), 0) }, BoxInt(MaxSmall)},
		{"S + 1 (AddInt)", func() Term { return AddInt(BoxInt(MaxSmall), 1) }, two62},
		{"N - 1 (SubInt)", func() Term { return SubInt(BoxInt(MinSmall), 1) }, i("-4611686018427387905")},
		{"M - 1 (SubInt)", func() Term { return SubInt(two62, 1) }, BoxInt(MaxSmall)},
	}
	for _, tt := range tests {
		v, reason := raised(tt.f)
		if a, isAtom := tt.want.(Atom); isAtom {
			if reason != a {
				t.Errorf("%s: got %v (raised %v), want error:%s", tt.name, v, reason, a.Name())
			}
			continue
		}
		if reason != nil || !ExactEqual(v, tt.want) {
			t.Errorf("%s = %v (raised %v), want %v", tt.name, v, reason, tt.want)
		}
		if b, ok := v.(*BigInt); ok && b.v.IsInt64() && IsSmall(Int(b.v.Int64())) {
			t.Errorf("%s: unnormalized big integer", tt.name)
		}
	}
}
