// Package erl2go carries the runtime's sources inside the erl2go command, so
// that `erl2go build` and `erl2go run` work anywhere after `go install`:
// the runtime is written to a cache directory as a module of its own, and
// the generated program's go.mod points at it with a replace directive. The
// runtime uses only the standard library, so no network access is needed.
package erl2go

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed rt/*.go
var rtFiles embed.FS

// goMod is the repository's go.mod, for its go directive: the runtime
// module is written with the same language version.
//
//go:embed go.mod
var goMod string

func goVersion() string {
	for _, line := range strings.Split(goMod, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			return v
		}
	}
	return "1.22"
}

// GoVersion is the go directive for generated modules.
func GoVersion() string { return goVersion() }

// ModulePath is the module the runtime package belongs to.
const ModulePath = "github.com/erl2go/erl2go"

// RuntimeModule writes the runtime module (go.mod and rt/*.go, without
// tests) under dir/rt-<hash> unless it is already there, and returns its
// directory. The hash of the sources names the directory, so a new erl2go
// never reuses an old runtime.
func RuntimeModule(dir string) (string, error) {
	names, err := fs.Glob(rtFiles, "rt/*.go")
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	var srcs [][]byte
	var keep []string
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		b, err := rtFiles.ReadFile(n)
		if err != nil {
			return "", err
		}
		h.Write([]byte(n))
		h.Write(b)
		srcs = append(srcs, b)
		keep = append(keep, n)
	}
	mod := filepath.Join(dir, "rt-"+hex.EncodeToString(h.Sum(nil))[:16])
	if _, err := os.Stat(filepath.Join(mod, "go.mod")); err == nil {
		return mod, nil
	}
	tmp, err := os.MkdirTemp(dir, "rt-tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(filepath.Join(tmp, "rt"), 0o755); err != nil {
		return "", err
	}
	for i, n := range keep {
		if err := os.WriteFile(filepath.Join(tmp, n), srcs[i], 0o644); err != nil {
			return "", err
		}
	}
	gomod := "module " + ModulePath + "\n\ngo " + goVersion() + "\n"
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", err
	}
	// Another erl2go may have won the race; either copy is the same.
	if err := os.Rename(tmp, mod); err != nil && !exists(mod) {
		return "", err
	}
	return mod, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
