package gen_test

import (
	"strings"
	"testing"
)

// genModule translates src and returns the module's Go source.
func genModule(t *testing.T, src string) string {
	t.Helper()
	files, errs := translateSrc(t, "-module(m).\n-export([f/0, f/1, f/2]).\n"+src)
	if errs.HasErrors() {
		t.Fatalf("%v", errs)
	}
	for _, f := range files {
		if f.Name == "m.erl.go" {
			return string(f.Src)
		}
	}
	t.Fatal("no m.erl.go")
	return ""
}

// The shape of the Go made for the bit syntax: what must and must not
// appear in it.
func TestBitsShape(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want, not []string
	}{
		{"literals are encoded once",
			"f() -> {<<\"GET \">>, <<1:1, 2:3>>, <<>>, <<1.5:32/float>>}.\nf(_) -> 0.\nf(_, _) -> 0.\n",
			[]string{`rt.NewBinary([]byte("GET "))`, "rt.NewBitstring([]byte{160}, 4)", "rt.NewBinary(nil)", "rt.NewBinary([]byte{63, 192, 0, 0})"},
			[]string{"rt.NewBits(p"}},
		{"native order is left to the run time",
			"f() -> <<1:16/native>>.\nf(_) -> 0.\nf(_, _) -> 0.\n",
			[]string{"b1.PutInt(rt.Int(1), 16, rt.BitNative)"}, nil},
		{"a loop carries its binary as a matcher",
			"f() -> 0.\nf(_) -> 0.\nf(<<X, Rest/binary>>, N) -> f(Rest, N + X);\nf(<<>>, N) -> N.\n",
			[]string{"bm1, isBits1 := rt.MatchBits(a1)", "m1, ok := bm1, isBits1", "!m1.Tail(8)", "bm1, N = m1,", "a1 = bm1.Bits()"},
			[]string{".Rest(8)"}},
		{"a clause that takes the binary whole gets it back as a term",
			"f() -> 0.\nf(_) -> 0.\nf(<<X, Rest/binary>>, N) -> f(Rest, N + X);\nf(Rest, N) -> {Rest, N}.\n",
			[]string{"bm1, N = m1,", "if isBits1 {\n\t\t\ta1 = bm1.Bits()\n\t\t}\n\t\tRest := a1"}, []string{".Rest(8)"}},
		{"a rest that is also a value is a term",
			"f() -> 0.\nf(_) -> 0.\nf(<<X, Rest/binary>>, N) when byte_size(Rest) > 2 -> f(Rest, N + X);\nf(_, N) -> N.\n",
			[]string{"m1.Rest(8)"}, []string{"bm1", "Tail("}},
		{"segment variables bind directly",
			"f() -> 0.\nf(B) -> <<Port:16, Len:8, Body:Len/binary>> = B, {Port, Body}.\nf(_, _) -> 0.\n",
			[]string{"Port, ok := m1.Int(16, 0)", "n1, ok := rt.MatchSize(Len, 8)", "Body, ok := m1.Binary(n1)", "!m1.AtEnd()"}, nil},
	} {
		src := genModule(t, tc.src)
		for _, w := range tc.want {
			if !strings.Contains(src, w) {
				t.Errorf("%s: no %q in\n%s", tc.name, w, src)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(src, n) {
				t.Errorf("%s: %q in\n%s", tc.name, n, src)
			}
		}
	}
}
