package gen

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// bifs.txt lists the Erlang functions that the runtime implements as Go
// functions, so that a call compiles to a direct Go call instead of
// rt.Apply. golden/ checks that every entry exists in rt, both as a Go
// function and in rt's module registry.
//
//go:embed bifs.txt
var bifsTxt string

// bifs maps "m:f/a" to the rt function name.
var bifs = parseBIFs(bifsTxt)

// BIF is one entry of the table, for tests.
type BIF struct {
	Module, Name string
	Arity        int
	GoName       string
}

// BIFs returns the table, in file order.
func BIFs() []BIF { return bifList }

var bifList []BIF

func bifKey(m, f string, arity int) string { return fmt.Sprintf("%s:%s/%d", m, f, arity) }

// parseBIFs reads lines "module:function/arity [GoName]"; without a Go name
// the rule is rt's: CamelCase(module) + CamelCase(function) + arity, as in
// lists:reverse/1 -> ListsReverse1.
func parseBIFs(txt string) map[string]string {
	m := map[string]string{}
	for i, line := range strings.Split(txt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		mod, rest, ok1 := strings.Cut(fields[0], ":")
		name, ar, ok2 := strings.Cut(rest, "/")
		arity, err := strconv.Atoi(ar)
		if !ok1 || !ok2 || err != nil {
			panic(fmt.Sprintf("bifs.txt:%d: bad entry %q", i+1, line))
		}
		goName := camel(mod) + camel(name) + ar
		if len(fields) > 1 {
			goName = fields[1]
		}
		m[bifKey(mod, name, arity)] = goName
		bifList = append(bifList, BIF{mod, name, arity, goName})
	}
	return m
}

func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}
