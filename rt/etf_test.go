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
	"minor0": List(NewTuple(bitsAtomMinorVersion, Int(0))),
	"minor2": List(NewTuple(bitsAtomMinorVersion, Int(2))),
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
