package rt

import "testing"

// erl: erlang:convert_time_unit(-576460752303423488+123456789, native,
// millisecond) = -576460752180; monotonic_time(millisecond) used to come
// out in whole seconds, since the product overflowed.
func TestConvertTimeOverflow(t *testing.T) {
	for _, c := range []struct{ v, from, to, want int64 }{
		{-576460752303423488 + 123456789, 1e9, 1000, -576460752180},
		{-576460752303423488 + 123456789, 1e9, 3, -1729382257},
		{9223372036854775807, 1e9, 1e6, 9223372036854775},
		{-1, 1e9, 1000, -1},
		{1999, 1000, 1, 1},
	} {
		if got := convertTime(c.v, c.from, c.to); got != c.want {
			t.Errorf("convertTime(%d, %d, %d) = %d, want %d", c.v, c.from, c.to, got, c.want)
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
	r := ErlangSendAfter4(p, Add(now, Int(300)), p.self, Intern("m"), abs).(Ref)
	left := ErlangReadTimer1(p, r).(Int)
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
	if _, ok := m.Elems[2].(Int); !ok {
		t.Fatalf("cancel_timer answered %s", Format(m))
	}
	if v := ErlangCancelTimer2(p, r, List(NewTuple(atomInfo, False))); v != Term(Ok) {
		t.Fatalf("cancel_timer info false: %s", Format(v))
	}
	past := ErlangStartTimer4(p, Add(now, Int(-100)), p.self, Intern("late"), abs).(Ref)
	etsTerm(t, "{timeout,"+Format(past)+",late}", recvAny(t, p))
	if v := Catch(func() Term { return ErlangSendAfter4(p, Int(1), p.self, Ok, List(NewTuple(Intern("foo"), True))) }); !isTag(v, AtomEXIT, 2) {
		t.Fatalf("a bad option: %s", Format(v))
	}
}
