package rt

// The rules of erl_stdlib_errors:format_error/2 for ets: the cause in the
// error_info says what was wrong with the table (or a key, a position);
// the other arguments are checked again.

// etsCauseText is format_cause: what was wrong with the table argument;
// false for a cause OTP's rule does not know (no explanation then).
func etsCauseText(args []Term, cause Term) (string, bool) {
	switch causeName(cause) {
	case "none", "badkey", "keypos", "position", "owner", "not_owner":
		return "", true
	case "type":
		if len(args) > 0 {
			if _, ok := args[0].(Ref); ok {
				return "not a valid table identifier", true
			}
		}
		return "not an atom or a table identifier", true
	case "id":
		return "the table identifier does not refer to an existing ETS table", true
	case "access":
		return "the table identifier refers to an ETS table with insufficient access rights", true
	case "table_type":
		return "the table identifier refers to an ETS table of a type not supported by this operation", true
	}
	return "", false
}

func etsFormatError(name string, args []Term, cause Term) errorMap {
	texts, ok := etsArgErrors(name, args, cause)
	if !ok {
		return errorMap{}
	}
	return argErrs(texts...)
}

func etsArgErrors(name string, args []Term, cause Term) ([]string, bool) {
	c := causeName(cause)
	if name == "new" && len(args) == 2 { // the only rule that does not read the table's cause
		e1 := mustBeAtom(args[0])
		e2 := mustBeList(args[1], "")
		switch {
		case e1 == "" && e2 == "" && c == "already_exists":
			return []string{errTableExists, ""}, true
		case e1 == "" && e2 == "":
			return []string{"", errBadOptions}, true
		}
		return []string{e1, e2}, true
	}
	tab, ok := etsCauseText(args, cause)
	if !ok {
		return nil, false
	}
	dflt := func(text string) ([]string, bool) {
		if tab == "" {
			return []string{"", text}, true
		}
		return []string{tab}, true
	}
	n := len(args)
	switch {
	case name == "delete_object" && n >= 2:
		return []string{tab, etsTupleText(args[1])}, true
	case name == "give_away" && n == 3:
		_, isPid := args[1].(Pid)
		switch {
		case c == "owner":
			return []string{tab, "the process is already the owner of the table"}, true
		case c == "not_owner":
			return []string{tab, "the current process is not the owner"}, true
		case !isPid:
			return []string{tab, "not a pid"}, true
		case tab == "":
			return []string{tab, "the pid refers to a terminated process"}, true
		}
		return []string{tab}, true
	case name == "info":
		return dflt("not a valid info item")
	case (name == "insert" || name == "insert_new") && n >= 2:
		return []string{tab, etsObjectsText(args[1])}, true
	case name == "lookup_element" && n == 3:
		pos := etsPositiveInt(args[2])
		if c == "badkey" {
			return []string{tab, errBadKey, pos}, true
		}
		if tab == "" && pos == "" {
			return []string{"", "", "position is greater than the size of the object"}, true
		}
		return []string{tab, "", pos}, true
	case (name == "match" || name == "match_object" || name == "select" || name == "select_reverse") && n == 1:
		return []string{errBadContinue}, true
	case (name == "match" || name == "match_object") && n == 3:
		return []string{tab, "", etsPositiveInt(args[2])}, true
	case name == "match_spec_compile" && n == 1:
		return []string{errBadMatchSpec}, true
	case name == "next" || name == "prev":
		return dflt(errBadKey)
	case name == "rename" && n == 2:
		e2 := ""
		if _, ok := args[1].(Atom); !ok {
			e2 = errBadTableName
		}
		if tab == "" && e2 == "" {
			return []string{"", errTableExists}, true
		}
		return []string{tab, e2}, true
	case name == "safe_fixtable":
		return dflt("not a boolean value")
	case (name == "select" || name == "select_count" || name == "select_reverse") && n == 3:
		ms := ""
		if _, ok := compileMS(args[1]); !ok {
			ms = errBadMatchSpec
		}
		return []string{tab, ms, etsPositiveInt(args[2])}, true
	case name == "select" || name == "select_count" || name == "select_reverse" ||
		name == "internal_select_delete" || name == "select_replace":
		return dflt(errBadMatchSpec)
	case name == "setopts":
		return dflt(errBadOptions)
	case name == "slot":
		return dflt(errRange)
	case name == "update_counter" && n == 3:
		switch c {
		case "badkey":
			return []string{tab, errBadKey, etsUpdateOpText(args[2])}, true
		case "keypos":
			return []string{tab, "", errSameAsKeypos}, true
		case "position":
			return []string{tab, "", errUpdateOpRange}, true
		case "none":
			if !isUpdateOp(args[2]) {
				return []string{tab, "", errBadUpdateOp}, true
			}
			return []string{tab, "", errCounterNotInt}, true
		}
		return []string{tab, "", etsUpdateOpText(args[2])}, true
	case name == "update_counter" && n == 4:
		if tab != "" {
			return []string{tab}, true
		}
		tup := etsTupleText(args[3])
		switch c {
		case "badkey":
			return []string{"", errBadKey, etsUpdateOpText(args[2]), tup}, true
		case "keypos":
			return []string{"", "", errSameAsKeypos, tup}, true
		case "position":
			return []string{"", "", errUpdateOpRange}, true
		}
		if op := etsUpdateOpText(args[2]); op != "" || tup != "" {
			return []string{"", "", op, tup}, true
		}
		return []string{"", "", errCounterNotInt}, true
	case name == "update_element" && n == 3:
		if c == "keypos" {
			return []string{tab, "", errSameAsKeypos}, true
		}
		if !isElementSpec(args[2]) {
			return []string{tab, "", "is not a valid element specification"}, true
		}
		if tab == "" {
			return []string{tab, "", errRange}, true
		}
		return []string{tab}, true
	case name == "whereis":
		return []string{errBadTableName}, true
	}
	return []string{tab}, true
}

func etsPositiveInt(t Term) string { return mustBeIntRange(t, 1, nil) }

// etsTupleText: an object must be a non-empty tuple.
func etsTupleText(t Term) string {
	if x, ok := t.(*Tuple); ok {
		if len(x.Elems) > 0 {
			return ""
		}
		return errEmptyTuple
	}
	return errNotTuple
}

// etsObjectsText: a non-empty tuple or a list of them.
func etsObjectsText(t Term) string {
	switch t.(type) {
	case *Tuple:
		return etsTupleText(t)
	case *Cons, Nil:
		elems, ok := ListToSlice(t)
		if !ok {
			return errNotTupleOrList
		}
		for _, e := range elems {
			if x, ok := e.(*Tuple); !ok || len(x.Elems) == 0 {
				return errNotTupleOrList
			}
		}
		return ""
	}
	return errNotTuple
}

func etsUpdateOpText(t Term) string {
	if isUpdateOp(t) {
		return ""
	}
	return errBadUpdateOp
}

// isUpdateOp: Incr, {Pos, Incr}, {Pos, Incr, Threshold, SetValue}, or a
// list of those.
func isUpdateOp(t Term) bool {
	one := func(t Term) bool {
		if x, ok := t.(*Tuple); ok && (len(x.Elems) == 2 || len(x.Elems) == 4) {
			for _, e := range x.Elems {
				if !IsInteger(e) {
					return false
				}
			}
			return true
		}
		return IsInteger(t)
	}
	return oneOrList(t, one)
}

// isElementSpec: {Pos, Value} with Pos > 0, or a list of those.
func isElementSpec(t Term) bool {
	one := func(t Term) bool {
		x, ok := TupleArity(t, 2)
		return ok && IsInteger(x.Elems[0]) && Compare(x.Elems[0], BoxInt(0)) > 0
	}
	return oneOrList(t, one)
}

// oneOrList reports whether t is one of what one accepts, or a list of
// them (ets:update_counter's and update_element's specs).
func oneOrList(t Term, one func(Term) bool) bool {
	elems, ok := ListToSlice(t)
	if !ok {
		return one(t)
	}
	for _, e := range elems {
		if !one(e) {
			return false
		}
	}
	return true
}
