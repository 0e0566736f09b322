package rt

import (
	"os"
	"strconv"
	"testing"
)

// The os module against what BEAM answers for the same calls (recorded
// by hand from erl, OTP 25): values that do not depend on the machine.
func TestOsModule(t *testing.T) {
	cases := []struct{ expr, want string }{
		{`os:putenv("RT_OS_TEST_A", "v1")`, `true`},
		{`os:getenv("RT_OS_TEST_A")`, `[118,49]`},
		{`os:getenv("RT_OS_TEST_UNSET", def)`, `def`},
		{`os:getenv("RT_OS_TEST_UNSET")`, `false`},
		{`os:unsetenv("RT_OS_TEST_A")`, `true`},
		{`os:getenv("RT_OS_TEST_A")`, `false`},
		{`os:putenv("", "x")`, `true`},
		{`os:putenv("A=B", "1")`, `error:badarg`},
		{`os:putenv("A", 1)`, `error:badarg`},
		{`os:getenv(foo)`, `error:badarg`},
		{`os:unsetenv(1)`, `error:badarg`},
		{`os:type()`, `{unix,linux}`},
		{`os:cmd("echo hi; echo there")`, `[104,105,10,116,104,101,114,101,10]`},
		{`os:cmd(["ec", "ho ", "x"])`, `[120,10]`},
		{`os:cmd("exit 3")`, `[]`},
		{`os:cmd(<<"ls">>)`, `error:badarg`},
		{`os:cmd("echo 0123456789", #{max_size => 3})`, `[48,49,50]`},
		{`os:find_executable("rt_os_no_such_tool")`, `false`},
		{`os:find_executable("sh", "/nonexistent:/bin")`, `[47,98,105,110,47,115,104]`},
		{`erlang:convert_time_unit(1, second, perf_counter)`, `1000000000`},
	}
	for _, c := range cases {
		if got := evalForTest(c.expr); got != c.want {
			t.Errorf("%s: got %s, want %s", c.expr, got, c.want)
		}
	}
	if got := evalForTest(`os:getpid()`); got != Format(Str(strconv.Itoa(os.Getpid()))) {
		t.Errorf("os:getpid() = %s", got)
	}
}
