package rt

// Fun is an Erlang fun: a local fun (fun(X) -> ... end), or an external one
// (fun M:F/A).
//
// Fn holds the Go function. For arities 0..MaxTypedArity it has the exact
// typed signature, which calls without allocating:
//
//	func(*Process) Term
//	func(*Process, Term) Term
//	func(*Process, Term, Term) Term   ... up to MaxTypedArity Terms
//
// For any arity it may instead be a func(*Process, []Term) Term that takes
// the arguments as a slice (always the case above MaxTypedArity). Storing the
// typed function in an interface and asserting it back at the call measured
// as fast as one struct field per arity (4 ns a call) and keeps Fun small; a
// variadic signature cost 9x that and an allocation per call.
type Fun struct {
	Module Atom // defining module (for fun M:F/A, the M)
	Name   Atom // function name for external funs; generated name for local funs
	Arity  int
	// External is true for fun M:F/A, which calls the latest registered
	// M:F/A by name and compares equal to any other fun M:F/A.
	External bool
	// Index and Uniq identify a local fun inside its module; with Module
	// and Env they decide equality and printing (#Fun<M.Index.Uniq>).
	Index, Uniq int
	// Env is the captured free variables, for equality, hashing and
	// printing only: the Go closure in Fn holds its own copies.
	Env []Term
	Fn  any
}

// MaxTypedArity is the highest arity for which Fun.Fn may be a typed
// function; above it Fn must be a func(*Process, []Term) Term.
const MaxTypedArity = 8
