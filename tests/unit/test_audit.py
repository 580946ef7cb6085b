"""The audit trail: saves, runs, checkpoint answers and credential changes, chained by hashes so
that an edited, deleted or moved row is named by `audit verify`."""

import sqlite3

import pytest

import main
from recipes.history import History
from tests.unit.test_runner import RECIPE, VALUES, make


@pytest.fixture
def history(tmp_path):
    return History(tmp_path)


def fill(history, n=4):
    for i in range(n):
        history.audit.append("credential_changed", "mette", credential=f"c{i}")


def test_an_untouched_trail_holds(history):
    fill(history)
    assert history.audit.verify() is None
    assert [r["id"] for r in history.audit.rows()] == [1, 2, 3, 4]


def test_an_edited_row_is_named(history, tmp_path):
    fill(history)
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("update audit set principal = 'mallory' where id = 3")
    broken = history.audit.verify()
    assert (broken.row, broken.what) == (3, "edited")


def test_a_deleted_row_is_named(history, tmp_path):
    fill(history)
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("delete from audit where id = 2")
    broken = history.audit.verify()
    assert (broken.what, broken.expected, broken.row) == ("deleted", 2, 3)


def test_rows_put_in_another_order_are_found(history, tmp_path):
    fill(history)
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("update audit set id = 100 where id = 2")
        db.execute("update audit set id = 2 where id = 3")
        db.execute("update audit set id = 3 where id = 100")
    broken = history.audit.verify()
    assert broken.row == 2 and broken.what in ("edited", "moved")


def test_a_run_with_a_checkpoint_is_in_the_trail_without_personal_data(history):
    # With a history the three steps before the read keep a masked picture each (an OCR read
    # each, of nothing personal), then the name is read.
    runner, env = make(history=history, answers=((True, {}),),
                       ocr_reads=("", "", "", "Søren Ærø Ågesen"))
    run = runner.run(VALUES)
    assert run.status == "passed"
    rows = history.audit.rows("Sag")
    assert [r["event"] for r in rows] == ["run_started", "checkpoint_answered", "run_finished"]
    assert all(r["recipe_hash"] == run.recipe_hash for r in rows)
    answered = rows[1]["details"]
    assert '"approved": true' in answered and "Mette (test)" in answered
    assert "Gem sag for Søren Ærø Ågesen" in answered and "seconds" in answered
    assert VALUES["cpr"] not in "".join(r["details"] or "" for r in rows)
    assert history.audit.verify() is None


def test_audit_verify_names_the_edited_row_and_exits_1(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path))
    fill(History(tmp_path), 3)
    assert main.main(["audit", "verify"]) == 0
    assert "holds: 3 rows" in capsys.readouterr().out
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("update audit set details = '{}' where id = 2")
    assert main.main(["audit", "verify"]) == 1
    assert "row 2 was edited" in capsys.readouterr().err
    assert main.main(["audit", "show"]) == 0
    out = capsys.readouterr().out
    assert "credential changed" in out and "mette" in out


def signed(history, who="bo"):
    """An approval row with its signed head, as `approve` writes them; returns the key store."""
    from recipes.approvals import key_pair
    from tests.unit.test_approvals import DictKeys

    keys = DictKeys()
    row = history.audit.append("approved", who, "Sag", "/x/sag.yaml", "ab" * 32)
    history.audit.sign_head(row, *key_pair(keys, who))
    return row


def test_rows_cut_off_after_a_signed_head_are_named(history, tmp_path):
    fill(history, 2)
    head = signed(history)
    fill(history, 1)
    assert history.audit.verify() is None
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("delete from audit where id >= ?", (head["id"],))
    broken = history.audit.verify()
    # The rest of the chain still holds; the head bo signed names the missing row.
    assert (broken.what, broken.row, broken.signed_by) == ("cut", head["id"], "bo")


def test_a_signed_head_that_was_rewritten_does_not_verify(history, tmp_path):
    head = signed(history)
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("update audit_heads set principal = 'anna' where row = ?", (head["id"],))
    broken = history.audit.verify()
    assert (broken.what, broken.row) == ("head_forged", head["id"])


def test_a_signed_row_rehashed_after_an_edit_is_named_by_its_head(history, tmp_path):
    # Someone edits the approval row and recomputes its hash (the chain's last row, so no
    # later row betrays it): the signed head still holds the old hash.
    from recipes.audit import _row_hash

    head = signed(history)
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.row_factory = sqlite3.Row
        row = dict(db.execute("select * from audit where id = ?", (head["id"],)).fetchone())
        row["principal"] = "anna"
        db.execute("update audit set principal = 'anna', row_hash = ? where id = ?",
                   (_row_hash(row, row["prev_hash"]), head["id"]))
    broken = history.audit.verify()
    assert (broken.what, broken.row, broken.signed_by) == ("edited", head["id"], "bo")
