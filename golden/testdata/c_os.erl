-module(c_os).
-export([main/0]).

%% The os module in a small deployment script: configuration from the
%% environment with defaults, a shell command's output, checks for tools.
%% Nothing that depends on the machine (pids, paths, times) is printed.

config(Name, Default) ->
    case os:getenv(Name) of
        false -> Default;
        Value -> Value
    end.

main() ->
    {Family, Name} = os:type(),
    io:format("os: ~p ~p~n", [Family, Name]),
    true = os:putenv("C_OS_PORT", "8080"),
    true = os:putenv("C_OS_NAME", "caf\x{e9}"),
    io:format("port: ~p, name: ~p~n", [config("C_OS_PORT", "80"), config("C_OS_NAME", "x")]),
    io:format("default: ~p ~p~n", [config("C_OS_UNSET_VARIABLE", "none"),
                                   os:getenv("C_OS_UNSET_VARIABLE", fallback)]),
    Env = [E || "C_OS_" ++ _ = E <- os:getenv()],
    io:format("ours: ~p~n", [lists:sort(Env)]),
    true = os:unsetenv("C_OS_PORT"),
    io:format("after unsetenv: ~p~n", [os:getenv("C_OS_PORT")]),
    io:format("cmd: ~p~n", [os:cmd("echo hello world | tr a-z A-Z")]),
    io:format("cmd lines: ~p~n", [string:split(os:cmd("printf 'a\\nb\\nc\\n'"), "\n", all)]),
    io:format("cmd deep: ~p~n", [os:cmd(["ec", "ho", [" deep"]])]),
    io:format("cmd stderr: ~p~n", [os:cmd("echo oops 1>&2")]),
    io:format("cmd status ignored: ~p~n", [os:cmd("exit 3")]),
    io:format("cmd max_size: ~p~n", [os:cmd("echo 0123456789", #{max_size => 4})]),
    io:format("sh found: ~p~n", [is_list(os:find_executable("sh"))]),
    io:format("missing tool: ~p~n", [os:find_executable("c_os_no_such_tool")]),
    io:format("sh in /bin: ~p~n", [os:find_executable("sh", "/nonexistent:/bin")]),
    Pid = os:getpid(),
    io:format("pid is digits: ~p~n", [lists:all(fun(C) -> C >= $0 andalso C =< $9 end, Pid)]),
    T0 = os:perf_counter(), T1 = os:perf_counter(),
    io:format("perf_counter monotonic: ~p~n", [T1 >= T0]),
    io:format("perf_counter units: ~p~n", [erlang:convert_time_unit(1, second, perf_counter)]),
    Ms = os:system_time(millisecond), S = os:system_time(second),
    io:format("system_time agrees: ~p~n", [abs(Ms div 1000 - S) =< 1]),
    [begin
         R = try F() catch error:Reason -> {error, Reason} end,
         io:format("~s: ~p~n", [What, R])
     end || {What, F} <- [{"getenv(atom)", fun() -> os:getenv(home) end},
                          {"putenv(A=B)", fun() -> os:putenv("A=B", "x") end},
                          {"putenv(int)", fun() -> os:putenv("A", 1) end},
                          {"cmd(binary)", fun() -> os:cmd(<<"ls">>) end}]],
    io:format("wordsize ~p, release ~p~n",
              [erlang:system_info(wordsize), erlang:system_info(otp_release)]).
