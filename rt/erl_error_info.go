package rt

import (
	"strconv"
	"strings"
)

// The extended error information of an exception: a top frame
// {M, F, Args, [..., {error_info, #{module => Mod}}, ...]} names the module
// whose format_error(Reason, Stack) says what was wrong with which argument
// (#{1 => "not a tuple", general => ..., reason => ...}). erl_error asks it
// and prints "*** argument N: ..." under the call. rt holds the rules of
// OTP's two such modules, erl_erts_errors (erl_error_erts.go) and
// erl_stdlib_errors (erl_error_stdlib.go); a module of the program's own is
// called when a process is at hand.

// errorMap is format_error/2's answer: texts for arguments by number, a
// general text and a replacement for the reason's explanation.
type errorMap struct {
	args    map[int]string
	general *string
	reason  *string
}

// argErrs makes an errorMap of one text per argument ("" for none), as
// OTP's format_error_map does.
func argErrs(texts ...string) errorMap {
	m := errorMap{args: map[int]string{}}
	for i, t := range texts {
		if t != "" {
			m.args[i+1] = t
		}
	}
	return m
}

var (
	atomFunction    = Intern("function")
	atomFormatError = Intern("format_error")
	atomGeneral     = Intern("general")
	atomReason      = Intern("reason")
)

// extendedError asks the error_info module of the top frame about the
// error; an error in doing so is silently ignored, as erl_error does.
func (f *excFormat) extendedError(reason Term, trace []Term) errorMap {
	if len(trace) == 0 {
		return errorMap{}
	}
	top := trace[0].(*Tuple)
	var info *Map
	for c := Cells(top.Elems[3]); c != nil; c = Cells(c.Tail) {
		if kv, ok := c.Head.(*Tuple); ok && len(kv.Elems) > 0 && kv.Elems[0] == Term(atomErrorInfo) {
			if len(kv.Elems) == 2 {
				info, _ = kv.Elems[1].(*Map)
			}
			break
		}
	}
	if info == nil {
		return errorMap{}
	}
	mod, ok := info.Get(atomModule)
	if !ok {
		mod = top.Elems[0]
	}
	fun, ok := info.Get(atomFunction)
	if !ok {
		fun = atomFormatError
	}
	cause, ok := info.Get(atomCause)
	if !ok {
		cause = Intern("none")
	}
	args, isList := ListToSlice(top.Elems[2])
	m, _ := top.Elems[0].(Atom)
	fn, _ := top.Elems[1].(Atom)
	switch {
	case fun != Term(atomFormatError):
	case mod == Term(atomErlErtsErrors):
		if !isList {
			return errorMap{}
		}
		return f.ertsFormatError(m, fn, args, reason, cause)
	case mod == Term(atomErlStdlibErrors):
		if !isList {
			return errorMap{}
		}
		return stdlibFormatError(m, fn, args, cause)
	}
	return f.callFormatError(mod, fun, reason, List(trace...))
}

// callFormatError runs Mod:Fun(Reason, Stack) of the program's own.
func (f *excFormat) callFormatError(mod, fun, reason, stack Term) errorMap {
	ma, ok1 := mod.(Atom)
	fa, ok2 := fun.(Atom)
	if f.p == nil || !ok1 || !ok2 {
		return errorMap{}
	}
	v, exc := Try(func() Term { return Apply(f.p, ma, fa, []Term{reason, stack}) })
	res, ok := v.(*Map)
	if exc != nil && exc.Class == AtomError || exc == nil && !ok {
		return errorMap{}
	}
	if exc != nil {
		exc.Reraise()
	}
	em := errorMap{args: map[int]string{}}
	res.Range(func(key, val Term) bool {
		rs, ok := chardataChars(val)
		if !ok {
			return true
		}
		text := string(rs)
		switch k := key.(type) {
		case Atom:
			if k == atomGeneral {
				em.general = &text
			} else if k == atomReason {
				em.reason = &text
			}
		default:
			if n, ok := IntOf(k); ok {
				em.args[int(n)] = text
			}
		}
		return true
	})
	return em
}

// argErrors is the "*** argument N: ..." lines of a call of the given
// arity, then the general one, each after sep; a text of many lines has
// the later ones under the first.
func (m errorMap) argErrors(arity int, sep string) string {
	var b strings.Builder
	for n := 1; n <= arity; n++ {
		text, ok := m.args[n]
		if !ok {
			continue
		}
		lines := errorLines(text)
		if len(lines) == 0 {
			continue
		}
		head := "*** argument " + strconv.Itoa(n) + ": "
		b.WriteString(sep + head + lines[0])
		for _, l := range lines[1:] {
			b.WriteString(sep + strings.Repeat(" ", len(head)) + l)
		}
	}
	if m.general != nil {
		b.WriteString(sep + "*** " + *m.general)
	}
	return b.String()
}

// errorLines splits text at each CR or LF, as string:lexemes(Text, "\r\n")
// does: a CR LF pair is one grapheme, which is neither, and empty lines
// are dropped.
func errorLines(text string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '\r' && c != '\n' {
			continue
		}
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
			continue
		}
		if i > start {
			lines = append(lines, text[start:i])
		}
		start = i + 1
	}
	if start < len(text) {
		lines = append(lines, text[start:])
	}
	return lines
}

// ErlErrorFormatException3 is erl_error:format_exception(Class, Reason,
// StackTrace).
func ErlErrorFormatException3(p *Process, class, reason, stack Term) Term {
	return ErlErrorFormatException4(p, class, reason, stack, NewMap())
}

// ErlErrorFormatException4 is erl_error:format_exception(Class, Reason,
// StackTrace, Options), Options with column, stack_trim_fun and
// format_fun. The text is returned as a flat list of characters.
func ErlErrorFormatException4(p *Process, class, reason, stack, opts Term) Term {
	om, ok := opts.(*Map)
	if !ok {
		return Badmap(opts)
	}
	c, ok := class.(Atom)
	if !ok || c != AtomError && c != AtomExit && c != AtomThrow {
		return FunctionClause(class, reason, stack, opts)
	}
	col := Term(BoxInt(1))
	if v, ok := om.Get(Intern("column")); ok {
		col = v
	}
	n, ok := IntOf(col)
	if !ok || n < 1 {
		return FunctionClause(class, reason, stack, opts)
	}
	f := excFormat{indent: strings.Repeat(" ", int(n)-1), pp: ppPrint, p: p}
	if trim, ok := om.Get(Intern("stack_trim_fun")); ok {
		f.trim = func(m, fn, a Term) bool { return CallFun(p, trim, m, fn, a) == Term(True) }
	}
	if pf, ok := om.Get(Intern("format_fun")); ok {
		f.pp = func(t Term, col int) string {
			rs, ok := chardataChars(CallFun(p, pf, t, BoxInt(Int(col))))
			if !ok {
				Badarg()
			}
			return string(rs)
		}
	}
	return Str(f.format(c, reason, stack))
}

func init() {
	registerModule("erl_error", true, []Func{
		Export("format_exception", 3, ErlErrorFormatException3),
		Export("format_exception", 4, ErlErrorFormatException4),
	})
}

// withTopInfo is stack with info (an {error_info, Map} option of
// erlang:error/3) put at the end of its top entry's location.
func withTopInfo(stack, info Term) Term {
	c := Cells(stack)
	if c == nil {
		return stack
	}
	top, ok := TupleArity(c.Head, 4)
	if !ok {
		return stack
	}
	loc, _ := ListToSlice(top.Elems[3])
	loc = append(loc[:len(loc):len(loc)], info)
	return &Cons{Head: NewTuple(top.Elems[0], top.Elems[1], top.Elems[2], List(loc...)), Tail: c.Tail}
}

// stdlibRecover is deferred by a function of stdlib's that rt writes in
// Go, whose helpers raise a plain badarg:
//
//	defer func() { stdlibRecover(recover(), "binary", "split", 0, subject, pattern) }()
//
// The badarg is re-raised from mod:fun(Args) with erl_stdlib_errors'
// error_info, as BEAM raises it, and with mod.erl's line when line > 0 (a
// function OTP writes in Erlang, which calls erlang:error/3 there). The
// outermost such function is the one named: binary:split/2 is not shown as
// the split/3 it calls, nor re:run as the unicode conversion it makes.
func stdlibRecover(r any, mod, fun string, line int, args ...Term) {
	if r == nil {
		return
	}
	e, ok := r.(*Exception)
	if ok && e.Class == AtomError && e.Reason == Term(AtomBadarg) && e.stack == nil {
		if e.head == nil || stdlibHead(e.head) {
			im := NewMap(atomModule, atomErlStdlibErrors)
			if cause := headCause(e.head); cause != nil && line == 0 { // OTP's Erlang code has its own
				im = NewMap(atomCause, cause, atomModule, atomErlStdlibErrors)
			}
			info := NewTuple(atomErrorInfo, im)
			loc := List(info)
			if line > 0 {
				loc = List(NewTuple(atomFile, Str(mod+".erl")), NewTuple(atomLine, BoxInt(Int(line))), info)
			}
			e.head = NewTuple(Intern(mod), Intern(fun), List(args...), loc)
			e.bif = line == 0 // a function in Erlang leaves no frame of a caller that called it last
		}
	}
	panic(r)
}

// headErrorInfo is the error_info map of a trace's head entry, or nil.
func headErrorInfo(head Term) *Map {
	x, ok := TupleArity(head, 4)
	if !ok {
		return nil
	}
	for c := Cells(x.Elems[3]); c != nil; c = Cells(c.Tail) {
		if kv, ok := TupleArity(c.Head, 2); ok && kv.Elems[0] == Term(atomErrorInfo) {
			if m, ok := kv.Elems[1].(*Map); ok {
				return m
			}
		}
	}
	return nil
}

// stdlibHead reports whether a trace's head entry is that of a stdlib
// function raising with erl_stdlib_errors' error_info.
func stdlibHead(head Term) bool {
	if m := headErrorInfo(head); m != nil {
		mod, _ := m.Get(atomModule)
		return mod == Term(atomErlStdlibErrors)
	}
	return false
}

// headCause is the cause in the error_info of a trace's head entry, or nil.
func headCause(head Term) Term {
	if m := headErrorInfo(head); m != nil {
		cause, _ := m.Get(atomCause)
		return cause
	}
	return nil
}

// badoptRaise raises badarg with cause badopt for an options list that a
// function of mod's rejects; the function's stdlibRecover puts its name
// and arguments in the entry.
func badoptRaise(mod string) {
	e := NewException(AtomError, AtomBadarg)
	info := NewTuple(atomErrorInfo, NewMap(atomCause, Intern("badopt"), atomModule, atomErlStdlibErrors))
	e.head = NewTuple(Intern(mod), Intern("options"), Nil{}, List(info))
	e.bif = true
	panic(e)
}
