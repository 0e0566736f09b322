package rt

import (
	"errors"
	"os"
	"os/exec"
	"strings"
)

// The parts of eunit_lib and eunit_proc that eunit.hrl's macros call:
// eunit_lib:command/1,2,3 behind ?cmd and ?assertCmd..., and
// eunit_proc:get_output/0 behind ?capturedOutput.

// EunitLibCommand3 is eunit_lib:command(Cmd, Dir, Env): it runs Cmd as
// open_port({spawn, Cmd}) does, in Dir unless it is "",
// with the {Name, Value} pairs of Env added to the environment, standard
// error merged into standard output, and returns {ExitStatus, Output}
// with \r\n and \r made \n.
func EunitLibCommand3(p *Process, cmd, dir, env Term) Term {
	c, ok := shellCommand(cmd, dir, env)
	if !ok {
		return Badarg()
	}
	out, err := c.CombinedOutput()
	status := 0
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			Error(NewTuple(Intern("command_failed"), Str(err.Error())))
		}
		status = exit.ExitCode()
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(out), "\r\n", "\n"), "\r", "\n")
	return NewTuple(BoxInt(Int(status)), latin1List(text))
}

// EunitLibCommand2 is eunit_lib:command(Cmd, Dir).
func EunitLibCommand2(p *Process, cmd, dir Term) Term { return EunitLibCommand3(p, cmd, dir, Nil{}) }

// EunitLibCommand1 is eunit_lib:command(Cmd).
func EunitLibCommand1(p *Process, cmd Term) Term { return EunitLibCommand3(p, cmd, Nil{}, Nil{}) }

// shellCommand builds the exec.Cmd of eunit_lib:command/3.
func shellCommand(cmd, dir, env Term) (*exec.Cmd, bool) {
	line, ok1 := ListToString(cmd)
	d, ok2 := ListToString(dir)
	pairs, ok3 := ListToSlice(env)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	// erts spawns "sh -c 'exec Cmd'": a shell built-in as the first word
	// (exit 3) fails with 127, and the shell's status is the first program's.
	c := exec.Command("/bin/sh", "-c", "exec "+line)
	c.Dir = d
	c.Env = os.Environ()
	for _, pr := range pairs {
		t, ok := pr.(*Tuple)
		if !ok || len(t.Elems) != 2 {
			return nil, false
		}
		k, ok1 := ListToString(t.Elems[0])
		v, ok2 := ListToString(t.Elems[1])
		if !ok1 || !ok2 {
			return nil, false
		}
		c.Env = append(c.Env, k+"="+v)
	}
	return c, true
}

// latin1List is the list of the bytes of s, as a port delivers them.
func latin1List(s string) Term {
	elems := make([]Term, len(s))
	for i := 0; i < len(s); i++ {
		elems[i] = BoxInt(Int(s[i]))
	}
	return List(elems...)
}

// EunitProcGetOutput is eunit_proc:get_output(): what the running test
// has written to standard output so far, as a string.
func EunitProcGetOutput(p *Process) Term {
	ioMu.Lock()
	defer ioMu.Unlock()
	if current == nil {
		return Nil{}
	}
	Stdout.Flush()
	return Str(capturedText(current.buf.Bytes()))
}

// EunitProcUnderEunit is erl2go's eunit_proc:under_eunit(): whether a test
// is running. Our eunit.hrl's ?UNDER_EUNIT calls it where OTP's asks
// process_info about the group leader.
func EunitProcUnderEunit(p *Process) Term {
	ioMu.Lock()
	defer ioMu.Unlock()
	return Bool(current != nil)
}

func init() {
	RegisterModule("eunit_lib", Export("command", 1, EunitLibCommand1),
		Export("command", 2, EunitLibCommand2), Export("command", 3, EunitLibCommand3))
	RegisterModule("eunit_proc", Export("get_output", 0, EunitProcGetOutput),
		Export("under_eunit", 0, EunitProcUnderEunit))
}
