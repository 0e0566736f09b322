package rt

import "testing"

// erl: erlang:convert_time_unit(-576460752303423488+123456789, native,
// millisecond) = -576460752180; monotonic_time(millisecond) used to come
// out in whole seconds, since the product overflowed. Results beyond
// int64 are bignums: convert_time_unit(64563604257983431, 7, 1000) =
// 9223372036854775857.
func TestConvertTimeOverflow(t *testing.T) {
	for _, c := range []struct {
		v, from, to int64
		want        string
	}{
		{-576460752303423488 + 123456789, 1e9, 1000, "-576460752180"},
		{-576460752303423488 + 123456789, 1e9, 3, "-1729382257"},
		{9223372036854775807, 1e9, 1e6, "9223372036854775"},
		{-1, 1e9, 1000, "-1"},
		{1999, 1000, 1, "1"},
		{64563604257983431, 7, 1000, "9223372036854775857"},
		{-64563604257983431, 7, 1000, "-9223372036854775858"},
		{9223372036854775807, 1e9, 1e12, "9223372036854775807000"},
		{-(1 << 62), 1e9, 1, "-4611686019"},
	} {
		if got := Format(convertTime(c.v, c.from, c.to)); got != c.want {
			t.Errorf("convertTime(%d, %d, %d) = %s, want %s", c.v, c.from, c.to, got, c.want)
		}
	}
}

// erl: convert_time_unit takes any integer time in any positive integer
// units; bignum units and times in [2^62, 2^63) included.
func TestConvertTimeUnitBig(t *testing.T) {
	p := NewProcess()
	big := func(s string) Term { return ParseInt(s) }
	for _, c := range []struct {
		v, from, to Term
		want        string
	}{
		{big("4611686018427387904"), Intern("second"), Intern("millisecond"), "4611686018427387904000"},
		{big("-4611686018427387911"), big("4611686018427387904"), big("9223372036854775808"), "-9223372036854775822"},
		{BoxInt(1000), big("1180591620717411303424"), Intern("second"), "0"},
		{BoxInt(-576460752303423488 + 123456789), Intern("native"), big("4611686018427387904"), "-2658455991000487798096373981"},
		{big("4611686018427387909"), big("4611686018427387904"), BoxInt(3), "3"},
	} {
		if got := Format(ErlangConvertTimeUnit3(p, c.v, c.from, c.to)); got != c.want {
			t.Errorf("convert_time_unit(%s, %s, %s) = %s, want %s", Format(c.v), Format(c.from), Format(c.to), got, c.want)
		}
	}
	for _, u := range []Term{BoxInt(0), big("-9223372036854775809"), Intern("hour")} {
		if v := Catch(func() Term { return ErlangConvertTimeUnit3(p, BoxInt(1), u, Intern("second")) }); !isTag(v, AtomEXIT, 2) {
			t.Errorf("convert_time_unit(1, %s, second) = %s, want badarg", Format(u), Format(v))
		}
	}
	// erl: system_time(1000000000000) is about 1.8e21; system_time() in
	// nanoseconds is still a small integer.
	if v, ok := ErlangSystemTime1(p, BoxInt(1e12)).(*BigInt); !ok || v.Big().Sign() <= 0 {
		t.Errorf("system_time(1000000000000) = %s", Format(v))
	}
	if _, ok := IntOf(ErlangSystemTime0(p)); !ok {
		t.Errorf("system_time() = %s, not small", Format(ErlangSystemTime0(p)))
	}
	if v, ok := ErlangMonotonicTime1(p, big("4611686018427387904")).(*BigInt); !ok || v.Big().Sign() >= 0 {
		t.Errorf("monotonic_time(1 bsl 62) = %s", Format(v))
	}
}

// erl: integers beyond the small range are no valid timeouts: receive
// after (1 bsl 62) raises timeout_value, send_after(1 bsl 62, ...) badarg
// (cause time), with or without abs; halt((1 bsl 62) + 3) and halt of a
// bignum exit with the low 8 bits.
func TestBigTimeouts(t *testing.T) {
	p := NewProcess()
	for _, v := range []Term{ParseInt("4611686018427387904"), ParseInt("-4611686018427387905"), BoxInt(maxTimeout + 1), BoxInt(-1)} {
		if _, ok := timeoutMs(v); ok {
			t.Errorf("timeoutMs(%s) accepted", Format(v))
		}
		abs := List(NewTuple(atomAbs, True))
		if r := Catch(func() Term { return ErlangSendAfter4(p, v, p.self, Ok, abs) }); !isTag(r, AtomEXIT, 2) {
			t.Errorf("send_after(%s, abs) = %s", Format(v), Format(r))
		}
		if r := Catch(func() Term { return ErlangStartTimer3(p, v, p.self, Ok) }); !isTag(r, AtomEXIT, 2) {
			t.Errorf("start_timer(%s) = %s", Format(v), Format(r))
		}
	}
	if ms, ok := timeoutMs(BoxInt(maxTimeout)); !ok || ms != maxTimeout {
		t.Errorf("timeoutMs(2^32-1) = %d, %v", ms, ok)
	}
	for _, c := range []struct {
		v  Term
		st int
		ok bool
	}{
		{BoxInt(3), 3, true}, {BoxInt(256 + 7), 7, true}, {BoxInt(-1), 0, false},
		{ParseInt("4611686018427387907"), 3, true}, {ParseInt("1180591620717411303427"), 3, true},
		{ParseInt("-4611686018427387907"), 0, false}, {Ok, 0, false},
	} {
		if st, ok := exitStatus(c.v); st != c.st || ok != c.ok {
			t.Errorf("exitStatus(%s) = %d, %v; want %d, %v", Format(c.v), st, ok, c.st, c.ok)
		}
	}
}

// erl: send_after(Now + 30, self(), m, [{abs, true}]) fires 30 ms after
// Now; cancel_timer/read_timer with {async, true} answer ok and then
// {cancel_timer | read_timer, Ref, Result}; {info, false} answers ok only.
func TestTimerOptions(t *testing.T) {
	p := NewProcess()
	ms := Intern("millisecond")
	abs := List(NewTuple(atomAbs, True))
	now := ErlangMonotonicTime1(p, ms)
	r := ErlangSendAfter4(p, Add(now, BoxInt(300)), p.self, Intern("m"), abs).(Ref)
	left := ErlangReadTimer1(p, r).(Small).Int()
	if left < 200 || left > 300 {
		t.Fatalf("read_timer: %d ms left of an absolute 300", left)
	}
	if v := ErlangReadTimer2(p, r, List(NewTuple(atomAsync, True))); v != Term(Ok) {
		t.Fatalf("read_timer async: %s", Format(v))
	}
	m := recvAny(t, p).(*Tuple)
	if m.Elems[0] != Term(atomReadTimer) || m.Elems[1] != Term(r) {
		t.Fatal(Format(m))
	}
	opts := List(NewTuple(atomAsync, True), NewTuple(atomInfo, True))
	if v := ErlangCancelTimer2(p, r, opts); v != Term(Ok) {
		t.Fatalf("cancel_timer async: %s", Format(v))
	}
	m = recvAny(t, p).(*Tuple)
	if m.Elems[0] != Term(atomCancelTimer) || m.Elems[1] != Term(r) {
		t.Fatal(Format(m))
	}
	if _, ok := IntOf(m.Elems[2]); !ok {
		t.Fatalf("cancel_timer answered %s", Format(m))
	}
	if v := ErlangCancelTimer2(p, r, List(NewTuple(atomInfo, False))); v != Term(Ok) {
		t.Fatalf("cancel_timer info false: %s", Format(v))
	}
	past := ErlangStartTimer4(p, Add(now, BoxInt(-100)), p.self, Intern("late"), abs).(Ref)
	etsTerm(t, "{timeout,"+Format(past)+",late}", recvAny(t, p))
	if v := Catch(func() Term { return ErlangSendAfter4(p, BoxInt(1), p.self, Ok, List(NewTuple(Intern("foo"), True))) }); !isTag(v, AtomEXIT, 2) {
		t.Fatalf("a bad option: %s", Format(v))
	}
}
