package rt

import (
	"math/big"
	"testing"
)

// ToTerm gives a Small inside [MinSmall, MaxSmall] and a *BigInt outside;
// FromTerm gives an int64 for any integer that fits one, Small or not.
func TestToFromTermIntegers(t *testing.T) {
	for _, x := range []int64{0, -1, 42, MaxSmall, MinSmall, MaxSmall + 1, MinSmall - 1, 1<<63 - 1, -1 << 63} {
		v := ToTerm(x)
		if _, small := v.(Small); small != IsSmall(Int(x)) {
			t.Fatalf("ToTerm(%d) = %#v", x, v)
		}
		if s := Format(v); s != big.NewInt(x).String() {
			t.Fatalf("ToTerm(%d) prints %s", x, s)
		}
		if got, ok := FromTerm(v).(int64); !ok || got != x {
			t.Fatalf("FromTerm(ToTerm(%d)) = %#v", x, FromTerm(v))
		}
		if !ExactEqual(ToTerm(int(x)), v) || !ExactEqual(ToTerm(Int(x)), v) {
			t.Fatalf("ToTerm of int and Int %d differ", x)
		}
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	if got, ok := FromTerm(ToTerm(huge)).(*big.Int); !ok || got.Cmp(huge) != 0 {
		t.Fatalf("FromTerm(2^70) = %#v", FromTerm(ToTerm(huge)))
	}
	etsTerm(t, "[1,4611686018427387904]", ToTerm([]int{1, MaxSmall + 1}))
}

// MatchInt matches a small integer pattern against any term; a *BigInt
// never matches (the generator uses ExactEqual for big patterns).
func TestMatchIntSmall(t *testing.T) {
	cases := []struct {
		t    Term
		n    int
		want bool
	}{
		{BoxInt(5), 5, true}, {BoxInt(5), 6, false}, {Float(5), 5, false}, {Intern("a"), 5, false},
		{BoxInt(MaxSmall), MaxSmall, true}, {BoxInt(MinSmall), MinSmall, true},
		{BoxInt(MaxSmall + 1), MaxSmall, false}, {BoxInt(MinSmall - 1), MinSmall, false},
		{BoxInt(-1), -1, true}, {BoxInt(1 << 62), 0, false},
	}
	for _, c := range cases {
		if got := MatchInt(c.t, c.n); got != c.want {
			t.Errorf("MatchInt(%s, %d) = %v", Format(c.t), c.n, got)
		}
	}
}
