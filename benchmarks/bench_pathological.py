"""Growth of the check's time on one pathological article, doubled up to 1 MB.

Usage: python benchmarks/bench_pathological.py [--min-kb 16] [--max-kb 1024] [--only NAME…]

Each input is a short unit repeated to the size, run through the whole check of a one-article
corpus in memory (normalize → extract → align → find → report dict; nothing written). A linear
step doubles its time when the text doubles, so the script prints the CPU seconds
(``time.process_time``) per size and the ratio between each size and the one before it. Target:
every ratio <= 2.2. The garbage collector is paused while timing (as timeit does; ``--gc`` keeps
it). Every size is timed ``--repeats`` times (short ones more, until a second has been spent) and
the best run kept, so that a ratio is not set by noise on a short run; the last column is the mean growth per doubling over the whole
range (the geometric mean of the ratios), which noise on one size cannot move much.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name → (unit repeated to the size, language). Units are written so that each repetition is a
# plausible neighbour of the next: runs of digits with every separator, dense dates in each
# calendar and language, long numbers, letters without spaces, hedges, names and agencies.
INPUTS: dict[str, tuple[str, str]] = {
    "digits-comma": ("1,", "en"),
    "digits-dot": ("1.", "en"),
    "digits-slash": ("1/", "fa"),
    "digits-colon": ("1:", "ar"),
    "digits-dash": ("1-", "fa"),
    "digits-mixed": ("12.3,4/5:6-", "fa"),
    "long-number": ("1234567890", "fa"),
    "persian-digits": ("۱۲۳۴۵۶۷۸۹۰٫", "fa"),
    "jalali-dense": ("۱۲ اسفند ۱۴۰۰ ", "fa"),
    "jalali-numeric": ("1403/09/18 ", "fa"),
    "hijri-dense": ("12 رمضان 1445 هـ ", "ar"),
    "gregorian-dense": ("October 15, 2025 ", "en"),
    "arabic-months": ("15 أكتوبر 2025 ", "ar"),
    "weekday-dense": ("شنبه ۱۲ مهر ", "fa"),
    "relative-dense": ("دیروز و فردا ", "fa"),
    "years-dense": ("in 1944 and ", "en"),
    "letters-fa": ("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی", "fa"),
    "letters-en": ("abcdefghijklmnopqrstuvwxyz", "en"),
    "number-words-fa": ("دو هزار و بیست و پنج ", "fa"),
    "number-words-en": ("twenty-five thousand and ", "en"),
    "hedges-fa": ("حدود بیش از کمتر از ", "fa"),
    "hedges-en": ("about more than nearly ", "en"),
    "numbers-hedged": ("بیش از ۸۰ نفر ", "fa"),
    "agencies": ("به گزارش ایرنا به نقل از تسنیم ", "fa"),
    "roles": ("وزیر امور خارجه ایران ", "fa"),
    "people-dense": ("عباس عراقچی وزیر امور خارجه ", "fa"),
    "crlf-lines": ("۱۲ مهر ۱۴۰۴\r\n", "fa"),
    "punctuation": (".،؛!؟", "fa"),
    "boilerplate-lines": ("اشتراک گذاری\nجهان, خاورمیانه\n", "fa"),
    # Places the gazetteer lacks (after a head noun or an English locative), and heads with no name.
    "unlisted-places-en": ("in Krasnogorsk and the town of Pazarcik, ", "en"),
    "unlisted-places-fa": ("در شهر کراسنوگورسک و روستای خیمکی، ", "fa"),
    "head-anaphora-fa": ("حزب تحریک انصاف در سال ۱۹۹۶ و این حزب ", "fa"),
    # Real prose: the seed articles (headers, boilerplate and all) one after another.
    "seed-prose": (
        "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))),
        "fa",
    ),
}


def make_text(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8, after a short Persian/English lead."""
    reps = max(1, size // len(unit.encode("utf-8")))
    return "گزارش report " + unit * reps


def run_once(text: str, lang: str) -> float:
    """CPU seconds for the whole check of one article holding ``text``."""
    from checker.align import build_context
    from checker.findings import run_checks
    from checker.model import Article
    from checker.pipeline import extract_article
    from checker.report.build import build_report
    from checker.rules import load_rules

    rules = load_rules()
    article = Article(id="p", text=text, path="p.txt", language=lang)
    # As timeit does, the cyclic garbage collector is paused while timing: its full collections
    # walk the whole heap at intervals set by allocation counts, which adds a step that grows with
    # what earlier sizes left behind, not with the algorithm. (--gc keeps it running.)
    gc.collect()
    paused = gc.isenabled() and not KEEP_GC
    if paused:
        gc.disable()
    try:
        t0 = time.process_time()
        x = extract_article(article, rules)
        ctx = build_context([x], rules)
        build_report(ctx, run_checks(ctx), list(x.diagnostics))
        return time.process_time() - t0
    finally:
        if paused:
            gc.enable()


REPEATS = 2
MIN_SECONDS = 1.0
MAX_RUNS = 15
KEEP_GC = False


def measure(unit: str, lang: str, sizes: list[int], repeats: int = REPEATS) -> list[float]:
    """Best-of-k CPU seconds per size (k larger for the small, noisy sizes)."""
    out = []
    for size in sizes:
        text = make_text(unit, size)
        # At least ``repeats`` runs, and more while they have taken under MIN_SECONDS in all (up to
        # MAX_RUNS): a short run is the noisiest. More runs can only lower a small size's best, so
        # this never flatters a ratio; it only removes the upward noise of a busy machine.
        runs = [run_once(text, lang) for _ in range(max(1, repeats))]
        while sum(runs) < MIN_SECONDS and len(runs) < MAX_RUNS:
            runs.append(run_once(text, lang))
        out.append(min(runs))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-kb", type=int, default=16)
    ap.add_argument("--max-kb", type=int, default=1024)
    ap.add_argument("--only", nargs="*", help="names of inputs to run (default: all)")
    ap.add_argument("--limit", type=float, default=2.2, help="largest acceptable ratio per doubling")
    ap.add_argument("--repeats", type=int, default=REPEATS, help="runs per size, best kept")
    ap.add_argument("--gc", action="store_true", help="keep the garbage collector running while timing")
    args = ap.parse_args(argv)
    global KEEP_GC
    KEEP_GC = args.gc
    sizes, kb = [], args.min_kb
    while kb <= args.max_kb:
        sizes.append(kb * 1000)
        kb *= 2
    run_once("warm up: ۱۲ مهر ۱۴۰۴ حدود ۸۰ نفر", "fa")
    worst = 0.0
    print("input".ljust(18), " ".join(f"{s // 1000:>7}K" for s in sizes), " ratios per doubling")
    for name, (unit, lang) in INPUTS.items():
        if args.only and name not in args.only:
            continue
        times = measure(unit, lang, sizes, args.repeats)
        # Ratios of runs under 20 ms are mostly noise; they are shown but not judged.
        ratios = [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(times)]
        judged = [r for r, a in zip(ratios, times, strict=False) if a >= 0.02]
        worst = max([worst, *judged])
        cells = " ".join(f"{t:8.3f}" for t in times)
        mean = (times[-1] / times[0]) ** (1 / (len(times) - 1)) if len(times) > 1 and times[0] > 0 else 0.0
        print(
            f"{name:18} {cells}  " + " ".join(f"{r:.2f}" for r in ratios) + f"  mean {mean:.2f}", flush=True
        )
    print(f"pathological: worst ratio per doubling {worst:.2f} (limit {args.limit})")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
