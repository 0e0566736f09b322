package rt

import (
	"slices"
	"testing"
)

func bin(bs ...byte) *Binary { return NewBinary(bs) }

// bits returns a bitstring of n bits from the left-aligned bytes.
func bitstr(n int, bs ...byte) *Binary {
	return &Binary{Data: bs, Trail: uint8(n % 8)}
}

func TestTypeOrder(t *testing.T) {
	p := NewProcess()
	// erl: lists:sort([self(), make_ref(), fun erlang:self/0, a, 1, {}, #{}, [], [a], <<>>, Port])
	// -> [1, a, Ref, Fun, Port, Pid, {}, #{}, [], [a], <<>>]
	want := []Term{BoxInt(1), Intern("a"), MakeRef(), &Fun{External: true, Module: AtomErlang, Name: Intern("self")},
		Port{&portCell{0}}, p.Self(), NewTuple(), EmptyMap, Nil{}, List(Intern("a")), bin()}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortStableFunc(got, Compare)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("position %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

func TestCompare(t *testing.T) {
	big53 := ParseInt("9007199254740993")
	tests := []struct {
		a, b Term
		want int
	}{
		{BoxInt(1), Float(1.0), 0},          // 1 == 1.0
		{BoxInt(1), Float(1.5), -1},         // 1 < 1.5
		{big53, Float(9007199254740992), 1}, // erl: 9007199254740993 > 9007199254740992.0 -> true
		{ParseInt("9007199254740992"), Float(9007199254740992), 0},
		{Float(1e20), ParseInt("100000000000000000001"), -1}, // erl: 1.0e20 < 100000000000000000001 -> true
		{BoxInt(9223372036854775807), Float(9223372036854775807), -1},
		// The edges of the small range: a *BigInt lies beyond every Small.
		// erl: 4611686018427387903 < 4611686018427387904 -> true, and
		// -4611686018427387904 > -4611686018427387905 -> true
		{BoxInt(MaxSmall), ParseInt("4611686018427387904"), -1},
		{BoxInt(MinSmall), ParseInt("-4611686018427387905"), 1},
		{BoxInt(MinSmall), ParseInt("4611686018427387904"), -1},
		{BoxInt(MaxSmall), ParseInt("-4611686018427387905"), 1},
		{BoxInt(MaxSmall), BoxInt(MinSmall), 1},
		{BoxInt(1 << 62), ParseInt("4611686018427387904"), 0},
		// erl: 4611686018427387904 == 4.611686018427388e18 -> true,
		// 4611686018427387903 < 4.611686018427388e18 -> true
		{ParseInt("4611686018427387904"), Float(1 << 62), 0},
		{BoxInt(MaxSmall), Float(1 << 62), -1},
		{BoxInt(MinSmall), Float(-1 << 62), 0},
		{ParseInt("-4611686018427387905"), Float(-1 << 62), -1},
		{Float(-0.0), Float(0.0), 0},
		{Intern("abc"), Intern("abd"), -1},
		{NewTuple(BoxInt(2)), NewTuple(BoxInt(1), BoxInt(1)), -1}, // size first
		{List(BoxInt(1), BoxInt(2)), List(BoxInt(1)), 1},
		{ListWithTail(BoxInt(2), BoxInt(1)), List(BoxInt(1), BoxInt(2)), -1}, // erl: [1|2] < [1,2]
		{ListWithTail(BoxInt(2), BoxInt(1)), ListWithTail(Intern("a"), BoxInt(1)), -1},
		// erl: lists:sort([<<1:1>>, <<0:2>>, <<1>>, <<>>, <<0:1>>, <<1,2>>, <<128>>])
		// -> [<<>>,<<0:1>>,<<0:2>>,<<1>>,<<1,2>>,<<1:1>>,<<128>>]
		{bin(), bitstr(1, 0), -1},
		{bitstr(1, 0), bitstr(2, 0), -1},
		{bitstr(2, 0), bin(1), -1},
		{bin(1), bin(1, 2), -1},
		{bin(1, 2), bitstr(1, 0x80), -1},
		{bitstr(1, 0x80), bin(128), -1},
		// erl: #{1=>a} < #{1=>b}, #{a=>1, b=>2} < #{a=>2, c=>1}, #{1.0=>a} > #{1=>a}
		{NewMap(BoxInt(1), Intern("a")), NewMap(BoxInt(1), Intern("b")), -1},
		{NewMap(Intern("a"), BoxInt(1), Intern("b"), BoxInt(2)), NewMap(Intern("a"), BoxInt(2), Intern("c"), BoxInt(1)), -1},
		{NewMap(Float(1), Intern("a")), NewMap(BoxInt(1), Intern("a")), 1},
		{NewMap(Intern("a"), BoxInt(1)), NewMap(Intern("a"), Float(1)), 0}, // erl: #{a=>1} == #{a=>1.0}
		// erl: fun a:b/2 < fun a:b/1 -> false; fun a:z/0 < fun a:b/1 -> false
		{extFun("a", "b", 2), extFun("a", "b", 1), 1},
		{extFun("a", "z", 0), extFun("a", "b", 1), 1},
		{&Fun{Module: Intern("zzz")}, extFun("a", "b", 0), -1}, // local funs first
	}
	for _, tt := range tests {
		if got := Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := Compare(tt.b, tt.a); got != -tt.want {
			t.Errorf("Compare(%v, %v) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func extFun(m, f string, a int) *Fun {
	return &Fun{External: true, Module: Intern(m), Name: Intern(f), Arity: a}
}

func TestExactEqual(t *testing.T) {
	// erl: [1 == 1.0, 1 =:= 1.0, #{1=>a} == #{1.0=>a}, {1} == {1.0}] -> [true,false,false,true]
	if !Equal(BoxInt(1), Float(1)) || ExactEqual(BoxInt(1), Float(1)) {
		t.Error("1 vs 1.0")
	}
	if Equal(NewMap(BoxInt(1), Intern("a")), NewMap(Float(1), Intern("a"))) {
		t.Error("#{1=>a} == #{1.0=>a}")
	}
	if !Equal(NewTuple(BoxInt(1)), NewTuple(Float(1))) || ExactEqual(NewTuple(BoxInt(1)), NewTuple(Float(1))) {
		t.Error("{1} vs {1.0}")
	}
	if !ExactEqual(Float(0.0), Float(-0.0)) { // OTP 25: 0.0 =:= -0.0 -> true
		t.Error("0.0 =:= -0.0")
	}
}

func TestCompareKeys(t *testing.T) {
	// erl: maps:to_list(#{2=>a, 1.0=>b, a=>c, 100000000000000000000=>d, 1.0e30=>e})
	// -> [{2,a},{100000000000000000000,d},{1.0,b},{1.0e30,e},{a,c}]
	want := []Term{BoxInt(2), ParseInt("100000000000000000000"), Float(1), Float(1e30), Intern("a")}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortFunc(got, CompareKeys)
	if !slices.Equal(got, want) {
		t.Errorf("got %v", got)
	}
	// erl: maps:to_list(#{{1}=>a, {1.0}=>b, {2}=>c, {0.5}=>d}) -> keys {1},{2},{0.5},{1.0}
	ks := []Term{NewTuple(Float(1)), NewTuple(Float(0.5)), NewTuple(BoxInt(2)), NewTuple(BoxInt(1))}
	slices.SortFunc(ks, CompareKeys)
	order := []Term{BoxInt(1), BoxInt(2), Float(0.5), Float(1)}
	for i, k := range ks {
		if k.(*Tuple).At(0) != order[i] {
			t.Errorf("key %d = %v", i, k)
		}
	}
}
