package preproc

import (
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var patInclude = []int{tLPAREN, tSTRING, tRPAREN, tDOT}

// include handles -include("F"). and -include_lib("App/Path/F").
//
// -include looks in the directory of the including file, then in the
// IncludePath; -include_lib does the same, then takes the first component
// as an application name and looks in that application's directory. Like
// epp, a name starting with $VAR/ has the variable replaced.
func (p *state) include(d Token, kind string, toks []Token) {
	co := coalesceStrings(toks)
	if !matches(patInclude, co) {
		p.bad(mismatch(patInclude, co, d), kind)
		return
	}
	strTok := co[1]
	name, _ := decodeQuoted(strTok.Text)
	name = expandVar(name)
	if len(p.stack) >= maxIncludeDepth {
		at := strTok.Pos
		if kind == "include_lib" {
			at = d.Pos
		}
		p.errorAt(at, "%s too deep", kind)
		return
	}
	found, data, ok := p.searchPath(name)
	if !ok && kind == "include_lib" {
		found, data, ok = p.searchLib(name)
	}
	if !ok {
		what := "file"
		if kind == "include_lib" {
			what = "lib"
		}
		p.errorAt(strTok.Pos, "can't find include %s \"%s\"", what, name)
		return
	}
	p.enter(found, path.Dir(found), data)
}

// searchPath opens name in the current file's directory or an -I directory.
func (p *state) searchPath(name string) (string, []byte, bool) {
	if path.IsAbs(name) {
		data, err := p.opts.ReadFile(name)
		return name, data, err == nil
	}
	dirs := append([]string{p.in.dir}, p.opts.IncludePath...)
	for _, dir := range dirs {
		full := joinPath(dir, name)
		if data, err := p.opts.ReadFile(full); err == nil {
			return full, data, true
		}
	}
	return "", nil, false
}

// FindLib resolves name (App/Rest) as -include_lib does after the include path:
// in LibDirs, the ERL_LIBS entries and the Erlang installation. It reports the
// file's path and whether it could be read.
func FindLib(opts Options, name string) (string, bool) {
	if opts.ReadFile == nil {
		opts.ReadFile = os.ReadFile
	}
	full, _, ok := (&state{opts: opts}).searchLib(name)
	return full, ok
}

// searchLib opens App/Rest in the newest installed version of App.
func (p *state) searchLib(name string) (string, []byte, bool) {
	app, rest, ok := strings.Cut(name, "/")
	if !ok || app == "" {
		return "", nil, false
	}
	for _, root := range p.libDirs() {
		if dir := appDir(root, app); dir != "" {
			full := joinPath(dir, rest)
			data, err := p.opts.ReadFile(full)
			return full, data, err == nil
		}
	}
	return "", nil, false
}

// joinPath joins like file:path_open: "." adds nothing, and the result is
// cleaned of "." components and doubled slashes as filename:join does.
func joinPath(dir, name string) string {
	if dir == "." {
		return name
	}
	full := dir + "/" + name
	lead := ""
	if strings.HasPrefix(full, "./") {
		lead = "./"
	}
	var parts []string
	for _, c := range strings.Split(full, "/") {
		if c != "" && c != "." {
			parts = append(parts, c)
		}
	}
	if strings.HasPrefix(full, "/") {
		lead = "/"
	}
	return lead + strings.Join(parts, "/")
}

// expandVar replaces a leading $VAR component with the variable's value.
func expandVar(name string) string {
	if !strings.HasPrefix(name, "$") {
		return name
	}
	v, rest, _ := strings.Cut(name[1:], "/")
	val, ok := os.LookupEnv(v)
	if !ok {
		return name
	}
	if rest == "" {
		return val
	}
	return joinPath(val, rest)
}

// libDirs lists the application roots include_lib searches: LibDirs, the
// ERL_LIBS entries, then the lib directory of the Erlang installation.
func (p *state) libDirs() []string {
	if p.libRoots != nil {
		return p.libRoots
	}
	roots := append([]string{}, p.opts.LibDirs...)
	if e := os.Getenv("ERL_LIBS"); e != "" {
		roots = append(roots, filepath.SplitList(e)...)
	}
	if root := otpRoot(p.opts.OTPRoot); root != "" {
		roots = append(roots, filepath.Join(root, "lib"))
	}
	p.libRoots = roots
	return roots
}

// appDir finds application app under root: the directory app, or app-VSN
// with the highest version.
func appDir(root, app string) string {
	ents, err := os.ReadDir(root)
	if err != nil {
		return ""
	}
	best, bestVsn := "", []string(nil)
	for _, e := range ents {
		n := e.Name()
		var vsn []string
		switch {
		case n == app:
			vsn = []string{}
		case strings.HasPrefix(n, app+"-"):
			vsn = splitVersion(n[len(app)+1:])
			if vsn == nil {
				continue
			}
		default:
			continue
		}
		if best == "" || versionLess(bestVsn, vsn) {
			best, bestVsn = filepath.Join(root, n), vsn
		}
	}
	return best
}

var versionRE = regexp.MustCompile(`^[0-9]+([.-][0-9A-Za-z]+)*$`)

// splitVersion splits "8.5.3" into its parts, or returns nil if s is no version.
func splitVersion(s string) []string {
	if !versionRE.MatchString(s) {
		return nil
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' })
}

// versionLess compares versions part by part, numerically where both are numbers.
func versionLess(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		x, err1 := strconv.Atoi(a[i])
		y, err2 := strconv.Atoi(b[i])
		if err1 == nil && err2 == nil {
			return x < y
		}
		return a[i] < b[i]
	}
	return len(a) < len(b)
}

// otpRoot finds the Erlang installation: the given root if any, else
// $ERL2GO_OTP_ROOT, the root of the erl found on PATH, or a usual place.
func otpRoot(given string) string {
	if given != "" {
		return given
	}
	cands := []string{os.Getenv("ERL2GO_OTP_ROOT")}
	if erl, err := exec.LookPath("erl"); err == nil {
		cands = append(cands, rootOfErl(erl))
	}
	cands = append(cands, "/usr/lib/erlang", "/usr/local/lib/erlang")
	for _, c := range cands {
		if c == "" {
			continue
		}
		if st, err := os.Stat(filepath.Join(c, "lib")); err == nil && st.IsDir() {
			return c
		}
	}
	return ""
}

// rootOfErl finds the root of an installation from its erl: through
// symlinks to ROOT/bin/erl, or from the ROOTDIR the erl script sets.
func rootOfErl(erl string) string {
	if real, err := filepath.EvalSymlinks(erl); err == nil {
		root := filepath.Dir(filepath.Dir(real))
		if st, err := os.Stat(filepath.Join(root, "lib")); err == nil && st.IsDir() {
			return root
		}
		erl = real
	}
	data, err := os.ReadFile(erl)
	if err != nil || len(data) > 1<<16 {
		return ""
	}
	m := regexp.MustCompile(`(?m)^\s*ROOTDIR="?([^"\n]+)"?`).FindSubmatch(data)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// OTPRoot is the root of the installed Erlang found as include_lib finds it
// ($ERL2GO_OTP_ROOT, the erl on PATH, or a usual place), or "" if none.
func OTPRoot() string { return otpRoot("") }
