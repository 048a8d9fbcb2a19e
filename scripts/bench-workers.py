#!/usr/bin/env python3
"""Several ingest workers on one PostgreSQL database, one of them killed with kill -9.

    python3 scripts/bench-workers.py BINARY --postgres URL [--articles 10000] [--workers 3] [--kill-at 0.3] [--lease 20]

Generates articles of our own (English and Arabic sentences with dated events between known
actors), makes a new database on the server of URL, starts WORKERS `chronograph ingest DIR
--store URL` processes at once, kills one with SIGKILL while it holds files (once KILL_AT of the
files are done), waits for the others (which take the dead worker's files when its lease
expires), then checks that each article is stored once, that the events and sentences equal a
single-process SQLite ingest of the same folder, and that a rerun adds nothing. Prints the
figures; exits 1 if they differ or if no worker could be killed while holding files."""
import argparse, datetime, json, os, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

EN = [("Russia", "Ukraine"), ("Israel", "Iran"), ("Turkey", "Syria"), ("Egypt", "Israel"), ("Iran", "Iraq"),
      ("Qatar", "Saudi Arabia"), ("France", "Lebanon"), ("China", "Russia"), ("Jordan", "Israel"), ("Hamas", "Israel")]
VERBS_EN = ["{a} accused {b} of violating the ceasefire on {d}.", "{a} met officials of {b} in talks on {d}.",
            "{a} signed an agreement with {b} on {d}.", "{a} condemned {b} on {d}.", "{a} threatened {b} with sanctions on {d}."]
AR = [("روسيا", "أوكرانيا"), ("إسرائيل", "إيران"), ("تركيا", "سوريا"), ("مصر", "إسرائيل"), ("قطر", "السعودية")]
VERBS_AR = ["اتهمت {a} {b} بخرق الهدنة يوم {d}.", "أدانت {a} {b} يوم {d}.", "وقعت {a} اتفاقا مع {b} يوم {d}."]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def generate(folder, n, seed=11):
    rnd = random.Random(seed)
    for i in range(n):
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rnd.randrange(3000))
        published = day + datetime.timedelta(days=rnd.randrange(3))
        if rnd.random() < 0.7:
            a, b = rnd.choice(EN)
            text = " ".join(rnd.choice(VERBS_EN).format(a=a, b=b, d=f"{day.day} {day.strftime('%B')} {day.year}") for _ in range(2))
            lang = "en"
        else:
            a, b = rnd.choice(AR)
            text = " ".join(rnd.choice(VERBS_AR).format(a=a, b=b, d=f"{day.day} {MONTHS_AR[day.month - 1]} {day.year}") for _ in range(2))
            lang = "ar"
        with open(os.path.join(folder, f"{i:05d}.json"), "w") as f:
            json.dump({"id": f"g{i:05d}", "lang": lang, "published": published.isoformat(), "text": text + f" ({i})"}, f, ensure_ascii=False)


def fresh_database(url):
    """A new database on the server of `url`; its URL."""
    name = f"workers_{os.getpid()}_{random.randrange(10**6)}"
    psql(url, f"CREATE DATABASE {name}")
    base, _, rest = url.partition("?")
    return base.rsplit("/", 1)[0] + "/" + name + ("?" + rest if rest else "")


def psql(url, sql):
    url = url.split("?")[0]
    return subprocess.run(["psql", url, "-tAc", sql], capture_output=True, text=True, check=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--postgres", required=True)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--kill-at", type=float, default=0.3, help="fraction of files done when a worker is killed")
    ap.add_argument("--lease", type=int, default=20)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="chronograph-workers-")
    try:
        folder = os.path.join(tmp, "articles")
        os.makedirs(folder)
        generate(folder, a.articles)
        a.postgres = fresh_database(a.postgres)
        t = time.perf_counter()
        procs = [subprocess.Popen([a.binary, "ingest", folder, "--store", a.postgres, "--lease", str(a.lease)],
                                  stderr=open(os.path.join(tmp, f"w{i}.log"), "w")) for i in range(a.workers)]
        victim = procs[1]
        held = lambda: int(psql(a.postgres, f"SELECT count(*) FROM job WHERE state = 'pending' AND worker LIKE '%:{victim.pid}/%'"))
        done_before, leased = 0, 0
        while victim.poll() is None:
            time.sleep(0.1)
            try:
                done_before = int(psql(a.postgres, "SELECT count(*) FROM job WHERE state = 'done'"))
                leased = held()
            except subprocess.CalledProcessError:
                continue  # the tables are not made yet
            if done_before >= a.kill_at * a.articles and leased > 0:
                victim.send_signal(signal.SIGKILL)
                break
        if victim.wait() != -signal.SIGKILL:
            print(f"worker {victim.pid} ended before it could be killed while holding files")
            return 1
        print(f"killed worker {victim.pid} with SIGKILL after {time.perf_counter() - t:.1f} s ({done_before} files done, {leased} leased to it)")
        for p in procs:
            p.wait()
        survivors = [p.returncode for p in procs if p is not victim]
        if any(survivors):
            print(f"a surviving worker failed: exit codes {survivors}")
            return 1
        shared = time.perf_counter() - t
        docs = int(psql(a.postgres, "SELECT count(*) FROM document"))
        distinct = int(psql(a.postgres, "SELECT count(DISTINCT id) FROM document"))
        events = int(psql(a.postgres, "SELECT count(*) FROM event"))
        evidence = int(psql(a.postgres, "SELECT count(*) FROM evidence"))
        jobs = psql(a.postgres, "SELECT state || ' ' || count(*) FROM job GROUP BY state ORDER BY state").replace("\n", ", ")
        print(f"postgres, {a.workers} workers (one killed): {docs} articles ({distinct} distinct ids), {events} events, {evidence} sentences, jobs: {jobs}, {shared:.0f} s")
        path = os.path.join(tmp, "single.sqlite")
        t = time.perf_counter()
        subprocess.run([a.binary, "ingest", folder, "--store", path], check=True, capture_output=True)
        single = time.perf_counter() - t
        db = sqlite3.connect(path)
        s_docs, s_events, s_evidence = (db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("document", "event", "evidence"))
        print(f"sqlite, one process: {s_docs} articles, {s_events} events, {s_evidence} sentences, {single:.0f} s")
        rerun = subprocess.run([a.binary, "ingest", folder, "--store", a.postgres], capture_output=True, text=True)
        after = int(psql(a.postgres, "SELECT count(*) FROM document"))
        print(f"rerun: {rerun.stderr.strip().splitlines()[-1]}")
        ok = docs == distinct == a.articles == s_docs and events == s_events and evidence == s_evidence and after == docs
        print("same articles and events as one process" if ok else "DIFFERENT from one process")
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
