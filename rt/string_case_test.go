package rt

import "testing"

// The expected values were printed by BEAM (OTP 25, Unicode 14) with ~w.
func TestStringFullCaseMapping(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{"string:uppercase([64257, 329, 496, 912])", "[70,73,700,78,74,780,921,776,769]"},
		{"string:uppercase([97, 769, 223])", "[65,769,83,83]"},
		{"string:uppercase(unicode:characters_to_binary([223,120]))", "<<83,83,88>>"},
		{"string:lowercase([304, 931, 8490, 8072])", "[105,775,963,107,8064]"},
		{"string:titlecase([223, 223])", "[83,115,223]"},
		{"string:titlecase([454, 1415])", "[453,1415]"},
		{"string:titlecase([1415])", "[1333,1410]"},
		{"string:casefold([223, 304, 383, 8064, 962, 837])", "[115,115,105,775,115,7936,953,963,953]"},
		{"string:casefold([5024, 43888, 305, 8490])", "[5024,5024,305,107]"},
		{"string:equal(\"STRASSE\", [115,116,114,97,223,101], true)", "true"},
	} {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// string:to_integer and to_float return {error, badarg} for what is not
// chardata, as OTP does (its catch-all); values printed by BEAM.
func TestStringToNumberBadarg(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{"string:to_integer(foo)", "{error,badarg}"},
		{"string:to_float(foo)", "{error,badarg}"},
		{"string:to_integer([49,foo])", "{error,badarg}"},
		{"string:to_integer(erlang:list_to_binary([255]))", "{error,badarg}"},
		{"string:to_integer(\"+3x\")", "{3,[120]}"},
		{"string:to_float(\"1.5e3z\")", "{1.5e3,[122]}"},
	} {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
