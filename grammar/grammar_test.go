package grammar

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/antlr4-go/antlr/v4"
)

// errorList collects syntax errors as "line:col: message".
type errorList struct {
	*antlr.DefaultErrorListener
	errs []string
}

func (e *errorList) SyntaxError(_ antlr.Recognizer, _ interface{}, line, col int, msg string, _ antlr.RecognitionException) {
	e.errs = append(e.errs, fmt.Sprintf("%d:%d: %s", line, col+1, msg))
}

// atomToken is a MAYBE or ELSE token turned into an ATOM.
type atomToken struct{ antlr.Token }

func (atomToken) GetTokenType() int { return ErlangLexerATOM }

// noMaybe stands in for the preprocessor when the maybe_expr feature is off:
// it turns the MAYBE and ELSE keywords into atoms.
type noMaybe struct{ *ErlangLexer }

func (l noMaybe) NextToken() antlr.Token {
	t := l.ErlangLexer.NextToken()
	if tt := t.GetTokenType(); tt == ErlangLexerMAYBE || tt == ErlangLexerELSE {
		return atomToken{t}
	}
	return t
}

// parseSLL lexes and parses src in SLL mode and returns the syntax errors.
// Unless src enables the maybe_expr feature, maybe and else are atoms.
func parseSLL(src string) []string {
	errs := &errorList{DefaultErrorListener: antlr.NewDefaultErrorListener()}
	lx := NewErlangLexer(antlr.NewInputStream(src))
	lx.RemoveErrorListeners()
	lx.AddErrorListener(errs)
	var ts antlr.Lexer = lx
	if !maybeEnabled.MatchString(src) {
		ts = noMaybe{lx}
	}
	p := NewErlangParser(antlr.NewCommonTokenStream(ts, antlr.TokenDefaultChannel))
	p.RemoveErrorListeners()
	p.AddErrorListener(errs)
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeSLL)
	p.Forms()
	return errs.errs
}

// parseFast is the fast path callers should use: SLL prediction with the
// bail-out error strategy (which skips the per-loop error sync), falling
// back to a full LL parse with error recovery when SLL fails.
func parseFast(src string) (errs []string) {
	lx := NewErlangLexer(antlr.NewInputStream(src))
	lx.RemoveErrorListeners()
	var ts antlr.Lexer = lx
	if !maybeEnabled.MatchString(src) {
		ts = noMaybe{lx}
	}
	tokens := antlr.NewCommonTokenStream(ts, antlr.TokenDefaultChannel)
	p := NewErlangParser(tokens)
	p.RemoveErrorListeners()
	if p.ParseSLL() != nil {
		return nil
	}
	el := &errorList{DefaultErrorListener: antlr.NewDefaultErrorListener()}
	tokens.Seek(0)
	p.SetInputStream(tokens)
	p.AddErrorListener(el)
	p.SetErrorHandler(antlr.NewDefaultErrorStrategy())
	p.GetInterpreter().SetPredictionMode(antlr.PredictionModeLL)
	p.Forms()
	return el.errs
}

var maybeEnabled = regexp.MustCompile(`-feature\(\s*maybe_expr\s*,\s*enable\s*\)`)

func TestCornerCases(t *testing.T) {
	files, err := filepath.Glob("testdata/*.erl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range parseSLL(string(src)) {
			t.Errorf("%s:%s", f, e)
		}
	}
}

// TestPFiles parses every .P file under $ERL2GO_PFILES (made by erlc -P).
func TestPFiles(t *testing.T) {
	dir := os.Getenv("ERL2GO_PFILES")
	if dir == "" {
		t.Skip("ERL2GO_PFILES not set")
	}
	var n, bad, size int
	var elapsed time.Duration
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || !strings.HasSuffix(path, ".P") {
			return nil
		}
		src, _ := os.ReadFile(path)
		start := time.Now()
		errs := parseSLL(string(src))
		elapsed += time.Since(start)
		n++
		size += len(src)
		if len(errs) > 0 {
			bad++
			if bad <= 30 {
				t.Errorf("%s:%s", path, errs[0])
			}
		}
		return nil
	})
	t.Logf("%d files, %d with errors, %.1f MB in %v: %.2f MB/s", n, bad, float64(size)/1e6, elapsed, float64(size)/1e6/elapsed.Seconds())
}

// BenchmarkPFiles lexes and parses the .P files under $ERL2GO_PFILES.
func BenchmarkPFiles(b *testing.B) {
	dir := os.Getenv("ERL2GO_PFILES")
	if dir == "" {
		b.Skip("ERL2GO_PFILES not set")
	}
	var srcs []string
	var size int64
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".P") {
			src, _ := os.ReadFile(path)
			srcs = append(srcs, string(src))
			size += int64(len(src))
		}
		return nil
	})
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if errs := parseFast(src); len(errs) > 0 {
				b.Fatal(errs[0])
			}
		}
	}
}

// BenchmarkLexPFiles only lexes the .P files under $ERL2GO_PFILES.
func BenchmarkLexPFiles(b *testing.B) {
	dir := os.Getenv("ERL2GO_PFILES")
	if dir == "" {
		b.Skip("ERL2GO_PFILES not set")
	}
	var srcs []string
	var size int64
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".P") {
			src, _ := os.ReadFile(path)
			srcs = append(srcs, string(src))
			size += int64(len(src))
		}
		return nil
	})
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			lx := NewErlangLexer(antlr.NewInputStream(src))
			for lx.NextToken().GetTokenType() != antlr.TokenEOF {
			}
		}
	}
}

// TestBrokenInputs checks that malformed input gives syntax errors, in both
// the SLL pass and the fast path, and never a panic.
func TestBrokenInputs(t *testing.T) {
	broken := []string{
		"f() -> .",
		"f( -> ok.",
		"f() -> ok",
		"f() -> 1 + .",
		"f() -> \"abc.\n",
		"f() -> 'abc.\n",
		"f() -> @.",
		"f() -> $",
		"-module(.",
		"f() -> receive end.",
		"f() -> try x end.",
		"f() -> [1 || ].",
		"f() -> <<1/>>.",
		"f() -> f()(1).",
		"f() -> a:b:c().",
		"f(M) -> M#{a => 1}#r.b.",
		"f() -> g()#r.a.",
		"f(X) -> <<X#r.a>>.",
		"f(a:b) -> ok.",
		"f(X ! Y) -> ok.",
		"f() -> case x of end.",
		"f() -> fun F/1.",
		"-spec f(X) -> when.",
		"-type t() :: fun(a).",
		"\x00\xff\xfe\x01garbage\x80.",
		"f() -> ok. ?MACRO.",
	}
	for _, src := range broken {
		if errs := parseSLL(src); len(errs) == 0 {
			t.Errorf("parseSLL(%q): no error", src)
		}
		if errs := parseFast(src); len(errs) == 0 {
			t.Errorf("parseFast(%q): no error", src)
		}
	}
}

// FuzzParse checks that no input makes the lexer or parser panic.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.erl")
	for _, file := range files {
		src, _ := os.ReadFile(file)
		f.Add(string(src))
	}
	f.Fuzz(func(t *testing.T, src string) {
		parseFast(src)
	})
}

// BenchmarkPFilesParallel parses the .P files under $ERL2GO_PFILES on all
// CPUs, one file per goroutine at a time (the ANTLR DFA cache is shared and
// mutex-protected).
func BenchmarkPFilesParallel(b *testing.B) {
	dir := os.Getenv("ERL2GO_PFILES")
	if dir == "" {
		b.Skip("ERL2GO_PFILES not set")
	}
	var srcs []string
	var size int64
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".P") {
			src, _ := os.ReadFile(path)
			srcs = append(srcs, string(src))
			size += int64(len(src))
		}
		return nil
	})
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next := make(chan string)
		done := make(chan struct{})
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			go func() {
				for src := range next {
					if errs := parseFast(src); len(errs) > 0 {
						b.Error(errs[0])
					}
				}
				done <- struct{}{}
			}()
		}
		for _, src := range srcs {
			next <- src
		}
		close(next)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			<-done
		}
	}
}
