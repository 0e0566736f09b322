package preproc

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/erl2go/erl2go/translate/source"
)

// otpApps are the applications whose sources TestOTP and the benchmark read.
var otpApps = []string{"stdlib", "kernel", "compiler"}

// otpSources returns every perApp-th source file of each app in otpApps, with
// the include path each needs; it skips the test when OTP is not installed.
func otpSources(tb testing.TB, every int) map[string][]string {
	root := otpRoot("")
	if root == "" {
		tb.Skip("no Erlang/OTP installation")
	}
	byInc := map[string][]string{} // -I path (joined by \x00) -> files
	apps := otpApps
	if a := os.Getenv("PREPROC_OTP_APPS"); a != "" {
		apps = strings.Fields(a)
	}
	for _, app := range apps {
		dirs, _ := filepath.Glob(filepath.Join(root, "lib", app+"-*"))
		if len(dirs) == 0 {
			continue
		}
		sort.Strings(dirs)
		dir := dirs[len(dirs)-1]
		files, _ := filepath.Glob(filepath.Join(dir, "src", "*.erl"))
		sort.Strings(files)
		inc := filepath.Join(dir, "include") + "\x00" + filepath.Join(dir, "src")
		for i := 0; i < len(files); i += every {
			byInc[inc] = append(byInc[inc], files[i])
		}
	}
	if len(byInc) == 0 {
		tb.Skip("no OTP sources")
	}
	return byInc
}

// TestOTP preprocesses a sample of OTP's own sources and compares every
// form and message with what epp gives for them.
func TestOTP(t *testing.T) {
	if _, err := exec.LookPath("escript"); err != nil {
		t.Skip("escript not on PATH")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	oracle, _ := filepath.Abs("testdata/epp.escript")
	n := 0
	for inc, files := range otpSources(t, otpEvery) {
		incs := splitInc(inc)
		args := []string{oracle, "-batch"}
		for _, d := range incs {
			args = append(args, "-I"+d)
		}
		out, err := exec.Command("escript", append(append(args, "--"), files...)...).Output()
		if err != nil {
			t.Fatalf("epp: %v", err)
		}
		want := splitBatch(string(out))
		for _, f := range files {
			n++
			compareOTPFile(t, f, incs, want[f])
		}
	}
	t.Logf("%d OTP files compared with epp", n)
}

// splitBatch splits the oracle's batch output into one text per file.
func splitBatch(out string) map[string]string {
	res := map[string]string{}
	for _, part := range strings.Split("\n"+out, "\n=== ")[1:] {
		name, body, _ := strings.Cut(part, "\n")
		res[name] = body
	}
	return res
}

func compareOTPFile(t *testing.T, f string, incs []string, want string) {
	fset := source.NewFileSet()
	forms, errs := File(fset, f, Options{IncludePath: incs})
	var got []string
	for _, fm := range forms {
		got = append(got, renderForm(fset, fm))
	}
	var msgs []string
	for _, e := range errs.List {
		msgs = append(msgs, e.Error())
	}
	wantForms, wantMsgs := splitOutput(want)
	if len(msgs) != len(wantMsgs) {
		t.Errorf("%s: %d messages, epp has %d: %v %v", f, len(msgs), len(wantMsgs), msgs, wantMsgs)
	}
	bad := 0
	for i := 0; i < max(len(got), len(wantForms)) && bad < 3; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(wantForms) {
			w = wantForms[i]
		}
		if g != w {
			bad++
			k := 0
			for k < len(g) && k < len(w) && g[k] == w[k] {
				k++
			}
			k = max(0, k-100)
			t.Errorf("%s: form %d:\n got  ...%.300s\n want ...%.300s", f, i+1, g[min(k, len(g)):], w[min(k, len(w)):])
		}
	}
}

// otpEvery is how sparsely TestOTP samples the sources (1: all of them).
var otpEvery = envInt("PREPROC_OTP_EVERY", 5)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

func splitInc(inc string) []string { return strings.Split(inc, "\x00") }
