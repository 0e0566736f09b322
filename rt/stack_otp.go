package rt

import (
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Frames of OTP's Erlang code that rt runs in Go.
//
// BEAM runs lists, maps, dict... as compiled Erlang, so its traces show
// their frames with OTP's file and line: {lists, foldl_1, 3, [{file,
// "lists.erl"}, {line, 1355}]}. rt has Go functions instead, and says which
// Erlang frames they stand for in three ways:
//
//   - An error raised by rt's code on OTP's behalf names the OTP function
//     that raises (the trace's head, e.head) and the frames of OTP's code
//     below it (e.under): otpRaise. A head without a location whose error
//     is function_clause gets the line of the function's first clause from
//     otpLines (otp_lines.go, generated from OTP's sources), one with
//     another error the line otpRaiseLines records, so that the modules
//     that build their own heads need not know OTP's lines.
//   - A fun that OTP's code calls is called through a small Go function per
//     call site, listed in otpCallSites with the frames BEAM has below the
//     fun at that site (lists:map calls its fun from map/2 for the first
//     element, from map_1/2 under map/2 for the second, and so on). Go's
//     program counters then say which site a frame is, even while the fun
//     runs (a trace caught inside the fun shows them too), at the cost of
//     one call per element.
//   - A Go function whose calls go through such sites is listed with no
//     frames: its own Go frame stands for nothing.
//
// What a site cannot tell is history: a recursion that went through two
// sites in turn (filtermap_1 keeping one element as true, the next as
// {true, V}) shows BEAM both; the fun's site gives the last one only
// (keptSites records the whole run for the errors rt raises itself).
//
// The lines are those of OTP 25's sources, as BEAM 25 reports them.

// erlFrame is a frame of OTP's code: Mod:Fun/Arity stopped at Line of
// Mod.erl.
type erlFrame struct {
	mod, fun    string
	arity, line int
}

// entry is the frame as a trace entry, with args (a list) in place of the
// arity when not nil.
func (f erlFrame) entry(args Term) Term {
	var a Term = BoxInt(Int(f.arity))
	if args != nil {
		a = args
	}
	return NewTuple(Intern(f.mod), Intern(f.fun), a, otpLoc(f.mod, f.line))
}

// otpLoc is [{file, "Mod.erl"}, {line, Line}].
func otpLoc(mod string, line int) Term {
	return List(NewTuple(atomFile, Str(mod+".erl")), NewTuple(atomLine, BoxInt(Int(line))))
}

// otpRaise raises error:Reason from OTP's code: at frames[0], which has
// args (a list, or nil for the arity) in its entry, called from the rest
// of frames. BEAM shows the arguments for function_clause and for errors
// raised with erlang:error/2, the arity otherwise.
func otpRaise(reason, args Term, frames ...erlFrame) Term {
	e := NewException(AtomError, reason)
	e.head = frames[0].entry(args)
	for _, f := range frames[1:] {
		e.under = append(e.under, f.entry(nil))
	}
	panic(e)
}

// otpBadarg raises badarg as OTP's code does with erlang:error(badarg,
// Args, [{error_info, #{module => erl_stdlib_errors}}]) at frame f.
func otpBadarg(reason Term, f erlFrame, args ...Term) Term {
	e := NewException(AtomError, reason)
	info := NewTuple(atomErrorInfo, NewMap(atomModule, atomErlStdlibErrors))
	loc := List(NewTuple(atomFile, Str(f.mod+".erl")), NewTuple(atomLine, BoxInt(Int(f.line))), info)
	e.head = NewTuple(Intern(f.mod), Intern(f.fun), List(args...), loc)
	panic(e)
}

var atomErlStdlibErrors = Intern("erl_stdlib_errors")

// stdlibError raises error:Reason from a function of OTP's that BEAM runs
// in C (maps:find/2, lists:keyfind/3...): its entry has the arguments and
// error_info but no location.
func stdlibError(reason Term, mod, fun string, args ...Term) Term {
	e := NewException(AtomError, reason)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlStdlibErrors)))
	e.head = NewTuple(Intern(mod), Intern(fun), List(args...), info)
	e.bif = true
	panic(e)
}

// otpSiteEntries maps the Go name of each function in otpCallSites to the
// entries of its frames; built on first use.
var otpSiteEntries = sync.OnceValue(func() map[string][]Term {
	m := make(map[string][]Term, len(otpCallSites))
	for _, s := range otpCallSites {
		es := []Term{}
		for _, f := range s.frames {
			es = append(es, f.entry(nil))
		}
		m[runtime.FuncForPC(reflect.ValueOf(s.fn).Pointer()).Name()] = es
	}
	return m
})

// otpLine returns the line of the first clause of Mod:Fun/Arity in OTP's
// source, or 0 if it is not one of the Erlang functions in otpLines.
func otpLine(mod, fun string, arity int) int {
	return otpLineTable()[mod+":"+fun+"/"+strconv.Itoa(arity)]
}

var otpLineTable = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for mod, fs := range otpLines {
		for _, f := range strings.Fields(fs) {
			i := strings.LastIndexByte(f, ':')
			n, err := strconv.Atoi(f[i+1:])
			if err != nil {
				panic("rt: bad otpLines entry " + f)
			}
			m[mod+":"+f[:i]] = n
		}
	}
	return m
})

// otpRaiseLines holds the lines where OTP's functions written in Erlang
// raise errors other than function_clause with erlang:error(Reason, Args),
// keyed by "mod:fun/arity reason" (the reason's atom or its tag), for the
// heads that rt's modules build without a location (recorded with erl).
var otpRaiseLines = map[string]int{
	"dict:fetch/2 badarg":    132,
	"dict:update/3 badarg":   316,
	"queue:get/1 empty":      188,
	"queue:in/2 badarg":      126,
	"io_lib:format/2 badarg": 187,
}

// locate returns a trace entry {M, F, Args, []} of an OTP function written
// in Erlang with the location BEAM gives it: function_clause at the
// function's first clause, other errors where otpRaiseLines says; any
// other entry is returned as it is.
func locate(entry, reason Term) Term {
	t, ok := entry.(*Tuple)
	if !ok || len(t.Elems) != 4 || t.Elems[3] != (Nil{}) {
		return entry
	}
	m, ok1 := t.Elems[0].(Atom)
	f, ok2 := t.Elems[1].(Atom)
	args, ok3 := ListToSlice(t.Elems[2])
	if !ok1 || !ok2 || !ok3 {
		return entry
	}
	var line int
	if reason == AtomFunctionClause {
		line = otpLine(m.Name(), f.Name(), len(args))
	} else {
		tag := reason
		if r, ok := reason.(*Tuple); ok && len(r.Elems) > 0 {
			tag = r.Elems[0]
		}
		if a, ok := tag.(Atom); ok {
			line = otpRaiseLines[m.Name()+":"+f.Name()+"/"+strconv.Itoa(len(args))+" "+a.Name()]
		}
	}
	if line == 0 {
		return entry
	}
	return NewTuple(m, f, t.Elems[2], otpLoc(m.Name(), line))
}
