package rt

import "sync"

// application, far enough to start an application's top supervisor:
// application:start(App) calls AppMod:start(normal, Args) and keeps the
// pid it returns. The callback module and environment come from
// RegisterApplication (the generator calls it for an .app.src file);
// without it, start looks for a module App_app, then App, exporting
// start/2. Stopping an application shuts its top process down and calls
// AppMod:stop(State).

type application struct {
	name  Atom
	mod   Atom
	args  Term
	env   map[Atom]Term
	pid   Pid
	state Term
	live  bool
}

var apps = struct {
	sync.Mutex
	m map[Atom]*application
}{m: map[Atom]*application{}}

// RegisterApplication describes an application: its callback module and
// start arguments ({mod, {Mod, Args}}) and its env.
func RegisterApplication(name string, mod string, args Term, env map[string]Term) {
	a := &application{name: Intern(name), mod: Intern(mod), args: args, env: map[Atom]Term{}}
	for k, v := range env {
		a.env[Intern(k)] = v
	}
	apps.Lock()
	apps.m[a.name] = a
	apps.Unlock()
}

var (
	atomNotStarted = Intern("not_started")
	atomNormalType = Intern("normal")
	atomStart      = Intern("start")
)

// app finds an application, inventing the description of an unregistered
// one from the module naming convention.
func app(name Atom) *application {
	apps.Lock()
	defer apps.Unlock()
	if a := apps.m[name]; a != nil {
		return a
	}
	for _, m := range []Atom{Intern(name.Name() + "_app"), name} {
		if FunctionExported(m, atomStart, 2) {
			a := &application{name: name, mod: m, args: Nil{}, env: map[Atom]Term{}}
			apps.m[name] = a
			return a
		}
	}
	return nil
}

// ApplicationStart1 is application:start(App).
func ApplicationStart1(p *Process, name Term) Term {
	n, ok := name.(Atom)
	if !ok {
		return Badarg()
	}
	a := app(n)
	if a == nil {
		if n == Intern("kernel") || n == Intern("stdlib") || n == Intern("sasl") {
			return NewTuple(AtomError, NewTuple(atomAlreadyStd, n))
		}
		return NewTuple(AtomError, NewTuple(Intern("bad_application"), n))
	}
	if a.live {
		return NewTuple(AtomError, NewTuple(atomAlreadyStd, n))
	}
	ret := Apply(p, a.mod, atomStart, []Term{atomNormalType, a.args})
	x, ok := ret.(*Tuple)
	if !ok || x.Elems[0] != Term(Ok) || len(x.Elems) < 2 {
		return NewTuple(AtomError, NewTuple(ret, NewTuple(a.mod, atomStart, List(atomNormalType, a.args))))
	}
	a.pid, _ = x.Elems[1].(Pid)
	a.state = Nil{}
	if len(x.Elems) == 3 {
		a.state = x.Elems[2]
	}
	a.live = true
	// The top supervisor was linked to the caller: on BEAM it belongs to
	// the application master. Unlink so the caller's exit does not kill it.
	p.Unlink(a.pid)
	return Ok
}

// ApplicationStart2 is application:start(App, Type).
func ApplicationStart2(p *Process, name, _ Term) Term { return ApplicationStart1(p, name) }

// ApplicationEnsureAllStarted1 is application:ensure_all_started(App).
func ApplicationEnsureAllStarted1(p *Process, name Term) Term {
	r := ApplicationStart1(p, name)
	if r == Term(Ok) {
		return NewTuple(Ok, List(name))
	}
	if x, ok := TupleArity(r, 2); ok && isTag(x.Elems[1], atomAlreadyStd, 2) {
		return NewTuple(Ok, Nil{})
	}
	return r
}

// ApplicationStop1 is application:stop(App).
func ApplicationStop1(p *Process, name Term) Term {
	n, _ := name.(Atom)
	a := app(n)
	if a == nil || !a.live {
		return NewTuple(AtomError, NewTuple(atomNotStarted, name))
	}
	a.live = false
	if q := a.pid.process(); q != nil {
		ref := p.Monitor(a.pid)
		p.SendExit(a.pid, AtomShutdown)
		p.Receive(nil, func(t Term) bool { return isDown(t, ref) })
	}
	if FunctionExported(a.mod, atomStop, 1) {
		Apply(p, a.mod, atomStop, []Term{a.state})
	}
	return Ok
}

// ApplicationGetEnv2 is application:get_env(App, Key): {ok, V} or undefined.
func ApplicationGetEnv2(p *Process, name, key Term) Term {
	n, _ := name.(Atom)
	k, _ := key.(Atom)
	apps.Lock()
	defer apps.Unlock()
	if a := apps.m[n]; a != nil {
		if v, ok := a.env[k]; ok {
			return NewTuple(Ok, v)
		}
	}
	return atomUndefined
}

// ApplicationGetEnv3 is application:get_env(App, Key, Default).
func ApplicationGetEnv3(p *Process, name, key, def Term) Term {
	if r, ok := ApplicationGetEnv2(p, name, key).(*Tuple); ok {
		return r.Elems[1]
	}
	return def
}

// ApplicationSetEnv3 is application:set_env(App, Key, Value).
func ApplicationSetEnv3(p *Process, name, key, val Term) Term {
	n, ok1 := name.(Atom)
	k, ok2 := key.(Atom)
	if !ok1 || !ok2 {
		return Badarg()
	}
	apps.Lock()
	defer apps.Unlock()
	a := apps.m[n]
	if a == nil {
		a = &application{name: n, env: map[Atom]Term{}}
		apps.m[n] = a
	}
	a.env[k] = val
	return Ok
}

func init() {
	registerModule("application", true, []Func{
		Export("start", 1, ApplicationStart1), Export("start", 2, ApplicationStart2),
		Export("ensure_all_started", 1, ApplicationEnsureAllStarted1),
		Export("stop", 1, ApplicationStop1),
		Export("get_env", 2, ApplicationGetEnv2), Export("get_env", 3, ApplicationGetEnv3),
		Export("set_env", 3, ApplicationSetEnv3),
	})
}
