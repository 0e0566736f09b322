package gen_test

import (
	"strings"
	"testing"
)

// Operations with an operand BEAM knows to be a float become rt.FAdd,
// FSub or FMul (no operator entry in a trace when they fail); others stay
// the general operators. The cases were checked against erl: a failing
// float operation has no {erlang, Op, Args, ...} entry on top.
func TestFloatArith(t *testing.T) {
	for _, tc := range []struct {
		body      string
		want, not []string
	}{
		{"f(X, Y) -> X * 1.5 + Y.", []string{"rt.FAdd(rt.FMul(X, rt.Float(1.5)), Y)"}, nil},
		{"f(X, Y) -> X * Y + 1.", []string{"rt.Mul(X, Y)"}, []string{"rt.FAdd", "rt.FMul"}},
		{"f(X, Y) when is_float(Y) -> X - Y.", []string{"rt.FSub(X, Y)"}, nil},
		{"f(X, Y) -> Z = X / 2, Z * Y.", []string{"rt.FMul(Z, Y)"}, nil},
		{"f(X, Y) -> math:sqrt(X) * Y + abs(X * 2.0).", []string{"rt.FAdd(rt.FMul(rt.MathSqrt1(p, X), Y)"}, nil},
		{"f(<<F:64/float>>, Y) -> F + Y.", []string{"rt.FAdd(F, Y)"}, nil},
		{"f(X, Y) -> case X of F when is_float(F) -> F + Y; _ -> Y end.", []string{"rt.FAdd(F, Y)"}, nil},
		// Z is also bound to a non-float: not known
		{"f(X, Y) -> Z = case X of a -> 1.5; _ -> 2 end, Z + Y.", nil, []string{"rt.FAdd"}},
		// a guard is no exception: the general test
		{"f(X, Y) when X * 1.5 > Y -> ok.", nil, []string{"rt.FMul"}},
	} {
		src := "-module(m).\n-export([f/2]).\n" + tc.body + "\n"
		files, errs := translateSrc(t, src)
		if errs.HasErrors() {
			t.Errorf("%s:\n%v", tc.body, errs)
			continue
		}
		out := string(files[0].Src)
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: generated code lacks %q:\n%s", tc.body, w, out)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(out, w) {
				t.Errorf("%s: generated code has %q:\n%s", tc.body, w, out)
			}
		}
	}
}

// A fun does not capture a variable bound to a literal: BEAM's compiler
// puts the value into the fun (erl: erlang:fun_info(F, env) is []).
func TestFunEnvWithoutLiterals(t *testing.T) {
	src := "-module(m).\n-export([f/1]).\nf(X) -> Y = 5, B = fun m:f/1, T = {a, [1]}, fun() -> {X, Y, B, T} end.\n"
	files, errs := translateSrc(t, src)
	if errs.HasErrors() {
		t.Fatal(errs)
	}
	out := string(files[0].Src)
	if !strings.Contains(out, "[]rt.Term{X}, func(p *rt.Process)") {
		t.Errorf("the fun's env is not [X]:\n%s", out)
	}
}
