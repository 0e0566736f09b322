package rt

import (
	"strings"
	"testing"
)

// st_lock is st.erl from the recorded erl session, in Go:
//
//	callback_mode() -> [state_functions, state_enter].
//	init(Code) -> {ok, locked, {Code, []}}.
//	locked(enter, _Old, D) -> io:format("enter locked~n"), keep_state_and_data;
//	locked(cast, {button, B}, {Code, In}) ->
//	    case [B | In] of Code -> {next_state, open, {Code, []}}; L -> {keep_state, {Code, L}} end;
//	locked({call, From}, get, D) -> {keep_state_and_data, [{reply, From, {locked, D}}]};
//	locked({call, _}, later, _) -> {keep_state_and_data, [postpone]}.
//	open(enter, _Old, _D) -> io:format("enter open~n"), {keep_state_and_data, [{state_timeout, 50, lock}]};
//	open({call, From}, later, D) -> {keep_state_and_data, [{reply, From, opened_then}]};
//	open({call, From}, get, D) -> {keep_state_and_data, [{reply, From, {open, D}}]};
//	open(state_timeout, lock, D) -> io:format("timeout~n"), {next_state, locked, D}.
func init() {
	a := Intern
	RegisterModule("st_lock",
		Export("callback_mode", 0, func(*Process) Term { return List(atomStateFunctions, atomStateEnter) }),
		Export("init", 1, func(p *Process, code Term) Term { return NewTuple(Ok, a("locked"), NewTuple(code, Nil{})) }),
		Export("locked", 3, func(p *Process, typ, ev, d Term) Term {
			switch {
			case typ == Term(atomEnter):
				stLog = append(stLog, "enter locked")
				return atomKeepStateAnd
			case typ == Term(atomCast):
				x := d.(*Tuple)
				l := p.Cons(ev.(*Tuple).Elems[1], x.Elems[1])
				if ExactEqual(l, x.Elems[0]) {
					return NewTuple(atomNextState, a("open"), NewTuple(x.Elems[0], Nil{}))
				}
				return NewTuple(atomKeepState, NewTuple(x.Elems[0], l))
			case ev == Term(a("get")):
				return NewTuple(atomKeepStateAnd, List(NewTuple(atomReply, typ.(*Tuple).Elems[1], NewTuple(a("locked"), d))))
			}
			return NewTuple(atomKeepStateAnd, List(atomPostpone))
		}),
		Export("open", 3, func(p *Process, typ, ev, d Term) Term {
			switch {
			case typ == Term(atomEnter):
				stLog = append(stLog, "enter open")
				return NewTuple(atomKeepStateAnd, List(NewTuple(atomStateTimeout, BoxInt(50), a("lock"))))
			case typ == Term(atomStateTimeout):
				stLog = append(stLog, "timeout")
				return NewTuple(atomNextState, a("locked"), d)
			case ev == Term(a("later")):
				return NewTuple(atomKeepStateAnd, List(NewTuple(atomReply, typ.(*Tuple).Elems[1], a("opened_then"))))
			}
			return NewTuple(atomKeepStateAnd, List(NewTuple(atomReply, typ.(*Tuple).Elems[1], NewTuple(a("open"), d))))
		}),
	)
}

var stLog []string // written only by the state machine's process, read after it is synchronised with

func TestGenStatem(t *testing.T) {
	stLog = nil
	p := NewProcess()
	code := List(BoxInt(2), BoxInt(1))
	pid := GenStatemStartLink3(p, Intern("st_lock"), code, Nil{}).(*Tuple).Elems[1]
	etsTerm(t, "{locked,{[2,1],[]}}", GenStatemCall2(p, pid, Intern("get")))
	self := p.self
	spawnGo(p, SpawnOpts{}, func(c *Process) {
		Send(c, self, NewTuple(Intern("later"), GenStatemCall2(c, pid, Intern("later"))))
	})
	p.Sleep(BoxInt(10))
	GenStatemCast2(p, pid, NewTuple(Intern("button"), BoxInt(1)))
	GenStatemCast2(p, pid, NewTuple(Intern("button"), BoxInt(2)))
	// erl: later opened_then (the postponed call is replayed in open)
	etsTerm(t, "{later,opened_then}", recvAny(t, p))
	etsTerm(t, "{open,{[2,1],[]}}", GenStatemCall2(p, pid, Intern("get")))
	p.Sleep(BoxInt(100))
	etsTerm(t, "{locked,{[2,1],[]}}", GenStatemCall2(p, pid, Intern("get")))
	if got := strings.Join(stLog, ","); got != "enter locked,enter open,timeout,enter locked" {
		t.Fatal(got)
	}
	// erl: {'EXIT',{noproc,{gen_statem,call,[nosuch,get,infinity]}}}
	_, e := Try(func() Term { return GenStatemCall2(p, Intern("nosuch"), Intern("get")) })
	etsTerm(t, "{noproc,{gen_statem,call,[nosuch,get,infinity]}}", e.Reason)
	GenStatemStop1(p, pid)
}
