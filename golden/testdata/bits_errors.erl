%% What goes wrong with the bit syntax, caught and printed: badmatch on a
%% short binary, badarg from construction, function_clause and case_clause
%% on binaries that do not fit, and a bad generator.
-module(bits_errors).
-export([main/0]).

header(Bin) ->
    <<Type:8, Len:16, _/binary>> = Bin,
    {Type, Len}.

kind(<<1, _/binary>>) -> one;
kind(<<2, X:8>>) -> {two, X}.

classify(Bin) ->
    case Bin of
        <<"GET ", Path/binary>> -> {get, Path};
        <<"PUT ", _/binary>> -> put
    end.

build(Value, Size) -> <<Value:Size>>.

%% Every segment's value and size is evaluated before anything is built:
%% a later call runs, and its error wins over an earlier bad segment.
noisy(X) -> io:format("noisy ~p~n", [X]), X.

order(A, B) -> <<A:8, (noisy(B)):8, (B + 1):8>>.

append_order(0, Acc) -> Acc;
append_order(N, Acc) -> append_order(N - 1, <<Acc/binary, (noisy(N)):8, (N + Acc):8>>).

%% A size expression that raises makes the pattern fail, it does not raise.
scaled(N, B) ->
    case B of
        <<X:(N * 8), _/bits>> -> X;
        _ -> nomatch
    end.

%% A binary built in a guard: a bad segment makes the guard false.
tagged(N, B) when B =:= <<N:8, "!">> -> yes;
tagged(_, _) -> no.

%% A loop that carries its binary as a match context: the function_clause
%% error still reports the rest it failed on.
nibbles(<<X:4, Rest/bits>>, N) -> nibbles(Rest, N + X);
nibbles(<<>>, N) -> N.

run(Name, F) ->
    try F() of
        V -> io:format("~s: ok ~p~n", [Name, V])
    catch
        error:{badmatch, B} -> io:format("~s: badmatch ~p~n", [Name, B]);
        error:function_clause -> io:format("~s: function_clause~n", [Name]);
        error:{case_clause, B} -> io:format("~s: case_clause ~p~n", [Name, B]);
        Class:Reason -> io:format("~s: ~p:~p~n", [Name, Class, Reason])
    end.

main() ->
    run("header", fun() -> header(<<1, 0, 5, "hello">>) end),
    run("short header", fun() -> header(<<1, 0>>) end),
    run("header of a list", fun() -> header([1, 2, 3]) end),
    run("header of bits", fun() -> header(<<1, 0, 5, 1:3>>) end),
    run("kind", fun() -> kind(<<2, 7>>) end),
    run("kind too long", fun() -> kind(<<2, 7, 8>>) end),
    run("kind of atom", fun() -> kind(two) end),
    run("classify", fun() -> classify(<<"GET /index.html">>) end),
    run("classify post", fun() -> classify(<<"POST /">>) end),
    run("build", fun() -> build(5, 4) end),
    run("build atom", fun() -> build(five, 4) end),
    run("build negative size", fun() -> build(5, -1) end),
    run("build atom size", fun() -> build(5, four) end),
    run("float", fun() -> <<(list_to_atom("x"))/float>> end),
    run("float size", fun() -> Size = 24, <<1.5:Size/float>> end),
    run("binary", fun() -> B = [1, 2], <<B/binary>> end),
    run("short binary", fun() -> B = <<1, 2>>, <<B:3/binary>> end),
    run("bits as binary", fun() -> B = <<1:4>>, <<B/binary>> end),
    run("utf8", fun() -> C = 16#D800, <<C/utf8>> end),
    run("utf8 too big", fun() -> C = 16#110000, <<C/utf8>> end),
    run("utf16 atom", fun() -> C = a, <<C/utf16>> end),
    run("order", fun() -> order(a, 2) end),
    run("order badarith", fun() -> order(a, b) end),
    run("order size", fun() -> S = x, <<1:S, (noisy(size)):8>> end),
    run("append order", fun() -> append_order(2, not_a_binary) end),
    run("comprehension order", fun() -> << <<X:8, (noisy(X)):8>> || X <- [1, a] >> end),
    run("wrapped", fun() -> X = 300, <<X:8>> end),
    run("negative wrapped", fun() -> X = -2, <<X:4>> end),
    run("generator", fun() -> [X || <<X>> <= {not_a, binary}] end),
    run("comprehension", fun() -> << <<X>> || X <- [1, x] >> end),
    run("match size", fun() -> S = x, <<_:S>> = <<1>> end),
    run("match float", fun() -> <<F/float>> = <<16#7FF0000000000000:64>>, F end),
    run("scaled", fun() -> [scaled(1, <<7, 8>>), scaled(a, <<7, 8>>), scaled(-1, <<1>>)] end),
    run("tagged", fun() -> [tagged(1, <<1, "!">>), tagged(a, <<1, "!">>), tagged(2, <<1, "!">>)] end),
    run("nibbles", fun() -> nibbles(<<1, 2, 3>>, 0) end),
    io:format("nibbles of 22 bits: ~p~n",
              [try nibbles(<<1, 2, 3:6>>, 0)
               catch error:function_clause:St -> element(3, hd(St))
               end]),
    io:format("nibbles of an atom: ~p~n",
              [try nibbles(foo, 0) catch error:function_clause:St2 -> element(3, hd(St2)) end]),
    run("nested", fun() -> <<A:4, B:4>> = <<(header(<<9, 0, 1>>) =:= {9, 1}):8>>, {A, B} end).
