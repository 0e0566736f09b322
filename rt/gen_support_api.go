package rt

import (
	"fmt"
	"math/big"
)

// Calling translated Erlang from hand-written Go.
//
// A module translated into a Go package has one Go function per Erlang
// function, named module_function_arity (see translate/gen), which takes a
// *Process and Terms:
//
//	p := rt.NewProcess()
//	sum, err := rt.Call(func() rt.Term { return counter_total_1(p, rt.ToTerm([]int{1, 2, 3})) })
//	n := rt.FromTerm(sum).(int64)
//
// ToTerm and FromTerm convert between plain Go values and terms; Call turns
// an Erlang exception into a Go error.

// ToTerm converts a Go value to a term: integers to integers, float64 to a
// float, string to an Erlang string (a list of code points), []byte to a
// binary, bool to true/false, slices to lists, map[string]V to a map with
// atom keys... A Term is returned as it is.
func ToTerm(v any) Term {
	switch x := v.(type) {
	case Term:
		return x
	case int:
		return BoxInt(Int(x))
	case int64:
		return BoxInt(Int(x))
	case int32:
		return BoxInt(Int(x))
	case Int:
		return BoxInt(x)
	case *big.Int:
		return IntFromBig(x)
	case float64:
		return Float(x)
	case string:
		return Str(x)
	case []byte:
		return NewBinary(append([]byte(nil), x...))
	case bool:
		return Bool(x)
	case []int:
		out := make([]Term, len(x))
		for i, e := range x {
			out[i] = BoxInt(Int(e))
		}
		return List(out...)
	case []string:
		out := make([]Term, len(x))
		for i, e := range x {
			out[i] = Str(e)
		}
		return List(out...)
	case []any:
		out := make([]Term, len(x))
		for i, e := range x {
			out[i] = ToTerm(e)
		}
		return List(out...)
	case map[string]any:
		m := EmptyMap
		for k, e := range x {
			m = m.Put(Intern(k), ToTerm(e))
		}
		return m
	}
	panic(fmt.Sprintf("rt.ToTerm: cannot convert %T", v))
}

// FromTerm converts a term to a plain Go value: integers to int64 (or,
// outside its range, *big.Int), floats to float64, atoms to Atom
// (true/false to bool), proper lists of code points to string, other lists
// to []any, tuples to []any, binaries to []byte, maps to map[any]any with
// converted keys where they are comparable; other terms are returned as
// they are.
func FromTerm(t Term) any {
	switch x := t.(type) {
	case Small:
		return int64(x.Int())
	case *BigInt:
		// An integer in [-2^63, 2^63) is an int64 whether it is a Small
		// or a *BigInt just outside the small range.
		if b := x.Big(); b.IsInt64() {
			return b.Int64()
		}
		return new(big.Int).Set(x.Big())
	case Float:
		return float64(x)
	case Atom:
		if x == True || x == False {
			return x == True
		}
		return x
	case Nil:
		return []any{}
	case *Cons:
		if s, ok := ListToString(x); ok {
			return s
		}
		elems, _ := ListToSlice(x)
		return fromTerms(elems)
	case *Tuple:
		return fromTerms(x.Elems)
	case *Binary:
		return append([]byte(nil), x.Data...)
	}
	return t
}

func fromTerms(ts []Term) []any {
	out := make([]any, len(ts))
	for i, e := range ts {
		out[i] = FromTerm(e)
	}
	return out
}

// Call runs f, returning an Erlang exception it raises as a Go error (an
// *Exception).
func Call(f func() Term) (Term, error) {
	v, exc := Try(f)
	if exc != nil {
		return nil, exc
	}
	return v, nil
}
