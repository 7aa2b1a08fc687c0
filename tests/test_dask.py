"""On a Dask cluster (a LocalCluster of two worker processes), the check gives the report one process gives."""

from __future__ import annotations

import json
import socket
from concurrent.futures import CancelledError
from pathlib import Path

import pytest
from click.testing import CliRunner

from consistency.cli import main
from consistency.knowledge import builtin
from consistency.readers import records
from consistency.workers import workers

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FACTS = SEEDS / "reference_facts.csv"


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def _report(tmp_path: Path, *args: str) -> str:
    out = tmp_path / f"report-{len(list(tmp_path.glob('report-*')))}.json"
    result = CliRunner().invoke(main, ["check", *args, "--format", "json", "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_seeds_on_a_dask_cluster_give_the_report_of_one_process(tmp_path, scheduler):
    args = (str(SEEDS), "--facts", str(FACTS))
    assert _report(tmp_path, *args, "--scheduler", scheduler) == _report(tmp_path, *args, "--jobs", "1")


def test_several_stories_and_a_table_on_a_dask_cluster_give_the_report_of_one_process(tmp_path, scheduler,
                                                                                     monkeypatch):
    from test_tables import ROWS, _parquet
    from test_workers import write_stories

    corpus = write_stories(tmp_path / "stories")
    _parquet(corpus / "archive.parquet", [r for r in ROWS if r["text"].strip()], row_group_size=1)
    monkeypatch.setattr(records, "TABLE_PART_ROWS", 1)  # the workers read the table a row group each
    one = _report(tmp_path, str(corpus), "--jobs", "1")
    assert _report(tmp_path, str(corpus), "--scheduler", scheduler) == one
    assert len(json.loads(one)["documents"]) == 17


def _worker_address(item: int, knowledge) -> tuple[int, str, bool]:
    return item, distributed.get_worker().address, knowledge == builtin()


def test_items_go_out_in_partitions_to_both_workers_and_come_back_in_order(scheduler):
    with workers(None, scheduler, builtin()) as run:
        results = list(run.map(_worker_address, list(range(24))))
    assert [item for item, _, _ in results] == list(range(24))
    assert len({address for _, address, _ in results}) == 2
    assert all(has_knowledge for _, _, has_knowledge in results)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("address", "message"),
    [
        (f"tcp://127.0.0.1:{_free_port()}", "Connection refused"),
        ("carrier-pigeon://desk", "unknown address scheme 'carrier-pigeon'"),
        ("127.0.0.1", "missing port number"),
    ],
)
def test_an_unreachable_scheduler_is_a_one_line_error(address, message):
    result = CliRunner().invoke(main, ["check", str(SEEDS), "--scheduler", address])
    assert result.exit_code == 2
    [line] = [line for line in result.output.splitlines() if "Dask" in line]  # one line, no traceback
    assert "Traceback" not in result.output
    assert line.startswith(f"Error: cannot reach the Dask scheduler at {address}: ")
    assert message in line


class _Cancelled:
    """A partition the cluster dropped (its scheduler restarted, or the work was cancelled there)."""

    def result(self):
        raise CancelledError("partition-3 was cancelled")


def test_a_partition_the_cluster_dropped_is_an_error_naming_it():
    from consistency.workers import WorkersError, _gathered

    with pytest.raises(WorkersError, match="^the Dask cluster lost the work: partition-3 was cancelled$"):
        list(_gathered([_Cancelled()]))
