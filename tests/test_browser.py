"""The collection site in a real browser: Debian's Chromium driven by Selenium.

A small collection is built, served by ``tei serve`` on the loopback interface, and
used as a reader would: the index (and sorting a column), a query typed into the search
page, a filter, a result followed to its speaker turn, and the search page opened from
``file://``. Screenshots of each step go to ``$TEI_SCREENSHOTS`` (default: the test's
temporary folder) for a person to look at.

Needs ``chromium`` and ``chromium-driver`` (apt) and ``selenium`` (the test extra);
skipped with the reason when they are absent, and required when ``CI`` is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,900",
)
WAIT = 20  # seconds, at most, for the page to answer


def _need_browser() -> None:
    missing = []
    if not CHROMIUM:
        missing.append("chromium")
    if not DRIVER:
        missing.append("chromium-driver (chromedriver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip install -e '.[test]')")
    if missing:
        reason = "browser test needs " + ", ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; in CI: apt-get install -y chromium chromium-driver")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def site() -> Iterator[Path]:
    from tei.build import build

    work = Path(tempfile.mkdtemp(prefix="tei-browser-"))
    editions = work / "editions"
    generate(editions, 6)
    shutil.copytree(DEMO, editions / DEMO.name)
    from tei.build import search

    patch = pytest.MonkeyPatch()  # the index in shards (7 documents, 3 a shard): the search
    patch.setattr(search, "SHARD_SIZE", 3)  # page merges them as a large collection's
    try:
        report = build(editions, work / "_site", jobs=1, formats=("html", "tei"))
    finally:
        patch.undo()
    assert report.failed == [] and not [n for n in report.notes if "search index" in n]
    assert "pagefind-" in (work / "_site" / "search.html").read_text(encoding="utf-8")
    yield work / "_site"
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """``tei serve SITE --port 0`` in a subprocess; its base URL."""
    _need_browser()
    server = subprocess.Popen(
        [sys.executable, "-m", "tei", "serve", str(site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        yield line.split(" on ", 1)[1].split()[0]
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="tei-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(DRIVER or ""), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("TEI_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wait(driver: object, condition: object) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(condition)


def _results(driver: object) -> list[object]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, "#results li.result")  # type: ignore[attr-defined]


def test_index_lists_documents_and_sorts_by_a_column(browser, served, shots):
    from selenium.webdriver.common.by import By

    browser.get(served + "index.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Editions"
    assert "7 documents." in browser.find_element(By.TAG_NAME, "main").text
    rows = browser.find_elements(By.CSS_SELECTOR, "table.editions tbody tr")
    assert len(rows) == 7
    dates = [r.find_elements(By.TAG_NAME, "td")[1].text for r in rows]
    assert dates == sorted(dates)  # the index is in date order
    browser.find_element(By.CSS_SELECTOR, "table.editions th button.sort").click()  # Title
    titles = [
        r.find_element(By.TAG_NAME, "td").text
        for r in browser.find_elements(By.CSS_SELECTOR, "table.editions tbody tr")
    ]
    assert titles == sorted(titles, key=str.casefold) and len(titles) == 7
    browser.save_screenshot(str(shots / "browser-index.png"))


def _containing(site: Path, word: str) -> int:
    """How many HTML editions have ``word`` in their text (what the search must find)."""
    count = 0
    for page in site.glob("*/*.html"):
        text = page.read_text(encoding="utf-8")
        if page.name != "index.html" and word in text.split("<main", 1)[-1].lower():
            count += 1
    return count


def test_search_a_word_then_filter_by_periodical(browser, served, site, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(served + "search.html")
    status = browser.find_element(By.ID, "search-status")
    _wait(browser, lambda d: "Type a word" in status.text)
    browser.find_element(By.ID, "q").send_keys("dynamite")
    _wait(browser, lambda d: "found" in status.text and _results(d))
    everywhere = int(status.text.split()[0])
    assert everywhere == _containing(site, "dynamite") >= 5  # from every shard of the index
    first = _results(browser)[0]
    assert first.find_elements(By.CSS_SELECTOR, "mark")
    assert all(
        m.text.lower().startswith("dynamite") for m in first.find_elements(By.CSS_SELECTOR, "mark")
    )
    assert "§" not in first.text  # turn numbers are not indexed
    periodical = Select(browser.find_element(By.CSS_SELECTOR, "select[name=periodical]"))
    values = [o.get_attribute("value") for o in periodical.options if o.get_attribute("value")]
    assert "International Socialist Review" in values
    periodical.select_by_value("International Socialist Review")
    _wait(browser, lambda d: int(status.text.split()[0]) < everywhere)
    results = _results(browser)
    assert results and len(results) == int(status.text.split()[0])
    for result in results:
        assert (
            "International Socialist Review" in result.find_element(By.CSS_SELECTOR, ".facts").text
        )
    assert "periodical=International+Socialist+Review" in browser.current_url
    loaded = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert any("/pagefind/" in u for u in loaded) and any("/pagefind-" in u for u in loaded)
    assert all(u.startswith(served) for u in loaded), loaded  # nothing from elsewhere
    browser.save_screenshot(str(shots / "browser-search-filtered.png"))


def test_a_result_opens_the_document_at_its_turn(browser, served, shots):
    from selenium.webdriver.common.by import By

    browser.get(served + "search.html?q=dynamite")
    _wait(browser, lambda d: _results(d) and d.find_elements(By.CSS_SELECTOR, "a.hit"))
    hit = browser.find_elements(By.CSS_SELECTOR, "#results a.hit")[0]
    target = hit.get_attribute("href")
    assert "#sp-" in target
    hit.click()
    _wait(browser, lambda d: d.current_url == target)
    turn = browser.find_element(By.ID, target.rsplit("#", 1)[1])
    assert "dynamite" in turn.text.lower()
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", turn)
    assert 0 <= top < 200  # scrolled to the turn
    bar = browser.find_element(By.CSS_SELECTOR, "nav.tei-site-bar")
    assert "Editions" in bar.text and "About this document" in bar.text
    browser.save_screenshot(str(shots / "browser-document-at-turn.png"))


def test_search_page_from_a_file_says_how_to_search(browser, site):
    from selenium.webdriver.common.by import By

    browser.get((site / "search.html").as_uri())
    status = browser.find_element(By.ID, "search-status")
    _wait(browser, lambda d: "served over HTTP" in status.text)
    assert "tei serve" in status.text
