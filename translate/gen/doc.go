/*
Package gen turns core modules into Go source that calls the rt runtime.

Input: the *core.Module values of one translation (records, imports and
auto-imported BIFs already resolved by translate/core) and the FileSet their
positions point into. Output: one gofmt'd Go file per module, all in one Go
package, so that modules may call each other in cycles without Go import
cycles. Generate never panics on bad input: what it cannot translate is
reported as FILE:LINE:COL: message.

# The shape of the output

Every Erlang function m:f/N is a Go function m_f_N(p *rt.Process, args
...rt.Term) rt.Term (see names.go for the naming scheme). Its clauses follow
in order; each is a block whose failing pattern or guard jumps to the next
clause's label, and the end raises function_clause:

	// fac/1
	func fact_fac_1(p *rt.Process, a1 rt.Term) rt.Term {
		p.Tick()
		{
			if !rt.MatchInt(a1, 0) {
				goto clause2
			}
			return rt.BoxInt(1)
		}
	clause2:
		{
			N := a1
			if !rt.GtInt(N, 0) {
				goto clause3
			}
			return rt.Mul(N, fact_fac_1(p, rt.SubIntOr(rt.SubIntSmall(N, 1), N, 1)))
		}
	clause3:
		return rt.FunctionClause(a1)
	}

A clause that cannot fail ends the list (later clauses are dead code) and
is not wrapped in a block. case, if and try ... of use the same shape, with
labels caseN_cI and caseN_end; in tail position their clauses return.

Patterns compile to flat tests on type assertions (pattern.go); guards to
one Go condition, wrapped in rt.GuardOK (which turns an exception into
false) only when a test may raise (control.go).

Tail calls: a function that tail-calls itself is a for loop whose tail
calls reassign the parameters and continue; functions that tail-call each
other in a cycle (core.Module.Groups) share one Go function with an entry
switch inside a loop. A call M:F(...) to the module itself is local. A
function whose clauses end in [H | F(...)] and that calls nothing else is
a loop too, appending the heads to a list builder (trmc.go). So
tail-recursive loops run in constant stack; other recursion uses Go's
growing stacks.

Variables: an Erlang variable becomes a Go local of the same name (vars.go
decides which bindings are read, so no unused variable is declared). Atoms
and constant terms are package variables built once. Each file's init
registers the module's functions with rt.RegisterModule for apply, fun
M:F/A and stack traces. /*line file.erl:N*\/ comments make Go panics and
Erlang stack traces point at the Erlang source.

Binaries (bits.go, bits_const.go, bits_loop.go): <<...>> is a builder,
rt.NewBits, with one Put call per segment and Done; a binary made only of
literals is encoded at compile time and built once. A binary pattern is a
matcher, rt.MatchBits, with one call per segment that reports ok, so that a
failing segment jumps to the next clause, which starts again from the
subject. A self-recursive loop that passes the rest of its binary straight
back to itself carries the matcher instead of making the rest (BEAM's match
context reuse). Binary comprehensions keep one builder, and a binary
generator one matcher, for the whole loop.

Processes: every function and fun starts with p.Tick(), and every
tail-call loop and comprehension generator loop with it at the top of the
loop, the safe point where a
process acts on a kill (proc.go; measured within noise on a tight loop and
on fib). Pid ! Msg is rt.Send(p, Pid, Msg). A receive is a loop, written
with gotos, over the mailbox: RecvStart, the clauses tried on each message
in turn, RecvTake on the one that matches, RecvNext otherwise, so that
unmatched messages stay queued (receive.go); Ref = make_ref(), followed by
a receive that matches Ref in every clause, starts at a receive marker
(marks.go). spawn, link, monitor and friends are ordinary calls of the BIF
table.

Calls to other modules go straight to the rt function when bifs.txt lists
it (lists:reverse/1 -> rt.ListsReverse1), to the Go function when the module
is part of the translation, and otherwise through rt.Apply, which raises
undef at run time if nothing registered that function.
*/
package gen
