package rt

// Fixtures: {setup, ...}, {foreach, ...} and {foreachx, ...}.

// fixture is one setup/cleanup pair and what to run between them.
type fixture struct {
	spawn   bool // Where is spawn or {spawn, Node}: run in a new process
	setup   func(p *Process) Term
	cleanup func(p *Process, r Term) Term // nil: none
	inst    func(p *Process, r Term) Term // the instantiator: the tests for setup's result
}

// setup runs {setup, [Where,] Setup, [Cleanup,] TestsOrInstantiator}.
func (r *eunitRunner) setup(v *Tuple, desc string) *EunitCancel {
	e := v.Elems[1:]
	where, rest := fixtureWhere(e)
	if rest == nil || len(rest) < 2 || len(rest) > 3 {
		return badTest(v)
	}
	fx, ok := makeFixture(where, rest[0], rest[1:len(rest)-1], rest[len(rest)-1])
	if !ok {
		return badTest(v)
	}
	return r.runFixture(fx, desc)
}

// foreach runs {foreach, [Where,] Setup, [Cleanup,] [TestsOrInstantiator]}:
// a setup and cleanup around each element.
func (r *eunitRunner) foreach(v *Tuple, desc string) *EunitCancel {
	where, rest := fixtureWhere(v.Elems[1:])
	if rest == nil || len(rest) < 2 || len(rest) > 3 {
		return badTest(v)
	}
	insts, ok := ListToSlice(rest[len(rest)-1])
	if !ok {
		return badTest(v)
	}
	return r.eachGroup(desc, len(insts), func(i int) (fixture, bool) {
		return makeFixture(where, rest[0], rest[1:len(rest)-1], insts[i])
	}, v)
}

// foreachx runs {foreachx, [Where,] SetupX, [CleanupX,] [{X, InstantiatorX}]}:
// SetupX(X), InstantiatorX(X, R), CleanupX(X, R) for each pair.
func (r *eunitRunner) foreachx(v *Tuple, desc string) *EunitCancel {
	where, rest := fixtureWhere(v.Elems[1:])
	if rest == nil || len(rest) < 2 || len(rest) > 3 {
		return badTest(v)
	}
	pairs, ok := ListToSlice(rest[len(rest)-1])
	if !ok {
		return badTest(v)
	}
	return r.eachGroup(desc, len(pairs), func(i int) (fixture, bool) {
		return makeFixtureX(where, rest[0], rest[1:len(rest)-1], pairs[i])
	}, v)
}

// eachGroup runs n fixtures in a group (named desc when titled).
func (r *eunitRunner) eachGroup(desc string, n int, fx func(int) (fixture, bool), v *Tuple) *EunitCancel {
	return r.group(desc, "", func() *EunitCancel {
		for i := 0; i < n; i++ {
			f, ok := fx(i)
			if !ok {
				return badTest(v)
			}
			if c := r.runFixture(f, ""); c != nil {
				return c
			}
		}
		return nil
	})
}

// fixtureWhere splits off a leading local, spawn or {spawn, Node}; spawn
// when there is none.
func fixtureWhere(e []Term) (Term, []Term) {
	if len(e) == 0 {
		return nil, nil
	}
	switch w := e[0].(type) {
	case Atom:
		if w == atomEuLocal || w == atomSpawn {
			return w, e[1:]
		}
	case *Tuple:
		if len(w.Elems) == 2 && w.Elems[0] == atomSpawn {
			return w, e[1:]
		}
	}
	return atomSpawn, e // spawn is the default
}

// makeFixture builds a fixture from Setup, an optional Cleanup and the
// tests or instantiator.
func makeFixture(where, setup Term, cleanup []Term, inst Term) (fixture, bool) {
	s, ok := setup.(*Fun)
	if !ok || s.Arity != 0 {
		return fixture{}, false
	}
	fx := fixture{spawn: where != atomEuLocal, setup: func(p *Process) Term { return CallFun0(p, s) }}
	if len(cleanup) == 1 {
		c, ok := cleanup[0].(*Fun)
		if !ok || c.Arity != 1 {
			return fixture{}, false
		}
		fx.cleanup = func(p *Process, r Term) Term { return CallFun1(p, c, r) }
	}
	fx.inst = instantiator(inst)
	return fx, true
}

// instantiator is I(R) for an instantiator fun of arity 1, and the tests
// themselves for anything else ({with, As} applies each A to R).
func instantiator(inst Term) func(p *Process, r Term) Term {
	if i, ok := inst.(*Fun); ok && i.Arity == 1 {
		return func(p *Process, r Term) Term { return CallFun1(p, i, r) }
	}
	if w, ok := inst.(*Tuple); ok && len(w.Elems) == 2 && w.Elems[0] == atomWith {
		return func(p *Process, r Term) Term { return NewTuple(atomWith, r, w.Elems[1]) }
	}
	return func(*Process, Term) Term { return inst }
}

// makeFixtureX builds the fixture of one {X, InstantiatorX} pair of foreachx.
func makeFixtureX(where, setup Term, cleanup []Term, pair Term) (fixture, bool) {
	pt, ok := pair.(*Tuple)
	s, ok2 := setup.(*Fun)
	if !ok || len(pt.Elems) != 2 || !ok2 || s.Arity != 1 {
		return fixture{}, false
	}
	x := pt.Elems[0]
	i, ok := pt.Elems[1].(*Fun)
	if !ok || i.Arity != 2 {
		return fixture{}, false
	}
	fx := fixture{spawn: where != atomEuLocal,
		setup: func(p *Process) Term { return CallFun1(p, s, x) },
		inst:  func(p *Process, r Term) Term { return CallFun2(p, i, x, r) }}
	if len(cleanup) == 1 {
		c, ok := cleanup[0].(*Fun)
		if !ok || c.Arity != 2 {
			return fixture{}, false
		}
		fx.cleanup = func(p *Process, r Term) Term { return CallFun2(p, c, x, r) }
	}
	return fx, true
}

// runFixture runs setup, the instantiated tests and cleanup as one group.
// A failing setup or instantiation cancels the group's tests; a failing
// cleanup cancels it after they ran. Setup and cleanup run in the current
// process; with Where = spawn (the default) the tests run in a new one,
// as on BEAM.
func (r *eunitRunner) runFixture(fx fixture, desc string) *EunitCancel {
	return r.group(desc, "", func() *EunitCancel {
		res, exc := r.call(fx.setup)
		if exc != nil {
			return &EunitCancel{Reason: NewTuple(atomSetupFailed, excTriple(exc))}
		}
		c := r.fixtureTests(fx, res)
		if cc := r.cleanup(fx, res); c == nil {
			c = cc
		}
		return c
	})
}

// fixtureTests instantiates and runs a fixture's tests, in a new process
// unless the fixture is local.
func (r *eunitRunner) fixtureTests(fx fixture, res Term) *EunitCancel {
	if fx.spawn {
		saved := r.p
		r.p = NewProcess()
		defer func() { r.p = saved }()
	}
	tests, exc := r.call(func(p *Process) Term { return fx.inst(p, res) })
	if exc != nil {
		return &EunitCancel{Reason: NewTuple(atomInstFailed, excTriple(exc))}
	}
	return r.tests(tests, "")
}

func (r *eunitRunner) cleanup(fx fixture, res Term) *EunitCancel {
	if fx.cleanup == nil {
		return nil
	}
	if _, exc := r.call(func(p *Process) Term { return fx.cleanup(p, res) }); exc != nil {
		return &EunitCancel{Reason: NewTuple(atomCleanupFailed, excTriple(exc))}
	}
	return nil
}
