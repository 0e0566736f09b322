package golden

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/erl2go/erl2go/translate"
	"github.com/erl2go/erl2go/translate/core"
	"github.com/erl2go/erl2go/translate/gen"
	"github.com/erl2go/erl2go/translate/preproc"
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
	// The modules are independent: translate them on every core.
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = translateOTP(files[i], include)
			}
		}()
	}
	for i, file := range files {
		if why, ok := otpSkip[strings.TrimSuffix(filepath.Base(file), ".erl")]; ok {
			t.Logf("%s: skipped: %s", file, why)
			continue
		}
		next <- i
	}
	close(next)
	wg.Wait()
	failed := 0
	for i, err := range errs {
		if err != nil {
			failed++
			t.Errorf("%s: %v", files[i], err)
		}
	}
	t.Logf("%d modules of %d applications, %d failed", len(files), len(apps), failed)
}

// otpSources lists the .erl files under the src directories of apps (some,
// such as inets, keep them in subdirectories) and the include path that
// finds their headers: each application's include and src directories, then
// stdlib's and kernel's include directories.
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
	// OTP's makefiles put stdlib's and kernel's include directories on
	// every application's path (yecc.erl includes erl_compile.hrl).
	for _, app := range []string{"stdlib", "kernel"} {
		dirs, _ := filepath.Glob("/usr/lib/erlang/lib/" + app + "-*/include")
		include = append(include, dirs...)
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

// TestOTPPrograms runs the programs of testdata/otp, which call OTP's own
// modules translated to Go (its compiler, erl_scan, erl_parse, sofs...),
// and compares their output with BEAM's (NAME.out, recorded by
// scripts/record-otp-golden.sh). Lines "%% otp: APP-VSN/src/M.erl ..." of
// a program name the OTP sources it needs, globs allowed, and
// "%% otp-define: NAME=VALUE" the macros OTP's makefiles pass. A program
// whose sources are not installed, at those versions, is skipped: another
// release gives other output. Building OTP's compiler takes minutes, so the
// test runs only with ERL2GO_OTP_RUN=1 (scripts/otp-build.sh sets it).
func TestOTPPrograms(t *testing.T) {
	if testing.Short() || os.Getenv("ERL2GO_OTP_RUN") == "" {
		t.Skip("set ERL2GO_OTP_RUN=1 to build and run the programs of testdata/otp")
	}
	progs, _ := filepath.Glob("testdata/otp/*.erl")
	sort.Strings(progs)
	var files, names []string
	opts := translate.Options{Transforms: true}
	seen := map[string]bool{}
	for _, prog := range progs {
		srcs, defs, ok := otpNeeds(t, prog)
		if !ok {
			continue
		}
		names = append(names, strings.TrimSuffix(filepath.Base(prog), ".erl"))
		for _, f := range append([]string{prog}, srcs...) {
			if !seen[f] {
				seen[f] = true
				files = append(files, f)
			}
			app := filepath.Dir(filepath.Dir(f))
			if !seen[app] {
				seen[app] = true
				opts.IncludePath = append(opts.IncludePath, filepath.Join(app, "include"), filepath.Join(app, "src"))
			}
		}
		for _, d := range defs {
			if !seen["-D"+d.Name] {
				seen["-D"+d.Name] = true
				opts.Defines = append(opts.Defines, d)
			}
		}
	}
	if len(names) == 0 {
		t.Skip("OTP's sources are not installed at the versions the programs name")
	}
	out, _ := translateFiles(t, files, opts)
	bin := goBuild(t, append(out, gen.File{Name: "main.go", Src: []byte(mainSrc)}))
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			want := readFile(t, filepath.Join("testdata", "otp", name+".out"))
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(bin, name)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("%s: %v\n%s", name, err, stderr.Bytes())
			}
			if got := stdout.String(); got != want {
				t.Errorf("output differs from BEAM's\n--- got\n%s\n--- want (BEAM)\n%s", got, want)
			}
		})
	}
}

// otpNeeds reads the OTP sources and macros a program of testdata/otp
// names; ok is false, and the test says why, when some are not installed.
func otpNeeds(t *testing.T, prog string) (srcs []string, defs []preproc.Define, ok bool) {
	text := readFile(t, prog)
	for _, line := range strings.Split(text, "\n") {
		if rest, found := strings.CutPrefix(line, "%% otp-define: "); found {
			name, value, _ := strings.Cut(strings.TrimSpace(rest), "=")
			defs = append(defs, preproc.Define{Name: name, Value: value})
			continue
		}
		rest, found := strings.CutPrefix(line, "%% otp: ")
		if !found {
			continue
		}
		for _, pat := range strings.Fields(rest) {
			matches, _ := filepath.Glob(filepath.Join("/usr/lib/erlang/lib", pat))
			if len(matches) == 0 {
				t.Logf("%s: skipped: /usr/lib/erlang/lib/%s is not installed", prog, pat)
				return nil, nil, false
			}
			sort.Strings(matches)
			srcs = append(srcs, matches...)
		}
	}
	return srcs, defs, true
}
