package rt

import (
	"fmt"
	"reflect"
	"sync"
)

// The module registry: what apply/3, M:F(Args) with variable M or F,
// fun M:F/A and erlang:function_exported/3 consult. Each generated module
// registers itself from its Go init function; lookups happen at call time,
// so modules may call each other in cycles whatever the init order.

// Func describes one function of a module for RegisterModule. Fn has one of
// the signatures that Fun.Fn accepts: the typed form for the arity, or
// func(*Process, []Term) Term; a typed function of arity above
// MaxTypedArity also works, called through reflection (slowly).
type Func struct {
	Name     string
	Arity    int
	Fn       any
	Exported bool
	idle     bool // see MarkIdle
}

// MarkIdle marks a function that, called at the bottom of a process's
// stack, may wait in receive without a goroutine (suspend.go): spawn(M, F,
// Args) of it tells it so.
func (f Func) MarkIdle() Func {
	f.idle = true
	return f
}

// Export describes an exported function.
func Export(name string, arity int, fn any) Func {
	return Func{Name: name, Arity: arity, Fn: fn, Exported: true}
}

// Local describes a function that is not exported: it cannot be applied
// from outside, but registering it names its frames in stack traces.
func Local(name string, arity int, fn any) Func {
	return Func{Name: name, Arity: arity, Fn: fn}
}

type funcKey struct {
	mod, fun Atom
	arity    int
}

var registry = struct {
	sync.RWMutex
	funcs   map[funcKey]any  // exported functions only
	idle    map[funcKey]bool // those of funcs marked MarkIdle
	modules map[Atom]bool
}{funcs: map[funcKey]any{}, idle: map[funcKey]bool{}, modules: map[Atom]bool{}}

// RegisterModule makes a module's functions known to apply and to stack
// traces. Registering a module again adds to its functions, replacing those of the
// same name and arity.
func RegisterModule(name string, funcs ...Func) {
	registerModule(name, false, funcs)
}

func registerModule(name string, bif bool, funcs []Func) {
	m := Intern(name)
	registry.Lock()
	defer registry.Unlock()
	registry.modules[m] = true
	for _, f := range funcs {
		checkSignature(f)
		fa := Intern(f.Name)
		if f.Exported {
			registry.funcs[funcKey{m, fa, f.Arity}] = f.Fn
			registry.idle[funcKey{m, fa, f.Arity}] = f.idle
		}
		registerFunc(f.Fn, mfa{m, fa, f.Arity, bif})
	}
}

// checkSignature rejects at registration, not at the first call, a Go
// function whose signature does not fit the declared arity.
func checkSignature(f Func) {
	t := reflect.TypeOf(f.Fn)
	if t == reflect.TypeOf(sliceFn(nil)) {
		return
	}
	ok := t != nil && t.Kind() == reflect.Func && t.NumIn() == f.Arity+1 && t.NumOut() == 1 &&
		t.In(0) == reflect.TypeOf((*Process)(nil)) && t.Out(0) == termType
	for i := 1; ok && i <= f.Arity; i++ {
		ok = t.In(i) == termType
	}
	if !ok {
		panic(fmt.Sprintf("rt: %s/%d: Go function %v does not fit the arity", f.Name, f.Arity, t))
	}
}

type sliceFn = func(*Process, []Term) Term

var termType = reflect.TypeOf((*Term)(nil)).Elem()

// lookup returns the exported function m:f/arity, or nil.
func lookup(m, f Atom, arity int) any {
	registry.RLock()
	fn := registry.funcs[funcKey{m, f, arity}]
	registry.RUnlock()
	return fn
}

// Apply calls m:f(args...), raising undef when no such exported function is
// registered.
func Apply(p *Process, m, f Atom, args []Term) Term {
	fn := lookup(m, f, len(args))
	if fn == nil {
		return Undef(m, f, args)
	}
	return callGo(p, fn, args)
}

// idleEntry reports whether m:f/arity is registered and marked MarkIdle.
func idleEntry(m, f Atom, arity int) bool {
	registry.RLock()
	idle := registry.idle[funcKey{m, f, arity}]
	registry.RUnlock()
	return idle
}

// FunctionExported reports whether m:f/arity is registered and exported.
func FunctionExported(m, f Atom, arity int) bool {
	return lookup(m, f, arity) != nil
}

// ModuleLoaded reports whether a module of that name is registered.
func ModuleLoaded(m Atom) bool {
	registry.RLock()
	defer registry.RUnlock()
	return registry.modules[m]
}

// callGo calls a Go function in one of Fun.Fn's forms with args; the
// caller has checked that the arity matches.
func callGo(p *Process, fn any, args []Term) Term {
	switch g := fn.(type) {
	case func(*Process) Term:
		return g(p)
	case func(*Process, Term) Term:
		return g(p, args[0])
	case func(*Process, Term, Term) Term:
		return g(p, args[0], args[1])
	case func(*Process, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2])
	case func(*Process, Term, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2], args[3])
	case func(*Process, Term, Term, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2], args[3], args[4])
	case func(*Process, Term, Term, Term, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2], args[3], args[4], args[5])
	case func(*Process, Term, Term, Term, Term, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2], args[3], args[4], args[5], args[6])
	case func(*Process, Term, Term, Term, Term, Term, Term, Term, Term) Term:
		return g(p, args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7])
	case sliceFn:
		return g(p, args)
	}
	return callReflect(p, fn, args)
}

func callReflect(p *Process, fn any, args []Term) Term {
	in := make([]reflect.Value, len(args)+1)
	in[0] = reflect.ValueOf(p)
	for i, a := range args {
		in[i+1] = reflect.ValueOf(&a).Elem()
	}
	return reflect.ValueOf(fn).Call(in)[0].Interface().(Term)
}
