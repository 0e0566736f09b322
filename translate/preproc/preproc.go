package preproc

import (
	"fmt"
	"os"
	"path"
	"sort"
	"unicode/utf8"

	"github.com/erl2go/erl2go/translate/source"
)

// A Define is a macro given on the command line: -D Name or -D Name=Value.
type Define struct {
	Name  string
	Value string // Erlang source text of the body; "" means the atom true
}

// Options control where files are found and what is predefined.
type Options struct {
	// IncludePath holds the -I directories, searched in order after the
	// including file's directory. (erlc also searches "." and the source
	// file's directory before them; a driver that wants that adds them.)
	IncludePath []string
	Defines     []Define // -D macros, in order
	LibDirs     []string // application roots searched first by include_lib
	OTPRoot     string   // installed Erlang root; "" means find it (see otpRoot)
	Features    []string // features enabled from the start (erlc -enable-feature)
	// ReadFile reads a source file; nil means os.ReadFile.
	ReadFile func(string) ([]byte, error)
}

// maxIncludeDepth is epp's limit on nested includes.
const maxIncludeDepth = 8

// state is one run of the preprocessor over a file and its includes.
type state struct {
	fset   *source.FileSet
	opts   Options
	errs   *source.ErrorList
	macros *macroTable
	forms  []Form

	in    *input   // the file being read
	stack []*input // the files that include it, innermost last

	inPrefix bool     // no form yet that ends the -feature prefix
	features []string // enabled features
	maybeOn  bool     // maybe_expr enabled: maybe and else are keywords

	expansions, tokens int // work done expanding the current form

	libRoots []string // include_lib application roots, found on first use
}

// An input is one file being read, with epp's per-file state.
type input struct {
	lf    *lexedFile
	next  int    // index in lf.toks of the next form
	name  string // the name epp gives the file (?FILE)
	name2 string // the name after a -file attribute
	dir   string // where includes are looked for first
	istk  []string
	skip  []string   // non-empty while skipping: epp's skip stack
	after source.Pos // in an including file: where reading resumes
}

// File preprocesses filename and the files it includes, as epp:parse_file
// would, and returns the forms and the errors and warnings found.
func File(fset *source.FileSet, filename string, opts Options) ([]Form, *source.ErrorList) {
	if opts.ReadFile == nil {
		opts.ReadFile = os.ReadFile
	}
	p := &state{fset: fset, opts: opts, errs: &source.ErrorList{}, macros: newMacroTable(), inPrefix: true}
	data, err := opts.ReadFile(filename)
	if err != nil {
		p.errs.Add(source.Position{Filename: filename}, "%s", errText(err))
		return nil, p.errs
	}
	for _, f := range opts.Features {
		p.enableFeature(f, true)
	}
	p.predefine(filename)
	if !p.userDefines(filename) {
		return nil, p.errs
	}
	p.enter(filename, path.Dir(filename), data)
	p.run()
	return p.forms, p.errs
}

// errText renders a file error without Go's "open name:" prefix.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// run reads forms until the outermost file ends.
func (p *state) run() {
	for p.in != nil {
		form, ok := p.readForm()
		if !ok {
			p.leave()
			continue
		}
		if len(p.in.skip) > 0 {
			p.skipForm(form)
			continue
		}
		p.expansions, p.tokens = 0, 0
		p.scanForm(form)
	}
}

// enter starts reading a file and emits the -file attribute epp emits.
func (p *state) enter(name, dir string, data []byte) {
	lf := lexFile(p.fset, name, data)
	in := &input{lf: lf, name: name, name2: name, dir: dir}
	if p.in != nil {
		p.stack = append(p.stack, p.in)
	}
	p.in = in
	p.macros.setPredef("FILE", []Token{strToken(name, source.NoPos)})
	p.emitFileAttr(name, 1, lf.file.Pos(0))
}

// leave ends the current file: unterminated conditionals are errors, and
// reading goes back to the including file, with -file attributes that say so.
func (p *state) leave() {
	in := p.in
	end := in.lf.file.Pos(in.lf.file.Size())
	open := in.istk
	if len(in.skip) > 0 {
		open = in.skip // epp forgets the outer ones here
	}
	for i := len(open) - 1; i >= 0; i-- {
		p.errorAt(end, "unterminated '-%s'", open[i])
	}
	if len(p.stack) == 0 {
		p.in = nil
		return
	}
	parent := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	p.in = parent
	p.macros.setPredef("FILE", []Token{strToken(parent.name2, source.NoPos)})
	raw := p.fset.RawPosition(parent.after).Line
	p.emitFileAttr(parent.name, raw, parent.after)
	if parent.name2 != parent.name {
		p.emitFileAttr(parent.name2, p.fset.Position(parent.after).Line, parent.after)
	}
}

// emitFileAttr emits -file(Name, Line). with every token at pos.
func (p *state) emitFileAttr(name string, line int, pos source.Pos) {
	p.forms = append(p.forms, Form{
		{tMINUS, "-", pos}, {tATOM, "file", pos}, {tLPAREN, "(", pos},
		strToken(name, pos), {tCOMMA, ",", pos},
		{tINTEGER, fmt.Sprint(line), pos}, {tRPAREN, ")", pos}, {tDOT, ".", pos},
	})
}

func strToken(s string, pos source.Pos) Token {
	return Token{Type: tSTRING, Text: writeString(s), Pos: pos}
}

// readForm returns the next form of the current file: its tokens up to
// and including the form's dot (the last form of a file may lack one).
func (p *state) readForm() ([]Token, bool) {
	for {
		in := p.in
		toks := in.lf.toks
		if in.next >= len(toks) {
			return nil, false
		}
		s, end := in.next, in.next
		for end < len(toks) && toks[end].Type != tDOT {
			end++
		}
		if end < len(toks) {
			end++
		}
		in.next = end
		if p.badUTF8(toks[s:end], end) {
			in.next = len(toks)
			return nil, false
		}
		if !p.scanCheck(s, end, len(in.skip) > 0) {
			continue
		}
		form := toks[s:end]
		if !p.maybeOn {
			demoteKeywords(form)
		}
		if form[len(form)-1].Type == tDOT {
			in.after = p.afterDot(form[len(form)-1])
		}
		return form, true
	}
}

// badUTF8 reports (once) that the file holds invalid UTF-8 in or before
// this form; like epp we then give up on the rest of the file.
func (p *state) badUTF8(form []Token, end int) bool {
	lf := p.in.lf
	if lf.badUTF8 < 0 {
		return false
	}
	limit := lf.file.Size()
	if end < len(lf.toks) {
		limit = lf.file.Offset(lf.toks[end].Pos)
	}
	if lf.badUTF8 >= limit {
		return false
	}
	pos := lf.file.Pos(lf.stallOffset(lf.badUTF8))
	p.errorAt(pos, "cannot translate from UTF-8")
	p.errorAt(pos, "cannot parse file, giving up")
	return true
}

// stallOffset is where erl_scan stands when its input ends (at an invalid byte)
// at offset off, which is where erlc reports the failure (checked with erlc):
// inside a string or quoted atom, at off; in a name or number, which might go on,
// at the token's start; after blanks, at the first blank after the last newline.
func (lf *lexedFile) stallOffset(off int) int {
	f := lf.file
	i := sort.Search(len(lf.toks), func(i int) bool { return f.Offset(lf.toks[i].Pos) >= off }) - 1
	if i >= 0 {
		t := lf.toks[i]
		start := f.Offset(t.Pos)
		end := start + utf8.RuneCountInString(t.Text)
		switch {
		case end > off:
			if t.Type == tSTRING || t.Type == tQATOM || t.Type == tUntermString || t.Type == tUntermQAtom {
				return off
			}
			return start
		case end == off:
			if r, _ := utf8.DecodeLastRuneInString(t.Text); isNameChar(r) {
				return start
			}
		}
	}
	for off > 0 && isWhite(lf.runes[off-1]) && lf.runes[off-1] != '\n' {
		off--
	}
	return off
}

// afterDot is where the scanner stands after a form's dot: erl_scan takes
// one whitespace character after the dot as part of it.
func (p *state) afterDot(dot Token) source.Pos {
	f := p.in.lf.file
	off := f.Offset(dot.Pos) + 1
	if off < len(p.in.lf.runes) && isWhite(p.in.lf.runes[off]) {
		off++
	}
	return f.Pos(off)
}

func isWhite(r rune) bool { return r <= ' ' || r >= 0x80 && r <= 0xA0 }

// demoteKeywords turns maybe and else into atoms, as erl_scan scans them
// when the maybe_expr feature is not enabled.
func demoteKeywords(form []Token) {
	for i := range form {
		if t := form[i].Type; t == tMAYBE || t == tELSE {
			form[i].Type = tATOM
		}
	}
}

// errorAt records an error at pos.
func (p *state) errorAt(pos source.Pos, format string, args ...any) {
	p.errs.Add(p.fset.Position(pos), format, args...)
}

// emit adds a finished form to the output.
func (p *state) emit(form []Token) { p.forms = append(p.forms, Form(form)) }
