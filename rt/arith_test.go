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
	// Expected values from erl (OTP 25): each comment is the expression.
	tests := []struct {
		name string
		f    func() Term
		want Term // an atom means error:Atom
	}{
		{"-7 div 2", func() Term { return IntDiv(Int(-7), Int(2)) }, Int(-3)},
		{"-7 rem 2", func() Term { return Rem(Int(-7), Int(2)) }, Int(-1)},
		{"7 rem -2", func() Term { return Rem(Int(7), Int(-2)) }, Int(1)},
		{"-7 bsr 1", func() Term { return Bsr(Int(-7), Int(1)) }, Int(-4)},
		{"-1 bsr 100", func() Term { return Bsr(Int(-1), Int(100)) }, Int(-1)},
		{"1 bsl -1", func() Term { return Bsl(Int(1), Int(-1)) }, Int(0)},
		{"-8 bsl -2", func() Term { return Bsl(Int(-8), Int(-2)) }, Int(-2)},
		{"1 bsl 64", func() Term { return Bsl(Int(1), Int(64)) }, two64},
		{"(1 bsl 64) bsr 63", func() Term { return Bsr(two64, Int(63)) }, Int(2)},
		{"-(1 bsl 64) bsr 200", func() Term { return Bsr(Neg(two64), Int(200)) }, Int(-1)},
		{"1 bsl 100000000000", func() Term { return Bsl(Int(1), Int(100000000000)) }, AtomSystemLimit},
		{"1.0e308*10", func() Term { return Mul(Float(1e308), Int(10)) }, AtomBadarith},
		{"1/0", func() Term { return FDiv(Int(1), Int(0)) }, AtomBadarith},
		{"1.0/0.0", func() Term { return FDiv(Float(1), Float(0)) }, AtomBadarith},
		{"0.0/0.0", func() Term { return FDiv(Float(0), Float(0)) }, AtomBadarith},
		{"1 div 0", func() Term { return IntDiv(Int(1), Int(0)) }, AtomBadarith},
		{"1 rem 0", func() Term { return Rem(Int(1), Int(0)) }, AtomBadarith},
		{"(1 bsl 1100) / 2", func() Term { return FDiv(Bsl(Int(1), Int(1100)), Int(2)) }, AtomBadarith},
		{"9223372036854775807 + 1", func() Term { return Add(Int(9223372036854775807), Int(1)) }, i("9223372036854775808")},
		{"-9223372036854775808 - 1", func() Term { return Sub(Int(-9223372036854775808), Int(1)) }, i("-9223372036854775809")},
		{"-9223372036854775808 div -1", func() Term { return IntDiv(Int(-9223372036854775808), Int(-1)) }, i("9223372036854775808")},
		{"bnot 5", func() Term { return Bnot(Int(5)) }, Int(-6)},
		{"bnot (1 bsl 70)", func() Term { return Bnot(two70) }, i("-1180591620717411303425")},
		{"-(1 bsl 70) band 16#ffff", func() Term { return Band(Neg(two70), Int(0xffff)) }, Int(0)},
		{"(1 bsl 70) bor -1", func() Term { return Bor(two70, Int(-1)) }, Int(-1)},
		{"-(1 bsl 70) bxor 12345", func() Term { return Bxor(Neg(two70), Int(12345)) }, i("-1180591620717411291079")},
		{"1.5 band 1", func() Term { return Band(Float(1.5), Int(1)) }, AtomBadarith},
		{"a + 1", func() Term { return Add(Intern("a"), Int(1)) }, AtomBadarith},
		{"- a", func() Term { return Neg(Intern("a")) }, AtomBadarith},
		{"+ a", func() Term { return Plus(Intern("a")) }, AtomBadarith},
		{"3.0 div 2", func() Term { return IntDiv(Float(3), Int(2)) }, AtomBadarith},
		{"(1 bsl 80) rem -7", func() Term { return Rem(two80, Int(-7)) }, Int(4)},
		{"-(1 bsl 80) div 7", func() Term { return IntDiv(Neg(two80), Int(7)) }, i("-172703688516375596386596")},
		{"-(1 bsl 80) rem 7", func() Term { return Rem(Neg(two80), Int(7)) }, Int(-4)},
		{"2.0 * (1 bsl 1023)", func() Term { return Mul(Float(2), Bsl(Int(1), Int(1023))) }, AtomBadarith},
		{"0.1 + 0.2", func() Term { return Add(Float(0.1), Float(0.2)) }, Float(0.30000000000000004)},
		{"5 / 2", func() Term { return FDiv(Int(5), Int(2)) }, Float(2.5)},
		{"1 bsl 63", func() Term { return Bsl(Int(1), Int(63)) }, i("9223372036854775808")},
		{"123456789123 * 987654321987", func() Term { return Mul(Int(123456789123), Int(987654321987)) }, i("121932631355968601347401")},
		{"100000000000000000000 + 0.5", func() Term { return Add(i("100000000000000000000"), Float(0.5)) }, Float(1e20)},
		{"(1 bsl 64) - (1 bsl 64)", func() Term { return Sub(two64, two64) }, Int(0)},
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
		if b, ok := v.(*BigInt); ok && b.v.IsInt64() {
			t.Errorf("%s: unnormalized big integer", tt.name)
		}
	}
}
