%% The maybe expression (OTP 25, feature maybe_expr): a configuration
%% loader that validates key=value lines, chaining ?= matches that
%% short-circuit on the first value that does not match, with and without
%% else clauses, else_clause errors, plain expressions and bindings in the
%% body, nesting, and maybe in tail position of a loop.
-module(a_maybe).
-feature(maybe_expr, enable).
-export([main/0]).

parse_line(Line) ->
    maybe
        [K, V] ?= string:split(Line, "="),
        Key = string:trim(K),
        true ?= Key =/= "",
        {ok, Value} ?= parse_value(string:trim(V)),
        {ok, {list_to_atom(Key), Value}}
    else
        [_] -> {error, {no_equals, Line}};
        false -> {error, empty_key};
        {error, _} = E -> E
    end.

parse_value("true") -> {ok, true};
parse_value("false") -> {ok, false};
parse_value([$" | Rest]) ->
    case lists:reverse(Rest) of
        [$" | R] -> {ok, lists:reverse(R)};
        _ -> {error, unterminated}
    end;
parse_value(S) ->
    case string:to_integer(S) of
        {N, ""} -> {ok, N};
        _ ->
            case lists:member($., S) of
                true -> {ok, S};
                false -> {error, {bad_value, S}}
            end
    end.

%% Without else: the unmatched value is the result.
port(Config) ->
    maybe
        {ok, P} ?= find(port, Config),
        true ?= is_integer(P) andalso P > 0 andalso P < 65536,
        {ok, P}
    end.

find(K, Config) ->
    case lists:keyfind(K, 1, Config) of
        {K, V} -> {ok, V};
        false -> {missing, K}
    end.

%% Nested maybe: the inner one's value feeds the outer ?=.
endpoint(Config) ->
    maybe
        {ok, Host} ?= find(host, Config),
        {ok, Port} ?= maybe
                          {ok, P} ?= port(Config),
                          {ok, P}
                      else
                          {missing, port} -> {ok, 80};
                          false -> {error, bad_port}
                      end,
        Secure = lists:member({tls, true}, Config),
        Scheme = if Secure -> "https"; true -> "http" end,
        {ok, lists:flatten(io_lib:format("~s://~s:~b", [Scheme, Host, Port]))}
    end.

%% An else with no matching clause raises {else_clause, Value}.
strict(X) ->
    maybe
        {ok, V} ?= X,
        V
    else
        {error, R} -> {failed, R}
    end.

%% A loop whose recursive call is the last expression of a maybe body.
sum_valid([], Acc) -> {ok, Acc};
sum_valid([L | Ls], Acc) ->
    maybe
        {ok, {_, N}} ?= parse_line(L),
        true ?= is_integer(N),
        sum_valid(Ls, Acc + N)
    else
        false -> {error, not_a_number, L};
        {error, Why} -> {error, Why, L}
    end.

%% maybe in a list comprehension, in a fun, under try, and in functions
%% that tail-call each other.
doubled(Results) -> [maybe {ok, V} ?= R, V * 2 else _ -> skip end || R <- Results].

sums(Pairs) -> lists:map(fun(P) -> maybe {A, B} ?= P, A + B end end, Pairs).

guarded(X) ->
    try
        maybe
            {ok, V} ?= X,
            ok ?= positive(V),
            V
        else
            {error, _} = E -> throw(E)
        end
    catch
        throw:T -> {caught, T}
    end.

positive(V) when V > 0 -> ok;
positive(_) -> {error, not_positive}.

is_even(0) -> true;
is_even(N) -> maybe true ?= N > 0, is_odd(N - 1) else false -> {negative, N} end.
is_odd(0) -> false;
is_odd(N) -> maybe true ?= N > 0, is_even(N - 1) else false -> {negative, N} end.

main() ->
    Lines = ["host = example.org", "port=8080", "tls = true", "name = \"demo\"",
             "novalue", " = 3", "retries = three", "quote = \"open"],
    Parsed = [parse_line(L) || L <- Lines],
    [io:format("~-22s -> ~p~n", [L, P]) || {L, P} <- lists:zip(Lines, Parsed)],
    Config = [KV || {ok, KV} <- Parsed],
    io:format("config: ~p~n", [Config]),
    io:format("port: ~p ~p ~p ~p~n", [port(Config), port([]), port([{port, 70000}]), port([{port, x}])]),
    io:format("endpoint: ~p~n", [endpoint(Config)]),
    io:format("endpoint, no port: ~p~n", [endpoint([{host, "h"}])]),
    io:format("endpoint, bad port: ~p~n", [endpoint([{host, "h"}, {port, -1}])]),
    io:format("endpoint, no host: ~p~n", [endpoint([{port, 1}])]),
    io:format("strict: ~p ~p~n", [strict({ok, 1}), strict({error, boom})]),
    Err = try strict(surprise) catch error:E -> E end,
    io:format("strict surprise: ~p~n", [Err]),
    {'EXIT', {Reason, [{M, F, A, _} | _]}} = catch strict(other),
    io:format("else_clause frame: ~p in ~w:~w/~w~n", [Reason, M, F, A]),
    io:format("sum: ~p~n", [sum_valid(["a=1", "b=2", "c=39"], 0)]),
    io:format("sum: ~p~n", [sum_valid(["a=1", "b=true", "c=39"], 0)]),
    io:format("sum: ~p~n", [sum_valid(["a=1", "b", "c=39"], 0)]),
    Long = [lists:flatten(io_lib:format("k~b=~b", [I, I])) || I <- lists:seq(1, 10000)],
    io:format("long sum: ~p~n", [sum_valid(Long, 0)]),
    Plain = maybe
                X = 6,
                Y = X * 7,
                Y
            end,
    io:format("no ?= at all: ~p~n", [Plain]),
    io:format("in a comprehension: ~p, in a fun: ~p~n", [doubled([{ok, 1}, nope, {ok, 3}]), sums([{1, 2}, x, {3, 4}])]),
    io:format("under try: ~p ~p~n", [guarded({ok, 5}), guarded({ok, -1})]),
    {'EXIT', {Why, [{_, F2, A2, Loc} | _]}} = catch guarded(bad),
    io:format("under try, no else clause: ~p in ~w/~w at line ~w~n", [Why, F2, A2, proplists:get_value(line, Loc)]),
    io:format("mutual: ~p ~p ~p~n", [is_even(10), is_odd(7), is_even(100001)]).
