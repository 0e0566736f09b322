package rt

import (
	"container/heap"
	"math"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Timers (erlang:send_after/start_timer/cancel_timer, the timer module)
// and clocks. A timer is a Go runtime timer whose callback delivers the
// message; the table maps each timer reference to it for cancel_timer.

type erlTimer struct {
	t    *time.Timer
	due  time.Time
	seq  uint64 // creation order, for timers due at the same time
	fire func(Ref)
}

// timerSeq numbers timers; fireMu makes one goroutine at a time deliver.
var (
	timerSeq atomic.Uint64
	fireMu   sync.Mutex
)

var timers = struct {
	sync.Mutex
	m map[Ref]*erlTimer
}{m: map[Ref]*erlTimer{}}

// startTimer calls fire after ms milliseconds unless cancelled first.
func startTimer(ms int64, fire func(ref Ref)) Ref {
	ref := MakeRef()
	d := msDuration(ms)
	et := &erlTimer{due: time.Now().Add(d), seq: timerSeq.Add(1), fire: fire}
	timers.Lock()
	timers.m[ref] = et
	heap.Push(&timerQueue, dueTimer{ref, et})
	et.t = time.AfterFunc(d, fireDue)
	timers.Unlock()
	return ref
}

// msDuration is ms milliseconds (ms >= 0), or the longest Duration, some
// 292 years, for more than that (the timer module takes any integer below
// 2^62).
func msDuration(ms int64) time.Duration {
	if ms > math.MaxInt64/int64(time.Millisecond) {
		return math.MaxInt64
	}
	return time.Duration(ms) * time.Millisecond
}

// fireDue fires every timer that is due, in the order of their times. Go
// runs each timer's callback in a goroutine of its own, and goroutines
// woken together may run in any order: the timers due by now are fired by
// whichever callback runs first, so that messages arrive in timer order
// as on BEAM. The queue holds every started timer; one cancelled since
// is no longer in the table and is skipped.
func fireDue() {
	fireMu.Lock()
	defer fireMu.Unlock()
	now := time.Now()
	for {
		timers.Lock()
		if len(timerQueue) == 0 || timerQueue[0].et.due.After(now) {
			timers.Unlock()
			return
		}
		d := heap.Pop(&timerQueue).(dueTimer)
		_, live := timers.m[d.ref]
		delete(timers.m, d.ref)
		timers.Unlock()
		if live {
			d.et.t.Stop()
			d.et.fire(d.ref)
		}
	}
}

// dueTimers is a min-heap of timers by due time, then creation order.
type dueTimer struct {
	ref Ref
	et  *erlTimer
}

type dueTimers []dueTimer

var timerQueue dueTimers // guarded by timers' lock

func (q dueTimers) Len() int { return len(q) }
func (q dueTimers) Less(i, j int) bool {
	a, b := q[i].et, q[j].et
	if !a.due.Equal(b.due) {
		return a.due.Before(b.due)
	}
	return a.seq < b.seq
}
func (q dueTimers) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *dueTimers) Push(x any)   { *q = append(*q, x.(dueTimer)) }
func (q *dueTimers) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// cancelTimer stops a timer; it returns the milliseconds that were left,
// or false when the timer had fired or never existed.
func cancelTimer(ref Ref) Term {
	timers.Lock()
	et, ok := timers.m[ref]
	delete(timers.m, ref)
	timers.Unlock()
	if !ok {
		return False
	}
	et.t.Stop()
	return BoxInt(Int(max(0, time.Until(et.due).Milliseconds())))
}

// sendLater delivers msg to dest (a pid or a name looked up when the timer
// fires) after ms, or at ms on the monotonic clock when abs is set.
func sendLater(name string, ms, dest, msg Term, wrap, abs bool, args ...Term) Term {
	t, ok := IntOf(ms) // a *BigInt is out of range, relative or absolute, as on BEAM
	_, isPid := dest.(Pid)
	_, isAtom := dest.(Atom)
	if abs && ok {
		t -= Int(floorDiv(monotonicNs(), 1e6))
		t = max(t, 0)
	}
	if !ok || t < 0 || t > maxTimeout {
		return BIFErrorCause(AtomBadarg, "time", name, args...)
	}
	if !isPid && !isAtom {
		return BIFBadarg(name, args...)
	}
	return startTimer(int64(t), func(ref Ref) {
		m := msg
		if wrap {
			m = NewTuple(AtomTimeout, ref, msg)
		}
		if pid, ok := dest.(Pid); ok {
			Send(nil, pid, m)
		} else if pid, ok := whereis(dest.(Atom)); ok {
			Send(nil, pid, m)
		}
	})
}

// AtomTimeout is the atom timeout.
var AtomTimeout = Intern("timeout")

// ErlangSendAfter3 is erlang:send_after(Time, Dest, Msg).
func ErlangSendAfter3(p *Process, ms, dest, msg Term) Term {
	return sendLater("send_after", ms, dest, msg, false, false, ms, dest, msg)
}

// ErlangSendAfter4 is erlang:send_after(Time, Dest, Msg, [{abs, Bool}]).
func ErlangSendAfter4(p *Process, ms, dest, msg, opts Term) Term {
	abs, ok := timerOpts(opts, atomAbs)
	if !ok {
		return BIFBadarg("send_after", ms, dest, msg, opts)
	}
	return sendLater("send_after", ms, dest, msg, false, abs[atomAbs], ms, dest, msg, opts)
}

// ErlangStartTimer3 is erlang:start_timer(Time, Dest, Msg): the message is
// {timeout, TimerRef, Msg}.
func ErlangStartTimer3(p *Process, ms, dest, msg Term) Term {
	return sendLater("start_timer", ms, dest, msg, true, false, ms, dest, msg)
}

// ErlangStartTimer4 is erlang:start_timer(Time, Dest, Msg, [{abs, Bool}]).
func ErlangStartTimer4(p *Process, ms, dest, msg, opts Term) Term {
	abs, ok := timerOpts(opts, atomAbs)
	if !ok {
		return BIFBadarg("start_timer", ms, dest, msg, opts)
	}
	return sendLater("start_timer", ms, dest, msg, true, abs[atomAbs], ms, dest, msg, opts)
}

var (
	atomAbs         = Intern("abs")
	atomAsync       = Intern("async")
	atomCancelTimer = Intern("cancel_timer")
	atomReadTimer   = Intern("read_timer")
)

// timerOpts reads a proper list of {Name, Bool} options, each name one of
// names; ok is false for anything else (badarg on BEAM).
func timerOpts(opts Term, names ...Atom) (set map[Atom]bool, ok bool) {
	list, proper := ListToSlice(opts)
	if !proper {
		return nil, false
	}
	set = map[Atom]bool{}
	for _, o := range list {
		t, ok := TupleArity(o, 2)
		if !ok {
			return nil, false
		}
		name, _ := t.Elems[0].(Atom)
		b, isBool := t.Elems[1].(Atom)
		if !isBool || (b != True && b != False) || !slices.Contains(names, name) {
			return nil, false
		}
		set[name] = b == True
	}
	return set, true
}

// ErlangCancelTimer1 is erlang:cancel_timer(TimerRef).
func ErlangCancelTimer1(p *Process, ref Term) Term {
	r, ok := ref.(Ref)
	if !ok {
		return BIFBadarg("cancel_timer", ref)
	}
	return cancelTimer(r)
}

// ErlangCancelTimer2 is erlang:cancel_timer(TimerRef, [{async, A},
// {info, I}]). With info false the result is ok and nothing is told; with
// async true the result is ok and, unless info is false, the answer comes
// as the message {cancel_timer, TimerRef, Result}.
func ErlangCancelTimer2(p *Process, ref, opts Term) Term {
	o, ok := timerOpts(opts, atomAsync, atomInfo)
	r, isRef := ref.(Ref)
	if !ok || !isRef {
		return BIFBadarg("cancel_timer", ref, opts)
	}
	return timerAnswer(p, atomCancelTimer, r, cancelTimer(r), o)
}

// timerAnswer returns v, or ok after sending {Tag, Ref, V} to p for async.
func timerAnswer(p *Process, tag Atom, r Ref, v Term, o map[Atom]bool) Term {
	info, given := o[atomInfo]
	if given && !info {
		return Ok
	}
	if o[atomAsync] {
		p.deliver(NewTuple(tag, r, v))
		return Ok
	}
	return v
}

// ErlangReadTimer1 is erlang:read_timer(TimerRef).
func ErlangReadTimer1(p *Process, ref Term) Term {
	r, ok := ref.(Ref)
	if !ok {
		return BIFBadarg("read_timer", ref)
	}
	return readTimer(r)
}

// ErlangReadTimer2 is erlang:read_timer(TimerRef, [{async, Bool}]).
func ErlangReadTimer2(p *Process, ref, opts Term) Term {
	o, ok := timerOpts(opts, atomAsync)
	r, isRef := ref.(Ref)
	if !ok || !isRef {
		return BIFBadarg("read_timer", ref, opts)
	}
	return timerAnswer(p, atomReadTimer, r, readTimer(r), o)
}

// readTimer is the milliseconds left before r fires, or false.
func readTimer(r Ref) Term {
	timers.Lock()
	et, live := timers.m[r]
	timers.Unlock()
	if !live {
		return False
	}
	return BoxInt(Int(max(0, time.Until(et.due).Milliseconds())))
}

// Clocks. Native time is nanoseconds, as on BEAM under Linux; monotonic
// time starts near -2^59, as BEAM's does, so programs see the same kind of
// (negative) values.

var startTime = time.Now()

const monotonicBase = -(1 << 59)

func monotonicNs() int64 { return monotonicBase + int64(time.Since(startTime)) }

// unitsPerSecond reads a time unit: second, millisecond, microsecond,
// nanosecond, native, perf_counter, a positive integer, or the deprecated
// plural forms. ok is false for a positive integer beyond int64, which
// BEAM accepts too: bigUnit reads those.
func unitsPerSecond(u Term) (int64, bool) {
	var a Atom
	switch x := u.(type) {
	case Small:
		return int64(x.Int()), x.Int() > 0
	case *BigInt: // [2^62, 2^63) still fits
		return x.v.Int64(), x.v.IsInt64() && x.v.Sign() > 0
	case Atom:
		a = x
	default:
		return 0, false
	}
	switch a.Name() {
	case "second", "seconds":
		return 1, true
	case "millisecond", "milli_seconds":
		return 1000, true
	case "microsecond", "micro_seconds":
		return 1000000, true
	case "nanosecond", "nano_seconds", "native", "perf_counter":
		return 1000000000, true
	}
	return 0, false
}

// bigUnit reads a time unit as a *big.Int, any positive integer included;
// tmp holds the count when the unit is not a *BigInt.
func bigUnit(u Term, tmp *big.Int) (*big.Int, bool) {
	if b, ok := u.(*BigInt); ok {
		return &b.v, b.v.Sign() > 0
	}
	n, ok := unitsPerSecond(u)
	return tmp.SetInt64(n), ok
}

// convertTime converts v from one unit to another (both positive),
// rounding down as erlang:convert_time_unit does. The result may be a
// *BigInt: system_time(1000000000000) is about 1.8e21.
func convertTime(v, from, to int64) Term {
	if from == to {
		return BoxInt(Int(v))
	}
	hi := v * to
	if hi/to == v {
		return BoxInt(Int(floorDiv(hi, from)))
	}
	// v*to overflows (monotonic nanoseconds to milliseconds does): whole
	// units of from, then the remainder, which is below from.
	q := floorDiv(v, from)
	r := v - q*from
	if rt, qt := r*to, q*to; rt/to == r && qt/to == q {
		if s := qt + floorDiv(rt, from); s >= qt { // rt >= 0: only overflow makes s smaller
			return BoxInt(Int(s))
		}
	}
	return convertTimeBig(big.NewInt(v), big.NewInt(from), big.NewInt(to))
}

// convertTimeBig is convertTime on integers of any size.
func convertTimeBig(v, from, to *big.Int) Term {
	x := new(big.Int).Mul(v, to)
	x.Div(x, from) // Euclidean: rounds down for a positive from
	return IntFromBig(x)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func timeIn(name string, ns int64, unit Term) Term {
	if ups, ok := unitsPerSecond(unit); ok {
		return convertTime(ns, 1000000000, ups)
	}
	var tmp big.Int
	ups, ok := bigUnit(unit, &tmp)
	if !ok {
		return BIFBadarg(name, unit)
	}
	return convertTimeBig(big.NewInt(ns), big.NewInt(1000000000), ups)
}

// ErlangMonotonicTime0 is erlang:monotonic_time() in native units.
func ErlangMonotonicTime0(p *Process) Term { return BoxInt(Int(monotonicNs())) }

// ErlangMonotonicTime1 is erlang:monotonic_time(Unit).
func ErlangMonotonicTime1(p *Process, u Term) Term { return timeIn("monotonic_time", monotonicNs(), u) }

// ErlangSystemTime0 is erlang:system_time() in native units.
//
// Nanoseconds since 1970 (about 1.8e18) are a Small until 2116.
func ErlangSystemTime0(p *Process) Term { return BoxInt(Int(time.Now().UnixNano())) }

// ErlangSystemTime1 is erlang:system_time(Unit).
func ErlangSystemTime1(p *Process, u Term) Term {
	return timeIn("system_time", time.Now().UnixNano(), u)
}

// ErlangTimestamp0 is erlang:timestamp() and os:timestamp(): {MegaSecs, Secs, MicroSecs}.
func ErlangTimestamp0(p *Process) Term {
	us := time.Now().UnixMicro()
	return NewTuple(BoxInt(Int(us/1e12)), BoxInt(Int(us/1e6%1e6)), BoxInt(Int(us%1e6)))
}

// ErlangConvertTimeUnit3 is erlang:convert_time_unit(Time, From, To).
func ErlangConvertTimeUnit3(p *Process, t, from, to Term) Term {
	if v, ok := IntOf(t); ok {
		f, ok1 := unitsPerSecond(from)
		u, ok2 := unitsPerSecond(to)
		if ok1 && ok2 {
			return convertTime(int64(v), f, u)
		}
	}
	// Any integer time in any positive integer units, as BEAM's.
	var tv, tf, tu big.Int
	v, ok := bigOf(t, &tv)
	f, ok1 := bigUnit(from, &tf)
	u, ok2 := bigUnit(to, &tu)
	if !ok || !ok1 || !ok2 {
		return BIFBadarg("convert_time_unit", t, from, to)
	}
	return convertTimeBig(v, f, u)
}

func init() {
	registerModule("erlang", true, []Func{
		Export("send_after", 3, ErlangSendAfter3), Export("start_timer", 3, ErlangStartTimer3),
		Export("send_after", 4, ErlangSendAfter4), Export("start_timer", 4, ErlangStartTimer4),
		Export("cancel_timer", 1, ErlangCancelTimer1), Export("cancel_timer", 2, ErlangCancelTimer2),
		Export("read_timer", 1, ErlangReadTimer1), Export("read_timer", 2, ErlangReadTimer2),
		Export("monotonic_time", 0, ErlangMonotonicTime0), Export("monotonic_time", 1, ErlangMonotonicTime1),
		Export("system_time", 0, ErlangSystemTime0), Export("system_time", 1, ErlangSystemTime1),
		Export("timestamp", 0, ErlangTimestamp0), Export("convert_time_unit", 3, ErlangConvertTimeUnit3),
	})
	registerModule("os", true, []Func{
		Export("timestamp", 0, ErlangTimestamp0), Export("system_time", 0, ErlangSystemTime0),
		Export("system_time", 1, ErlangSystemTime1),
	})
}

// lastNow makes erlang:now/0 strictly increasing, as BEAM's is.
var lastNow struct {
	sync.Mutex
	us int64
}

// ErlangNow0 is erlang:now(): {MegaSecs, Secs, MicroSecs}, unique and
// increasing.
func ErlangNow0(p *Process) Term {
	lastNow.Lock()
	us := time.Now().UnixMicro()
	if us <= lastNow.us {
		us = lastNow.us + 1
	}
	lastNow.us = us
	lastNow.Unlock()
	return NewTuple(BoxInt(Int(us/1e12)), BoxInt(Int(us/1e6%1e6)), BoxInt(Int(us%1e6)))
}

var uniqueCounter atomic.Int64

// ErlangUniqueInteger0 is erlang:unique_integer().
func ErlangUniqueInteger0(p *Process) Term { return BoxInt(Int(uniqueCounter.Add(1))) }

// ErlangUniqueInteger1 is erlang:unique_integer(Modifiers): positive and
// monotonic both hold for this counter.
func ErlangUniqueInteger1(p *Process, mods Term) Term {
	if _, ok := ListToSlice(mods); !ok {
		return BIFBadarg("unique_integer", mods)
	}
	return BoxInt(Int(uniqueCounter.Add(1)))
}

func dateTuple(t time.Time) Term {
	return NewTuple(BoxInt(Int(t.Year())), BoxInt(Int(t.Month())), BoxInt(Int(t.Day())))
}
func timeTuple(t time.Time) Term {
	return NewTuple(BoxInt(Int(t.Hour())), BoxInt(Int(t.Minute())), BoxInt(Int(t.Second())))
}

// ErlangDate0 is date(): {Y, M, D}, local time.
func ErlangDate0(p *Process) Term { return dateTuple(time.Now()) }

// ErlangTime0 is time(): {H, M, S}, local time.
func ErlangTime0(p *Process) Term { return timeTuple(time.Now()) }

// ErlangLocaltime0 is erlang:localtime().
func ErlangLocaltime0(p *Process) Term {
	t := time.Now()
	return NewTuple(dateTuple(t), timeTuple(t))
}

// ErlangUniversaltime0 is erlang:universaltime().
func ErlangUniversaltime0(p *Process) Term {
	t := time.Now().UTC()
	return NewTuple(dateTuple(t), timeTuple(t))
}

func init() {
	registerModule("erlang", true, []Func{
		Export("now", 0, ErlangNow0),
		Export("unique_integer", 0, ErlangUniqueInteger0), Export("unique_integer", 1, ErlangUniqueInteger1),
		Export("date", 0, ErlangDate0), Export("time", 0, ErlangTime0),
		Export("localtime", 0, ErlangLocaltime0), Export("universaltime", 0, ErlangUniversaltime0),
	})
}
