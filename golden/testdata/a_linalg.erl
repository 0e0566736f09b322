%% Linear algebra with floats: vectors and matrices as lists of lists,
%% Gaussian elimination with partial pivoting, determinants, inverses,
%% least squares and power iteration, printed with ~f, ~e, ~g and widths.
-module(a_linalg).
-export([main/0]).

dot(A, B) -> lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, A, B)).
norm(V) -> math:sqrt(dot(V, V)).
scale(K, V) -> [K * X || X <- V].
sub(A, B) -> lists:zipwith(fun(X, Y) -> X - Y end, A, B).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    Bt = transpose(B),
    [[dot(R, C) || C <- Bt] || R <- A].

mat_vec(M, V) -> [dot(R, V) || R <- M].

identity(N) -> [[if I =:= J -> 1.0; true -> 0.0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

%% Solve A x = B for each column of B by Gauss-Jordan elimination with
%% partial pivoting; also returns the determinant.
gauss(A, B) ->
    Aug = lists:zipwith(fun(R, S) -> R ++ S end, A, B),
    eliminate(Aug, length(A), 1, 1.0).

eliminate(M, N, K, Det) when K > N ->
    {[lists:nthtail(N, R) || R <- M], Det};
eliminate(M, N, K, Det) ->
    {Above, Rest} = lists:split(K - 1, M),
    Pivot = lists:foldl(fun(R, Best) ->
                                case abs(lists:nth(K, R)) > abs(lists:nth(K, Best)) of
                                    true -> R;
                                    false -> Best
                                end
                        end, hd(Rest), tl(Rest)),
    P = lists:nth(K, Pivot),
    if abs(P) < 1.0e-12 -> throw(singular);
       true -> ok
    end,
    Swapped = Pivot =/= hd(Rest),
    Others = Above ++ lists:delete(Pivot, Rest),
    Norm = scale(1 / P, Pivot),
    Reduced = [sub(R, scale(lists:nth(K, R), Norm)) || R <- Others],
    {Before, After} = lists:split(K - 1, Reduced),
    Det1 = Det * P * case Swapped of true -> -1; false -> 1 end,
    eliminate(Before ++ [Norm | After], N, K + 1, Det1).

inverse(A) ->
    {Inv, _} = gauss(A, identity(length(A))),
    Inv.

det(A) ->
    try element(2, gauss(A, [[0.0] || _ <- A]))
    catch throw:singular -> 0.0
    end.

%% Fit y = a + b x by least squares: solve (X^T X) c = X^T y.
fit(Points) ->
    X = [[1.0, Px] || {Px, _} <- Points],
    Y = [[Py] || {_, Py} <- Points],
    Xt = transpose(X),
    {[[A], [B]], _} = gauss(mul(Xt, X), mul(Xt, Y)),
    {A, B}.

power_iteration(M, V, 0) -> {dot(V, mat_vec(M, V)), V};
power_iteration(M, V, N) ->
    W = mat_vec(M, V),
    power_iteration(M, scale(1 / norm(W), W), N - 1).

show(Name, M) ->
    io:format("~s =~n", [Name]),
    [io:format("  [~s]~n", [lists:join(" ", [io_lib:format("~9.4f", [X]) || X <- R])]) || R <- M],
    ok.

main() ->
    A = [[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]],
    show("A", A),
    io:format("det(A) = ~.6f~n", [det(A)]),
    Inv = inverse(A),
    show("inv(A)", Inv),
    show("A * inv(A)", [[float(round(X * 1.0e9)) / 1.0e9 || X <- R] || R <- mul(A, Inv)]),
    {X, _} = gauss(A, [[11.0], [-16.0], [17.0]]),
    io:format("solution: ~w~n", [[round(V * 1000) / 1000 || [V] <- X]]),
    io:format("singular det: ~w~n", [det([[1.0, 2.0], [2.0, 4.0]])]),
    Sing = try inverse([[1.0, 2.0], [2.0, 4.0]]) catch throw:Why -> Why end,
    io:format("inverse of singular: ~p~n", [Sing]),
    Pts = [{float(I), 2.5 * I + 1.0 + 0.1 * (I rem 3 - 1)} || I <- lists:seq(0, 9)],
    {Ia, Ib} = fit(Pts),
    io:format("fit: y = ~.4f + ~.4f x~n", [Ia, Ib]),
    io:format("fit (e): ~e ~.3e~n", [Ia, Ib]),
    {Lambda, Vec} = power_iteration(A, [1.0, 0.0, 0.0], 60),
    io:format("dominant eigenvalue ~.5f vector ~w~n", [Lambda, [round(V * 1.0e4) / 1.0e4 || V <- Vec]]),
    V1 = [3.0, 4.0, 12.0],
    io:format("norm ~g, unit ~w~n", [norm(V1), [X1 / norm(V1) || X1 <- V1]]),
    Angles = [{D, math:cos(D * math:pi() / 180), math:sin(D * math:pi() / 180)} || D <- [0, 30, 45, 60, 90]],
    [io:format("~3b deg: cos ~10.6f sin ~-10.6f|~n", [D, C, S]) || {D, C, S} <- Angles],
    Rot = fun(T) -> [[math:cos(T), -math:sin(T)], [math:sin(T), math:cos(T)]] end,
    R4 = lists:foldl(fun(_, M) -> mul(Rot(math:pi() / 8), M) end, identity(2), lists:seq(1, 4)),
    show("rot(pi/8)^4", R4),
    Hilbert = [[1 / (I + J - 1) || J <- lists:seq(1, 4)] || I <- lists:seq(1, 4)],
    io:format("det(hilbert4) = ~.6e (~g)~n", [det(Hilbert), det(Hilbert)]),
    io:format("floats: ~w ~w ~w ~w~n", [0.1 + 0.2, 1 / 3, 1.0e-7, 123456789.0 * 1000]),
    io:format("printed: ~p ~.2f ~8.3e ~g~n", [2 / 3, 2 / 3, 6.02214076e23, 1.0e-5]),
    io:format("rounding: ~w ~w ~w ~w~n", [round(2.5), trunc(-2.7), floor(-2.5), ceil(2.1)]).
