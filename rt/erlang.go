package rt

// BIFs of the erlang module that ordinary programs use. Each is a Go
// function named Erlang<FunctionCamel><Arity> taking the process first, so
// that generated code calls erlang:element/2 as rt.ErlangElement2(p, N, T).
// Bad arguments raise badarg with the trace head BEAM shows (BIFBadarg).
// erlang_reg.go registers them all under the module erlang for apply.

// ErlangElement2 is element(N, Tuple).
func ErlangElement2(p *Process, n, t Term) Term {
	i, ok1 := IntOf(n)
	tt, ok2 := t.(*Tuple)
	if !ok1 || !ok2 || i < 1 || int64(i) > int64(len(tt.Elems)) {
		return BIFBadarg("element", n, t)
	}
	return tt.Elems[i-1]
}

// ErlangSetelement3 is setelement(N, Tuple, Value).
func ErlangSetelement3(p *Process, n, t, v Term) Term {
	i, ok1 := IntOf(n)
	tt, ok2 := t.(*Tuple)
	if !ok1 || !ok2 || i < 1 || int64(i) > int64(len(tt.Elems)) {
		return BIFBadarg("setelement", n, t, v)
	}
	out := NewTuple(tt.Elems...)
	out.Elems[i-1] = v
	return out
}

// ErlangTupleSize1 is tuple_size(Tuple).
func ErlangTupleSize1(p *Process, t Term) Term {
	tt, ok := t.(*Tuple)
	if !ok {
		return BIFBadarg("tuple_size", t)
	}
	return BoxInt(Int(len(tt.Elems)))
}

// ErlangSize1 is size(TupleOrBinary): a bitstring counts whole bytes.
func ErlangSize1(p *Process, t Term) Term {
	switch x := t.(type) {
	case *Tuple:
		return BoxInt(Int(len(x.Elems)))
	case *Binary:
		return BoxInt(Int(x.BitSize() / 8))
	}
	return BIFBadarg("size", t)
}

// ErlangLength1 is length(List).
func ErlangLength1(p *Process, l Term) Term {
	n := ListLen(l)
	if n < 0 {
		return BIFBadarg("length", l)
	}
	return BoxInt(Int(n))
}

// ErlangHd1 is hd(List).
func ErlangHd1(p *Process, l Term) Term {
	c, ok := l.(*Cons)
	if !ok {
		return BIFBadarg("hd", l)
	}
	return c.Head
}

// ErlangTl1 is tl(List).
func ErlangTl1(p *Process, l Term) Term {
	c, ok := l.(*Cons)
	if !ok {
		return BIFBadarg("tl", l)
	}
	return c.Tail
}

// ErlangAbs1 is abs(Number).
func ErlangAbs1(p *Process, t Term) Term {
	if !IsNumber(t) {
		return BIFBadarg("abs", t)
	}
	return Abs(t)
}

// ErlangMin2 is min(A, B): A when they compare equal.
func ErlangMin2(p *Process, a, b Term) Term {
	if Compare(b, a) < 0 {
		return b
	}
	return a
}

// ErlangMax2 is max(A, B): A when they compare equal.
func ErlangMax2(p *Process, a, b Term) Term {
	if Compare(b, a) > 0 {
		return b
	}
	return a
}

func numberBIF(name string, t Term, f func(Term) Term) Term {
	if !IsNumber(t) {
		return BIFBadarg(name, t)
	}
	return f(t)
}

// ErlangRound1 is round(Number).
func ErlangRound1(p *Process, t Term) Term { return numberBIF("round", t, Round) }

// ErlangTrunc1 is trunc(Number).
func ErlangTrunc1(p *Process, t Term) Term { return numberBIF("trunc", t, Trunc) }

// ErlangFloor1 is floor(Number).
func ErlangFloor1(p *Process, t Term) Term { return numberBIF("floor", t, Floor) }

// ErlangCeil1 is ceil(Number).
func ErlangCeil1(p *Process, t Term) Term { return numberBIF("ceil", t, Ceil) }

// ErlangFloat1 is float(Number).
func ErlangFloat1(p *Process, t Term) Term {
	if f, ok := asFloat(t); ok {
		return Float(f)
	}
	return BIFBadarg("float", t)
}

// Type tests.

// ErlangIsAtom1 is is_atom(T).
func ErlangIsAtom1(p *Process, t Term) Term { _, ok := t.(Atom); return Bool(ok) }

// ErlangIsInteger1 is is_integer(T).
func ErlangIsInteger1(p *Process, t Term) Term { return Bool(IsInteger(t)) }

// ErlangIsFloat1 is is_float(T).
func ErlangIsFloat1(p *Process, t Term) Term { _, ok := t.(Float); return Bool(ok) }

// ErlangIsNumber1 is is_number(T).
func ErlangIsNumber1(p *Process, t Term) Term { return Bool(IsNumber(t)) }

// ErlangIsList1 is is_list(T): true for [] and any cons cell.
func ErlangIsList1(p *Process, t Term) Term {
	switch t.(type) {
	case Nil, *Cons:
		return True
	}
	return False
}

// ErlangIsTuple1 is is_tuple(T).
func ErlangIsTuple1(p *Process, t Term) Term { _, ok := t.(*Tuple); return Bool(ok) }

// ErlangIsMap1 is is_map(T).
func ErlangIsMap1(p *Process, t Term) Term { _, ok := t.(*Map); return Bool(ok) }

// ErlangIsBinary1 is is_binary(T): a bitstring of whole bytes.
func ErlangIsBinary1(p *Process, t Term) Term {
	b, ok := t.(*Binary)
	return Bool(ok && b.Trail == 0)
}

// ErlangIsBitstring1 is is_bitstring(T).
func ErlangIsBitstring1(p *Process, t Term) Term { _, ok := t.(*Binary); return Bool(ok) }

// ErlangIsFunction1 is is_function(T).
func ErlangIsFunction1(p *Process, t Term) Term { _, ok := t.(*Fun); return Bool(ok) }

// ErlangIsFunction2 is is_function(T, Arity): false for a positive
// bignum arity, as on BEAM, badarg for a negative one.
func ErlangIsFunction2(p *Process, t, a Term) Term {
	n, ok := IntOf(a)
	if b, isBig := a.(*BigInt); isBig && b.v.Sign() > 0 {
		return False
	}
	if !ok || n < 0 {
		return BIFBadarg("is_function", t, a)
	}
	f, ok := t.(*Fun)
	return Bool(ok && Int(f.Arity) == n)
}

// ErlangIsBoolean1 is is_boolean(T).
func ErlangIsBoolean1(p *Process, t Term) Term {
	a, ok := t.(Atom)
	return Bool(ok && (a == True || a == False))
}

// ErlangIsPid1 is is_pid(T).
func ErlangIsPid1(p *Process, t Term) Term { _, ok := t.(Pid); return Bool(ok) }

// ErlangIsReference1 is is_reference(T).
func ErlangIsReference1(p *Process, t Term) Term { _, ok := t.(Ref); return Bool(ok) }

// ErlangIsPort1 is is_port(T).
func ErlangIsPort1(p *Process, t Term) Term { _, ok := t.(Port); return Bool(ok) }

// ErlangIsRecord2 is is_record(T, Tag).
func ErlangIsRecord2(p *Process, t, tag Term) Term {
	if _, ok := tag.(Atom); !ok {
		return BIFBadarg("is_record", t, tag)
	}
	tt, ok := t.(*Tuple)
	return Bool(ok && len(tt.Elems) > 0 && tt.Elems[0] == tag)
}

// ErlangIsRecord3 is is_record(T, Tag, Size).
func ErlangIsRecord3(p *Process, t, tag, size Term) Term {
	n, ok := IntOf(size)
	if _, isBig := size.(*BigInt); isBig {
		ok, n = true, -1 // no tuple has that size
	}
	if _, isAtom := tag.(Atom); !isAtom || !ok {
		return BIFBadarg("is_record", t, tag, size)
	}
	tt, ok := t.(*Tuple)
	return Bool(ok && Int(len(tt.Elems)) == n && n > 0 && tt.Elems[0] == tag)
}

// Tuples and lists.

// ErlangTupleToList1 is tuple_to_list(Tuple).
func ErlangTupleToList1(p *Process, t Term) Term {
	tt, ok := t.(*Tuple)
	if !ok {
		return BIFBadarg("tuple_to_list", t)
	}
	return List(tt.Elems...)
}

// ErlangListToTuple1 is list_to_tuple(List).
func ErlangListToTuple1(p *Process, l Term) Term {
	elems, ok := ListToSlice(l)
	if !ok {
		return BIFBadarg("list_to_tuple", l)
	}
	return NewTuple(elems...)
}

// ErlangMakeTuple2 is make_tuple(N, Value).
func ErlangMakeTuple2(p *Process, n, v Term) Term {
	k, ok := IntOf(n)
	if !ok || k < 0 || k > 1<<24 {
		return BIFBadarg("make_tuple", n, v)
	}
	elems := make([]Term, k)
	for i := range elems {
		elems[i] = v
	}
	return TupleOf(elems)
}

// ErlangMakeTuple3 is make_tuple(N, Default, [{Pos, Value}]).
func ErlangMakeTuple3(p *Process, n, v, init Term) Term {
	k, ok := IntOf(n)
	inits, ok2 := ListToSlice(init)
	if !ok || !ok2 || k < 0 || k > 1<<24 {
		return BIFBadarg("make_tuple", n, v, init)
	}
	elems := make([]Term, k)
	for i := range elems {
		elems[i] = v
	}
	for _, pv := range inits {
		t, ok := pv.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return BIFBadarg("make_tuple", n, v, init)
		}
		i, ok := IntOf(t.Elems[0])
		if !ok || i < 1 || i > k {
			return BIFBadarg("make_tuple", n, v, init)
		}
		elems[i-1] = t.Elems[1]
	}
	return TupleOf(elems)
}

// ErlangAppendElement2 is append_element(Tuple, Value).
func ErlangAppendElement2(p *Process, t, v Term) Term {
	tt, ok := t.(*Tuple)
	if !ok {
		return BIFBadarg("append_element", t, v)
	}
	elems := make([]Term, len(tt.Elems)+1)
	copy(elems, tt.Elems)
	elems[len(tt.Elems)] = v
	return TupleOf(elems)
}

// ErlangPlusplus2 is erlang:'++'/2.
func ErlangPlusplus2(p *Process, a, b Term) Term { return Append(a, b) }

// ErlangMinusminus2 is erlang:'--'/2.
func ErlangMinusminus2(p *Process, a, b Term) Term { return Subtract(a, b) }

// Maps.

// ErlangMapGet2 is map_get(Key, Map).
func ErlangMapGet2(p *Process, k, m Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return BIFError(NewTuple(AtomBadmap, m), "map_get", k, m)
	}
	v, ok := mm.Get(k)
	if !ok {
		return BIFError(NewTuple(AtomBadkey, k), "map_get", k, m)
	}
	return v
}

// ErlangMapSize1 is map_size(Map).
func ErlangMapSize1(p *Process, m Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return BIFError(NewTuple(AtomBadmap, m), "map_size", m)
	}
	return BoxInt(Int(mm.Size()))
}

// ErlangIsMapKey2 is is_map_key(Key, Map).
func ErlangIsMapKey2(p *Process, k, m Term) Term {
	mm, ok := m.(*Map)
	if !ok {
		return BIFError(NewTuple(AtomBadmap, m), "is_map_key", k, m)
	}
	_, found := mm.Get(k)
	return Bool(found)
}

// Processes, references, nodes.

// ErlangSelf0 is self().
func ErlangSelf0(p *Process) Term { return p.Self() }

// ErlangNode0 is node(): the runtime is never distributed.
func ErlangNode0(p *Process) Term { return AtomNonode }

// ErlangNode1 is node(Arg): the node of a pid, reference or port, all of
// this node; badarg for anything else.
func ErlangNode1(p *Process, x Term) Term {
	switch x.(type) {
	case Pid, Ref, Port:
		return AtomNonode
	}
	return BIFBadarg("node", x)
}

// ErlangMakeRef0 is make_ref().
func ErlangMakeRef0(p *Process) Term { return MakeRef() }

// Exceptions.

// ErlangError1 is erlang:error(Reason).
func ErlangError1(p *Process, r Term) Term { panic(NewException(AtomError, r)) }

// ErlangError2 is erlang:error(Reason, Args): the args replace the arity of
// the top stack entry.
func ErlangError2(p *Process, r, args Term) Term {
	e := NewException(AtomError, r)
	if _, ok := args.(Atom); !ok {
		e.args = args
	}
	panic(e)
}

// ErlangError3 is erlang:error(Reason, Args, Options): as error/2, with
// the {error_info, Map} of Options put in the top entry's location, where
// erl_error finds the module that explains the error.
func ErlangError3(p *Process, r, args, opts Term) Term {
	elems, ok := ListToSlice(opts)
	if !ok {
		return BIFBadarg("error", r, args, opts)
	}
	e := NewException(AtomError, r)
	if _, ok := args.(Atom); !ok {
		e.args = args
	}
	for _, o := range elems {
		if kv, ok := TupleArity(o, 2); ok && kv.Elems[0] == Term(atomErrorInfo) {
			e.stack = withTopInfo(e.Stacktrace(), o)
		}
	}
	panic(e)
}

// ErlangThrow1 is throw(Value).
func ErlangThrow1(p *Process, v Term) Term { panic(NewException(AtomThrow, v)) }

// ErlangExit1 is exit(Reason).
func ErlangExit1(p *Process, r Term) Term { panic(NewException(AtomExit, r)) }

// ErlangRaise3 is erlang:raise(Class, Reason, Stacktrace).
//
// As on BEAM, a bad class or stacktrace is no error: raise then returns
// badarg. A stacktrace is a proper list of {M, F, ArityOrArgs, Location}
// (M and F atoms, Location a list), {M, F, ArityOrArgs} (taken with
// Location []) or {Fun, ArityOrArgs, Location}.
func ErlangRaise3(p *Process, class, reason, stack Term) Term {
	c, ok := class.(Atom)
	frames, proper := ListToSlice(stack)
	if !ok || (c != AtomError && c != AtomExit && c != AtomThrow) || !proper {
		return AtomBadarg
	}
	out := make([]Term, len(frames))
	for i, f := range frames {
		if out[i] = raiseFrame(f); out[i] == nil {
			return AtomBadarg
		}
	}
	RaiseWithStack(c, reason, List(out...))
	return nil
}

// raiseFrame is a frame of erlang:raise/3's stacktrace as BEAM keeps it,
// or nil if it is not one.
func raiseFrame(f Term) Term {
	t, ok := f.(*Tuple)
	if !ok || len(t.Elems) < 3 || len(t.Elems) > 4 {
		return nil
	}
	_, isFun := t.Elems[0].(*Fun)
	_, modOK := t.Elems[0].(Atom)
	_, funOK := t.Elems[1].(Atom)
	loc := t.Elems[len(t.Elems)-1]
	_, locCons := loc.(*Cons)
	locOK := locCons || loc == (Nil{})
	switch {
	case len(t.Elems) == 4 && modOK && funOK && locOK:
		return t
	case len(t.Elems) == 3 && modOK && funOK:
		return NewTuple(t.Elems[0], t.Elems[1], t.Elems[2], Nil{})
	case len(t.Elems) == 3 && isFun && locOK:
		return t
	}
	return nil
}

// Calls.

// ErlangApply2 is apply(Fun, Args).
func ErlangApply2(p *Process, f, args Term) Term {
	as, ok := ListToSlice(args)
	if !ok {
		return BIFBadarg("apply", f, args)
	}
	return CallFun(p, f, as...)
}

// ErlangApply3 is apply(Module, Function, Args).
func ErlangApply3(p *Process, m, f, args Term) Term {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	as, ok3 := ListToSlice(args)
	if !ok1 || !ok2 || !ok3 {
		return BIFBadarg("apply", m, f, args)
	}
	return Apply(p, ma, fa, as)
}

// ErlangFunctionExported3 is erlang:function_exported(M, F, A).
func ErlangFunctionExported3(p *Process, m, f, a Term) Term {
	ma, ok1 := m.(Atom)
	fa, ok2 := f.(Atom)
	n, ok3 := IntOf(a)
	if !ok1 || !ok2 || !ok3 {
		return BIFBadarg("function_exported", m, f, a)
	}
	if n < 0 {
		return False // as on BEAM, where only a bignum arity is badarg
	}
	return Bool(FunctionExported(ma, fa, int(n)))
}

// Process dictionary. Only its owner changes it, under its lock, so that
// process_info(P, dictionary) from another process reads it whole; the
// owner reads it without the lock.

// ErlangPut2 is put(Key, Value): the previous value or undefined.
func ErlangPut2(p *Process, k, v Term) Term {
	old := ErlangGet1(p, k)
	d := p.dictionary()
	p.mu.Lock() // process_info(P, dictionary) reads it from another process
	d.put(k, v)
	p.mu.Unlock()
	return old
}

// ErlangGet1 is get(Key).
func ErlangGet1(p *Process, k Term) Term {
	if v, ok := p.dictionary().get(k); ok {
		return v
	}
	return Undefined
}

// ErlangGet0 is get(): the dictionary as a list of {Key, Value}.
func ErlangGet0(p *Process) Term { return p.dictionary().list() }

// ErlangErase1 is erase(Key): the previous value or undefined.
func ErlangErase1(p *Process, k Term) Term {
	old := ErlangGet1(p, k)
	d := p.dictionary()
	p.mu.Lock()
	d.erase(k)
	p.mu.Unlock()
	return old
}
