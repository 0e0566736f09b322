package lint

import (
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// Attributes checked once the whole module is known: -dialyzer options must
// be known and name defined functions, -optional_callbacks must name
// declared callbacks.

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

// lateAttrs checks the -dialyzer and -optional_callbacks attributes of m.
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
