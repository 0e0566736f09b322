#!/usr/bin/env python3
"""diff-bits-random.py: random bit-syntax programs run on BEAM and through
erl2go; every difference in what they print is reported.

Each program builds 60 binaries from 1 to 5 random segments (integers of
odd sizes, signed, little, native and unit:2, floats of 16, 32 and 64 bits,
binaries, bitstrings, utf8/16/32, and segments that raise badarg), prints
each result or error, and matches each result again with a pattern of the
same segments. With "lit" the values are literals, which erl2go encodes at
compile time; with "rt" they pass through a function, so the run-time
builder and matcher do the work.

Usage: scripts/diff-bits-random.py [FIRST_SEED [COUNT]]
Needs Erlang/OTP (erl, erlc) and Go. Exit status 1 if anything differs.
"""
import os
import random
import subprocess
import sys
import tempfile

INT_SIZES = [1, 3, 4, 7, 8, 12, 16, 24, 31, 32, 33, 48, 63, 64, 65, 72, 100]
INT_VALUES = [0, 1, -1, 255, 256, -129, 2**31, 2**64 + 5, -(2**70)]
BAD = ['(V(foo)):8', '(V(1.5)):8', '(V(1)):(V(-1))', '(V(1.0)):(V(24))/float',
       '(V(<<1,2>>)):3/binary', '(V(<<1:4>>))/binary', '(V(16#D800))/utf8', '(V(-1))/utf32',
       '(V(<<1,2,3>>)):2/binary', '(V(<<1,2,3>>)):(V(5))/bits', '(V(1)):(V(a))',
       '(V(1.0e300)):32/float']


def segment(rnd):
    """Returns (construction segment, pattern segment or None)."""
    t = rnd.choice(['integer', 'integer', 'float', 'binary', 'bits', 'utf8', 'utf16', 'utf32', 'bad'])
    ends = rnd.choice(['', '-little', '-big', '-native'])
    sign = rnd.choice(['', '-signed', '-unsigned'])
    if t == 'integer':
        size = rnd.choice(INT_SIZES)
        v = rnd.choice(INT_VALUES + [rnd.randint(-10**6, 10**6)])
        if rnd.random() < 0.25:
            spec = f'{max(size // 2, 1)}/integer{sign}{ends}-unit:2'
        else:
            spec = f'{size}/integer{sign}{ends}'
        return f'(V({v})):{spec}', f'X:{spec}'
    if t == 'float':
        spec = f'{rnd.choice([16, 32, 64])}/float{ends}'
        v = rnd.choice(['1.5', '-0.25', '3', '1.0e10', '65504.0', '-2.0e-3'])
        return f'(V({v})):{spec}', f'X:{spec}'
    if t == 'binary':
        v = rnd.choice(['<<"abc">>', '<<1,2,3,4>>', '<<>>'])
        return f'(V({v}))/binary', None
    if t == 'bits':
        v = rnd.choice(['<<5:3>>', '<<1,2:4>>', '<<>>'])
        return f'(V({v}))/bits', None
    if t == 'bad':
        return rnd.choice(BAD), None
    e = ends if t != 'utf8' else ''
    v = rnd.choice([65, 233, 0x20AC, 0x1F600, 0x10FFFF])
    return f'(V({v}))/{t}{e}', f'X/{t}{e}'


def program(seed, mode):
    rnd = random.Random(seed)
    lines = []
    for i in range(60):
        segs = [segment(rnd) for _ in range(rnd.randint(1, 5))]
        cons = ', '.join(s[0] for s in segs).replace('V(', 'id(' if mode == 'rt' else '(')
        lines.append(f'    B{i} = (try <<{cons}>> catch C{i}:R{i} -> {{C{i}, R{i}}} end),\n'
                     f'    io:format("~p~n", [B{i}]),')
        if all(s[1] for s in segs):
            pats = ', '.join(s[1].replace('X', f'X{i}_{j}') for j, s in enumerate(segs))
            vs = ', '.join(f'X{i}_{j}' for j in range(len(segs)))
            lines.append(f'    io:format("~p~n", [case B{i} of <<{pats}>> -> [{vs}]; _ -> nomatch end]),')
            # The same with one value a literal: the one put there, or not.
            k = rnd.randrange(len(segs))
            lit = segs[k][0].split(':')[0].split('/')[0].replace('V(', '(')
            if 'float' not in segs[k][1] and 'utf' not in segs[k][1] or rnd.random() < 0.5:
                lit = rnd.choice([lit, '(0)', '(1)'])
            pats = ', '.join((s[1].replace('X', lit) if j == k else s[1].replace('X', '_'))
                             for j, s in enumerate(segs))
            lines.append(f'    io:format("~p~n", [case B{i} of <<{pats}>> -> yes; _ -> no end]),')
            # Each segment as a generator over the binary.
            g = segs[k][1].replace('X', f'G{i}')
            lines.append(f'    io:format("~p~n", [catch [G{i} || <<{g}>> <= B{i}]]),')
    return ('-module(fz).\n-export([main/0, id/1]).\nid(X) -> X.\nmain() ->\n'
            + '\n'.join(lines) + '\n    ok.\n')


def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        erl2go = os.path.join(tmp, 'erl2go')
        subprocess.run(['go', 'build', '-o', erl2go, './cmd/erl2go'], cwd=root, check=True)
        for seed in range(first, first + count):
            for mode in ['rt', 'lit']:
                with open(os.path.join(tmp, 'fz.erl'), 'w') as f:
                    f.write(program(seed, mode))
                subprocess.run(['erlc', 'fz.erl'], cwd=tmp, check=True, capture_output=True)
                beam = subprocess.run(['erl', '-noshell', '-eval', 'fz:main(), init:stop().'],
                                      cwd=tmp, capture_output=True).stdout
                ours = subprocess.run([erl2go, 'run', 'fz.erl'], cwd=tmp, capture_output=True).stdout
                if beam == ours:
                    print(f'same     seed {seed} {mode}')
                    continue
                failed = True
                print(f'DIFFERS  seed {seed} {mode}')
                for b, o in zip(beam.decode('latin-1').splitlines(), ours.decode('latin-1').splitlines()):
                    if b != o:
                        print(f'    beam:   {b}\n    erl2go: {o}')
                        break
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
