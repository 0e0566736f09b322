-module(b_dates).
-export([main/0]).

%% Date arithmetic written by hand (days from a civil date and back, adding
%% months with clamping, weekdays by Zeller's congruence), checked against
%% the calendar module, and the calendar module's common functions.

leap(Y) -> (Y rem 4 =:= 0 andalso Y rem 100 =/= 0) orelse Y rem 400 =:= 0.

month_len(2, Y) -> case leap(Y) of true -> 29; false -> 28 end;
month_len(M, _) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
month_len(_, _) -> 31.

%% Days since 0000-01-01, by counting whole years and months.
days({Y, M, D}) ->
    Y1 = Y - 1,
    YearDays = case Y of 0 -> 0; _ -> 366 + Y1 * 365 + Y1 div 4 - Y1 div 100 + Y1 div 400 end,
    MonthDays = lists:sum([month_len(Mi, Y) || Mi <- lists:seq(1, M - 1)]),
    YearDays + MonthDays + D - 1.

%% The inverse, stepping over 400-year cycles, then years, then months.
from_days(N) ->
    Cycles = N div 146097,
    year_loop(Cycles * 400, N - Cycles * 146097).

year_loop(Y, N) ->
    Len = case leap(Y) of true -> 366; false -> 365 end,
    if N >= Len -> year_loop(Y + 1, N - Len);
       true -> month_loop(Y, 1, N)
    end.

month_loop(Y, M, N) ->
    case month_len(M, Y) of
        L when N >= L -> month_loop(Y, M + 1, N - L);
        _ -> {Y, M, N + 1}
    end.

add_days(Date, K) -> from_days(days(Date) + K).

add_months({Y, M, D}, K) ->
    Total = Y * 12 + (M - 1) + K,
    Y1 = Total div 12,
    M1 = Total rem 12 + 1,
    {Y1, M1, min(D, month_len(M1, Y1))}.

%% Zeller: 0 = Saturday; converted to ISO (1 = Monday).
zeller({Y, M, D}) ->
    {Y1, M1} = if M < 3 -> {Y - 1, M + 12}; true -> {Y, M} end,
    K = Y1 rem 100, J = Y1 div 100,
    H = (D + (13 * (M1 + 1)) div 5 + K + K div 4 + J div 4 + 5 * J) rem 7,
    (H + 5) rem 7 + 1.

day_name(N) -> element(N, {mon, tue, wed, thu, fri, sat, sun}).

fmt({Y, M, D}) -> io_lib:format("~4..0w-~2..0w-~2..0w", [Y, M, D]).

check_range(From, To) ->
    Bad = [D || N <- lists:seq(days(From), days(To)),
                D <- [from_days(N)],
                calendar:date_to_gregorian_days(D) =/= N orelse
                    calendar:gregorian_days_to_date(N) =/= D orelse
                    calendar:day_of_the_week(D) =/= zeller(D)],
    io:format("checked ~s .. ~s: ~w mismatches~n", [fmt(From), fmt(To), length(Bad)]).

main() ->
    Dates = [{2000, 1, 1}, {2000, 2, 29}, {1999, 12, 31}, {2024, 3, 15}, {1970, 1, 1}, {1, 1, 1}],
    lists:foreach(
      fun(D) ->
              io:format("~s day ~7w ~w leap=~w last=~w~n",
                        [fmt(D), days(D), day_name(zeller(D)), calendar:is_leap_year(element(1, D)),
                         calendar:last_day_of_the_month(element(1, D), element(2, D))])
      end, Dates),
    check_range({1999, 11, 1}, {2001, 3, 31}),
    check_range({2099, 12, 1}, {2100, 3, 1}),
    io:format("+100 days from 2024-01-31: ~s~n", [fmt(add_days({2024, 1, 31}, 100))]),
    io:format("-1 day from 2000-03-01: ~s~n", [fmt(add_days({2000, 3, 1}, -1))]),
    io:format("month ends: ~p~n", [[add_months({2023, 1, 31}, K) || K <- lists:seq(0, 13, 1)]]),
    io:format("12 months back from 2024-02-29: ~s~n", [fmt(add_months({2024, 2, 29}, -12))]),
    Epoch = calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}),
    io:format("unix epoch in gregorian seconds: ~w~n", [Epoch]),
    [io:format("unix ~w -> ~w~n", [T, calendar:gregorian_seconds_to_datetime(Epoch + T)])
     || T <- [0, 86399, 951782400, 1234567890, 2147483647, 4102444800]],
    io:format("seconds_to_daystime: ~w ~w~n",
              [calendar:seconds_to_daystime(100000), calendar:seconds_to_daystime(-3601)]),
    io:format("time_to_seconds ~w, seconds_to_time ~w~n",
              [calendar:time_to_seconds({13, 45, 30}), calendar:seconds_to_time(49530)]),
    io:format("valid: ~w~n", [[calendar:valid_date(D) || D <- [{2023, 2, 29}, {2024, 2, 29}, {2024, 13, 1}, {2024, 4, 31}]]]),
    io:format("iso weeks: ~w~n", [[calendar:iso_week_number(D) || D <- [{2021, 1, 1}, {2020, 12, 31}, {2026, 6, 15}, {2024, 12, 30}]]]),
    Fridays13 = [{Y, M} || Y <- lists:seq(2024, 2026), M <- lists:seq(1, 12),
                           calendar:day_of_the_week(Y, M, 13) =:= 5],
    io:format("friday the 13th: ~w~n", [Fridays13]),
    Age = fun(Born, Today) ->
                  (days(Today) - days(Born)) div 365
          end,
    io:format("age approx ~w, exact days ~w~n",
              [Age({1990, 7, 4}, {2026, 11, 26}),
               calendar:date_to_gregorian_days(2026, 11, 26) - calendar:date_to_gregorian_days(1990, 7, 4)]),
    Errors = [catch calendar:date_to_gregorian_days(2023, 2, 29),
              catch calendar:last_day_of_the_month(2023, 13),
              catch calendar:gregorian_seconds_to_datetime(-1)],
    io:format("errors: ~w~n", [[element(1, element(2, E)) || E <- Errors]]),
    ok.
