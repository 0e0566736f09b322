package rt

import "testing"

// TestErlangBIFs checks BIF results; each expected value is what erl (OTP
// 25) printed for the expression in the name.
func TestErlangBIFs(t *testing.T) {
	p := NewProcess()
	a := Intern
	b := func(s string) Term { return NewBinary([]byte(s)) }
	bad := AtomBadarg
	tests := []struct {
		name string
		f    func() Term
		want Term // an Atom in errs means error:Atom
		err  bool
	}{
		{`integer_to_list(-255,16)`, func() Term { return ErlangIntegerToList2(p, BoxInt(Int(-255)), BoxInt(Int(16))) }, Str("-FF"), false},
		{`integer_to_list(123456789012345678901234567890, 36)`, func() Term {
			return ErlangIntegerToList2(p, ParseInt("123456789012345678901234567890"), BoxInt(Int(36)))
		}, Str("BYW97UM9S91DLZ68TSI"), false},
		{`list_to_integer("-fF",16)`, func() Term { return ErlangListToInteger2(p, Str("-fF"), BoxInt(Int(16))) }, BoxInt(Int(-255)), false},
		{`list_to_integer("+12")`, func() Term { return ErlangListToInteger1(p, Str("+12")) }, BoxInt(Int(12)), false},
		{`list_to_integer("1 ")`, func() Term { return ErlangListToInteger1(p, Str("1 ")) }, bad, true},
		{`list_to_integer("-")`, func() Term { return ErlangListToInteger1(p, Str("-")) }, bad, true},
		{`list_to_integer("")`, func() Term { return ErlangListToInteger1(p, Str("")) }, bad, true},
		{`list_to_float("-1.5e+3")`, func() Term { return ErlangListToFloat1(p, Str("-1.5e+3")) }, Float(-1500), false},
		{`list_to_float("1.5E3")`, func() Term { return ErlangListToFloat1(p, Str("1.5E3")) }, Float(1500), false},
		{`list_to_float("+1.5")`, func() Term { return ErlangListToFloat1(p, Str("+1.5")) }, Float(1.5), false},
		{`list_to_float("1")`, func() Term { return ErlangListToFloat1(p, Str("1")) }, bad, true},
		{`list_to_float("1.e5")`, func() Term { return ErlangListToFloat1(p, Str("1.e5")) }, bad, true},
		{`atom_to_list(hello)`, func() Term { return ErlangAtomToList1(p, a("hello")) }, Str("hello"), false},
		{`iolist_to_binary([1,<<2,3>>,[4,[5]]|<<6>>])`, func() Term {
			return ErlangIolistToBinary1(p, ListWithTail(bin(6), BoxInt(Int(1)), bin(2, 3), List(BoxInt(Int(4)), List(BoxInt(Int(5))))))
		}, bin(1, 2, 3, 4, 5, 6), false},
		{`iolist_to_binary([256])`, func() Term { return ErlangIolistToBinary1(p, List(BoxInt(Int(256)))) }, bad, true},
		{`list_to_binary(<<1>>)`, func() Term { return ErlangListToBinary1(p, bin(1)) }, bad, true},
		{`byte_size(<<1,2,3:3>>)`, func() Term { return ErlangByteSize1(p, bitstr(19, 1, 2, 0x60)) }, BoxInt(Int(3)), false},
		{`bit_size(<<1,2,3:3>>)`, func() Term { return ErlangBitSize1(p, bitstr(19, 1, 2, 0x60)) }, BoxInt(Int(19)), false},
		{`size(<<1,2,3:3>>)`, func() Term { return ErlangSize1(p, bitstr(19, 1, 2, 0x60)) }, BoxInt(Int(2)), false},
		{`element(0,{a})`, func() Term { return ErlangElement2(p, BoxInt(Int(0)), NewTuple(a("a"))) }, bad, true},
		{`setelement(2,{a,b,c},x)`, func() Term { return ErlangSetelement3(p, BoxInt(Int(2)), NewTuple(a("a"), a("b"), a("c")), a("x")) },
			NewTuple(a("a"), a("x"), a("c")), false},
		{`erlang:make_tuple(3,z,[{1,a},{3,c}])`, func() Term {
			return ErlangMakeTuple3(p, BoxInt(Int(3)), a("z"), List(NewTuple(BoxInt(Int(1)), a("a")), NewTuple(BoxInt(Int(3)), a("c"))))
		}, NewTuple(a("a"), a("z"), a("c")), false},
		{`erlang:append_element({a},b)`, func() Term { return ErlangAppendElement2(p, NewTuple(a("a")), a("b")) }, NewTuple(a("a"), a("b")), false},
		{`min(1,1.0)`, func() Term { return ErlangMin2(p, BoxInt(Int(1)), Float(1)) }, BoxInt(Int(1)), false},
		{`max(1,1.0)`, func() Term { return ErlangMax2(p, BoxInt(Int(1)), Float(1)) }, BoxInt(Int(1)), false},
		{`atom_to_binary(a, latin1)`, func() Term { return ErlangAtomToBinary2(p, a("a"), a("latin1")) }, b("a"), false},
		{`binary_to_atom(<<255>>, utf8)`, func() Term { return ErlangBinaryToAtom2(p, bin(255), a("utf8")) }, bad, true},
		{`binary_to_atom(<<255>>, latin1)`, func() Term { return ErlangBinaryToAtom2(p, bin(255), a("latin1")) }, a("ÿ"), false},
		{`binary_to_integer(<<"-10">>,2)`, func() Term { return ErlangBinaryToInteger2(p, b("-10"), BoxInt(Int(2))) }, BoxInt(Int(-2)), false},
		{`[a] ++ b`, func() Term { return Append(List(a("a")), a("b")) }, ListWithTail(a("b"), a("a")), false},
		{`a ++ []`, func() Term { return Append(a("a"), Nil{}) }, bad, true},
		{`[1] -- [1.0]`, func() Term { return Subtract(List(BoxInt(Int(1))), List(Float(1))) }, List(BoxInt(Int(1))), false},
		{`[a,b,c,b] -- [b,b,b]`, func() Term {
			return Subtract(List(a("a"), a("b"), a("c"), a("b")), List(a("b"), a("b"), a("b")))
		}, List(a("a"), a("c")), false},
		{`length([1|a])`, func() Term { return ErlangLength1(p, ListWithTail(a("a"), BoxInt(Int(1)))) }, bad, true},
		{`float_to_list(1.5,[{decimals,3},{scientific,2}])`, func() Term {
			return ErlangFloatToList2(p, Float(1.5), List(NewTuple(a("decimals"), BoxInt(Int(3))), NewTuple(a("scientific"), BoxInt(Int(2)))))
		}, Str("1.50e+00"), false},
		{`float_to_list(1.5,[{scientific,2},{decimals,3}])`, func() Term {
			return ErlangFloatToList2(p, Float(1.5), List(NewTuple(a("scientific"), BoxInt(Int(2))), NewTuple(a("decimals"), BoxInt(Int(3)))))
		}, Str("1.500"), false},
		{`float_to_binary(2.5,[{decimals,0}])`, func() Term { return ErlangFloatToBinary2(p, Float(2.5), List(NewTuple(a("decimals"), BoxInt(Int(0))))) }, b("3"), false},
		{`float_to_list(1.5,[compact])`, func() Term { return ErlangFloatToList2(p, Float(1.5), List(a("compact"))) }, Str("1.50000000000000000000e+00"), false},
		{`float_to_list(1.5,[bogus])`, func() Term { return ErlangFloatToList2(p, Float(1.5), List(a("bogus"))) }, bad, true},
		{`float_to_list(1.0)`, func() Term { return ErlangFloatToList1(p, Float(1)) }, Str("1.00000000000000000000e+00"), false},
		{`integer_to_list(1 bsl 62)`, func() Term { return ErlangIntegerToList1(p, ParseInt("4611686018427387904")) },
			Str("4611686018427387904"), false},
		{`integer_to_list(-(1 bsl 62)-1, 16)`, func() Term {
			return ErlangIntegerToList2(p, ParseInt("-4611686018427387905"), BoxInt(Int(16)))
		}, Str("-4000000000000001"), false},
		{`integer_to_list(1 bsl 63 - 1, 36)`, func() Term {
			return ErlangIntegerToList2(p, ParseInt("9223372036854775807"), BoxInt(Int(36)))
		}, Str("1Y2P0IJ32E8E7"), false},
		{`integer_to_binary(1 bsl 62 - 1)`, func() Term { return ErlangIntegerToBinary1(p, BoxInt(MaxSmall)) },
			b("4611686018427387903"), false},
		{`list_to_integer("4611686018427387904")`, func() Term { return ErlangListToInteger1(p, Str("4611686018427387904")) },
			ParseInt("4611686018427387904"), false},
		{`binary_to_integer(<<"-4000000000000000">>, 16)`, func() Term {
			return ErlangBinaryToInteger2(p, b("-4000000000000000"), BoxInt(Int(16)))
		}, BoxInt(MinSmall), false},
		{`is_function(fun() -> ok end, 1 bsl 62)`, func() Term {
			return ErlangIsFunction2(p, ExternalFun(a("m"), a("f"), 0), ParseInt("4611686018427387904"))
		}, False, false},
		{`is_function(fun() -> ok end, -(1 bsl 62)-1)`, func() Term {
			return ErlangIsFunction2(p, ExternalFun(a("m"), a("f"), 0), ParseInt("-4611686018427387905"))
		}, bad, true},
		{`is_record({a}, a, 1 bsl 62)`, func() Term { return ErlangIsRecord3(p, NewTuple(a("a")), a("a"), ParseInt("4611686018427387904")) },
			False, false},
		{`erlang:function_exported(lists, map, -1)`, func() Term { return ErlangFunctionExported3(p, a("lists"), a("map"), BoxInt(Int(-1))) },
			False, false},
		{`binary:copy(<<>>, 1 bsl 62)`, func() Term { return BinaryCopy2(p, b(""), ParseInt("4611686018427387904")) }, b(""), false},
		{`binary:copy(<<>>, 1 bsl 64)`, func() Term { return BinaryCopy2(p, b(""), ParseInt("18446744073709551616")) }, bad, true},
		{`apply(erlang, '+', [1, 2])`, func() Term { return ErlangApply3(p, AtomErlang, a("+"), List(BoxInt(Int(1)), BoxInt(Int(2)))) }, BoxInt(Int(3)), false},
	}
	for _, tt := range tests {
		v, reason := raised(tt.f)
		if tt.err {
			if reason != tt.want {
				t.Errorf("%s: got %v (raised %v), want error:%v", tt.name, v, reason, tt.want)
			}
			continue
		}
		if reason != nil || !ExactEqual(v, tt.want) {
			t.Errorf("%s = %v (raised %v), want %v", tt.name, v, reason, tt.want)
		}
	}
}

func TestBIFErrorStackHead(t *testing.T) {
	p := NewProcess()
	_, e := Try(func() Term { return ErlangElement2(p, BoxInt(Int(0)), NewTuple()) })
	head := e.Stacktrace().(*Cons).Head.(*Tuple)
	// erl: {erlang,element,[0,{a}],[{error_info,#{module => erl_erts_errors}}]}
	if head.At(0) != AtomErlang || head.At(1) != Intern("element") || ListLen(head.At(2)) != 2 {
		t.Errorf("head %v", head.Elems)
	}
}

func TestProcessDictionary(t *testing.T) {
	p := NewProcess()
	k1, k2 := Intern("k1"), Str("k2")
	if ErlangPut2(p, k1, BoxInt(Int(1))) != Undefined || ErlangPut2(p, k2, BoxInt(Int(2))) != Undefined {
		t.Fatal("first put")
	}
	if ErlangPut2(p, k1, BoxInt(Int(3))) != BoxInt(Int(1)) || ErlangGet1(p, k1) != BoxInt(Int(3)) {
		t.Fatal("second put")
	}
	if ErlangErase1(p, k1) != BoxInt(Int(3)) || ErlangGet1(p, k1) != Undefined || ErlangGet1(p, Str("k2")) != BoxInt(Int(2)) {
		t.Fatal("erase")
	}
	if ListLen(ErlangGet0(p)) != 1 {
		t.Fatal("get/0")
	}
}
