-module(e_files).
-export([main/0]).

%% A small tool that keeps its state in files: it makes a work directory
%% under /tmp, writes a config file and loads it with file:consult (merged
%% over defaults, with a broken file reported as the error tuple), writes a
%% report by appending lines, lists and renames files, handles the usual
%% errors, and removes everything. Paths are built and taken apart with
%% filename. Only machine-independent results are printed.

main() ->
    Base = filename:join(["/tmp", "e_files_" ++ os:getpid()]),
    ok = file:make_dir(Base),
    try run(Base) after cleanup(Base) end,
    io:format("cleaned up: ~p~n", [file:list_dir(Base) =:= {error, enoent}]).

run(Base) ->
    Cfg = filename:join(Base, "app.config"),
    ok = file:write_file(Cfg, config_text()),
    Config = load_config(Cfg),
    io:format("config: ~p~n", [lists:sort(maps:to_list(Config))]),
    io:format("port ~p, hosts ~p~n", [maps:get(port, Config), maps:get(hosts, Config)]),
    Bad = filename:join(Base, "bad.config"),
    ok = file:write_file(Bad, "{port, 80}.\n{hosts, [\"a\"\n"),
    io:format("bad config: ~p~n", [file:consult(Bad)]),
    ok = file:write_file(Bad, "{port, 80}.\n{name, Name}.\n"),
    io:format("bad term: ~p~n", [file:consult(Bad)]),
    io:format("missing config: ~p~n", [file:consult(filename:join(Base, "none.config"))]),
    Out = filename:join([Base, "out"]),
    ok = file:make_dir(Out),
    io:format("make_dir again: ~p~n", [file:make_dir(Out)]),
    Report = filename:join(Out, "report.txt"),
    ok = file:write_file(Report, <<"report\n">>),
    [ok = file:write_file(Report, io_lib:format("~s: ~p~n", [K, V]), [append])
     || {K, V} <- lists:sort(maps:to_list(Config))],
    {ok, Text} = file:read_file(Report),
    io:format("report (~p bytes):~n~s", [byte_size(Text), Text]),
    Lines = string:split(string:trim(Text), "\n", all),
    io:format("~p lines~n", [length(Lines)]),
    ok = file:rename(Report, filename:join(Out, "report.old")),
    ok = file:write_file(filename:join(Out, <<"data.bin">>), [<<1,2,3>>, [4, 5]]),
    {ok, Names} = file:list_dir(Out),
    io:format("out has ~p~n", [lists:sort(Names)]),
    [io:format("~s: base ~p root ~p ext ~p dir is out: ~p~n",
               [N, filename:basename(P), filename:rootname(filename:basename(P)),
                filename:extension(P), filename:basename(filename:dirname(P)) =:= "out"])
     || N <- lists:sort(Names), P <- [filename:join(Out, N)]],
    io:format("rel: ~p~n", [filename:split(filename:join(["out", "x/", "..", "y.erl"]))]),
    io:format("absname: ~p~n", [filename:absname("../c", "/a/b")]),
    io:format("binary path: ~p~n", [filename:join(<<"/srv">>, "app/log/")]),
    io:format("errors: ~p~n", [[file:read_file(Out),
                                file:read_file(filename:join(Out, "nope")),
                                file:del_dir(Out),
                                file:delete(Out),
                                file:list_dir(filename:join(Out, "report.old")),
                                file:write_file(filename:join([Out, "no", "x"]), "x"),
                                file:rename(filename:join(Out, "nope"), filename:join(Out, "x"))]]),
    {ok, Cwd} = file:get_cwd(),
    io:format("cwd absolute: ~p~n", [filename:pathtype(Cwd)]).

config_text() ->
    "%% service configuration\n"
    "{port, 8080}.\n"
    "{hosts, [\"alpha.example\", \"beta.example\"]}.\n"
    "{limits, #{max_conn => 128, ratio => 0.75}}.\n"
    "{banner, <<\"hello\">>}.\n"
    "{log_level, 'warning'}.\n".

load_config(File) ->
    Defaults = #{port => 80, hosts => [], log_level => info, retries => 3},
    case file:consult(File) of
        {ok, Terms} ->
            lists:foldl(fun({K, V}, M) -> M#{K => V} end, Defaults, Terms);
        {error, Reason} ->
            io:format("cannot read ~s: ~p~n", [File, Reason]),
            Defaults
    end.

cleanup(Dir) ->
    {ok, Names} = file:list_dir(Dir),
    [case file:list_dir(P) of
         {ok, _} -> cleanup(P);
         {error, enotdir} -> ok = file:delete(P)
     end || N <- Names, P <- [filename:join(Dir, N)]],
    ok = file:del_dir(Dir).
