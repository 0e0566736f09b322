-module(b_csv).
-export([main/0]).

%% Parsing a small CSV export of sales records with the string module
%% (split, lexemes, tokens, trim), converting fields with list_to_integer
%% and list_to_float, reporting bad rows, and summing by region.

data() ->
    "id, region , product,qty, price\n"
    "1,north,widget,10,2.50\n"
    "2, south ,gadget, 3 ,19.99\n"
    "\n"
    "3,north,gizmo,7,5.0\n"
    "4,east,widget,x,2.50\n"
    "5,west,gadget,2,1.5e1\n"
    "  6,south,widget,12,2.75  \n"
    "7,east,gizmo,,5.00\n"
    "8,north,gadget,1,20\n"
    "9,west,\"doohickey\",4,0.125\n".

parse_line(Line) ->
    [string:trim(F) || F <- string:split(Line, ",", all)].

to_number(S) ->
    try list_to_integer(S)
    catch error:badarg ->
            try list_to_float(S)
            catch error:badarg -> {bad, S}
            end
    end.

unquote([$" | Rest]) -> string:trim(Rest, trailing, "\"");
unquote(S) -> S.

row([Id, Region, Product, Qty, Price]) ->
    case {to_number(Id), to_number(Qty), to_number(Price)} of
        {I, Q, P} when is_integer(I), is_integer(Q), is_number(P) ->
            {ok, #{id => I, region => list_to_atom(Region), product => unquote(Product),
                   qty => Q, price => P}};
        Other -> {error, Other}
    end;
row(Fields) -> {error, {fields, length(Fields)}}.

parse(Text) ->
    [Header | Lines] = string:split(Text, "\n", all),
    Cols = [list_to_atom(string:trim(C)) || C <- string:lexemes(Header, ",")],
    Rows = [{N, row(parse_line(L))} || {N, L} <- lists:zip(lists:seq(2, length(Lines) + 1), Lines),
                                       string:trim(L) =/= ""],
    {Cols, Rows}.

main() ->
    {Cols, Rows} = parse(data()),
    io:format("columns: ~p~n", [Cols]),
    Good = [R || {_, {ok, R}} <- Rows],
    Bad = [{N, E} || {N, {error, E}} <- Rows],
    io:format("~w good rows, ~w bad~n", [length(Good), length(Bad)]),
    [io:format("  line ~w: ~p~n", [N, E]) || {N, E} <- Bad],
    Totals = lists:foldl(fun(#{region := R, qty := Q, price := P}, Acc) ->
                                 maps:update_with(R, fun({Qs, S}) -> {Qs + Q, S + Q * P} end,
                                                  {Q, Q * P}, Acc)
                         end, #{}, Good),
    [io:format("~-6s qty ~3w revenue ~8.2f~n", [R, Q, float(S)])
     || {R, {Q, S}} <- lists:sort(maps:to_list(Totals))],
    Products = lists:usort([P || #{product := P} <- Good]),
    io:format("products: ~s~n", [lists:join(" | ", Products)]),
    io:format("lexemes vs split: ~p ~p~n",
              [string:lexemes("a,,b,", ","), string:split("a,,b,", ",", all)]),
    io:format("tokens: ~p~n", [string:tokens("  key = value ; k2=v2 ", " =;")]),
    io:format("split leading/trailing: ~p ~p~n",
              [string:split("k=v=w", "="), string:split("k=v=w", "=", trailing)]),
    io:format("trim: ~p ~p ~p~n",
              [string:trim("  xx  "), string:trim("--x--", leading, "-"), string:trim("\t a \n", both)]),
    io:format("numbers: ~p~n",
              [[to_number(S) || S <- ["42", "-7", "3.25", "1.0e3", "007", "1.", ".5", "0x10", "+5"]]]),
    io:format("padded: ~s|~s|~s~n",
              [string:pad("ab", 5), string:pad("ab", 5, leading), string:pad("ab", 6, both, $*)]),
    Sum = lists:sum([Q * P || #{qty := Q, price := P} <- Good]),
    io:format("grand total ~.2f (~p)~n", [Sum, Sum]),
    ok.
