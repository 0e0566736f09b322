package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/erl2go/erl2go/rt"
	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// The -otp flag: a module that the program calls but neither its files nor
// the runtime define is taken from the sources of the installed Erlang/OTP
// (ROOT/lib/APP-VSN/src/MODULE.erl), translated with the program, and so on
// for what those modules call in turn. Without it such a call raises undef
// at run time, as before. OTP's code is read from the user's installation
// at build time; erl2go itself carries none of it.

// otpSkipApps are applications whose modules are the emulator's own
// (preloaded, or the BIFs' Erlang side): the runtime implements what it
// supports of them, and their sources cannot run anywhere else.
var otpSkipApps = map[string]bool{"erts": true}

// otpLibrary finds the sources of an installed OTP.
type otpLibrary struct {
	sources  map[string]string // module name -> path of its .erl
	includes []string          // every application's include directory
}

// newOTPLibrary indexes ROOT/lib/*/src/*.erl of the installation found as
// include_lib finds it; an error says none was found.
func newOTPLibrary() (*otpLibrary, error) {
	root := preproc.OTPRoot()
	if root == "" {
		return nil, fmt.Errorf("-otp: no Erlang/OTP installation found (set ERL2GO_OTP_ROOT or put erl on PATH)")
	}
	files, _ := filepath.Glob(filepath.Join(root, "lib", "*", "src", "*.erl"))
	if len(files) == 0 {
		return nil, fmt.Errorf("-otp: %s has no sources under lib/*/src (on Debian and Ubuntu: apt-get install erlang-src)", root)
	}
	// An install holds one version of each application; were there two, the
	// later in the glob's lexical order would win.
	lib := &otpLibrary{sources: map[string]string{}}
	// OTP's makefiles let a module include another application's headers
	// by name (compile.erl's erl_compile.hrl is stdlib's).
	lib.includes, _ = filepath.Glob(filepath.Join(root, "lib", "*", "include"))
	for _, f := range files {
		app := strings.SplitN(filepath.Base(filepath.Dir(filepath.Dir(f))), "-", 2)[0]
		if otpSkipApps[app] {
			continue
		}
		lib.sources[strings.TrimSuffix(filepath.Base(f), ".erl")] = f
	}
	return lib, nil
}

// includePath is where a module of OTP finds its headers: its own
// application's include and src directories, then every application's
// include directory.
func (l *otpLibrary) includePath(src string) []string {
	app := filepath.Dir(filepath.Dir(src))
	return append([]string{filepath.Join(app, "include"), filepath.Join(app, "src")}, l.includes...)
}

// warnf prints a note about the -otp closure.
func warnf(format string, args ...any) {
	fmt.Fprintf(stderr, "erl2go: "+format+"\n", args...)
}

// otpModules translates, from the installed OTP's sources, the modules
// that mods need and the runtime lacks, and what those need in turn. The
// closure is taken per function, not per module: starting from every
// function of mods, a call M:F(...) with M and F known needs only M's F/A and
// what that reaches, so calling rand:uniform/1 does not bring in everything
// some other function of rand's could call. A call whose function is not
// known (M:F(...) with F a variable, apply with a computed name) needs all of
// M's exports, and so does any use of a module that declares a behaviour or
// names itself as a value (its callbacks are called from elsewhere). The
// OTP modules keep only their needed functions; calling any other raises
// undef. A module OTP does not have, or that does not translate (a note says
// why), is left out.
func otpModules(fset *source.FileSet, opts translate.Options, mods []*core.Module) ([]*core.Module, bool) {
	lib, err := newOTPLibrary()
	if err != nil {
		warnf("%v", err)
		return nil, false
	}
	c := &closure{
		lib: lib, fset: fset, opts: opts,
		mods:    map[string]*otpMod{},
		reached: map[fnKey]bool{},
		pending: map[string][]fnKey{},
		tried:   map[string]bool{},
		by:      map[string]fnKey{},
	}
	for _, m := range mods {
		om := c.add(m, nil)
		om.input = true
		for _, f := range m.Funcs {
			c.need(fnKey{m.Name, core.FA{Name: f.Name, Arity: f.Arity}})
		}
	}
	c.run()
	var added []*core.Module
	for _, name := range c.order {
		om := c.mods[name]
		if om.input {
			continue
		}
		added = append(added, om.prune(c.reached))
	}
	if os.Getenv("ERL2GO_OTP_VERBOSE") != "" {
		for _, m := range added {
			by := c.by[m.Name]
			warnf("-otp: %s (%d functions) from %s, for %s:%s/%d", m.Name, len(m.Funcs), m.File, by.mod, by.fa.Name, by.fa.Arity)
		}
	}
	return added, true
}

// fnKey names one function of one module.
type fnKey struct {
	mod string
	fa  core.FA
}

// otpMod is a module of the closure: one of the program's (input) or one
// taken from OTP.
type otpMod struct {
	m       *core.Module
	funcs   map[core.FA]*ast.Function
	input   bool
	allUsed bool // every export is needed
}

// closure computes which functions of which OTP modules a program needs.
type closure struct {
	lib     *otpLibrary
	fset    *source.FileSet
	opts    translate.Options
	mods    map[string]*otpMod
	order   []string // modules in the order they were added
	reached map[fnKey]bool
	work    []fnKey
	pending map[string][]fnKey // needed functions of modules not yet read
	tried   map[string]bool    // OTP modules read or found missing
	by      map[string]fnKey   // for ERL2GO_OTP_VERBOSE: who first needed a module
	cur     fnKey              // the function being scanned
}

func (c *closure) add(m *core.Module, a *ast.Module) *otpMod {
	om := &otpMod{m: m, funcs: map[core.FA]*ast.Function{}}
	for _, f := range m.Funcs {
		om.funcs[core.FA{Name: f.Name, Arity: f.Arity}] = f
	}
	c.mods[m.Name] = om
	c.order = append(c.order, m.Name)
	if a != nil {
		for _, f := range a.Forms {
			attr, ok := f.(*ast.Attribute)
			if !ok {
				continue
			}
			switch attr.Name {
			case "behaviour", "behavior":
				c.needAll(m.Name)
			case "on_load":
				if t, ok := attr.Value.(*ast.Tuple); ok && len(t.Elems) == 2 {
					name, ok1 := t.Elems[0].(*ast.Atom)
					ar, ok2 := t.Elems[1].(*ast.Integer)
					if ok1 && ok2 {
						c.need(fnKey{m.Name, core.FA{Name: name.Name, Arity: int(ar.Value)}})
					}
				}
			}
		}
	}
	return om
}

// need marks one function as needed.
func (c *closure) need(k fnKey) {
	if c.reached[k] {
		return
	}
	if _, ok := c.mods[k.mod]; !ok {
		c.pend(k)
		return
	}
	c.reached[k] = true
	c.work = append(c.work, k)
}

// needAll marks every export of module name as needed.
func (c *closure) needAll(name string) {
	om, ok := c.mods[name]
	if !ok {
		c.pend(fnKey{mod: name}) // no function: all of them
		return
	}
	if om.allUsed {
		return
	}
	om.allUsed = true
	for _, fa := range om.m.Exports {
		c.need(fnKey{name, fa})
	}
}

// pend keeps k, a function of a module not read yet, for when it is read,
// unless the runtime has that module or OTP's was found wanting.
func (c *closure) pend(k fnKey) {
	if c.tried[k.mod] || rt.ModuleLoaded(rt.Intern(k.mod)) {
		return
	}
	if _, ok := c.by[k.mod]; !ok {
		c.by[k.mod] = c.cur
	}
	c.pending[k.mod] = append(c.pending[k.mod], k)
}

// run follows needed functions until none is new, reading OTP modules as
// they are first needed.
func (c *closure) run() {
	for {
		for len(c.work) > 0 {
			k := c.work[len(c.work)-1]
			c.work = c.work[:len(c.work)-1]
			if f := c.mods[k.mod].funcs[k.fa]; f != nil {
				c.cur = k
				c.scan(k.mod, f)
			}
		}
		if len(c.pending) == 0 {
			return
		}
		names := make([]string, 0, len(c.pending))
		for name := range c.pending {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			keys := c.pending[name]
			delete(c.pending, name)
			c.tried[name] = true
			if !c.read(name) {
				continue
			}
			for _, k := range keys {
				if k.fa.Name == "" {
					c.needAll(name)
				} else {
					c.need(k)
				}
			}
		}
	}
}

// read translates OTP's module name; false when OTP has no such module or
// it does not translate.
func (c *closure) read(name string) bool {
	src, ok := c.lib.sources[name]
	if !ok {
		return false
	}
	o := c.opts
	o.IncludePath = c.lib.includePath(src)
	o.Defines = nil
	// What OTP's makefiles define for the modules that need it.
	app, vsn, _ := strings.Cut(filepath.Base(filepath.Dir(filepath.Dir(src))), "-")
	if app == "compiler" {
		o.Defines = []preproc.Define{{Name: "COMPILER_VSN", Value: strconv.Quote(vsn)}}
	}
	m, errs := translate.ParseFile(c.fset, src, o)
	var cm *core.Module
	if m != nil && !errs.HasErrors() {
		cm, errs = core.Lower(m, c.fset)
	}
	if cm == nil || errs.HasErrors() {
		errs.Sort()
		warnf("-otp: leaving out %s (%s): %v", name, src, firstError(errs))
		return false
	}
	c.add(cm, m)
	return true
}

// scan marks what function f of module mod calls.
func (c *closure) scan(mod string, f *ast.Function) {
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Call:
			switch fn := n.Fun.(type) {
			case *ast.Atom:
				c.need(fnKey{mod, core.FA{Name: fn.Name, Arity: len(n.Args)}})
			case *ast.Remote:
				m, ok := fn.Module.(*ast.Atom)
				if !ok {
					break
				}
				if f, ok := fn.Fun.(*ast.Atom); ok {
					c.need(fnKey{m.Name, core.FA{Name: f.Name, Arity: len(n.Args)}})
					if m.Name == "erlang" {
						if mfa := mfaArgs(f.Name, n.Args); mfa != nil {
							c.mfa(mfa)
						}
					}
				} else {
					c.needAll(m.Name)
				}
			}
		case *ast.Remote:
			return false // its atoms name what is called, not a value handed on
		case *ast.FunRef:
			c.need(fnKey{mod, core.FA{Name: n.Name, Arity: n.Arity}})
		case *ast.FunRemote:
			m, ok1 := n.Module.(*ast.Atom)
			f, ok2 := n.Name.(*ast.Atom)
			a, ok3 := n.Arity.(*ast.Integer)
			switch {
			case ok1 && ok2 && ok3:
				c.need(fnKey{m.Name, core.FA{Name: f.Name, Arity: int(a.Value)}})
			case ok1:
				c.needAll(m.Name)
			}
			return false
		case *ast.Atom:
			// A module that hands its own name on (gen:start(?MODULE, ...))
			// is called back through it: gen_fsm's init_it/6 by gen.
			if n.Name == mod {
				c.needAll(mod)
			}
		case *ast.Tuple:
			// {M, F, Args}: a callback, a child spec's start function.
			if len(n.Elems) == 3 {
				if _, ok := n.Elems[0].(*ast.Atom); ok {
					if _, ok := n.Elems[1].(*ast.Atom); ok {
						c.mfa(n.Elems)
					}
				}
			}
		}
		return true
	})
}

// mfa marks the function that Module, Function, Args names when Module is
// a known atom: the one of Args' length when that is a list literal, else
// every export of Module.
func (c *closure) mfa(args []ast.Expr) {
	m, ok := args[0].(*ast.Atom)
	if !ok {
		return
	}
	f, ok := args[1].(*ast.Atom)
	if n, proper := listLen(args[2]); ok && proper {
		c.need(fnKey{m.Name, core.FA{Name: f.Name, Arity: n}})
		return
	}
	c.needAll(m.Name)
}

// listLen is the length of a list literal, or false if e is not one.
func listLen(e ast.Expr) (int, bool) {
	n := 0
	for {
		switch x := e.(type) {
		case *ast.Nil:
			return n, true
		case *ast.String:
			return n + len(x.Value), true
		case *ast.Cons:
			n++
			e = x.Tail
		default:
			return 0, false
		}
	}
}

// mfaArgs returns the Module, Function, Args arguments of a call of
// erlang:name that takes them (apply/3, spawn/3,4, spawn_link/3,4,
// spawn_monitor/3, spawn_opt/4,5, whose options come last), or nil.
func mfaArgs(name string, args []ast.Expr) []ast.Expr {
	n := len(args)
	switch name {
	case "apply", "spawn", "spawn_link", "spawn_monitor":
		if n >= 3 {
			return args[n-3:]
		}
	case "spawn_opt":
		if n >= 4 {
			return args[n-4 : n-1]
		}
	}
	return nil
}

// prune returns the module with only its needed functions, exported or not.
func (om *otpMod) prune(reached map[fnKey]bool) *core.Module {
	m := *om.m
	keep := func(fa core.FA) bool { return reached[fnKey{m.Name, fa}] }
	m.Funcs = nil
	for _, f := range om.m.Funcs {
		if keep(core.FA{Name: f.Name, Arity: f.Arity}) {
			m.Funcs = append(m.Funcs, f)
		}
	}
	m.Exports = nil
	for _, fa := range om.m.Exports {
		if keep(fa) {
			m.Exports = append(m.Exports, fa)
		}
	}
	// A tail-call cycle is needed whole or not at all.
	m.Groups, m.Group = nil, map[core.FA]int{}
	for _, g := range om.m.Groups {
		if keep(g[0]) {
			for _, fa := range g {
				m.Group[fa] = len(m.Groups)
			}
			m.Groups = append(m.Groups, g)
		}
	}
	m.SelfTail = map[core.FA]bool{}
	for fa := range om.m.SelfTail {
		if keep(fa) {
			m.SelfTail[fa] = true
		}
	}
	return &m
}

// firstError is the first error (not warning) of errs, for a one-line note.
func firstError(errs *source.ErrorList) string {
	if errs != nil {
		for _, e := range errs.List {
			if !e.Warning {
				return e.Error()
			}
		}
	}
	return "no module"
}
