package preproc

import "fmt"

// A reader hands out tokens for a macro call's arguments; peek(0) is the
// next token. The expander's reader runs across the pending segments of
// input, so that a call's arguments may continue past the end of the macro
// body that produced the call, as they do in epp.
type reader interface {
	peek(k int) (Token, bool)
	skip(n int)
}

// sliceReader reads a token slice.
type sliceReader struct {
	ts []Token
	i  int
}

func (r *sliceReader) peek(k int) (Token, bool) {
	if r.i+k < len(r.ts) {
		return r.ts[r.i+k], true
	}
	return Token{}, false
}

func (r *sliceReader) skip(n int) { r.i += n }

// errArg builds epp's arg_error message.
func errArg(name string) error {
	return fmt.Errorf("badly formed argument for macro '%s'", name)
}

// scanArgs reads the argument list of a call ?name(...), as epp's count_args
// and macro_arg do, and returns the arguments and the number of tokens read.
// args is nil when no '(' follows (a call without arguments), empty for
// "()". Nothing is consumed from r: the caller decides, since a lone ?M
// definition leaves the arguments in the stream.
func scanArgs(r reader, name string) (args [][]Token, n int, err error) {
	t, ok := r.peek(0)
	if !ok || t.Type != tLPAREN {
		return nil, 0, nil
	}
	args = [][]Token{}
	n = 1
	if t, ok := r.peek(n); ok && t.Type == tRPAREN {
		return args, n + 1, nil
	} else if ok && t.Type == tCOMMA {
		return nil, 0, errArg(name)
	}
	for {
		arg, m := macroArg(r, n)
		args = append(args, arg)
		n = m
		t, ok := r.peek(n)
		switch {
		case !ok:
			return nil, 0, errArg(name)
		case t.Type == tRPAREN:
			return args, n + 1, nil
		}
		// t is a top-level comma.
		n++
		if t, ok := r.peek(n); ok && t.Type == tRPAREN {
			return nil, 0, errArg(name)
		}
	}
}

// macroArg collects one argument starting at peek(n): tokens up to a ',' or
// ')' outside brackets. Like epp it knows just enough syntax to pair
// brackets and the keywords that end with 'end'; a closing token that does
// not match the innermost opening one is an ordinary token.
func macroArg(r reader, n int) ([]Token, int) {
	var arg []Token
	var closers []int
	for {
		t, ok := r.peek(n)
		if !ok {
			return arg, n
		}
		if len(closers) == 0 && (t.Type == tCOMMA || t.Type == tRPAREN) {
			return arg, n
		}
		if c := opener(r, n, t); c != 0 {
			closers = append(closers, c)
		} else if len(closers) > 0 && t.Type == closers[len(closers)-1] {
			closers = closers[:len(closers)-1]
		}
		arg = append(arg, t)
		n++
	}
}

// opener returns the token type that closes t if t opens a bracket, else 0.
func opener(r reader, n int, t Token) int {
	switch t.Type {
	case tLPAREN:
		return tRPAREN
	case tBINOPEN:
		return tBINCLS
	case tLBRACK:
		return tRBRACK
	case tLBRACE:
		return tRBRACE
	case tBEGIN, tIF, tCASE, tRECEIVE, tTRY, tCOND:
		return tEND
	case tFUN:
		// "fun (" and "fun Name (" start a fun expression ending in 'end';
		// "fun f/1" does not.
		if u, ok := r.peek(n + 1); ok && u.Type == tLPAREN {
			return tEND
		}
		if u, ok := r.peek(n + 1); ok && u.Type == tVAR {
			if v, ok := r.peek(n + 2); ok && v.Type == tLPAREN {
				return tEND
			}
		}
	}
	return 0
}
