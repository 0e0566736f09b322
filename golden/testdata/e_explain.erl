%% Error explanations as BEAM prints them: a table-driven checker runs
%% calls that go wrong (BIFs, stdlib functions, ets, io, a module's own
%% error_info) and prints each with erl_error:format_exception/3,4, which
%% says which argument was wrong and why ("*** argument 1: out of range").
-module(e_explain).
-export([main/0, format_error/2]).

id(X) -> X.

%% The checks: what each shows, and the call that fails.
checks() ->
    [{"tuple index", fun() -> element(id(5), id({a, b})) end},
     {"index and tuple", fun() -> setelement(id(x), id([a]), v) end},
     {"atom from a string", fun() -> list_to_atom(id([$a | b])) end},
     {"binary to atom", fun() -> binary_to_atom(id(<<"k">>), id(ascii)) end},
     {"existing atom", fun() -> binary_to_existing_atom(id(<<"e_explain_no_such_atom">>)) end},
     {"integer base", fun() -> integer_to_list(id(255), id(37)) end},
     {"integer text", fun() -> list_to_integer(id("12ab"), id(10)) end},
     {"binary text", fun() -> binary_to_integer(id(<<"0x1F">>)) end},
     {"tuple to list", fun() -> tuple_to_list(id([1, 2])) end},
     {"list to tuple", fun() -> list_to_tuple(id([a | b])) end},
     {"head of empty", fun() -> hd(id([])) end},
     {"length of improper", fun() -> length(id([a, b | c])) end},
     {"abs of atom", fun() -> abs(id(minus)) end},
     {"binary part", fun() -> binary_part(id(<<"header">>), id(2), id(9)) end},
     {"binary part tuple", fun() -> binary_part(id(<<"header">>), id({9, 1})) end},
     {"byte size", fun() -> byte_size(id("text")) end},
     {"iolist", fun() -> iolist_to_binary(id([<<"ok">>, 256])) end},
     {"term from bytes", fun() -> binary_to_term(id(<<131, 200>>)) end},
     {"make tuple", fun() -> erlang:make_tuple(id(-2), x) end},
     {"append element", fun() -> erlang:append_element(id([]), x) end},
     {"send to a name", fun() -> id(e_explain_nobody) ! ping end},
     {"register undefined", fun() -> register(id(undefined), self()) end},
     {"whereis", fun() -> whereis(id("name")) end},
     {"link", fun() -> link(id(self_pid)) end},
     {"monitor type", fun() -> monitor(id(thread), self()) end},
     {"spawn", fun() -> spawn(id(mod), id(start), id(noargs)) end},
     {"apply", fun() -> apply(id(mod), id("fun"), []) end},
     {"map get", fun() -> map_get(id(port), id(#{host => "h"})) end},
     {"maps get", fun() -> maps:get(id(port), id([{port, 80}])) end},
     {"maps put", fun() -> maps:put(k, v, id(undefined)) end},
     {"maps update", fun() -> maps:update(id(k), v, id(#{})) end},
     {"maps fold", fun() -> maps:fold(id(sum), 0, id(nomap)) end},
     {"lists seq", fun() -> lists:seq(id(10), id(1), id(1)) end},
     {"lists keyfind", fun() -> lists:keyfind(k, id(0), []) end},
     {"lists member", fun() -> lists:member(x, id(notalist)) end},
     {"lists nth", fun() -> lists:nth(id(3), [a]) end},
     {"lists sum", fun() -> lists:sum(id([1, two, 3])) end},
     {"list append", fun() -> id(tail) ++ [a] end},
     {"arithmetic", fun() -> id(3) * id(four) end},
     {"ets lookup", fun() -> ets:lookup(id(e_explain_no_table), k) end},
     {"ets insert", fun() -> ets:insert(table(), id([{}])) end},
     {"ets counter", fun() -> ets:insert(table(), {k, 1}), ets:update_counter(table(), k, {1, 1}) end},
     {"ets element", fun() -> ets:lookup_element(table(), id(nokey), 2) end},
     {"ets name", fun() -> ets:new(id("tab"), [set]) end},
     {"binary split", fun() -> binary:split(id("a,b"), <<",">>) end},
     {"binary first", fun() -> binary:first(id(<<>>)) end},
     {"regexp", fun() -> re:run("abc", id("a(b")) end},
     {"regexp options", fun() -> re:run("abc", "b", id([no_such_option])) end},
     {"unicode", fun() -> unicode:characters_to_list(id({text})) end},
     {"format arguments", fun() -> io:format(id("~s and ~s~n"), [one]) end},
     {"format control", fun() -> io:format(id("~q~n"), [x]) end},
     {"format types", fun() -> io:format(id("~f ~w~n"), [1, x]) end},
     {"put chars", fun() -> io:put_chars(id(chars)) end},
     {"math domain", fun() -> math:sqrt(id(-4)) end},
     {"own error_info", fun() -> check_port(id(99999)) end},
     {"function clause", fun() -> parse_flag(id("--verbose")) end},
     {"undefined function", fun() -> (id(e_explain_nomod)):start([]) end},
     {"bad arity", fun() -> (id(fun(A, B) -> A + B end))(1) end},
     {"long arguments", fun() -> element(id(99), id(list_to_tuple(lists:seq(1, 40)))) end},
     {"exit", fun() -> exit(id({shutdown, config_missing})) end},
     {"throw", fun() -> throw(id({not_found, "settings.cfg"})) end}].

%% A named table, made on first use.
table() ->
    case ets:whereis(e_explain_tab) of
        undefined -> ets:new(e_explain_tab, [named_table, public]);
        _ -> e_explain_tab
    end.

parse_flag("-v") -> verbose;
parse_flag("-q") -> quiet.

%% A function that raises with error_info naming this module: erl_error
%% calls format_error/2 below to explain it.
check_port(N) when is_integer(N), N > 0, N < 65536 -> N;
check_port(N) -> erlang:error(badarg, [N], [{error_info, #{module => ?MODULE, cause => range}}]).

format_error(badarg, [{?MODULE, check_port, [N], Info} | _]) ->
    {error_info, #{cause := Cause}} = lists:keyfind(error_info, 1, Info),
    #{1 => io_lib:format("~w is not a port number (~w)", [N, Cause]),
      general => "ports are 1 through 65535",
      reason => "invalid port"}.

%% Leave out the frames of this checker and the shell's below the call.
trim(?MODULE, F, _A) ->
    lists:member(F, [run, main]) orelse lists:prefix("-checks/0-fun-", atom_to_list(F));
trim(M, _F, _A) ->
    lists:member(M, [erl_eval, init]).

run([]) -> ok;
run([{What, F} | Rest]) ->
    try F() of
        V -> io:format("~s: returned ~p~n", [What, V])
    catch
        C:R:S ->
            io:format("--- ~s~n~ts~n", [What, erl_error:format_exception(C, R, S, #{stack_trim_fun => fun trim/3})])
    end,
    run(Rest).

main() ->
    run(checks()),
    %% The three-argument form keeps every frame; the column option
    %% indents all lines but the first.
    try element(id(0), id({})) catch error:R1:S1 ->
        io:format("~ts~n", [erl_error:format_exception(error, R1, [hd(S1)])]) end,
    try split_binary(id(<<1>>), id(5)) catch error:R2:S2 ->
        io:format("    ~ts~n", [erl_error:format_exception(error, R2, [hd(S2)], #{column => 5})]) end,
    try lists:sum(id([1 | x])) catch error:R3:S3 ->
        Fmt = fun(T, _Col) -> io_lib:format("~w", [T]) end,
        io:format("~ts~n", [erl_error:format_exception(error, R3, lists:sublist(S3, 2), #{format_fun => Fmt})]) end.
