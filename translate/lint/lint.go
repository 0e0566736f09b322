package lint

import (
	"fmt"
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

// checker holds what one Module call knows about the module being checked.
type checker struct {
	fset *source.FileSet
	errs *source.ErrorList

	module        string
	defined       map[fa]source.Pos // functions defined so far
	locals        map[fa]bool       // all functions the module defines
	imports       map[fa]string     // imported function -> module
	noAuto        map[fa]bool       // -compile({no_auto_import, [F/A]})
	noWarnFuncs   map[fa]bool       // -compile({nowarn_unused_function, [F/A]})
	noWarnRecords map[string]bool   // -compile({nowarn_unused_record, [R]})
	usedRecords   map[string]bool
	options       map[string]bool // compile options that are atoms: export_all, nowarn_unused_vars...
	records       map[string]*ast.RecordDecl
	types         map[fa]bool
	usedTypes     []typeUse
	specs         map[fa]source.Pos
	callbacks     map[fa]bool
	calls         []call // local calls and exports, checked once all functions are known
	onLoads       int
	optFuncs      []optFunc   // functions named in compile options and -nifs
	graph         map[fa][]fa // function -> the local functions it calls
	roots         []fa        // exported and on_load functions
	exports       map[fa]bool

	fn        fa   // the function being checked
	recdefTop bool // checking a record field default: new variables are errors
	binNew    vt   // non-nil while checking a size in a binary pattern
	inSize    bool // checking a size in a binary pattern: guard errors say so
}

type call struct {
	f   fa
	pos source.Pos
}

// optFunc is a function named by -compile({inline, ...}),
// -compile({nowarn_unused_function, ...}) or -nifs(...); what says how
// to report it when it is not defined.
type optFunc struct {
	f       fa
	pos     source.Pos
	what    string
	imports bool // an imported function will do
}

type typeUse struct {
	t   fa
	pos source.Pos
}

// Module checks m and adds to errs every error erlc would report for it.
func Module(fset *source.FileSet, m *ast.Module, errs *source.ErrorList) {
	c := &checker{
		fset: fset, errs: errs,
		defined: map[fa]source.Pos{}, locals: map[fa]bool{}, imports: map[fa]string{},
		noAuto: map[fa]bool{}, noWarnFuncs: map[fa]bool{}, noWarnRecords: map[string]bool{}, usedRecords: map[string]bool{}, exports: map[fa]bool{}, options: map[string]bool{}, records: map[string]*ast.RecordDecl{}, types: map[fa]bool{},
		specs: map[fa]source.Pos{}, callbacks: map[fa]bool{},
	}
	c.prescan(m)
	c.forms(m)
	c.afterForms()
	c.lateAttrs(m)
	c.unusedFunctions(m)
	c.unusedRecords(m)
	errs.Sort()
}

func (c *checker) errorf(pos source.Pos, format string, args ...any) {
	c.errs.Add(c.fset.Position(pos), format, args...)
}

func (c *checker) warnf(pos source.Pos, format string, args ...any) {
	c.errs.Warn(c.fset.Position(pos), format, args...)
}

// anchor is where erlc reports an error about n. erl_parse positions a
// binary operator, a match, a remote call, a record access or update and a
// map field at their operator ('+', '=', ':', '#', '=>'), but our AST keeps
// only the first token of every node, so for those few errors the column
// (and, for operators at the start of a line, the line) can differ from
// erlc's. All such reports go through here so that the day the AST records
// operator positions, this is the one place to change.
func anchor(n ast.Node) source.Pos { return n.Pos() }

// attrPos is where erlc reports an attribute: at its name, after the '-'
// that our AST positions it at (a space between the two is not allowed for).
func attrPos(f ast.Form) source.Pos {
	if _, ok := f.(*ast.Function); ok {
		return f.Pos()
	}
	return f.Pos() + 1
}

// prescan collects what erl_lint knows before it walks the forms: the local
// functions and the compile options that suppress auto-imports.
func (c *checker) prescan(m *ast.Module) {
	for _, f := range m.Forms {
		switch f := f.(type) {
		case *ast.Function:
			c.locals[fa{f.Name, f.Arity}] = true
		case *ast.Attribute:
			switch f.Name {
			case "compile":
				c.compileOpts(f.Value)
				c.optionFuncs(f)
			case "nifs":
				c.namedFuncs(f, f.Value, "nif %s/%d undefined", false)
			}
		}
	}
}

// compileOpts records no_auto_import options, from a single option or a list.
func (c *checker) compileOpts(e ast.Expr) {
	for _, o := range listElems(e) {
		switch o := o.(type) {
		case *ast.Atom:
			c.options[o.Name] = true
		case *ast.Tuple:
			if len(o.Elems) != 2 {
				continue
			}
			var set map[fa]bool
			switch {
			case isAtom(o.Elems[0], "no_auto_import"):
				set = c.noAuto
			case isAtom(o.Elems[0], "nowarn_unused_function"):
				set = c.noWarnFuncs
			case isAtom(o.Elems[0], "nowarn_unused_record"):
				for _, x := range listElems(o.Elems[1]) {
					if a, ok := x.(*ast.Atom); ok {
						c.noWarnRecords[a.Name] = true
					}
				}
				continue
			default:
				continue
			}
			for _, x := range listElems(o.Elems[1]) {
				if n, a, ok := nameArity(x); ok {
					set[fa{n, a}] = true
				}
			}
		}
	}
}

// optionFuncs records the functions that compile options name.
func (c *checker) optionFuncs(f *ast.Attribute) {
	for _, o := range listElems(f.Value) {
		t, ok := o.(*ast.Tuple)
		if !ok || len(t.Elems) != 2 {
			continue
		}
		if isAtom(t.Elems[0], "inline") {
			c.namedFuncs(f, t.Elems[1], "inlined function %s/%d undefined", true)
		} else if isAtom(t.Elems[0], "nowarn_unused_function") {
			c.namedFuncs(f, t.Elems[1], "function %s/%d undefined", true)
		}
	}
}

func (c *checker) namedFuncs(f *ast.Attribute, list ast.Expr, what string, imports bool) {
	for _, x := range listElems(list) {
		if n, a, ok := nameArity(x); ok {
			c.optFuncs = append(c.optFuncs, optFunc{fa{n, a}, attrPos(f), what, imports})
		}
	}
}

// listElems returns the elements of a proper list literal, or e itself when it is not a list.
func listElems(e ast.Expr) []ast.Expr {
	var r []ast.Expr
	for {
		switch l := e.(type) {
		case *ast.Cons:
			r = append(r, l.Head)
			e = l.Tail
			continue
		case *ast.Nil:
			return r
		}
		if r == nil {
			return []ast.Expr{e}
		}
		return append(r, e)
	}
}

// nameArity reads F/A or {F, A}.
func nameArity(e ast.Expr) (string, int, bool) {
	var f, a ast.Expr
	switch e := e.(type) {
	case *ast.BinaryOp:
		if e.Op != "/" {
			return "", 0, false
		}
		f, a = e.Left, e.Right
	case *ast.Tuple:
		if len(e.Elems) != 2 {
			return "", 0, false
		}
		f, a = e.Elems[0], e.Elems[1]
	default:
		return "", 0, false
	}
	at, ok1 := f.(*ast.Atom)
	n, ok2 := a.(*ast.Integer)
	if !ok1 || !ok2 {
		return "", 0, false
	}
	return at.Name, int(n.Value), true
}

func isAtom(e ast.Expr, name string) bool {
	a, ok := e.(*ast.Atom)
	return ok && a.Name == name
}

// autoImported reports whether a local call F(...) of arity n means erlang:F.
func (c *checker) autoImported(f fa) bool {
	return autoBIFs[f] && !c.suppressed(f)
}

func (c *checker) suppressed(f fa) bool { return c.options["no_auto_import"] || c.noAuto[f] }

// forms walks the forms in order, as erl_lint's state machine does: before the
// module attribute, among attributes, and among functions.
func (c *checker) forms(m *ast.Module) {
	state := 0 // 0: start, 1: attributes, 2: functions
	for _, f := range m.Forms {
		if a, ok := f.(*ast.Attribute); ok && (a.Name == "file" || a.Name == "compile") {
			continue
		}
		if state == 0 {
			if _, ok := f.(*ast.ModuleAttr); ok {
				c.module = f.(*ast.ModuleAttr).Name
				state = 1
				continue
			}
			c.errorf(attrPos(f), "no module definition")
			state = 1
		}
		if _, ok := f.(*ast.Function); ok && state == 1 {
			state = 2
		}
		if state == 1 {
			c.attribute(f)
		} else {
			c.functionState(f)
		}
	}
	if state == 0 {
		c.errs.Add(source.Position{Filename: m.File, Line: 1, Column: 1}, "no module definition")
	}
}

// attribute checks an attribute that comes before the first function.
func (c *checker) attribute(f ast.Form) {
	switch f := f.(type) {
	case *ast.ModuleAttr:
		c.errorf(attrPos(f), "redefining module")
	case *ast.Export:
		for _, e := range f.Funcs {
			c.calls = append(c.calls, call{fa{e.Name, e.Arity}, attrPos(f)})
			c.roots = append(c.roots, fa{e.Name, e.Arity})
			c.exports[fa{e.Name, e.Arity}] = true
		}
	case *ast.Import:
		c.importAttr(f)
	case *ast.ExportType:
		c.exportType(f)
	case *ast.Spec:
		if f.Callback {
			c.callbackDecl(f)
		} else {
			c.specDecl(f)
		}
	case *ast.Attribute:
		if f.Name == "on_load" {
			c.onLoad(f)
		}
	default:
		c.functionState(f)
	}
}

// functionState checks a form after the first function: only records, types,
// specs and dialyzer attributes may still appear.
func (c *checker) functionState(f ast.Form) {
	switch f := f.(type) {
	case *ast.Function:
		c.function(f)
	case *ast.RecordDecl:
		c.recordDecl(f)
	case *ast.TypeDecl:
		c.typeDecl(f)
	case *ast.Spec:
		if f.Callback {
			c.errorf(attrPos(f), "attribute callback after function definitions")
			return
		}
		c.specDecl(f)
	case *ast.Attribute:
		if f.Name != "dialyzer" {
			c.errorf(attrPos(f), "attribute %s after function definitions", atomText(f.Name))
		}
	case *ast.ModuleAttr:
		c.errorf(attrPos(f), "attribute module after function definitions")
	case *ast.Export:
		c.errorf(attrPos(f), "attribute export after function definitions")
	case *ast.ExportType:
		c.errorf(attrPos(f), "attribute export_type after function definitions")
	case *ast.Import:
		c.errorf(attrPos(f), "attribute import after function definitions")
	}
}

// importAttr records -import(M, [F/A]) and reports clashes with earlier imports
// and with pre-R14 auto-imported BIFs.
func (c *checker) importAttr(f *ast.Import) {
	bad := false
	for _, fn := range f.Funcs {
		k := fa{fn.Name, fn.Arity}
		switch m, ok := c.imports[k]; {
		case ok:
			c.errorf(attrPos(f), "function %s/%d already imported from %s", atomText(k.name), k.arity, atomText(m))
			bad = true
		case !autoBIFs[k] || c.suppressed(k):
		case oldBIFs[k]:
			c.errorf(attrPos(f), "import directive overrides pre R14 auto-imported BIF %s/%d\n"+
				" - use \"-compile({no_auto_import,[%s/%d]}).\" to resolve name clash",
				atomText(k.name), k.arity, atomText(k.name), k.arity)
		default:
			c.errs.Warn(c.fset.Position(attrPos(f)), "import directive overrides auto-imported BIF %s/%d\n"+
				" - use \"-compile({no_auto_import,[%s/%d]}).\" to resolve name clash",
				atomText(k.name), k.arity, atomText(k.name), k.arity)
		}
	}
	if bad {
		return
	}
	for _, fn := range f.Funcs {
		c.imports[fa{fn.Name, fn.Arity}] = f.Module
	}
}

// onLoad checks -on_load(F/0): one only, of arity 0, naming a defined function.
func (c *checker) onLoad(f *ast.Attribute) {
	n, a, ok := nameArity(f.Value)
	if !ok {
		return
	}
	c.onLoads++
	c.roots = append(c.roots, fa{n, a})
	switch {
	case c.onLoads > 1:
		c.errorf(attrPos(f), "more than one on_load attribute")
	case a != 0:
		c.errorf(attrPos(f), "function %s/%d has wrong arity (must be 0)", atomText(n), a)
	default:
		c.calls = append(c.calls, call{fa{n, a}, attrPos(f)})
	}
}

// function checks a function definition.
func (c *checker) function(f *ast.Function) {
	k := fa{f.Name, f.Arity}
	c.fn = k
	if _, ok := c.defined[k]; ok {
		c.errorf(f.Pos(), "function %s/%d already defined", atomText(f.Name), f.Arity)
	} else {
		if f.Arity > 255 {
			c.errorf(f.Pos(), "too many arguments (%d) - maximum allowed is 255", f.Arity)
		}
		c.defined[k] = f.Pos()
		if _, ok := c.imports[k]; ok {
			c.errorf(f.Pos(), "defining imported function %s/%d", atomText(f.Name), f.Arity)
		}
	}
	for _, cl := range f.Clauses {
		c.clause(cl)
	}
}

// afterForms runs the checks that need the whole module.
func (c *checker) afterForms() {
	for _, cl := range c.calls {
		if _, ok := c.defined[cl.f]; !ok {
			c.errorf(cl.pos, "function %s/%d undefined", atomText(cl.f.name), cl.f.arity)
		}
	}
	for _, o := range c.optFuncs {
		_, imported := c.imports[o.f]
		_, defined := c.defined[o.f]
		if !defined && !(imported && o.imports) {
			c.errorf(o.pos, o.what, atomText(o.f.name), o.f.arity)
		}
	}
	for k, pos := range c.specs {
		if _, ok := c.defined[k]; !ok {
			c.errorf(pos, "spec for undefined function %s/%d", atomText(k.name), k.arity)
		}
	}
	for _, u := range c.usedTypes {
		if !c.types[u.t] && !builtinTypes[u.t] {
			c.errorf(u.pos, "type %s%s undefined", atomText(u.t.name), typeParens(u.t.arity))
		}
	}
}

// typeParens prints an arity as erl_lint does for types: (), (_), (_,_).
func typeParens(n int) string {
	return "(" + strings.TrimPrefix(strings.Repeat(",_", n), ",") + ")"
}

// AtomText prints an atom as io_lib's ~w does: bare when it can be, else
// quoted. ms_transform's messages (translate/mstransform) use it too.
func AtomText(s string) string { return atomText(s) }

// atomText prints an atom as io_lib's ~w does: bare when it can be, else quoted.
func atomText(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' && !reserved[s] {
		bare := true
		for _, r := range s {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '@') {
				bare = false
				break
			}
		}
		if bare {
			return s
		}
	}
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < ' ':
			fmt.Fprintf(&b, `\^%c`, r+'@')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
