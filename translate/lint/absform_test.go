package lint

// This file reads Erlang's own abstract format (printed by
// testdata/absform.escript) into our AST, so that lint can be tested against
// erl_parse's view of a file, independently of our front end, wherever
// Erlang is installed. Node positions are set to the first token of each
// construct, as our parser does (erl_parse puts operators at the operator).

import (
	"bufio"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/source"
)

type (
	atom  string
	tuple []any
	list  []any
)

// termReader parses terms printed with ~w.
type termReader struct {
	s string
	i int
}

func (r *termReader) skip() {
	for r.i < len(r.s) && (r.s[r.i] == ' ' || r.s[r.i] == '\n') {
		r.i++
	}
}

func (r *termReader) term() any {
	r.skip()
	switch c := r.s[r.i]; {
	case c == '{':
		r.i++
		return tuple(r.seq('}'))
	case c == '[':
		r.i++
		return list(r.seq(']'))
	case c == '\'':
		return r.quoted()
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	default:
		j := r.i
		for r.i < len(r.s) && (isAlnum(r.s[r.i]) || r.s[r.i] == '@') {
			r.i++
		}
		return atom(r.s[j:r.i])
	}
}

func isAlnum(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func (r *termReader) seq(end byte) []any {
	var xs []any
	for {
		r.skip()
		if r.s[r.i] == end {
			r.i++
			return xs
		}
		xs = append(xs, r.term())
		r.skip()
		if r.s[r.i] == ',' {
			r.i++
		}
	}
}

func (r *termReader) quoted() any {
	r.i++
	var b strings.Builder
	for r.s[r.i] != '\'' {
		c := r.s[r.i]
		if c == '\\' {
			r.i++
			c = r.s[r.i]
			switch c {
			case 'n':
				c = '\n'
			case 't':
				c = '\t'
			case 'x': // \x{HH}
				end := strings.IndexByte(r.s[r.i:], '}')
				n, _ := strconv.ParseInt(r.s[r.i+2:r.i+end], 16, 32)
				b.WriteRune(rune(n))
				r.i += end + 1
				continue
			}
		}
		b.WriteByte(c)
		r.i++
	}
	r.i++
	return atom(b.String())
}

func (r *termReader) number() any {
	j := r.i
	r.i++
	for r.i < len(r.s) && (isAlnum(r.s[r.i]) || r.s[r.i] == '.' || r.s[r.i] == '#' ||
		(r.s[r.i] == '-' || r.s[r.i] == '+') && (r.s[r.i-1] == 'e')) {
		if r.s[r.i] == '.' && (r.i+1 >= len(r.s) || r.s[r.i+1] < '0' || r.s[r.i+1] > '9') {
			break
		}
		r.i++
	}
	t := r.s[j:r.i]
	if strings.ContainsAny(t, ".e") {
		f, _ := strconv.ParseFloat(t, 64)
		return f
	}
	n, ok := new(big.Int).SetString(t, 10)
	if !ok {
		panic("bad number " + t)
	}
	return n
}

// absConv converts Erlang's output for a set of files into our AST.
type absConv struct {
	fset  *source.FileSet
	files map[string]*absFile
	cur   *absFile
}

// absFile is a source file the annotations point into, with its line starts.
type absFile struct {
	f     *source.File
	lines []int
}

func (c *absConv) file(name string) *absFile {
	if f, ok := c.files[name]; ok {
		return f
	}
	data, _ := os.ReadFile(name)
	src := []rune(string(data))
	af := &absFile{f: c.fset.AddFile(name, src), lines: []int{0}}
	for i, r := range src {
		if r == '\n' {
			af.lines = append(af.lines, i+1)
		}
	}
	c.files[name] = af
	return af
}

// pos converts an annotation: {L,C}, L, or a list holding {location, ...}.
func (c *absConv) pos(a any) source.Pos {
	switch a := a.(type) {
	case tuple:
		l, col := int(a[0].(*big.Int).Int64()), int(a[1].(*big.Int).Int64())
		if l < 1 || l > len(c.cur.lines) {
			return source.NoPos
		}
		return c.cur.f.Pos(c.cur.lines[l-1] + col - 1)
	case *big.Int:
		l := int(a.Int64())
		if l < 1 || l > len(c.cur.lines) {
			return source.NoPos
		}
		return c.cur.f.Pos(c.cur.lines[l-1])
	case list:
		for _, x := range a {
			if t, ok := x.(tuple); ok && t[0] == atom("location") {
				return c.pos(t[1])
			}
		}
	}
	return source.NoPos
}

func (c *absConv) loc(a any) ast.Loc { return ast.At(c.pos(a)) }

func str(t any) string {
	if a, ok := t.(atom); ok {
		return string(a)
	}
	var b strings.Builder
	for _, x := range t.(list) {
		b.WriteRune(rune(x.(*big.Int).Int64()))
	}
	return b.String()
}

func num64(t any) int { return int(t.(*big.Int).Int64()) }

// readAbsForms runs the escript on files and converts what it prints. The
// files Erlang itself cannot read are left out and listed in the error.
func readAbsForms(fset *source.FileSet, files ...string) ([]*ast.Module, error) {
	out, err := exec.Command("escript", append([]string{"testdata/absform.escript"}, files...)...).Output()
	if err != nil {
		return nil, err
	}
	c := &absConv{fset: fset, files: map[string]*absFile{}}
	var mods []*ast.Module
	var m *ast.Module
	var skipped []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "FILE "):
			m = &ast.Module{File: line[5:]}
			mods = append(mods, m)
			c.cur = c.file(m.File)
		case strings.HasPrefix(line, "ERROR "):
			// Erlang could not read the file (a missing include, say): skip it.
			skipped = append(skipped, fmt.Sprintf("%s: %s", m.File, line))
			mods = mods[:len(mods)-1]
			m = nil
		case m == nil:
		default:
			r := &termReader{s: line}
			if f := c.form(r.term().(tuple)); f != nil {
				m.Forms = append(m.Forms, f)
			}
		}
	}
	if len(skipped) > 0 {
		err = fmt.Errorf("skipped:\n%s", strings.Join(skipped, "\n"))
	}
	return mods, err
}
