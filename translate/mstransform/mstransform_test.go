package mstransform_test

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/ast"
	"github.com/erl2go/erl2go/translate/lint"
	"github.com/erl2go/erl2go/translate/source"
)

// The module testdata/record.sh compiles with erlc for each case; the case
// is the value of f/0.
const module = `-module(msc).
-export([f/0]).
-compile({parse_transform, ms_transform}).
-record(r, {a, b = 7, c}).
-record(emp, {id, name = "x", dept, salary = 0}).
f() ->
    Outer = 42, L = [1, 2],
    %s.
`

// env holds the values f/0 binds before the case, for {const, Var}.
var env = map[string]string{"Outer": "42", "L": "[1,2]"}

// front runs the front end, with the transforms, over src.
func front(t *testing.T, src string) (*ast.Module, *source.ErrorList) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "msc.erl")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return translate.ParseFile(source.NewFileSet(), file, translate.Options{Transforms: true})
}

// TestCases compares each case of testdata/cases.txt with what OTP 25
// printed for it (testdata/cases.out, from record.sh): the match spec as
// ~w writes it, or the first error erlc reported.
func TestCases(t *testing.T) {
	data, err := os.ReadFile("testdata/cases.out")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := 0; i+1 < len(lines); i += 2 {
		expr, want := lines[i], strings.TrimPrefix(lines[i+1], "=> ")
		if got := run(t, expr); got != want {
			t.Errorf("%s\n got %s\nwant %s", expr, got, want)
		}
	}
}

func run(t *testing.T, expr string) string {
	m, errs := front(t, fmt.Sprintf(module, expr))
	for _, e := range errs.List {
		if !e.Warning {
			return fmt.Sprintf("error %d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
		}
	}
	for _, f := range m.Forms {
		if fn, ok := f.(*ast.Function); ok && fn.Name == "f" {
			body := fn.Clauses[0].Body
			return term(body[len(body)-1])
		}
	}
	return "no f/0"
}

func TestWarnings(t *testing.T) {
	_, errs := front(t, `-module(w).
-export([f/1]).
-compile({parse_transform, ms_transform}).
-record(r, {a}).
f(X) ->
    ets:fun2ms(fun(#r{a = X}) -> X end).
`)
	var got []string
	for _, e := range errs.List {
		got = append(got, fmt.Sprintf("%d:%d: %v %s", e.Pos.Line, e.Pos.Column, e.Warning, e.Msg))
	}
	// erlc: the shadowing, and X unused in f/1; record r is not unused.
	want := "6:27: true variable 'X' shadowed in ms_transform fun head|5:3: true variable 'X' is unused"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

// term writes a literal expression as ~w would write its value.
func term(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.Atom:
		return lint.AtomText(n.Name)
	case *ast.Integer:
		if n.Big != nil {
			return n.Big.String()
		}
		return strconv.FormatInt(n.Value, 10)
	case *ast.Char:
		return strconv.Itoa(int(n.Value))
	case *ast.Float:
		s := strconv.FormatFloat(n.Value, 'g', -1, 64)
		mant, exp, sci := strings.Cut(s, "e")
		if !strings.Contains(mant, ".") {
			mant += ".0"
		}
		if sci {
			exp = strings.TrimPrefix(exp, "+")
			return mant + "e" + exp
		}
		return mant
	case *ast.String:
		return list(chars(n.Value), "[]")
	case *ast.Nil:
		return "[]"
	case *ast.Cons:
		var elems []string
		var tail ast.Expr = n
		for {
			c, ok := tail.(*ast.Cons)
			if !ok {
				break
			}
			elems = append(elems, term(c.Head))
			tail = c.Tail
		}
		if s, ok := tail.(*ast.String); ok {
			return list(append(elems, chars(s.Value)...), "[]")
		}
		return list(elems, term(tail))
	case *ast.Tuple:
		elems := make([]string, len(n.Elems))
		for i, el := range n.Elems {
			elems[i] = term(el)
		}
		return "{" + strings.Join(elems, ",") + "}"
	case *ast.Map:
		elems := make([]string, len(n.Fields))
		for i, f := range n.Fields {
			elems[i] = term(f.Key) + " => " + term(f.Value)
		}
		sort.Strings(elems)
		return "#{" + strings.Join(elems, ",") + "}"
	case *ast.Var:
		if v, ok := env[n.Name]; ok {
			return v
		}
	case *ast.BinaryOp:
		if s, ok := n.Left.(*ast.String); ok && n.Op == "++" {
			return list(chars(s.Value), term(n.Right))
		}
		l, err1 := strconv.Atoi(term(n.Left))
		r, err2 := strconv.Atoi(term(n.Right))
		if err1 == nil && err2 == nil && n.Op == "*" {
			return strconv.Itoa(l * r)
		}
	case *ast.UnaryOp:
		if x, err := strconv.Atoi(term(n.X)); err == nil && n.Op == "-" {
			return strconv.Itoa(-x)
		}
	case *ast.Bin:
		return bin(n)
	}
	return fmt.Sprintf("?%T", e)
}

func chars(rs []rune) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = strconv.Itoa(int(r))
	}
	return out
}

func list(elems []string, tail string) string {
	if len(elems) == 0 {
		return tail
	}
	s := "[" + strings.Join(elems, ",")
	if tail != "[]" {
		s += "|" + tail
	}
	return s + "]"
}

// bin writes a binary of literal integer and string segments.
func bin(n *ast.Bin) string {
	acc, bits := new(big.Int), 0
	for _, el := range n.Elems {
		size := 8
		if i, ok := el.Size.(*ast.Integer); ok {
			size = int(i.Value)
		}
		var vals []int64
		switch v := el.Value.(type) {
		case *ast.Integer:
			vals = []int64{v.Value}
		case *ast.String:
			for _, r := range v.Value {
				vals = append(vals, int64(r))
			}
		case *ast.Var:
			x, _ := strconv.Atoi(env[v.Name])
			vals = []int64{int64(x)}
		default:
			return fmt.Sprintf("?%T", v)
		}
		for _, x := range vals {
			mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size)), big.NewInt(1))
			acc.Lsh(acc, uint(size)).Or(acc, new(big.Int).And(big.NewInt(x), mask))
			bits += size
		}
	}
	var out []string
	for bits >= 8 {
		bits -= 8
		out = append(out, new(big.Int).And(new(big.Int).Rsh(acc, uint(bits)), big.NewInt(255)).String())
	}
	return "<<" + strings.Join(out, ",") + ">>"
}
