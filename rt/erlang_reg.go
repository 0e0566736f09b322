package rt

// The erlang module in the registry, so that apply/3, fun erlang:F/A and
// erlang:function_exported/3 find the BIFs and operators.

func op2(f func(a, b Term) Term) func(*Process, Term, Term) Term {
	return func(_ *Process, a, b Term) Term { return f(a, b) }
}

func cmp2(f func(a, b Term) bool) func(*Process, Term, Term) Term {
	return func(_ *Process, a, b Term) Term { return Bool(f(a, b)) }
}

func boolArg(t Term) (bool, bool) {
	switch t {
	case True:
		return true, true
	case False:
		return false, true
	}
	return false, false
}

func boolOp(name string, f func(x, y bool) bool) func(*Process, Term, Term) Term {
	return func(_ *Process, a, b Term) Term {
		x, ok1 := boolArg(a)
		y, ok2 := boolArg(b)
		if !ok1 || !ok2 {
			return BIFBadarg(name, a, b)
		}
		return Bool(f(x, y))
	}
}

// ErlangNot1 is not(Bool).
func ErlangNot1(p *Process, a Term) Term {
	x, ok := boolArg(a)
	if !ok {
		return BIFBadarg("not", a)
	}
	return Bool(!x)
}

func init() {
	registerModule("erlang", true, []Func{
		Export("+", 2, op2(Add)), Export("-", 2, op2(Sub)), Export("*", 2, op2(Mul)),
		Export("/", 2, op2(FDiv)), Export("div", 2, op2(IntDiv)), Export("rem", 2, op2(Rem)),
		Export("band", 2, op2(Band)), Export("bor", 2, op2(Bor)), Export("bxor", 2, op2(Bxor)),
		Export("bsl", 2, op2(Bsl)), Export("bsr", 2, op2(Bsr)),
		Export("bnot", 1, func(_ *Process, a Term) Term { return Bnot(a) }),
		Export("-", 1, func(_ *Process, a Term) Term { return Neg(a) }),
		Export("+", 1, func(_ *Process, a Term) Term { return Plus(a) }),
		Export("==", 2, cmp2(Equal)), Export("/=", 2, cmp2(func(a, b Term) bool { return !Equal(a, b) })),
		Export("=:=", 2, cmp2(ExactEqual)), Export("=/=", 2, cmp2(func(a, b Term) bool { return !ExactEqual(a, b) })),
		Export("<", 2, cmp2(Lt)), Export("=<", 2, cmp2(Le)), Export(">", 2, cmp2(Gt)), Export(">=", 2, cmp2(Ge)),
		Export("and", 2, boolOp("and", func(x, y bool) bool { return x && y })),
		Export("or", 2, boolOp("or", func(x, y bool) bool { return x || y })),
		Export("xor", 2, boolOp("xor", func(x, y bool) bool { return x != y })),
		Export("not", 1, ErlangNot1),
		Export("++", 2, ErlangPlusplus2), Export("--", 2, ErlangMinusminus2),

		Export("element", 2, ErlangElement2), Export("setelement", 3, ErlangSetelement3),
		Export("tuple_size", 1, ErlangTupleSize1), Export("size", 1, ErlangSize1),
		Export("length", 1, ErlangLength1), Export("hd", 1, ErlangHd1), Export("tl", 1, ErlangTl1),
		Export("abs", 1, ErlangAbs1), Export("min", 2, ErlangMin2), Export("max", 2, ErlangMax2),
		Export("round", 1, ErlangRound1), Export("trunc", 1, ErlangTrunc1),
		Export("floor", 1, ErlangFloor1), Export("ceil", 1, ErlangCeil1), Export("float", 1, ErlangFloat1),

		Export("is_atom", 1, ErlangIsAtom1), Export("is_integer", 1, ErlangIsInteger1),
		Export("is_float", 1, ErlangIsFloat1), Export("is_number", 1, ErlangIsNumber1),
		Export("is_list", 1, ErlangIsList1), Export("is_tuple", 1, ErlangIsTuple1),
		Export("is_map", 1, ErlangIsMap1), Export("is_binary", 1, ErlangIsBinary1),
		Export("is_bitstring", 1, ErlangIsBitstring1), Export("is_function", 1, ErlangIsFunction1),
		Export("is_function", 2, ErlangIsFunction2), Export("is_boolean", 1, ErlangIsBoolean1),
		Export("is_pid", 1, ErlangIsPid1), Export("is_reference", 1, ErlangIsReference1),
		Export("is_port", 1, ErlangIsPort1),
		Export("is_record", 2, ErlangIsRecord2), Export("is_record", 3, ErlangIsRecord3),

		Export("tuple_to_list", 1, ErlangTupleToList1), Export("list_to_tuple", 1, ErlangListToTuple1),
		Export("make_tuple", 2, ErlangMakeTuple2), Export("make_tuple", 3, ErlangMakeTuple3),
		Export("append_element", 2, ErlangAppendElement2),

		Export("map_get", 2, ErlangMapGet2), Export("map_size", 1, ErlangMapSize1),
		Export("is_map_key", 2, ErlangIsMapKey2),

		Export("self", 0, ErlangSelf0), Export("node", 0, ErlangNode0), Export("node", 1, ErlangNode1), Export("make_ref", 0, ErlangMakeRef0),
		Export("error", 1, ErlangError1), Export("error", 2, ErlangError2), Export("error", 3, ErlangError3),
		Export("throw", 1, ErlangThrow1), Export("exit", 1, ErlangExit1), Export("raise", 3, ErlangRaise3),
		Export("apply", 2, ErlangApply2), Export("apply", 3, ErlangApply3),
		Export("function_exported", 3, ErlangFunctionExported3),
		Export("put", 2, ErlangPut2), Export("get", 1, ErlangGet1), Export("get", 0, ErlangGet0),
		Export("erase", 1, ErlangErase1),

		Export("integer_to_list", 1, ErlangIntegerToList1), Export("integer_to_list", 2, ErlangIntegerToList2),
		Export("integer_to_binary", 1, ErlangIntegerToBinary1), Export("integer_to_binary", 2, ErlangIntegerToBinary2),
		Export("list_to_integer", 1, ErlangListToInteger1), Export("list_to_integer", 2, ErlangListToInteger2),
		Export("binary_to_integer", 1, ErlangBinaryToInteger1), Export("binary_to_integer", 2, ErlangBinaryToInteger2),
		Export("list_to_float", 1, ErlangListToFloat1), Export("binary_to_float", 1, ErlangBinaryToFloat1),
		Export("atom_to_list", 1, ErlangAtomToList1), Export("list_to_atom", 1, ErlangListToAtom1),
		Export("list_to_existing_atom", 1, ErlangListToExistingAtom1),
		Export("atom_to_binary", 1, ErlangAtomToBinary1), Export("atom_to_binary", 2, ErlangAtomToBinary2),
		Export("binary_to_atom", 1, ErlangBinaryToAtom1), Export("binary_to_atom", 2, ErlangBinaryToAtom2),
		Export("binary_to_existing_atom", 1, ErlangBinaryToExistingAtom1), Export("binary_to_existing_atom", 2, ErlangBinaryToExistingAtom2),
		Export("iolist_to_binary", 1, ErlangIolistToBinary1), Export("list_to_binary", 1, ErlangListToBinary1),
		Export("iolist_size", 1, ErlangIolistSize1), Export("binary_to_list", 1, ErlangBinaryToList1),
		Export("byte_size", 1, ErlangByteSize1), Export("bit_size", 1, ErlangBitSize1),
	})
}
