%% Variables bound in every clause of nested cases and used after them
%% (as OTP's escript:extract/2 does), inside try, and a fun whose own
%% variable has the name of one the enclosing case binds later.
-module(e_scopes).
-export([main/0]).
-compile(nowarn_unused_vars).

section(Kind, Src) ->
    case Kind of
        inline -> Body = Src;
        _ ->
            case Src of
                {file, Name} -> Body = {read, Name};
                _ -> Body = {missing, Src}
            end
    end,
    {Kind, Body}.

classify(X) ->
    try
        case X of
            1 -> R = first;
            _ -> case X > 5 of true -> R = big; false -> R = small end
        end,
        {got, R}
    catch _:_ -> oops
    end.

labels(X) ->
    case X of
        a ->
            F = fun(Y) -> case Y of 1 -> Label = one; _ -> Label = many end, {fun_local, Label} end,
            Label = outer,
            {F(1), F(2), Label};
        _ -> Label = none, Label
    end.

deep(X, Y, Z) ->
    case X of
        x ->
            case Y of
                y -> case Z of z -> V = xyz; _ -> V = xy end;
                _ -> V = x
            end;
        _ -> V = none
    end,
    V.

%% a case whose one clause ignores the value (OTP's logger_proxy)
notify(Dest, Msg) ->
    case erlang:send(Dest, Msg, [nosuspend]) of
        _ok_or_nosuspend -> ok
    end,
    case element(1, Msg) of _Tag -> sent end.

main() ->
    io:format("~p~n", [[notify(self(), {hello}), catch notify(self(), bad), catch notify(nobody_here, {x})]]),
    io:format("~p~n", [receive M -> M after 0 -> none end]),
    io:format("~p~n", [[section(inline, "code"), section(ext, {file, "a.erl"}), section(ext, 42)]]),
    io:format("~p~n", [[classify(X) || X <- [1, 3, 9, a]]]),
    io:format("~p~n", [[labels(a), labels(b)]]),
    io:format("~p~n", [[deep(X, Y, Z) || X <- [x, q], Y <- [y, q], Z <- [z, q]]]).
