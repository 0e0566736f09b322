package rt

// Functions of lists, erlang, filename, io and timer that OTP programs
// call and the rest of rt lacked (found by scripts/stdlib-coverage.sh):
// lists:zf/2 and umerge/3, erlang:nif_error/1,2, module_loaded/1,
// nodes/0,1, monitor_node/2,3, binary_to_list/3, filename:append/2 and
// absname_join/2, io:columns/0,1, rows/0,1, printable_range/0 and
// timer:start/0. The node is never distributed: it is nonode@nohost, alone.

func init() {
	RegisterModule("lists",
		Export("zf", 2, ListsZf2),
		Export("umerge", 3, ListsUmerge3),
	)
	registerModule("erlang", true, []Func{
		Export("nif_error", 1, ErlangNifError1),
		Export("nif_error", 2, ErlangNifError2),
		Export("module_loaded", 1, ErlangModuleLoaded1),
		Export("nodes", 0, ErlangNodes0),
		Export("nodes", 1, ErlangNodes1),
		Export("monitor_node", 2, ErlangMonitorNode2),
		Export("monitor_node", 3, ErlangMonitorNode3),
		Export("binary_to_list", 3, ErlangBinaryToList3),
	})
	RegisterModule("filename",
		Export("append", 2, FilenameAppend2),
		Export("absname_join", 2, FilenameAbsnameJoin2),
	)
	RegisterModule("io",
		Export("columns", 0, IoColumns0), Export("columns", 1, IoColumns1),
		Export("rows", 0, IoRows0), Export("rows", 1, IoRows1),
		Export("printable_range", 0, IoPrintableRange0),
	)
	RegisterModule("timer", Export("start", 0, TimerStart0))
	otpCallSites = append(otpCallSites, []otpCallSite{
		{ListsZf2, nil}, // zf/2 calls filtermap/2 last: no frame of its own
		{ListsUmerge3, nil},
		{umergeAt, []erlFrame{lfUfmerge22, lfUmerge3}},
	}...)
}

var (
	lfUfmerge21 = erlFrame{"lists", "ufmerge2_1", 6, 2915}
	lfUfmerge22 = erlFrame{"lists", "ufmerge2_2", 5, 2935}
	lfUmerge3   = erlFrame{"lists", "umerge", 3, 1093}
)

// ListsZf2 is lists:zf(Fun, List), the old name of filtermap/2.
func ListsZf2(p *Process, f, l Term) Term { return ListsFiltermap2(p, f, l) }

// ListsUmerge3 is lists:umerge(Fun, List1, List2): the merge of two lists
// sorted by Fun, keeping one of two elements that Fun orders both ways
// (the first list's). Fun is called in the order OTP's ufmerge2 calls it,
// and a bad tail raises function_clause from the same clause.
func ListsUmerge3(p *Process, f, a, b Term) Term {
	if !isFunArity(f, 2) {
		return listsClause("umerge", f, a, b)
	}
	c, ok := a.(*Cons)
	if !ok {
		if _, empty := a.(Nil); empty {
			return b
		}
		return listsClause("umerge", f, a, b)
	}
	return reverseOnto(umergeRun(p, f, c.Head, c.Tail, b), Nil{})
}

// umergeRun is OTP's ufmerge2_2(H1, T1, Fun, T2, []) and ufmerge2_1: it
// returns the merged list reversed.
func umergeRun(p *Process, f, h1, t1, t2 Term) Term {
	var m Term = Nil{}
	for {
		// ufmerge2_2(H1, T1, Fun, T2, M): H1 is waiting, T2 to be walked.
		c2, ok := t2.(*Cons)
		if !ok {
			if _, empty := t2.(Nil); !empty {
				otpRaise(AtomFunctionClause, List(h1, t1, f, t2, m), lfUfmerge22, lfUmerge3)
			}
			return reverseOnto(t1, p.Cons(h1, m))
		}
		if !umergeTest(p, f, h1, c2.Head, 2936) {
			m, t2 = p.Cons(c2.Head, m), c2.Tail
			continue
		}
		// ufmerge2_1(T1, H2, Fun, T2, [H1 | M], H1): H2 waits.
		h2, hdM := c2.Head, h1
		m, t2 = p.Cons(h1, m), c2.Tail
		for {
			c1, ok := t1.(*Cons)
			if !ok {
				if _, empty := t1.(Nil); !empty {
					otpRaise(AtomFunctionClause, List(t1, h2, f, t2, m, hdM), lfUfmerge21, lfUmerge3)
				}
				if umergeTest(p, f, h2, hdM, 2927) { // HdM equal to H2
					return reverseOnto(t2, m)
				}
				return reverseOnto(t2, p.Cons(h2, m))
			}
			if umergeTest(p, f, c1.Head, h2, 2916) {
				m, hdM, t1 = p.Cons(c1.Head, m), c1.Head, c1.Tail
				continue
			}
			if !umergeTest(p, f, h2, hdM, 2920) {
				m = p.Cons(h2, m)
			}
			h1, t1 = c1.Head, c1.Tail
			break
		}
	}
}

// umergeTest is umerge/3's fun applied to x and y, which must give a
// boolean: OTP's case in ufmerge2_1 (or ufmerge2_2 at its line 2936)
// raises case_clause at line otherwise.
func umergeTest(p *Process, f, x, y Term, line int) bool {
	switch r := umergeAt(p, f, x, y); r {
	case True:
		return true
	case False:
		return false
	default:
		at := erlFrame{"lists", "ufmerge2_1", 6, line}
		if line == 2936 {
			at = lfUfmerge22.at(line)
		}
		otpRaise(NewTuple(AtomCaseClause, r), nil, at, lfUmerge3)
		return false
	}
}

// umergeAt calls umerge/3's fun (a call site of stack_otp.go).
func umergeAt(p *Process, f, x, y Term) Term { return CallFun2(p, f, x, y) }

// reverseOnto is lists:reverse(L, Tail) of OTP's code, where L is a
// proper list.
func reverseOnto(l, tail Term) Term {
	for c, ok := l.(*Cons); ok; c, ok = c.Tail.(*Cons) {
		tail = &Cons{Head: c.Head, Tail: tail}
	}
	return tail
}

// ErlangNifError1 is erlang:nif_error(Reason), which the Erlang stub of a
// function implemented natively calls: error:Reason.
func ErlangNifError1(p *Process, r Term) Term { return BIFError(r, "nif_error", r) }

// ErlangNifError2 is erlang:nif_error(Reason, Args).
func ErlangNifError2(p *Process, r, args Term) Term { return BIFError(r, "nif_error", r, args) }

// ErlangModuleLoaded1 is erlang:module_loaded(Module): whether the module
// is in the program (every module of a Go binary is loaded from the start).
func ErlangModuleLoaded1(p *Process, m Term) Term {
	a, ok := m.(Atom)
	if !ok {
		return BIFBadarg("module_loaded", m)
	}
	return Bool(ModuleLoaded(a))
}

// ErlangNodes0 is nodes(): the other visible nodes, none.
func ErlangNodes0(p *Process) Term { return Nil{} }

var nodeTypes = map[Atom]bool{
	Intern("visible"): false, Intern("hidden"): false, Intern("connected"): false,
	Intern("this"): true, Intern("known"): true,
}

// ErlangNodes1 is nodes(Type | [Type]): this node when the types include
// this or known, no node otherwise.
func ErlangNodes1(p *Process, arg Term) Term {
	types := []Term{arg}
	if _, ok := arg.(Atom); !ok {
		var proper bool
		if types, proper = ListToSlice(arg); !proper {
			return BIFBadarg("nodes", arg)
		}
	}
	self := false
	for _, t := range types {
		a, ok := t.(Atom)
		this, known := nodeTypes[a]
		if !ok || !known {
			return BIFBadarg("nodes", arg)
		}
		self = self || this
	}
	if self {
		return List(AtomNonode)
	}
	return Nil{}
}

// ErlangMonitorNode2 is erlang:monitor_node(Node, Flag): true for this
// node, which never goes down; any other node raises notalive, as on a
// node that is not distributed.
func ErlangMonitorNode2(p *Process, node, flag Term) Term {
	return monitorNode(node, flag, "monitor_node", node, flag)
}

// ErlangMonitorNode3 is erlang:monitor_node(Node, Flag, Options); the only
// option is allow_passive_connect.
func ErlangMonitorNode3(p *Process, node, flag, opts Term) Term {
	if node != AtomNonode {
		return BIFError(atomNotalive, "monitor_node", node, flag, opts)
	}
	xs, ok := ListToSlice(opts)
	for _, o := range xs {
		ok = ok && o == Intern("allow_passive_connect")
	}
	if !ok {
		return BIFErrorCause(AtomBadarg, "badopt", "monitor_node", node, flag, opts)
	}
	return monitorNode(node, flag, "monitor_node", node, flag, opts)
}

var atomNotalive = Intern("notalive")

func monitorNode(node, flag Term, fun string, args ...Term) Term {
	if _, ok := node.(Atom); ok && node != AtomNonode {
		return BIFError(atomNotalive, fun, args...)
	}
	if node != AtomNonode || (flag != True && flag != False) {
		return BIFBadarg(fun, args...)
	}
	return True
}

// ErlangBinaryToList3 is binary_to_list(Binary, Start, Stop): bytes Start
// to Stop, counted from 1, of whole bytes of the binary.
func ErlangBinaryToList3(p *Process, bin, start, stop Term) Term {
	b, ok := bin.(*Binary)
	i, ok1 := IntOf(start)
	j, ok2 := IntOf(stop)
	if !ok || !ok1 || !ok2 {
		return BIFBadarg("binary_to_list", bin, start, stop)
	}
	whole := Int(len(b.Data))
	if b.Trail != 0 {
		whole--
	}
	if i < 1 || j < i || j > whole {
		return BIFBadarg("binary_to_list", bin, start, stop)
	}
	elems := make([]Term, 0, j-i+1)
	for _, c := range b.Data[i-1 : j] {
		elems = append(elems, BoxInt(Int(c)))
	}
	return List(elems...)
}

// FilenameAppend2 is filename:append(Dir, Name): Dir ++ "/" ++ Name, as
// binaries when either is one.
func FilenameAppend2(p *Process, dir, name Term) Term {
	db, dirBin := dir.(*Binary)
	nb, nameBin := name.(*Binary)
	switch {
	case dirBin && nameBin:
		out := append(append(append([]byte(nil), db.Data...), '/'), nb.Data...)
		return NewBinary(out)
	case dirBin:
		return FilenameAppend2(p, dir, filenameStringToBinary(name, 558))
	case nameBin:
		return FilenameAppend2(p, filenameStringToBinary(dir, 560), name)
	}
	return Append(dir, p.Cons(slash, name))
}

// filenameStringToBinary is OTP's filename_string_to_binary(Name), called
// from filename.erl's line: Name flattened and encoded in UTF-8, or badarg.
func filenameStringToBinary(name Term, line int) Term {
	var out []byte
	_, exc := Try(func() Term {
		out = fnToBinary(name, name)
		return nil
	})
	if exc != nil {
		if exc.Reason != AtomBadarg {
			exc.Reraise()
		}
		return otpRaise(AtomBadarg, nil, erlFrame{"filename", "filename_string_to_binary", 1, 846},
			erlFrame{"filename", "append", 2, line})
	}
	return NewBinary(out)
}

// FilenameAbsnameJoin2 is filename:absname_join(AbsBase, Name).
func FilenameAbsnameJoin2(p *Process, base, name Term) Term {
	return FilenameJoin2(p, base, FilenameFlatten1(p, name))
}

// IoColumns0 is io:columns(): standard output is no terminal that rt
// knows the size of.
func IoColumns0(p *Process) Term { return ioGeometry(atomStandardIo, "columns") }

// IoColumns1 is io:columns(IoDevice).
func IoColumns1(p *Process, dev Term) Term { return ioGeometry(dev, "columns") }

// IoRows0 is io:rows().
func IoRows0(p *Process) Term { return ioGeometry(atomStandardIo, "rows") }

// IoRows1 is io:rows(IoDevice).
func IoRows1(p *Process, dev Term) Term { return ioGeometry(dev, "rows") }

// ioGeometry answers io:columns and io:rows as BEAM's io servers do for
// output that is not a terminal: {error, enotsup}. A device that is neither
// a pid nor a name fails in io:request/3.
func ioGeometry(dev Term, what string) Term {
	switch dev.(type) {
	case Pid, Atom:
		return NewTuple(AtomError, atomEnotsup)
	}
	line := 149
	if what == "rows" {
		line = 165
	}
	req := NewTuple(Intern("get_geometry"), Intern(what))
	return otpRaise(AtomFunctionClause, List(dev, req, AtomError),
		erlFrame{"io", "request", 3, 588}, erlFrame{"io", what, 1, line})
}

// IoPrintableRange0 is io:printable_range(): latin1, BEAM's default (its
// +pc flag can make it unicode; rt's ~p prints as with latin1).
func IoPrintableRange0(p *Process) Term { return Intern("latin1") }

// TimerStart0 is timer:start(): rt's timers need no server to start.
func TimerStart0(p *Process) Term { return Ok }
