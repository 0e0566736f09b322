package rt

import (
	"sync"
	"time"
)

// The timer module. Its references look like OTP 25's: {send_local, Ref}
// from send_after, {once, Ref} from apply_after, {interval, Ref} from
// send_interval; cancel/1 answers {ok, cancel} for any of them.

var (
	atomSendLocal = Intern("send_local")
	atomOnce      = Intern("once")
	atomInterval  = Intern("interval")
	atomCancel    = Intern("cancel")
)

// intervals holds the running send_interval timers.
var intervals = struct {
	sync.Mutex
	m map[Ref]*time.Ticker
}{m: map[Ref]*time.Ticker{}}

// TimerSleep1 is timer:sleep(Time).
func TimerSleep1(p *Process, t Term) Term {
	if _, ok := timeoutMs(t); !ok {
		return FunctionClause(t)
	}
	p.Sleep(t)
	return Ok
}

// TimerSendAfter2 is timer:send_after(Time, Msg), to the caller.
func TimerSendAfter2(p *Process, t, msg Term) Term { return TimerSendAfter3(p, t, p.self, msg) }

// TimerSendAfter3 is timer:send_after(Time, Dest, Msg).
func TimerSendAfter3(p *Process, t, dest, msg Term) Term {
	ms, ok := IntOf(t)
	if !ok || ms < 0 {
		return NewTuple(AtomError, AtomBadarg)
	}
	ref := startTimer(int64(ms), func(Ref) { sendQuiet(dest, msg) })
	return NewTuple(Ok, NewTuple(atomSendLocal, ref))
}

// sendQuiet sends to a pid or name, dropping the message if the name is
// not registered (a timer has no one to raise badarg to).
func sendQuiet(dest, msg Term) {
	switch d := dest.(type) {
	case Pid:
		Send(nil, d, msg)
	case Atom:
		if pid, ok := whereis(d); ok {
			Send(nil, pid, msg)
		}
	case *Tuple:
		Catch(func() Term { return sendNamed(d, msg) })
	}
}

// TimerApplyAfter4 is timer:apply_after(Time, M, F, Args): M:F(Args) runs
// in a new process when the time is up.
func TimerApplyAfter4(p *Process, t, m, f, a Term) Term {
	ms, ok := IntOf(t)
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	args, ok3 := ListToSlice(a)
	if !ok || ms < 0 || !ok1 || !ok2 || !ok3 {
		return NewTuple(AtomError, AtomBadarg)
	}
	ref := startTimer(int64(ms), func(Ref) {
		spawnDetached(func(c *Process) Term { return Apply(c, ma, fa, args) })
	})
	return NewTuple(Ok, NewTuple(atomOnce, ref))
}

// spawnDetached starts a process that has no parent process (timers).
func spawnDetached(fn func(*Process) Term) Pid {
	parent := &Process{}
	pid, _ := parent.Spawn(fn, SpawnOpts{})
	return pid
}

// TimerExitAfter3 is timer:exit_after(Time, Dest, Reason): exit(Dest,
// Reason) when the time is up, sent from a process of the timer's own.
func TimerExitAfter3(p *Process, t, dest, reason Term) Term {
	ms, ok := IntOf(t)
	if !ok || ms < 0 {
		return NewTuple(AtomError, AtomBadarg)
	}
	ref := startTimer(int64(ms), func(Ref) {
		spawnDetached(func(c *Process) Term {
			if pid, ok := dest.(Pid); ok {
				c.SendExit(pid, reason)
			} else if a, ok := dest.(Atom); ok {
				if pid, ok := whereis(a); ok {
					c.SendExit(pid, reason)
				}
			}
			return Ok
		})
	})
	return NewTuple(Ok, NewTuple(atomOnce, ref))
}

// TimerExitAfter2 is timer:exit_after(Time, Reason), to the caller.
func TimerExitAfter2(p *Process, t, reason Term) Term { return TimerExitAfter3(p, t, p.self, reason) }

// TimerKillAfter1 is timer:kill_after(Time), to the caller.
func TimerKillAfter1(p *Process, t Term) Term { return TimerExitAfter3(p, t, p.self, AtomKill) }

// TimerKillAfter2 is timer:kill_after(Time, Dest).
func TimerKillAfter2(p *Process, t, dest Term) Term { return TimerExitAfter3(p, t, dest, AtomKill) }

// TimerApplyInterval4 is timer:apply_interval(Time, M, F, Args): M:F(Args)
// runs in a new process every Time milliseconds until cancelled or the
// caller exits.
func TimerApplyInterval4(p *Process, t, m, f, a Term) Term {
	ms, ok := IntOf(t)
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	args, ok3 := ListToSlice(a)
	if !ok || ms <= 0 || !ok1 || !ok2 || !ok3 {
		return NewTuple(AtomError, AtomBadarg)
	}
	return startInterval(p, ms, func() {
		spawnDetached(func(c *Process) Term { return Apply(c, ma, fa, args) })
	})
}

// TimerSendInterval2 is timer:send_interval(Time, Msg), to the caller.
func TimerSendInterval2(p *Process, t, msg Term) Term {
	return TimerSendInterval3(p, t, p.self, msg)
}

// TimerSendInterval3 is timer:send_interval(Time, Dest, Msg). The interval
// stops when cancelled or when the calling process exits.
func TimerSendInterval3(p *Process, t, dest, msg Term) Term {
	ms, ok := IntOf(t)
	if !ok || ms <= 0 {
		return NewTuple(AtomError, AtomBadarg)
	}
	return startInterval(p, ms, func() { sendQuiet(dest, msg) })
}

// startInterval runs tick every ms milliseconds until the timer is
// cancelled or p exits.
func startInterval(p *Process, ms Int, tick func()) Term {
	ref := MakeRef()
	tk := time.NewTicker(msDuration(int64(ms)))
	intervals.Lock()
	intervals.m[ref] = tk
	intervals.Unlock()
	go func() {
		for range tk.C {
			// Ticking under the lock makes cancel final: once
			// stopInterval has the lock, no tick is sent.
			intervals.Lock()
			_, live := intervals.m[ref]
			if live {
				tick()
			}
			intervals.Unlock()
			if !live {
				tk.Stop()
				return
			}
		}
	}()
	p.OnExit(func(*Process, Term) { stopInterval(ref) })
	return NewTuple(Ok, NewTuple(atomInterval, ref))
}

func stopInterval(ref Ref) {
	intervals.Lock()
	tk, ok := intervals.m[ref]
	delete(intervals.m, ref)
	intervals.Unlock()
	if ok {
		tk.Reset(time.Nanosecond) // one more tick: the goroutine sees it is gone and ends
	}
}

// TimerCancel1 is timer:cancel(TRef).
func TimerCancel1(p *Process, tref Term) Term {
	t, ok := TupleArity(tref, 2)
	if !ok {
		return NewTuple(AtomError, AtomBadarg)
	}
	ref, ok := t.Elems[1].(Ref)
	if !ok {
		return NewTuple(AtomError, AtomBadarg)
	}
	if t.Elems[0] == Term(atomInterval) {
		stopInterval(ref)
	} else {
		cancelTimer(ref)
	}
	return NewTuple(Ok, atomCancel)
}

// TimerTc1 is timer:tc(Fun): {Microseconds, Value}.
func TimerTc1(p *Process, f Term) Term {
	start := time.Now()
	v := CallFun(p, f)
	return NewTuple(BoxInt(Int(time.Since(start).Microseconds())), v)
}

// TimerTc2 is timer:tc(Fun, Args).
func TimerTc2(p *Process, f, a Term) Term {
	args, ok := ListToSlice(a)
	if !ok {
		return Badarg()
	}
	start := time.Now()
	v := CallFun(p, f, args...)
	return NewTuple(BoxInt(Int(time.Since(start).Microseconds())), v)
}

// TimerTc3 is timer:tc(M, F, Args).
func TimerTc3(p *Process, m, f, a Term) Term {
	start := time.Now()
	v := ErlangApply3(p, m, f, a)
	return NewTuple(BoxInt(Int(time.Since(start).Microseconds())), v)
}

func timeScale(k int64) func(*Process, Term) Term {
	return func(_ *Process, t Term) Term { return Mul(t, BoxInt(Int(k))) }
}

// TimerHms3 is timer:hms(H, M, S): milliseconds.
func TimerHms3(p *Process, h, m, s Term) Term {
	return Add(Add(Mul(h, BoxInt(3600000)), Mul(m, BoxInt(60000))), Mul(s, BoxInt(1000)))
}

// TimerNowDiff2 is timer:now_diff(T2, T1): microseconds from timestamp T1
// ({MegaSecs, Secs, MicroSecs}) to T2.
func TimerNowDiff2(p *Process, t2, t1 Term) Term {
	a, ok1 := TupleArity(t2, 3)
	b, ok2 := TupleArity(t1, 3)
	if !ok1 || !ok2 {
		e := NewException(AtomError, AtomFunctionClause)
		e.head = NewTuple(Intern("timer"), Intern("now_diff"), List(t2, t1), Nil{})
		panic(e)
	}
	secs := Add(Mul(Sub(a.Elems[0], b.Elems[0]), BoxInt(1000000)), Sub(a.Elems[1], b.Elems[1]))
	return Add(Mul(secs, BoxInt(1000000)), Sub(a.Elems[2], b.Elems[2]))
}

func init() {
	registerModule("timer", true, []Func{
		Export("hms", 3, TimerHms3), Export("now_diff", 2, TimerNowDiff2),
		Export("sleep", 1, TimerSleep1),
		Export("send_after", 2, TimerSendAfter2), Export("send_after", 3, TimerSendAfter3),
		Export("apply_after", 4, TimerApplyAfter4), Export("apply_interval", 4, TimerApplyInterval4),
		Export("exit_after", 2, TimerExitAfter2), Export("exit_after", 3, TimerExitAfter3),
		Export("kill_after", 1, TimerKillAfter1), Export("kill_after", 2, TimerKillAfter2),
		Export("send_interval", 2, TimerSendInterval2), Export("send_interval", 3, TimerSendInterval3),
		Export("cancel", 1, TimerCancel1),
		Export("tc", 1, TimerTc1), Export("tc", 2, TimerTc2), Export("tc", 3, TimerTc3),
		Export("seconds", 1, timeScale(1000)), Export("minutes", 1, timeScale(60000)),
		Export("hours", 1, timeScale(3600000)),
	})
}
