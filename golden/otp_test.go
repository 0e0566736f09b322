package golden

import (
	"path/filepath"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/source"
)

// TestOTPModulesTranslate translates each module of OTP's stdlib and
// kernel to Go, as `erl2go gen` does: real code that uses every corner of
// the language (yecc parsers, guards over boolean variables, constant
// arithmetic in patterns, cases nested in cases), none of which may be
// reported as unsupported. It skips when OTP's sources are not installed;
// scripts/otp-build.sh goes further and builds the Go of each.
func TestOTPModulesTranslate(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	var files, include []string
	for _, app := range []string{"stdlib", "kernel"} {
		dirs, _ := filepath.Glob("/usr/lib/erlang/lib/" + app + "-*")
		for _, d := range dirs {
			srcs, _ := filepath.Glob(filepath.Join(d, "src", "*.erl"))
			files = append(files, srcs...)
			include = append(include, filepath.Join(d, "include"), filepath.Join(d, "src"))
		}
	}
	if len(files) == 0 {
		t.Skip("OTP's sources are not installed")
	}
	for _, file := range files {
		fset := source.NewFileSet()
		m, errs := translate.ParseFile(fset, file, translate.Options{IncludePath: include})
		if errs.HasErrors() {
			t.Errorf("%s: front end:\n%v", file, errs)
			continue
		}
		cm, errs := core.Lower(m, fset)
		if errs.HasErrors() {
			t.Errorf("%s: lowering:\n%v", file, errs)
			continue
		}
		if _, errs := gen.Generate("otp", fset, []*core.Module{cm}); errs.HasErrors() {
			t.Errorf("%s: gen:\n%v", file, errs)
		}
	}
	t.Logf("%d modules translated", len(files))
}
