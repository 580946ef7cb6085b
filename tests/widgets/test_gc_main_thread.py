"""The workbench collects Python's reference cycles in the GUI thread only: a cycle holding a
Qt object of a closed window must never be let go from a run's worker thread (where PySide
deletes it later, in the middle of a paint, and the workbench crashes)."""

import gc
import threading

from workbench.gc_main_thread import MainThreadCollector


class Cycle:
    def __init__(self, seen):
        self.me = self
        self.seen = seen

    def __del__(self):
        self.seen.append(threading.current_thread())


def churn():
    """A worker thread's allocations, as a run's: enough to pass the collector's threshold."""
    keep = []
    for _ in range(20000):
        keep.append([{}])


def test_cycles_are_collected_in_the_gui_thread_while_a_worker_allocates(qapp, qtbot):
    gc.enable()
    gc.collect()
    collector = MainThreadCollector(interval_ms=50)
    try:
        seen = []
        Cycle(seen)                        # unreachable now, but only a collector frees it
        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert seen == []                  # the worker's allocations did not collect it
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)
        assert seen == [threading.main_thread()]
    finally:
        collector.stop()
        gc.disable()                       # as the test session keeps it


def test_without_it_python_collects_in_whichever_thread_allocates():
    """Why the collector exists: Python's own collection runs in the worker's thread."""
    gc.enable()
    try:
        gc.collect()
        seen = []
        Cycle(seen)
        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert seen and seen[0] is not threading.main_thread()
    finally:
        gc.disable()
