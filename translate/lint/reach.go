package lint

import "github.com/erl2go/erl2go/translate/ast"

// Unused functions: erlc warns about every function that the exported ones
// (and the on_load one) do not reach through local calls and fun f/N.

// callEdge records that the function being checked calls (or refers to) f.
func (c *checker) callEdge(f fa) {
	if c.graph == nil {
		c.graph = map[fa][]fa{}
	}
	c.graph[c.fn] = append(c.graph[c.fn], f)
}

// defaultCalls records the calls and records in the defaults of the fields
// a record construction leaves out: erl_lint checks those defaults there,
// so a function or record used only in a default counts as used there.
func (c *checker) defaultCalls(d *ast.RecordDecl, given []*ast.RecordField) {
	c.defaultUses(d, given, 0)
}

func (c *checker) defaultUses(d *ast.RecordDecl, given []*ast.RecordField, depth int) {
	if depth > 10 { // defaults cannot nest deeper without a cycle, which lint rejects
		return
	}
	named := map[string]bool{}
	for _, f := range given {
		named[f.Name] = true
	}
	if named["_"] {
		return // _ = V initialises every other field
	}
	for _, f := range d.Fields {
		if f.Default == nil || named[f.Name] {
			continue
		}
		ast.Inspect(f.Default, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Call:
				if a, ok := n.Fun.(*ast.Atom); ok && c.resolvesLocally(fa{a.Name, len(n.Args)}) {
					c.callEdge(fa{a.Name, len(n.Args)})
				}
			case *ast.FunRef:
				if k := (fa{n.Name, n.Arity}); c.locals[k] || !c.autoImported(k) {
					c.callEdge(k)
				}
			case *ast.Record:
				if r, ok := c.records[n.Name]; ok {
					c.usedRecords[n.Name] = true
					if n.Base == nil {
						c.defaultUses(r, n.Fields, depth+1)
					}
				}
			case *ast.RecordIndex:
				c.usedRecords[n.Name] = true
			case *ast.RecordAccess:
				c.usedRecords[n.Name] = true
			}
			return true
		})
	}
}

// resolvesLocally reports whether a call f(...) is to a local function
// (rather than to an import or an auto-imported BIF).
func (c *checker) resolvesLocally(k fa) bool {
	if _, imported := c.imports[k]; imported {
		return false
	}
	return c.locals[k] || !c.autoImported(k)
}

// unusedRecords warns about the records defined in the module's own file
// (not in included ones) that nothing uses.
func (c *checker) unusedRecords(m *ast.Module) {
	if c.options["nowarn_unused_record"] {
		return
	}
	for _, f := range m.Forms {
		d, ok := f.(*ast.RecordDecl)
		if !ok || c.usedRecords[d.Name] || c.noWarnRecords[d.Name] || c.records[d.Name] == nil {
			continue
		}
		if pos := c.fset.Position(attrPos(d)); pos.Filename == m.File && c.firstDecl(d) {
			c.errs.Warn(pos, "record %s is unused", atomText(d.Name))
		}
	}
}

// firstDecl reports whether d is the declaration lint kept for its name
// (a second -record of the same name is an error, not a record).
func (c *checker) firstDecl(d *ast.RecordDecl) bool {
	return c.records[d.Name].Loc == d.Loc
}

// unusedFunctions warns about the functions not reached from the exports.
func (c *checker) unusedFunctions(m *ast.Module) {
	if c.options["export_all"] || c.options["nowarn_unused_function"] {
		return
	}
	reached := map[fa]bool{}
	var visit func(fa)
	visit = func(f fa) {
		if reached[f] {
			return
		}
		reached[f] = true
		for _, g := range c.graph[f] {
			visit(g)
		}
	}
	for _, f := range c.roots {
		visit(f)
	}
	for _, f := range m.Forms {
		if fn, ok := f.(*ast.Function); ok {
			k := fa{fn.Name, fn.Arity}
			if !reached[k] && !c.noWarnFuncs[k] {
				c.errs.Warn(c.fset.Position(fn.Pos()), "function %s/%d is unused", atomText(fn.Name), fn.Arity)
			}
		}
	}
}
