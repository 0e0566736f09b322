package mstransform

import (
	"strconv"
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/lint"
	"github.com/erl2go/erl2go/translate/source"
)

// Guards and bodies become match-spec expressions: head variables their
// '$N' atoms, other variables {const, Var}, tuples {{...}}, operators and
// the allowed BIFs {Name, Args...}. part is "guard" or "body", for the
// messages and for which functions are allowed.

func atomNode(loc ast.Loc, name string) *ast.Atom { return &ast.Atom{Loc: loc, Name: name} }

func tuple(loc ast.Loc, elems ...ast.Expr) *ast.Tuple { return &ast.Tuple{Loc: loc, Elems: elems} }

func constOf(loc ast.Loc, e ast.Expr) ast.Expr { return tuple(loc, atomNode(loc, "const"), e) }

// guardTop renames the old type tests (integer(X)) at the top of a guard.
func guardTop(e ast.Expr) ast.Expr {
	c, ok := e.(*ast.Call)
	if !ok {
		return e
	}
	f, ok := c.Fun.(*ast.Atom)
	if !ok {
		return e
	}
	if name, ok := oldTests[f.Name]; ok && (len(c.Args) == 1 && name != "is_record" || len(c.Args) == 2 && name == "is_record") {
		return &ast.Call{Loc: c.Loc, Fun: atomNode(f.Loc, name), Args: c.Args}
	}
	return e
}

var oldTests = map[string]string{
	"atom": "is_atom", "float": "is_float", "integer": "is_integer", "list": "is_list",
	"number": "is_number", "pid": "is_pid", "port": "is_port", "reference": "is_reference",
	"tuple": "is_tuple", "binary": "is_binary", "function": "is_function", "record": "is_record",
}

func (t *transformer) tg(e ast.Expr, b *binds, part string) ast.Expr {
	switch n := e.(type) {
	case *ast.Match:
		if part == "guard" {
			fail(n.Pos(), "fun with guard matching ('=' in guard) is illegal as match_spec as well")
		}
		fail(n.Pos(), "fun with body matching ('=' in body) is illegal as match_spec")
	case *ast.BinaryOp:
		if v := fold(n); v != nil {
			return v
		}
		return tuple(n.Loc, atomNode(n.Loc, n.Op), t.tg(n.Left, b, part), t.tg(n.Right, b, part))
	case *ast.UnaryOp:
		if v := fold(n); v != nil {
			return v
		}
		return tuple(n.Loc, atomNode(n.Loc, n.Op), t.tg(n.X, b, part))
	case *ast.Call:
		return t.call(n, b, part)
	case *ast.Cons:
		return &ast.Cons{Loc: n.Loc, Head: t.tg(n.Head, b, part), Tail: t.tg(n.Tail, b, part)}
	case *ast.Nil, *ast.Integer, *ast.Char, *ast.Float, *ast.String:
		return e
	case *ast.Tuple:
		elems := make([]ast.Expr, len(n.Elems))
		for i, el := range n.Elems {
			elems[i] = t.tg(el, b, part)
		}
		return tuple(n.Loc, tuple(n.Loc, elems...))
	case *ast.Atom:
		if strings.HasPrefix(n.Name, "$") {
			return constOf(n.Loc, n)
		}
		return n
	case *ast.Var:
		if s, ok := b.lookup(n.Name); ok {
			return atomNode(n.Loc, s)
		}
		return constOf(n.Loc, n)
	case *ast.RecordAccess:
		return t.recordAccess(n, b, part)
	case *ast.RecordIndex:
		fs, ok := t.record(n.Name)
		if !ok {
			fail(n.Pos(), "fun %s contains unknown record type %s", part, lint.AtomText(n.Name))
		}
		i := fieldIndex(fs, n.Field)
		if i < 0 {
			fail(n.FieldPos, "fun %s contains reference to unknown field %s in record type %s", part, lint.AtomText(n.Field), lint.AtomText(n.Name))
		}
		return &ast.Integer{Loc: ast.At(n.FieldPos), Value: int64(i)}
	case *ast.Record:
		return t.recordExpr(n, b, part)
	case *ast.Bin:
		return t.bin(n, b, part)
	case *ast.Map:
		return t.mapExpr(n, b, part)
	}
	fail(e.Pos(), "the language element %s (in %s) cannot be translated into match_spec", elementName(e), part)
	return nil
}

// elementName names an expression as ms_transform's messages do.
func elementName(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Catch:
		return "catch"
	case *ast.Block:
		return "begin/end block"
	case *ast.If:
		return "if"
	case *ast.Case:
		return "case"
	case *ast.Receive:
		return "receive"
	case *ast.Try:
		return "try"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.BinComp:
		return "binary comprehension"
	case *ast.MapComp:
		return "mc"
	case *ast.Maybe:
		return "maybe"
	case *ast.MaybeMatch:
		return "maybe_match"
	case *ast.Remote:
		return "external function call"
	case *ast.FunExpr:
		if n.Name != "" {
			return "named_fun"
		}
		return "fun"
	case *ast.FunRef, *ast.FunRemote:
		return "fun"
	case *ast.Call:
		return "call"
	case *ast.Record:
		return "record"
	case *ast.Map:
		return "map"
	}
	return "unknown element"
}

// call translates a call: object(), bindings(), is_record/2, the BIFs
// allowed in match specs (erlang:F too) and the operators called as erlang:Op.
func (t *transformer) call(n *ast.Call, b *binds, part string) ast.Expr {
	arity := len(n.Args)
	switch f := n.Fun.(type) {
	case *ast.Atom:
		switch {
		case f.Name == "bindings" && arity == 0:
			return atomNode(f.Loc, "$*")
		case f.Name == "object" && arity == 0:
			return atomNode(f.Loc, "$_")
		case f.Name == "is_record" && arity == 2:
			if r, ok := n.Args[1].(*ast.Atom); ok {
				obj := t.tg(n.Args[0], b, part)
				fs, ok := t.record(r.Name)
				if !ok {
					fail(r.Pos(), "fun %s contains unknown record type %s", part, lint.AtomText(r.Name))
				}
				return tuple(n.Loc, f, obj, r, &ast.Integer{Loc: r.Loc, Value: int64(len(fs) + 1)})
			}
		}
		if !msFunction(f.Name, arity, part) {
			fail(n.Pos(), "fun containing the local function call '%s/%d' (called in %s) cannot be translated into match_spec", lint.AtomText(f.Name), arity, part)
		}
		elems := []ast.Expr{atomNode(f.Loc, f.Name)}
		for _, a := range n.Args {
			elems = append(elems, t.tg(a, b, part))
		}
		return tuple(n.Loc, elems...)
	case *ast.Remote:
		m, ok1 := f.Module.(*ast.Atom)
		fn, ok2 := f.Fun.(*ast.Atom)
		if !ok1 || !ok2 {
			break
		}
		if m.Name != "erlang" || !fromErlang(fn.Name, arity) {
			fail(n.Pos(), "fun containing the remote function call '%s:%s/%d' (called in %s) cannot be translated into match_spec", lint.AtomText(m.Name), lint.AtomText(fn.Name), arity, part)
		}
		switch {
		case isOperator(fn.Name, arity) && arity == 2:
			return t.tg(&ast.BinaryOp{Loc: fn.Loc, Op: fn.Name, Left: n.Args[0], Right: n.Args[1]}, b, part)
		case isOperator(fn.Name, arity):
			return t.tg(&ast.UnaryOp{Loc: fn.Loc, Op: fn.Name, X: n.Args[0]}, b, part)
		}
		return t.call(&ast.Call{Loc: n.Loc, Fun: fn, Args: n.Args}, b, part)
	}
	fail(n.Pos(), "the language element call (in %s) cannot be translated into match_spec", part)
	return nil
}

func fieldIndex(fs []field, name string) int {
	for _, f := range fs {
		if f.name == name {
			return f.index
		}
	}
	return -1
}

// hashPos is where the '#' of Expr#r.f is, which ms_transform reports.
func hashPos(n *ast.RecordAccess) source.Pos {
	if !n.FieldPos.IsValid() {
		return n.Pos()
	}
	return n.FieldPos - source.Pos(len([]rune(lint.AtomText(n.Name)))+2)
}

// recordAccess is X#r.f: {element, Index, X}.
func (t *transformer) recordAccess(n *ast.RecordAccess, b *binds, part string) ast.Expr {
	at := hashPos(n)
	fs, ok := t.record(n.Name)
	if !ok {
		fail(at, "fun %s contains unknown record type %s", part, lint.AtomText(n.Name))
	}
	i := fieldIndex(fs, n.Field)
	if i < 0 {
		fail(at, "fun %s contains reference to unknown field %s in record type %s", part, lint.AtomText(n.Field), lint.AtomText(n.Name))
	}
	loc := ast.At(at)
	return tuple(loc, atomNode(loc, "element"), &ast.Integer{Loc: loc, Value: int64(i)}, t.tg(n.Expr, b, part))
}

// recordExpr is #r{...} ({{r, ...}} with the declared defaults, or the
// _ = Value one, for the fields not named) or V#r{...} (with
// {element, I, V} for the fields not named).
func (t *transformer) recordExpr(n *ast.Record, b *binds, part string) ast.Expr {
	var base ast.Expr
	if n.Base != nil {
		if _, ok := n.Base.(*ast.Var); !ok {
			fail(n.Pos(), "the language element record (in %s) cannot be translated into match_spec", part)
		}
		base = t.tg(n.Base, b, part)
		for _, f := range n.Fields {
			if f.Name == "_" {
				v := n.Base.(*ast.Var)
				fail(v.Pos()+source.Pos(len([]rune(v.Name))), "Unknown error code 7")
			}
		}
	}
	keys, def := fieldValues(n.Fields, func(e ast.Expr) ast.Expr { return t.tg(e, b, part) })
	if _, dup := find(keys, ""); dup {
		fail(n.Pos(), "fun %s contains already defined field '_' in record type %s", part, lint.AtomText(n.Name))
	}
	fs, ok := t.record(n.Name)
	if !ok {
		fail(n.Pos(), "fun %s contains unknown record type %s", part, lint.AtomText(n.Name))
	}
	elems := []ast.Expr{atomNode(n.Loc, n.Name)}
	for _, f := range fs {
		v, ok := find(keys, f.name)
		switch {
		case ok:
		case base != nil:
			v = tuple(n.Loc, atomNode(n.Loc, "element"), &ast.Integer{Loc: n.Loc, Value: int64(f.index)}, base)
		case def != nil:
			v = def
		case f.def != nil:
			v = f.def
		default:
			v = atomNode(ast.At(f.pos), "undefined")
		}
		elems = append(elems, v)
	}
	if what, k := checkFields(keys, fs); what != "" {
		fail(n.Pos(), "fun %s contains %s %s in record type %s", part, what, keyText(k), lint.AtomText(n.Name))
	}
	return tuple(n.Loc, tuple(n.Loc, elems...))
}

// bin keeps a binary construction, which may not use head variables.
func (t *transformer) bin(n *ast.Bin, b *binds, part string) ast.Expr {
	out := &ast.Bin{Loc: n.Loc}
	for _, el := range n.Elems {
		if v, ok := el.Value.(*ast.Var); ok {
			if _, bound := b.lookup(v.Name); bound {
				fail(v.Pos(), "bit syntax construction with variable %s (in %s) cannot be translated into match_spec", lint.AtomText(v.Name), part)
			}
			out.Elems = append(out.Elems, el)
			continue
		}
		c := *el
		c.Value = t.tg(el.Value, b, part)
		if el.Size != nil {
			c.Size = t.tg(el.Size, b, part)
		}
		out.Elems = append(out.Elems, &c)
	}
	return out
}

// mapExpr is #{K => V}: a map built from the translated keys and values.
func (t *transformer) mapExpr(n *ast.Map, b *binds, part string) ast.Expr {
	if n.Base != nil {
		at := n.Pos()
		if v, ok := n.Base.(*ast.Var); ok {
			at = v.Pos() + source.Pos(len([]rune(v.Name)))
		}
		fail(at, "the language element map (in %s) cannot be translated into match_spec", part)
	}
	out := &ast.Map{Loc: n.Loc}
	for _, f := range n.Fields {
		if f.Exact {
			at := f.Pos()
			if a, ok := f.Key.(*ast.Atom); ok {
				at = a.Pos() + source.Pos(len([]rune(lint.AtomText(a.Name)))+1)
			}
			fail(at, "the language element map_field_exact (in %s) cannot be translated into match_spec", part)
		}
		out.Fields = append(out.Fields, &ast.MapField{Loc: f.Loc, Key: t.tg(f.Key, b, part), Value: t.tg(f.Value, b, part)})
	}
	return out
}

// The functions and operators ms_transform lets through, as Name/Arity.
var (
	boolTests = set("is_atom/1 is_float/1 is_integer/1 is_list/1 is_number/1 is_pid/1 is_port/1 " +
		"is_reference/1 is_tuple/1 is_map/1 is_map_key/2 is_binary/1 is_function/1 is_record/2 is_seq_trace/0")
	guardBIFs = set("abs/1 element/2 hd/1 length/1 node/0 node/1 round/1 size/1 bit_size/1 byte_size/1 " +
		"map_size/1 map_get/2 binary_part/2 binary_part/3 tl/1 trunc/1 self/0 float/1 get_tcw/0")
	actions = set("set_seq_token/2 get_seq_token/0 message/1 return_trace/0 exception_trace/0 process_dump/0 " +
		"enable_trace/1 enable_trace/2 disable_trace/1 disable_trace/2 display/1 caller/0 set_tcw/1 " +
		"silent/1 trace/2 trace/3")
	operators = set("and/2 or/2 xor/2 not/1 andalso/2 orelse/2 +/1 +/2 -/1 -/2 */2 //2 div/2 rem/2 " +
		"band/2 bor/2 bxor/2 bnot/1 bsl/2 bsr/2 >/2 >=/2 </2 =</2 ==/2 =:=/2 /=/2 =/=/2")
	// get_tcw/0 is a pseudo guard function: allowed in ms funs, not imported from erlang.
	realGuardBIFs = set("abs/1 element/2 hd/1 length/1 node/0 node/1 round/1 size/1 bit_size/1 byte_size/1 " +
		"map_size/1 map_get/2 binary_part/2 binary_part/3 tl/1 trunc/1 self/0 float/1")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

func key(name string, arity int) string { return name + "/" + strconv.Itoa(arity) }

func msFunction(name string, arity int, part string) bool {
	k := key(name, arity)
	return guardBIFs[k] || boolTests[k] || part == "body" && actions[k]
}

func isOperator(name string, arity int) bool { return operators[key(name, arity)] }

func fromErlang(name string, arity int) bool {
	k := key(name, arity)
	return realGuardBIFs[k] || boolTests[k] || operators[k]
}
