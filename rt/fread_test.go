package rt

import "testing"

// The expected results are what BEAM 25 returned for each call.
func TestIoLibFread(t *testing.T) {
	type tc struct {
		format string
		input  any // string, or nil for eof
		want   string
	}
	two := []tc{
		{"~d", "42", `{ok,[42],[]}`},
		{"~d", "  -42 rest", `{ok,[-42],[32,114,101,115,116]}`},
		{"~d", "x", `{error,{fread,integer}}`},
		{"~d", "", `{more,[126,100],0,[]}`},
		{"~d", nil, `eof`},
		{"~3d", "12345", `{ok,[123],[52,53]}`},
		{"~3d", "12 ", `{error,{fread,integer}}`},
		{"~5d", "12\n345", `{error,{fread,integer}}`},
		{"~u", "123abc", `{ok,[123],[97,98,99]}`},
		{"~u", " 12", `{error,{fread,unsigned}}`},
		{"~16u", "ffZ", `{ok,[255],[90]}`},
		{"~37u", "1", `{error,{fread,format}}`},
		{"~-~d", "-5", `{ok,[-1,5],[]}`},
		{"~-", "+", `{ok,[1],[]}`},
		{"~f", "3.14", `{ok,[3.14],[]}`},
		{"~f", "3", `{error,{fread,float}}`},
		{"~f", " -1.5e3x", `{ok,[-1.5e3],[120]}`},
		{"~4f", " 1.5", `{ok,[1.5],[]}`},
		{"~s", "  hello world", `{ok,[[104,101,108,108,111]],[32,119,111,114,108,100]}`},
		{"~5s", " ab  x", `{ok,[[97,98]],[120]}`},
		{"~s", "\u012ca", `{error,{fread,string}}`},
		{"~s", "a\u012c", `{ok,[[97]],[300]}`},
		{"~ts", "\u012ca", `{ok,[[300,97]],[]}`},
		{"~3s", "\u012c\u012d\u012e", `{error,{fread,string}}`},
		{"~a", " foo bar", `{ok,[foo],[32,98,97,114]}`},
		{"~3ta", "foo", `{error,{fread,format}}`},
		{"~3c", "a bc", `{ok,[[97,32,98]],[99]}`},
		{"~3c", "ab", `{error,{fread,character}}`},
		{"~0c", "abc", `{ok,[[]],[97,98,99]}`},
		{"~c", "\u03e8", `{error,{fread,character}}`},
		{"~d~l", "123 ", `{ok,[123,3],[32]}`},
		{"~*d~l~d", "12 34", `{ok,[2,34],[]}`},
		{"~~", "~", `{ok,[],[]}`},
		{"~~", "x", `{error,{fread,format}}`},
		{"~#", "-16#ff", `{ok,[-255],[]}`},
		{"~#", "1#0", `{error,{fread,based}}`},
		{"~#", "2#3", `{error,{fread,based}}`},
		{"~6#", "16#ff ", `{error,{fread,based}}`},
		{"~5#", "-8#77", `{error,{fread,based}}`},
		{"~q", "x", `{error,{fread,format}}`},
		{"~", "x", `{error,{fread,format}}`},
		{"~td", "1", `{error,{fread,format}}`},
		{"a~db", "a5c", `{error,{fread,input}}`},
		{"a~db", "a5", `{more,[98],2,[5]}`},
		{"a b", "a\t\n b", `{ok,[],[]}`},
		{"x", nil, `eof`},
		{" ~d", nil, `eof`},
		{"~d ~d", "1 ", `{more,[126,100],2,[1]}`},
		{"~d,~d", "1,2,3", `{ok,[1,2],[44,51]}`},
		{"", "abc", `{ok,[],[97,98,99]}`},
		{"~d", "99999999999999999999999", `{ok,[99999999999999999999999],[]}`},
	}
	three := []tc{
		{"~d", "42 rest\nmore", `{done,{ok,[42]},[32,114,101,115,116,10,109,111,114,101]}`},
		{"~d~d", "1\r\n2\r\n", `{done,{ok,[1,2]},[]}`},
		{"~d", nil, `{done,eof,eof}`},
		{"~d", "x\n", `{done,{error,{fread,integer}},[]}`},
		{"~d ~d", "1\r2", `{more,{[126,100],[50],2,[1]}}`},
		{"~s ~s ~s", "a\nb\nc\n", `{done,{ok,[[97],[98],[99]]},[]}`},
		{"~d~d", "1\n", `{more,{[126,100],[],2,[1]}}`},
		{"~s", "12", `{more,{[126,115],[50,49],0,[]}}`},
	}
	in := func(c tc) Term {
		if c.input == nil {
			return atomEof
		}
		return Str(c.input.(string))
	}
	p := NewProcess()
	for _, c := range two {
		if got := Sprintf("~w", IoLibFread2(p, Str(c.format), in(c))); got != c.want {
			t.Errorf("io_lib:fread(%q, %q) = %s, want %s", c.format, c.input, got, c.want)
		}
	}
	for _, c := range three {
		if got := Sprintf("~w", IoLibFread3(p, Nil{}, in(c), Str(c.format))); got != c.want {
			t.Errorf("io_lib:fread([], %q, %q) = %s, want %s", c.input, c.format, got, c.want)
		}
	}
}

// A continuation carries a read across calls: "12 " then "34\nrest".
func TestIoLibFreadContinuation(t *testing.T) {
	p := NewProcess()
	r := IoLibFread3(p, Nil{}, Str("12 "), Str("~d ~d"))
	if got, want := Sprintf("~w", r), `{more,{[126,100,32,126,100],[32,50,49],0,[]}}`; got != want {
		t.Fatalf("first: %s, want %s", got, want)
	}
	r = IoLibFread3(p, r.(*Tuple).Elems[1], Str("34\nrest"), Str("ignored"))
	if got, want := Sprintf("~w", r), `{done,{ok,[12,34]},[114,101,115,116]}`; got != want {
		t.Errorf("second: %s, want %s", got, want)
	}
	r = IoLibFread3(p, Nil{}, atomEof, Str(" "))
	if got, want := Sprintf("~w", r), `{done,{ok,[]},[]}`; got != want {
		t.Errorf("white space at eof: %s, want %s", got, want)
	}
}

// erl -noshell with "42\nfoo bar\nx\nrest of line\n 2.5\nzed\n" on
// standard input: io:fread reads lines as they come, an error drops the
// rest of its line, and eof ends it.
func TestStdinFread(t *testing.T) {
	out := withStdin(t, "42\nfoo bar\nx\nrest of line\n 2.5\nzed\n")
	p := NewProcess()
	got := []Term{IoFread2(p, Str("num> "), Str("~d")), IoFread2(p, Intern(""), Str("~s ~s")),
		IoFread2(p, Str(""), Str("~d")), IoGetLine1(p, Str("")),
		IoFread3(p, atomStandardIo, Str("f: "), Str("~f~l")), IoFread2(p, Str(""), Str("~a")),
		IoFread2(p, Str(""), Str("~d")), IoGetLine1(p, Str(""))}
	Flush()
	want := `[{ok,[42]},{ok,[[102,111,111],[98,97,114]]},{error,{fread,integer}},` +
		`[114,101,115,116,32,111,102,32,108,105,110,101,10],{ok,[2.5,4]},{ok,[zed]},eof,eof]`
	if s := Sprintf("~w", List(got...)); s != want {
		t.Errorf("got %s\nwant %s", s, want)
	}
	if out.String() != "num> f: " {
		t.Errorf("prompts %q", out.String())
	}
}

// On BEAM, io:fread("", bad) on standard input is {error, fread} and the
// input read so far is lost: the next read of "5\n6\n" is eof.
func TestStdinFreadBadFormat(t *testing.T) {
	withStdin(t, "5\n6\n")
	p := NewProcess()
	got := Sprintf("~w", List(IoFread2(p, Str(""), Intern("bad")), IoFread2(p, Str(""), Str("~d"))))
	if want := `[{error,fread},eof]`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// FuzzIoLibFread: any format against any input gives a result or an
// Erlang error, never a Go panic, with fread/2 and with fread/3 fed the
// input in two pieces.
func FuzzIoLibFread(f *testing.F) {
	for _, s := range [][2]string{{"~d ~s", "12 ab"}, {"~5#~3c~l", "16#ff abc"}, {"~*2u~-~f", "101-1.5e3"},
		{"~ta~~", "x~"}, {"a ~tc", "a \u2603\r\n"}, {"~s", "\r"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, format, input string) {
		p := NewProcess()
		check := func(body func() Term) {
			if _, exc := Try(body); exc != nil {
				if x, ok := exc.Reason.(*Tuple); ok && len(x.Elems) == 2 && x.Elems[0] == Term(Intern("go_panic")) {
					t.Fatalf("fread(%q, %q): %v", format, input, x.Elems[1])
				}
			}
		}
		check(func() Term { return IoLibFread2(p, Str(format), Str(input)) })
		check(func() Term {
			half := len([]rune(input)) / 2
			r := IoLibFread3(p, Nil{}, Str(string([]rune(input)[:half])), Str(format))
			if x, ok := r.(*Tuple); ok && x.Elems[0] == Term(atomFrMore) {
				r = IoLibFread3(p, x.Elems[1], Str(string([]rune(input)[half:])), Str(format))
			}
			if x, ok := r.(*Tuple); ok && x.Elems[0] == Term(atomFrMore) {
				r = IoLibFread3(p, x.Elems[1], atomEof, Str(format))
			}
			return r
		})
	})
}
