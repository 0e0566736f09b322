%% Body recursion that builds lists: [H | f(T)] in many shapes, the
%% values they return and the stack traces of errors deep inside them.
-module(e_bodyrec).
-export([main/0]).

app([], L) -> L;
app([H|T], L) -> [H | app(T, L)].

%% two recursive sites, one pushing two cells
dbl([]) -> [];
dbl([H|T]) when H > 10 -> [2*H | dbl(T)];
dbl([H|T]) -> [H, H | dbl(T)].

%% a filter: a direct tail call in one branch, a cell in the other
evens([]) -> [];
evens([H|T]) ->
    case H rem 2 of
        0 -> [H | evens(T)];
        _ -> evens(T)
    end.

%% ranges with an accumulator-free count down, ending in a tuple tail
count_down(0) -> done;
count_down(N) when N > 0 -> [N | count_down(N - 1)].

%% zip with a badarg raised by element/2 deep inside
pick([], []) -> [];
pick([I|Is], [T|Ts]) -> [element(I, T) | pick(Is, Ts)].

%% a record update in the head and an if in the body
-record(p, {x = 0, y = 0}).
shift([], _) -> [];
shift([P = #p{x = X} | Ps], D) ->
    if X > 100 -> [P | shift(Ps, D)];
       true -> [P#p{x = X + D} | shift(Ps, D)]
    end.

%% the head calls another function: stays an ordinary recursion
g(X) when X > 2 -> error({big, X});
g(X) -> X * 10.
m([]) -> [];
m([H|T]) -> [g(H) | m(T)].

%% run-length expansion with a nested cons under a case
expand([]) -> [];
expand([{C, 1} | T]) -> [C | expand(T)];
expand([{C, N} | T]) when N > 1 -> [C | expand([{C, N - 1} | T])].

%% interleave of two lists alternating sites
inter([], Ys) -> Ys;
inter(Xs, []) -> Xs;
inter([X|Xs], [Y|Ys]) -> [X, Y | inter(Xs, Ys)].

%% counting loops whose integers the loop may hold natively
seq(N, M) when N =< M -> [N | seq(N + 1, M)];
seq(_, _) -> [].
step(N, M, S) when N =< M -> [N * N | step(N + S, M, S)];
step(_, _, _) -> [].

%% hides a value from the compiler's type analysis, which would otherwise
%% see calls that always fail and turn them into tail calls
opaque(X) -> binary_to_term(term_to_binary(X)).

call(F, [A]) -> {ok, F(A)};
call(F, [A, B]) -> {ok, F(A, B)}.

show(Tag, F, Args) ->
    try call(F, opaque(Args)) of
        {ok, V} -> io:format("~s: ~p~n", [Tag, V])
    catch
        C:R:St -> io:format("~s: ~p:~p~n  ~p~n", [Tag, C, R, St])
    end.

main() ->
    show("app", fun app/2, [[1,2,3], [4,5]]),
    show("app improper", fun app/2, [[1,2,3|tail], [4]]),
    show("app deep", fun(L, T) -> length(app(L, T)) end, [lists:seq(1, 1000000), [x]]),
    show("app bad deep", fun app/2, [lists:seq(1, 20) ++ bad, []]),
    show("app bad first", fun app/2, [bad, []]),
    show("dbl", fun dbl/1, [[1, 20, 3, 40]]),
    show("dbl bad", fun dbl/1, [[1, 20, 3 | y]]),
    show("evens", fun evens/1, [lists:seq(1, 15)]),
    show("evens bad", fun evens/1, [[2, 4, 5, 7, 8 | x]]),
    show("count_down", fun count_down/1, [5]),
    show("count_down neg", fun count_down/1, [-1]),
    show("count_down float", fun count_down/1, [3.0]),
    show("pick", fun pick/2, [[1, 2, 3], [{a}, {b, c}, {d, e, f}]]),
    show("pick bad", fun pick/2, [[1, 2, 3, 4], [{a}, {b, c}, {d, e, f}, {g}]]),
    show("shift", fun shift/2, [[#p{x = 1}, #p{x = 200, y = 3}, #p{}], 5]),
    show("shift bad", fun shift/2, [[#p{x = 1}, #p{x = a}], 5]),
    show("m", fun m/1, [[1, 2]]),
    show("m bad", fun m/1, [[1, 2, 3, 4]]),
    show("expand", fun expand/1, [[{a, 3}, {b, 1}, {c, 2}]]),
    show("expand bad", fun expand/1, [[{a, 3}, {b, 0}]]),
    show("inter", fun inter/2, [[1, 2, 3], [a, b]]),
    show("inter bad", fun inter/2, [[1, 2 | z], [a, b, c]]),
    show("seq", fun seq/2, [1, 10]),
    show("seq big", fun seq/2, [1 bsl 60 - 2, 1 bsl 60 + 2]),
    show("seq float", fun seq/2, [1.5, 5]),
    show("seq bad", fun seq/2, [a, 3]),
    show("step", fun(A, B) -> step(A, B, 3) end, [1, 20]),
    show("step big", fun(A, B) -> step(A, B, 1 bsl 60) end, [1 bsl 59, 1 bsl 62]),
    show("step bad first", fun(A, B) -> step(A, B, b) end, [1, 10]),
    io:format("~p~n", [catch app(opaque([1 | 2]), [])]),
    ok.
