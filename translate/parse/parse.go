package parse

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/grammar"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/preproc"
	"github.com/erl2go/erl2go/translate/source"
)

// Forms parses every form of a file into a module. A bad form is reported in
// errs and left out, and parsing goes on with the next one, as epp does.
// Forms are independent, so they are parsed in parallel, in chunks of
// consecutive forms; the errors of each chunk are appended in order, so the
// result does not depend on the scheduling.
func Forms(fset *source.FileSet, file string, forms []preproc.Form, errs *source.ErrorList) *ast.Module {
	m := &ast.Module{File: file, Forms: make([]ast.Form, 0, len(forms))}
	parsed := make([]ast.Form, len(forms))
	nchunks := (len(forms) + chunkSize - 1) / chunkSize
	chunkErrs := make([]source.ErrorList, nchunks)
	var next atomic.Int64
	work := func() {
		p := newParser(fset, nil)
		for c := int(next.Add(1) - 1); c < nchunks; c = int(next.Add(1) - 1) {
			p.errs = &chunkErrs[c]
			for i := c * chunkSize; i < min((c+1)*chunkSize, len(forms)); i++ {
				parsed[i] = p.form(forms[i])
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), nchunks)
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Add(1)
		go func() { defer wg.Done(); work() }()
	}
	work()
	wg.Wait()
	for i := range chunkErrs {
		errs.Append(&chunkErrs[i])
	}
	for _, f := range parsed {
		if f != nil {
			m.Forms = append(m.Forms, f)
		}
	}
	return m
}

// chunkSize is how many consecutive forms a worker of Forms takes at a time:
// enough to make the hand-over cheap, few enough to spread a small file.
const chunkSize = 16

// Form parses the tokens of one preprocessed form (normally ending in a
// FORM_END token). It returns nil, having reported why in errs, if the form
// is not valid Erlang.
func Form(fset *source.FileSet, toks []preproc.Token, errs *source.ErrorList) ast.Form {
	return newParser(fset, errs).form(toks)
}

// parser holds what one file's forms share: the generated parser (whose ATN
// and DFA caches are package-wide anyway) and the token buffers, reused from
// form to form.
type parser struct {
	fset   *source.FileSet
	errs   *source.ErrorList
	p      *grammar.ErlangParser
	stream tokenStream
	buf    []token
	bail   bailStrategy
	dflt   *antlr.DefaultErrorStrategy
	lerrs  syntaxErrors
}

func newParser(fset *source.FileSet, errs *source.ErrorList) *parser {
	return &parser{fset: fset, errs: errs}
}

// antlrParser makes the generated parser on first use: with the fast path,
// most files never need it.
func (p *parser) antlrParser() {
	if p.p != nil {
		return
	}
	p.p = grammar.NewErlangParser(&p.stream)
	p.p.RemoveErrorListeners()
	p.p.BuildParseTrees = true
	p.bail = bailStrategy{antlr.NewDefaultErrorStrategy()}
	p.dflt = antlr.NewDefaultErrorStrategy()
	p.lerrs.DefaultErrorListener = antlr.NewDefaultErrorListener()
}

// form parses one form. This is the recover boundary of the package: a
// panic, in ANTLR or in the tree walk, becomes an error at the form's first
// token instead of escaping.
func (p *parser) form(toks []preproc.Token) (f ast.Form) {
	if len(toks) == 0 {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok { // a bailout was reported already
				p.errs.Add(p.fset.Position(toks[0].Pos), "internal error in parser: %v", r)
				if debugPanics {
					panic(fmt.Sprintf("%v\n%s", r, debug.Stack()))
				}
			}
			f = nil
		}
	}()
	if lexicalError(p.fset, toks, p.errs) {
		return nil
	}
	if tooDeep(toks) {
		p.errs.Add(p.fset.Position(toks[0].Pos), "form nested more than %d levels deep", maxDepth)
		return nil
	}
	if f := fastForm(toks); f != nil {
		return f
	}
	return p.slowForm(toks)
}

// maxDepth bounds how deeply a form may nest. Both parsers recurse once
// per bracket and per prefix or right-associative operator, and running out
// of Go stack is fatal, not a panic; erl_parse has no such limit, but no
// real source comes near it.
const maxDepth = 100000

// tooDeep reports whether a form might nest more than maxDepth deep:
// brackets count while open, operators that recurse count for good.
func tooDeep(toks []preproc.Token) bool {
	if len(toks) <= maxDepth {
		return false
	}
	depth, ops := 0, 0
	for _, t := range toks {
		switch t.Type {
		case grammar.ErlangLexerLPAREN, grammar.ErlangLexerLBRACK, grammar.ErlangLexerLBRACE,
			grammar.ErlangLexerBINOPEN, grammar.ErlangLexerBEGIN, grammar.ErlangLexerCASE,
			grammar.ErlangLexerIF, grammar.ErlangLexerRECEIVE, grammar.ErlangLexerTRY,
			grammar.ErlangLexerFUN, grammar.ErlangLexerMAYBE:
			depth++
		case grammar.ErlangLexerRPAREN, grammar.ErlangLexerRBRACK, grammar.ErlangLexerRBRACE,
			grammar.ErlangLexerBINCLOSE, grammar.ErlangLexerEND:
			depth--
		case grammar.ErlangLexerPLUS, grammar.ErlangLexerMINUS, grammar.ErlangLexerBNOT, grammar.ErlangLexerNOT,
			grammar.ErlangLexerMATCH, grammar.ErlangLexerSEND, grammar.ErlangLexerANDALSO, grammar.ErlangLexerORELSE,
			grammar.ErlangLexerPLUSPLUS, grammar.ErlangLexerMINUSMINUS, grammar.ErlangLexerCATCH, grammar.ErlangLexerPIPE:
			ops++
		}
		if depth+ops > maxDepth {
			return true
		}
	}
	return false
}

// slowForm parses a form with ANTLR and builds its AST from the tree.
func (p *parser) slowForm(toks []preproc.Token) ast.Form {
	tree := p.tree(toks)
	if tree == nil {
		return nil
	}
	b := builder{fset: p.fset, errs: p.errs}
	return b.form(tree)
}

// tree returns the parse tree of a form, or nil after reporting a syntax
// error. It first tries SLL prediction, which is fast and right for nearly
// every form, giving up at the first error; only if that fails does it parse
// again with full LL prediction, which either succeeds (SLL was too weak) or
// finds the true first error.
func (p *parser) tree(toks []preproc.Token) grammar.IFormContext {
	p.antlrParser()
	p.load(toks)
	if t := p.run(antlr.PredictionModeSLL, p.bail); t != nil {
		return t
	}
	p.lerrs.found, p.lerrs.first = false, nil
	p.p.AddErrorListener(&p.lerrs)
	defer p.p.RemoveErrorListeners()
	if t := p.run(antlr.PredictionModeLL, p.dflt); t != nil && !p.lerrs.found {
		return t
	}
	p.reportSyntax(toks)
	return nil
}

// bailStrategy gives up at the first syntax error by panicking; run
// recovers. (The runtime's BailErrorStrategy does not stop the parse in
// antlr4-go 4.13.1, and prints while unwinding.) Sync does nothing, which
// also saves the default strategy's work at every loop iteration.
type bailStrategy struct{ *antlr.DefaultErrorStrategy }

type bailout struct{}

func (bailStrategy) Sync(antlr.Parser)                                    {}
func (bailStrategy) ReportError(antlr.Parser, antlr.RecognitionException) {}
func (bailStrategy) Recover(antlr.Parser, antlr.RecognitionException)     { panic(bailout{}) }
func (bailStrategy) RecoverInline(antlr.Parser) antlr.Token               { panic(bailout{}) }

// run parses the loaded form with the given prediction mode and error
// strategy, returning nil if any error was noticed (or anything panicked).
func (p *parser) run(mode int, strategy antlr.ErrorStrategy) (t grammar.IFormContext) {
	defer func() {
		if r := recover(); r != nil {
			t = nil
		}
	}()
	p.p.SetErrorHandler(strategy)
	p.stream.p = 0 // SetInputStream does not rewind the stream
	p.p.SetInputStream(&p.stream)
	p.p.SetError(nil)
	p.p.GetInterpreter().SetPredictionMode(mode)
	root := p.p.FormOnly()
	if p.p.HasError() || root == nil {
		return nil
	}
	return root.Form()
}

// load wraps the tokens of a form for ANTLR, adding the EOF token.
func (p *parser) load(toks []preproc.Token) {
	if cap(p.buf) < len(toks)+1 {
		p.buf = make([]token, len(toks)+1)
		p.stream.toks = make([]antlr.Token, len(toks)+1)
	}
	p.buf = p.buf[:len(toks)+1]
	p.stream.toks = p.stream.toks[:len(toks)+1]
	for i, t := range toks {
		p.buf[i] = token{typ: t.Type, text: t.Text, pos: t.Pos, index: i, fset: p.fset}
		p.stream.toks[i] = &p.buf[i]
	}
	// EOF sits where the last token is, so that an error at the end of a
	// form that has no dot points at its last token, as erl_parse does.
	last := toks[len(toks)-1]
	p.buf[len(toks)] = token{typ: antlr.TokenEOF, text: "<EOF>", pos: last.Pos, index: len(toks), fset: p.fset}
	p.stream.toks[len(toks)] = &p.buf[len(toks)]
	p.stream.p = 0
}

// reportSyntax reports the first syntax error the LL pass found.
func (p *parser) reportSyntax(toks []preproc.Token) {
	t := p.lerrs.first
	if t == nil { // no token to blame: blame the form
		t = &p.buf[0]
	}
	p.errs.Add(p.fset.Position(t.pos), "%s", syntaxError(t))
}

// debugPanics makes the recover boundary re-panic with a stack trace, for
// debugging the tree walk: flip it by hand to see where a panic came from.
var debugPanics = false
