"""The fault suite (issue 14): kill builds, converts and packages at chosen points, run
them concurrently, make the disk full or read-only, and check after every run that the
previous site is intact, no source or hand edit changed, no process is left behind, and
the next run recovers.

Faults are injected with ``TEI_FAULT=point[:action]`` (``tei.safety.fault``). Every
scenario records the runs it made; the summary is printed at the end (``pytest -s``) and
written to ``$TEI_FAULT_REPORT`` when set.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate

RUNS: dict[str, list[str]] = {}


@pytest.fixture(scope="module", autouse=True)
def summary():
    yield
    lines = [f"{name}: {len(runs)} runs: {'; '.join(runs)}" for name, runs in RUNS.items()]
    print("\nfault suite\n" + "\n".join(lines))
    if os.environ.get("TEI_FAULT_REPORT"):
        Path(os.environ["TEI_FAULT_REPORT"]).write_text(json.dumps(RUNS, indent=1) + "\n")


def digests(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def tagged_processes(tag: str) -> list[int]:
    """PIDs of live processes started with TEI_FAULT_TAG=tag (zombies do not count)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if f"TEI_FAULT_TAG={tag}".encode() not in (proc / "environ").read_bytes():
                continue
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            found.append(int(proc.name))
    return found


class Scenario:
    """Runs ``tei`` commands for one scenario and records them."""

    def __init__(self, name: str, cwd: Path) -> None:
        self.name, self.cwd, self.tag = name, cwd, uuid.uuid4().hex
        RUNS[name] = []

    def env(self, fault: str | None, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TEI_FAULT")}
        env["TEI_FAULT_TAG"] = self.tag
        if fault:
            env["TEI_FAULT"] = fault
        return {**env, **extra}

    def run(self, *args: str, fault: str | None = None, **extra: str):
        proc = subprocess.run(
            [sys.executable, "-m", "tei", *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.cwd,
            env=self.env(fault, **extra),
        )
        self.note(args, fault, proc.returncode)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    def start(self, *args: str, fault: str | None = None, **extra: str) -> subprocess.Popen:
        self.note(args, fault, "started")
        return subprocess.Popen(
            [sys.executable, "-m", "tei", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=self.cwd,
            env=self.env(fault, **extra),
        )

    def note(self, args: tuple[str, ...], fault: str | None, outcome: object) -> None:
        RUNS[self.name].append(f"tei {args[0]} [{fault or 'no fault'}] -> {outcome}")

    def no_orphans(self, wait: float = 5.0) -> None:
        deadline = time.monotonic() + wait
        while tagged_processes(self.tag) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert tagged_processes(self.tag) == []
        RUNS[self.name].append("no process left")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three editions and their site, built once for the module."""
    folder = tmp_path_factory.mktemp("built")
    generate(folder / "editions", 3)
    proc = subprocess.run(
        [sys.executable, "-m", "tei", *BUILD, "-j", "1"], cwd=folder, capture_output=True
    )
    assert proc.returncode == 0, proc.stderr
    return folder


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project to break."""
    for name in ("editions", "_site"):
        shutil.copytree(built / name, tmp_path / name)
    return tmp_path


def temporaries(project: Path) -> list[str]:
    return sorted(
        p.name for p in project.iterdir()
        if p.name.startswith("._site.") and p.name != "._site.stamps.json"
    )


def assert_site_consistent(site: Path) -> None:
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    for doc in manifest["documents"]:
        for name, info in doc["files"].items():
            data = (site / name).read_bytes()
            assert hashlib.sha256(data).hexdigest() == info["sha256"], name


BUILD = ("build", "editions", "-o", "_site", "--formats", "tei", "-q")


BUILD_FAULTS = (
    "build.worker:kill",  # a worker killed (the OOM killer): BrokenProcessPool
    "build.before-publish:kill",  # the main process killed before the swap
    "build.after-swap:kill",  # killed after the exchange, the old site not yet removed
    "build.before-publish:enospc",  # disk full
    "build.before-publish:erofs",  # read-only file system
    "build.before-publish:bug",  # a real bug: still exit 70
)
EXPECTED = {"kill": (-9, 1), "enospc": (1,), "erofs": (1,), "bug": (70,)}


def test_a_build_cut_at_any_point_leaves_the_site_and_sources_intact(project):
    """One fault after the other on the same project: each run starts by recovering what
    the last one left, and must leave the previous site and the sources as they were."""
    run = Scenario("build faults", project)
    (project / "editions" / "interview-00002" / "interview-00002.txt").write_text(
        (project / "editions" / "interview-00001" / "interview-00001.txt").read_text()
    )
    sources, site = digests(project / "editions"), digests(project / "_site")
    for fault in BUILD_FAULTS:
        proc = run.run(*BUILD, "-j", "2", "--force", fault=fault)
        action = fault.split(":")[1]
        assert proc.returncode in EXPECTED[action], (fault, proc.stderr)
        if action != "kill":
            lines = [line for line in proc.stderr.splitlines() if line.strip()]
            assert len(lines) == 1, lines
            if action == "bug":
                assert lines[0].startswith("internal error: RuntimeError: injected fault")
            else:
                assert lines[0].startswith("error: <fault build.before-publish>: ")
            assert temporaries(project) == []  # removed on the way out
        run.no_orphans()
        if fault == "build.after-swap:kill":  # the new site is in: it is the one to keep
            assert_site_consistent(project / "_site")
            site = digests(project / "_site")
        assert digests(project / "_site") == site, fault
        assert digests(project / "editions") == sources
    proc = run.run(*BUILD, "-j", "2")  # the next run recovers
    assert proc.returncode == 0, proc.stderr
    assert temporaries(project) == []
    assert_site_consistent(project / "_site")
    assert digests(project / "editions") == sources


def test_a_crash_between_the_two_renames_of_the_swap_is_recovered(project):
    run = Scenario("build between-renames", project)
    site = digests(project / "_site")
    proc = run.run(*BUILD, "-j", "1", "--force", fault="build.between-renames:kill",
                   TEI_FAULT_NO_EXCHANGE="1")
    assert proc.returncode == -9 and not (project / "_site").exists()
    assert run.run(*BUILD, "-j", "1").returncode == 0  # puts the previous site back first
    assert sorted(digests(project / "_site")) == sorted(site)
    assert_site_consistent(project / "_site")
    run.no_orphans()


def test_killing_the_main_process_kills_its_workers(project):
    for sig in (signal.SIGKILL, signal.SIGTERM):
        run = Scenario(f"build parent {sig.name}", project)
        proc = run.start(*BUILD, "-j", "2", "--force", fault="build.worker:sleep",
                         TEI_FAULT_SLEEP="60")
        deadline = time.monotonic() + 60
        while len(tagged_processes(run.tag)) < 3 and time.monotonic() < deadline:
            time.sleep(0.1)  # the parent and its two workers
        assert len(tagged_processes(run.tag)) >= 3
        proc.send_signal(sig)
        proc.communicate(timeout=30)
        RUNS[run.name].append(f"parent got {sig.name}: exit {proc.returncode}")
        run.no_orphans(wait=10)
        if sig == signal.SIGTERM:
            assert proc.returncode == 130 and temporaries(project) == []
        proc2 = run.run(*BUILD, "-j", "2")  # a rebuild soon after works
        assert proc2.returncode == 0, proc2.stderr
        assert_site_consistent(project / "_site")


def test_two_builds_into_one_site_never_publish_a_broken_site(project):
    run = Scenario("concurrent builds", project)
    first = run.start(
        *BUILD, "-j", "1", "--force", fault="build.before-publish:sleep", TEI_FAULT_SLEEP="3"
    )
    deadline = time.monotonic() + 60
    while not (project / "._site.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert first.poll() is None, "the first build must still hold the site"
    second = run.run(*BUILD, "-j", "1")
    assert second.returncode == 1
    assert f"(PID {first.pid})" in second.stderr and "another tei process" in second.stderr
    _, err = first.communicate(timeout=120)
    RUNS[run.name].append(f"first build exit {first.returncode}")
    assert first.returncode == 0, err
    assert_site_consistent(project / "_site")
    run.no_orphans()


def test_a_convert_killed_between_its_two_writes_does_not_look_hand_edited(project):
    folder = project / "editions" / "interview-00001"
    source, out = folder / "interview-00001.txt", folder / "interview-00001.xml"
    run = Scenario("convert cut", project)
    assert run.run("convert", str(source), "-o", str(out)).returncode == 0
    source.write_text(source.read_text() + "\nQuestion: One more?\n\nAnswer: Yes.\n")
    for point in ("convert.before-write", "convert.before-record", "record.save"):
        proc = run.run("convert", str(source), "-o", str(out), fault=f"{point}:kill")
        assert proc.returncode == -9
        proc = run.run("convert", str(source), "-o", str(out))  # not refused as hand-edited
        assert proc.returncode == 0, proc.stderr
        source.write_text(source.read_text() + f"\nQuestion: After {point}?\n\nAnswer: Yes.\n")
    assert run.run("convert", str(source), "-o", str(out)).returncode == 0
    assert run.run(*BUILD, "-j", "1").returncode == 0
    site_tei = project / "_site" / "interview-00001" / "interview-00001.xml"
    assert b"After record.save?" in site_tei.read_bytes()  # the transcription, not a stale TEI
    out.write_bytes(out.read_bytes() + b"<!-- a hand edit -->\n")
    proc = run.run("convert", str(source), "-o", str(out), fault="convert.before-write:kill")
    assert proc.returncode == 3  # a hand edit stays a hand edit
    run.no_orphans()


def test_parallel_converts_in_one_folder_keep_every_record(project):
    folder = project / "many"
    folder.mkdir()
    text = (project / "editions" / "interview-00001" / "interview-00001.txt").read_text()
    run = Scenario("parallel converts", project)
    procs = []
    for n in range(8):
        (folder / f"d{n}.txt").write_text(text)
        args = ("convert", str(folder / f"d{n}.txt"), "-o", str(folder / f"d{n}.xml"))
        procs.append(run.start(*args))
    for proc in procs:
        proc.communicate(timeout=120)
        assert proc.returncode == 0
    record = json.loads((folder / ".tei-convert.json").read_text(encoding="utf-8"))
    assert sorted(record) == sorted(f"d{n}.xml" for n in range(8))
    RUNS[run.name].append("8 records kept of 8")
    run.no_orphans()


def test_a_package_killed_before_the_replace_keeps_the_old_bag(project):
    run = Scenario("package cut", project)
    args = ("package", "editions/interview-00001", "-o", "bag", "--formats", "tei")
    assert run.run(*args).returncode == 0
    bag = digests(project / "bag")
    for fault in ("package.before-replace:kill", "package.before-replace:enospc"):
        proc = run.run(*args, "--force", fault=fault)
        assert proc.returncode in (-9, 1)
        assert digests(project / "bag") == bag
    assert run.run(*args, "--force").returncode == 0
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".")) == []
    run.no_orphans()
