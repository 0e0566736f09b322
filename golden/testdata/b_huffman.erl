-module(b_huffman).
-export([main/0]).

%% Huffman coding: count symbol frequencies, build the code tree with a
%% sorted list as the priority queue, derive the code table, encode a text
%% into a bitstring and decode it back.

-type tree() :: {leaf, char(), pos_integer()} | {node, tree(), tree(), pos_integer()}.

freqs(Text) ->
    lists:foldl(fun(C, M) -> maps:update_with(C, fun(N) -> N + 1 end, 1, M) end,
                #{}, Text).

weight({leaf, _, W}) -> W;
weight({node, _, _, W}) -> W.

%% Ties are broken by the smallest symbol in the subtree, so that the tree
%% is the same whatever order the map gives the frequencies in.
key(T) -> {weight(T), min_sym(T)}.

min_sym({leaf, C, _}) -> C;
min_sym({node, L, R, _}) -> min(min_sym(L), min_sym(R)).

-spec build(#{char() => pos_integer()}) -> tree().
build(Freqs) ->
    Leaves = [{leaf, C, N} || {C, N} <- maps:to_list(Freqs)],
    merge(lists:sort(fun(A, B) -> key(A) =< key(B) end, Leaves)).

merge([T]) -> T;
merge([A, B | Rest]) ->
    N = {node, A, B, weight(A) + weight(B)},
    merge(insert(N, Rest)).

insert(T, []) -> [T];
insert(T, [H | Rest] = L) ->
    case key(T) =< key(H) of
        true -> [T | L];
        false -> [H | insert(T, Rest)]
    end.

codes({leaf, C, _}) -> #{C => <<0:1>>};
codes(Tree) -> codes(Tree, <<>>, #{}).

codes({leaf, C, _}, Prefix, Acc) -> Acc#{C => Prefix};
codes({node, L, R, _}, Prefix, Acc) ->
    Acc1 = codes(L, <<Prefix/bitstring, 0:1>>, Acc),
    codes(R, <<Prefix/bitstring, 1:1>>, Acc1).

encode(Text, Codes) ->
    << <<(maps:get(C, Codes))/bitstring>> || C <- Text >>.

decode(Bits, Tree) -> decode(Bits, Tree, Tree, []).

decode(<<>>, _, _, Acc) -> lists:reverse(Acc);
decode(Bits, Root, {leaf, C, _}, Acc) when Root =:= {leaf, C, element(3, Root)} ->
    <<_:1, Rest/bitstring>> = Bits,
    decode(Rest, Root, Root, [C | Acc]);
decode(<<B:1, Rest/bitstring>>, Root, {node, L, R, _}, Acc) ->
    Next = case B of 0 -> L; 1 -> R end,
    case Next of
        {leaf, C, _} -> decode(Rest, Root, Root, [C | Acc]);
        _ -> decode(Rest, Root, Next, Acc)
    end.

bits_to_string(Bits) ->
    [case B of 0 -> $0; 1 -> $1 end || <<B:1>> <= Bits].

show_table(Codes) ->
    lists:foreach(
      fun({C, Code}) ->
              io:format("  ~-6s ~2w bits  ~s~n",
                        [io_lib:write_string([C]), bit_size(Code), bits_to_string(Code)])
      end,
      lists:sort(fun({_, A}, {_, B}) -> {bit_size(A), A} =< {bit_size(B), B} end,
                 maps:to_list(Codes))).

run(Text) ->
    Tree = build(freqs(Text)),
    Codes = codes(Tree),
    Bits = encode(Text, Codes),
    Back = decode(Bits, Tree),
    Raw = 8 * length(Text),
    io:format("text: ~p~n", [Text]),
    io:format("symbols: ~w, tree weight: ~w~n", [maps:size(Codes), weight(Tree)]),
    show_table(Codes),
    io:format("encoded ~w bits (raw ~w), ratio ~.3f~n",
              [bit_size(Bits), Raw, bit_size(Bits) / Raw]),
    io:format("first bits: ~s~n", [lists:sublist(bits_to_string(Bits), 48)]),
    io:format("round trip ok: ~p~n~n", [Back =:= Text]),
    Bits.

main() ->
    run("abracadabra"),
    run("this is an example of a huffman tree"),
    run("aaaaaaa"),
    Long = lists:flatten(lists:duplicate(20, "the quick brown fox jumps over the lazy dog. ")),
    Bits = run(Long),
    Padded = <<Bits/bitstring, 0:((8 - bit_size(Bits) rem 8) rem 8)>>,
    io:format("packed into ~w bytes, md5-free checksum ~w~n",
              [byte_size(Padded), lists:sum(binary_to_list(Padded)) rem 65521]),
    ok.
