%% A log analyser and a small tokenizer built on re: compiled patterns with
%% named groups, global matching, replace with group references, split
%% with trim/parts/group, unicode subjects, and the errors re reports.
-module(e_regex).
-export([main/0]).

log_lines() ->
    [<<"2024-03-01T12:00:01Z [INFO] web: GET /index.html 200 12ms from 10.0.0.7">>,
     <<"2024-03-01T12:00:02Z [WARN] db: slow query (812ms) user=alice@example.com">>,
     <<"2024-03-01T12:00:03Z [ERROR] db: connection lost code=42 host=10.0.3.99">>,
     <<"garbage line without a timestamp">>,
     <<"2024-03-01T12:00:04Z [INFO] web: POST /api/login 401 3ms from 192.168.1.20">>,
     <<"2024-03-01T12:00:05Z [ERROR] auth: too many attempts user=bob@example.org">>,
     <<"2024-03-01T12:00:06Z [DEBUG]   cache:   evicted 17 keys   ">>].

main() ->
    {ok, LineRe} = re:compile(
        "^(?<date>\\d{4}-\\d\\d-\\d\\d)T(?<time>[\\d:]+)Z\\s+"
        "\\[(?<level>[A-Z]+)\\]\\s+(?<src>\\w+):\\s*(?<msg>.*?)\\s*$"),
    io:format("groups: ~p~n", [element(2, LineRe)]),
    io:format("names: ~p~n", [re:inspect(LineRe, namelist)]),
    Parsed = [parse(L, LineRe) || L <- log_lines()],
    lists:foreach(fun print_entry/1, Parsed),
    Counts = lists:foldl(fun({ok, #{level := Lv}}, Acc) ->
                                 maps:update_with(Lv, fun(N) -> N + 1 end, 1, Acc);
                            (_, Acc) -> Acc
                         end, #{}, Parsed),
    io:format("levels: ~p~n", [lists:sort(maps:to_list(Counts))]),
    masking(),
    durations(),
    tokens(),
    splitting(),
    unicode_text(),
    errors().

parse(Line, Re) ->
    case re:run(Line, Re, [{capture, [level, src, msg, time], binary}]) of
        {match, [Level, Src, Msg, Time]} ->
            {ok, #{level => binary_to_atom(string:lowercase(Level)),
                   src => Src, msg => Msg, time => Time}};
        nomatch ->
            {bad, Line}
    end.

print_entry({ok, #{level := L, src := S, msg := M, time := T}}) ->
    io:format("~s ~-5s ~-5s ~s~n", [T, L, S, M]);
print_entry({bad, Line}) ->
    io:format("unparsed: ~p~n", [Line]).

masking() ->
    Text = "alice@example.com wrote to bob@example.org from 10.0.3.99",
    Emails = re:replace(Text, "(\\w+)@([\\w.]+)", "<\\1 at \\g{2}>", [global, {return, list}]),
    io:format("emails: ~s~n", [Emails]),
    Ips = re:replace(Text, "\\b(\\d+)\\.\\d+\\.\\d+\\.(\\d+)\\b", "\\1.x.x.\\2"),
    io:format("ips iodata: ~p~n", [Ips]),
    io:format("ips flat: ~s~n", [iolist_to_binary(Ips)]),
    io:format("amp: ~p~n", [re:replace("a-b-c", "-", "[&]", [global, {return, binary}])]),
    io:format("first only: ~p~n", [re:replace("aaa", "a", "b", [{return, list}])]),
    io:format("no match: ~p~n", [re:replace("xyz", "q", "r")]),
    io:format("squeeze: ~p~n", [re:replace("  too   many    spaces ", "\\s+", " ",
                                           [global, {return, list}])]).

durations() ->
    Lines = [L || L <- log_lines()],
    Ms = lists:append([[binary_to_integer(D) || [D] <- Ds]
                       || L <- Lines,
                          {match, Ds} <- [re:run(L, "(\\d+)ms\\b",
                                                 [global, {capture, all_but_first, binary}])]]),
    io:format("durations: ~w total ~w~n", [Ms, lists:sum(Ms)]).

tokens() ->
    Src = "let x1 = 3.25 * (y + 42) - foo_bar/7 ; # done",
    {ok, Tok} = re:compile(
        "\\s*(?:(?<num>\\d+(?:\\.\\d+)?)|(?<id>[a-z_]\\w*)|(?<op>[-+*/=();])|(?<other>\\S))"),
    {match, Ms} = re:run(Src, Tok, [global, {capture, [num, id, op, other], list}]),
    Toks = [token(M) || M <- Ms],
    io:format("tokens: ~p~n", [Toks]),
    {match, Idx} = re:run(Src, Tok, [global, {capture, first, index}]),
    io:format("spans: ~w~n", [[S || [S] <- Idx]]),
    io:format("empty matches: ~w~n", [re:run("ab", "x*", [global])]),
    io:format("lazy: ~p~n", [re:run("<<a>><<b>>", "<<(.+?)>>",
                                    [global, {capture, all_but_first, list}])]).

token([N, [], [], []]) -> {num, N};
token([[], I, [], []]) -> {id, list_to_atom(I)};
token([[], [], O, []]) -> {op, list_to_atom(O)};
token([[], [], [], X]) -> {other, X}.

splitting() ->
    Csv = "name, age ,city,,",
    io:format("split: ~p~n", [re:split(Csv, "\\s*,\\s*", [{return, list}])]),
    io:format("trim: ~p~n", [re:split(Csv, "\\s*,\\s*", [{return, list}, trim])]),
    io:format("parts: ~p~n", [re:split(Csv, ",", [{return, list}, {parts, 2}])]),
    io:format("binary: ~p~n", [re:split(<<"k1=v1;k2=v2">>, "[=;]")]),
    io:format("group: ~p~n", [re:split("a1b22c", "(\\d+)", [{return, list}, group])]),
    io:format("chars: ~p~n", [re:split("abc", "", [{return, list}])]),
    Pairs = [list_to_tuple(re:split(P, "=", [{return, list}]))
             || P <- re:split("host=db;port=5432;user=admin", ";", [{return, list}])],
    io:format("pairs: ~p~n", [Pairs]).

unicode_text() ->
    Text = "na\x{ef}ve caf\x{e9} \x{2014} \x{65e5}\x{672c}\x{8a9e} r\x{e9}sum\x{e9}",
    {match, Words} = re:run(Text, "[^\\s\x{2014}]+",
                            [unicode, global, {capture, first, list}]),
    io:format("words: ~w~n", [[W || [W] <- Words]]),
    io:format("index: ~w~n", [re:run(Text, "caf.", [unicode])]),
    io:format("bytes: ~w~n", [re:run(Text, "\x{65e5}.", [unicode, {capture, all, binary}])]),
    Up = re:replace(Text, "\x{e9}", "E", [unicode, global, {return, list}]),
    io:format("replaced: ~w~n", [Up]),
    io:format("caseless: ~w~n", [re:run("\x{c9}T\x{c9}", "\x{e9}t\x{e9}", [unicode, caseless])]),
    io:format("split: ~w~n", [re:split("x\x{2014}y", "\x{2014}", [unicode])]).

errors() ->
    lists:foreach(fun(P) -> io:format("compile ~s: ~p~n", [P, compile_result(re:compile(P))]) end,
                  ["a(b", "[z-a]", "x**", "(?<n>a)(?<n>b)", "ok+"]),
    io:format("report: ~p~n", [re:run("abc", "a)", [report_errors])]),
    io:format("badarg: ~p~n", [reason(fun() -> re:run("abc", "(") end)]),
    io:format("bad option: ~p~n", [reason(fun() -> re:split("a,b", ",", [global]) end)]),
    io:format("bad subject: ~p~n", [reason(fun() -> re:run(an_atom, "a") end)]),
    io:format("bad replacement: ~p~n", [reason(fun() -> re:replace("a", "a", "\\g{1") end)]),
    io:format("anchored: ~p ~p~n", [re:run("xab", "ab", [anchored]),
                                    re:run("xab", "ab", [{offset, 1}, anchored])]),
    io:format("multiline: ~p~n", [re:run("one\ntwo\nthree", "^t\\w+$",
                                         [multiline, global, {capture, all, list}])]).

compile_result({ok, {re_pattern, Groups, Unicode, _, _}}) -> {ok, Groups, Unicode};
compile_result(Error) -> Error.

reason(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R -> {C, R}
    end.
