package golden

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/source"
)

// otpApps are the applications TestOTPModulesTranslate translates by
// default: those that take a few seconds each, so that the test stays fast on
// two cores. ERL2GO_OTP_APPS="app ..." names others ("all" for every
// application installed); scripts/otp-build.sh also builds the Go.
var otpApps = []string{"stdlib", "kernel", "compiler", "syntax_tools", "tools", "parsetools",
	"eunit", "sasl", "runtime_tools", "os_mon", "edoc", "xmerl", "mnesia", "public_key", "crypto"}

// otpSkip names the modules that erlc rejects too on an installed system,
// with why: they include headers that only OTP's source tree has, or use
// macros that OTP's makefiles define with -D.
var otpSkip = map[string]string{
	"beam_asm":             "-DCOMPILER_VSN from compiler's makefile",
	"cth_log_redirect":     "includes ../../kernel/src/logger_internal.hrl",
	"dialyzer_cl_parse":    "-DVSN from dialyzer's makefile",
	"dialyzer_gui_wx":      "-DVSN from dialyzer's makefile",
	"dialyzer_plt":         "-DVSN from dialyzer's makefile",
	"dialyzer_utils":       "includes ../../compiler/src/core_parse.hrl",
	"eldap":                "includes ELDAPv3.hrl, made by asn1 when OTP is built",
	"ftp":                  "includes ftp_internal.hrl, not installed",
	"ftp_response":         "includes ftp_internal.hrl, not installed",
	"megaco_flex_scanner":  "-DENABLE_MEGACO_FLEX_SCANNER from megaco's makefile",
	"prim_zip":             "includes zip_internal.hrl, not installed",
	"snmp_config":          "-Dversion from snmp's makefile",
	"snmp_framework_mib":   "-Dversion from snmp's makefile",
	"snmpa_conf":           "-Dversion from snmp's makefile",
	"snmpa_local_db":       "-Ddefault_verbosity from snmp's makefile",
	"snmpa_mib":            "-Ddefault_verbosity from snmp's makefile",
	"snmpa_symbolic_store": "-Ddefault_verbosity from snmp's makefile",
	"snmpm_conf":           "-Dversion from snmp's makefile",
	"test_server":          "includes test_server_internal.hrl, not installed",
	"test_server_ctrl":     "includes test_server_internal.hrl, not installed",
	"test_server_node":     "includes test_server_internal.hrl, not installed",
	"test_server_sup":      "includes test_server_internal.hrl, not installed",
	"typer":                "-DVSN from dialyzer's makefile",
}

// TestOTPModulesTranslate translates each module of OTP's applications to
// Go, as `erl2go gen` does: real code that uses every corner of the
// language (yecc parsers, guards over boolean variables, constant arithmetic
// in patterns, cases nested in cases), none of which may be reported as
// unsupported. It skips when OTP's sources are not installed;
// scripts/otp-build.sh goes further and builds the Go of each.
func TestOTPModulesTranslate(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	apps := otpApps
	if env := os.Getenv("ERL2GO_OTP_APPS"); env == "all" {
		apps = nil
		dirs, _ := filepath.Glob("/usr/lib/erlang/lib/*-*")
		for _, d := range dirs {
			apps = append(apps, strings.SplitN(filepath.Base(d), "-", 2)[0])
		}
	} else if env != "" {
		apps = strings.Fields(env)
	}
	files, include := otpSources(apps)
	if len(files) == 0 {
		t.Skip("OTP's sources are not installed")
	}
	failed := 0
	for _, file := range files {
		if why, ok := otpSkip[strings.TrimSuffix(filepath.Base(file), ".erl")]; ok {
			t.Logf("%s: skipped: %s", file, why)
			continue
		}
		if err := translateOTP(file, include); err != nil {
			failed++
			t.Errorf("%s: %v", file, err)
		}
	}
	t.Logf("%d modules of %d applications, %d failed", len(files), len(apps), failed)
}

// otpSources lists the .erl files under the src directories of apps (some,
// such as inets, keep them in subdirectories) and the include path that
// finds their headers: each application's include and src directories.
func otpSources(apps []string) (files, include []string) {
	for _, app := range apps {
		dirs, _ := filepath.Glob("/usr/lib/erlang/lib/" + app + "-*")
		for _, d := range dirs {
			include = append(include, filepath.Join(d, "include"))
			filepath.WalkDir(filepath.Join(d, "src"), func(p string, e fs.DirEntry, err error) error {
				switch {
				case err != nil:
					return nil
				case e.IsDir():
					include = append(include, p)
				case strings.HasSuffix(p, ".erl"):
					files = append(files, p)
				}
				return nil
			})
		}
	}
	sort.Strings(files)
	return files, include
}

// translateOTP translates one file to Go; a panic in a pass is an error too.
func translateOTP(file string, include []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	fset := source.NewFileSet()
	m, errs := translate.ParseFile(fset, file, translate.Options{IncludePath: include, Transforms: true})
	if errs.HasErrors() {
		return fmt.Errorf("front end:\n%v", errs)
	}
	cm, errs := core.Lower(m, fset)
	if errs.HasErrors() {
		return fmt.Errorf("lowering:\n%v", errs)
	}
	if _, errs := gen.Generate("otp", fset, []*core.Module{cm}); errs.HasErrors() {
		return fmt.Errorf("gen:\n%v", errs)
	}
	return nil
}
