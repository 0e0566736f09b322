package rt

import (
	"sort"
	"sync"
)

// Registered process names (register/2, whereis/1, Name ! Msg). One lock
// guards the table; a process's own name field mirrors its entry so that
// process_info and exit find it without a lookup.

var names = struct {
	sync.Mutex
	m map[Atom]*Process
}{m: map[Atom]*Process{}}

var atomUndefined = Intern("undefined")

// Register is register(Name, Pid): badarg if the name is taken or
// undefined, the process is dead or already has a name.
func Register(name Atom, pid Pid) Term {
	q := pid.process()
	if name == atomUndefined {
		return BIFErrorCause(AtomBadarg, "none", "register", name, pid)
	}
	if q == nil {
		return registerBadarg(name, pid, "notalive")
	}
	names.Lock()
	defer names.Unlock()
	if _, taken := names.m[name]; taken {
		return registerBadarg(name, pid, "none")
	}
	q.mu.Lock()
	ok := !q.dead && q.name == (Atom{})
	if ok {
		q.name = name
	}
	q.mu.Unlock()
	if !ok {
		cause := "registered_name"
		if q.dead {
			cause = "notalive"
		}
		return registerBadarg(name, pid, cause)
	}
	names.m[name] = q
	return True
}

// registerBadarg raises badarg from register(Name, Pid) with BEAM's cause:
// none for a name in use, registered_name for a process that has one,
// notalive for a dead one.
func registerBadarg(name Atom, pid Pid, cause string) Term {
	info := List(NewTuple(atomErrorInfo, NewMap(Intern("cause"), Intern(cause), atomModule, atomErlErtsErrors)))
	e := NewException(AtomError, AtomBadarg)
	e.head = NewTuple(AtomErlang, Intern("register"), List(name, pid), info)
	panic(e)
}

// Unregister is unregister(Name): badarg if the name is not registered.
func Unregister(name Atom) Term {
	names.Lock()
	q, ok := names.m[name]
	delete(names.m, name)
	names.Unlock()
	if !ok {
		return BIFBadarg("unregister", name)
	}
	q.mu.Lock()
	q.name = Atom{}
	q.mu.Unlock()
	return True
}

// unregisterName drops a dying process's name.
func unregisterName(name Atom, p *Process) {
	names.Lock()
	if names.m[name] == p {
		delete(names.m, name)
	}
	names.Unlock()
}

// whereis returns the pid registered under name.
func whereis(name Atom) (Pid, bool) {
	names.Lock()
	q, ok := names.m[name]
	names.Unlock()
	if !ok {
		return Pid{}, false
	}
	return q.self, true
}

// Whereis is whereis(Name): the pid or undefined.
func Whereis(name Atom) Term {
	if pid, ok := whereis(name); ok {
		return pid
	}
	return atomUndefined
}

// Registered is registered(): the names in use, sorted here (BEAM lists
// them in its table's order).
func Registered() Term {
	names.Lock()
	ns := make([]Term, 0, len(names.m))
	for n := range names.m {
		ns = append(ns, n)
	}
	names.Unlock()
	sort.Slice(ns, func(i, j int) bool { return Compare(ns[i], ns[j]) < 0 })
	return List(ns...)
}

func sortProcs(ps []*Process) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].self.h.id < ps[j].self.h.id })
}
