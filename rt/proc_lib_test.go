package rt

import (
	"strings"
	"testing"
)

// crash_t:run() -> exit(boom).
func init() {
	RegisterModule("crash_t", Export("run", 0, func(p *Process) Term { Exit(Intern("boom")); return nil }))
}

// A process started with proc_lib:spawn/3 that exits abnormally logs a
// CRASH REPORT laid out as BEAM's default handler prints it, with a fixed
// time in UTC (erl, OTP 25: logger:set_primary_config(metadata, #{time =>
// 1764115200000000}), update_formatter_config(default, #{time_offset =>
// "Z"}), then proc_lib:spawn(crash_t, run, [])); a normal exit logs
// nothing, and custom handlers see the report as a map.
func TestProcLibCrashReport(t *testing.T) {
	buf := quietStdout(t)
	p := NewProcess()
	LoggerSetPrimaryConfig2(p, atomMetadata, NewMap(atomTime, BoxInt(1764115200000000)))
	LoggerUpdateFormatterConfig2(p, atomDefault, NewMap(atomTimeOff, Str("Z")))
	t.Cleanup(func() {
		LoggerSetPrimaryConfig2(p, atomMetadata, EmptyMap)
		LoggerUpdateFormatterConfig2(p, atomDefault, NewMap(atomTimeOff, Str("")))
	})
	wait := func(pid Term) Term {
		ref := p.Monitor(pid.(Pid))
		msg, _ := p.Receive(nil, func(t Term) bool { return isDown(t, ref) })
		return msg.(*Tuple).Elems[4]
	}
	pid := ProcLibSpawn3(p, Intern("crash_t"), Intern("run"), Nil{})
	if r := wait(pid); r != Term(Intern("boom")) {
		t.Fatalf("exit reason %s, want boom", Format(r))
	}
	Flush()
	want := []string{
		"=CRASH REPORT==== 26-Nov-2025::00:00:00.000000 UTC ===",
		"  crasher:",
		"    initial call: crash_t:run/0",
		"    pid: " + Format(pid),
		"    registered_name: []",
		"    exception exit: boom",
		"    ancestors: [" + Format(p.self) + "]",
		"    message_queue_len: 0",
		"    messages: []",
		"    links: []",
		"    dictionary: []",
		"    trap_exit: false",
		"    status: running",
		"  neighbours:",
	}
	got := buf.String()
	for _, line := range want {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("report lacks %q:\n%s", line, got)
		}
	}
	buf.Reset()
	wait(ProcLibSpawn1(p, NewFun(Intern("crash_t"), 0, 0, 0, nil, func(*Process) Term { return Ok })))
	Flush()
	if buf.Len() != 0 {
		t.Errorf("a normal exit logged:\n%s", buf.String())
	}
}

// TestProcLibDictionary: proc_lib's processes start in proc_lib:init_p and
// carry '$initial_call' and '$ancestors' (the spawner by its registered
// name) in their dictionary, as on BEAM:
//
//	register(top, self()), {ok, P} = gen_server:start(gs_counter, 0, []),
//	process_info(P, [initial_call, dictionary])
//	[{initial_call,{proc_lib,init_p,5}},
//	 {dictionary,[{'$initial_call',{gs_counter,init,1}},{'$ancestors',[top]}]}]
func TestProcLibDictionary(t *testing.T) {
	quietStdout(t)
	p := NewProcess()
	Register(Intern("pl_dict_top"), p.self)
	defer Unregister(Intern("pl_dict_top"))
	pid := GenServerStart3(p, Intern("gs_counter"), BoxInt(0), Nil{}).(*Tuple).Elems[1]
	got := Format(ErlangProcessInfo2(p, pid, List(atomInitialCall, atomDictionary)))
	want := "[{initial_call,{proc_lib,init_p,5}},{dictionary,[{'$initial_call',{gs_counter,init,1}},{'$ancestors',[pl_dict_top]}]}]"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}
