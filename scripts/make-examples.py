#!/usr/bin/env python3
"""Regenerate the outputs shown in examples/README.md from the current build.

In each fenced code block of the README, a line `$ chronograph …` is a command (run from the
repository root, pipes allowed); the lines after it, up to the next command or the end of the
block, are its output, which this script replaces with what the command prints now. Prose and
blocks without `$` lines are left as they are.

Usage: python3 scripts/make-examples.py [--binary PATH] [--check]
  --binary  the chronograph executable (default: .build/release/chronograph, else .build/debug/)
  --check   write nothing; exit 1 with a diff when the README is stale
"""
import argparse, difflib, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, "examples", "README.md")


def default_binary():
    for config in ("release", "debug"):
        p = os.path.join(ROOT, ".build", config, "chronograph")
        if os.access(p, os.X_OK):
            return p
    raise SystemExit("no chronograph binary: run `swift build` first, or give --binary")


def run(command, binary):
    script = 'chronograph() { "$CHRONOGRAPH_BINARY" "$@"; }\n' + command
    env = dict(os.environ, CHRONOGRAPH_BINARY=binary, LC_ALL="C.UTF-8")
    r = subprocess.run(["bash", "-o", "pipefail", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    if r.returncode != 0 and "| head" not in command:
        raise SystemExit(f"`{command}` failed ({r.returncode}): {r.stderr.strip()}")
    return r.stdout.rstrip("\n").split("\n") if r.stdout.strip() else []


def regenerate(text, binary):
    out, block, inside = [], [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            if inside:
                out.extend(render(block, binary))
                block = []
            out.append(line)
            inside = not inside
        elif inside:
            block.append(line)
        else:
            out.append(line)
    return "\n".join(out)


def render(block, binary):
    if not any(l.startswith("$ ") for l in block):
        return block
    lines = []
    for l in block:
        if l.startswith("$ "):
            if lines:
                lines.append("")
            lines.append(l)
            lines.extend(run(l[2:], binary))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary) if args.binary else default_binary()
    old = open(README, encoding="utf-8").read()
    new = regenerate(old, binary)
    if args.check:
        if new != old:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "examples/README.md", "current build"))
            print("examples/README.md is stale: run python3 scripts/make-examples.py", file=sys.stderr)
            sys.exit(1)
        return
    if new != old:
        open(README, "w", encoding="utf-8").write(new)
        print("examples/README.md regenerated", file=sys.stderr)


if __name__ == "__main__":
    main()
