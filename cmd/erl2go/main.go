// Command erl2go translates Erlang modules to Go and runs them.
//
//	erl2go parse [-I DIR]... [-D NAME[=VALUE]]... [-funcs] [-dump=ast] FILE...
//
// parse preprocesses, parses and lints each file. Errors go to stderr as
// FILE:LINE:COL: message and the exit status is 1. With -funcs it prints, for
// each function definition in source order, FILE NAME/ARITY LINE.
//
// Exit status: 0 on success, 1 when an input has errors, 2 on a usage error.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// command is one subcommand: its name, a line of usage and the function that runs it
// with the arguments after the subcommand's name, returning the exit status.
type command struct {
	name  string
	usage string
	run   func(args []string) int
}

var commands []*command

// stdout and stderr are where commands write; tests replace them.
var (
	stdout io.Writer = os.Stdout
	stderr io.Writer = os.Stderr
)

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:]))
}

// tuneGC trades memory for speed, as a batch compiler can: the front end allocates
// hundreds of megabytes of short-lived parse trees per megabyte of source, and
// collecting them as they die costs more than parsing. Unless GOGC or GOMEMLIMIT is
// set, the collector waits until the heap reaches memoryLimit.
func tuneGC() {
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(memoryLimit)
	}
}

const memoryLimit = 512 << 20

func run(args []string) (status int) {
	// The one recover boundary of the tool: whatever goes wrong inside, the user
	// sees a message and an exit status, never a Go panic trace.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "erl2go: internal error: %v\n", r)
			status = 3
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage()
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:])
		}
	}
	fmt.Fprintf(os.Stderr, "erl2go: unknown command %q\n", args[0])
	usage()
	return 2
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: erl2go COMMAND [ARGS]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(os.Stderr, "  %s\n", c.usage)
	}
}
