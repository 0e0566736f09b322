package rt

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The stdlib modules (proplists, orddict, ordsets, queue, math, string...)
// are checked against BEAM by expression: testdata/stdlib/exprs.txt lists
// Erlang expressions made of literals, remote calls and fun M:F/A;
// record.escript evaluated each with erl and wrote what ~w printed (or
// error:Reason) to want.txt. This test evaluates the same expressions with
// a small evaluator that calls through Apply, so registration is checked
// too, and needs no Erlang installed.

func TestStdlibAgainstBEAM(t *testing.T) {
	t.Logf("%d expressions", checkRecordedExprs(t, "testdata/stdlib/want.txt"))
}

// checkRecordedExprs evaluates each expression of a want.txt that
// record.escript wrote (expression, tab, what BEAM printed; lines starting
// with % are comments) and reports each difference. It returns how many
// expressions there were.
func checkRecordedExprs(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		expr, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok || strings.HasPrefix(expr, "%") {
			continue
		}
		n++
		if got := evalForTest(expr); got != want {
			t.Errorf("%s\n got %s\nwant %s", expr, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// evalForTest evaluates expr and prints the value with ~w, or
// error:Reason for an error exception.
func evalForTest(expr string) string {
	p := NewProcess()
	v, exc := Try(func() Term {
		e := &miniEval{p: p, s: []rune(expr)}
		v := e.expr()
		e.ws()
		if e.i != len(e.s) {
			panic("trailing input in " + expr)
		}
		return v
	})
	if exc != nil {
		return exc.Class.Name() + ":" + Format(exc.Reason)
	}
	return Format(v)
}

type miniEval struct {
	p *Process
	s []rune
	i int
}

func (e *miniEval) ws() {
	for e.i < len(e.s) && unicode.IsSpace(e.s[e.i]) {
		e.i++
	}
}

func (e *miniEval) peek() rune {
	e.ws()
	if e.i < len(e.s) {
		return e.s[e.i]
	}
	return 0
}

func (e *miniEval) eat(r rune) bool {
	if e.peek() == r {
		e.i++
		return true
	}
	return false
}

func (e *miniEval) must(r rune) {
	if !e.eat(r) {
		panic("expected " + string(r) + " at " + strconv.Itoa(e.i) + " in " + string(e.s))
	}
}

// expr is a literal, a remote call m:f(Args), fun m:f/A, or a list,
// tuple or map of expressions.
func (e *miniEval) expr() Term {
	switch r := e.peek(); {
	case r == '[':
		return e.list()
	case r == '{':
		e.i++
		return TupleOf(e.seq('}'))
	case r == '#':
		e.i++
		e.must('{')
		return e.mapLit()
	case r == '"':
		return Str(e.str())
	case r == '<':
		e.i += 2
		var s string
		if e.peek() == '"' {
			s = e.str()
		}
		e.must('>')
		e.must('>')
		return NewBinary([]byte(s))
	case r == '-' || r >= '0' && r <= '9':
		return e.number()
	case r == '$':
		e.i += 2
		return BoxInt(Int(e.s[e.i-1]))
	}
	name := e.atom()
	if name == "fun" {
		m := e.atom()
		e.must(':')
		f := e.atom()
		e.must('/')
		n := e.number().(Small).Int()
		return ExternalFun(Intern(m), Intern(f), int(n))
	}
	if e.eat(':') {
		f := e.atom()
		e.must('(')
		return Apply(e.p, Intern(name), Intern(f), e.seq(')'))
	}
	return Intern(name)
}

func (e *miniEval) seq(end rune) []Term {
	var xs []Term
	for !e.eat(end) {
		xs = append(xs, e.expr())
		e.eat(',')
	}
	return xs
}

func (e *miniEval) list() Term {
	e.must('[')
	var xs []Term
	var tail Term = Nil{}
	for !e.eat(']') {
		xs = append(xs, e.expr())
		e.eat(',')
		if e.eat('|') {
			tail = e.expr()
		}
	}
	return ListWithTail(tail, xs...)
}

func (e *miniEval) mapLit() Term {
	var kvs []Term
	for !e.eat('}') {
		k := e.expr()
		e.must('=')
		e.must('>')
		kvs = append(kvs, k, e.expr())
		e.eat(',')
	}
	return NewMap(kvs...)
}

func (e *miniEval) str() string {
	e.must('"')
	var b strings.Builder
	for e.s[e.i] != '"' {
		if e.s[e.i] == '\\' {
			e.i++
			switch e.s[e.i] {
			case 'n':
				b.WriteRune('\n')
			case 't':
				b.WriteRune('\t')
			case 'r':
				b.WriteRune('\r')
			default:
				b.WriteRune(e.s[e.i])
			}
		} else {
			b.WriteRune(e.s[e.i])
		}
		e.i++
	}
	e.i++
	return b.String()
}

func (e *miniEval) number() Term {
	start := e.i
	e.i++
	for e.i < len(e.s) && (unicode.IsDigit(e.s[e.i]) || strings.ContainsRune(".e", e.s[e.i]) ||
		e.s[e.i] == '-' && e.s[e.i-1] == 'e') {
		if e.s[e.i] == '.' && (e.i+1 >= len(e.s) || !unicode.IsDigit(e.s[e.i+1])) {
			break
		}
		e.i++
	}
	lit := string(e.s[start:e.i])
	if strings.ContainsAny(lit, ".e") {
		f, _ := strconv.ParseFloat(lit, 64)
		return Float(f)
	}
	return ParseInt(lit)
}

func (e *miniEval) atom() string {
	e.ws()
	if e.s[e.i] == '\'' {
		j := e.i + 1
		for e.s[j] != '\'' {
			j++
		}
		name := string(e.s[e.i+1 : j])
		e.i = j + 1
		return name
	}
	start := e.i
	for e.i < len(e.s) && (unicode.IsLetter(e.s[e.i]) || unicode.IsDigit(e.s[e.i]) || e.s[e.i] == '_' || e.s[e.i] == '@') {
		e.i++
	}
	if start == e.i {
		panic("bad expression at " + strconv.Itoa(e.i) + ": " + string(e.s))
	}
	return string(e.s[start:e.i])
}
