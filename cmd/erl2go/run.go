package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
)

func init() {
	commands = append(commands, &command{
		name:  "run",
		usage: "run [-otp] [-I DIR]... [-D NAME[=VALUE]]... FILE... [-- ARGS...]",
		run:   runRun,
	})
}

// runRun builds the program (or finds it in the cache) and runs it with the
// arguments after --, passing on its exit status.
func runRun(args []string) int {
	fs := newFlagSet("run", "run [flags] FILE... [-- ARGS...]")
	var front frontFlags
	front.register(fs)
	front.registerOTP(fs)
	files, rest, err := parseFlags(fs, args)
	if err != nil || len(files) == 0 {
		if err != nil {
			fmt.Fprintf(os.Stderr, "erl2go run: %v\n", err)
		}
		fs.Usage()
		return 2
	}
	bin, status := buildProgram(front, files)
	if status != 0 {
		return status
	}
	cmd := exec.Command(bin, rest...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintf(os.Stderr, "erl2go run: %v\n", err)
		return 1
	}
	return 0
}
