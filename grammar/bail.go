package grammar

import "github.com/antlr4-go/antlr/v4"

// This file is hand-written (not generated): the fast first pass callers
// should run before a full LL parse. The runtime's own BailErrorStrategy is
// unusable in antlr4-go v4.13.1: it never stops the parse, and reporting its
// ParseCancellationException panics with "implement me".

// bailout is the panic value that stops a ParseSLL pass.
type bailout struct{}

// bailStrategy gives up at the first syntax error. Its Sync does nothing,
// which also saves the default strategy's work at every loop iteration.
type bailStrategy struct{ *antlr.DefaultErrorStrategy }

func (bailStrategy) Sync(antlr.Parser)                                    {}
func (bailStrategy) ReportError(antlr.Parser, antlr.RecognitionException) {}
func (bailStrategy) Recover(antlr.Parser, antlr.RecognitionException)     { panic(bailout{}) }
func (bailStrategy) RecoverInline(antlr.Parser) antlr.Token               { panic(bailout{}) }

// ParseSLL parses all forms with SLL prediction, stopping at the first
// syntax error. It returns nil if there was one: the caller should then
// rewind the token stream (Seek(0) and SetInputStream), set the default
// error strategy and PredictionModeLL, and call Forms to get the error
// messages through its error listener. SLL may also fail on input that LL
// accepts; that full parse handles both cases. ParseSLL leaves the parser
// in SLL mode with the bail-out strategy.
func (p *ErlangParser) ParseSLL() (tree IFormsContext) {
	p.SetErrorHandler(bailStrategy{antlr.NewDefaultErrorStrategy()})
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeSLL)
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			tree = nil
		}
	}()
	return p.Forms()
}
