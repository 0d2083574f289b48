"""Browser tests: the real server (uvicorn, SQLite, demo data, built SPA) driven by Debian's Chromium.

One server serves the whole session and the modules run in file order on one worker (`--dist loadgroup`):
journeys that count the demo's projects (`test_home_journeys`, `test_journeys`) come before those that add
candidacies (`test_project_journeys`, `test_public_candidacy_journeys`)."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, WebError, expect

from tests.backend.mail import SENDER, Inbox, running_smtp

ROOT = Path(__file__).resolve().parents[2]
# A build elsewhere (`vite build --outDir …`) lets two working copies of the SPA be tested side by side.
SPA_DIR = Path(os.environ.get("FILIERE_E2E_SPA_DIR", ROOT / "frontend" / "dist"))
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "filiere-demo"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def server_var_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The server's data directory (one SQLite file per region): where a test seeds what the demo lacks."""
    return tmp_path_factory.mktemp("e2e-var")


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    """The session's SMTP server (aiosmtpd) and its port: what the live server and `filiere_cli` send lands in
    its inbox."""
    yield from running_smtp()


@pytest.fixture
def inbox(smtp_server: tuple[Inbox, int]) -> Inbox:
    """Every message of the session: `inbox.wait_for(address, subject=…)` waits for one that is on its way."""
    return smtp_server[0]


def _smtp_env(smtp_server: tuple[Inbox, int]) -> dict[str, str]:
    return {"FILIERE_SMTP_HOST": "127.0.0.1", "FILIERE_SMTP_PORT": str(smtp_server[1]), "FILIERE_SMTP_FROM": SENDER}


@pytest.fixture(scope="session")
def live_server(server_var_dir: Path, smtp_server: tuple[Inbox, int]) -> Iterator[str]:
    if not (SPA_DIR / "index.html").is_file():
        pytest.fail("frontend/dist is missing: `make test` builds it (make frontend-build)")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    var_dir = server_var_dir
    env = {
        **os.environ,
        "FILIERE_VAR_DIR": str(var_dir),
        "FILIERE_PUBLIC_URL": base,
        "FILIERE_SPA_DIR": str(SPA_DIR),
        "FILIERE_SPA_REDIRECT_URIS": json.dumps([f"{base}/connexion/retour"]),
        "FILIERE_SPA_POST_LOGOUT_REDIRECT_URIS": json.dumps([f"{base}/au-revoir"]),
        "FILIERE_LOG_JSON": "false",
        # The demo's plan is drawn as of this day (filiere.demo.planning.DEMO_AS_OF).
        "FILIERE_TODAY": "2026-11-23",
        **_smtp_env(smtp_server),
    }
    cli = [sys.executable, "-m", "filiere.cli"]
    for command in (["db", "upgrade"], ["demo", "load"]):
        subprocess.run([*cli, *command], env=env, check=True, capture_output=True)
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / "e2e-server.log").open("w")
    server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120  # it starts while the backend suite and the linters share the cores
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail(f"the server did not start; see {log.name}")
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture
def filiere_cli(
    live_server: str, server_var_dir: Path, smtp_server: tuple[Inbox, int]
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`filiere_cli("users", "create", …)`: the command line on the live server's data, sending to the session's
    SMTP server; returns the finished process (its exit code is the caller's to check)."""
    env = {
        **{name: value for name, value in os.environ.items() if not name.startswith("FILIERE_")},
        "FILIERE_VAR_DIR": str(server_var_dir),
        "FILIERE_PUBLIC_URL": live_server,
        "FILIERE_LOG_LEVEL": "WARNING",
        **_smtp_env(smtp_server),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "filiere.cli", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=False)

    return run


@pytest.fixture(scope="session", autouse=True)
def patient_assertions() -> None:
    # `make test` runs the journeys beside the backend suite and the linters on two cores: a page may take
    # longer than Playwright's 5 s to show what it will show; a journey that is wrong still fails.
    expect.set_options(timeout=15_000)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Debian's Chromium, never a downloaded browser; no background calls to a closed network.
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    }


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any], live_server: str) -> dict[str, Any]:
    return {
        **browser_context_args,
        "base_url": live_server,
        "locale": "fr-FR",
        "viewport": {"width": 1366, "height": 900},
        # Charts draw at once instead of animating: screenshots show what the user ends up seeing.
        "reduced_motion": "reduce",
    }


@dataclass
class BrowserErrors:
    """Console errors, uncaught exceptions and Content-Security-Policy violations (Chromium reports them as
    console errors) of a journey's pages: a journey ends with none, but those it `expect`s."""

    seen: list[str] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)

    def watch(self, context: BrowserContext) -> None:
        context.on("console", self._console)
        context.on("weberror", self._uncaught)

    def expect(self, pattern: str) -> None:
        """A console error the journey provokes on purpose (e.g. the 401 of a wrong password)."""
        self.expected.append(re.compile(pattern))

    def unexpected(self) -> list[str]:
        return [text for text in self.seen if not any(pattern.search(text) for pattern in self.expected)]

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.seen.append(f"{message.text} ({message.location.get('url', '')})")

    def _uncaught(self, error: WebError) -> None:
        self.seen.append(f"uncaught: {error.error}")


@pytest.fixture(autouse=True)
def browser_errors(context: BrowserContext) -> Iterator[BrowserErrors]:
    """Every journey asserts that no page logged an error or a CSP violation; other contexts a journey
    opens are watched with `browser_errors.watch(context)`."""
    errors = BrowserErrors()
    errors.watch(context)
    yield errors
    unexpected = errors.unexpected()
    assert not unexpected, "the pages logged errors:\n" + "\n".join(unexpected)


def sign_in(page: Page, email: str, password: str = PASSWORD) -> None:
    """Open the site as a stranger: the SPA sends us to the server-rendered sign-in form."""
    page.goto("/")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


# Every open dialog, menu and list of options, and what holds them, at full opacity.
FULL_OPACITY_SELECTOR = "[role=dialog], [role=alertdialog], [role=menu], [role=listbox]"
FULLY_SHOWN = f"""() => [...document.querySelectorAll("{FULL_OPACITY_SELECTOR}")].every((element) => {{
  for (let node = element; node; node = node.parentElement) if (getComputedStyle(node).opacity !== "1") return false;
  return true;
}})"""


def assert_accessible(page: Page, name: str) -> None:
    """axe-core on the current page: no serious or critical WCAG 2.1 A/AA violation.

    axe is evaluated through DevTools rather than added as a <script>: the app's CSP (rightly) refuses
    inline scripts, and the tests keep that CSP on. It waits for dialogs and menus to be fully shown first: one
    still fading in would be measured with half-transparent text. Running animations are not enough: on a busy
    machine a dialog may be mounted before its transition starts."""
    settle = "async () => { await Promise.allSettled(document.getAnimations().map((a) => a.finished)); }"
    page.wait_for_function(FULLY_SHOWN)
    page.evaluate(settle)
    if page.locator(FULL_OPACITY_SELECTOR).count():
        # A dialog's transition may start a few frames after it is mounted, when the checks above have passed:
        # give it time to start, then wait again for it to end.
        page.wait_for_timeout(300)
        page.wait_for_function(FULLY_SHOWN)
        page.evaluate(settle)
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"
    )
    blocking = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(result["violations"], indent=2, ensure_ascii=False))
    assert not blocking, "\n".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in blocking)
