%% Formatted input: io_lib:fread/2,3 and io:fread/3 on files. A small
%% inventory loader reads a data file of records with io:fread, skipping
%% the lines that do not parse; a column parser reads fixed-width fields;
%% a stream reader feeds chunks to io_lib:fread/3 and carries its
%% continuation; every error io_lib_fread reports is shown once.
-module(c_fread).
-export([main/0]).

main() ->
    File = "c_fread_inventory.txt",
    ok = file:write_file(File, inventory()),
    try
        Items = load(File),
        report(Items)
    after
        file:delete(File)
    end,
    columns(),
    stream(),
    controls(),
    errors(),
    bad_calls().

inventory() ->
    <<"# id name qty price\n",
      "1 bolt 250 0.15\n",
      "2 nut 1000 0.05\n",
      "three washer 40 0.02\n",
      "4 gear -3 12.50\n",
      "5   spring\t 75   1.25\r\n",
      "6 axle 2 99.0\n",
      "7 cog">>.

%% load reads records until eof; a line that does not fit is reported and
%% skipped (io:fread drops the rest of a line it fails on).
load(File) ->
    {ok, Fd} = file:open(File, [read]),
    Header = io:get_line(Fd, ""),
    io:format("header ~p~n", [Header]),
    Items = read_items(Fd, []),
    ok = file:close(Fd),
    Items.

read_items(Fd, Acc) ->
    case io:fread(Fd, "", "~d ~s ~d ~f") of
        {ok, [Id, Name, Qty, Price]} when Qty >= 0 ->
            read_items(Fd, [{Id, list_to_atom(Name), Qty, Price} | Acc]);
        {ok, [Id | _]} ->
            io:format("item ~b: negative quantity~n", [Id]),
            read_items(Fd, Acc);
        {error, {fread, What}} ->
            io:format("skipped a line: ~p~n", [What]),
            read_items(Fd, Acc);
        eof ->
            lists:reverse(Acc)
    end.

report(Items) ->
    Total = lists:sum([Q * P || {_, _, Q, P} <- Items]),
    [io:format("~3b ~-8s ~5b ~8.2f~n", [Id, Name, Q, P]) || {Id, Name, Q, P} <- Items],
    io:format("stock value ~.2f~n", [Total]).

%% columns reads fixed-width records: a 4-digit year, 2-digit month and
%% day, a 3-character code, a flag character and a count.
columns() ->
    Lines = ["20240131ABCy  42", "19991231XYZn   7", "2024013 ABCy   1", "20240229Q\x{2603}Zy   9"],
    [io:format("~p -> ~p~n", [L, io_lib:fread("~4d~2d~2d~3c~c~4d", L)]) || L <- Lines],
    io:format("~p~n", [io_lib:fread("~4d~2d~2d~3tc~c~4d", lists:last(Lines))]),
    Clock = fun(S) -> io_lib:fread("~2d:~2d:~2d", S) end,
    io:format("~p ~p ~p~n", [Clock("12:34:56"), Clock("1:2:3"), Clock("12:34")]).

%% stream feeds a reader chunks as a socket would deliver them.
stream() ->
    Chunks = ["10 20", " 30\n4", "0 50\r\n", "60 ", "", "70\n", "tail"],
    feed(Chunks, [], 0).

feed([], _Cont, N) ->
    io:format("~b records~n", [N]);
feed([Chunk | Rest], Cont, N) ->
    case io_lib:fread(Cont, Chunk, "~d ~d ~d") of
        {more, Cont1} ->
            io:format("more after ~p: ~p~n", [Chunk, Cont1]),
            feed(Rest, Cont1, N);
        {done, {ok, Nums}, Left} ->
            io:format("record ~w, left ~p~n", [Nums, Left]),
            feed([Left | Rest], [], N + 1);
        {done, Other, Left} ->
            io:format("ended with ~p, left ~p~n", [Other, Left]),
            feed(Rest, [], N)
    end.

controls() ->
    Cases = [{"~u", "0777rest"}, {"~8u", "0777rest"}, {"~16u", "DeadBeef!"}, {"~-~d", "-17"},
             {"~-~d", "17"}, {"~#", "16#FF"}, {"~#", "-2#1011"}, {"~6#", " 8#17x"}, {"~a:~a", "key:value"},
             {"~s~l", "   word rest"}, {"~*s ~s", "skip keep"}, {"~5s|", "ab cd|"}, {"~~~d", "~5"},
             {"~f", "-6.02e23"}, {"~4f", "1.5e3"}, {"~ts", "caf\x{e9}\x{2603} x"}, {"~s", "caf\x{e9}\x{2603} x"},
             {"~c~c", "\t\n"}, {"~3c", "a\nb"}, {"x ~d", "x\t\t9"}, {"x~d", "x 9"}, {"", ""},
             {"~d", "123456789012345678901234567890"}, {"~d~d", "12"}, {"~a", "\"quoted\""}],
    [io:format("~p ~p: ~p~n", [F, S, io_lib:fread(F, S)]) || {F, S} <- Cases],
    ok.

%% errors shows each error that io_lib_fread reports.
errors() ->
    Cases = [{"~d", "abc"}, {"~u", "-1"}, {"~f", "1"}, {"~#", "99#1"}, {"~s", [16#2603]},
             {"~a", [16#2603]}, {"~2c", "a"}, {"~q", "q"}, {"~~", "~"}, {"~~", "x"},
             {"a", "b"}, {"~d", eof}, {"a ~d", eof}],
    [io:format("~p ~p: ~p~n", [F, S, io_lib:fread(F, S)]) || {F, S} <- Cases],
    io:format("~p~n", [io_lib:fread([], "7 x\n", "~d ~d")]),
    io:format("~p~n", [io_lib:fread([], "7\n", "~d ~d")]),
    {more, C} = io_lib:fread([], "7\n", "~d ~d"),
    io:format("~p~n", [io_lib:fread(C, eof, "~d ~d")]),
    io:format("~p~n", [io_lib:fread([], eof, "~d")]).

%% bad_calls: arguments that are not strings fail as OTP's code does.
bad_calls() ->
    Try = fun(F) ->
                  try F() of
                      V -> io:format("returned ~p~n", [V])
                  catch
                      C:R:St -> io:format("~p:~p in ~p~n", [C, R, hd(St)])
                  end
          end,
    Try(fun() -> io_lib:fread(format, "1") end),
    Try(fun() -> io_lib:fread([], "1\n", format) end),
    Try(fun() -> io_lib:fread({cont}, "1\n", "~d") end),
    Try(fun() -> io_lib:fread([], "no newline yet", format) end).
