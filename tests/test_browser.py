"""report.html in a real browser: headless Chromium from Debian, driven by Playwright.

Checks: no console errors (the CSP hashes match the page's own style and script), a filter hides
what it should, an anchor link works, a click on a quote opens the article with the words
marked, RTL quotes keep their order, markup injected from an article does not run. It leaves a
screenshot in reports/browser/.

The browser is the system's (`/usr/bin/chromium`, installed by .ci/run with apt-get); nothing is
downloaded. Without it the test is skipped with the reason, except in CI, where it must run.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from checker.config import in_ci
from checker.pipeline import check
from tests.helpers import SEEDS

ROOT = Path(__file__).parent.parent
CHROMIUM = os.environ.get("CHECKER_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            raise
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        if in_ci():
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run installs it with apt-get")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHECKER_CHROMIUM)")
    return sync_playwright


@pytest.fixture(scope="module")
def page_url(tmp_path_factory) -> str:
    d = tmp_path_factory.mktemp("browser")
    corpus = d / "corpus"
    shutil.copytree(SEEDS, corpus)
    evil = {
        "id": "injected",
        "title": 'Injected <img src=x onerror="window.__pwned=1"> headline',
        "outlet": "<script>window.__pwned=2</script>",
        "language": "en",
        "published": "2025-10-16",
        "text": (
            'Injected <img src=x onerror="window.__pwned=3"> headline\n'
            "Russian Foreign Minister Sergei Lavrov <script>window.__pwned=4</script> met "
            "Syrian Foreign Minister Asaad al-Shaibani in Moscow.\n"
        ),
    }
    (corpus / "injected.json").write_text(json.dumps(evil), encoding="utf-8")
    out = d / "out"
    check(corpus, out_dir=out, formats=("json", "html"))
    return (out / "report.html").as_uri()


def test_report_in_chromium(page_url):
    sync_playwright = _browser_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            problems: list[str] = []
            page.on(
                "console",
                lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None,
            )
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.goto(page_url)
            page.wait_for_load_state("load")

            # Nothing injected from an article ran, and the page's own script did.
            assert page.evaluate("window.__pwned") is None
            assert page.locator("#filters").is_visible()

            # Filters: by code, then by article.
            total = page.locator(".finding").count()
            page.select_option("#f-code", "CF01")
            visible = page.locator(".finding:visible")
            assert 0 < visible.count() < total
            assert all(c == "CF01" for c in visible.evaluate_all("els => els.map(e => e.dataset.code)"))
            page.select_option("#f-code", "")
            first_art = page.locator("#f-art option").nth(1).get_attribute("value")
            page.select_option("#f-art", first_art)
            shown = page.locator(".finding:visible").evaluate_all("els => els.map(e => e.dataset.articles)")
            assert shown and all(first_art in s.split() for s in shown)
            page.select_option("#f-art", "")
            assert page.locator(".finding:visible").count() == total

            # An anchor link from the table of contents moves to its finding.
            link = page.locator("#toc li li a").first
            target = link.get_attribute("href")
            link.click()
            assert page.evaluate("location.hash") == target
            assert page.locator(target).is_visible()

            # A click on a quote opens its article with the words marked.
            quote = page.locator(".finding a.quote").first
            href = quote.get_attribute("href")
            quote.click()
            # The page marks the words on `hashchange`, a task queued after the click returns; wait
            # for it rather than reading the page in between (a race that failed CI once).
            page.wait_for_function(
                "h => { const t = document.getElementById(h.slice(1)); return !!t && !!t.closest('mark.hl'); }",
                arg=href,
                timeout=10_000,
            )
            state = page.evaluate(
                """h => { const t = document.getElementById(h.slice(1)); const m = t.closest('mark');
                return [t.closest('details').open, m.classList.contains('hl'), m.textContent]; }""",
                href,
            )
            assert state[0] and state[1] and state[2].strip()
            assert page.locator("mark.hl").is_visible()

            # RTL: a Persian quote is laid out right to left, its words in reading order.
            rtl = page.locator(".finding .sent", has_text="وزیر").first
            assert rtl.evaluate("e => getComputedStyle(e).direction") == "rtl"
            words = rtl.locator("mark").first.inner_text().split()
            boxes = [
                rtl.evaluate(
                    """(e, w) => { const t = e.querySelector('mark'); const r = document.createRange();
                    const i = t.textContent.indexOf(w); r.setStart(t.firstChild, i); r.setEnd(t.firstChild, i + w.length);
                    const b = r.getClientRects()[0]; return [b.top, b.right]; }""",
                    w,
                )
                for w in words[:2]
            ]
            if len(boxes) == 2 and abs(boxes[0][0] - boxes[1][0]) < 2:  # the same line
                assert boxes[0][1] > boxes[1][1]  # the first word is further right

            out = ROOT / "reports" / "browser"
            out.mkdir(parents=True, exist_ok=True)
            page.goto(page_url)
            page.screenshot(path=str(out / "report-phone.png"))
            page.set_viewport_size({"width": 1280, "height": 900})
            page.screenshot(path=str(out / "report-desktop.png"))
            assert not problems, problems
        finally:
            browser.close()
