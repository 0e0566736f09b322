package rt

import (
	"bufio"
	"bytes"
	"math"
	"testing"
)

// captureStdout runs f with standard output going to a buffer.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	var buf bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&buf)
	defer func() { Stdout = saved }()
	f()
	Flush()
	return buf.String()
}

// The expected bytes were printed by erl -noshell (OTP 25), whose
// standard_io is Latin-1: bytes for characters up to 255, \x{HEX} above.
func TestIoFormatLatin1Device(t *testing.T) {
	p := NewProcess()
	got := captureStdout(t, func() {
		IoFormat2(p, Str("~ts|~s|~tc|~c~n"), List(Str("λé"), Str("\u00e9"), BoxInt(955), BoxInt(955)))
		IoPutChars1(p, NewBinary([]byte("λ\n")))
		IoFormat2(p, Str("~s~n"), List(NewBinary([]byte("λ"))))
		IoFormat1(p, Str("no args~n"))
		IoWrite1(p, NewTuple(Intern("a b"), Str("hi")))
		IoNl0(p)
		IoFwrite3(p, Intern("user"), Str("~w~n"), List(Intern("usr")))
	})
	want := "\\x{3BB}\xe9|\xe9|\\x{3BB}|\xbb\n" + "\\x{3BB}\n" + "\xce\xbb\n" +
		"no args\n" + "{'a b',[104,105]}" + "\n" + "usr\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestIoFormatBadarg(t *testing.T) {
	p := NewProcess()
	for _, c := range []struct{ format, args Term }{
		{Str("~d"), List(BoxInt(1))},
		{Str("~p"), Nil{}},
		{Str("~p"), List(BoxInt(1), BoxInt(2))},
		{Str("~s"), List(BoxInt(1))},
		{Intern("~p"), BoxInt(1)},
	} {
		_, exc := Try(func() Term { return IoFormat2(p, c.format, c.args) })
		if exc == nil || exc.Reason != AtomBadarg {
			t.Errorf("io:format(%s, %s): got %v, want error:badarg", Format(c.format), Format(c.args), exc)
		}
	}
	_, exc := Try(func() Term { return IoFormat3(p, Intern("nodevice"), Str("x"), Nil{}) })
	if exc == nil || exc.Reason != AtomBadarg {
		t.Errorf("io:format(nodevice, ...): got %v, want error:badarg", exc)
	}
}

func TestIoApply(t *testing.T) {
	p := NewProcess()
	got := captureStdout(t, func() {
		Apply(p, Intern("io"), Intern("format"), []Term{Str("~p~n"), List(BoxInt(42))})
	})
	if got != "42\n" {
		t.Errorf("apply(io, format, ...) printed %q", got)
	}
	r := Apply(p, Intern("io_lib"), Intern("format"), []Term{Str("~w"), List(Float(0.1))})
	if Format(r) != "[[48,46,49]]" { // BEAM's deep list, "0.1" flattened
		t.Errorf("apply(io_lib, format, ...) = %s", Format(r))
	}
}

// Terms the golden file cannot carry: funs, references and ports. Local
// funs and references print in BEAM's shape but with our own numbers.
func TestWriteHandles(t *testing.T) {
	local := &Fun{Module: Intern("t1"), Index: 0, Uniq: 11957239, Arity: 1}
	ext := &Fun{Module: Intern("lists"), Name: Intern("map"), Arity: 2, External: true}
	quoted := &Fun{Module: Intern("a b"), Name: Intern("end"), Arity: 0, External: true}
	cases := []struct {
		t    Term
		want string
	}{
		{local, "#Fun<t1.0.11957239>"},
		{ext, "fun lists:map/2"},
		{quoted, "fun 'a b':'end'/0"},
		{Ref{&refCell{id: 140}}, "#Ref<0.0.0.140>"},
		{Port{&portCell{id: 5}}, "#Port<0.5>"},
		{Pid{&pidCell{id: 80}}, "<0.80.0>"},
		{List(local, ext), "[#Fun<t1.0.11957239>,fun lists:map/2]"},
	}
	for _, c := range cases {
		if got := Format(c.t); got != c.want {
			t.Errorf("~w: got %s, want %s", got, c.want)
		}
		if got := Pretty(c.t); got != c.want {
			t.Errorf("~p: got %s, want %s", got, c.want)
		}
	}
}

func TestGoHelpers(t *testing.T) {
	if got := Sprintf("~p: ~w~n", Str("key"), Float(1e10)); got != "\"key\": 1.0e10\n" {
		t.Errorf("Sprintf = %q", got)
	}
	long := make([]Term, 30)
	for i := range long {
		long[i] = BoxInt(Int(i + 1))
	}
	want := "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30]"
	if got := Pretty(List(long...)); got != want {
		t.Errorf("Pretty = %q", got)
	}
	if got := FormatFloat(9007199254740992); got != "9.007199254740992e15" {
		t.Errorf("FormatFloat(2^53) = %s", got)
	}
}

// float_to_list/2 results recorded from erl.
func TestFloatToListOpts(t *testing.T) {
	cases := []struct {
		f           float64
		dec, sci    int
		compact     bool
		want        string
		wantBadargs bool
	}{
		{1.5, 3, -1, false, "1.500", false},
		{1.5, 3, -1, true, "1.5", false},
		{1.0, 0, -1, false, "1", false},
		{100.0, 2, -1, true, "100.0", false},
		{1.5, -1, 3, false, "1.500e+00", false},
		{1.0e100, -1, 2, false, "1.00e+100", false},
		{0.125, 2, -1, false, "0.13", false},
		{0.375, 2, -1, false, "0.38", false},
		{2.675, 2, -1, false, "2.67", false},
		{0.5, 0, -1, false, "1", false},
		{2.5, 0, -1, false, "3", false},
		{1e15 + 0.3, 5, -1, false, "1000000000000000.25000", false},
		{math.Copysign(0, -1), 1, -1, false, "-0.0", false},
		{1.0e-300, 3, -1, false, "0.000", false},
		{0.1, -1, -1, false, "1.00000000000000005551e-01", false},
		{1.0e300, 2, -1, false, "", true},
		{1.0, 254, -1, false, "", true},
	}
	for _, c := range cases {
		got, ok := FloatToListOpts(c.f, c.dec, c.sci, c.compact, false)
		if ok == c.wantBadargs || ok && got != c.want {
			t.Errorf("float_to_list(%v, decimals %d scientific %d compact %v) = %q, %v; want %q",
				c.f, c.dec, c.sci, c.compact, got, ok, c.want)
		}
	}
}

func BenchmarkFormatPretty(b *testing.B) {
	p := NewProcess()
	elems := make([]Term, 100)
	for i := range elems {
		elems[i] = NewTuple(Intern("key"), BoxInt(Int(i)), Str("value"))
	}
	args := List(List(elems...))
	format := Str("~p~n")
	for b.Loop() {
		IoLibFormat2(p, format, args)
	}
}

func BenchmarkFormatSimple(b *testing.B) {
	p := NewProcess()
	args := List(BoxInt(42), Str("name"), Float(3.14))
	format := Str("n=~w s=~s f=~.2f~n")
	for b.Loop() {
		IoLibFormat2(p, format, args)
	}
}
