"""Where a check's work runs: in this process, in a local process pool, or on a Dask cluster.

The work is a module-level function ``fn(item, knowledge)`` mapped over a
list of items (files to read, documents to analyse and sign, stories whose
rules and coverage to run). Each worker receives
the knowledge base once, when it starts (a pool) or by one broadcast (Dask),
never with every item. Results come back in the order of the items, so what
a check reports does not depend on where its stages ran.

    with workers(jobs=4, scheduler=None, knowledge=kb) as run:
        analyses = list(run.map(analyse_item, documents))

The pool starts worker processes with "spawn" (the same on Linux, macOS
and Windows): a script that calls ``check`` with several jobs must guard its
own code with ``if __name__ == "__main__":``, as any Python process pool
requires.
"""

from __future__ import annotations

import contextlib
import gc
import math
import multiprocessing
import os
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from .knowledge import KnowledgeBase

__all__ = ["Workers", "WorkersError", "available_cores", "fewer_collections", "workers"]

Item = TypeVar("Item")
Result = TypeVar("Result")
Work = Callable[[Any, KnowledgeBase], Any]

# With the number of jobs left to its default, fewer items than this are
# handled in this process: starting a worker (a new interpreter importing the
# parsers) costs about as much as analysing this many news reports.
POOL_MIN_ITEMS = 64
# Items per task, as a share of the work: about this many tasks per worker
# keeps every worker busy to the end without paying for a message per item.
# Stories differ in size by hundreds of times: with fewer tasks, one worker
# is left with a chunk of several of the largest while the other waits.
TASKS_PER_WORKER = 16
# A Dask scheduler that has not answered within this many seconds is taken as unreachable.
CONNECT_TIMEOUT = 10
DASK_INSTALL = "pip install 'consistency[dask]'"


class WorkersError(RuntimeError):
    """The workers could not be started or reached, or one died: the message says which and why."""


class Workers(Protocol):
    """Maps a work function over items, results in the items' order."""

    def map(self, fn: Work, items: Sequence[Any]) -> Iterator[Any]: ...


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


EVERY_CORE = 0  # `jobs` for as many worker processes as cores


@contextlib.contextmanager
def workers(jobs: int | None, scheduler: str | None, knowledge: KnowledgeBase) -> Iterator[Workers]:
    """The workers a check runs its per-document stages on, shut down on leaving.

    `scheduler` (a Dask scheduler's address) wins over `jobs`; `jobs`
    `EVERY_CORE` means every core, used only for work of at least
    `POOL_MIN_ITEMS` items (the command line's default); `jobs` None or 1
    runs everything in this process (the library's default: a script that
    calls `consistency.check` needs no `if __name__ == "__main__":` guard).
    While they are in use, this process and the pool's collect garbage less
    often (`fewer_collections`).
    """
    if scheduler is not None:
        run: Workers = DaskCluster(scheduler, knowledge)
    elif jobs is None or jobs == 1:
        run = InProcess(knowledge)
    else:
        run = LocalPool(None if jobs == EVERY_CORE else jobs, knowledge)
    try:
        with fewer_collections():
            yield run
    finally:
        close = getattr(run, "close", None)
        if close is not None:
            close()


# How many objects a check's processes allocate between two collections of the youngest generation of
# garbage (the interpreter's default is 700). A check makes millions of small objects (mentions, claims,
# scores of pairs) that live until their story is done and almost never form cycles: at the default, the
# collections they set off, each full one going over everything still alive, take a tenth of a check's time.
YOUNG_COLLECTION_AFTER = 10_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The garbage collector run less often while the block runs (`YOUNG_COLLECTION_AFTER`), then as before."""
    before = _collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _collect_less() -> tuple[int, ...]:
    """Collect the youngest generation every `YOUNG_COLLECTION_AFTER` objects at most; the thresholds before."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_COLLECTION_AFTER), *before[1:])
    return before


class InProcess:
    """Every item in this process, one after the other."""

    def __init__(self, knowledge: KnowledgeBase) -> None:
        self.knowledge = knowledge

    def map(self, fn: Work, items: Sequence[Any]) -> Iterator[Any]:
        return (fn(item, self.knowledge) for item in items)


class LocalPool:
    """A pool of worker processes on this machine, started at the first work worth it.

    `jobs` None: as many workers as cores, and work of fewer than
    `POOL_MIN_ITEMS` items stays in this process; a number: that many workers.
    """

    def __init__(self, jobs: int | None, knowledge: KnowledgeBase) -> None:
        self.jobs = jobs
        self.size = jobs if jobs is not None else available_cores()
        self.knowledge = knowledge
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Work, items: Sequence[Any]) -> Iterator[Any]:
        if self._pool is None and not self._worth_a_pool(len(items)):
            return InProcess(self.knowledge).map(fn, items)
        chunk = max(1, math.ceil(len(items) / (self.size * TASKS_PER_WORKER)))
        return _broken_pool_is_an_error(self._started().map(_run_in_worker, [fn] * len(items), items, chunksize=chunk))

    def _worth_a_pool(self, items: int) -> bool:
        return self.size >= 2 and items >= (2 if self.jobs is not None else POOL_MIN_ITEMS)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_keep_knowledge,
                initargs=(self.knowledge,),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _broken_pool_is_an_error(results: Iterable[Any]) -> Iterator[Any]:
    try:
        yield from results
    except BrokenProcessPool as error:
        raise WorkersError(
            "a worker process stopped unexpectedly (out of memory, or a script that runs a check "
            f"without `if __name__ == \"__main__\":`): {error}"
        ) from None


# The knowledge base of a worker process, set once when the process starts
# (`_keep_knowledge`) and read by every item it runs. It lives only in pool
# workers, never in the process that runs the check.
_worker_knowledge: KnowledgeBase | None = None


def _keep_knowledge(knowledge: KnowledgeBase) -> None:
    global _worker_knowledge
    _worker_knowledge = knowledge
    _collect_less()  # for the worker's life, which is its check's (see fewer_collections)


def _run_in_worker(fn: Work, item: Any) -> Any:
    assert _worker_knowledge is not None, "a pool worker starts with its knowledge base"
    return fn(item, _worker_knowledge)


class DaskCluster:
    """A dask.distributed cluster: items go out in partitions, the knowledge base once to every worker.

    The workers need this package (same version) installed, and must see
    the paths of the files they are asked to read.
    """

    def __init__(self, address: str, knowledge: KnowledgeBase) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise WorkersError(f"--scheduler needs dask.distributed: {DASK_INSTALL}") from None
        try:
            _answers(address)
            self._client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise WorkersError(f"cannot reach the Dask scheduler at {address}: {_one_line(error)}") from None
        self._knowledge = self._client.scatter(knowledge, broadcast=True, hash=False)

    def map(self, fn: Work, items: Sequence[Any]) -> Iterator[Any]:
        if not items:
            return iter(())
        parts = _partitions(list(items), self._partition_count(len(items)))
        futures = self._client.map(_run_partition, parts, fn=fn, knowledge=self._knowledge, pure=False)
        return _gathered(futures)

    def _partition_count(self, n: int) -> int:
        threads = sum(self._client.nthreads().values()) or 1
        return min(n, threads * TASKS_PER_WORKER)

    def close(self) -> None:
        self._client.close()


def _answers(address: str) -> None:
    """Raise ValueError for an address Dask cannot use, OSError when nothing listens at a TCP one.

    Dask's client retries a refused connection until its timeout; a port
    where nothing listens is told at once here.
    """
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    scheme, location = parse_address(address)
    get_backend(scheme)
    if scheme in ("tcp", "tls"):
        host, port = parse_host_port(location)
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT):
            pass


def _gathered(futures: list[Any]) -> Iterator[Any]:
    """The partitions' results in order; a lost worker or scheduler is a WorkersError."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker

    try:
        for future in futures:
            yield from future.result()
    except (KilledWorker, CancelledError, OSError) as error:
        raise WorkersError(f"the Dask cluster lost the work: {_one_line(error)}") from None


def _run_partition(items: list[Any], fn: Work, knowledge: KnowledgeBase) -> list[Any]:
    return [fn(item, knowledge) for item in items]


def _partitions(items: list[Item], count: int) -> list[list[Item]]:
    """`items` cut into `count` consecutive runs of near-equal length, in order."""
    size = math.ceil(len(items) / max(1, count))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
