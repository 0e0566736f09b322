package rt

// The rules of erl_stdlib_errors:format_error/2 for the modules of stdlib
// that raise with its error_info: binary, ets, lists, maps, math, re,
// unicode and io. As in OTP, some checks try the operation again (does
// the pattern compile, is it an iterator) and see whether it fails.

// The texts, as erl_stdlib_errors expands its error atoms (where they
// differ from erl_erts_errors').
const (
	errBadCharData    = "not valid character data (an iodata term)"
	errBadOptions     = "invalid options"
	errBadPattern     = "not a valid pattern"
	errBadKey         = "not a key that exists in the table"
	errBadMatchSpec   = "not a valid match specification"
	errBadContinue    = "invalid continuation"
	errBitstring      = "is a bitstring (expected a binary)"
	errDomain         = "is outside the domain for this function"
	errEmptyTuple     = "is an empty tuple"
	errNotMapOrIter   = "not a map or an iterator"
	errNotRegexp      = "neither an iodata term nor a compiled regular expression"
	errTableExists    = "table name already exists"
	errBadTableName   = "invalid table name (must be an atom)"
	errBadUpdateOp    = "not a valid update operation"
	errCounterNotInt  = "the value in the given position, in the object, is not an integer"
	errSameAsKeypos   = "the position is the same as the key position"
	errUpdateOpRange  = "the position in the update operation is out of range"
	errNotTupleOrList = "not a non-empty tuple or a list of non-empty tuples"
)

// stdlibFormatError is erl_stdlib_errors:format_error(Reason, [{M, F,
// Args, Info} | _]).
func stdlibFormatError(m, fn Atom, args []Term, cause Term) errorMap {
	var texts []string
	switch m.Name() {
	case "binary":
		texts = binaryArgErrors(fn.Name(), args, causeName(cause))
	case "ets":
		return etsFormatError(fn.Name(), args, cause)
	case "lists":
		texts = listsArgErrors(fn.Name(), args)
	case "maps":
		texts = mapsArgErrors(fn.Name(), args)
	case "math":
		texts = mathArgErrors(fn.Name(), args)
	case "re":
		texts = reArgErrors(fn.Name(), args, causeName(cause))
	case "unicode":
		texts = unicodeArgErrors(fn.Name(), args)
	case "io":
		return ioFormatError(fn.Name(), args, cause)
	}
	return argErrs(texts...)
}

// fails reports whether f raises.
func fails(f func() Term) bool {
	_, exc := Try(f)
	return exc != nil
}

func stdBinary(t Term) string {
	switch b := t.(type) {
	case *Binary:
		if b.Trail != 0 {
			return errBitstring
		}
		return ""
	}
	return errNotBinary
}

func stdPattern(t Term) string {
	if fails(func() Term { return BinaryMatch2(nil, NewBinary([]byte("a")), t) }) {
		return errBadPattern
	}
	return ""
}

func stdEndianness(t Term) string {
	if t == Term(Intern("big")) || t == Term(Intern("little")) {
		return ""
	}
	return "must be 'big' or 'little'"
}

func binaryArgErrors(name string, args []Term, cause string) []string {
	a := func(i int) Term { return args[i] }
	switch name + "/" + string(rune('0'+len(args))) {
	case "at/2":
		return []string{stdBinary(a(0)), mustBeNonNegInt(a(1))}
	case "bin_to_list/1", "copy/1", "decode_unsigned/1", "encode_hex/1", "referenced_byte_size/1":
		return []string{stdBinary(a(0))}
	case "bin_to_list/2", "part/2":
		e, _ := binaryPartPairErrors(a(0), a(1), mustBeNonNegInt)
		return e
	case "bin_to_list/3", "part/3":
		e, _ := binaryPartErrors(a(0), a(1), a(2), mustBeNonNegInt)
		return e
	case "compile_pattern/1":
		return []string{errBadPattern}
	case "copy/2":
		return []string{stdBinary(a(0)), mustBeNonNegInt(a(1))}
	case "decode_unsigned/2":
		return []string{stdBinary(a(0)), stdEndianness(a(1))}
	case "encode_unsigned/1":
		return []string{mustBeNonNegInt(a(0))}
	case "encode_unsigned/2":
		return []string{mustBeNonNegInt(a(0)), stdEndianness(a(1))}
	case "decode_hex/1":
		if b, ok := a(0).(*Binary); ok && b.Trail == 0 && len(b.Data)%2 == 1 {
			return []string{"must contain an even number of bytes"}
		}
		return []string{stdBinary(a(0))}
	case "first/1", "last/1":
		if b, ok := a(0).(*Binary); ok && b.Trail == 0 && len(b.Data) == 0 {
			return []string{"a zero-sized binary is not allowed"}
		}
		return []string{stdBinary(a(0))}
	case "list_to_bin/1":
		return []string{errNotIodata}
	case "longest_common_prefix/1", "longest_common_suffix/1":
		return []string{"not a flat list of binaries"}
	case "match/2", "matches/2", "split/2":
		return []string{stdBinary(a(0)), stdPattern(a(1))}
	case "match/3", "matches/3":
		e := []string{stdBinary(a(0)), stdPattern(a(1))}
		if e[0] != "" || e[1] != "" {
			return e
		}
		if opts, ok := ListToSlice(a(2)); ok && len(opts) == 1 {
			if sc, ok := TupleArity(opts[0], 2); ok && sc.Elems[0] == Term(Intern("scope")) {
				if sl, ok := TupleArity(sc.Elems[1], 2); ok && IsInteger(sl.Elems[0]) && IsInteger(sl.Elems[1]) {
					return []string{"", "", "specified part is not wholly inside binary"}
				}
			}
		}
		return []string{"", "", errBadOptions}
	case "split/3":
		e := []string{stdBinary(a(0)), stdPattern(a(1))}
		if e[0] != "" || e[1] != "" {
			return e
		}
		return []string{"", "", errBadOptions}
	case "replace/3":
		return []string{stdBinary(a(0)), stdPattern(a(1)), stdBinary(a(2))}
	case "replace/4":
		e := []string{stdBinary(a(0)), stdPattern(a(1)), stdBinary(a(2))}
		if cause == "badopt" || e[0] == "" && e[1] == "" && e[2] == "" {
			return append(e, errBadOptions)
		}
		return e
	}
	return nil
}

func listsArgErrors(name string, args []Term) []string {
	switch {
	case (name == "keyfind" || name == "keymember" || name == "keysearch") && len(args) == 3:
		pos := ""
		if !IsInteger(args[1]) {
			pos = errNotInteger
		} else if Compare(args[1], BoxInt(1)) < 0 {
			pos = errRange
		}
		return []string{"", pos, mustBeList(args[2], "")}
	case name == "member" && len(args) == 2:
		return []string{"", mustBeList(args[1], "")}
	case name == "reverse" && len(args) == 2:
		return []string{mustBeList(args[0], "")}
	case name == "seq" && len(args) == 3:
		e := []string{mustBeInt(args[0]), mustBeInt(args[1]), mustBeInt(args[2])}
		if e[0] != "" || e[1] != "" || e[2] != "" {
			return e
		}
		first, last, inc := args[0], args[1], args[2]
		back := Sub(first, inc)
		switch {
		case Compare(inc, BoxInt(0)) <= 0 && Compare(back, last) <= 0:
			return []string{"", "", "not a positive increment"}
		case Compare(inc, BoxInt(0)) >= 0 && Compare(back, last) >= 0:
			return []string{"", "", "not a negative increment"}
		}
	}
	return nil
}

// stdFun: a fun of the arity, else what it is not.
func stdFun(t Term, arity int) string {
	if f, ok := t.(*Fun); ok && f.Arity == arity {
		return ""
	}
	return "not a fun that takes " + [...]string{"no arguments", "one argument", "two arguments", "three arguments"}[arity]
}

func stdMap(t Term) string {
	if _, ok := t.(*Map); ok {
		return ""
	}
	return errNotMap
}

func stdMapOrIter(t Term) string {
	if _, ok := t.(*Map); ok {
		return ""
	}
	if fails(func() Term { return MapsNext1(nil, t) }) {
		return errNotMapOrIter
	}
	return ""
}

func mapsArgErrors(name string, args []Term) []string {
	a := func(i int) Term { return args[i] }
	switch name + "/" + string(rune('0'+len(args))) {
	case "filter/2", "filtermap/2", "foreach/2", "map/2":
		return []string{stdFun(a(0), 2), stdMapOrIter(a(1))}
	case "find/2", "is_key/2", "remove/2", "take/2", "get/3":
		return []string{"", errNotMap}
	case "fold/3":
		return []string{stdFun(a(0), 3), "", stdMapOrIter(a(2))}
	case "from_keys/2", "from_list/1":
		return []string{mustBeList(a(0), "")}
	case "get/2":
		if _, ok := a(1).(*Map); ok {
			return []string{"not present in map"}
		}
		return []string{"", errNotMap}
	case "groups_from_list/2":
		return []string{stdFun(a(0), 1), mustBeList(a(1), "")}
	case "groups_from_list/3":
		return []string{stdFun(a(0), 1), stdFun(a(1), 1), mustBeList(a(2), "")}
	case "intersect/2", "merge/2":
		return []string{stdMap(a(0)), stdMap(a(1))}
	case "intersect_with/3", "merge_with/3":
		return []string{stdFun(a(0), 3), stdMap(a(1)), stdMap(a(2))}
	case "iterator/1", "keys/1", "size/1", "to_list/1", "values/1":
		return []string{errNotMap}
	case "next/1":
		return []string{"not a valid iterator"}
	case "put/3", "update/3":
		return []string{"", "", errNotMap}
	case "update_with/3":
		return []string{"", stdFun(a(1), 1), stdMap(a(2))}
	case "update_with/4":
		return []string{"", stdFun(a(1), 1), "", stdMap(a(3))}
	case "with/2", "without/2":
		return []string{mustBeList(a(0), ""), stdMap(a(1))}
	}
	return nil
}

func mathArgErrors(name string, args []Term) []string {
	num := func(t Term) string {
		if IsNumber(t) {
			return ""
		}
		return errNotNumber
	}
	switch {
	case len(args) == 1:
		switch name {
		case "acos", "acosh", "asin", "atanh", "log", "log2", "log10", "sqrt":
			if e := num(args[0]); e != "" {
				return []string{e}
			}
			return []string{errDomain}
		}
		return []string{num(args[0])}
	case len(args) == 2 && name == "fmod":
		e := []string{num(args[0]), num(args[1])}
		if e[0] == "" && e[1] == "" {
			if Compare(args[1], BoxInt(0)) == 0 {
				return []string{"", errDomain}
			}
			return nil
		}
		return e
	case len(args) == 2:
		return []string{num(args[0]), num(args[1])}
	}
	return nil
}

// stdRegexp: a pattern that compiles (else PCRE's complaint), or a
// compiled one.
func stdRegexp(t Term) string {
	v, exc := Try(func() Term { return ReCompile1(nil, t) })
	if exc == nil {
		if r, ok := TupleArity(v, 2); ok && r.Elems[0] == Term(Intern("error")) {
			if why, ok := TupleArity(r.Elems[1], 2); ok {
				return Sprintf("could not parse regular expression~n~ts on character ~p", why.Elems[0], why.Elems[1])
			}
		}
		return ""
	}
	if fails(func() Term { return ReRun2(nil, Nil{}, t) }) {
		return errNotRegexp
	}
	return ""
}

func reArgErrors(name string, args []Term, cause string) []string {
	var e []string
	switch {
	case name == "compile" && len(args) == 1:
		return []string{errNotIodata}
	case name == "compile" && len(args) == 2:
		e = []string{""}
		if fails(func() Term { return ReCompile1(nil, args[0]) }) {
			e[0] = errNotIodata
		} else {
			e[0] = stdRegexp(args[0])
		}
		if cause == "badopt" {
			e = append(e, errBadOptions)
		}
		return e
	case name == "replace" && (len(args) == 3 || len(args) == 4):
		e = []string{mustBeIodata(args[0]), stdRegexp(args[1]), mustBeIodata(args[2])}
		if len(args) == 4 && cause == "badopt" {
			e = append(e, errBadOptions)
		}
	case (name == "run" || name == "split") && (len(args) == 2 || len(args) == 3):
		e = []string{mustBeIodata(args[0]), stdRegexp(args[1])}
		if len(args) == 3 && cause == "badopt" {
			e = append(e, errBadOptions)
		}
	}
	return e
}

func stdCharData(t Term) string {
	v, exc := Try(func() Term { return UnicodeCharactersToBinary1(nil, t) })
	if exc != nil {
		return errBadCharData
	}
	if _, ok := v.(*Tuple); ok {
		return errBadCharData
	}
	return ""
}

func stdEncoding(t Term) string {
	if fails(func() Term { return UnicodeCharactersToBinary2(nil, NewBinary([]byte("a")), t) }) {
		return "not a valid encoding"
	}
	return ""
}

func unicodeArgErrors(name string, args []Term) []string {
	switch name {
	case "characters_to_binary", "characters_to_list":
		switch len(args) {
		case 1:
			return []string{errBadCharData}
		case 2:
			return []string{stdCharData(args[0]), stdEncoding(args[1])}
		case 3:
			return []string{stdCharData(args[0]), stdEncoding(args[1]), stdEncoding(args[2])}
		}
	case "characters_to_nfc_binary", "characters_to_nfc_list", "characters_to_nfd_binary",
		"characters_to_nfd_list", "characters_to_nfkc_binary", "characters_to_nfkc_list",
		"characters_to_nfkd_binary", "characters_to_nfkd_list":
		return []string{errBadCharData}
	}
	return nil
}
