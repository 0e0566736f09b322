-module(d_fmtgrid).
-export([main/0]).

%% A report generator that leans on every io_lib:format control with
%% width, precision and pad character, plus roman numerals and
%% number formatting with thousands separators.

-record(line, {sku, name, qty, price}).

main() ->
    Lines = [#line{sku = 101, name = "Widget", qty = 12, price = 3.5},
             #line{sku = 2024, name = "Gadget extraordinaire", qty = 1, price = 1299.999},
             #line{sku = 7, name = "Nut", qty = 100000, price = 0.015},
             #line{sku = 88, name = "Bolt", qty = 0, price = 0.0}],
    table(Lines),
    strings(),
    integers(),
    floats(),
    chars(),
    romans(),
    thousands(),
    bad_formats(),
    ok.

table(Lines) ->
    io:format("~-6s|~-12s|~8s|~10s~n", ["SKU", "Name", "Qty", "Price"]),
    io:format("~s~n", [lists:duplicate(39, $-)]),
    lists:foreach(
      fun(#line{sku = S, name = N, qty = Q, price = P}) ->
              io:format("~6.10.0B|~-12.12s|~8w|~10.2f~n", [S, N, Q, P])
      end, Lines),
    Total = lists:sum([Q * P || #line{qty = Q, price = P} <- Lines]),
    io:format("~*s~10.3f~n", [29, "total ", Total]),
    io:format("~29.. s~10.2e~n", ["", Total]).

strings() ->
    S = "erlang",
    Fmts = ["[~s]", "[~10s]", "[~-10s]", "[~3s]", "[~10.3s]", "[~-10.3s]",
            "[~10.3.*s]", "[~.3s]", "[~10..xs]", "[~-10..xs]", "[~p]", "[~10p]"],
    lists:foreach(
      fun(F) ->
              Args = case string:find(F, "*") of
                         nomatch -> [S];
                         _ -> [$_, S]
                     end,
              io:format("~-12s => ~s~n", [F, io_lib:format(F, Args)])
      end, Fmts),
    io:format("[~s] [~10s] [~-8s]~n", [<<"bin">>, atom, [$a, "bc", <<"de">>]]),
    io:format("[~ts] [~-6ts] [~6ts]~n", ["på", "ålé", <<"ö"/utf8>>]).

integers() ->
    Ns = [0, 7, -7, 255, -255, 123456789, 1 bsl 70],
    lists:foreach(
      fun(N) ->
              io:format("~w: [~10w] [~-10w] [~.16B] [~.2B] [~12.16X] [~.16#] [~+] [~10.8.0B]~n",
                        [N, N, N, N, N, N, "0x", N, N, N])
      end, Ns),
    io:format("[~5.36B] [~.36b] [~8.16.0b]~n", [123456, 123456, 48879]),
    io:format("[~i~w]~n", [skipped, shown]).

floats() ->
    Fs = [0.0, 1.0, -1.5, 3.14159265358979, 1.0e-10, 6.02214076e23, 123456.789, 0.5, 2.5, -0.0],
    lists:foreach(
      fun(F) ->
              io:format("~w|~f|~.2f|~10.3f|~-10.1f|~e|~.3e|~12.4e|~g|~.3g|~15.6g|~p~n",
                        [F, F, F, F, F, F, F, F, F, F, F, F])
      end, Fs),
    io:format("[~10.2.0f] [~-10.2.*f] [~.1f] [~.1f]~n", [-3.14159, $#, 2.71828, 0.25, 0.05]).

chars() ->
    io:format("[~c] [~5c] [~-5c] [~5.3c] [~.4c]~n", [$a, $b, $c, $d, $e]),
    io:format("[~tc] [~3tc]~n", [16#263A, 16#e9]),
    io:format("~~ [~n]~n", []).

romans() ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999],
    lists:foreach(fun(N) -> io:format("~5w = ~s~n", [N, roman(N)]) end, Ns),
    Back = [from_roman(roman(N)) || N <- Ns],
    io:format("round trip: ~p~n", [Back =:= Ns]),
    try roman(0) of
        R -> io:format("roman(0) = ~p~n", [R])
    catch
        error:Why -> io:format("roman(0) failed: ~p~n", [Why])
    end.

roman(N) when is_integer(N), N > 0, N < 4000 ->
    roman(N, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
              {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
              {5, "V"}, {4, "IV"}, {1, "I"}]);
roman(N) -> erlang:error({out_of_range, N}).

roman(0, _) -> "";
roman(N, [{V, S} | _] = T) when N >= V -> S ++ roman(N - V, T);
roman(N, [_ | T]) -> roman(N, T).

from_roman(S) -> from_roman(S, 0).
from_roman([], Acc) -> Acc;
from_roman([A, B | T], Acc) ->
    VA = rval(A), VB = rval(B),
    if VA < VB -> from_roman(T, Acc + VB - VA);
       true -> from_roman([B | T], Acc + VA)
    end;
from_roman([A], Acc) -> Acc + rval(A).

rval($I) -> 1; rval($V) -> 5; rval($X) -> 10; rval($L) -> 50;
rval($C) -> 100; rval($D) -> 500; rval($M) -> 1000.

thousands() ->
    Ns = [0, 999, 1000, -1234567, 9876543210, 1 bsl 64],
    lists:foreach(fun(N) -> io:format("~25s~n", [sep(N)]) end, Ns),
    io:format("~s~n", [float_to_list(1234.5678, [{decimals, 2}])]),
    io:format("~s ~s ~s~n", [float_to_list(0.1, [{decimals, 10}, compact]),
                             float_to_list(100.0, [{scientific, 3}]),
                             float_to_list(2.0, [short])]),
    io:format("~s~n", [integer_to_list(-255, 16)]).

sep(N) when N < 0 -> [$- | sep(-N)];
sep(N) ->
    Ds = integer_to_list(N),
    Len = length(Ds),
    lists:flatten(sep(Ds, Len)).
sep([], _) -> [];
sep([D | T], K) when K rem 3 =:= 1, T =/= [] -> [D, $, | sep(T, K - 1)];
sep([D | T], K) -> [D | sep(T, K - 1)].

bad_formats() ->
    Bad = [{"~d", [1]}, {"~s", [1]}, {"~w ~w", [1]}, {"~f", [1]}, {"~c", [foo]}, {"~.1x", [1]},
           {"~e", [abc]}, {"~B", [1.0]}, {"~.1e", [1.0]}, {"~.0f", [1]}, {"~ts", [[-1]]}, {"~10.-1f", [1.0]}],
    lists:foreach(
      fun({F, A}) ->
              try io_lib:format(F, A) of
                  R -> io:format("~p ok: ~p~n", [F, R])
              catch
                  C:R:St -> io:format("~p ~w: ~p ~p~n", [F, C, R, hd(St)])
              end
      end, Bad).
