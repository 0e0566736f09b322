-module(b_config).
-export([main/0]).

%% Configuration merging with proplists: defaults, a config file's terms
%% and command-line flags are layered; aliases and negations are
%% normalised, flag groups expanded, and values looked up with defaults.

defaults() ->
    [{port, 8080}, {host, "localhost"}, {workers, 4}, {log_level, info},
     {tls, false}, {timeout, 5000}, {paths, ["/usr/share"]}].

file_config() ->
    [{listen_port, 9090}, {workers, 8}, verbose, {no_cache, true},
     {paths, ["/opt/app"]}, {db, [{name, "main"}, {pool, 10}]}, quiet, {tls, true}].

cli_flags() ->
    [{workers, 16}, debug, {port, 7000}, strict].

aliases() -> [{listen_port, port}, {verbose, log_verbose}, {nthreads, workers}].
negations() -> [{no_cache, cache}, {quiet, log_verbose}].
expansions() -> [{debug, [{log_level, debug}, log_verbose, {timeout, infinity}]},
                 {strict, [{tls, true}, {checks, all}]}].

normalise(L) ->
    proplists:normalize(L, [{aliases, aliases()}, {negations, negations()},
                            {expand, expansions()}]).

merge(Layers) ->
    %% later layers win: put them first, proplists take the first match
    lists:append(lists:reverse([normalise(L) || L <- Layers])).

show(Title, Config) ->
    io:format("~s:~n", [Title]),
    Keys = lists:usort(proplists:get_keys(Config)),
    lists:foreach(fun(K) -> io:format("  ~-12w ~p~n", [K, proplists:get_value(K, Config)]) end, Keys).

main() ->
    io:format("normalised file config: ~p~n", [normalise(file_config())]),
    io:format("expanded flags: ~p~n", [proplists:expand(expansions(), cli_flags())]),
    Config = merge([defaults(), file_config(), cli_flags()]),
    show("effective", Config),
    io:format("port ~p, missing ~p, default ~p~n",
              [proplists:get_value(port, Config), proplists:get_value(missing, Config),
               proplists:get_value(missing, Config, none)]),
    io:format("bools: log_verbose=~p cache=~p tls=~p~n",
              [proplists:get_bool(log_verbose, Config), proplists:get_bool(cache, Config),
               proplists:get_bool(tls, Config)]),
    io:format("lookup: ~p ~p~n", [proplists:lookup(db, Config), proplists:lookup(nothing, Config)]),
    io:format("lookup_all paths: ~p~n", [proplists:lookup_all(paths, Config)]),
    io:format("all paths appended: ~p~n", [proplists:append_values(paths, Config)]),
    io:format("all workers: ~p~n", [proplists:get_all_values(workers, Config)]),
    Db = proplists:get_value(db, Config),
    io:format("db pool ~p, is_defined(name) ~p~n",
              [proplists:get_value(pool, Db), proplists:is_defined(name, Db)]),
    Pruned = proplists:delete(workers, Config),
    io:format("after delete(workers): ~p left, workers=~p~n",
              [length(Pruned), proplists:get_value(workers, Pruned, unset)]),
    io:format("substitute_aliases: ~p~n",
              [proplists:substitute_aliases(aliases(), [{nthreads, 2}, verbose, {listen_port, 1}, other])]),
    io:format("substitute_negations: ~p~n",
              [proplists:substitute_negations(negations(), [no_cache, {quiet, false}, {no_cache, false}, x])]),
    io:format("compact: ~p~n", [proplists:compact([{a, true}, {b, false}, c, {d, 1}])]),
    io:format("property: ~p ~p ~p~n",
              [proplists:property({a, true}), proplists:property(b, 2), proplists:property({c, d, e})]),
    io:format("unfold: ~p~n", [proplists:unfold([a, {b, 1}, "str", c])]),
    io:format("split: ~p~n",
              [proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])]),
    io:format("to_map: ~p~n", [proplists:to_map([{a, 1}, b, {a, 2}, {c, 3}])]),
    io:format("from_map: ~p~n", [lists:sort(proplists:from_map(#{x => 1, y => 2}))]),
    ok.
