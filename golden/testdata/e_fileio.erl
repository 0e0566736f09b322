%% File I/O as programs do it: a log writer process that owns its file, a
%% CSV reader, line counting, appending, reading back in list and binary
%% modes, terms read back with io:read, positioned reads and writes, the
%% errors BEAM returns, and wildcard listings of the files the program made
%% under a temporary directory it then deletes. Nothing printed depends on
%% where the directory is or when the program runs.
-module(e_fileio).
-export([main/0]).

main() ->
    Dir = filename:join(tmp_root(), "e_fileio_" ++ os:getpid()),
    _ = file:del_dir_r(Dir),
    ok = file:make_dir(Dir),
    try
        run(Dir)
    after
        ok = file:del_dir_r(Dir)
    end,
    io:format("cleaned up: ~p~n", [filelib:is_dir(Dir)]).

tmp_root() ->
    case os:getenv("TMPDIR") of
        false -> "/tmp";
        "" -> "/tmp";
        T -> T
    end.

run(Dir) ->
    Log = filename:join([Dir, "logs", "2024", "app.log"]),
    ok = filelib:ensure_dir(Log),
    io:format("log dir made: ~p~n", [filelib:is_dir(filename:dirname(Log))]),
    log_writer(Log),
    count_lines(Log),
    append_more(Log),
    Csv = filename:join(Dir, "sales.csv"),
    write_csv(Csv),
    read_csv(Csv),
    modes(Csv),
    terms(filename:join(Dir, "terms.txt")),
    positioned(filename:join(Dir, "data.bin")),
    errors(Dir),
    owner_death(filename:join(Dir, "owned.txt")),
    copies(Dir, Csv),
    listing(Dir).

%% A logger process owns the file; callers send it lines and wait for the
%% acknowledgement so the order is fixed.
log_writer(Path) ->
    Self = self(),
    Pid = spawn(fun() ->
                        {ok, Fd} = file:open(Path, [write]),
                        Self ! {ready, self()},
                        log_loop(Fd, 0)
                end),
    receive {ready, Pid} -> ok end,
    Lines = [{info, "service started"}, {warn, "disk at 81%"}, {info, "user alice logged in"},
             {error, "payment gateway timeout"}, {info, "user alice logged out"}],
    [log(Pid, L, M) || {L, M} <- Lines],
    Pid ! {stop, self()},
    receive {stopped, N} -> io:format("logger wrote ~b lines~n", [N]) end.

log(Pid, Level, Msg) ->
    Pid ! {log, self(), Level, Msg},
    receive {logged, Pid} -> ok end.

log_loop(Fd, N) ->
    receive
        {log, From, Level, Msg} ->
            ok = io:format(Fd, "~-5s ~s~n", [string:uppercase(atom_to_list(Level)), Msg]),
            From ! {logged, self()},
            log_loop(Fd, N + 1);
        {stop, From} ->
            ok = file:close(Fd),
            From ! {stopped, N}
    end.

count_lines(Path) ->
    {ok, Fd} = file:open(Path, [read]),
    Counts = count_loop(Fd, #{}),
    ok = file:close(Fd),
    io:format("levels: ~p~n", [lists:sort(maps:to_list(Counts))]).

count_loop(Fd, Acc) ->
    case file:read_line(Fd) of
        {ok, Line} ->
            [Level | _] = string:split(Line, " "),
            count_loop(Fd, maps:update_with(Level, fun(C) -> C + 1 end, 1, Acc));
        eof ->
            Acc
    end.

append_more(Path) ->
    {ok, Fd} = file:open(Path, [append]),
    ok = file:write(Fd, ["INFO  ", <<"nightly backup done">>, $\n]),
    ok = io:put_chars(Fd, "WARN  cache miss rate high\n"),
    ok = file:close(Fd),
    {ok, Bin} = file:read_file(Path),
    Lines = binary:split(Bin, <<"\n">>, [global, trim]),
    io:format("after append: ~b lines, last ~p~n", [length(Lines), lists:last(Lines)]),
    io:format("size: ~b bytes, regular: ~p~n", [filelib:file_size(Path), filelib:is_regular(Path)]).

write_csv(Path) ->
    Rows = [{"widget", 3, 250}, {"gadget", 1, 1999}, {"widget", 2, 250}, {"gizmo", 5, 75}],
    {ok, Fd} = file:open(Path, [write]),
    io:fwrite(Fd, "item,qty,cents~n", []),
    [io:fwrite(Fd, "~s,~b,~b~n", [I, Q, C]) || {I, Q, C} <- Rows],
    ok = file:close(Fd).

read_csv(Path) ->
    {ok, Fd} = file:open(Path, [read, binary]),
    Header = io:get_line(Fd, ""),
    io:format("header: ~p~n", [Header]),
    Totals = csv_loop(Fd, #{}),
    ok = file:close(Fd),
    [io:format("  ~s: ~b.~2..0b~n", [I, T div 100, T rem 100]) || {I, T} <- lists:sort(maps:to_list(Totals))].

csv_loop(Fd, Acc) ->
    case io:get_line(Fd, "") of
        eof -> Acc;
        Line ->
            [Item, Q, C] = binary:split(string:trim(Line), <<",">>, [global]),
            T = binary_to_integer(Q) * binary_to_integer(C),
            csv_loop(Fd, maps:update_with(Item, fun(X) -> X + T end, T, Acc))
    end.

%% The same bytes read in list and in binary mode.
modes(Path) ->
    {ok, L} = file:open(Path, [read]),
    {ok, B} = file:open(Path, [read, binary]),
    io:format("list: ~p ~p~n", [file:read(L, 4), file:read_line(L)]),
    io:format("binary: ~p ~p~n", [file:read(B, 4), file:read_line(B)]),
    io:format("chars: ~p ~p~n", [io:get_chars(L, "", 6), io:get_chars(B, "", 6)]),
    io:format("positions: ~p ~p~n", [file:position(L, cur), file:position(B, {cur, -6})]),
    io:format("again: ~p~n", [file:read(B, 6)]),
    {ok, End} = file:position(L, eof),
    io:format("at end ~b: ~p ~p ~p~n", [End, file:read(L, 1), file:read_line(L), io:get_line(L, "")]),
    ok = file:close(L),
    ok = file:close(B).

%% Terms written with ~p and a dot, read back one by one with io:read.
terms(Path) ->
    Terms = [{user, "alice", [admin, dev]}, #{id => 7, tags => [<<"x">>]}, 3.25, [], {nested, {1, 2}, "é"}],
    {ok, W} = file:open(Path, [write, {encoding, utf8}]),
    [io:format(W, "~tp.~n", [T]) || T <- Terms],
    io:format(W, "% a comment~n{broken, .~nafter.~n", []),
    ok = file:close(W),
    {ok, R} = file:open(Path, [read, {encoding, utf8}]),
    Read = read_all(R, []),
    ok = file:close(R),
    [io:format("read: ~tp~n", [X]) || X <- Read],
    io:format("round trip: ~p~n", [lists:sublist([T || {ok, T} <- Read], 5) =:= Terms]),
    io:format("consult: ~p~n", [file:consult(Path)]).

read_all(Fd, Acc) ->
    case io:read(Fd, "") of
        eof -> lists:reverse(Acc);
        R -> read_all(Fd, [R | Acc])
    end.

positioned(Path) ->
    {ok, Fd} = file:open(Path, [read, write, binary]),
    ok = file:write(Fd, <<"0123456789">>),
    io:format("pread: ~p ~p~n", [file:pread(Fd, 2, 3), file:pread(Fd, [{0, 2}, {8, 5}, {20, 1}])]),
    ok = file:pwrite(Fd, 4, <<"AB">>),
    {ok, 0} = file:position(Fd, bof),
    io:format("after pwrite: ~p~n", [file:read(Fd, 100)]),
    {ok, 6} = file:position(Fd, 6),
    ok = file:truncate(Fd),
    ok = file:sync(Fd),
    io:format("truncated: ~p ~p~n", [file:pread(Fd, 0, 100), file:position(Fd, {eof, -1})]),
    io:format("bad positions: ~p ~p~n", [file:position(Fd, -5), file:position(Fd, sideways)]),
    ok = file:close(Fd).

errors(Dir) ->
    Missing = filename:join(Dir, "missing.txt"),
    io:format("open missing: ~p~n", [file:open(Missing, [read])]),
    io:format("open in missing dir: ~p~n", [file:open(filename:join([Dir, "no", "x"]), [write])]),
    io:format("open dir: ~p ~p~n", [file:open(Dir, [read]), file:open(Dir, [write])]),
    io:format("bad mode: ~p~n", [file:open(Missing, [read, {encoding, klingon}])]),
    Existing = filename:join(Dir, "exists.txt"),
    ok = file:write_file(Existing, "x"),
    io:format("exclusive: ~p~n", [file:open(Existing, [write, exclusive])]),
    {ok, RO} = file:open(Existing, [read]),
    io:format("write to read-only: ~p~n", [file:write(RO, "y")]),
    io:format("then: ~p ~p~n", [file:read(RO, 1), file:close(RO)]),
    {ok, Fd} = file:open(Existing, [read]),
    ok = file:close(Fd),
    io:format("closed: ~p ~p ~p ~p~n", [file:read(Fd, 1), file:read_line(Fd), file:position(Fd, 0), file:close(Fd)]),
    io:format("io on closed: ~p~n", [catch_io(fun() -> io:format(Fd, "hello~n", []) end)]),
    io:format("get_line on closed: ~p~n", [io:get_line(Fd, "")]),
    io:format("not a device: ~p ~p~n", [file:read(not_a_device, 1), file:close("x")]),
    {ok, Latin} = file:open(Existing, [write]),
    io:format("no translation: ~p~n", [catch_io(fun() -> io:put_chars(Latin, "snowman \x{2603}") end)]),
    io:format("after it: ~p~n", [file:write(Latin, "z")]).

catch_io(F) ->
    try F() of
        V -> {ok, V}
    catch
        error:Reason -> {error, Reason}
    end.

%% The server behind a file stops when the process that opened it dies.
owner_death(Path) ->
    Self = self(),
    {Owner, Ref} = spawn_monitor(fun() ->
                                         {ok, Fd} = file:open(Path, [write]),
                                         ok = file:write(Fd, "from the owner\n"),
                                         Self ! {fd, Fd},
                                         receive go -> exit(crashed) end
                                 end),
    Fd = receive {fd, F} -> F end,
    FdRef = monitor(process, Fd),
    io:format("owner alive, others may write: ~p~n", [file:write(Fd, "from main\n")]),
    Owner ! go,
    receive {'DOWN', Ref, process, Owner, R1} -> io:format("owner down: ~p~n", [R1]) end,
    receive {'DOWN', FdRef, process, Fd, R2} -> io:format("file server down: ~p~n", [R2]) end,
    io:format("write after: ~p~n", [file:write(Fd, "late\n")]),
    io:format("contents: ~p~n", [file:read_file(Path)]).

copies(Dir, Csv) ->
    Copy = filename:join(Dir, "sales_copy.csv"),
    io:format("copy: ~p~n", [file:copy(Csv, Copy)]),
    io:format("copy head: ~p~n", [file:copy(Csv, {filename:join(Dir, "head.csv"), [write]}, 15)]),
    io:format("append copy: ~p~n", [file:copy(Csv, {Copy, [append]})]),
    {ok, In} = file:open(Csv, [read, binary]),
    io:format("copy from device: ~p~n", [file:copy(In, filename:join(Dir, "dev.csv"), 10)]),
    ok = file:close(In),
    io:format("sizes: ~p~n", [[filelib:file_size(filename:join(Dir, F)) || F <- ["sales_copy.csv", "head.csv", "dev.csv"]]]),
    io:format("copy missing: ~p~n", [file:copy(filename:join(Dir, "nope"), Copy)]).

listing(Dir) ->
    [ok = file:write_file(filename:join(Dir, N), "") || N <- ["a1.txt", "a2.txt", "b1.txt", "notes.md", "logs/old.log"]],
    Ps = ["*.txt", "a?.txt", "[ab]1.*", "{notes,sales}.*", "*.{md,csv}", "**/*.log", "logs/*", "**/app.*",
          "exists.txt", "missing.txt", "*/2024"],
    [io:format("wildcard ~s: ~p~n", [P, filelib:wildcard(P, Dir)]) || P <- Ps],
    Abs = filelib:wildcard(filename:join(Dir, "a*.txt")),
    io:format("absolute: ~p~n", [[filename:basename(F) || F <- Abs]]),
    Logs = filelib:fold_files(Dir, "\\.log$", true, fun(F, Acc) -> [filename:basename(F) | Acc] end, []),
    io:format("fold logs: ~p~n", [lists:sort(Logs)]),
    Top = filelib:fold_files(Dir, "^a", false, fun(F, Acc) -> [filename:basename(F) | Acc] end, []),
    io:format("fold top: ~p~n", [lists:sort(Top)]),
    io:format("is_file: ~p ~p ~p~n", [filelib:is_file(Dir), filelib:is_file(filename:join(Dir, "a1.txt")),
                                      filelib:is_file(filename:join(Dir, "zz"))]),
    io:format("bad pattern: ~p~n", [catch_io(fun() -> filelib:wildcard("{a,b", Dir) end)]).
