// Command otpcompare checks `erl2go parse -funcs` against epp:parse_file over the
// Erlang/OTP sources installed on this machine, application by application, and
// times both.
//
//	go run ./scripts/otpcompare [-lib /usr/lib/erlang/lib] [-apps stdlib,kernel] [-v]
//
// For each application APP it runs, from the lib directory, with FILEs given as
// APP/src/X.erl:
//
//	escript scripts/epp_funcs.escript -I APP/src -I APP/include FILE...
//	erl2go parse -funcs -I APP/src -I APP/include FILE...
//
// and compares the function lists of every file that epp parses without error.
// epp's time is measured inside its one BEAM process (start-up excluded); erl2go's
// is the wall time of its process (start-up included), once stopping after parsing
// (what epp:parse_file does) and once with lint (the function lists compared come
// from this run). The exit status is 1 when any
// file differs or erl2go reports an error on a file epp accepts.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

func main() {
	lib := flag.String("lib", "/usr/lib/erlang/lib", "the OTP lib directory")
	apps := flag.String("apps", "", "comma-separated application names (default: all with src/*.erl)")
	verbose := flag.Bool("v", false, "print every difference")
	flag.Parse()
	root, err := os.Getwd()
	check(err)
	bin := filepath.Join(os.TempDir(), "erl2go-otpcompare")
	run(root, "go", "build", "-o", bin, "./cmd/erl2go")
	escript := filepath.Join(root, "scripts", "epp_funcs.escript")

	var tot stats
	for _, app := range appDirs(*lib, *apps) {
		s := compareApp(*lib, app, bin, escript, *verbose)
		s.print(app)
		tot.add(s)
	}
	tot.print("TOTAL")
	fmt.Printf("time of erl2go (preprocess + parse) / epp:parse_file: %.2f; with lint: %.2f\n",
		tot.ourTime.Seconds()/tot.eppTime.Seconds(), tot.lintTime.Seconds()/tot.eppTime.Seconds())
	if tot.differ > 0 || tot.ourErr > 0 {
		os.Exit(1)
	}
}

type stats struct {
	files, eppErr, same, differ, ourErr int
	eppTime, ourTime, lintTime          time.Duration
}

func (s *stats) add(o stats) {
	s.files += o.files
	s.eppErr += o.eppErr
	s.same += o.same
	s.differ += o.differ
	s.ourErr += o.ourErr
	s.eppTime += o.eppTime
	s.ourTime += o.ourTime
	s.lintTime += o.lintTime
}

func (s stats) print(name string) {
	fmt.Printf("%-20s files %4d  epp-errors %3d  same %4d  differ %3d  erl2go-errors %3d  epp %6.0fms  erl2go %6.0fms  +lint %6.0fms\n",
		name, s.files, s.eppErr, s.same, s.differ, s.ourErr, ms(s.eppTime), ms(s.ourTime), ms(s.lintTime))
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }

// appDirs lists the application directories (APP-VSN) that have sources.
func appDirs(lib, only string) []string {
	matches, err := filepath.Glob(filepath.Join(lib, "*", "src", "*.erl"))
	check(err)
	seen := map[string]bool{}
	var dirs []string
	for _, m := range matches {
		d := filepath.Base(filepath.Dir(filepath.Dir(m)))
		if seen[d] {
			continue
		}
		seen[d] = true
		name, _, _ := strings.Cut(d, "-")
		if only == "" || strings.Contains(","+only+",", ","+name+",") {
			dirs = append(dirs, d)
		}
	}
	sort.Strings(dirs)
	return dirs
}

func compareApp(lib, app, bin, escript string, verbose bool) stats {
	files, err := filepath.Glob(filepath.Join(lib, app, "src", "*.erl"))
	check(err)
	args := []string{"-I", app + "/src", "-I", app + "/include"}
	for _, f := range files {
		args = append(args, strings.TrimPrefix(f, lib+"/"))
	}
	eppOut, eppErr := output(lib, "escript", append([]string{escript}, args...)...)
	start := time.Now()
	output(lib, bin, append([]string{"parse", "-stop=parse", "-funcs"}, args...)...)
	s := stats{files: len(files), ourTime: time.Since(start)}
	start = time.Now()
	ourOut, ourErr := output(lib, bin, append([]string{"parse", "-funcs"}, args...)...)
	s.lintTime = time.Since(start)
	if i := strings.LastIndex(eppErr, "epp_us "); i >= 0 {
		us, _ := strconv.Atoi(strings.TrimSpace(eppErr[i+7:]))
		s.eppTime = time.Duration(us) * time.Microsecond
	}
	epp, ours := byFile(eppOut), byFile(ourOut)
	errFiles := filesWithErrors(ourErr)
	for _, f := range args[4:] {
		e := epp[f]
		switch {
		case e == "!error\n":
			s.eppErr++
		case errFiles[f]:
			s.ourErr++
			if verbose {
				fmt.Printf("  erl2go error in %s:\n%s", f, indent(errFiles, ourErr, f))
			}
		case e == ours[f]:
			s.same++
		default:
			s.differ++
			if verbose {
				fmt.Printf("  differs: %s\n", f)
			}
		}
	}
	return s
}

// byFile groups "FILE rest" lines by FILE.
func byFile(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.SplitAfter(out, "\n") {
		if f, rest, ok := strings.Cut(line, " "); ok {
			m[f] += rest
		}
	}
	return m
}

// filesWithErrors returns the files named in error (not warning) messages.
func filesWithErrors(stderr string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stderr, "\n") {
		f, rest, ok := strings.Cut(line, ":")
		if ok && !strings.Contains(rest, "Warning:") {
			m[f] = true
		}
	}
	return m
}

func indent(_ map[string]bool, stderr, file string) string {
	var b strings.Builder
	for _, line := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(line, file+":") && !strings.Contains(line, "Warning:") {
			b.WriteString("    " + line + "\n")
		}
	}
	return b.String()
}

func output(dir, name string, args ...string) (stdout, stderr string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	_ = cmd.Run() // a non-zero exit is expected when files have errors
	return o.String(), e.String()
}

func run(dir, name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "otpcompare:", err)
		os.Exit(2)
	}
}
