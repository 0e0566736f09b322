package rt

import (
	"strings"
	"testing"
)

// TestCallVectors calls binary, unicode and erlang functions through the
// module registry (as apply/3 would) with the arguments recorded in
// testdata/bits/calls.txt and compares with BEAM's result or exception.
func TestCallVectors(t *testing.T) {
	p := NewProcess()
	rows := readVectors(t, "calls.txt")
	for _, r := range rows {
		m, f := Intern(r[0]), Intern(r[1])
		args, _ := ListToSlice(decodeOrFail(t, unhex(t, r[2])))
		class, wantHex, _ := strings.Cut(r[3], ":")
		want := decodeOrFail(t, unhex(t, wantHex))
		got, exc := Try(func() Term { return Apply(p, m, f, args) })
		call := r[0] + ":" + r[1] + Format(List(args...))
		switch {
		case exc != nil && (class == "ok" || exc.Class.Name() != class || !ExactEqual(exc.Reason, want)):
			t.Errorf("%s raised %s:%s, want %s:%s", call, exc.Class.Name(), Format(exc.Reason), class, Format(want))
		case exc == nil && class != "ok":
			t.Errorf("%s = %s, want %s:%s", call, Format(got), class, Format(want))
		case exc == nil && !ExactEqual(got, want):
			t.Errorf("%s = %s, want %s", call, Format(got), Format(want))
		}
	}
	t.Logf("%d call vectors", len(rows))
}
