package rt

import "testing"

// Timers started in the opposite order of their times deliver in the
// order of their times, even when they are all due by the time the
// process looks (erl: send_after(60, self(), 3), send_after(20, ..., 1),
// send_after(40, ..., 2), then sleep 100: the mailbox holds 1, 2, 3).
// Absolute times 2 ms apart keep the order independent of how long the
// loop that starts them takes on a loaded machine.
func TestTimersFireInTimeOrder(t *testing.T) {
	p := NewProcess()
	const n = 40
	abs := List(NewTuple(atomAbs, True))
	base := ErlangMonotonicTime1(p, Intern("millisecond")).(Small).Int() + 5
	for i := n; i >= 1; i-- {
		ErlangSendAfter4(p, BoxInt(base+Int(2*i)), p.self, BoxInt(Int(i)), abs)
	}
	TimerSleep1(p, BoxInt(Int(5+2*n+50)))
	for want := 1; want <= n; want++ {
		msg, ok := p.Receive(BoxInt(0), func(Term) bool { return true })
		if !ok || msg != BoxInt(Int(want)) {
			t.Fatalf("message %d: got %v (%v)", want, msg, ok)
		}
	}
}

// Timers due at the same time deliver in the order they were started, as
// on BEAM (erl: 40 send_after(10, self(), I) in a row arrive as 1..40).
func TestTimersSameTimeInStartOrder(t *testing.T) {
	p := NewProcess()
	const n = 40
	for i := 1; i <= n; i++ {
		ErlangSendAfter3(p, BoxInt(10), p.self, BoxInt(Int(i)))
	}
	TimerSleep1(p, BoxInt(50))
	for want := 1; want <= n; want++ {
		msg, ok := p.Receive(BoxInt(0), func(Term) bool { return true })
		if !ok || msg != BoxInt(Int(want)) {
			t.Fatalf("message %d: got %v (%v)", want, msg, ok)
		}
	}
}

// A timer cancelled before it is due never delivers; the others still do.
func TestTimerCancelKeepsOrder(t *testing.T) {
	p := NewProcess()
	a := ErlangSendAfter3(p, BoxInt(30), p.self, BoxInt(1))
	ErlangSendAfter3(p, BoxInt(20), p.self, BoxInt(2))
	ErlangCancelTimer1(p, a)
	TimerSleep1(p, BoxInt(60))
	msg, ok := p.Receive(BoxInt(0), func(Term) bool { return true })
	if !ok || msg != BoxInt(2) {
		t.Fatalf("got %v (%v), want 2", msg, ok)
	}
	if msg, ok := p.Receive(BoxInt(0), func(Term) bool { return true }); ok {
		t.Fatalf("cancelled timer delivered %v", msg)
	}
}
