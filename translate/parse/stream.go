package parse

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/erl2go/erl2go/translate/source"
)

// The generated parser reads an antlr.TokenStream. Rather than re-lexing, the
// preprocessed tokens of a form are wrapped in token values and served from a
// slice: no channels, no lazy buffering, and line and column are computed only
// if ANTLR asks for them (when it reports an error).

// token is one preprocessed token as ANTLR sees it.
type token struct {
	typ   int
	text  string
	pos   source.Pos
	index int
	fset  *source.FileSet
}

// noSource is the (empty) origin of every token; ANTLR dereferences it when it
// conjures up a missing token during error recovery.
var noSource = &antlr.TokenSourceCharStreamPair{}

func (t *token) GetSource() *antlr.TokenSourceCharStreamPair { return noSource }
func (t *token) GetTokenType() int                           { return t.typ }
func (t *token) GetChannel() int                             { return antlr.TokenDefaultChannel }
func (t *token) GetStart() int                               { return int(t.pos) }
func (t *token) GetStop() int                                { return int(t.pos) + len(t.text) - 1 }
func (t *token) GetText() string                             { return t.text }
func (t *token) SetText(s string)                            { t.text = s }
func (t *token) GetTokenIndex() int                          { return t.index }
func (t *token) SetTokenIndex(v int)                         { t.index = v }
func (t *token) GetTokenSource() antlr.TokenSource           { return nil }
func (t *token) GetInputStream() antlr.CharStream            { return nil }
func (t *token) String() string                              { return t.text }

// GetLine is 1-based, as in ANTLR.
func (t *token) GetLine() int { return t.fset.Position(t.pos).Line }

// GetColumn is 0-based, as in ANTLR.
func (t *token) GetColumn() int { return t.fset.Position(t.pos).Column - 1 }

// tokenSource only exists because the parser asks its stream's source for a
// token factory when it conjures up missing tokens. Embedding the interface
// supplies the unexported method that antlr.TokenSource requires; none of the
// other methods is ever called.
type tokenSource struct{ antlr.TokenSource }

func (tokenSource) GetTokenFactory() antlr.TokenFactory { return antlr.CommonTokenFactoryDEFAULT }
func (tokenSource) GetSourceName() string               { return "" }

// tokenStream serves a form's tokens, the last of which is EOF.
type tokenStream struct {
	toks []antlr.Token
	p    int
}

var _ antlr.TokenStream = (*tokenStream)(nil)

func (s *tokenStream) Consume() {
	if s.p < len(s.toks)-1 {
		s.p++
	}
}

func (s *tokenStream) LA(i int) int { return s.LT(i).GetTokenType() }

func (s *tokenStream) LT(k int) antlr.Token {
	switch {
	case k == 0:
		return nil
	case k < 0:
		if s.p+k < 0 {
			return nil
		}
		return s.toks[s.p+k]
	}
	i := s.p + k - 1
	if i >= len(s.toks) {
		i = len(s.toks) - 1
	}
	return s.toks[i]
}

func (s *tokenStream) Mark() int                         { return -1 }
func (s *tokenStream) Release(int)                       {}
func (s *tokenStream) Index() int                        { return s.p }
func (s *tokenStream) Seek(i int)                        { s.p = i }
func (s *tokenStream) Size() int                         { return len(s.toks) }
func (s *tokenStream) GetSourceName() string             { return "" }
func (s *tokenStream) Reset()                            { s.p = 0 }
func (s *tokenStream) Get(i int) antlr.Token             { return s.toks[min(max(i, 0), len(s.toks)-1)] }
func (s *tokenStream) GetTokenSource() antlr.TokenSource { return tokenSource{} }
func (s *tokenStream) SetTokenSource(antlr.TokenSource)  {}
func (s *tokenStream) GetAllText() string                { return s.text(0, len(s.toks)-1) }

func (s *tokenStream) GetTextFromInterval(iv antlr.Interval) string {
	return s.text(iv.Start, iv.Stop)
}

func (s *tokenStream) GetTextFromRuleContext(c antlr.RuleContext) string {
	return s.GetTextFromInterval(c.GetSourceInterval())
}

func (s *tokenStream) GetTextFromTokens(start, end antlr.Token) string {
	if start == nil || end == nil {
		return ""
	}
	return s.text(start.GetTokenIndex(), end.GetTokenIndex())
}

// text joins the texts of tokens i..j (inclusive), for ANTLR's messages.
func (s *tokenStream) text(i, j int) string {
	var b strings.Builder
	for k := max(i, 0); k <= j && k < len(s.toks); k++ {
		if s.toks[k].GetTokenType() == antlr.TokenEOF {
			break
		}
		b.WriteString(s.toks[k].GetText())
	}
	return b.String()
}
