package rt

import (
	"sort"
	"sync"
)

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
	spec  Term // the {application, Name, Keys} it was loaded from, or nil
	keys  []Term
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
		return NewTuple(AtomError, noAppFile(n))
	}
	if a.live {
		return NewTuple(AtomError, NewTuple(atomAlreadyStd, n))
	}
	if a.mod == (Atom{}) { // a library application: nothing to run
		a.live = true
		appProgress(p, n)
		return Ok
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
	appProgress(p, n)
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
	if a.mod != (Atom{}) && FunctionExported(a.mod, atomStop, 1) {
		Apply(p, a.mod, atomStop, []Term{a.state})
	}
	report := List(NewTuple(Intern("application"), n), NewTuple(Intern("exited"), Intern("stopped")),
		NewTuple(Intern("type"), Intern("temporary")))
	logOTP(p, levelNotice, "INFO", NewMap(atomLabel, NewTuple(Intern("application_controller"), Intern("exit")),
		atomReport, report), []Term{atomOTP},
		Sprintf("    application: ~tp~n    exited: stopped~n    type: temporary~n", n))
	return Ok
}

// appProgress logs the PROGRESS REPORT of a started application (info
// level). BEAM's application controller logs it after start returns.
func appProgress(p *Process, n Atom) {
	if int32(levelInfo) > primaryLevel.Load() {
		return
	}
	report := List(NewTuple(Intern("application"), n), NewTuple(Intern("started_at"), AtomNonode))
	logOTP(p, levelInfo, "PROGRESS", NewMap(atomLabel, NewTuple(Intern("application_controller"), Intern("progress")),
		atomReport, report), []Term{atomOTP}, Sprintf("    application: ~tp~n    started_at: ~tp~n", n, AtomNonode))
}

// noAppFile is the reason application:load and start give for an
// application that has no .app file.
func noAppFile(n Atom) Term {
	return NewTuple(Str("no such file or directory"), Str(n.Name()+".app"))
}

// ApplicationLoad1 is application:load(App | {application, App, Keys}):
// the keys mod, env, description and vsn describe the application.
func ApplicationLoad1(p *Process, t Term) Term {
	if n, ok := t.(Atom); ok {
		if app(n) == nil {
			return NewTuple(AtomError, noAppFile(n))
		}
		return NewTuple(AtomError, NewTuple(Intern("already_loaded"), n))
	}
	x, ok := TupleArity(t, 3)
	n, okName := Term(nil), false
	if ok {
		n = x.Elems[1]
		_, okName = n.(Atom)
	}
	keys, okKeys := Term(nil), false
	var list []Term
	if ok {
		keys = x.Elems[2]
		list, okKeys = ListToSlice(keys)
	}
	if !ok || x.Elems[0] != Term(Intern("application")) || !okName || !okKeys {
		return NewTuple(AtomError, NewTuple(Intern("bad_application"), t))
	}
	name := n.(Atom)
	apps.Lock()
	defer apps.Unlock()
	if old := apps.m[name]; old != nil && old.spec != nil {
		return NewTuple(AtomError, NewTuple(Intern("already_loaded"), t))
	}
	a := &application{name: name, args: Nil{}, env: map[Atom]Term{}, spec: t, keys: list}
	for _, kv := range list {
		k, ok := TupleArity(kv, 2)
		if !ok {
			return NewTuple(AtomError, NewTuple(Intern("bad_application"), t))
		}
		switch k.Elems[0] {
		case Term(Intern("mod")):
			if m, ok := TupleArity(k.Elems[1], 2); ok {
				a.mod, _ = m.Elems[0].(Atom)
				a.args = m.Elems[1]
			}
		case Term(Intern("env")):
			env, _ := ListToSlice(k.Elems[1])
			for _, e := range env {
				if pair, ok := TupleArity(e, 2); ok {
					if key, ok := pair.Elems[0].(Atom); ok {
						a.env[key] = pair.Elems[1]
					}
				}
			}
		}
	}
	apps.m[name] = a
	return Ok
}

// ApplicationUnload1 is application:unload(App).
func ApplicationUnload1(p *Process, name Term) Term {
	n, _ := name.(Atom)
	apps.Lock()
	defer apps.Unlock()
	a := apps.m[n]
	switch {
	case a == nil:
		return NewTuple(AtomError, NewTuple(Intern("not_loaded"), name))
	case a.live:
		return NewTuple(AtomError, NewTuple(Intern("running"), name))
	}
	delete(apps.m, n)
	return Ok
}

// ApplicationGetKey2 is application:get_key(App, Key), from the keys the
// application was loaded with.
func ApplicationGetKey2(p *Process, name, key Term) Term {
	n, _ := name.(Atom)
	apps.Lock()
	defer apps.Unlock()
	if a := apps.m[n]; a != nil {
		for _, kv := range a.keys {
			if k, ok := TupleArity(kv, 2); ok && k.Elems[0] == key {
				return NewTuple(Ok, k.Elems[1])
			}
		}
	}
	return atomUndefined
}

// ApplicationWhichApplications0 is application:which_applications(): the
// running applications, newest first, then OTP 25's stdlib and kernel,
// which rt provides.
func ApplicationWhichApplications0(p *Process) Term {
	apps.Lock()
	var out []Term
	for _, a := range apps.m {
		if a.live {
			desc, vsn := Term(Str("")), Term(Str(""))
			for _, kv := range a.keys {
				if k, ok := TupleArity(kv, 2); ok {
					switch k.Elems[0] {
					case Term(Intern("description")):
						desc = k.Elems[1]
					case Term(Intern("vsn")):
						vsn = k.Elems[1]
					}
				}
			}
			out = append(out, NewTuple(a.name, desc, vsn))
		}
	}
	apps.Unlock()
	sort.Slice(out, func(i, j int) bool { return Compare(out[i], out[j]) < 0 })
	return List(append(out, NewTuple(Intern("stdlib"), Str("ERTS  CXC 138 10"), Str("4.2")),
		NewTuple(Intern("kernel"), Str("ERTS  CXC 138 10"), Str("8.5.3")))...)
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
		Export("load", 1, ApplicationLoad1), Export("unload", 1, ApplicationUnload1),
		Export("get_key", 2, ApplicationGetKey2),
		Export("which_applications", 0, ApplicationWhichApplications0),
	})
}
