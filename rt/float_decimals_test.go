package rt

import (
	"math"
	"testing"
)

// erl (OTP 25): float_to_list(F, [{decimals, N}]) rounds as BEAM's fast
// path does below 2^53 with at most 18 decimals, and as printf beyond.
func TestFloatDecimalsLikeBEAM(t *testing.T) {
	cases := []struct {
		f    float64
		n    int
		want string
	}{
		{0.015, 2, "0.02"},
		{123.455, 2, "123.45"},
		{5.55, 1, "5.5"},
		{2.675, 2, "2.67"},
		{0.005, 2, "0.01"},
		{2.5, 0, "3"},
		{-0.015, 2, "-0.02"},
		{math.Copysign(0, -1), 2, "-0.00"},
		{1.0e15 + 0.3, 1, "1000000000000000.3"},
		{4000031.676, 16, "4000031.6759999999776483"},
		{2000000.15838, 18, "2000000.158379999920725824"},
		{2000000.15838, 19, "2000000.1583799999207258224"},
		{9007199254740993.0, 2, "9007199254740992.00"},
	}
	for _, c := range cases {
		if got, _ := FloatToListOpts(c.f, c.n, -1, false, false); got != c.want {
			t.Errorf("float_to_list(%v, [{decimals, %d}]) = %s, want %s", c.f, c.n, got, c.want)
		}
	}
}

// erl (OTP 25): abs(-0.0) is -0.0; BEAM negates a float below zero only.
func TestAbsNegativeZero(t *testing.T) {
	if got := Format(Abs(Float(math.Copysign(0, -1)))); got != "-0.0" {
		t.Errorf("abs(-0.0) = %s", got)
	}
	if got := Format(Abs(Float(-2.5))); got != "2.5" {
		t.Errorf("abs(-2.5) = %s", got)
	}
}
