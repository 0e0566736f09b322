package rt

import (
	"strings"
	"testing"
)

// list_to_pid gives a live process's own handle, and for a number no live
// process has a handle equal to any other of that number.
func TestListToPid(t *testing.T) {
	p := NewProcess()
	s := ErlangPidToList1(p, p.self)
	if got := ErlangListToPid1(p, s); got != Term(p.self) {
		t.Errorf("list_to_pid(%s) = %v, not the live process's handle", Sprintf("~s", s), got)
	}
	gone := Pid{&pidCell{id: 5}}
	back := ErlangListToPid1(p, Str("<0.5.0>"))
	if !ExactEqual(back, gone) || Sprintf("~w", back) != "<0.5.0>" {
		t.Errorf("list_to_pid(\"<0.5.0>\") = %v, want a pid equal to <0.5.0>", back)
	}
	if got := Sprintf("~w", ErlangListToPid1(p, Str("<00.01.8191>"))); got != "<0.1.8191>" {
		t.Errorf("leading zeros and a serial: %s", got)
	}
	for _, bad := range []string{"<1.2.3>", " <0.1.0>", "<0.1.0> ", "<0.1>", "<0..0>", "<0.32768.0>", "<0.1.8192>", "<0.-1.0>", ""} {
		if _, exc := Try(func() Term { return ErlangListToPid1(p, Str(bad)) }); exc == nil || exc.Reason != Term(AtomBadarg) {
			t.Errorf("list_to_pid(%q): %v, want badarg", bad, exc)
		}
	}
}

// Each case was run on BEAM 25.
func TestDecodePacket(t *testing.T) {
	cases := []struct {
		typ  Term
		data string
		opts Term
		want string
	}{
		{atomPktRaw, "abc", Nil{}, `{ok,<<97,98,99>>,<<>>}`},
		{atomPktRaw, "", Nil{}, `{more,undefined}`},
		{BoxInt(1), "\x03abcde", Nil{}, `{ok,<<97,98,99>>,<<100,101>>}`},
		{BoxInt(1), "\x03ab", Nil{}, `{more,4}`},
		{BoxInt(2), "\x00", Nil{}, `{more,undefined}`},
		{BoxInt(4), "\x00\x00\x00\x0aabcde", Nil{}, `{more,14}`},
		{BoxInt(4), "\x00\x00\x00\x05abcde", List(NewTuple(atomPktPacketSize, BoxInt(4))), `{error,invalid}`},
		{BoxInt(4), "\x7f\xff\xff\xff", Nil{}, `{error,invalid}`},
		{BoxInt(2), "\x00\x04\x01\x02\x03", List(NewTuple(atomPktPacketSize, BoxInt(3)), NewTuple(atomPktPacketSize, BoxInt(0))), `{more,6}`},
		{atomPktLinePacket, "ab\ncd\n", Nil{}, `{ok,<<97,98,10>>,<<99,100,10>>}`},
		{atomPktLinePacket, "abcd", Nil{}, `{more,undefined}`},
		{atomPktLinePacket, "abcdef", List(NewTuple(atomPktLineLength, BoxInt(3))), `{ok,<<97,98,99>>,<<100,101,102>>}`},
		{atomPktLinePacket, "abcdef", List(NewTuple(atomPktPacketSize, BoxInt(3))), `{error,invalid}`},
		{atomPktLinePacket, "ab;cd", List(NewTuple(atomPktLineDelimiter, BoxInt(';'))), `{ok,<<97,98,59>>,<<99,100>>}`},
		{atomPktSunrm, "\x80\x00\x00\x02\x01\x02\x03", Nil{}, `{ok,<<128,0,0,2,1,2>>,<<3>>}`},
	}
	p := NewProcess()
	for _, c := range cases {
		got := Sprintf("~w", ErlangDecodePacket3(p, c.typ, NewBinary([]byte(c.data)), c.opts))
		if got != c.want {
			t.Errorf("decode_packet(%v, %q, %v) = %s, want %s", c.typ, c.data, c.opts, got, c.want)
		}
	}
}

// The sizes of the binaries BEAM 25's iolist_to_iovec/1 made of binaries
// of these sizes (strings stand for that many bytes in a list).
func TestIolistToIovec(t *testing.T) {
	cases := []struct {
		parts []int // > 0: a binary of that size; < 0: that many bytes in a list
		want  string
	}{
		{[]int{300, 70}, "[300,70]"}, {[]int{64, 65}, "[129]"}, {[]int{3, 1000}, "[256,747]"},
		{[]int{255, 300}, "[256,299]"}, {[]int{1, 257}, "[258]"}, {[]int{200, 311}, "[511]"},
		{[]int{200, 312}, "[256,256]"}, {[]int{250, 10, 600}, "[260,600]"}, {[]int{1000, -1, 1000}, "[1000,256,745]"},
		{[]int{600, -2, 257}, "[600,259]"}, {[]int{3, 300, 3, 300}, "[306,300]"}, {[]int{256, 1}, "[256,1]"},
	}
	p := NewProcess()
	for _, c := range cases {
		var l []Term
		for _, n := range c.parts {
			if n > 0 {
				l = append(l, NewBinary([]byte(strings.Repeat("x", n))))
			} else {
				l = append(l, Str(strings.Repeat("y", -n)))
			}
		}
		v, _ := ListToSlice(ErlangIolistToIovec1(p, List(l...)))
		var sizes []Term
		for _, b := range v {
			sizes = append(sizes, BoxInt(Int(len(b.(*Binary).Data))))
		}
		if got := Sprintf("~w", List(sizes...)); got != c.want {
			t.Errorf("%v: %s, want %s", c.parts, got, c.want)
		}
	}
}

// backtrace_depth returns the old depth, caps at 64 and reads 0 back as 0.
func TestSystemFlagBacktraceDepth(t *testing.T) {
	p := NewProcess()
	flag := Intern("backtrace_depth")
	defer ErlangSystemFlag2(p, flag, BoxInt(8))
	steps := []struct{ set, old Int }{{3, 8}, {0, 3}, {1000, 0}, {8, 64}}
	for _, s := range steps {
		if got := ErlangSystemFlag2(p, flag, BoxInt(s.set)); got != BoxInt(s.old) {
			t.Errorf("set %d: old %v, want %d", s.set, got, s.old)
		}
	}
	ErlangSystemFlag2(p, flag, BoxInt(2))
	_, exc := Try(func() Term { return ErlangListToAtom1(p, Intern("x")) })
	if n := ListLen(exc.Stacktrace()); n > 2 {
		t.Errorf("a trace at depth 2 has %d entries", n)
	}
}

func TestIsBuiltin(t *testing.T) {
	p := NewProcess()
	for _, c := range []struct {
		m, f string
		a    int
		want bool
	}{{"erlang", "+", 2, true}, {"lists", "reverse", 2, true}, {"lists", "map", 2, false}, {"erlang", "apply", 3, true},
		{"maps", "get", 2, true}, {"ets", "insert", 2, true}, {"erlang", "foo", 0, false}, {"erlang", "length", -1, false}} {
		if got := ErlangIsBuiltin3(p, Intern(c.m), Intern(c.f), BoxInt(Int(c.a))); got != Bool(c.want) {
			t.Errorf("is_builtin(%s, %s, %d) = %v", c.m, c.f, c.a, got)
		}
	}
}

// BEAM 25 rounded min_heap_size to these heap sizes.
func TestHeapSizeAtLeast(t *testing.T) {
	for _, c := range [][2]Int{{0, 12}, {1, 12}, {233, 233}, {234, 376}, {1000, 1598}, {46423, 75113},
		{1346269, 1439468}, {2000000, 2072833}, {100000000, 114432973}} {
		if got := heapSizeAtLeast(c[0]); got != c[1] {
			t.Errorf("heapSizeAtLeast(%d) = %d, want %d", c[0], got, c[1])
		}
	}
}

// What BEAM 25, not distributed, answered.
func TestNodes2(t *testing.T) {
	p := NewProcess()
	yes := Term(True)
	cases := []struct {
		arg, opts Term
		want      string
	}{
		{Intern("this"), NewMap(), `[{nonode@nohost,#{}}]`},
		{List(Intern("this"), Intern("visible")), NewMap(Intern("node_type"), yes, Intern("connection_id"), yes),
			`[{nonode@nohost,#{connection_id => undefined,node_type => this}}]`},
		{Intern("known"), NewMap(Intern("connection_id"), yes, Intern("node_type"), False), `[{nonode@nohost,#{connection_id => undefined}}]`},
		{Intern("visible"), NewMap(Intern("node_type"), yes), `[]`},
	}
	for _, c := range cases {
		if got := Sprintf("~p", ErlangNodes2(p, c.arg, c.opts)); got != c.want {
			t.Errorf("nodes(%v, %v) = %s, want %s", c.arg, c.opts, got, c.want)
		}
	}
	for _, opts := range []Term{NewMap(Intern("foo"), yes), NewMap(Intern("node_type"), BoxInt(1)), Nil{}} {
		if _, exc := Try(func() Term { return ErlangNodes2(p, Intern("visible"), opts) }); exc == nil {
			t.Errorf("nodes(visible, %v) did not fail", opts)
		}
	}
}

// FuzzDecodePacket: any bytes, any type and limits give a result or
// badarg, never a Go panic; a packet and its rest never hold more than
// the input.
func FuzzDecodePacket(f *testing.F) {
	f.Add(uint8(0), []byte("\x00\x03abcd"), uint16(0), uint16(0))
	f.Add(uint8(5), []byte("\x30\x82\x00\x02ab"), uint16(4), uint16(0))
	f.Add(uint8(4), []byte("ab\ncd"), uint16(0), uint16(1))
	types := []Term{atomPktRaw, BoxInt(1), BoxInt(2), BoxInt(4), atomPktLinePacket, atomPktAsn1, atomPktSunrm}
	f.Fuzz(func(t *testing.T, ty uint8, data []byte, size, lineLen uint16) {
		p := NewProcess()
		typ := types[int(ty)%len(types)]
		opts := List(NewTuple(atomPktPacketSize, BoxInt(Int(size))), NewTuple(atomPktLineLength, BoxInt(Int(lineLen))))
		r, exc := Try(func() Term { return ErlangDecodePacket3(p, typ, NewBinary(data), opts) })
		if exc != nil {
			t.Fatalf("decode_packet(%v, %q): %v", typ, data, exc.Reason)
		}
		if x := r.(*Tuple); x.Elems[0] == Term(atomOk) {
			if n := len(x.Elems[1].(*Binary).Data) + len(x.Elems[2].(*Binary).Data); n > len(data) {
				t.Fatalf("decode_packet(%v, %q) = %v: more bytes than given", typ, data, r)
			}
		}
	})
}

// What BEAM 25's io_lib gave for these.
func TestScanFormat(t *testing.T) {
	p := NewProcess()
	f := Str("a~5.2.0f~n~tp")
	got := Sprintf("~w", IoLibScanFormat2(p, f, List(Float(1.0), Intern("x"))))
	want := `[97,#{adjust => right,args => [1.0],control_char => 102,encoding => latin1,pad_char => 48,precision => 2,strings => true,width => 5},` +
		`#{adjust => right,args => [],control_char => 110,encoding => latin1,pad_char => 32,precision => none,strings => true,width => none},` +
		`#{adjust => right,args => [x],control_char => 112,encoding => unicode,pad_char => 32,precision => none,strings => true,width => none}]`
	if got != want {
		t.Errorf("scan_format: %s\nwant %s", got, want)
	}
	got = Sprintf("~w", IoLibScanFormat2(p, Str("~.3x~-*.*.#B"), List(BoxInt(1), Str("p"), BoxInt(-5), BoxInt(2), BoxInt(10))))
	want = `[#{adjust => right,args => [1,[112]],control_char => 120,encoding => latin1,pad_char => 32,precision => 3,strings => true,width => none},` +
		`#{adjust => right,args => [10],control_char => 66,encoding => latin1,pad_char => 35,precision => 2,strings => true,width => 5}]`
	if got != want {
		t.Errorf("scan_format with *: %s\nwant %s", got, want)
	}
	l := IoLibScanFormat2(p, Str("a~5.2.0f~n~tp|~-8s|~.3.*c~10..xs"),
		List(Float(1.0), Intern("x"), Str("hi"), BoxInt('-'), BoxInt('z'), Str("pad")))
	if got, want := Sprintf("~s", IoLibUnscanFormat1(p, l).(*Tuple).Elems[0]), "a~5.2.0f~n~tp|~-8s|~.3.-c~10..xs"; got != want {
		t.Errorf("unscan_format: %s, want %s", got, want)
	}
	want = `[97,48,49,46,48,48,10,[120],124,[[104,105],[32,32,32],32,32,32],124,122,122,122,[[120,[120,120,120],120,120,120],112,97,100]]`
	if got := Sprintf("~w", IoLibBuildText1(p, l)); got != want {
		t.Errorf("build_text: %s\nwant %s", got, want)
	}
	for _, bad := range []Term{Str("~q"), Str("~p")} {
		if _, exc := Try(func() Term { return IoLibScanFormat2(p, bad, Nil{}) }); exc == nil || exc.Reason != Term(AtomBadarg) {
			t.Errorf("scan_format(%v, []): %v, want badarg", bad, exc)
		}
	}
}
