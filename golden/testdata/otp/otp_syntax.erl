-module(otp_syntax).
-export([main/0]).

%% OTP's tools over Erlang code, translated to Go: erl_scan and erl_parse
%% read expressions, erl_eval runs them (erl_pp, which would print them
%% back, needs io_lib's write_atom_as_latin1/1 and friends, not in rt yet);
%% syntax_tools builds and prints a function; cerl builds Core Erlang;
%% prettypr fills a paragraph.
%%
%% otp: stdlib-4.2/src/erl_scan.erl stdlib-4.2/src/erl_parse.erl stdlib-4.2/src/erl_anno.erl
%% otp: stdlib-4.2/src/erl_features.erl stdlib-4.2/src/erl_eval.erl stdlib-4.2/src/erl_lint.erl
%% otp: stdlib-4.2/src/otp_internal.erl stdlib-4.2/src/sofs.erl stdlib-4.2/src/erl_bits.erl
%% otp: stdlib-4.2/src/epp.erl stdlib-4.2/src/erl_internal.erl stdlib-4.2/src/eval_bits.erl
%% otp: syntax_tools-3.0/src/erl_syntax.erl syntax_tools-3.0/src/erl_syntax_lib.erl
%% otp: syntax_tools-3.0/src/erl_prettypr.erl syntax_tools-3.0/src/prettypr.erl
%% otp: compiler-8.2.3/src/cerl.erl compiler-8.2.3/src/cerl_trees.erl

%% On BEAM the boot records the features the command line enables; an
%% erl2go program has no such flags, so it records that none is.
init_features() ->
    persistent_term:put({erl_features, enabled_features}, []),
    persistent_term:put({erl_features, keywords}, []),
    persistent_term:put({erl_features, init_done}, true).

eval(Src) ->
    {ok, Toks, End} = erl_scan:string(Src, {1, 1}),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    io:format("~p tokens, ending at ~p~n", [length(Toks), End]),
    {value, V, Bs} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    %% A fun prints with an index and a hash of its module's code.
    Shown = [{Name, Val} || {Name, Val} <- erl_eval:bindings(Bs), not is_function(Val)],
    io:format("~p~n~p~n", [V, lists:sort(Shown)]).

%% erl_eval over most of the language. (Not receive, which it leaves to
%% prim_eval, nor errors it raises itself, for which it asks process_info/2
%% for the current_stacktrace: rt has neither yet.)
more() ->
    ["B = << <<(C + 1)>> || <<C>> <= <<\"HAL\">> >>, {B, [X || <<X:4>> <= <<16#AB, 16#CD>>]}.",
     "<<A:3, B:5/signed, R/binary>> = <<255, 1, 2>>, {A, B, R}.",
     "F = fun(X) -> fun(Y) -> X * Y end end, G = F(6), lists:map(G, [1, 2, 3]).",
     "{[1,2,3] ++ [4], [1,2,3,2] -- [2], 1 bsl 100, -7 div 2, -7 rem 2, 7 / 2, 2.0e10 * 3}.",
     "try throw(oops) catch throw:T -> {caught, T} after ok end.",
     "case {1, a, \"s\"} of {N, A, S} when is_integer(N), is_atom(A) andalso is_list(S) -> ok; _ -> no end.",
     "[{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2].",
     "M = #{a => 1, b => 2}, M2 = M#{a := 10, c => 3}, #{c := C} = M2, {maps:to_list(M2), C}.",
     "lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, lists:seq(1, 20)).",
     "if 1 > 2 -> a; true -> b end.",
     "fun F(0, Acc) -> Acc; F(N, Acc) -> F(N - 1, [N | Acc]) end(5, []).",
     "string:join([atom_to_list(A) || A <- [x, y, z]], \"-\").",
     "lists:sort(fun(A, B) -> A >= B end, [3, 1, 2])."].

scan_errors() ->
    io:format("~p~n", [erl_scan:string("X = \"open", 1)]),
    io:format("~p~n", [erl_scan:string("A = 16#1G", 1)]),
    {ok, Toks, _} = erl_scan:string("f(X) -> X +.", 1),
    io:format("~p~n", [erl_parse:parse_form(Toks)]).

syntax_tree() ->
    T = erl_syntax:abstract({config, [1, 2.5, "str", <<"bin">>], #{k => v}, -3}),
    io:format("~s~n", [erl_prettypr:format(T, [{encoding, utf8}])]),
    V = fun erl_syntax:variable/1,
    F = erl_syntax:function(erl_syntax:atom(add),
          [erl_syntax:clause([V('A'), V('B')],
                             [[erl_syntax:infix_expr(V('A'), erl_syntax:operator('>'), erl_syntax:integer(0))]],
                             [erl_syntax:infix_expr(V('A'), erl_syntax:operator('+'), V('B'))]),
           erl_syntax:clause([erl_syntax:underscore(), V('B')], none, [V('B')])]),
    io:format("~s~n", [erl_prettypr:format(F, [{paper, 40}, {ribbon, 30}, {encoding, utf8}])]),
    io:format("~p ~p~n", [erl_syntax:type(F), lists:sort(sets:to_list(erl_syntax_lib:variables(F)))]),
    io:format("~p~n", [erl_syntax:revert(F)]).

core() ->
    C = cerl:c_let([cerl:c_var('X')], cerl:c_int(42), cerl:c_tuple([cerl:c_var('X'), cerl:c_atom(ok)])),
    io:format("~p ~p ~p~n", [cerl:type(C), cerl_trees:size(C), cerl_trees:depth(C)]),
    io:format("~p~n", [cerl:concrete(cerl:c_tuple([cerl:c_int(1), cerl:c_atom(a), cerl:c_nil()]))]),
    io:format("~p~n", [cerl_trees:free_variables(cerl:c_fun([cerl:c_var('Y')], cerl:c_cons(cerl:c_var('Y'), cerl:c_var('Z'))))]).

paragraph() ->
    Words = string:lexemes("the quick brown fox jumps over the lazy dog again and again", " "),
    io:format("~s~n", [prettypr:format(prettypr:par([prettypr:text(W) || W <- Words], 2), 20)]).

main() ->
    init_features(),
    eval("Xs = [A + 1 || A <- lists:seq(1, 10), A rem 2 =:= 0], "
         "case Xs of [H | _] when H > 2 -> {ok, H, <<\"bin\", 7:3>>}; _ -> none end."),
    eval("F = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end, M = #{a => F(25)}, "
         "try maps:get(b, M) catch error:{badkey, K} -> {missing, K, maps:get(a, M)} end."),
    [eval(E) || E <- more()],
    scan_errors(),
    syntax_tree(),
    core(),
    paragraph().
