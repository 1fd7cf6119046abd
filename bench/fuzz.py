#!/usr/bin/env python3
"""Mutation fuzzer for stakemap's CSV reader and decoder (issue 11).

    bench/fuzz.py [--minutes 30] [--stakemap .build/release/stakemap]
                  [--workers 1] [--seed S] [--out bench/out/fuzz]

Seeds: the files in samples/ and small hand-made ones (BOMs, UTF-16,
Windows-1252, quotes, ; and tab, CRLF, long accented cells, NULs, header
variants). Each input is a seed mutated 1-6 times (mostly once) (byte flips, inserted quotes,
delimiters, newlines and multibyte bytes, duplicated cells and lines,
truncation, splicing two files, huge cells), imported as one of the five kinds
(people, units, groups, roles, links), sometimes with --dry-run, --delimiter,
--encoding or --ignore-unknown, into a copy of a database that holds the
samples, with a 10 s timeout.

Failures: a signal, an exit code other than 0, 65 or 66, "Fatal error" in
stderr, a run over 10 s, or a database whose bytes changed on exit 65 (or on
any --dry-run) and whose export changed too. Each failing input is saved in
OUT/crashes/ with a .txt that says what happened and the command. The totals
(inputs run, exits by code, failures, slowest input) are printed at the end
and written to OUT/summary.txt. Exit 1 when anything failed.
"""
import argparse, collections, hashlib, os, random, shutil, subprocess, sys, tempfile, time
from multiprocessing import Pool

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["people", "units", "groups", "roles", "links"]
SAMPLES = {"people": "mensen.csv", "units": "afdelingen.csv", "groups": "doelgroepen.csv",
           "roles": "rollen.csv", "links": "relaties.csv"}
TIMEOUT = 10.0
BOM = b"\xef\xbb\xbf"


def hand_made():
    """Small seeds for the corners of the reader and decoder."""
    people = "id,name,unit,influences,notes\nan,Anne Één,Gemeente/Team,bo,\"Zegt \"\"ja\"\"\"\nbo,Bo,Gemeente,an,\n"
    seeds = [
        BOM + people.encode(),
        people.replace(",", ";").encode(),
        people.replace(",", "\t").encode(),
        people.replace("\n", "\r\n").encode(),
        people.encode("utf-16"), people.encode("utf-16-be"),
        people.encode("cp1252"),
        BOM + "Naam;Afdeling;Macht;Belang;Notities\nJosé Müller;Gemeente/Ruimte;5;4;\"a;b\nc\"\n".encode(),
        ("name,notes\nX," + "é" * 5000 + "\n").encode(),
        ("name,unit\n" + "ñ" * 1001 + ",A\n").encode(),
        b"name,notes\nA\x00B,\x00\n",
        b"name\n\"unterminated\n",
        b"", b"\n", b",,,\n,,,\n", BOM, b"id,id,name\n1,2,x\n",
        b"NAME , Unit ,UNKNOWN\r\nA,B,C\r\n",
        "unit,side,power\nA/B/C,intern,3\nA//B,extern,9\n".encode(),
        b"name,power,interest\nA,-1,999999999999999999999\nB,3.5,\n",
        b"source,target,kind,weight\na,a,influences,5\na,b,reports_to,x\n",
        b"naam,verplicht\nrol,ja\nrol,nee\n,misschien\n",
        b"\xff\xfe\x00\x00n\x00\x00\x00",
        b"name\n\xc3\n\xe2\x82\n\xf0\x9f\x98\n\xed\xa0\x80\n\xc0\xaf\n",
    ]
    return seeds


INSERTS = [b'"', b'""', b",", b";", b"\t", b"\n", b"\r", b"\r\n", b"\x00", BOM, b"\xc3\xa9",
           b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\x80", b"\xff", b"\xed\xa0\x80", b"|", b"/", b"=",
           b"-", b" ", b"\\", b"'"]


def mutate(data, seeds, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 6])):
        n, m = len(data), rng.randrange(10)
        pos = rng.randint(0, n)
        if m == 0 and n:  # flip bits
            i = rng.randrange(n)
            data[i] ^= 1 << rng.randrange(8)
        elif m == 1 and n:  # random byte
            data[rng.randrange(n)] = rng.randrange(256)
        elif m <= 3:  # insert a token
            data[pos:pos] = rng.choice(INSERTS) * rng.choice([1, 1, 1, 2, 7])
        elif m == 4 and n:  # delete a range
            data[pos:pos + rng.randint(1, 64)] = b""
        elif m == 5 and n:  # truncate
            del data[rng.randrange(n):]
        elif m == 6 and n:  # duplicate a range (cells, lines)
            a = rng.randrange(n)
            chunk = data[a:a + rng.randint(1, 200)]
            data[pos:pos] = chunk * rng.choice([1, 2, 10, 100])
        elif m == 7:  # splice with another seed
            other = rng.choice(seeds)
            data = data[:pos] + other[rng.randint(0, len(other)):]
        elif m == 8:  # huge cell
            unit = rng.choice([b"a", b"\xc3\xa9", b"\xe2\x82\xac", b'"', b";", b"x,"])
            data[pos:pos] = unit * rng.choice([999, 1001, 5000, 100001, 400000])
        else:  # duplicate a line
            lines = bytes(data).split(b"\n")
            i = rng.randrange(len(lines))
            lines[i:i] = [lines[i]] * rng.choice([1, 5, 1000])
            data = bytearray(b"\n".join(lines))
    return bytes(data[:4 << 20])


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def export(stakemap, db):
    return subprocess.run([stakemap, "export", "--format", "json", "--db", db],
                          capture_output=True, timeout=60).stdout


def run_one(job):
    """Import one mutated input; returns (code, seconds, failure or None, args, data)."""
    stakemap, base, base_sha, base_export, seeds, seed, work = job
    rng = random.Random(seed)
    kind = rng.choice(KINDS)
    data = mutate(rng.choice(seeds), seeds, rng)
    d = tempfile.mkdtemp(dir=work)
    try:
        csv, db = os.path.join(d, "in.csv"), os.path.join(d, "p.db")
        with open(csv, "wb") as f:
            f.write(data)
        shutil.copyfile(base, db)
        args = ["import", kind, csv, "--db", db]
        dry = rng.random() < 0.15
        if dry:
            args.append("--dry-run")
        if rng.random() < 0.1:
            args += ["--delimiter", rng.choice([",", ";", "tab"])]
        if rng.random() < 0.1:
            args += ["--encoding", rng.choice(["utf-8", "windows-1252", "latin1"])]
        if rng.random() < 0.2:
            args.append("--ignore-unknown")
        start = time.monotonic()
        try:
            p = subprocess.run([stakemap] + args, capture_output=True, timeout=TIMEOUT)
            code, err = p.returncode, p.stderr
        except subprocess.TimeoutExpired:
            return "hang", time.monotonic() - start, "hang over %g s" % TIMEOUT, args, data
        secs = time.monotonic() - start
        failure = None
        if code < 0 or code not in (0, 65, 66) or b"Fatal error" in err:
            failure = "exit %d: %s" % (code, err.decode("utf-8", "replace")[-2000:])
        elif (code == 65 or dry) and sha(db) != base_sha and export(stakemap, db) != base_export:
            failure = "database changed on exit %d%s" % (code, " (--dry-run)" if dry else "")
        return code, secs, failure, args, data
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--stakemap", default=os.path.join(ROOT, ".build/release/stakemap"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench/out/fuzz"))
    a = ap.parse_args()
    stakemap = os.path.abspath(a.stakemap)
    crashes = os.path.join(a.out, "crashes")
    os.makedirs(crashes, exist_ok=True)
    work = tempfile.mkdtemp(prefix="stakemap-fuzz.")
    base = os.path.join(work, "base.db")
    for kind in KINDS:
        subprocess.run([stakemap, "import", kind, os.path.join(ROOT, "samples", SAMPLES[kind]),
                        "--db", base], check=True, capture_output=True)
    for extra in ("-wal", "-shm"):
        if os.path.exists(base + extra):
            sys.exit("base database left a %s file" % extra)
    seeds = [open(os.path.join(ROOT, "samples", f), "rb").read() for f in SAMPLES.values()]
    seeds += hand_made()
    base_sha, base_export = sha(base), export(stakemap, base)
    print("fuzzing %s for %g min, seed %d, %d worker(s), %d seeds"
          % (stakemap, a.minutes, a.seed, a.workers, len(seeds)), flush=True)
    codes, failures, slowest = collections.Counter(), [], (0.0, None)
    deadline, n = time.monotonic() + a.minutes * 60, 0
    job = lambda i: (stakemap, base, base_sha, base_export, seeds, a.seed * 1000003 + i, work)
    with Pool(a.workers) as pool:
        while time.monotonic() < deadline:  # small batches: a bounded queue
            batch = [job(n + i) for i in range(4 * a.workers)]
            for code, secs, failure, args, data in pool.map(run_one, batch, chunksize=1):
                n += 1
                codes[code] += 1
                if secs > slowest[0]:
                    slowest = (secs, " ".join(args[:2]) + " (%d bytes)" % len(data))
                if failure:
                    name = os.path.join(crashes, "%d-%d" % (a.seed, n))
                    open(name + ".csv", "wb").write(data)
                    open(name + ".txt", "w").write("%s\nstakemap %s\n" % (failure, " ".join(args)))
                    failures.append(failure.split("\n")[0][:200])
                    print("FAIL %s: %s" % (name, failures[-1]), flush=True)
                if n % 1000 == 0:
                    print("%d inputs, %d failures" % (n, len(failures)), flush=True)
    shutil.rmtree(work, ignore_errors=True)
    kinds = collections.Counter(f.split(":")[0] for f in failures)
    summary = ["inputs run: %d in %g min (seed %d)" % (n, a.minutes, a.seed),
               "exits: " + ", ".join("%s: %d" % (c, k) for c, k in sorted(codes.items(), key=str)),
               "crashes: %d, hangs over %g s: %d, database changed: %d"
               % (sum(v for k, v in kinds.items() if k.startswith("exit")), TIMEOUT,
                  kinds["hang over %g s" % TIMEOUT],
                  sum(v for k, v in kinds.items() if k.startswith("database"))),
               "slowest input: %.2f s (%s)" % slowest]
    print("\n".join(summary))
    open(os.path.join(a.out, "summary.txt"), "w").write("\n".join(summary) + "\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
