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


def test_a_new_recording_never_appends_to_an_old_unfinished_journal(tmp_path):
    import pytest

    from recorders.journal import UnfinishedRecording, unfinished_journals

    out = tmp_path / "r.yaml"
    old = Journal(out, {"layout": "dk"})
    for i, ev in enumerate(click(0.1, 10, 20), 1):
        ev.seq = i
        old.event(ev)
    # the recorder was killed: its journal stays; a new recording into the same file is refused
    with pytest.raises(UnfinishedRecording) as err:
        Journal(out, {"layout": "us"})
    assert "r.yaml.journal" in str(err.value) and "--recover" in str(err.value)
    assert read_journal(out).header["layout"] == "dk" and len(read_journal(out).events) == 2
    assert unfinished_journals(tmp_path) == [out]


def test_screenshots_left_without_their_journal_are_not_taken_into_a_new_one(tmp_path):
    out = tmp_path / "r.yaml"
    frames_dir(out).mkdir()
    (frames_dir(out) / "f00009.png").write_bytes(b"old")
    Journal(out).close()
    assert list(frames_dir(out).iterdir()) == []


def test_the_command_line_refuses_to_record_over_an_unfinished_journal(tmp_path, capsys):
    import main

    out = tmp_path / "r.yaml"
    Journal(out).event(click(0.1, 10, 20)[0])
    assert main.main(["record", str(out), "--countdown", "0"]) == 2
    err = capsys.readouterr().err
    assert "unfinished recording" in err and f"record --recover {out}" in err
    assert len(read_journal(out).events) == 1
