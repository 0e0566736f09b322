package rt

import "testing"

// erl: persistent_term:put({a,1}, [x]), persistent_term:get({a,1}) -> [x];
// get({a,1.0}, def) -> def (keys compare with =:=); erase({a,1}) -> true,
// then false; get(nokey) -> error:badarg from persistent_term:get([nokey]).
func TestPersistentTerm(t *testing.T) {
	p := NewProcess()
	key := NewTuple(Intern("a"), BoxInt(1))
	if r := PersistentTermPut2(p, key, List(Intern("x"))); r != Term(Ok) {
		t.Fatalf("put: %v", r)
	}
	if r := PersistentTermGet1(p, key); !ExactEqual(r, List(Intern("x"))) {
		t.Fatalf("get: %v", r)
	}
	if r := PersistentTermGet2(p, NewTuple(Intern("a"), Float(1)), Intern("def")); r != Term(Intern("def")) {
		t.Fatalf("get/2 of {a,1.0}: %v", r)
	}
	if PersistentTermErase1(p, key) != Term(True) || PersistentTermErase1(p, key) != Term(False) {
		t.Fatal("erase: want true then false")
	}
	e, ok := catchError(func() { PersistentTermGet1(p, key) })
	if !ok || e.Reason != Term(AtomBadarg) {
		t.Fatalf("get of an erased key: %v", e)
	}
}
