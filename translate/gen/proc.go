package gen

import "github.com/dave/jennifer/jen"

// tick is the safe point where a process acts on an exit signal that kills
// it (see "Processes" in rt/doc.go): the generator puts one at the entry of
// every function and fun, at the top of every tail-call loop and of every
// comprehension generator's loop (comp.go), so that a process running
// Erlang code notices a kill within one call or one iteration. When nothing is pending it is one atomic load and a branch.
//
//	p.Tick()
func tick() jen.Code {
	return jen.Id("p").Dot("Tick").Call()
}

// withTick puts a safe point in front of a function's body (which is a
// tail-call loop's body when the function loops).
func withTick(body []jen.Code) []jen.Code {
	return append([]jen.Code{tick()}, body...)
}
