package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// Attributes checked once the whole module is known: -dialyzer options must
// be known and name defined functions, -optional_callbacks must name
// declared callbacks, -deprecated must name exported functions.

// dialyzerOptions are the options valid for a whole module (and for a function).
var dialyzerOptions = map[string]bool{}

func init() {
	for _, o := range []string{"no_return", "no_unused", "no_improper_lists", "no_fun_app",
		"no_match", "no_opaque", "no_fail_call", "no_contracts", "no_behaviours",
		"no_undefined_callbacks", "unmatched_returns", "error_handling", "race_conditions",
		"no_missing_calls", "specdiffs", "overspecs", "underspecs", "unknown",
		"no_underspecs", "extra_return", "no_extra_return", "missing_return", "no_missing_return"} {
		dialyzerOptions[o] = true
	}
}

// lateAttrs checks the -dialyzer, -optional_callbacks and -deprecated attributes of m.
func (c *checker) lateAttrs(m *ast.Module) {
	seenOpt := map[fa]bool{}
	inFunctions := false // after the first function, only -dialyzer counts
	for _, f := range m.Forms {
		if _, ok := f.(*ast.Function); ok {
			inFunctions = true
		}
		a, ok := f.(*ast.Attribute)
		if !ok {
			continue
		}
		switch {
		case a.Name == "dialyzer":
			c.dialyzer(a)
		case a.Name == "deprecated" && !inFunctions:
			c.deprecated(a, c.exportedFuncs())
		case a.Name == "optional_callbacks" && !inFunctions:
			c.optionalCallbacks(a, seenOpt)
		}
	}
}

// dialyzer checks Option, [Option], {Option, F/A} and {[Option], [F/A]}.
func (c *checker) dialyzer(a *ast.Attribute) {
	pos := attrPos(a)
	for _, v := range listElems(a.Value) {
		t, ok := v.(*ast.Tuple)
		if !ok || len(t.Elems) != 2 {
			if o, ok := v.(*ast.Atom); ok && !dialyzerOptions[o.Name] {
				c.unknownDialyzer(pos, o.Name)
			}
			continue
		}
		for _, o := range listElems(t.Elems[0]) {
			opt, ok := o.(*ast.Atom)
			if !ok {
				continue
			}
			for _, x := range listElems(t.Elems[1]) {
				n, ar, ok := nameArity(x)
				if !ok {
					continue
				}
				if opt.Name != "nowarn_function" && !dialyzerOptions[opt.Name] {
					c.unknownDialyzer(pos, opt.Name)
				} else if _, def := c.defined[fa{n, ar}]; !def {
					c.errorf(pos, "function %s/%d undefined", atomText(n), ar)
				}
			}
		}
	}
}

func (c *checker) unknownDialyzer(pos source.Pos, name string) {
	c.errorf(pos, "unknown dialyzer warning option: %s", atomText(name))
}

// optionalCallbacks checks -optional_callbacks([F/A]).
func (c *checker) optionalCallbacks(a *ast.Attribute, seen map[fa]bool) {
	var fs []fa
	for _, x := range listElems(a.Value) {
		n, ar, ok := nameArity(x)
		if !ok {
			return // not a list of F/A: ignored, as erl_lint does
		}
		fs = append(fs, fa{n, ar})
	}
	for _, k := range fs {
		if seen[k] {
			c.errorf(attrPos(a), "optional callback %s/%d duplicated", atomText(k.name), k.arity)
		}
		seen[k] = true
		if !c.callbacks[k] {
			c.errorf(attrPos(a), "callback %s/%d is undefined", atomText(k.name), k.arity)
		}
	}
}

// deprecated checks -deprecated([{F, A} | {F, A, Flag} | module]): the
// functions named must be exported ('_' for A names all of F's arities).
// Badly formed terms are left alone.
func (c *checker) deprecated(a *ast.Attribute, exported map[fa]bool) {
	for _, d := range listElems(a.Value) {
		t, ok := d.(*ast.Tuple)
		if !ok || len(t.Elems) < 2 || len(t.Elems) > 3 {
			continue
		}
		f, ok := t.Elems[0].(*ast.Atom)
		if !ok || f.Name == "_" {
			continue
		}
		switch ar := t.Elems[1].(type) {
		case *ast.Atom:
			if ar.Name == "_" && !exportsName(exported, f.Name) {
				c.errorf(attrPos(a), "deprecated function %s/'_' undefined or not exported", atomText(f.Name))
			}
		case *ast.Integer:
			if !exported[fa{f.Name, int(ar.Value)}] {
				c.errorf(attrPos(a), "deprecated function %s/%d undefined or not exported", atomText(f.Name), ar.Value)
			}
		}
	}
}

func exportsName(exported map[fa]bool, name string) bool {
	for k := range exported {
		if k.name == name {
			return true
		}
	}
	return false
}

// exportedFuncs is the set of exported functions (all of them under export_all).
func (c *checker) exportedFuncs() map[fa]bool {
	r := map[fa]bool{}
	if c.options["export_all"] {
		for k := range c.defined {
			r[k] = true
		}
		return r
	}
	for k := range c.exports {
		r[k] = true
	}
	return r
}
