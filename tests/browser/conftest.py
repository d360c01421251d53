"""Real-Chromium tests: Playwright drives the system /usr/bin/chromium (no downloads)."""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
# test body are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTEFACTS = Path(__file__).resolve().parent.parent.parent / "test-results"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


# The flags a root, offline machine needs (see STACK.md); shared by every browser test.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def chromium_installed():
    """Without Chromium a developer's `make test` skips these tests and says how to get them;
    CI, which installs it, fails instead of skipping silently."""
    if Path(CHROMIUM).exists():
        return
    message = (
        f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)"
    )
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot under test-results/ as a CI artefact."""
    ARTEFACTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = ARTEFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


# pytest-playwright keeps Playwright (and its event loop in this thread) alive for the whole
# session. Later tests that fork (timeline.rebuild_all with parallel > 1) then share database
# sockets with their children, because asgiref's Local no longer maps this thread to the
# same connections. Scoping Playwright to this module stops it before other tests run.
@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    runner = sync_playwright().start()
    yield runner
    runner.stop()


@pytest.fixture(scope="module")
def browser_type(playwright, browser_name):
    return getattr(playwright, browser_name)


@pytest.fixture(scope="module")
def browser(browser_type, browser_type_launch_args):
    browser = browser_type.launch(**browser_type_launch_args)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def browser_context_args():
    return {}  # (pytest-playwright's session-scoped version needs a session-wide Playwright)
