package rt

import "testing"

// timer's unit conversions; values printed by BEAM.
func TestTimerConversions(t *testing.T) {
	for _, c := range []struct{ expr, want string }{
		{"timer:hms(1, 2, 3)", "3723000"},
		{"timer:hms(0, 0, 0.5)", "500.0"},
		{"timer:hms(a, 1, 2)", "error:badarith"},
		{"timer:now_diff({1, 2, 3}, {0, 1, 999})", "1000000999004"},
		{"timer:now_diff({0, 0, 0}, {1, 0, 0})", "-1000000000000"},
		{"timer:now_diff(a, {1, 0, 0})", "error:function_clause"},
		{"timer:seconds(1.5)", "1.5e3"},
	} {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
