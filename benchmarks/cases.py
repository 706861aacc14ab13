"""How fast is the cases stage on a store where import and coding are done?

    python benchmarks/cases.py --chats 25000                   # builds $TMPDIR/zichtbaar-bench/cases-25000.db once
    python benchmarks/cases.py --chats 25000 --db sqlite:///X  # an existing imported and coded store

Prepares (once, then reused) a store from the synthetic demo corpus with the
real pseudonymiser and the rule coder, then measures in a fresh process the
stage itself: loading features, proposing links over the whole store (blocking
first), keeping verdicts, writing persons, and the selection and funnel of
every year. Prints seconds and the peak resident memory of that process, and
the pairwise link quality against the corpus' ground truth.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def prepare(chats: int, seed: int, folder: Path) -> tuple[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / f"cases-{chats}.jsonl"
    database = folder / f"cases-{chats}.db"
    url = f"sqlite:///{database}"
    from zichtbaar.synth import truth_path, write_corpus

    if not corpus.exists():
        write_corpus(corpus, chats, seed)
    if not database.exists():
        from zichtbaar.coding import code_store
        from zichtbaar.privacy import Pseudonymiser, load_or_create_key
        from zichtbaar.store import import_file, open_store

        started = time.perf_counter()
        partial = database.with_name(database.name + ".part")
        partial.unlink(missing_ok=True)
        with open_store(f"sqlite:///{partial}") as store:
            import_file(store, corpus, Pseudonymiser(load_or_create_key(folder / "bench.key")))
            code_store(store)
        partial.rename(database)
        print(f"prepared {url} in {time.perf_counter() - started:.0f} s (import + coding, not measured)")
    return url, truth_path(corpus)


def measure(url: str) -> None:
    """The stage alone, in this (fresh) process."""
    from zichtbaar.cases.api import run_links
    from zichtbaar.cases.decisions import link_states
    from zichtbaar.cases.features import from_store
    from zichtbaar.cases.period import Period
    from zichtbaar.cases.persons import Basis, group
    from zichtbaar.cases.selection import select_cases
    from zichtbaar.store import count_chats_by_year, open_store

    with open_store(url) as store:
        started = time.perf_counter()
        run = run_links(store)
        linked = time.perf_counter()
        chats = from_store(store)
        states = link_states(store, chats)
        funnels = {}
        for year in count_chats_by_year(store):
            funnels[year] = select_cases(chats, states, Period.year(year)).funnel.unique_visitors
        done = time.perf_counter()
        component = group([c.chat_id for c in chats], states, Basis.VOORGESTELD)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "chats": run.chats, "proposals": run.proposals, "link_seconds": round(linked - started, 2),
        "funnel_seconds_all_years": round(done - linked, 2), "total_seconds": round(done - started, 2),
        "peak_rss_mb": round(peak), "unique_visitors": funnels,
        "persons": {c.chat_id: f"p{component[c.chat_id]}" for c in chats},
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=25000)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--db", help="an imported and coded store (default: build one in --work)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "zichtbaar-bench",
                        help="where the prepared corpus and store are kept between runs")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    truth = None
    url = args.db
    if url is None:
        url, truth = prepare(args.chats, args.seed, args.work)
    result = subprocess.run([sys.executable, __file__, "--measure", url], capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    persons = figures.pop("persons")
    print(f"store:       {url}")
    print(f"chats:       {figures['chats']}, {figures['proposals']} links proposed")
    print(f"linking:     {figures['link_seconds']} s (features, blocking, scoring, verdicts kept, persons written)")
    print(f"funnels:     {figures['funnel_seconds_all_years']} s for every year {figures['unique_visitors']}")
    print(f"total:       {figures['total_seconds']} s, peak memory {figures['peak_rss_mb']} MB (resident, whole process)")
    if truth is not None:
        from zichtbaar.cases.evaluate import read_truth, score_links

        scores = score_links(persons, read_truth(truth))
        print(f"links:       precision {scores.precision:.3f}, recall {scores.recall:.3f} "
              f"(pairwise, all years, machine proposals + same username)")


if __name__ == "__main__":
    main()
