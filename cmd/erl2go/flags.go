package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// listFlag collects every value of a repeatable flag such as -I DIR.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// frontFlags are the flags every command that reads Erlang shares.
type frontFlags struct {
	includes listFlag
	defines  listFlag
	otp      bool // take missing modules from the installed OTP's sources (otp.go)
}

func (f *frontFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.includes, "I", "add `DIR` to the include search path (repeatable)")
	fs.Var(&f.defines, "D", "define macro `NAME[=VALUE]` (repeatable)")
}

// registerOTP adds -otp, for the commands that translate a program.
func (f *frontFlags) registerOTP(fs *flag.FlagSet) {
	fs.BoolVar(&f.otp, "otp", false, "translate the modules the program calls that the runtime lacks from the installed Erlang/OTP's sources")
}

// newFlagSet returns a flag set that reports errors instead of exiting, and
// prints usage to stderr.
func newFlagSet(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: erl2go %s\n", usage)
		fs.SetOutput(os.Stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args, accepting flags after file names too (erlc style:
// `erl2go parse a.erl -I inc`), and returns the file arguments. Everything after
// "--" is returned separately, untouched.
func parseFlags(fs *flag.FlagSet, args []string) (files, rest []string, err error) {
	for i, a := range args {
		if a == "--" {
			rest = args[i+1:]
			args = args[:i]
			break
		}
	}
	args = splitAttached(args)
	for {
		if err := fs.Parse(args); err != nil {
			return nil, nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, rest, nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// splitAttached turns erlc's attached forms -Idir and -DNAME=V into -I dir and -D NAME=V.
func splitAttached(args []string) []string {
	out := make([]string, 0, len(args))
	for _, a := range args {
		if len(a) > 2 && (strings.HasPrefix(a, "-I") || strings.HasPrefix(a, "-D")) && a[2] != '=' {
			out = append(out, a[:2], a[2:])
			continue
		}
		out = append(out, a)
	}
	return out
}
