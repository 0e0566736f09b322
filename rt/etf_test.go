package rt

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// readVectors returns the tab-separated fields of each line of a file
// written by testdata/bits/vectors.escript.
func readVectors(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/bits/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex %q: %v", s, err)
	}
	return b
}

// decodeOrFail is binary_to_term for tests.
func decodeOrFail(t *testing.T, data []byte) Term {
	t.Helper()
	v, _, ok := BinaryToTerm(data, false)
	if !ok {
		t.Fatalf("binary_to_term(%x) failed", data)
	}
	return v
}

// TestETFVectors checks term_to_binary byte for byte against BEAM and
// binary_to_term on BEAM's encodings, plain, compressed and old forms.
func TestETFVectors(t *testing.T) {
	rows := readVectors(t, "etf.txt")
	for _, r := range rows {
		canon := unhex(t, r[1])
		switch r[0] {
		case "exact", "decode":
			v := decodeOrFail(t, canon)
			enc := TermToBinary(v)
			if r[0] == "exact" && !bytes.Equal(enc, canon) {
				t.Errorf("term_to_binary(%s):\n got %x\nwant %x", Format(v), enc, canon)
			}
			if back := decodeOrFail(t, enc); !ExactEqual(back, v) {
				t.Errorf("round trip of %s gave %s", Format(v), Format(back))
			}
			for _, o := range r[2:] {
				tag, h, _ := strings.Cut(o, ":")
				beam := unhex(t, h)
				if w := decodeOrFail(t, beam); !ExactEqual(w, v) {
					t.Errorf("binary_to_term(%s) = %s, want %s", h, Format(w), Format(v))
				}
				checkEncodingOption(t, r[0] == "exact", tag, v, beam)
			}
		case "bytes": // BEAM's reading of odd or broken input, re-encoded
			v, _, ok := BinaryToTerm(canon, false)
			switch {
			case r[2] == "badarg" && ok:
				t.Errorf("binary_to_term(%s) = %s, want badarg", r[1], Format(v))
			case r[2] != "badarg" && !ok:
				t.Errorf("binary_to_term(%s) failed, want %s", r[1], r[2])
			case ok && hex.EncodeToString(TermToBinary(v)) != strings.ToLower(r[2]):
				t.Errorf("binary_to_term(%s) = %s, re-encoded %x, want %s", r[1], Format(v), TermToBinary(v), r[2])
			}
		}
	}
	t.Logf("%d ETF vectors", len(rows))
}

// etfOptionLists are the term_to_binary/2 options of etf.txt's columns
// whose bytes ours must equal (zlib output differs between zlib
// implementations, so compressed ones are only read).
var etfOptionLists = map[string]Term{
	"minor0": List(NewTuple(bitsAtomMinorVersion, BoxInt(Int(0)))),
	"minor2": List(NewTuple(bitsAtomMinorVersion, BoxInt(Int(2)))),
}

func checkEncodingOption(t *testing.T, exact bool, tag string, v Term, beam []byte) {
	t.Helper()
	opts, ok := etfOptionLists[tag]
	if !exact || !ok {
		return
	}
	got := ErlangTermToBinary2(NewProcess(), v, opts).(*Binary).Data
	if !bytes.Equal(got, beam) {
		t.Errorf("term_to_binary(%s, %s):\n got %x\nwant %x", Format(v), Format(opts), got, beam)
	}
}

func TestETFCompressedRoundTrip(t *testing.T) {
	p := NewProcess()
	v := ListWithTail(Nil{}, NewBinary(bytes.Repeat([]byte("ab"), 500)), Str("hello"))
	opts := List(bitsAtomCompressed)
	b := ErlangTermToBinary2(p, v, opts).(*Binary)
	if b.Data[1] != tagCompressed {
		t.Fatalf("not compressed: %x", b.Data[:8])
	}
	if back := ErlangBinaryToTerm1(p, b); !ExactEqual(back, v) {
		t.Fatalf("round trip: %s", Format(back))
	}
}

func TestETFIdentifiersRoundTrip(t *testing.T) {
	p := NewProcess()
	dead := Pid{&pidCell{id: 1 << 40}}
	for _, v := range []Term{p.Self(), MakeRef(), dead, Port{&portCell{id: 77}},
		NewTuple(p.Self(), List(MakeRef()))} {
		back, _, ok := BinaryToTerm(TermToBinary(v), false)
		if !ok || !ExactEqual(back, v) || !Equal(back, v) {
			t.Errorf("round trip of %s gave %v", Format(v), back)
		}
	}
	if back, _, _ := BinaryToTerm(TermToBinary(p.Self()), false); back != Term(p.Self()) {
		t.Error("a live process's pid should come back as its own handle")
	}
	// A pid from BEAM (term_to_binary(self()) in a shell).
	beam := []byte{131, 88, 100, 0, 13, 'n', 'o', 'n', 'o', 'd', 'e', '@', 'n', 'o', 'h', 'o', 's', 't',
		0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}
	if v, _, ok := BinaryToTerm(beam, false); !ok || v.(Pid).ID() != 9 {
		t.Errorf("BEAM's <0.9.0> read as %v", v)
	}
	other := append([]byte{131, 88, 100, 0, 1, 'x'}, beam[18:]...)
	if _, _, ok := BinaryToTerm(other, false); ok {
		t.Error("a pid of another node should be badarg")
	}
}

func TestETFLocalFunRoundTrip(t *testing.T) {
	f := NewFun(Intern("mymod"), 3, 12345, 1, []Term{BoxInt(Int(5)), Str("env")},
		func(p *Process, x Term) Term { return x })
	enc := TermToBinary(f)
	back, _, ok := BinaryToTerm(enc, false)
	if !ok || !ExactEqual(back, f) {
		t.Fatalf("round trip of %s gave %v", Format(f), back)
	}
	if binaryLen := int(enc[2])<<24 | int(enc[3])<<16 | int(enc[4])<<8 | int(enc[5]); binaryLen != len(enc)-2 {
		t.Errorf("NEW_FUN_EXT size %d, want %d", binaryLen, len(enc)-2)
	}
	if _, exc := Try(func() Term { return CallFun1(NewProcess(), back, BoxInt(Int(1))) }); exc == nil {
		t.Error("calling a fun read from binary_to_term should raise badfun")
	}
	if _, _, ok := BinaryToTerm(enc, true); ok {
		t.Error("[safe] should refuse a local fun")
	}
}

// TestETFIntegers checks integers around the int32, small (2^62) and
// int64 limits against the bytes term_to_binary gives on BEAM (OTP 25),
// and that reading them back gives a Small exactly inside the small range.
func TestETFIntegers(t *testing.T) {
	for _, c := range []struct{ v, hex string }{
		{"0", "836100"}, {"255", "8361FF"}, {"256", "836200000100"}, {"-1", "8362FFFFFFFF"},
		{"2147483647", "83627FFFFFFF"}, {"2147483648", "836E040000000080"},
		{"-2147483648", "836280000000"}, {"-2147483649", "836E040101000080"},
		{"4611686018427387903", "836E0800FFFFFFFFFFFFFF3F"}, {"4611686018427387904", "836E08000000000000000040"},
		{"-4611686018427387904", "836E08010000000000000040"}, {"-4611686018427387905", "836E08010100000000000040"},
		{"9223372036854775807", "836E0800FFFFFFFFFFFFFF7F"}, {"-9223372036854775808", "836E08010000000000000080"},
		{"9223372036854775808", "836E08000000000000000080"}, {"-9223372036854775809", "836E08010100000000000080"},
		{"18446744073709551616", "836E0900000000000000000001"},
	} {
		v := ParseInt(c.v)
		if got := strings.ToUpper(hex.EncodeToString(TermToBinary(v))); got != c.hex {
			t.Errorf("term_to_binary(%s) = %s, want %s", c.v, got, c.hex)
		}
		enc, _ := hex.DecodeString(c.hex)
		back, _, ok := BinaryToTerm(enc, false)
		_, small := back.(Small)
		if !ok || !ExactEqual(back, v) || Format(back) != c.v || small != (len(c.v) < 19 || c.v == "4611686018427387903" || c.v == "-4611686018427387904") {
			t.Errorf("binary_to_term(%s) = %#v", c.hex, back)
		}
	}
	// BEAM normalizes a bignum encoding of a small value.
	for _, c := range []struct {
		enc  []byte
		want Int
	}{
		{[]byte{131, 110, 1, 0, 5}, 5},
		{[]byte{131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 64}, MinSmall},
		{[]byte{131, 111, 0, 0, 0, 1, 1, 7}, -7},
		{[]byte{131, 110, 0, 0}, 0},
	} {
		back, _, ok := BinaryToTerm(c.enc, false)
		if n, small := IntOf(back); !ok || !small || n != c.want {
			t.Errorf("binary_to_term(%v) = %#v, want the small %d", c.enc, back, c.want)
		}
	}
}

// TestETFBeamFun reads a fun that BEAM wrote (fun(Y) -> X + Y end in the
// shell, with X = 5).
func TestETFBeamFun(t *testing.T) {
	beam := []byte{131, 112, 0, 0, 0, 200, 1, 6, 83, 97, 170, 70, 21, 144, 209, 189, 241, 235, 98, 209, 166, 235, 8,
		0, 0, 0, 42, 0, 0, 0, 1, 100, 0, 8, 101, 114, 108, 95, 101, 118, 97, 108, 97, 42, 98, 0, 50, 155, 13, 88, 100,
		0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 104,
		6, 97, 1, 108, 0, 0, 0, 1, 104, 2, 100, 0, 1, 88, 97, 5, 106, 100, 0, 4, 110, 111, 110, 101, 100, 0, 4, 110, 111,
		110, 101, 116, 0, 0, 0, 0, 108, 0, 0, 0, 1, 104, 5, 100, 0, 6, 99, 108, 97, 117, 115, 101, 97, 1, 108, 0, 0, 0,
		1, 104, 3, 100, 0, 3, 118, 97, 114, 97, 1, 100, 0, 1, 89, 106, 106, 108, 0, 0, 0, 1, 104, 5, 100, 0, 2, 111, 112,
		97, 1, 100, 0, 1, 43, 104, 3, 100, 0, 3, 118, 97, 114, 97, 1, 100, 0, 1, 88, 104, 3, 100, 0, 3, 118, 97, 114, 97,
		1, 100, 0, 1, 89, 106, 106}
	v, used, ok := BinaryToTerm(beam, false)
	f, isFun := v.(*Fun)
	if !ok || !isFun || used != len(beam) || f.Module.Name() != "erl_eval" || f.Index != 42 || f.Arity != 1 || len(f.Env) != 1 {
		t.Fatalf("read %v (used %d of %d)", v, used, len(beam))
	}
}
