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
			[]string{"b1.PutInt(rt.BoxInt(1), 16, rt.BitNative)"}, nil},
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
		{"segment variables bind directly, as native integers",
			"f() -> 0.\nf(B) -> <<Port:16, Len:8, Body:Len/binary>> = B, {Port, Body}.\nf(_, _) -> 0.\n",
			[]string{"w1, ok := m1.Take(24)", "Port := rt.Int(binary.BigEndian.Uint16(w1[0:]))", "Len := rt.Int(w1[2])",
				"n1 := int(Len) * 8", "Body, ok := m1.Binary(n1)", "!m1.AtEnd()", "rt.NewTuple(rt.BoxInt(Port), Body)"},
			[]string{"MatchSize"}},
		{"a run of fields is one length check",
			"f() -> 0.\nf(<<A:4, 5:4, _:8, B:12/signed, C:4, D:32/little, E:64>>) -> {A, B, C, D, E}.\nf(_, _) -> 0.\n",
			[]string{"m1.Take(64)", "_ = w1[7]", "A := rt.Int(w1[0] >> 4)", "if rt.Int(w1[0]&15) != 5 {",
				"B := rt.GetField(w1, 16, 12, rt.BitSigned)", "C := rt.Int(w1[3] & 15)",
				"D := rt.Int(binary.LittleEndian.Uint32(w1[4:]))", "E, ok := m1.Int(64, 0)"}, nil},
		{"arithmetic over segments stays native while it provably fits (62-bit C + C may not)",
			"f() -> 0.\nf(<<A:16, B:32, C:62>>) when A > 2, B =/= 0 -> {A * B + 1, (A + B) band 255, C + C + C};\nf(_) -> 0.\nf(_, _) -> 0.\n",
			[]string{"(A > 2) && (B != 0)", "rt.BoxInt(A*B+1)", "rt.BoxInt((A+B)&255)",
				"rt.Add(rt.Add(rt.BoxInt(C), rt.BoxInt(C)), rt.BoxInt(C))"}, nil},
		{"natives after a term are added in one step; before it, first",
			"f() -> 0.\nf(_) -> 0.\nf(S, <<A:8, B:8>>) -> {S + A - B, A + B + S, S * A, A < S}.\n",
			[]string{"rt.AddInts(S, A, -B)", "rt.AddInt(S, A+B)", "rt.Mul(S, rt.BoxInt(A))", "rt.GtInt(S, A)"}, nil},
		{"X = Expr over natives is native, and so is a segment built from it",
			"f() -> 0.\nf(<<A:8, B:8>> = X) -> C = A * 256 + B, <<C:16, (byte_size(X)):8>>.\nf(_, _) -> 0.\n",
			[]string{"C := A*256 + B", "x1 := rt.ByteSizeInt(X)", "w2 := b1.Run(3)", "binary.BigEndian.PutUint16(w2[0:], uint16(C))", "w2[2] = byte(x1)"}, nil},
		{"a run of fixed segments is reserved once and stored into; after /bits it is not",
			"f() -> 0.\nf(<<A:8, B:16>>) -> {<<A:32/little, -1:16, \"ab\", (B + 1):64, 7:3>>, <<(A + 1):3, B:16>>}.\nf(_, _) -> 0.\n",
			[]string{"w2 := b1.Run(16)", "_ = w2[15]", "binary.LittleEndian.PutUint32(w2[0:], uint32(A))", "w2[4], w2[5], w2[6], w2[7] = 255, 255, 'a', 'b'",
				"binary.BigEndian.PutUint64(w2[8:], uint64(B+1))", "b1.PutInt(rt.BoxInt(7), 3, 0)",
				"b2.PutSmall(A+1, 3, 0)", "b2.PutSmall(B, 16, 0)"}, nil},
		{"every value is evaluated before the binary is built, as BEAM does",
			"f() -> 0.\nf(A) -> <<A:8, (f()):8, (A + 1):16>>.\nf(_, _) -> 0.\n",
			[]string{"x1 := m_f_0(p)\n\t/*line m.erl:4*/ x2 := rt.AddIntOr(rt.AddIntSmall(A, 1), A, 1)\n\tb1 := rt.NewBits(p, 32)",
				"b1.PutInt(A, 8, 0)", "b1.PutInt(x1, 8, 0)", "b1.PutInt(x2, 16, 0)"}, nil},
		{"a binary of native fields taken apart is shifts and masks",
			"f() -> 0.\nf(<<X:8>>) -> <<A:3, B:5/signed>> = <<X:8>>, {A, B}.\nf(_, _) -> 0.\n",
			[]string{"x1 := X", "A := x1 >> 5", "B := x1 << 59 >> 59"}, []string{"NewBits"}},
		{"a loop's accumulator that is only appended to is carried as a builder",
			"f() -> 0.\nf(_) -> 0.\nf(0, Acc) -> Acc;\nf(N, Acc) when N > 5 -> f(N - 1, Acc);\nf(N, Acc) -> f(N - 1, <<Acc/bits, N:3>>).\n",
			[]string{"var acc2 rt.BitsAcc", "return acc2.Value(&Acc)", "b1 := acc2.Append(p, Acc, 1)", "b1.PutInt(N, 3, 0)"},
			[]string{"Acc = "}},
		{"an accumulator read on the way round is a term",
			"f() -> 0.\nf(_) -> 0.\nf(0, Acc) -> Acc;\nf(N, Acc) -> f(N - 1, <<Acc/bits, (bit_size(Acc)):3>>).\n",
			[]string{"b1.PutBinary(Acc, -1, 1)"}, []string{"BitsAcc"}},
		{"a rest only matched again is not made",
			"f() -> 0.\nf(B) -> <<L:8, P/binary>> = B, <<X:L/binary, _/binary>> = P, X.\nf(_, _) -> 0.\n",
			[]string{"if !m1.Tail(8) {", "m2 := m1", "rt.Badmatch(m1.Bits())", "X, ok := m2.Binary(n1)"}, []string{"m1.Rest("}},
		{"floats are not integers",
			"f() -> 0.\nf(<<A:8>>) when A == 1.0 -> A / 2;\nf(_) -> 0.\nf(_, _) -> 0.\n",
			[]string{"rt.Equal(rt.BoxInt(A), rt.Float(1.0))", "rt.FDiv(rt.BoxInt(A), rt.BoxInt(2))"}, nil},
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
