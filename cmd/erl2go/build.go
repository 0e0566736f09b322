package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/erl2go/erl2go"
	"github.com/erl2go/erl2go/translate/gen"
)

func init() {
	commands = append(commands, &command{
		name:  "build",
		usage: "build [-otp] [-o BINARY] [-I DIR]... [-D NAME[=VALUE]]... FILE...",
		run:   runBuild,
	})
}

// runBuild translates the files and builds a standalone executable whose
// entry point is main/1 or main/0 of the first file's module.
func runBuild(args []string) int {
	fs := newFlagSet("build", "build [flags] FILE...")
	var front frontFlags
	front.register(fs)
	front.registerOTP(fs)
	out := fs.String("o", "", "write the executable to `BINARY` (default: the first module's name)")
	files, _, err := parseFlags(fs, args)
	if err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintf(os.Stderr, "erl2go build: %v\n", err)
		}
		fs.Usage()
		return 2
	}
	bin, status := buildProgram(front, files)
	if status != 0 {
		return status
	}
	dst := *out
	if dst == "" {
		dst = filepath.Base(bin)
	}
	if err := copyFile(bin, dst); err != nil {
		fmt.Fprintf(os.Stderr, "erl2go build: %v\n", err)
		return 1
	}
	return 0
}

// buildProgram translates files into a Go program in the cache and builds
// it, returning the executable's path there. The program directory is
// named by the hash of the generated code, so a second build of the same
// sources is only a stat.
func buildProgram(front frontFlags, files []string) (string, int) {
	gofiles, mods, ok := translateFiles(front, "main", files)
	if !ok {
		return "", 1
	}
	mainFile, ok := gen.MainFile(mods[0], mods)
	if !ok {
		fmt.Fprintf(os.Stderr, "%s: module %s exports neither main/0 nor main/1\n", mods[0].File, mods[0].Name)
		return "", 1
	}
	gofiles = append(gofiles, mainFile)
	cache, err := cacheDir()
	if err != nil {
		fmt.Fprintf(os.Stderr, "erl2go: %v\n", err)
		return "", 1
	}
	return buildCached(cache, "prog", mods[0].Name, gofiles)
}

// buildCached builds the Go files, with the embedded runtime, into an executable
// named name in a cache directory keyed by everything that goes into it, and
// returns its path; a second build of the same program costs nothing.
func buildCached(cache, kind, name string, gofiles []gen.File) (string, int) {
	rtmod, err := erl2go.RuntimeModule(cache)
	if err != nil {
		fmt.Fprintf(os.Stderr, "erl2go: writing the runtime: %v\n", err)
		return "", 1
	}
	h := sha256.New()
	h.Write([]byte(rtmod))
	for _, f := range gofiles {
		h.Write([]byte(f.Name))
		h.Write(f.Src)
	}
	dir := filepath.Join(cache, kind+"-"+hex.EncodeToString(h.Sum(nil))[:16])
	bin := filepath.Join(dir, name)
	if exists(bin) {
		return bin, 0
	}
	if err := writeProgram(dir, rtmod, gofiles); err != nil {
		fmt.Fprintf(os.Stderr, "erl2go: %v\n", err)
		return "", 1
	}
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "erl2go: go build failed in %s: %v\n", dir, err)
		return "", 1
	}
	return bin, 0
}

func writeProgram(dir, rtmod string, files []gen.File) error {
	gomod := fmt.Sprintf("module erl2goprog\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		erl2go.GoVersion(), erl2go.ModulePath, erl2go.ModulePath, rtmod)
	files = append(files, gen.File{Name: "go.mod", Src: []byte(gomod)})
	return writeFiles(dir, files)
}

// cacheDir is $ERL2GO_CACHE, or erl2go under the user's cache directory.
func cacheDir() (string, error) {
	dir := os.Getenv("ERL2GO_CACHE")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(base, "erl2go")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, 0o755)
}
