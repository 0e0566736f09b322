%% d_wordindex: an inverted index of a text, word => positions, as a map
%% of some 200 string keys, printed and walked in the map's own order;
%% then the same index keyed by binaries.
-module(d_wordindex).
-export([main/0]).

text() ->
    "the quick brown fox jumps over the lazy dog while seven wizards quietly "
    "hex the jovial vexed judge a mad boxer shot a quick gloved jab to the jaw "
    "of his dizzy opponent pack my box with five dozen liquor jugs how vexingly "
    "quick daft zebras jump sphinx of black quartz judge my vow the five boxing "
    "wizards jump quickly jackdaws love my big sphinx of quartz crazy fredrick "
    "bought many very exquisite opal jewels we promptly judged antique ivory "
    "buckles for the next prize a large fawn jumped quickly over white zinc "
    "boxes heavy boxes perform quick waltzes and jigs grumpy wizards make toxic "
    "brew for the evil queen and jack amazingly few discotheques provide "
    "jukeboxes sixty zippers were quickly picked from the woven jute bag "
    "just keep examining every low bid quoted for zinc etchings a wizards job "
    "is to vex chumps quickly in fog watch jeopardy alex trebeks fun tv quiz "
    "game jaded zombies acted quaintly but kept driving their oxen forward "
    "the job requires extra pluck and zeal from every young wage earner "
    "foxy parsons quiz and cajole the lovably dim wiki girl cozy lummox gives "
    "smart squid who asks for job pen few black taxis drive up major roads on "
    "quiet hazy nights public junk dwarves hug my quartz fox back in june "
    "two driven jocks help fax my big quiz five hexing wizard bots jump quickly "
    "nymphs blitz quick vex dwarf jog bright vixens jump dozy fowl quack "
    "waltz bad nymph for quick jigs vex glib jocks quiz nymph to vex dwarf "
    "sympathizing would fix quaker objectives crazy frederick bought many "
    "exquisite opal jewels a quivering texas zombie fought republic linked jewelry".

index(Words) ->
    {_, Index} = lists:foldl(
        fun(W, {Pos, Acc}) ->
            {Pos + 1, maps:update_with(W, fun(Ps) -> [Pos | Ps] end, [Pos], Acc)}
        end, {1, #{}}, Words),
    maps:map(fun(_, Ps) -> lists:reverse(Ps) end, Index).

main() ->
    Words = string:lexemes(text(), " "),
    Index = index(Words),
    io:format("~p words, ~p distinct~n", [length(Words), map_size(Index)]),
    %% {count, first position, last position}: lists of small integers
    %% would print as strings
    Summary = maps:map(fun(_, Ps) -> {length(Ps), hd(Ps), lists:last(Ps)} end, Index),
    io:format("~p~n", [Summary]),
    io:format("keys: ~p~n", [maps:keys(Index)]),
    %% the order in which a fold visits the keys
    Visited = maps:fold(fun(W, Ps, Acc) -> [{W, length(Ps)} | Acc] end, [], Index),
    io:format("fold: ~w~n", [lists:sublist(lists:reverse(Visited), 25)]),
    Repeated = maps:filter(fun(_, Ps) -> length(Ps) > 2 end, Index),
    io:format("repeated: ~p~n", [maps:with(maps:keys(Repeated), Summary)]),
    Lengths = maps:fold(fun(W, _, Acc) ->
                                maps:update_with(length(W), fun(C) -> C + 1 end, 1, Acc)
                        end, #{}, Index),
    io:format("lengths: ~p~n", [Lengths]),
    BinIndex = maps:from_list([{list_to_binary(W), S} || {W, S} <- maps:to_list(Summary)]),
    io:format("~w~n", [maps:keys(BinIndex)]),
    It = maps:iterator(BinIndex),
    io:format("first three: ~p~n", [take(3, It)]),
    Short = maps:without([W || W <- maps:keys(BinIndex), byte_size(W) > 3], BinIndex),
    io:format("short (~p): ~p~n", [map_size(Short), Short]),
    io:format("~p~n", [binary_to_term(term_to_binary(BinIndex)) =:= BinIndex]),
    io:format("~w~n", [erlang:md5(term_to_binary(Index))]).

take(0, _) -> [];
take(N, It) ->
    case maps:next(It) of
        none -> [];
        {K, V, Next} -> [{K, V} | take(N - 1, Next)]
    end.
