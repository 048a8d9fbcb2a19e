#!/usr/bin/env python3
"""Query times of a store with many events, SQLite and PostgreSQL alike.

    python3 scripts/bench-store.py BINARY --events 1000000 [--postgres URL] [--wrk SECONDS]

Fills a store made by BINARY (its schema) with generated rows: actors `Actor 000`…, events on
days 2000–2023 between them with one sentence of evidence each, documents for the evidence.
Then times `timeline print --actor … --from … --to …` and `graph query between A B` as a user
runs them (best of three, with each run's peak memory), and, with --wrk, loads `serve` with wrk
on 127.0.0.1 for that many seconds per endpoint. The rows are generated, not extracted: this
measures the store, not the extraction."""
import argparse, csv, datetime, io, json, os, random, re, shutil, sqlite3, subprocess, sys, tempfile, time

CODES = [("010", "Make statement", 1, 0.0), ("036", "Express intent to meet", 1, 4.0), ("043", "Host a visit", 1, 2.8),
         ("057", "Sign formal agreement", 1, 8.0), ("061", "Cooperate economically", 2, 6.4), ("070", "Provide aid", 2, 7.0),
         ("112", "Accuse", 3, -2.0), ("120", "Reject", 3, -4.0), ("130", "Threaten", 3, -4.4),
         ("173", "Arrest", 4, -5.0), ("190", "Use conventional military force", 4, -10.0), ("195", "Employ aerial weapons", 4, -9.5)]
FIRST = datetime.date(2000, 1, 1).toordinal()
LAST = datetime.date(2023, 12, 31).toordinal()
FIRST_ID = 10_000_000  # above the ids of the one real article that made the schema


def rows(n_events, n_actors, n_docs, seed=7):
    rnd = random.Random(seed)
    actors = [(f"actor-{i:03d}", f"Actor {i:03d}", "country", "[]", None, json.dumps([f"A{i:03d}"])) for i in range(n_actors)]
    docs = [(f"h{i:07x}", f"doc{i}", "en", f"Report {i}", datetime.date.fromordinal(FIRST + i % (LAST - FIRST)).isoformat(), 0, "{}", 0)
            for i in range(n_docs)]
    weights = [1.0 / (i + 1) ** 0.6 for i in range(n_actors)]

    def gen():
        for e in range(FIRST_ID, FIRST_ID + n_events):
            a, b = rnd.choices(range(n_actors), weights=weights, k=2)
            if a == b:
                b = (b + 1) % n_actors
            code, label, quad, gold = rnd.choice(CODES)
            day = rnd.randint(FIRST, LAST)
            iso = datetime.date.fromordinal(day).isoformat()
            d = rnd.randrange(n_docs)
            yield ((e, f"{code[:2]}|actor-{a:03d}>actor-{b:03d}", "asserted", code, code[:2], label, quad, gold, iso, "day", day, day, None, None),
                   [(e, f"actor-{a:03d}", "source", 0, day, day), (e, f"actor-{b:03d}", "target", 0, day, day)],
                   (e, e, docs[d][0], docs[d][1], f"Actor {a:03d} and Actor {b:03d}: {label.lower()} on {iso}.", 0, 40))
    return actors, docs, gen


def fill_sqlite(path, n_events, n_actors, n_docs):
    actors, docs, gen = rows(n_events, n_actors, n_docs)
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys=OFF")
    db.executemany("INSERT OR IGNORE INTO actor VALUES (?,?,?,?,?,?)", actors)
    db.executemany("INSERT INTO document VALUES (?,?,?,?,?,?,?,?)", docs)
    ev, ea, evi = [], [], []
    for e, links, v in gen():
        ev.append(e); ea += links; evi.append(v)
        if len(ev) >= 50000:
            db.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ev)
            db.executemany("INSERT INTO event_actor VALUES (?,?,?,?,?,?)", ea)
            db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?,?)", evi)
            ev, ea, evi = [], [], []
    db.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ev)
    db.executemany("INSERT INTO event_actor VALUES (?,?,?,?,?,?)", ea)
    db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?,?)", evi)
    db.commit()
    db.execute("ANALYZE")
    db.close()


def copy(url, table, records):
    buf = io.StringIO()
    w = csv.writer(buf)
    for r in records:
        w.writerow(["\\N" if x is None else x for x in r])
    subprocess.run(["psql", url, "-q", "-c", f"\\copy {table} FROM STDIN WITH (FORMAT csv, NULL '\\N')"], input=buf.getvalue(), text=True, check=True)


def fill_postgres(url, n_events, n_actors, n_docs):
    actors, docs, gen = rows(n_events, n_actors, n_docs)
    subprocess.run(["psql", url, "-q", "-c", "DELETE FROM actor WHERE id LIKE 'actor-%'"], check=True)
    copy(url, "actor", actors)
    copy(url, "document", docs)
    ev, ea, evi = [], [], []
    for e, links, v in gen():
        ev.append(e); ea += links; evi.append(v)
        if len(ev) >= 200000:
            copy(url, "event", ev); copy(url, "event_actor", ea); copy(url, "evidence", evi)
            ev, ea, evi = [], [], []
    if ev:
        copy(url, "event", ev); copy(url, "event_actor", ea); copy(url, "evidence", evi)
    subprocess.run(["psql", url, "-q", "-c", "SELECT setval('event_id_seq', (SELECT max(id) FROM event)); "
                    "SELECT setval('evidence_id_seq', (SELECT max(id) FROM evidence)); ANALYZE"], check=True, capture_output=True)


def output(cmd):
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {p.stderr.decode()}")
    return p.stdout


def timed_rss(cmd):
    """Seconds and peak resident memory (MiB) of one run."""
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1); os.dup2(fd, 2)
        os.execv(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({status})")
    return elapsed, usage.ru_maxrss / 1024


def measure(binary, store, label):
    queries = {
        "timeline print --actor 'Actor 007' --from 2015 --to 2016": [binary, "timeline", "print", "--store", store, "--actor", "Actor 007", "--from", "2015", "--to", "2016"],
        "graph query between 'Actor 003' 'Actor 011'": [binary, "graph", "query", "between", "Actor 003", "Actor 011", "--store", store],
    }
    for name, cmd in queries.items():
        runs = [timed_rss(cmd) for _ in range(3)]
        best = min(r[0] for r in runs)
        rss = max(r[1] for r in runs)
        out = output(cmd)
        lines = len([l for l in out.decode().splitlines() if l and not l.startswith("#")])
        print(f"{label}\t{name}\t{best:.3f} s\t{rss:.0f} MiB peak\t{lines} lines")


def wrk(binary, store, seconds, label):
    import socket
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    server = subprocess.Popen([binary, "serve", "--store", store, "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        server.stderr.readline()
        for path in ["/api/between?a=actor-003&b=actor-011", "/api/timeline?actor=actor-007&from=2015&to=2016"]:
            out = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "--latency", f"http://127.0.0.1:{port}{path}"],
                                 capture_output=True, text=True, timeout=seconds + 60).stdout
            rps = re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)
            p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
            p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
            errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
            print(f"{label}\twrk {path}\t{rps} req/s\tp50 {p50}\tp99 {p99}" + (f"\t{errors.group(1)} errors" if errors else ""))
    finally:
        server.terminate(); server.wait(timeout=10)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--events", type=int, default=10000)
    ap.add_argument("--actors", type=int, default=200)
    ap.add_argument("--postgres")
    ap.add_argument("--wrk", type=int, default=0)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="chronograph-bench-")
    seed = os.path.join(tmp, "seed")
    os.makedirs(seed)
    with open(os.path.join(seed, "a.json"), "w") as f:
        json.dump({"id": "seed", "lang": "en", "published": "2021-10-19", "text": "Russia accused Poland of arming rebels on Tuesday."}, f)
    docs = max(1, a.events // 10)
    try:
        path = os.path.join(tmp, "s.sqlite")
        subprocess.run([a.binary, "ingest", seed, "--store", path], check=True, capture_output=True)
        t = time.perf_counter(); fill_sqlite(path, a.events, a.actors, docs)
        print(f"sqlite\tfilled {a.events} events in {time.perf_counter() - t:.0f} s ({os.path.getsize(path) / 2**20:.0f} MiB)")
        measure(a.binary, path, f"sqlite {a.events}")
        if a.wrk:
            wrk(a.binary, path, a.wrk, f"sqlite {a.events}")
        if a.postgres:
            subprocess.run([a.binary, "ingest", seed, "--store", a.postgres], check=True, capture_output=True)
            t = time.perf_counter(); fill_postgres(a.postgres, a.events, a.actors, docs)
            print(f"postgres\tfilled {a.events} events in {time.perf_counter() - t:.0f} s")
            measure(a.binary, a.postgres, f"postgres {a.events}")
            if a.wrk:
                wrk(a.binary, a.postgres, a.wrk, f"postgres {a.events}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
