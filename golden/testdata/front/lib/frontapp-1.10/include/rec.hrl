%% The newest version of frontapp: include_lib must pick 1.10 over 1.9.
-record(file_info, {size = 0, type}).
