package rt

import "testing"

// erl -enable-feature maybe_expr (OTP 25), which a program using maybe
// needs: io_lib quotes maybe and else as keywords; plain erl does not.
func TestMaybeKeywordsQuoted(t *testing.T) {
	defer maybeKeywords.Store(maybeKeywords.Load())
	l := List(Intern("maybe"), Intern("else"), Intern("spec"))
	maybeKeywords.Store(false)
	if got := Format(l); got != "[maybe,else,spec]" {
		t.Errorf("without the feature: %s", got)
	}
	EnableMaybeExpr()
	if got := Format(l); got != "['maybe','else',spec]" {
		t.Errorf("with the feature: %s", got)
	}
	if got := Format(IoLibWriteAtom1(nil, Intern("else"))); got != "[39,101,108,115,101,39]" {
		t.Errorf("io_lib:write_atom(else) = %s", got)
	}
}
