package rt

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// The os module: the environment, the OS process id, running shell
// commands and finding executables. (os:timestamp/0 and system_time/0,1
// are in timer.go.) Strings come and go as Erlang strings of Unicode code
// points, except os:cmd's output, which is its bytes.

var atomOs = Intern("os")

// osBadarg raises badarg from os:fun(args), as OTP's os does.
func osBadarg(fun string, args ...Term) Term {
	e := NewException(AtomError, AtomBadarg)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, Intern("erl_kernel_errors"))))
	e.head = NewTuple(atomOs, Intern(fun), List(args...), info)
	panic(e)
}

// osString is t as a Go string, if it is a flat string.
func osString(t Term, fun string, args ...Term) string {
	s, ok := ListToString(t)
	if !ok {
		osBadarg(fun, args...)
	}
	return s
}

// OsType0 is os:type().
func OsType0(p *Process) Term {
	if runtime.GOOS == "windows" {
		return NewTuple(Intern("win32"), Intern("nt"))
	}
	return NewTuple(Intern("unix"), Intern(runtime.GOOS))
}

// OsGetenv0 is os:getenv(): every variable as "Name=Value".
func OsGetenv0(p *Process) Term {
	env := os.Environ()
	out := make([]Term, len(env))
	for i, kv := range env {
		out[i] = Str(kv)
	}
	return List(out...)
}

// OsGetenv1 is os:getenv(Name): the value, or false when it is not set.
func OsGetenv1(p *Process, name Term) Term {
	if v, ok := os.LookupEnv(osString(name, "getenv", name)); ok {
		return Str(v)
	}
	return False
}

// OsGetenv2 is os:getenv(Name, Default).
func OsGetenv2(p *Process, name, def Term) Term {
	if v, ok := os.LookupEnv(osString(name, "getenv", name, def)); ok {
		return Str(v)
	}
	return def
}

// OsPutenv2 is os:putenv(Name, Value); a name with = in it is badarg.
func OsPutenv2(p *Process, name, value Term) Term {
	n := osString(name, "putenv", name, value)
	v := osString(value, "putenv", name, value)
	if strings.ContainsRune(n, '=') {
		return osBadarg("putenv", name, value)
	}
	if n != "" && os.Setenv(n, v) != nil { // BEAM accepts an empty name, and sets nothing
		return osBadarg("putenv", name, value)
	}
	return True
}

// OsUnsetenv1 is os:unsetenv(Name).
func OsUnsetenv1(p *Process, name Term) Term {
	os.Unsetenv(osString(name, "unsetenv", name))
	return True
}

// OsGetpid0 is os:getpid(): the OS process id as a string.
func OsGetpid0(p *Process) Term { return Str(strconv.Itoa(os.Getpid())) }

// OsPerfCounter0 is os:perf_counter(), in perf_counter units (ns here).
func OsPerfCounter0(p *Process) Term { return BoxInt(Int(monotonicNs())) }

// OsPerfCounter1 is os:perf_counter(Unit).
func OsPerfCounter1(p *Process, u Term) Term { return timeIn("perf_counter", monotonicNs(), u) }

// osCommand is os:cmd's command: an atom or a possibly deep list of
// characters.
func osCommand(t Term) (string, bool) {
	if a, ok := t.(Atom); ok {
		return a.Name(), true
	}
	var b strings.Builder
	var walk func(t Term) bool
	walk = func(t Term) bool {
		for {
			switch c := t.(type) {
			case Nil:
				return true
			case *Cons:
				switch h := c.Head.(type) {
				case Small:
					r := h.Int()
					if r < 0 || r > 0x10FFFF {
						return false
					}
					b.WriteRune(rune(r))
				default:
					if !walk(h) {
						return false
					}
				}
				t = c.Tail
			default:
				return false
			}
		}
	}
	ok := walk(t)
	return b.String(), ok
}

// OsCmd1 is os:cmd(Command): what /bin/sh prints running it, standard
// output and standard error together, with no input.
func OsCmd1(p *Process, c Term) Term { return osCmd(c, -1, c) }

// OsCmd2 is os:cmd(Command, #{max_size => Size}).
func OsCmd2(p *Process, c, opts Term) Term {
	m, ok := opts.(*Map)
	if !ok {
		return osBadarg("cmd", c, opts)
	}
	limit := -1
	if v, ok := m.Get(Intern("max_size")); ok {
		switch n := v.(type) {
		case Small:
			if n.Int() < 0 {
				return osBadarg("cmd", c, opts)
			}
			limit = int(n.Int())
		case *BigInt: // no output is that long: a positive one is no limit
			if n.v.Sign() < 0 {
				return osBadarg("cmd", c, opts)
			}
		case Atom:
			if n != Intern("infinity") {
				return osBadarg("cmd", c, opts)
			}
		default:
			return osBadarg("cmd", c, opts)
		}
	}
	return osCmd(c, limit, c, opts)
}

func osCmd(c Term, limit int, args ...Term) Term {
	s, ok := osCommand(c)
	if !ok {
		return osBadarg("cmd", args...)
	}
	cmd := exec.Command("/bin/sh", "-c", s)
	out, _ := cmd.CombinedOutput() // a failing command's output is still the answer
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	cells := make([]Term, len(out))
	for i, b := range out {
		cells[i] = BoxInt(Int(b))
	}
	return List(cells...)
}

// OsFindExecutable1 is os:find_executable(Name): the path of the first
// executable file of that name in $PATH, or false.
func OsFindExecutable1(p *Process, name Term) Term {
	n := osString(name, "find_executable", name)
	return findExecutable(n, os.Getenv("PATH"))
}

// OsFindExecutable2 is os:find_executable(Name, Path), Path being a list
// of directories separated by colons.
func OsFindExecutable2(p *Process, name, path Term) Term {
	n := osString(name, "find_executable", name, path)
	return findExecutable(n, osString(path, "find_executable", name, path))
}

func findExecutable(name, path string) Term {
	if name == "" {
		return False
	}
	if strings.ContainsRune(name, '/') {
		if isExecutable(name) {
			return Str(name)
		}
		return False
	}
	for _, dir := range filepath.SplitList(path) {
		if dir == "" {
			dir = "."
		}
		f := filepath.Join(dir, name)
		if isExecutable(f) {
			if abs, err := filepath.Abs(f); err == nil {
				f = abs
			}
			return Str(f)
		}
	}
	return False
}

func isExecutable(f string) bool {
	st, err := os.Stat(f)
	return err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o111 != 0
}

func init() {
	registerModule("os", true, []Func{
		Export("type", 0, OsType0),
		Export("getenv", 0, OsGetenv0), Export("getenv", 1, OsGetenv1), Export("getenv", 2, OsGetenv2),
		Export("putenv", 2, OsPutenv2), Export("unsetenv", 1, OsUnsetenv1),
		Export("getpid", 0, OsGetpid0),
		Export("perf_counter", 0, OsPerfCounter0), Export("perf_counter", 1, OsPerfCounter1),
		Export("cmd", 1, OsCmd1), Export("cmd", 2, OsCmd2),
		Export("find_executable", 1, OsFindExecutable1), Export("find_executable", 2, OsFindExecutable2),
	})
}
