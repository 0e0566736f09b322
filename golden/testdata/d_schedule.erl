-module(d_schedule).
-export([main/0]).

%% A meeting scheduler over fixed dates: calendar arithmetic, ISO
%% weeks, business-day counting, recurring events, durations and
%% RFC 3339 formatting, with invalid input caught.

main() ->
    Start = {2024, 1, 29},
    weekdays(Start),
    recurring(),
    durations(),
    business(),
    iso(),
    rfc3339(),
    invalid(),
    ok.

day_name(N) -> element(N, {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}).

weekdays(Start) ->
    Base = calendar:date_to_gregorian_days(Start),
    Days = [calendar:gregorian_days_to_date(Base + I) || I <- lists:seq(0, 34, 3)],
    lists:foreach(
      fun({Y, M, D} = Date) ->
              io:format("~4..0w-~2..0w-~2..0w ~s leap=~w last=~w~n",
                        [Y, M, D, day_name(calendar:day_of_the_week(Date)),
                         calendar:is_leap_year(Y), calendar:last_day_of_the_month(Y, M)])
      end, Days).

%% Monthly meeting on the last Friday; skips to the prior day if a holiday.
recurring() ->
    Holidays = [{2024, 3, 29}, {2024, 12, 27}],
    Dates = [last_weekday(2024, M, 5) || M <- lists:seq(1, 12)],
    Adjusted = [adjust(D, Holidays) || D <- Dates],
    io:format("~p~n", [Adjusted]),
    Every = [add_days({2024, 2, 26}, 7 * K) || K <- lists:seq(0, 4)],
    io:format("~w~n", [Every]).

last_weekday(Y, M, Wd) ->
    Last = {Y, M, calendar:last_day_of_the_month(Y, M)},
    Back = (calendar:day_of_the_week(Last) - Wd + 7) rem 7,
    add_days(Last, -Back).

adjust(D, Holidays) ->
    case lists:member(D, Holidays) of
        true -> adjust(add_days(D, -1), Holidays);
        false -> D
    end.

add_days(Date, N) ->
    calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(Date) + N).

durations() ->
    A = {{2024, 2, 28}, {23, 15, 0}},
    B = {{2024, 3, 1}, {1, 5, 30}},
    Diff = calendar:time_difference(A, B),
    io:format("~p~n", [Diff]),
    Secs = calendar:datetime_to_gregorian_seconds(B) - calendar:datetime_to_gregorian_seconds(A),
    io:format("~w s = ~p~n", [Secs, calendar:seconds_to_daystime(Secs)]),
    io:format("~p~n", [calendar:seconds_to_time(3725)]),
    io:format("~p~n", [calendar:time_to_seconds({10, 30, 15})]),
    io:format("~p~n", [calendar:gregorian_seconds_to_datetime(63871234567)]),
    io:format("~p~n", [calendar:time_difference(B, A)]),
    Epoch = calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}),
    io:format("epoch=~w unix(B)=~w~n", [Epoch, calendar:datetime_to_gregorian_seconds(B) - Epoch]),
    io:format("~p~n", [calendar:date_to_gregorian_days(2000, 1, 1)]),
    io:format("~p~n", [[human(S) || S <- [0, 59, 61, 3600, 86399, 90061, 1000000]]]).

human(S) ->
    {D, {H, M, Sec}} = calendar:seconds_to_daystime(S),
    Parts = [{D, "d"}, {H, "h"}, {M, "m"}, {Sec, "s"}],
    case [integer_to_list(N) ++ U || {N, U} <- Parts, N > 0] of
        [] -> "0s";
        Ps -> string:join(Ps, " ")
    end.

business() ->
    Ranges = [{{2024, 1, 1}, {2024, 1, 31}}, {{2024, 2, 1}, {2024, 2, 29}},
              {{2023, 12, 20}, {2024, 1, 5}}],
    lists:foreach(
      fun({From, To}) ->
              io:format("~w..~w: ~w business days~n", [From, To, business_days(From, To)])
      end, Ranges).

business_days(From, To) ->
    F = calendar:date_to_gregorian_days(From),
    T = calendar:date_to_gregorian_days(To),
    length([D || D <- lists:seq(F, T),
                 calendar:day_of_the_week(calendar:gregorian_days_to_date(D)) < 6]).

iso() ->
    Dates = [{2020, 12, 31}, {2021, 1, 1}, {2021, 1, 4}, {2024, 12, 30}, {2026, 6, 15}, {2027, 1, 3}],
    lists:foreach(
      fun(D) ->
              {Y, W} = calendar:iso_week_number(D),
              io:format("~w: ~w-W~2..0w~n", [D, Y, W])
      end, Dates).

rfc3339() ->
    Secs = [0, 1700000000, 951782400, 4102444799],
    lists:foreach(
      fun(S) ->
              io:format("~s ~s~n",
                        [calendar:system_time_to_rfc3339(S, [{offset, "Z"}]),
                         calendar:system_time_to_rfc3339(S * 1000, [{unit, millisecond}, {offset, "+02:00"}])])
      end, Secs),
    io:format("~s~n", [calendar:system_time_to_rfc3339(1234567891, [{offset, 3600}, {time_designator, $\s}])]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2024-02-29T12:00:00Z")]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2024-02-29T12:00:00.250+01:00", [{unit, millisecond}])]),
    io:format("~p~n", [calendar:system_time_to_universal_time(1700000000, second)]).

invalid() ->
    io:format("~p~n", [[calendar:valid_date(D) || D <- [{2023, 2, 29}, {2024, 2, 29}, {2024, 13, 1}, {2024, 4, 31}]]]),
    Cases = [fun() -> calendar:day_of_the_week({2024, 2, 30}) end,
             fun() -> calendar:date_to_gregorian_days({2024, 13, 1}) end,
             fun() -> calendar:last_day_of_the_month(2024, 0) end,
             fun() -> calendar:gregorian_days_to_date(-1) end,
             fun() -> calendar:iso_week_number({x, 1, 1}) end,
             fun() -> calendar:rfc3339_to_system_time("not a date") end],
    lists:foreach(
      fun(F) ->
              try F() of
                  V -> io:format("value ~p~n", [V])
              catch
                  Class:Reason:St -> io:format("~w:~p ~p~n", [Class, Reason, hd(St)])
              end
      end, Cases).
