package rt

import "unicode/utf8"

// The rules of erl_erts_errors:format_error/2: which argument of a BIF of
// the erlang module was wrong and why, worked out again from the arguments
// (and the cause in the error_info) after the BIF failed. Where OTP's rule
// itself fails (no clause for the arguments), there is no explanation.

// The texts, as erl_erts_errors expands its error atoms.
const (
	errBadBase          = "not an integer in the range 2 through 36"
	errBadDestination   = "invalid destination"
	errBadEncodeOption  = "not one of the atoms: latin1, utf8, or unicode"
	errBadExtTerm       = "invalid external representation of a term"
	errBadOrUnsafeExt   = "invalid or unsafe external representation of a term"
	errBadOption        = "invalid option in list"
	errBadStatus        = "invalid status"
	errBadTimeUnit      = "invalid time unit"
	errBadUnicode       = "invalid UTF8 encoding"
	errBadUniversalTime = "not a valid universal time"
	errDeadProcess      = "the pid does not refer to an existing process"
	errNonExistingAtom  = "not an already existing atom"
	errNotAtom          = "not an atom"
	errNotBinary        = "not a binary"
	errNotBitstring     = "not a bitstring"
	errNotCons          = "not a nonempty list"
	errNotFloat         = "not a float"
	errNotFun           = "not a fun"
	errNotInteger       = "not an integer"
	errNotIodata        = "not an iodata term"
	errNotIolist        = "not an iolist term"
	errNotList          = "not a list"
	errNotProperList    = "not a proper list"
	errNotMap           = "not a map"
	errNotNumber        = "not a number"
	errNotPid           = "not a pid"
	errNotPort          = "not a port"
	errNotRef           = "not a reference"
	errNotString        = "not a list of characters"
	errNotTuple         = "not a tuple"
	errRange            = "out of range"
	errSelfNotAllowed   = "the pid refers to the current process"
)

func encodable(what string) string { return "not a textual representation of " + what }

// ertsFormatError is erl_erts_errors:format_error(Reason, [{M, F, Args,
// Info} | _]) with cause the error_info's cause (none if absent).
func (f *excFormat) ertsFormatError(m, fn Atom, args []Term, reason, cause Term) errorMap {
	switch m {
	case AtomErlang:
		if reason == Term(AtomSystemLimit) {
			return errorMap{}
		}
		texts, _ := f.erlangArgErrors(fn.Name(), args, causeName(cause))
		return argErrs(texts...)
	case atomPersistentTerm:
		if fn.Name() == "get" && len(args) == 1 {
			return argErrs("no persistent term stored with this key")
		}
	}
	return errorMap{}
}

var atomPersistentTerm = Intern("persistent_term")

func causeName(cause Term) string {
	if a, ok := cause.(Atom); ok {
		return a.Name()
	}
	return ""
}

// erlangArgErrors is format_erlang_error(F, Args, Cause): one text per
// argument ("" for none); false where OTP has no rule.
func (f *excFormat) erlangArgErrors(name string, args []Term, cause string) ([]string, bool) {
	a := func(i int) Term { return args[i] }
	one := func(s string) ([]string, bool) { return []string{s}, true }
	all := func(s ...string) ([]string, bool) { return s, true }
	switch len(args) {
	case 1:
		switch name {
		case "abs", "ceil", "float", "floor", "round", "trunc":
			return one(errNotNumber)
		case "adler32", "crc32", "md5", "iolist_size", "iolist_to_binary", "iolist_to_iovec":
			return one(errNotIodata)
		case "alias":
			return one(mustBeList(a(0), errBadOption))
		case "atom_to_binary", "atom_to_list", "check_old_code", "delete_module", "module_loaded", "whereis":
			return one(errNotAtom)
		case "bit_size", "bitstring_to_list", "byte_size":
			return one(errNotBitstring)
		case "binary_to_atom":
			return binaryToAtomErrors(a(0), atomUTF8, "")
		case "binary_to_existing_atom":
			return binaryToAtomErrors(a(0), atomUTF8, errNonExistingAtom)
		case "binary_to_float":
			return one(mustBeBinary(a(0), encodable("a float")))
		case "binary_to_integer":
			return one(mustBeBinary(a(0), encodable("an integer")))
		case "binary_to_list":
			return one(errNotBinary)
		case "binary_to_term":
			return one(mustBeBinary(a(0), errBadExtTerm))
		case "cancel_timer", "read_timer", "demonitor", "ref_to_list", "unalias", "spawn_request_abandon":
			return one(errNotRef)
		case "float_to_binary", "float_to_list":
			return one(errNotFloat)
		case "fun_info", "fun_info_mfa", "fun_to_list", "spawn", "spawn_link", "spawn_monitor":
			return one(errNotFun)
		case "garbage_collect", "process_info":
			return one(mustBeLocalPid(a(0), ""))
		case "halt":
			return one(errBadStatus)
		case "hd", "tl":
			return one(errNotCons)
		case "integer_to_binary", "integer_to_list", "posixtime_to_universaltime":
			return one(errNotInteger)
		case "is_process_alive", "node", "pid_to_list", "unlink", "unregister", "exit_signal":
			return one(errNotPid)
		case "length", "list_to_tuple":
			return one(errNotList)
		case "link":
			if _, ok := a(0).(Pid); ok {
				return one(errDeadProcess)
			}
			return one(errNotPid)
		case "list_to_atom":
			return one(mustBeList(a(0), errNotString))
		case "list_to_existing_atom":
			if isFlatCharList(a(0)) {
				return one(errNonExistingAtom)
			}
			return one(mustBeList(a(0), errNotString))
		case "list_to_binary":
			return one(errNotIolist)
		case "list_to_bitstring":
			return one("not a bitstring list")
		case "list_to_float":
			return one(listToSomething(a(0), encodable("a float")))
		case "list_to_integer":
			return one(listToSomething(a(0), encodable("an integer")))
		case "list_to_pid":
			return one(listToSomething(a(0), encodable("a pid")))
		case "list_to_port":
			return one(listToSomething(a(0), encodable("a port")))
		case "list_to_ref":
			return one(listToSomething(a(0), encodable("a reference")))
		case "map_size":
			return one(errNotMap)
		case "memory":
			if _, ok := ListToSlice(a(0)); ok {
				return one(errBadOption)
			}
			if _, ok := a(0).(Atom); ok {
				return one("invalid memory type option")
			}
			return one("not an atom or a list of atoms")
		case "monotonic_time", "system_time", "time_offset":
			return one(errBadTimeUnit)
		case "port_to_list":
			return one(errNotPort)
		case "purge_module":
			return one(mustBeAtom(a(0)))
		case "resume_process":
			return one(mustBeLocalPid(a(0), "process is not suspended or is not alive"))
		case "size":
			return one("not tuple or binary")
		case "statistics":
			return one("invalid statistics item")
		case "suspend_process":
			return one(f.suspendPidError(a(0)))
		case "system_info":
			return one("invalid system info item")
		case "tuple_size", "tuple_to_list":
			return one(errNotTuple)
		case "unique_integer":
			return one(mustBeList(a(0), "invalid modifier"))
		case "universaltime_to_localtime", "universaltime_to_posixtime":
			return one(errBadUniversalTime)
		}
	case 2:
		switch name {
		case "adler32", "crc32":
			return all(mustBeAdler32(a(0)), mustBeIodata(a(1)))
		case "append":
			return one(errNotList)
		case "append_element":
			return one(errNotTuple)
		case "atom_to_binary":
			e1 := ""
			if _, ok := a(0).(Atom); !ok {
				e1 = errNotAtom
			} else if a(1) == Term(atomLatin1) {
				e1 = "contains a character not expressible in latin1"
			}
			e2 := ""
			if a(1) != Term(atomLatin1) && a(1) != Term(atomUnicode) && a(1) != Term(atomUTF8) {
				e2 = "is an invalid encoding option"
			}
			return all(e1, e2)
		case "binary_part":
			return binaryPartPairErrors(a(0), a(1), mustBeNonNegInt)
		case "binary_to_atom":
			return binaryToAtomErrors(a(0), a(1), "")
		case "binary_to_existing_atom":
			return binaryToAtomErrors(a(0), a(1), errNonExistingAtom)
		case "binary_to_integer", "list_to_integer":
			must := mustBeBinary
			if name == "list_to_integer" {
				must = mustBeList
			}
			if b := mustBeBase(a(1)); b != "" {
				return all(must(a(0), ""), b)
			}
			return one(must(a(0), encodable("an integer")))
		case "binary_to_term":
			e1 := mustBeBinary(a(0), "")
			e2 := ""
			if cause == "badopt" {
				e2 = mustBeList(a(1), errBadOption)
			}
			if e1 != "" || e2 != "" {
				return all(e1, e2)
			}
			opts, ok := ListToSlice(a(1))
			if !ok {
				return nil, false
			}
			for _, o := range opts {
				if o == Term(Intern("safe")) {
					return one(errBadOrUnsafeExt)
				}
			}
			return one(errBadExtTerm)
		case "cancel_timer", "read_timer", "demonitor":
			e1 := mustBeRef(a(0))
			return all(e1, maybeOptionListError(a(1), e1))
		case "delete_element", "element":
			return elementErrors(a(0), a(1))
		case "exit":
			return one(errNotPid)
		case "float_to_binary", "float_to_list":
			e1 := mustBeFloat(a(0))
			return all(e1, maybeOptionListError(a(1), e1))
		case "fun_info":
			if _, ok := a(0).(*Fun); ok {
				return all("", "invalid item")
			}
			return one(errNotFun)
		case "garbage_collect":
			e2 := ""
			if cause == "bad_option" {
				e2 = errBadOption
			}
			return all(mustBeLocalPid(a(0), ""), e2)
		case "group_leader":
			return all(mustBePid(a(0)), mustBePid(a(1)))
		case "halt":
			switch cause {
			case "badopt":
				return all("", mustBeList(a(1), errBadOption))
			case "none":
				return one(errBadStatus)
			}
		case "integer_to_binary", "integer_to_list":
			e1 := ""
			if !IsInteger(a(0)) {
				e1 = errNotInteger
			}
			return all(e1, mustBeBase(a(1)))
		case "is_function":
			if IsInteger(a(1)) {
				return all("", errRange)
			}
			return all("", errNotInteger)
		case "is_map_key":
			return all("", errNotMap)
		case "is_record":
			return one(errNotAtom)
		case "make_tuple":
			return one(errRange)
		case "map_get":
			if _, ok := a(1).(*Map); ok {
				return one("not present in map")
			}
			return all("", errNotMap)
		case "monitor":
			switch cause {
			case "badtype":
				return one("invalid monitor type")
			case "none":
				switch a(0) {
				case Term(Intern("port")):
					return all("", mustBeLocalPort(a(1)))
				case Term(Intern("process")):
					return all("", mustBePid(a(1)))
				}
			}
		case "phash", "phash2":
			return one(mustBeIntRange(a(1), 1, nil))
		case "process_flag":
			if cause == "badopt" {
				return one("invalid process flag")
			}
			return all("", "invalid value for this process flag")
		case "process_info":
			if e1 := mustBeLocalPid(a(0), ""); e1 != "" {
				return one(e1)
			}
			return all("", "invalid item or item list")
		case "register":
			return registerErrors(a(0), a(1), cause)
		case "send", "send_nosuspend":
			return one(errBadDestination)
		case "spawn", "spawn_link", "spawn_monitor":
			e2 := ""
			if _, ok := a(1).(*Fun); !ok {
				e2 = errNotFun
			}
			return all(mustBeAtom(a(0)), e2)
		case "spawn_opt":
			return spawnOptErrors([]string{mustBeFun(a(0))}, a(1), cause)
		case "split_binary":
			e1, e2 := mustBeBinary(a(0), ""), mustBeNonNegInt(a(1))
			if e1 != "" || e2 != "" {
				return all(e1, e2)
			}
			if Compare(a(1), BoxInt(Int(len(a(0).(*Binary).Data)))) > 0 {
				return all("", errRange)
			}
			return nil, true
		case "subtract":
			return all(mustBeList(a(0), ""), mustBeList(a(1), ""))
		case "suspend_process":
			if cause == "badopt" {
				return all(mustBeLocalPid(a(0), ""), mustBeList(a(1), errBadOption))
			}
			return one(f.suspendPidError(a(0)))
		case "system_flag":
			switch cause {
			case "badopt":
				return one("invalid system flag")
			case "none":
				return all("", "invalid value for this system flag")
			}
		case "term_to_binary", "term_to_iovec":
			return all("", mustBeOptionList(a(1)))
		}
	case 3:
		switch name {
		case "apply", "hibernate", "spawn", "spawn_link", "spawn_monitor":
			return mustBeMFArgs(a(0), a(1), a(2)), true
		case "binary_part":
			return binaryPartErrors(a(0), a(1), a(2), mustBeNonNegInt)
		case "binary_to_list":
			e := []string{mustBeBinary(a(0), ""), mustBeIntRange(a(1), 1, nil), mustBeIntRange(a(2), 1, nil)}
			if e[0] != "" || e[1] != "" || e[2] != "" {
				return e, true
			}
			if Compare(a(1), a(2)) > 0 {
				return all("", "start position greater than stop position")
			}
			size := BoxInt(Int(len(a(0).(*Binary).Data)))
			e[1], e[2] = "", ""
			if Compare(a(1), size) > 0 {
				e[1] = errRange
			}
			if Compare(a(2), size) > 0 {
				e[2] = errRange
			}
			return e, true
		case "convert_time_unit":
			return all(mustBeInt(a(0)), mustBeTimeUnit(a(1)), mustBeTimeUnit(a(2)))
		case "function_exported", "make_fun":
			return all(mustBeAtom(a(0)), mustBeAtom(a(1)), mustBeNonNegInt(a(2)))
		case "insert_element", "setelement":
			return elementErrors(a(0), a(1))
		case "is_record":
			return all("", mustBeAtom(a(1)), mustBeInt(a(2)))
		case "make_tuple":
			e1 := mustBeNonNegInt(a(0))
			return all(e1, "", maybeOptionListError(a(2), e1))
		case "monitor":
			item := ""
			switch a(0) {
			case Term(Intern("port")):
				item = mustBeLocalPort(a(1))
			case Term(Intern("process")):
				item = mustBePid(a(1))
			}
			switch cause {
			case "badopt":
				return all("", item, mustBeList(a(2), errBadOption))
			case "badtype":
				return one("invalid monitor type")
			case "none":
				return all("", item)
			}
		case "send", "send_nosuspend":
			if cause == "badopt" {
				return all("", "", mustBeList(a(2), errBadOption))
			}
			return one(errBadDestination)
		case "send_after", "start_timer":
			return startTimerErrors(args, cause), true
		case "spawn_opt":
			return spawnOptErrors([]string{mustBeAtom(a(0)), mustBeFun(a(1))}, a(2), cause)
		}
	case 4:
		switch name {
		case "spawn", "spawn_link", "spawn_monitor":
			return append([]string{mustBeAtom(a(0))}, mustBeMFArgs(a(1), a(2), a(3))...), true
		case "send_after", "start_timer":
			e := startTimerErrors(args[:3], cause)
			if cause == "badopt" {
				return append(e, mustBeList(a(3), errBadOption)), true
			}
			return append(e, mustBeList(a(3), "")), true
		case "spawn_opt":
			return spawnOptErrors(mustBeMFArgs(a(0), a(1), a(2)), a(3), cause)
		}
	case 5:
		if name == "spawn_opt" {
			return spawnOptErrors(append([]string{mustBeAtom(a(0))}, mustBeMFArgs(a(1), a(2), a(3))...), a(4), cause)
		}
	}
	return nil, false
}

// elementErrors is the rule of element/2 (and setelement, insert_element
// and delete_element): the index must be an integer within the tuple.
func elementErrors(index, tuple Term) ([]string, bool) {
	e1 := ""
	switch {
	case !IsInteger(index):
		e1 = errNotInteger
	case Compare(index, BoxInt(0)) <= 0:
		e1 = errRange
	default:
		if t, ok := tuple.(*Tuple); ok && Compare(index, BoxInt(Int(len(t.Elems)))) > 0 {
			e1 = errRange
		}
	}
	e2 := ""
	if _, ok := tuple.(*Tuple); !ok {
		e2 = errNotTuple
	}
	return []string{e1, e2}, true
}

// binaryToAtomErrors is the rule of binary_to_atom and
// binary_to_existing_atom (dflt the text for a binary that is fine).
func binaryToAtomErrors(bin, enc Term, dflt string) ([]string, bool) {
	switch enc {
	case Term(atomLatin1):
		return []string{mustBeBinary(bin, dflt)}, true
	case Term(atomUnicode), Term(atomUTF8):
		b, ok := bin.(*Binary)
		if !ok || b.Trail != 0 {
			return []string{errNotBinary}, true
		}
		if utf8.Valid(b.Data) {
			return []string{errNonExistingAtom}, true
		}
		return []string{errBadUnicode}, true
	}
	return []string{mustBeBinary(bin, ""), errBadEncodeOption}, true
}

// binaryPartErrors is the rule of binary_part/3 (and binary:part/3, with
// its own check of the position).
func binaryPartErrors(bin, pos, length Term, mustPos func(Term) string) ([]string, bool) {
	e := []string{mustBeBinary(bin, ""), mustPos(pos), mustBeInt(length)}
	if e[0] != "" || e[1] != "" || e[2] != "" {
		return e, true
	}
	if Compare(pos, BoxInt(Int(len(bin.(*Binary).Data)))) > 0 {
		return []string{"", errRange}, true
	}
	return []string{"", "", errRange}, true
}

// binaryPartPairErrors is the rule of binary_part(Bin, {Pos, Len}): OTP's
// rule fails (no explanation) when the position is past the end.
func binaryPartPairErrors(bin, posLen Term, mustPos func(Term) string) ([]string, bool) {
	if pl, ok := TupleArity(posLen, 2); ok && IsInteger(pl.Elems[0]) && IsInteger(pl.Elems[1]) {
		e, _ := binaryPartErrors(bin, pl.Elems[0], pl.Elems[1], mustPos)
		if len(e) != 3 {
			return nil, false
		}
		if e[1] == "" && e[2] == "" {
			return e[:1], true
		}
		return []string{e[0], errRange}, true
	}
	return []string{mustBeBinary(bin, ""), "not a valid {Pos,Length} tuple"}, true
}

func registerErrors(name, pid Term, cause string) ([]string, bool) {
	switch cause {
	case "registered_name":
		return []string{"", "this process or port already has a name"}, true
	case "notalive":
		return []string{"", errDeadProcess}, true
	}
	e1 := ""
	if name == Term(Intern("undefined")) {
		e1 = "'undefined' is not a valid name"
	} else if _, ok := name.(Atom); !ok {
		e1 = errNotAtom
	}
	e2 := ""
	if _, ok := pid.(Pid); !ok {
		e2 = "not a pid or port"
	}
	if e1 == "" && e2 == "" {
		return []string{"name is in use"}, true
	}
	return []string{e1, e2}, true
}

func spawnOptErrors(first []string, opts Term, cause string) ([]string, bool) {
	switch cause {
	case "badopt":
		return append(first, mustBeList(opts, "invalid spawn option")), true
	case "none":
		return append(first, ""), true
	}
	return nil, false
}

func startTimerErrors(args []Term, cause string) []string {
	e1 := mustBeNonNegInt(args[0])
	if e1 == "" && cause == "time" {
		e1 = "exceeds the maximum supported time value"
	}
	e2 := ""
	switch args[1].(type) {
	case Pid, Atom:
	default:
		e2 = "not a pid or an atom"
	}
	return []string{e1, e2}
}

func (f *excFormat) suspendPidError(pid Term) string {
	if f.p != nil && pid == Term(f.p.self) {
		return errSelfNotAllowed
	}
	return mustBeLocalPid(pid, errDeadProcess)
}

func mustBeAtom(t Term) string {
	if _, ok := t.(Atom); ok {
		return ""
	}
	return errNotAtom
}

func mustBeBinary(t Term, ok string) string {
	if b, isBin := t.(*Binary); isBin && b.Trail == 0 {
		return ok
	}
	return errNotBinary
}

func mustBeBase(t Term) string {
	if n, ok := IntOf(t); ok && n >= 2 && n <= 36 {
		return ""
	}
	return errBadBase
}

func mustBeFloat(t Term) string {
	if _, ok := t.(Float); ok {
		return ""
	}
	return errNotFloat
}

func mustBeFun(t Term) string {
	if _, ok := t.(*Fun); ok {
		return ""
	}
	return errNotFun
}

func mustBeInt(t Term) string {
	if IsInteger(t) {
		return ""
	}
	return errNotInteger
}

// mustBeIntRange: an integer from min up to max (nil: no end).
func mustBeIntRange(t Term, min Int, max Term) string {
	if !IsInteger(t) {
		return errNotInteger
	}
	if Compare(t, BoxInt(min)) < 0 || max != nil && Compare(t, max) > 0 {
		return errRange
	}
	return ""
}

func mustBeNonNegInt(t Term) string { return mustBeIntRange(t, 0, nil) }

func mustBeAdler32(t Term) string {
	return mustBeIntRange(t, 0, BoxInt(1<<32-1))
}

func mustBeIodata(t Term) string {
	if _, ok := IolistBytes(nil, t); ok {
		return ""
	}
	return errNotIodata
}

// mustBeList: ok for a proper list, else what it is not.
func mustBeList(t Term, ok string) string {
	switch t.(type) {
	case *Cons, Nil:
		if _, proper := ListToSlice(t); proper {
			return ok
		}
		return errNotProperList
	}
	return errNotList
}

func mustBeOptionList(t Term) string {
	if e := mustBeList(t, ""); e != "" {
		return e
	}
	return errBadOption
}

// maybeOptionListError: an error in the options list when the argument
// before it was fine (prev ""), else only the options not being a list.
func maybeOptionListError(opts Term, prev string) string {
	e := mustBeList(opts, "")
	if prev == "" && e == "" {
		return errBadOption
	}
	return e
}

func mustBePid(t Term) string {
	if _, ok := t.(Pid); ok {
		return ""
	}
	return errNotPid
}

func mustBeLocalPid(t Term, ok string) string {
	if _, isPid := t.(Pid); isPid {
		return ok
	}
	return errNotPid
}

func mustBeLocalPort(t Term) string {
	if _, ok := t.(Atom); ok {
		return ""
	}
	return errNotPort
}

func mustBeRef(t Term) string {
	if _, ok := t.(Ref); ok {
		return ""
	}
	return errNotRef
}

func mustBeTimeUnit(t Term) string {
	if n, ok := IntOf(t); ok && n >= 1 {
		return ""
	}
	if a, ok := t.(Atom); ok {
		switch a.Name() {
		case "second", "millisecond", "microsecond", "nanosecond", "native", "perf_counter",
			"seconds", "milli_seconds", "micro_seconds", "nano_seconds":
			return ""
		}
	}
	return errBadTimeUnit
}

func mustBeMFArgs(m, f, args Term) []string {
	return []string{mustBeAtom(m), mustBeAtom(f), mustBeList(args, "")}
}

// listToSomething: what a list_to_* BIF's argument lacks, the text
// for a proper list that says nothing.
func listToSomething(t Term, text string) string {
	if _, ok := ListToSlice(t); ok {
		return text
	}
	return errNotList
}

// isFlatCharList: a proper list of Unicode code points.
func isFlatCharList(t Term) bool {
	elems, ok := ListToSlice(t)
	if !ok {
		return false
	}
	for _, e := range elems {
		c, ok := IntOf(e)
		if !ok || c < 0 || c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF {
			return false
		}
	}
	return true
}
