package rt

import (
	"bufio"
	"bytes"
	"math"
	"math/rand"
	"slices"
	"testing"
	"time"
)

// outcome runs f and shows its value, or its exception as
// "Class:Reason @ TopOfTrace", for comparing with what BEAM printed.
func outcome(f func() Term) string {
	v, e := Try(f)
	if e == nil {
		return oneLine(v)
	}
	top := "[]"
	if c, ok := e.Stacktrace().(*Cons); ok {
		top = oneLine(c.Head)
	}
	return e.Class.Name() + ":" + oneLine(e.Reason) + " @ " + top
}

// oneLine is t as ~p prints it on a line long enough for it.
func oneLine(t Term) string {
	return string(prettyTerm(nil, t, prettyOpts{col: 1, lineLen: 1 << 20, depth: -1, strings: true}))
}

type outcomeCase struct {
	name string
	f    func() Term
	want string
}

func checkOutcomes(t *testing.T, cases []outcomeCase) {
	t.Helper()
	for _, c := range cases {
		if got := outcome(c.f); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func ints(ns ...int) Term {
	ts := make([]Term, len(ns))
	for i, n := range ns {
		ts[i] = BoxInt(Int(n))
	}
	return List(ts...)
}

// The expected values below were printed by OTP 25.
func TestStdlibMoreLists(t *testing.T) {
	p := NewProcess()
	le := &Fun{Arity: 2, Fn: func(p *Process, a, b Term) Term { return Bool(Compare(a, b) <= 0) }}
	ge := &Fun{Arity: 2, Fn: func(p *Process, a, b Term) Term { return Bool(Compare(a, b) >= 0) }}
	lt := &Fun{Arity: 2, Fn: func(p *Process, a, b Term) Term { return Bool(Compare(a, b) < 0) }}
	gt1 := &Fun{Arity: 1, Fn: func(p *Process, a Term) Term { return Bool(Compare(a, BoxInt(1)) > 0) }}
	checkOutcomes(t, []outcomeCase{
		{"umerge =<", func() Term { return ListsUmerge3(p, le, ints(1, 3, 5), ints(1, 2, 3)) }, "[1,2,3,5]"},
		{"umerge >=", func() Term { return ListsUmerge3(p, ge, ints(5, 3, 1), ints(3, 2, 1)) }, "[5,3,2,1]"},
		{"umerge <", func() Term { return ListsUmerge3(p, lt, ints(1, 3, 5), ints(1, 3)) }, "[1,1,3,3,5]"},
		{"umerge dups", func() Term { return ListsUmerge3(p, ge, ints(9, 7, 7, 3), ints(8, 7, 2)) }, "[9,8,7,7,3,2]"},
		{"umerge [] B", func() Term { return ListsUmerge3(p, ge, Nil{}, ints(3, 1)) }, "[3,1]"},
		{"umerge A []", func() Term { return ListsUmerge3(p, ge, ints(3, 1), Nil{}) }, "[3,1]"},
		{"umerge bad B", func() Term { return ListsUmerge3(p, le, ints(1, 2), Intern("bad")) },
			`error:function_clause @ {lists,ufmerge2_2,[1,[2],` + Format(le) + `,bad,[]],[{file,"lists.erl"},{line,2935}]}`},
		{"umerge no fun", func() Term { return ListsUmerge3(p, Intern("f"), Nil{}, ints(1)) },
			`error:function_clause @ {lists,umerge,[f,[],[1]],[{file,"lists.erl"},{line,1090}]}`},
		{"zf", func() Term { return ListsZf2(p, gt1, ints(1, 2, 3)) }, "[2,3]"},
		{"zf no fun", func() Term { return ListsZf2(p, Intern("x"), ints(1)) },
			`error:function_clause @ {lists,filtermap,[x,[1]],[{file,"lists.erl"},{line,1413}]}`},
	})
}

// TestUmergeProperty: with =<, umerge/3 of two lists without duplicates
// is umerge/2 of them, and calls the fun as often as OTP's code does at
// most (once per element passed, plus one per duplicate check).
func TestUmergeProperty(t *testing.T) {
	p := NewProcess()
	r := rand.New(rand.NewSource(1))
	calls := 0
	le := &Fun{Arity: 2, Fn: func(p *Process, a, b Term) Term { calls++; return Bool(Compare(a, b) <= 0) }}
	set := func() Term {
		var ns []int
		for i := r.Intn(8); i > 0; i-- {
			ns = append(ns, r.Intn(12))
		}
		slices.Sort(ns)
		return ints(slices.Compact(ns)...)
	}
	for i := 0; i < 500; i++ {
		a, b := set(), set()
		calls = 0
		got, want := Format(ListsUmerge3(p, le, a, b)), Format(ListsUmerge2(p, a, b))
		if got != want {
			t.Fatalf("umerge(=<, %s, %s) = %s, want %s", Format(a), Format(b), got, want)
		}
		if n := ListLen(a) + ListLen(b); calls > 2*n {
			t.Fatalf("umerge(=<, %s, %s) called its fun %d times", Format(a), Format(b), calls)
		}
	}
}

func TestStdlibMoreErlang(t *testing.T) {
	p := NewProcess()
	hello := NewBinary([]byte("hello"))
	bits := &Binary{Data: []byte{1, 2 << 5}, Trail: 3} // <<1, 2:3>>
	erts := `[{error_info,#{module => erl_erts_errors}}]`
	checkOutcomes(t, []outcomeCase{
		{"nif_error", func() Term { return ErlangNifError1(p, Intern("undef")) }, `error:undef @ {erlang,nif_error,[undef],` + erts + `}`},
		{"nif_error/2", func() Term { return ErlangNifError2(p, Intern("foo"), ints(1)) }, `error:foo @ {erlang,nif_error,[foo,[1]],` + erts + `}`},
		{"module_loaded", func() Term { return ErlangModuleLoaded1(p, Intern("lists")) }, "true"},
		{"module_loaded no", func() Term { return ErlangModuleLoaded1(p, Intern("nosuch")) }, "false"},
		{"module_loaded bad", func() Term { return ErlangModuleLoaded1(p, Str("x")) }, `error:badarg @ {erlang,module_loaded,["x"],` + erts + `}`},
		{"nodes", func() Term { return ErlangNodes0(p) }, "[]"},
		{"nodes this", func() Term { return ErlangNodes1(p, Intern("this")) }, "[nonode@nohost]"},
		{"nodes connected", func() Term { return ErlangNodes1(p, Intern("connected")) }, "[]"},
		{"nodes list", func() Term { return ErlangNodes1(p, List(Intern("this"), Intern("visible"))) }, "[nonode@nohost]"},
		{"nodes []", func() Term { return ErlangNodes1(p, Nil{}) }, "[]"},
		{"nodes bad", func() Term { return ErlangNodes1(p, Intern("foo")) }, `error:badarg @ {erlang,nodes,[foo],` + erts + `}`},
		{"nodes improper", func() Term { return ErlangNodes1(p, &Cons{Head: Intern("visible"), Tail: Intern("x")}) },
			`error:badarg @ {erlang,nodes,[[visible|x]],` + erts + `}`},
		{"monitor_node self", func() Term { return ErlangMonitorNode2(p, AtomNonode, True) }, "true"},
		{"monitor_node off", func() Term { return ErlangMonitorNode2(p, AtomNonode, False) }, "true"},
		{"monitor_node flag", func() Term { return ErlangMonitorNode2(p, AtomNonode, Intern("x")) },
			`error:badarg @ {erlang,monitor_node,[nonode@nohost,x],` + erts + `}`},
		{"monitor_node other", func() Term { return ErlangMonitorNode2(p, Intern("foo"), Intern("x")) },
			`error:notalive @ {erlang,monitor_node,[foo,x],` + erts + `}`},
		{"monitor_node number", func() Term { return ErlangMonitorNode2(p, BoxInt(123), True) },
			`error:badarg @ {erlang,monitor_node,[123,true],` + erts + `}`},
		{"monitor_node/3", func() Term { return ErlangMonitorNode3(p, AtomNonode, True, List(Intern("allow_passive_connect"))) }, "true"},
		{"monitor_node/3 opt", func() Term { return ErlangMonitorNode3(p, AtomNonode, True, List(Intern("x"))) },
			`error:badarg @ {erlang,monitor_node,[nonode@nohost,true,[x]],[{error_info,#{cause => badopt,module => erl_erts_errors}}]}`},
		{"monitor_node/3 other", func() Term { return ErlangMonitorNode3(p, Intern("foo@bar"), True, Nil{}) },
			`error:notalive @ {erlang,monitor_node,[foo@bar,true,[]],` + erts + `}`},
		{"binary_to_list/3", func() Term { return ErlangBinaryToList3(p, hello, BoxInt(2), BoxInt(4)) }, `"ell"`},
		{"binary_to_list/3 one", func() Term { return ErlangBinaryToList3(p, hello, BoxInt(3), BoxInt(3)) }, `"l"`},
		{"binary_to_list/3 bits", func() Term { return ErlangBinaryToList3(p, bits, BoxInt(1), BoxInt(1)) }, "[1]"},
		{"binary_to_list/3 partial", func() Term { return ErlangBinaryToList3(p, bits, BoxInt(1), BoxInt(2)) },
			`error:badarg @ {erlang,binary_to_list,[<<1,2:3>>,1,2],` + erts + `}`},
		{"binary_to_list/3 back", func() Term { return ErlangBinaryToList3(p, hello, BoxInt(4), BoxInt(3)) },
			`error:badarg @ {erlang,binary_to_list,[<<"hello">>,4,3],` + erts + `}`},
		{"binary_to_list/3 zero", func() Term { return ErlangBinaryToList3(p, hello, BoxInt(0), BoxInt(2)) },
			`error:badarg @ {erlang,binary_to_list,[<<"hello">>,0,2],` + erts + `}`},
		{"binary_to_list/3 past", func() Term { return ErlangBinaryToList3(p, hello, BoxInt(1), BoxInt(6)) },
			`error:badarg @ {erlang,binary_to_list,[<<"hello">>,1,6],` + erts + `}`},
	})
}

func TestStdlibMoreFilenameIo(t *testing.T) {
	p := NewProcess()
	checkOutcomes(t, []outcomeCase{
		{"append", func() Term { return FilenameAppend2(p, Str("/a/b"), Str("c/d")) }, `"/a/b/c/d"`},
		{"append abs", func() Term { return FilenameAppend2(p, Str("/a/b"), Str("/c/d")) }, `"/a/b//c/d"`},
		{"append empty", func() Term { return FilenameAppend2(p, Nil{}, Str("c")) }, `"/c"`},
		{"append bin", func() Term { return FilenameAppend2(p, NewBinary([]byte("/a/b")), Str("c")) }, `<<"/a/b/c">>`},
		{"append bin name", func() Term { return FilenameAppend2(p, Str("/a"), NewBinary([]byte("b"))) }, `<<"/a/b">>`},
		{"append deep", func() Term { return FilenameAppend2(p, Str("/a"), List(Intern("b"))) }, `[47,97,47,b]`},
		{"append atoms", func() Term { return FilenameAppend2(p, Intern("a"), Intern("b")) },
			`error:badarg @ {erlang,'++',[a,[47|b]],[{error_info,#{module => erl_erts_errors}}]}`},
		{"append bad chars", func() Term { return FilenameAppend2(p, NewBinary([]byte("/a")), ints(-1)) },
			`error:badarg @ {filename,filename_string_to_binary,1,[{file,"filename.erl"},{line,846}]}`},
		{"absname_join", func() Term { return FilenameAbsnameJoin2(p, Str("/a"), Str("b")) }, `"/a/b"`},
		{"absname_join abs", func() Term { return FilenameAbsnameJoin2(p, Str("/a"), Str("/b")) }, `"/b"`},
		{"absname_join bin", func() Term { return FilenameAbsnameJoin2(p, NewBinary([]byte("/a")), Str("b")) }, `<<"/a/b">>`},
		{"columns", func() Term { return IoColumns0(p) }, "{error,enotsup}"},
		{"rows", func() Term { return IoRows1(p, Intern("standard_error")) }, "{error,enotsup}"},
		{"columns unregistered", func() Term { return IoColumns1(p, Intern("foo")) }, "{error,enotsup}"},
		{"columns number", func() Term { return IoColumns1(p, BoxInt(123)) },
			`error:function_clause @ {io,request,[123,{get_geometry,columns},error],[{file,"io.erl"},{line,588}]}`},
		{"printable_range", func() Term { return IoPrintableRange0(p) }, "latin1"},
		{"timer:start", func() Term { return TimerStart0(p) }, "ok"},
	})
}

// withLocal runs f with the local time zone set to name, or skips the
// test when the system has no such zone.
func withLocal(t *testing.T, name string, f func()) {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone %s: %v", name, err)
	}
	saved := time.Local
	time.Local = loc
	defer func() { time.Local = saved }()
	f()
}

func dt(y, mo, d, h, mi, s int) Term {
	return NewTuple(NewTuple(BoxInt(Int(y)), BoxInt(Int(mo)), BoxInt(Int(d))), NewTuple(BoxInt(Int(h)), BoxInt(Int(mi)), BoxInt(Int(s))))
}

func TestStdlibMoreTimeUTC(t *testing.T) {
	p := NewProcess()
	erts := `[{error_info,#{module => erl_erts_errors}}]`
	withLocal(t, "UTC", func() {
		checkOutcomes(t, []outcomeCase{
			{"u2l", func() Term { return ErlangUniversaltimeToLocaltime1(p, dt(2024, 1, 2, 3, 4, 5)) }, "{{2024,1,2},{3,4,5}}"},
			{"u2l 1902", func() Term { return ErlangUniversaltimeToLocaltime1(p, dt(1902, 1, 1, 0, 0, 0)) }, "{{1902,1,1},{0,0,0}}"},
			{"u2l 1901", func() Term { return ErlangUniversaltimeToLocaltime1(p, dt(1901, 12, 31, 0, 0, 0)) },
				`error:badarg @ {erlang,universaltime_to_localtime,[{{1901,12,31},{0,0,0}}],` + erts + `}`},
			{"u2l feb 30", func() Term { return ErlangUniversaltimeToLocaltime1(p, dt(2024, 2, 30, 0, 0, 0)) },
				`error:badarg @ {erlang,universaltime_to_localtime,[{{2024,2,30},{0,0,0}}],` + erts + `}`},
			{"u2l leap second", func() Term { return ErlangUniversaltimeToLocaltime1(p, dt(2024, 2, 29, 23, 59, 60)) },
				`error:badarg @ {erlang,universaltime_to_localtime,[{{2024,2,29},{23,59,60}}],` + erts + `}`},
			{"l2u true", func() Term { return ErlangLocaltimeToUniversaltime2(p, dt(2024, 1, 2, 3, 4, 5), True) }, "{{2024,1,2},{2,4,5}}"},
			{"l2u true midnight", func() Term { return ErlangLocaltimeToUniversaltime2(p, dt(2024, 1, 2, 0, 4, 5), True) }, "{{2024,1,1},{23,4,5}}"},
			{"l2u false", func() Term { return ErlangLocaltimeToUniversaltime2(p, dt(2024, 1, 2, 3, 4, 5), False) }, "{{2024,1,2},{3,4,5}}"},
			{"l2u flag", func() Term { return ErlangLocaltimeToUniversaltime2(p, dt(2024, 1, 2, 3, 4, 5), Intern("x")) },
				`error:badarg @ {erlang,localtime_to_universaltime,[{{2024,1,2},{3,4,5}},x],` + erts + `}`},
			{"dst", func() Term { return CalendarLocalTimeToUniversalTimeDst1(p, dt(2024, 1, 2, 3, 4, 5)) }, "[{{2024,1,2},{3,4,5}}]"},
			{"u2posix", func() Term { return ErlangUniversaltimeToPosixtime1(p, dt(2024, 1, 2, 3, 4, 5)) }, "1704164645"},
			{"u2posix 1600", func() Term { return ErlangUniversaltimeToPosixtime1(p, dt(1600, 1, 1, 0, 0, 0)) }, "-11676096000"},
			{"u2posix 1599", func() Term { return ErlangUniversaltimeToPosixtime1(p, dt(1599, 12, 31, 0, 0, 0)) },
				`error:badarg @ {erlang,universaltime_to_posixtime,[{{1599,12,31},{0,0,0}}],` + erts + `}`},
			{"posix2u", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(1704164645)) }, "{{2024,1,2},{3,4,5}}"},
			{"posix2u -1", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-1)) }, "{{1969,12,31},{23,59,59}}"},
			{"posix2u far", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(100000000000000)) }, "{{3170843,11,7},{9,46,40}}"},
			{"posix2u year 1", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-62135596800)) }, "{{1,1,1},{0,0,0}}"},
			{"posix2u year 0", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-62135596801)) }, "{{0,12,31},{23,59,59}}"},
			{"posix2u year 0 start", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-62167219200)) }, "{{-1,12,31},{0,0,0}}"},
			{"posix2u before 0", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-62198755200)) }, "{{-2,12,31},{0,0,0}}"},
			{"posix2u ancient", func() Term { return ErlangPosixtimeToUniversaltime1(p, BoxInt(-100000000000)) }, "{{-1199,2,15},{14,13,20}}"},
			{"posix2u float", func() Term { return ErlangPosixtimeToUniversaltime1(p, Float(1)) },
				`error:badarg @ {erlang,posixtime_to_universaltime,[1.0],` + erts + `}`},
		})
	})
}

// TestPosixtimeAgainstGoTime checks posixtime_to_universaltime against
// Go's calendar one day at a time from 1600 to 2500.
func TestPosixtimeAgainstGoTime(t *testing.T) {
	p := NewProcess()
	for d := time.Date(1600, 1, 1, 13, 5, 7, 0, time.UTC); d.Year() < 2500; d = d.AddDate(0, 0, 1) {
		want := dt(d.Year(), int(d.Month()), d.Day(), 13, 5, 7)
		if got := ErlangPosixtimeToUniversaltime1(p, BoxInt(Int(d.Unix()))); !Equal(got, want) {
			t.Fatalf("%d: %s, want %s", d.Unix(), Format(got), Format(want))
		}
		if got := ErlangUniversaltimeToPosixtime1(p, want); !Equal(got, BoxInt(Int(d.Unix()))) {
			t.Fatalf("%s: %s, want %d", Format(want), Format(got), d.Unix())
		}
	}
}

// TestLocalTimeParis checks summer time's edges as BEAM gives them with
// TZ=Europe/Paris (glibc's mktime).
func TestLocalTimeParis(t *testing.T) {
	p := NewProcess()
	withLocal(t, "Europe/Paris", func() {
		gap, twice := dt(2024, 3, 31, 2, 30, 0), dt(2024, 10, 27, 2, 30, 0)
		winter, summer := dt(2024, 1, 15, 12, 0, 0), dt(2024, 7, 15, 12, 0, 0)
		l2u := func(d, flag Term) func() Term {
			return func() Term { return ErlangLocaltimeToUniversaltime2(p, d, flag) }
		}
		checkOutcomes(t, []outcomeCase{
			{"dst gap", func() Term { return CalendarLocalTimeToUniversalTimeDst1(p, gap) }, "[]"},
			{"dst twice", func() Term { return CalendarLocalTimeToUniversalTimeDst1(p, twice) }, "[{{2024,10,27},{0,30,0}},{{2024,10,27},{1,30,0}}]"},
			{"dst winter", func() Term { return CalendarLocalTimeToUniversalTimeDst1(p, winter) }, "[{{2024,1,15},{11,0,0}}]"},
			{"dst summer", func() Term { return CalendarLocalTimeToUniversalTimeDst1(p, summer) }, "[{{2024,7,15},{10,0,0}}]"},
			{"winter true", l2u(winter, True), "{{2024,1,15},{10,0,0}}"},
			{"winter false", l2u(winter, False), "{{2024,1,15},{11,0,0}}"},
			{"winter undefined", l2u(winter, Undefined), "{{2024,1,15},{11,0,0}}"},
			{"summer true", l2u(summer, True), "{{2024,7,15},{10,0,0}}"},
			{"summer false", l2u(summer, False), "{{2024,7,15},{11,0,0}}"},
			{"summer undefined", l2u(summer, Undefined), "{{2024,7,15},{10,0,0}}"},
			{"gap true", l2u(gap, True), "{{2024,3,31},{0,30,0}}"},
			{"gap false", l2u(gap, False), "{{2024,3,31},{1,30,0}}"},
			{"gap undefined", l2u(gap, Undefined), "{{2024,3,31},{1,30,0}}"},
			{"twice true", l2u(twice, True), "{{2024,10,27},{0,30,0}}"},
			{"twice false", l2u(twice, False), "{{2024,10,27},{1,30,0}}"},
			{"twice undefined", l2u(twice, Undefined), "{{2024,10,27},{1,30,0}}"},
			{"u2l summer", func() Term { return ErlangUniversaltimeToLocaltime1(p, summer) }, "{{2024,7,15},{14,0,0}}"},
			{"rfc3339 local", func() Term { return CalendarSystemTimeToRfc33391(p, BoxInt(1721044800)) }, `"2024-07-15T14:00:00+02:00"`},
		})
	})
}

func TestRfc3339(t *testing.T) {
	p := NewProcess()
	unit := func(u string, more ...Term) Term {
		return List(append([]Term{NewTuple(atomUnit, Intern(u))}, more...)...)
	}
	off := func(o Term) Term { return NewTuple(atomOffset, o) }
	to := func(n Term, opts Term) func() Term {
		return func() Term { return CalendarSystemTimeToRfc33392(p, n, opts) }
	}
	from := func(s string, opts Term) func() Term {
		return func() Term { return CalendarRfc3339ToSystemTime2(p, Str(s), opts) }
	}
	withLocal(t, "UTC", func() {
		checkOutcomes(t, []outcomeCase{
			{"epoch", func() Term { return CalendarSystemTimeToRfc33391(p, BoxInt(0)) }, `"1970-01-01T00:00:00+00:00"`},
			{"ms", to(BoxInt(1704164645123), unit("millisecond")), `"2024-01-02T03:04:05.123+00:00"`},
			{"ms neg Z", to(BoxInt(-1704164645123), unit("millisecond", off(Str("Z")))), `"1915-12-31T20:55:55.123Z"`},
			{"us designator", to(BoxInt(1704164645123456), unit("microsecond", off(Str("+02:30")), NewTuple(atomTimeDesig, BoxInt(' ')))),
				`"2024-01-02 05:34:05.123456+02:30"`},
			{"ns offset", to(BoxInt(1704164645123456789), unit("nanosecond", off(BoxInt(-3600000000000)))), `"2024-01-02T02:04:05.123456789-01:00"`},
			{"offset secs", to(BoxInt(1704164645), List(off(BoxInt(3600)))), `"2024-01-02T04:04:05+01:00"`},
			{"offset -90", to(BoxInt(1704164645), List(off(BoxInt(-90)))), `"2024-01-02T03:02:35-00:01"`},
			{"offset -05", to(BoxInt(1704164645), List(off(Str("-05")))), `"2024-01-01T22:04:05-05"`},
			{"-1 s", to(BoxInt(-1), Nil{}), `"1969-12-31T23:59:59+00:00"`},
			{"-1500 ms", to(BoxInt(-1500), unit("millisecond")), `"1969-12-31T23:59:59.500+00:00"`},
			{"too early", to(BoxInt(-62167219201), Nil{}),
				`error:function_clause @ {calendar,gregorian_seconds_to_datetime,[-1],[{file,"calendar.erl"},{line,191}]}`},
			{"too late", to(BoxInt(253402300800), Nil{}),
				`error:{badarg,[253402300800,[]]} @ {calendar,check,3,[{file,"calendar.erl"},{line,688}]}`},
			{"not a time", to(Intern("x"), Nil{}),
				`error:badarg @ {erlang,convert_time_unit,[x,second,second],[{error_info,#{module => erl_erts_errors}}]}`},
			{"parse Z", from("2024-01-02T03:04:05Z", Nil{}), "1704164645"},
			{"parse +02:00", from("2024-01-02T03:04:05+02:00", Nil{}), "1704157445"},
			{"parse ms", from("2024-01-02 03:04:05.25-01:30", unit("millisecond")), "1704170045250"},
			{"parse us rounds", from("2024-01-02T03:04:05.123456789Z", unit("microsecond")), "1704164645123457"},
			{"parse negative", from("1969-12-31T23:59:59.5Z", unit("millisecond")), "-1500"},
			{"parse s drops fraction", from("2024-01-02T03:04:05.5Z", Nil{}), "1704164645"},
			{"parse native", from("2024-01-02T03:04:05Z", unit("native")), "1704164645000000000"},
			{"no offset", from("2024-01-02T03:04:05", Nil{}),
				`error:{badmatch,[]} @ {calendar,offset_string_adjustment,3,[{file,"calendar.erl"},{line,721}]}`},
			{"date only", from("2024-01-02", Nil{}),
				`error:{badmatch,"2024-01-02"} @ {calendar,rfc3339_to_system_time,2,[{file,"calendar.erl"},{line,361}]}`},
			{"offset no colon", from("2024-01-02T03:04:05+0200", Nil{}),
				`error:{case_clause,"00"} @ {calendar,offset_string_adjustment,3,[{file,"calendar.erl"},{line,723}]}`},
			{"month 13", from("2024-13-02T03:04:05Z", Nil{}),
				`error:function_clause @ {calendar,last_day_of_the_month1,[2024,13],[{file,"calendar.erl"},{line,261}]}`},
			{"bad digit", from("2024-01-0xT03:04:05Z", Nil{}),
				`error:badarg @ {erlang,list_to_integer,["0x"],[{error_info,#{module => erl_erts_errors}}]}`},
		})
	})
}

func TestStdlibMoreIoLib(t *testing.T) {
	p := NewProcess()
	checkOutcomes(t, []outcomeCase{
		{"string as latin1", func() Term { return IoLibWriteStringAsLatin11(p, List(BoxInt(0xABC), BoxInt(0x1F600))) }, `"\"\\x{ABC}\\x{1F600}\""`},
		{"string as latin1 é", func() Term { return IoLibWriteStringAsLatin11(p, List(BoxInt(0xE9), BoxInt('\n'))) }, `"\"é\\n\""`},
		{"string as latin1 quote", func() Term { return IoLibWriteStringAsLatin12(p, Str("it's"), BoxInt('\'')) }, `"'it\\'s'"`},
		{"string as latin1 octal", func() Term { return IoLibWriteStringAsLatin11(p, List(BoxInt(0), BoxInt(0x9F))) }, `"\"\\000\\237\""`},
		{"string as latin1 atom", func() Term { return IoLibWriteStringAsLatin11(p, Intern("abc")) },
			`error:function_clause @ {io_lib,write_string1,[unicode_as_latin1,abc,34],[{file,"io_lib.erl"},{line,581}]}`},
		{"latin1 string", func() Term { return IoLibWriteLatin1String1(p, Str("a\"b")) }, `"\"a\\\"b\""`},
		{"latin1 string wide", func() Term {
			return IoLibWriteLatin1String1(p, List(BoxInt(1024), BoxInt('a'), BoxInt(1025), BoxInt('b')))
		},
			`error:function_clause @ {io_lib,string_char,[latin1,1025,34,"b\""],[{file,"io_lib.erl"},{line,586}]}`},
		{"latin1 string wide 2", func() Term { return IoLibWriteLatin1String2(p, List(BoxInt(1024)), BoxInt('\'')) },
			`error:function_clause @ {io_lib,string_char,[latin1,1024,39,"'"],[{file,"io_lib.erl"},{line,586}]}`},
		{"unicode string", func() Term { return IoLibWriteUnicodeString1(p, List(BoxInt(1024))) }, "[34,1024,34]"},
		{"char as latin1", func() Term { return IoLibWriteCharAsLatin11(p, BoxInt(0xABC)) }, `"$\\x{ABC}"`},
		{"char as latin1 space", func() Term { return IoLibWriteCharAsLatin11(p, BoxInt(' ')) }, `"$ "`},
		{"char as latin1 nul", func() Term { return IoLibWriteCharAsLatin11(p, BoxInt(0)) }, `"$\\000"`},
		{"char as latin1 -1", func() Term { return IoLibWriteCharAsLatin11(p, BoxInt(-1)) },
			`error:function_clause @ {io_lib,write_char_as_latin1,[-1],[{file,"io_lib.erl"},{line,641}]}`},
		{"latin1 char", func() Term { return IoLibWriteLatin1Char1(p, BoxInt(233)) }, `"$é"`},
		{"latin1 char wide", func() Term { return IoLibWriteLatin1Char1(p, BoxInt(1024)) },
			`error:function_clause @ {io_lib,write_latin1_char,[1024],[{file,"io_lib.erl"},{line,635}]}`},
		{"unicode char", func() Term { return IoLibWriteUnicodeChar1(p, BoxInt(1024)) }, "[36,1024]"},
		{"atom as latin1", func() Term { return IoLibWriteAtomAsLatin11(p, Intern("a b")) }, `"'a b'"`},
		{"atom as latin1 é", func() Term { return IoLibWriteAtomAsLatin11(p, Intern("é")) }, `"é"`},
		{"atom as latin1 wide", func() Term { return IoLibWriteAtomAsLatin11(p, Intern("\u0abc")) }, `"'\\x{ABC}'"`},
		{"atom as latin1 bad", func() Term { return IoLibWriteAtomAsLatin11(p, Str("a")) },
			`error:badarg @ {erlang,atom_to_list,["a"],[{error_info,#{module => erl_erts_errors}}]}`},
		{"quote_atom", func() Term {
			var out []Term
			for _, a := range []string{"true", "a@b", "aB_1", "", "_a", "Aé", "ß", "a-b", "é", "receive"} {
				out = append(out, IoLibQuoteAtom2(p, Intern(a), Str(a)))
			}
			return List(out...)
		}, "[false,false,false,true,true,true,false,true,false,true]"},
		{"quote_atom not atom", func() Term { return IoLibQuoteAtom2(p, Str("a"), Str("a")) }, "false"},
		{"quote_atom not chars", func() Term { return IoLibQuoteAtom2(p, Intern("a"), Intern("b")) }, "true"},
	})
}

// TestDisplay checks erlang:display/1's text against what BEAM 25 printed.
func TestDisplay(t *testing.T) {
	p := NewProcess()
	var buf bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&buf)
	defer func() { Stdout = saved }()
	big := EmptyMap
	for k := 1; k <= 40; k++ {
		big = big.Put(BoxInt(Int(k)), BoxInt(Int(k)))
	}
	cases := []struct {
		t    Term
		want string
	}{
		{Intern("a"), "a"}, {Intern("B c"), "'B c'"}, {Str("abc"), `"abc"`}, {Nil{}, "[]"},
		{&Cons{Head: BoxInt(1), Tail: &Cons{Head: BoxInt(2), Tail: BoxInt(3)}}, "[1,2|3]"},
		{NewTuple(BoxInt(1), Float(2.5), BoxInt(-3)), "{1,2.500000e+00,-3}"},
		{Float(1e100), "1.000000e+100"}, {Float(math.Copysign(0, -1)), "-0.000000e+00"}, {Float(5e-324), "4.940656e-324"},
		{ErlangListToInteger1(p, Str("123456789012345678901234567890")), "123456789012345678901234567890"},
		{NewBinary([]byte{1, 2, 3}), "<<1,2,3>>"}, {NewBinary([]byte("a\"b")), `<<"a\"b">>`}, {NewBinary([]byte(`\`)), `<<"\">>`},
		{NewBinary([]byte("a\nb")), "<<97,10,98>>"}, {NewBinary(nil), "<<>>"}, {&Binary{Data: []byte{1, 2 << 4}, Trail: 4}, "<<1,2:4>>"},
		{NewMap(Intern("a"), BoxInt(1), Str("k"), List(Intern("x"))), `#{a=>1,"k"=>[x]}`},
		{List(BoxInt('a'), BoxInt(300)), "[97,300]"}, {Str("a\nb"), `"a\nb"`}, {Str("\t\r"), "\"\t\r\""},
		{List(BoxInt(0xE9)), "\"\xe9\""}, {List(BoxInt(0x9F)), "[159]"}, {List(BoxInt(127)), "[127]"}, {Str(`"\`), `"\"\"`},
		{Intern("é"), "é"}, {Intern("ß"), "ß"}, {Intern("À"), "'À'"}, {Intern("aÀ"), "aÀ"}, {Intern("a÷"), "'a÷'"},
		{Intern("a@b"), "'a@b'"}, {Intern("receive"), "receive"}, {Intern(""), "''"}, {Intern("it's"), `'it\'s'`},
		{Intern(`a\b`), `'a\\b'`}, {Intern("a\x1b"), `'a\033'`}, {Intern("a\u0080"), `'a\200'`}, {Intern("a\u00a0"), "'a\u00a0'"},
		{Intern("a\b\f\v\n"), `'a\b\f\v\n'`}, {Intern("ab\x7f"), "'ab\x7f'"}, {Intern("\u0400"), "'\u0400'"},
		{List(Intern("a"), BoxInt('b'), BoxInt('c')), "[a,98,99]"}, {List(Str("ab"), Str("cd")), `["ab","cd"]`}, {List(Nil{}), "[[]]"},
		{big, "#<fffb>{<1201>{[16|16],[18|18],[5|5]},<4400>{[19|19],[27|27]},<1084>{[35|35],<4080>{[10|10],[24|24]},[36|36]}," +
			"<14>{[4|4],[21|21]},<240>{[22|22],[17|17]},<2a>{[3|3],[8|8],[1|1]},<8512>{[7|7],[2|2],[14|14],[15|15],[20|20]}," +
			"<c0>{[40|40],<1001>{[13|13],[38|38]}},[6|6],<9400>{[28|28],[25|25],[34|34]},<312>{[32|32],[9|9],[37|37],[11|11]}," +
			"[31|31],[26|26],<2060>{[39|39],[30|30],<8020>{[29|29],[23|23]}},<8200>{[12|12],[33|33]}}"},
	}
	for _, c := range cases {
		buf.Reset()
		if r := ErlangDisplay1(p, c.t); r != True {
			t.Errorf("display(%s) returned %s", Format(c.t), Format(r))
		}
		Stdout.Flush()
		if got := buf.String(); got != c.want+"\r\n" {
			t.Errorf("display(%s) wrote %q, want %q", Format(c.t), got, c.want+"\r\n")
		}
	}
	buf.Reset()
	ErlangDisplayString1(p, List(BoxInt('h'), BoxInt(300), BoxInt('\n')))
	Stdout.Flush()
	if got := buf.String(); got != "h\u012c\r\n" {
		t.Errorf("display_string wrote %q", got)
	}
	if got := outcome(func() Term { return ErlangDisplayString1(p, NewBinary([]byte("bin"))) }); got !=
		`error:badarg @ {erlang,display_string,[<<"bin">>],[{error_info,#{module => erl_erts_errors}}]}` {
		t.Errorf("display_string(<<\"bin\">>): %s", got)
	}
}

// TestLimitTerm checks io_lib:limit_term/2 against what BEAM 25 returned.
func TestLimitTerm(t *testing.T) {
	p := NewProcess()
	nested := NewTuple(BoxInt(1), NewTuple(BoxInt(2), NewTuple(BoxInt(3), NewTuple(BoxInt(4)))))
	mixed := NewTuple(Intern("a"), Str("string"), List(Intern("x"), Intern("y"), Intern("z")), NewMap(Intern("k"), Intern("v")))
	improper := ListWithTail(Intern("tl"), BoxInt(1), Str("ab"))
	m := NewMap(Intern("a"), ints(1, 2, 3), Intern("b"), NewTuple(Intern("x"), Intern("y")))
	cases := []struct {
		t     Term
		depth int
		want  string
	}{
		{Intern("a"), 0, "'...'"}, {Str("abc"), 1, "['...']"}, {Str("abc"), 2, "\"abc\""},
		{ints(1, 2, 3, 4, 5), 3, "[1,2,'...']"}, {ints(1, 2, 3, 4, 5), 5, "[1,2,3,4,'...']"},
		{ListWithTail(Intern("c"), Intern("a"), Intern("b")), 3, "[a,b,'...']"},
		{ListWithTail(Intern("c"), Intern("a"), Intern("b")), 5, "[a,b|c]"},
		{nested, 1, "{'...'}"}, {nested, 3, "{1,{'...'}}"}, {nested, 5, "{1,{2,{'...'}}}"},
		{mixed, 3, "{a,['...'],'...'}"}, {mixed, 5, "{a,\"string\",[x,'...'],#{k => '...'}}"},
		{improper, 3, "[1,['...'],'...']"}, {improper, 5, "[1,\"ab\"|tl]"},
		{m, 1, "#{a => '...',b => '...'}"}, {m, 2, "#{a => ['...'],b => {'...'}}"}, {m, 5, "#{a => [1,2,3],b => {x,y}}"},
		{NewTuple(), 1, "{}"}, {EmptyMap, 0, "'...'"}, {NewBinary([]byte{1, 2, 3}), 1, "<<1,2,3>>"},
	}
	for _, c := range cases {
		if got := oneLine(IoLibLimitTerm2(p, c.t, BoxInt(Int(c.depth)))); got != c.want {
			t.Errorf("limit_term(%s, %d) = %s, want %s", Format(c.t), c.depth, got, c.want)
		}
	}
	if got := IoLibLimitTerm2(p, ints(1), Intern("x")); Format(got) != "[1]" {
		t.Errorf("limit_term([1], x) = %s", Format(got))
	}
	if got := outcome(func() Term { return IoLibLimitTerm2(p, NewTuple(BoxInt(1)), Intern("x")) }); got !=
		`error:badarith @ {io_lib,test_limit_tuple,4,[{file,"io_lib.erl"},{line,1101}]}` {
		t.Errorf("limit_term({1}, x): %s", got)
	}
}
