package rt

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// The grammar of test representations (eunit_data's): tests walks one and
// runs what it finds. desc is the title an enclosing {Title, Tests} gave,
// not yet used by a group or a test.

// tests runs the representation t. It returns a cancellation when t is
// not a test representation or a generator in it failed.
func (r *eunitRunner) tests(t Term, desc string) *EunitCancel {
	if tt := r.simpleTest(t, desc); tt != nil {
		return r.test(tt)
	}
	switch v := t.(type) {
	case Nil:
		return nil
	case *Cons:
		return r.list(v, desc)
	case Atom:
		return r.module(v, desc)
	case *Tuple:
		return r.tuple(v, desc)
	}
	return badTest(t)
}

// list runs the elements of a (deep) list in order; a title on the list
// makes it a group.
func (r *eunitRunner) list(l *Cons, desc string) *EunitCancel {
	body := func() *EunitCancel {
		var t Term = l
		for {
			c, ok := t.(*Cons)
			if !ok {
				break
			}
			if cancel := r.tests(c.Head, ""); cancel != nil {
				return cancel
			}
			t = c.Tail
		}
		if _, ok := t.(Nil); !ok {
			return badTest(l)
		}
		return nil
	}
	if desc == "" {
		return body()
	}
	return r.group(desc, "", body)
}

// simpleTest recognizes a single test: a fun of arity 0, {Line, Test},
// {M, F}, {Title, Test}, or a list of one such; nil if t is none of these.
func (r *eunitRunner) simpleTest(t Term, desc string) *EunitTest {
	switch v := t.(type) {
	case *Fun:
		if v.Arity != 0 {
			return nil
		}
		return &EunitTest{Module: v.Module.Name(), Name: r.funName(v), Desc: desc,
			fn: func(p *Process) Term { return CallFun0(p, v) }}
	case *Cons:
		if _, ok := v.Tail.(Nil); ok {
			return r.simpleTest(v.Head, desc)
		}
	case *Tuple:
		return r.simpleTuple(v, desc)
	}
	return nil
}

func (r *eunitRunner) simpleTuple(v *Tuple, desc string) *EunitTest {
	if len(v.Elems) != 2 {
		return nil
	}
	a, b := v.Elems[0], v.Elems[1]
	if line, ok := IntOf(a); ok && line >= 0 {
		tt := r.simpleTest(b, desc)
		if tt != nil && tt.Line == 0 {
			tt.Line = int(line)
		}
		return tt
	}
	if title, ok := eunitTitle(a); ok {
		if desc != "" && title != "" {
			return nil // two titles make a group with the test inside
		}
		return r.simpleTest(b, desc+title)
	}
	m, ok1 := a.(Atom)
	f, ok2 := b.(Atom)
	if !ok1 || !ok2 || eunitKeyword(m) {
		return nil
	}
	return &EunitTest{Module: m.Name(), Name: f.Name(), Desc: desc, mf: true,
		fn: func(p *Process) Term { return Apply(p, m, f, nil) }}
}

// eunitKeyword reports whether a is the tag of a representation that takes
// one argument, so that {Tag, X} is not a test {M, F}.
func eunitKeyword(a Atom) bool {
	switch a {
	case atomGenerator, atomModule, atomInorder, atomInparallel, atomSpawn:
		return true
	}
	return false
}

// eunitTitle reads a title: a string or a binary.
func eunitTitle(t Term) (string, bool) {
	switch v := t.(type) {
	case Nil:
		return "", true
	case *Cons:
		return ListToString(v)
	case *Binary:
		if v.Trail == 0 {
			return string(v.Data), true
		}
	}
	return "", false
}

// tuple runs the tuple representations other than simple tests.
func (r *eunitRunner) tuple(v *Tuple, desc string) *EunitCancel {
	if len(v.Elems) == 0 {
		return badTest(v)
	}
	if tag, ok := v.Elems[0].(Atom); ok {
		if c, handled := r.tagged(tag, v, desc); handled {
			return c
		}
	}
	if len(v.Elems) == 2 {
		if title, ok := eunitTitle(v.Elems[0]); ok {
			return r.titled(title, v.Elems[1], desc)
		}
	}
	return badTest(v)
}

// titled runs {Title, Tests}: a group named Title unless it joins an outer one.
func (r *eunitRunner) titled(title string, t Term, desc string) *EunitCancel {
	if desc == "" {
		return r.tests(t, title)
	}
	return r.group(desc, "", func() *EunitCancel { return r.tests(t, title) })
}

// tagged runs {generator, ...}, {setup, ...} and the other tagged forms;
// handled is false for a tag it does not know.
func (r *eunitRunner) tagged(tag Atom, v *Tuple, desc string) (c *EunitCancel, handled bool) {
	e := v.Elems[1:]
	switch {
	case tag == atomGenerator && len(e) == 1:
		return r.generator(e[0], desc), true
	case tag == atomGenerator && len(e) == 2:
		m, ok1 := e[0].(Atom)
		f, ok2 := e[1].(Atom)
		if ok1 && ok2 {
			return r.mfGenerator(m, f, desc), true
		}
	case tag == atomModule && len(e) == 1:
		if m, ok := e[0].(Atom); ok {
			return r.module(m, desc), true
		}
	case tag == atomTimeout && len(e) == 2:
		return r.withTimeout(e[0], e[1], desc), true
	case (tag == atomInorder || tag == atomInparallel || tag == atomSpawn) && len(e) == 1,
		(tag == atomInparallel || tag == atomSpawn) && len(e) == 2:
		return r.ordered(tag, e[len(e)-1], desc), true
	case tag == atomSetup:
		return r.setup(v, desc), true
	case tag == atomForeach:
		return r.foreach(v, desc), true
	case tag == atomForeachx:
		return r.foreachx(v, desc), true
	case tag == atomWith && len(e) == 2:
		return r.with(e[0], e[1], desc), true
	}
	return nil, false
}

// generator runs {generator, F}: the tests F() returns, as a group.
func (r *eunitRunner) generator(f Term, desc string) *EunitCancel {
	fn, ok := f.(*Fun)
	if !ok || fn.Arity != 0 {
		return badTest(NewTuple(atomGenerator, f))
	}
	mfa := NewTuple(fn.Module, Intern(r.funName(fn)), BoxInt(0))
	return r.generated(desc, "", mfa, false, func(p *Process) Term { return CallFun0(p, fn) })
}

// mfGenerator runs a generator function M:F/0 (a *_test_ function); its
// tests form a group named after it for Go tests, and funs made in it are
// named after it in the report.
func (r *eunitRunner) mfGenerator(m, f Atom, desc string) *EunitCancel {
	saved := r.parent
	r.parent = f.Name() + "/0"
	defer func() { r.parent = saved }()
	return r.generated(desc, f.Name(), NewTuple(m, f, BoxInt(0)), true, func(p *Process) Term { return Apply(p, m, f, nil) })
}

// generated runs gen and then the tests it returned. A failing generator
// cancels the group it was called in; the tests it returned form a group
// for Go tests only.
func (r *eunitRunner) generated(desc, name string, mfa Term, mf bool, gen func(p *Process) Term) *EunitCancel {
	res, exc := r.call(func(p *Process) Term { return eunitGenerator(p, mf, gen) })
	if exc != nil {
		return &EunitCancel{Reason: NewTuple(atomGeneratorFailed, NewTuple(mfa, excTriple(exc))), up: 1}
	}
	if name == "" {
		return r.tests(res, desc)
	}
	return r.virtualGroup(name, func() *EunitCancel { return r.tests(res, desc) })
}

// withTimeout runs {timeout, Seconds, Tests}: a lone test gets Seconds
// instead of the default 5; a group must end within Seconds, or the test
// then running is cancelled (*skipped*) and the group with it (*timed out*).
func (r *eunitRunner) withTimeout(secs, t Term, desc string) *EunitCancel {
	var d time.Duration
	switch s := secs.(type) {
	case Small:
		d = time.Duration(s.Int()) * time.Second
	case Float:
		d = time.Duration(float64(s) * float64(time.Second))
	default:
		return badTest(NewTuple(atomTimeout, secs, t))
	}
	if r.simpleTest(t, desc) != nil { // eunit gives a lone test the timeout
		saved := r.timeout
		r.timeout = d
		defer func() { r.timeout = saved }()
		return r.tests(t, desc)
	}
	saved := r.deadline
	if end := time.Now().Add(d); saved.IsZero() || end.Before(saved) {
		r.deadline = end
	}
	defer func() { r.deadline = saved }()
	return r.group(desc, "", func() *EunitCancel { return r.tests(t, "") })
}

// ordered runs {inorder, T}, {inparallel, [N,] T} and {spawn, [Node,] T}.
// Parallel groups run in order: the report is the same, only slower.
// spawn runs T in a new process, as the current one waits.
func (r *eunitRunner) ordered(tag Atom, t Term, desc string) *EunitCancel {
	if tag == atomInparallel {
		saved := r.parallel
		r.parallel = true
		defer func() { r.parallel = saved }()
	}
	if tag == atomSpawn {
		saved := r.p
		r.p = NewProcess()
		defer func() { r.p = saved }()
	}
	return r.tests(t, desc)
}

// with runs {with, X, [F1, ...]}: each F is a fun of one argument applied to X.
func (r *eunitRunner) with(x, fs Term, desc string) *EunitCancel {
	elems, ok := ListToSlice(fs)
	if !ok {
		return badTest(NewTuple(atomWith, x, fs))
	}
	var tests []Term
	for _, f := range elems {
		fn, ok := f.(*Fun)
		if !ok || fn.Arity != 1 {
			return badTest(NewTuple(atomWith, x, fs))
		}
		tests = append(tests, r.boundFun(fn, x))
	}
	return r.tests(List(tests...), desc)
}

// boundFun is fun() -> F(X) end, keeping F's name and module for the report.
func (r *eunitRunner) boundFun(f *Fun, x Term) *Fun {
	g := NewFun(f.Module, f.Index, f.Uniq, 0, nil, func(p *Process) Term { return CallFun1(p, f, x) })
	g.Name = f.Name
	return g
}

// module runs the tests of module m: its exported *_test/0 functions and
// *_test_/0 generators in the order the module defines them, then those
// of m_tests if there is such a module.
func (r *eunitRunner) module(m Atom, desc string) *EunitCancel {
	if !ModuleLoaded(m) {
		return &EunitCancel{Reason: NewTuple(atomModNotFound, m)}
	}
	title := "module '" + m.Name() + "'"
	if desc != "" {
		title = desc
	}
	return r.group(title, m.Name(), func() *EunitCancel {
		for _, f := range moduleTestFuncs(m) {
			if c := r.moduleTest(m, f); c != nil {
				return c
			}
		}
		if !strings.HasSuffix(m.Name(), "_tests") {
			if tm := Intern(m.Name() + "_tests"); ModuleLoaded(tm) {
				return r.module(tm, "")
			}
		}
		return nil
	})
}

// moduleTest runs the test or generator function m:f/0.
func (r *eunitRunner) moduleTest(m, f Atom) *EunitCancel {
	if strings.HasSuffix(f.Name(), "_test_") {
		return r.mfGenerator(m, f, "")
	}
	return r.test(&EunitTest{Module: m.Name(), Name: f.Name(), mf: true,
		fn: func(p *Process) Term { return Apply(p, m, f, nil) }})
}

// moduleTestFuncs lists the exported functions of arity 0 of m whose names
// end in _test or _test_, in the order of their definitions: the registry
// is a map, so the order comes from where the Go functions lie in the
// program, which for one generated file follows the Erlang source.
func moduleTestFuncs(m Atom) []Atom {
	type fn struct {
		name Atom
		pc   uintptr
	}
	var fs []fn
	registry.RLock()
	for k, f := range registry.funcs {
		n := k.fun.Name()
		if k.mod == m && k.arity == 0 && (strings.HasSuffix(n, "_test") || strings.HasSuffix(n, "_test_")) {
			fs = append(fs, fn{k.fun, reflect.ValueOf(f).Pointer()})
		}
	}
	registry.RUnlock()
	sort.Slice(fs, func(i, j int) bool { return fs[i].pc < fs[j].pc })
	names := make([]Atom, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	return names
}

// funName is the name the report gives a fun: its own if it has one, else
// one in BEAM's style from the generator that made it (BEAM's numbering of
// funs within a function is not known here: the fun's index stands in).
func (r *eunitRunner) funName(f *Fun) string {
	if f.Name != (Atom{}) {
		return f.Name.Name()
	}
	if r.parent != "" {
		return fmt.Sprintf("-%s-fun-%d-", r.parent, f.Index)
	}
	return fmt.Sprintf("-fun-%d-", f.Index)
}

// call runs f in the run's process, returning its value or exception;
// generators, setups and cleanups run this way (without a timeout).
func (r *eunitRunner) call(f func(p *Process) Term) (Term, *Exception) {
	return Try(func() Term { return f(r.p) })
}

// excTriple is {Class, Reason, Stacktrace}.
func excTriple(e *Exception) Term {
	return NewTuple(e.Class, e.Reason, e.Stacktrace())
}

func badTest(t Term) *EunitCancel {
	return &EunitCancel{Reason: NewTuple(atomBadTest, t)}
}
