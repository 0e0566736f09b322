package rt

import (
	"os"
	"path/filepath"
)

// init:get_arguments/0 and friends. BEAM answers from erl's command line;
// a program built by erl2go has no emulator flags, so it answers as
// `erl -noshell` would with none: the three flags erl always sets (root,
// progname, home). The root is the executable's directory, where an
// installation's root would be. Plain arguments are the program's own
// (what main/1 gets).

// programArgs are the command-line arguments Main was given.
var programArgs []string

func initArguments() []Term {
	root := ""
	if exe, err := os.Executable(); err == nil {
		root = filepath.Dir(exe)
	}
	home, _ := os.UserHomeDir()
	flag := func(name, value string) Term {
		return NewTuple(Intern(name), List(Str(value)))
	}
	return []Term{flag("root", root), flag("progname", "erl"), flag("home", home)}
}

// InitGetArguments0 is init:get_arguments(): [{Flag, [Value]}].
func InitGetArguments0(p *Process) Term { return List(initArguments()...) }

// InitGetArgument1 is init:get_argument(Flag): {ok, [[Value]]} for each
// occurrence of the flag, or error.
func InitGetArgument1(p *Process, flag Term) Term {
	a, ok := flag.(Atom)
	if !ok {
		return Badarg()
	}
	var vals []Term
	for _, t := range initArguments() {
		tup := t.(*Tuple)
		if tup.Elems[0] == Term(a) {
			vals = append(vals, tup.Elems[1])
		}
	}
	if len(vals) == 0 {
		return Intern("error")
	}
	return NewTuple(Ok, List(vals...))
}

// InitGetPlainArguments0 is init:get_plain_arguments(): the program's
// arguments as strings.
func InitGetPlainArguments0(p *Process) Term {
	strs := make([]Term, len(programArgs))
	for i, a := range programArgs {
		strs[i] = Str(a)
	}
	return List(strs...)
}

func init() {
	registerModule("init", true, []Func{
		Export("get_arguments", 0, InitGetArguments0),
		Export("get_argument", 1, InitGetArgument1),
		Export("get_plain_arguments", 0, InitGetPlainArguments0),
	})
}
