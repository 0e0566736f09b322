-module(b_json).
-export([main/0]).

%% A JSON encoder and decoder written by hand over binaries: objects are
%% maps with binary keys, arrays lists, strings binaries; numbers, true,
%% false and null. Escapes, \u sequences (with surrogate pairs), nesting,
%% errors reported with their byte offset, and a round trip.

encode(null) -> <<"null">>;
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(N) when is_integer(N) -> integer_to_binary(N);
encode(F) when is_float(F) -> float_to_binary(F, [short]);
encode(B) when is_binary(B) -> [$", escape(B), $"];
encode(A) when is_atom(A) -> encode(atom_to_binary(A));
encode(L) when is_list(L) -> [$[, lists:join($,, [encode(X) || X <- L]), $]];
encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    [${, lists:join($,, Pairs), $}].

escape(B) -> [esc(C) || <<C/utf8>> <= B].

esc($") -> <<"\\\"">>;
esc($\\) -> <<"\\\\">>;
esc($\n) -> <<"\\n">>;
esc($\t) -> <<"\\t">>;
esc(C) when C < 16#20 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> <<C/utf8>>.

decode(Bin) ->
    try
        {V, Rest} = value(skip(Bin)),
        case skip(Rest) of
            <<>> -> {ok, V};
            Trailing -> {error, {trailing, byte_size(Bin) - byte_size(Trailing)}}
        end
    catch
        throw:{bad, Where} -> {error, {syntax, byte_size(Bin) - byte_size(Where)}}
    end.

skip(<<C, Rest/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> skip(Rest);
skip(B) -> B.

value(<<"null", R/binary>>) -> {null, R};
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<$", R/binary>>) -> string(R, []);
value(<<$[, R/binary>>) -> array(skip(R), []);
value(<<${, R/binary>>) -> object(skip(R), #{});
value(<<C, _/binary>> = B) when C =:= $-; C >= $0, C =< $9 -> number(B);
value(B) -> throw({bad, B}).

string(<<$", R/binary>>, Acc) -> {unicode:characters_to_binary(lists:reverse(Acc)), R};
string(<<$\\, $u, H:4/binary, R/binary>>, Acc) ->
    case {binary_to_integer(H, 16), R} of
        {Hi, <<$\\, $u, L:4/binary, R1/binary>>} when Hi >= 16#D800, Hi =< 16#DBFF ->
            Lo = binary_to_integer(L, 16),
            string(R1, [16#10000 + ((Hi - 16#D800) bsl 10) + (Lo - 16#DC00) | Acc]);
        {C, _} ->
            string(R, [C | Acc])
    end;
string(<<$\\, C, R/binary>>, Acc) ->
    E = case C of $n -> $\n; $t -> $\t; $r -> $\r; $b -> $\b; $f -> $\f; $/ -> $/; $\\ -> $\\; $" -> $" end,
    string(R, [E | Acc]);
string(<<C/utf8, R/binary>>, Acc) -> string(R, [C | Acc]);
string(B, _) -> throw({bad, B}).

array(<<$], R/binary>>, []) -> {[], R};
array(B, Acc) ->
    {V, R} = value(skip(B)),
    case skip(R) of
        <<$,, R1/binary>> -> array(skip(R1), [V | Acc]);
        <<$], R1/binary>> -> {lists:reverse([V | Acc]), R1};
        Bad -> throw({bad, Bad})
    end.

object(<<$}, R/binary>>, M) when map_size(M) =:= 0 -> {M, R};
object(<<$", B/binary>>, M) ->
    {K, R} = string(B, []),
    case skip(R) of
        <<$:, R1/binary>> ->
            {V, R2} = value(skip(R1)),
            case skip(R2) of
                <<$,, R3/binary>> -> object(skip(R3), M#{K => V});
                <<$}, R3/binary>> -> {M#{K => V}, R3};
                Bad -> throw({bad, Bad})
            end;
        Bad -> throw({bad, Bad})
    end;
object(B, _) -> throw({bad, B}).

number(B) ->
    {Num, R} = take_num(B, []),
    S = lists:reverse(Num),
    V = case lists:any(fun(C) -> C =:= $. orelse C =:= $e orelse C =:= $E end, S) of
            true -> list_to_float(fix_float(S));
            false -> list_to_integer(S)
        end,
    {V, R}.

take_num(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $+; C =:= $.; C =:= $e; C =:= $E ->
    take_num(R, [C | Acc]);
take_num(R, Acc) -> {Acc, R}.

%% Erlang wants digits on both sides of the point: 1e5 -> 1.0e5.
fix_float(S) ->
    case lists:member($., S) of
        true -> S;
        false ->
            {M, E} = lists:splitwith(fun(C) -> C =/= $e andalso C =/= $E end, S),
            M ++ ".0" ++ E
    end.

main() ->
    Doc = #{<<"name">> => <<"Widget \"Pro\"">>, <<"price">> => 12.5, <<"tags">> => [<<"a">>, <<"b\nc">>],
            <<"stock">> => #{<<"warehouse">> => 120, <<"shop">> => 0}, <<"active">> => true,
            <<"notes">> => null, <<"ratio">> => 1.0e-7, <<"unicode">> => <<"naïve ☃"/utf8>>},
    Json = iolist_to_binary(encode(Doc)),
    io:format("~s~n", [Json]),
    io:format("~w bytes, round trip ~w~n", [byte_size(Json), decode(Json) =:= {ok, Doc}]),
    Inputs = [<<"[1, 2.5, -3, 1e3, 2E-2, true, false, null]">>,
              <<" { \"a\" : [ ] , \"b\" : { } , \"c\": [[[]]] } ">>,
              <<"\"esc: \\\" \\\\ \\/ \\t \\u00e9 \\ud83d\\ude00\"">>,
              <<"[1, 2,]">>, <<"{\"a\" 1}">>, <<"[1] x">>, <<"tru">>, <<"\"unterminated">>],
    lists:foreach(fun(In) -> io:format("~s~n  -> ~w~n", [In, decode(In)]) end, Inputs),
    {ok, Str} = decode(lists:nth(3, Inputs)),
    io:format("decoded string: ~w chars ~ts~n", [string:length(Str), Str]),
    Deep = lists:foldl(fun(I, Acc) -> #{integer_to_binary(I) => Acc} end, [], lists:seq(1, 12)),
    DeepJson = iolist_to_binary(encode(Deep)),
    io:format("deep: ~s ok=~w~n", [DeepJson, decode(DeepJson) =:= {ok, Deep}]),
    Big = [#{<<"id">> => I, <<"sq">> => I * I, <<"half">> => I / 2} || I <- lists:seq(1, 200)],
    BigJson = iolist_to_binary(encode(Big)),
    {ok, Back} = decode(BigJson),
    io:format("big: ~w bytes, ~w items, sum of sq ~w, equal ~w~n",
              [byte_size(BigJson), length(Back), lists:sum([maps:get(<<"sq">>, M) || M <- Back]), Back =:= Big]),
    io:format("control chars: ~s~n", [iolist_to_binary(encode(<<1, 31, "ok">>))]),
    ok.
