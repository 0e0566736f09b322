package ast

import (
	"fmt"
	"io"
	"math/big"
	"reflect"
	"strings"

	"github.com/erl2go/erl2go/translate/source"
)

// Dump writes a readable, indented form of n: one node per line with its type,
// its line:col (when fset is not nil) and its scalar fields; used by `-dump=ast`
// and as a test fixture.
func Dump(w io.Writer, fset *source.FileSet, n any) {
	d := dumper{w: w, fset: fset}
	d.value(reflect.ValueOf(n), 0)
}

type dumper struct {
	w    io.Writer
	fset *source.FileSet
}

var (
	posType = reflect.TypeOf(source.NoPos)
	locType = reflect.TypeOf(Loc{})
	bigType = reflect.TypeOf((*big.Int)(nil))
)

func (d *dumper) value(v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			fmt.Fprintf(d.w, "%snil\n", ind)
			return
		}
		if v.Type() == bigType {
			fmt.Fprintf(d.w, "%s%s\n", ind, v.Interface())
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		d.node(v, depth)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Int32 { // []rune
			fmt.Fprintf(d.w, "%s%q\n", ind, string(v.Interface().([]rune)))
			return
		}
		for i := 0; i < v.Len(); i++ {
			if e := v.Index(i); e.Kind() == reflect.Slice { // a Guard inside Guards
				fmt.Fprintf(d.w, "%s%s\n", ind, e.Type().Name())
				d.value(e, depth+1)
				continue
			}
			d.value(v.Index(i), depth)
		}
	default:
		fmt.Fprintf(d.w, "%s%#v\n", ind, v.Interface())
	}
}

// node prints a struct: its name, position and scalar fields on one line, then
// its node-valued fields indented below.
func (d *dumper) node(v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	t := v.Type()
	var head strings.Builder
	head.WriteString(t.Name())
	var kids []int
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := v.Field(i)
		switch {
		case f.Type == locType:
			if d.fset != nil {
				p := d.fset.Position(fv.Interface().(Loc).P)
				fmt.Fprintf(&head, " @%d:%d", p.Line, p.Column)
			}
		case f.Type == posType:
			if d.fset != nil && fv.Int() != 0 {
				p := d.fset.Position(source.Pos(fv.Int()))
				fmt.Fprintf(&head, " %s@%d:%d", f.Name, p.Line, p.Column)
			}
		case f.Type == bigType:
			if !fv.IsNil() {
				fmt.Fprintf(&head, " %s=%s", f.Name, fv.Interface())
			}
		case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Int32:
			fmt.Fprintf(&head, " %s=%q", f.Name, string(fv.Interface().([]rune)))
		case fv.Kind() == reflect.String, fv.Kind() == reflect.Bool, fv.Kind() == reflect.Int,
			fv.Kind() == reflect.Int64, fv.Kind() == reflect.Int32, fv.Kind() == reflect.Float64:
			if !fv.IsZero() {
				fmt.Fprintf(&head, " %s=%#v", f.Name, fv.Interface())
			}
		default:
			if !(fv.Kind() == reflect.Interface || fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice) || !fv.IsNil() {
				kids = append(kids, i)
			}
		}
	}
	fmt.Fprintf(d.w, "%s%s\n", ind, head.String())
	for _, i := range kids {
		fmt.Fprintf(d.w, "%s  .%s\n", ind, t.Field(i).Name)
		d.value(v.Field(i), depth+2)
	}
}
