package rt

// More erlang BIFs: insert_element/3 and delete_element/2 on tuples,
// get_keys/0,1 and erase/0 on the process dictionary (listed in its order,
// see procDict, where BEAM uses its hash order), pid_to_list/1 and
// ref_to_list/1.

func init() {
	registerModule("erlang", true, []Func{
		Export("insert_element", 3, ErlangInsertElement3),
		Export("delete_element", 2, ErlangDeleteElement2),
		Export("get_keys", 0, ErlangGetKeys0), Export("get_keys", 1, ErlangGetKeys1),
		Export("erase", 0, ErlangErase0),
		Export("pid_to_list", 1, ErlangPidToList1), Export("ref_to_list", 1, ErlangRefToList1),
	})
}

// ErlangInsertElement3 is erlang:insert_element(N, Tuple, Value): Value
// becomes element N, 1 =< N =< tuple_size(Tuple) + 1.
func ErlangInsertElement3(p *Process, n, t, v Term) Term {
	i, ok1 := IntOf(n)
	tt, ok2 := t.(*Tuple)
	if !ok1 || !ok2 || i < 1 || int64(i) > int64(len(tt.Elems))+1 {
		return BIFBadarg("insert_element", n, t, v)
	}
	elems := make([]Term, 0, len(tt.Elems)+1)
	elems = append(append(append(elems, tt.Elems[:i-1]...), v), tt.Elems[i-1:]...)
	return NewTuple(elems...)
}

// ErlangDeleteElement2 is erlang:delete_element(N, Tuple).
func ErlangDeleteElement2(p *Process, n, t Term) Term {
	i, ok1 := IntOf(n)
	tt, ok2 := t.(*Tuple)
	if !ok1 || !ok2 || i < 1 || int64(i) > int64(len(tt.Elems)) {
		return BIFBadarg("delete_element", n, t)
	}
	elems := make([]Term, 0, len(tt.Elems)-1)
	elems = append(append(elems, tt.Elems[:i-1]...), tt.Elems[i:]...)
	return NewTuple(elems...)
}

// ErlangGetKeys0 is get_keys(): the keys of the process dictionary.
func ErlangGetKeys0(p *Process) Term {
	return List(p.dictionary().keys...)
}

// ErlangGetKeys1 is get_keys(Value): the keys whose value is Value (=:=).
func ErlangGetKeys1(p *Process, v Term) Term {
	d := p.dictionary()
	var keys []Term
	for i, k := range d.keys {
		if ExactEqual(d.vals[i], v) {
			keys = append(keys, k)
		}
	}
	return List(keys...)
}

// ErlangErase0 is erase(): empties the process dictionary and returns
// its pairs.
func ErlangErase0(p *Process) Term {
	pairs := p.dictionary().list()
	p.mu.Lock()
	p.dict = nil
	p.mu.Unlock()
	return pairs
}

// ErlangPidToList1 is pid_to_list(Pid): "<0.N.0>", as the pid prints.
func ErlangPidToList1(p *Process, pid Term) Term {
	if _, ok := pid.(Pid); !ok {
		return BIFBadarg("pid_to_list", pid)
	}
	return Str(string(appendAtomic(nil, pid)))
}

// ErlangRefToList1 is ref_to_list(Ref): "#Ref<0.0.0.N>".
func ErlangRefToList1(p *Process, ref Term) Term {
	if _, ok := ref.(Ref); !ok {
		return BIFBadarg("ref_to_list", ref)
	}
	return Str(string(appendAtomic(nil, ref)))
}
