%% An older version: never included.
-error(wrong_version).
