%% A JSON encoder and decoder over strings: objects become maps (keys as
%% binaries), arrays lists, strings binaries; numbers, true, false, null.
-module(a_json).
-export([main/0]).

%% ---- encoding ----

encode(null) -> "null";
encode(true) -> "true";
encode(false) -> "false";
encode(N) when is_integer(N) -> integer_to_list(N);
encode(F) when is_float(F) -> float_to_list(F, [{decimals, 6}, compact]);
encode(B) when is_binary(B) -> encode_string(binary_to_list(B));
encode(A) when is_atom(A) -> encode_string(atom_to_list(A));
encode(L) when is_list(L) ->
    "[" ++ lists:join(",", [encode(X) || X <- L]) ++ "]";
encode(M) when is_map(M) ->
    Pairs = [encode_string(key_text(K)) ++ ":" ++ encode(V)
             || {K, V} <- lists:keysort(1, maps:to_list(M))],
    "{" ++ lists:join(",", Pairs) ++ "}".

key_text(K) when is_binary(K) -> binary_to_list(K);
key_text(K) when is_atom(K) -> atom_to_list(K).

encode_string(S) -> [$" | escape(S)] ++ "\"".

escape([]) -> [];
escape([$" | T]) -> [$\\, $" | escape(T)];
escape([$\\ | T]) -> [$\\, $\\ | escape(T)];
escape([$\n | T]) -> [$\\, $n | escape(T)];
escape([$\t | T]) -> [$\\, $t | escape(T)];
escape([C | T]) when C < 32 ->
    io_lib:format("\\u~4.16.0b", [C]) ++ escape(T);
escape([C | T]) -> [C | escape(T)].

%% ---- decoding ----

decode(S) ->
    {V, Rest} = value(ws(S)),
    case ws(Rest) of
        [] -> {ok, V};
        Trailing -> {error, {trailing, Trailing}}
    end.

ws([C | T]) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> ws(T);
ws(S) -> S.

value("null" ++ T) -> {null, T};
value("true" ++ T) -> {true, T};
value("false" ++ T) -> {false, T};
value([$" | T]) -> string(T, []);
value([$[ | T]) -> array(ws(T), []);
value([${ | T]) -> object(ws(T), #{});
value([C | _] = S) when C =:= $-; C >= $0, C =< $9 -> number(S);
value(S) -> throw({bad_json, lists:sublist(S, 10)}).

string([$" | T], Acc) -> {list_to_binary(lists:reverse(Acc)), T};
string([$\\, $n | T], Acc) -> string(T, [$\n | Acc]);
string([$\\, $t | T], Acc) -> string(T, [$\t | Acc]);
string([$\\, $u, A, B, C, D | T], Acc) ->
    string(T, [list_to_integer([A, B, C, D], 16) | Acc]);
string([$\\, X | T], Acc) -> string(T, [X | Acc]);
string([X | T], Acc) -> string(T, [X | Acc]);
string([], _) -> throw(unterminated_string).

array([$] | T], Acc) -> {lists:reverse(Acc), T};
array(S, Acc) ->
    {V, Rest} = value(ws(S)),
    case ws(Rest) of
        [$, | More] -> array(ws(More), [V | Acc]);
        [$] | More] -> {lists:reverse([V | Acc]), More}
    end.

object([$} | T], Acc) -> {Acc, T};
object([$" | S], Acc) ->
    {K, R1} = string(S, []),
    [$: | R2] = ws(R1),
    {V, R3} = value(ws(R2)),
    case ws(R3) of
        [$, | More] -> object(ws(More), Acc#{K => V});
        [$} | More] -> {Acc#{K => V}, More}
    end.

number(S) ->
    {Num, Rest} = lists:splitwith(fun(C) -> lists:member(C, "-+.eE0123456789") end, S),
    IsFloat = lists:any(fun(C) -> lists:member(C, ".eE") end, Num),
    if IsFloat -> {list_to_float(Num), Rest};
       true -> {list_to_integer(Num), Rest}
    end.

%% ---- queries over decoded documents ----

path(V, []) -> V;
path(M, [K | Ks]) when is_map(M) -> path(maps:get(K, M), Ks);
path(L, [N | Ks]) when is_list(L), is_integer(N) -> path(lists:nth(N, L), Ks).

main() ->
    Doc = "{ \"name\": \"widget\", \"tags\": [\"a\", \"b\\n\", \"\\u0041\"],\n"
          "  \"price\": 12.5, \"count\": -3, \"ok\": true, \"none\": null,\n"
          "  \"dims\": {\"w\": 2, \"h\": 3.25e2, \"deep\": [[1,2],[3,[4]]]} }",
    {ok, V} = decode(Doc),
    io:format("decoded: ~p~n", [V]),
    io:format("name=~s count=~b price=~.2f h=~g~n",
              [path(V, [<<"name">>]), path(V, [<<"count">>]),
               path(V, [<<"price">>]), path(V, [<<"dims">>, <<"h">>])]),
    io:format("deep: ~w~n", [path(V, [<<"dims">>, <<"deep">>, 2, 2, 1])]),
    Enc = lists:flatten(encode(V)),
    io:format("encoded (~b chars):~n~s~n", [length(Enc), Enc]),
    {ok, V2} = decode(Enc),
    io:format("round trip equal: ~p~n", [V =:= V2]),
    Terms = [#{id => 1, tags => [x, y]}, [1, 2.0, <<"tab\there">>], <<"q\"uote">>,
             #{}, [], 0.1, -0.0, 1.0e10, <<1, 2, 31>>],
    lists:foreach(fun(T) -> io:format("~-26w => ~s~n", [T, encode(T)]) end, Terms),
    Bad = ["[1, 2", "{\"a\" 1}", "tru", "[1] x", "\"open"],
    lists:foreach(
      fun(B) ->
              R = try decode(B)
                  catch
                      throw:T -> {thrown, T};
                      error:E -> {error, element(1, E)}
                  end,
              io:format("~12p -> ~p~n", [B, R])
      end, Bad).
