"""The journal: what a killed recorder leaves behind is enough to rebuild the recipe."""

import numpy as np

from recorders.events import RawEvent, click
from recorders.journal import Journal, discard_journal, frames_dir, journal_path, read_journal
from recorders.output import rebuild


def test_a_torn_last_line_from_a_kill_is_ignored(tmp_path):
    out = tmp_path / "r.yaml"
    j = Journal(out, {"layout": "dk"})
    for i, ev in enumerate(click(0.1, 10, 20), 1):
        ev.seq = i
        j.event(ev)
    j._file.write('{"type": "event", "kind": "pre')  # the kill came in the middle of a write
    j._file.flush()
    contents = read_journal(out)
    assert [e.kind for e in contents.events] == ["press", "release"]
    assert contents.header["layout"] == "dk" and not contents.stopped
    assert [s.action for s in rebuild(out).recipe.steps] == ["click"]


def test_screenshots_are_saved_once_and_named_by_the_event_they_came_before(tmp_path):
    out = tmp_path / "r.yaml"
    j = Journal(out)
    pixels = np.zeros((20, 30, 3), np.uint8)
    name = j.frame(3, 1.0, pixels)
    again = j.frame(7, 1.0, pixels, reuse=name)
    j.close(2.0)
    contents = read_journal(out)
    assert set(contents.frames) == {3, 7} and name == again
    assert len(list(frames_dir(out).iterdir())) == 1 and contents.stopped


def test_discarding_removes_the_journal_and_its_screenshots(tmp_path):
    out = tmp_path / "r.yaml"
    j = Journal(out)
    j.frame(1, 0.0, np.zeros((4, 4, 3), np.uint8))
    j.event(RawEvent("press", 0.1, x=1, y=1, button="left", seq=1))
    j.discard()
    assert not journal_path(out).exists() and not frames_dir(out).exists()
    discard_journal(out)  # twice is harmless
