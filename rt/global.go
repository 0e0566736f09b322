package rt

import (
	"sort"
	"sync"
)

// global on one node: a name table of its own (global names are any term,
// and do not clash with local names), cleared when the process exits.

var globalNames = struct {
	sync.Mutex
	m map[string]globalEntry // keyed by the printed name
}{m: map[string]globalEntry{}}

type globalEntry struct {
	name Term
	pid  Pid
}

var atomNo, atomYes = Intern("no"), Intern("yes")

// GlobalRegisterName2 is global:register_name(Name, Pid): yes, or no when
// the name is taken or the process is dead.
func GlobalRegisterName2(p *Process, name, pid Term) Term {
	pd, ok := pid.(Pid)
	if !ok {
		return Badarg()
	}
	q := pd.process()
	if q == nil {
		return atomNo
	}
	key := Format(name)
	globalNames.Lock()
	if _, taken := globalNames.m[key]; taken {
		globalNames.Unlock()
		return atomNo
	}
	globalNames.m[key] = globalEntry{name, pd}
	globalNames.Unlock()
	q.OnExit(func(*Process, Term) { globalUnregister(key, pd) })
	return atomYes
}

func globalUnregister(key string, pid Pid) {
	globalNames.Lock()
	if e, ok := globalNames.m[key]; ok && e.pid == pid {
		delete(globalNames.m, key)
	}
	globalNames.Unlock()
}

// GlobalUnregisterName1 is global:unregister_name(Name).
func GlobalUnregisterName1(p *Process, name Term) Term {
	globalNames.Lock()
	delete(globalNames.m, Format(name))
	globalNames.Unlock()
	return Ok
}

// GlobalWhereisName1 is global:whereis_name(Name): the pid or undefined.
func GlobalWhereisName1(p *Process, name Term) Term {
	globalNames.Lock()
	e, ok := globalNames.m[Format(name)]
	globalNames.Unlock()
	if !ok || e.pid.process() == nil {
		return atomUndefined
	}
	return e.pid
}

// GlobalSend2 is global:send(Name, Msg): exits {badarg, {Name, Msg}} for
// an unknown name.
func GlobalSend2(p *Process, name, msg Term) Term {
	pid, ok := GlobalWhereisName1(p, name).(Pid)
	if !ok {
		Exit(NewTuple(AtomBadarg, NewTuple(name, msg)))
	}
	Send(p, pid, msg)
	return pid
}

// GlobalRegisteredNames0 is global:registered_names().
func GlobalRegisteredNames0(p *Process) Term {
	globalNames.Lock()
	out := make([]Term, 0, len(globalNames.m))
	for _, e := range globalNames.m {
		out = append(out, e.name)
	}
	globalNames.Unlock()
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	return List(out...)
}

func init() {
	registerModule("global", true, []Func{
		Export("register_name", 2, GlobalRegisterName2), Export("unregister_name", 1, GlobalUnregisterName1),
		Export("whereis_name", 1, GlobalWhereisName1), Export("send", 2, GlobalSend2),
		Export("registered_names", 0, GlobalRegisteredNames0),
	})
}
