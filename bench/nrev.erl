-module(nrev).
-export([main/0]).
app([], L) -> L;
app([H|T], L) -> [H | app(T, L)].
nrev([]) -> [];
nrev([H|T]) -> app(nrev(T), [H]).
loop(0, R) -> R;
loop(N, _) -> loop(N - 1, nrev(lists:seq(1, 1000))).
main() -> io:format("~p~n", [hd(loop(300, []))]).
