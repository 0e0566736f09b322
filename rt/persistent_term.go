package rt

import "sync"

// The persistent_term module: one store of terms for the whole node, read
// often and written rarely. OTP's erl_features keeps the enabled features
// there, which erl_scan, epp, erl_lint and the compiler read for every
// module; without it OTP's own front end, translated, cannot run.
//
// The store is an immutable map that each write replaces, so that a read
// only loads the current map. Keys compare with =:=, as map keys do. get/0
// and info/0 are left out: on BEAM they also list the system's own terms,
// which this runtime does not have.
var persistentTerms = struct {
	sync.RWMutex
	m *Map
}{m: NewMap()}

func init() {
	RegisterModule("persistent_term",
		Export("get", 1, PersistentTermGet1),
		Export("get", 2, PersistentTermGet2),
		Export("put", 2, PersistentTermPut2),
		Export("erase", 1, PersistentTermErase1),
	)
}

func persistentMap() *Map {
	persistentTerms.RLock()
	defer persistentTerms.RUnlock()
	return persistentTerms.m
}

// PersistentTermGet1 is persistent_term:get(Key); badarg when Key is absent.
func PersistentTermGet1(p *Process, key Term) Term {
	if v, ok := persistentMap().Get(key); ok {
		return v
	}
	e := NewException(AtomError, AtomBadarg)
	info := List(NewTuple(atomErrorInfo, NewMap(atomModule, atomErlErtsErrors)))
	e.head = NewTuple(Intern("persistent_term"), Intern("get"), List(key), info)
	e.bif = true
	panic(e)
}

// PersistentTermGet2 is persistent_term:get(Key, Default).
func PersistentTermGet2(p *Process, key, def Term) Term {
	if v, ok := persistentMap().Get(key); ok {
		return v
	}
	return def
}

// PersistentTermPut2 is persistent_term:put(Key, Value).
func PersistentTermPut2(p *Process, key, value Term) Term {
	persistentTerms.Lock()
	defer persistentTerms.Unlock()
	persistentTerms.m = persistentTerms.m.Put(key, value)
	return Ok
}

// PersistentTermErase1 is persistent_term:erase(Key): whether Key was there.
func PersistentTermErase1(p *Process, key Term) Term {
	persistentTerms.Lock()
	defer persistentTerms.Unlock()
	if _, ok := persistentTerms.m.Get(key); !ok {
		return False
	}
	persistentTerms.m = persistentTerms.m.Remove(key)
	return True
}
