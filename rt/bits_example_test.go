package rt_test

import (
	"fmt"

	"github.com/erl2go/erl2go/rt"
)

// parse is what the generator should emit for
//
//	parse(<<Len:8, Body:Len/binary, Rest/binary>>) -> {Body, Rest};
//	parse(<<>>) -> done.
func parse(p *rt.Process, arg rt.Term) rt.Term {
	if m, ok := rt.MatchBits(arg); ok {
		if n, ok := m.Int(8, 0); ok {
			if size, ok := rt.MatchSize(n, 8); ok {
				if body, ok := m.Binary(size); ok {
					if rest, ok := m.Rest(8); ok {
						return rt.NewTuple(body, rest)
					}
				}
			}
		}
		if m2, _ := rt.MatchBits(arg); m2.AtEnd() {
			return rt.Intern("done")
		}
	}
	return rt.FunctionClause(arg)
}

func ExampleMatchBits() {
	p := rt.NewProcess()
	fmt.Println(rt.Format(parse(p, rt.NewBinary([]byte{2, 'h', 'i', '!'}))))
	fmt.Println(rt.Format(parse(p, rt.NewBinary(nil))))
	// Output:
	// {<<104,105>>,<<33>>}
	// done
}

// encode is what the generator should emit for
//
//	encode(Acc, X, F) -> <<Acc/binary, X:12/little-signed, F:16/float, "ok">>.
func encode(p *rt.Process, acc, x, f rt.Term) rt.Term {
	b := rt.NewBits(p, 12+16+16)
	b.PutBinary(acc, -1, 8)
	b.PutInt(x, 12, rt.BitLittle|rt.BitSigned)
	b.PutFloat(f, 16, 0)
	b.PutString("ok")
	return b.Done()
}

func ExampleNewBits() {
	p := rt.NewProcess()
	v := encode(p, rt.NewBinary([]byte{1}), rt.BoxInt(-1), rt.Float(1.5))
	fmt.Println(rt.Format(v))
	// Output:
	// <<1,255,243,224,6,246,11:4>>
}
