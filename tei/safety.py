"""May I write here? One answer for every command that writes (docs: SECURITY.md).

- :func:`check_output_folder`: a folder the toolkit replaces whole (a site, a bag) must not
  be, hold or lie inside an input, must not be the current folder or one of its ancestors,
  and, when it exists and is not empty, must carry the toolkit's marker.
- :func:`check_output_file`: a file the toolkit writes (a rendering, a report, a tagged TEI)
  must not be its own input, and, when it exists, must be what the toolkit last wrote
  there (its digest is recorded in :data:`OUTPUTS_RECORD` beside it), unless ``force``.
- :func:`exclusive` / :func:`locked_record`: one writer at a time, with ``flock``.
- :func:`temp_name`, :func:`stale`: temporaries carry their owner's PID, so recovery removes
  only those whose owner is dead.
- :func:`fault` (from :mod:`tei.faults`): the fault-injection hook (``TEI_FAULT=point``).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tei.errors import BuildError, OverwriteRefused, TeiError, UsageError
from tei.faults import die_with_parent as die_with_parent  # re-exported for the build
from tei.faults import fault

OUTPUTS_RECORD = ".tei-outputs.json"  # digests of the files render/validate/tag-names wrote
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<kind>building|previous|bag|old|new)-(?P<pid>\d+)$")


# -- where outputs may go -------------------------------------------------------------------


def _real(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.realpath(os.path.abspath(path)))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_folder(
    out: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]],
    markers: Iterable[tuple[str, ...]],
    what: str,
    code: str,
) -> None:
    """Refuse ``out`` as a folder to replace: see the module docstring.

    ``markers``: sets of names, any of which (all names of one set present) shows the
    folder was made by the toolkit."""
    target = _real(out)
    cwd = _real(os.getcwd())
    if _inside(cwd, target):
        raise UsageError(
            f"refusing to write the {what} here: it is the current folder or one of its "
            "parents; choose another -o",
            file=str(out),
            code=code,
        )
    for given in inputs:
        source = _real(given)
        if _inside(target, source) or _inside(source, target):
            raise UsageError(
                f"refusing to write the {what} here: it is, holds or lies inside the input "
                f"{given}; choose another -o",
                file=str(out),
                code=code,
            )
    if not os.path.lexists(out):
        return
    if os.path.islink(out) or not os.path.isdir(out):
        raise OverwriteRefused(
            f"refusing to replace it: not a {what} folder made by tei; choose another -o",
            file=str(out),
            code=code,
        )
    names = set(os.listdir(out))
    if names and not any(set(m) <= names for m in markers):
        raise OverwriteRefused(
            f"refusing to replace it: an existing folder that is not a {what} made by tei "
            "(no marker); choose another -o or remove it yourself",
            file=str(out),
            code=code,
        )


def check_output_file(
    out: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    force: bool = False,
    data: bytes | None = None,
) -> None:
    """Refuse to write ``out`` over an input, or over a file the toolkit did not write
    (a source, a TEI master, a hand-edited output) unless ``force`` or the file already
    holds exactly ``data``. Devices and pipes (``/dev/null``, ``/dev/stdout``) are always
    fine."""
    path = Path(out)
    for given in inputs:
        with contextlib.suppress(OSError):
            if path.exists() and os.path.samefile(path, given):
                raise UsageError(
                    "refusing to write over the command's own input; choose another -o",
                    file=str(out),
                    code="output-is-input",
                )
    if not os.path.lexists(path):
        return
    if path.is_dir():
        raise UsageError("output is a directory", file=str(out), code="io-output")
    if not path.is_file():  # a device or a pipe: written to, never replaced
        return
    if force:
        return
    current = _file_digest(path)
    if current in recorded_digests(path.parent / OUTPUTS_RECORD, path.name):
        return
    if data is not None and current == _digest(data):
        return
    raise OverwriteRefused(
        "refusing to overwrite: the file was not written by tei (a source, a TEI master, "
        "or hand edits?); use --force to replace it",
        file=str(out),
        code="overwrite-refused",
    )


def write_output(
    out: str | os.PathLike[str],
    data: bytes,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    force: bool = False,
) -> None:
    """Check ``out`` (:func:`check_output_file`), write it atomically, record its digest."""
    from tei.xmlio import atomic_write

    path = Path(out)
    with locked_record(path.parent / OUTPUTS_RECORD) as record:
        check_output_file(path, inputs=inputs, force=force, data=data)
        if os.path.lexists(path) and not path.is_file():
            atomic_write(path, data)  # a device or a pipe: nothing to record
            return
        record.pending(path.name, _digest(data))
        atomic_write(path, data)
        record.done(path.name, _digest(data))


def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# -- digest records (.tei-convert.json, .tei-outputs.json) ----------------------------------


def load_record(path: Path) -> dict[str, Any]:
    """A JSON object tei wrote atomically ({} when it is missing or unreadable: never half
    there)."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def entry_digests(entry: Any) -> set[str]:
    """The digests a record entry accepts as "written by tei": what was written, plus, while
    a write is pending (cut by a crash), what was there before when tei wrote that too."""
    if not isinstance(entry, dict):
        return set()
    found = {entry.get("sha256")} | set(entry.get("pending_from") or ())
    return {d for d in found if isinstance(d, str)}


def recorded_digests(record: Path, name: str) -> set[str]:
    return entry_digests(load_record(record).get(name))


class Record:
    """A digest record held under its lock (see :func:`locked_record`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = load_record(path)

    def get(self, name: str) -> dict[str, Any]:
        entry = self.data.get(name)
        return entry if isinstance(entry, dict) else {}

    def pending(self, name: str, digest: str, **extra: str) -> None:
        """Before replacing ``name``: accept the new digest and, while the write is cut,
        the old one (only when it was tei's own: a hand edit stays a hand edit)."""
        old = self.get(name)
        before = sorted(entry_digests(old))  # what was accepted stays accepted, nothing more
        if before == [digest]:
            return
        self.data[name] = {**old, **extra, "sha256": digest, "pending_from": before}
        self._save()

    def done(self, name: str, digest: str, **extra: str) -> None:
        entry = {**{k: v for k, v in self.get(name).items() if k != "pending_from"}, **extra}
        entry["sha256"] = digest
        if self.data.get(name) == entry:
            return
        self.data[name] = entry
        self._save()

    def _save(self) -> None:
        from tei.xmlio import atomic_write

        fault("record.save")
        text = json.dumps(self.data, indent=2, sort_keys=True) + "\n"
        atomic_write(self.path, text.encode("utf-8"))


@contextlib.contextmanager
def locked_record(path: Path) -> Iterator[Record]:
    """Read, change and write a digest record with no other writer in between (waits).

    The lock is ``flock`` on the record's folder itself: nothing is left beside the files."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        raise io_error(exc, path.parent) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield Record(path)
    finally:
        os.close(fd)


# -- one writer at a time -------------------------------------------------------------------


def lock_path(out: Path) -> Path:
    """The lock beside an output folder or file (it survives the output's swap)."""
    return out.parent / f".{out.name}.lock"


@contextlib.contextmanager
def exclusive(out: Path, what: str) -> Iterator[None]:
    """Hold the lock on ``out``; a one-line error naming the holder's PID when taken."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with _flock(lock_path(out), wait=False, what=what, shown=str(out)):
        yield


@contextlib.contextmanager
def _flock(lock: Path, *, wait: bool, what: str, shown: str = "") -> Iterator[None]:
    """``flock`` a lock file holding the owner's PID; the file is removed on release
    (safe: a process that locked a file since unlinked sees the inode changed and
    tries again)."""
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            raise io_error(exc, lock) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise BuildError(
                f"another tei process (PID {holder}) is writing this {what}; wait for it to "
                "finish and run again",
                file=shown or str(lock),
                code="output-locked",
            ) from None
        try:
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder removed it as we opened it: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)  # releases the lock


# -- temporaries named after their owner -----------------------------------------------------


def temp_name(out: Path, kind: str) -> Path:
    """``.<name>.<kind>-<pid>`` beside ``out``."""
    return out.parent / f".{out.name}.{kind}-{os.getpid()}"


def alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def temporaries(out: Path, kinds: Iterable[str]) -> list[tuple[Path, str, int]]:
    """Every ``.<name>.<kind>-<pid>`` beside ``out``: (path, kind, pid)."""
    wanted, found = set(kinds), []
    try:
        entries = list(os.scandir(out.parent))
    except OSError:
        return []
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match and match["name"] == out.name and match["kind"] in wanted:
            found.append((Path(entry.path), match["kind"], int(match["pid"])))
    return sorted(found)


def remove_tree(path: Path) -> None:
    """Remove a file or folder; never fails (a stale temporary must not stop a run)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False when the
    system cannot, so the caller falls back to two renames."""
    if os.environ.get("TEI_FAULT_NO_EXCHANGE"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


# -- failures as errors ---------------------------------------------------------------------

_CAUSES = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EIO: "input/output error",
}


def environmental(exc: BaseException) -> bool:
    """True for the OS errors that are the environment's fault (disk full, read-only,
    permission denied), not the toolkit's: they are reported as errors, not bugs."""
    return isinstance(exc, OSError) and exc.errno in _CAUSES


def io_error(exc: OSError, fallback: str | os.PathLike[str] | None = None) -> TeiError:
    """An OS error as a one-line :class:`TeiError` naming the file and the cause."""
    cause = _CAUSES.get(exc.errno or 0) or exc.strerror or str(exc)
    where = exc.filename or fallback
    return BuildError(cause, file=str(where) if where else None, code="io-error")
