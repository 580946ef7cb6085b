"""The audit trail: every save, run, checkpoint answer, credential change (and, with approvals,
every approval and revocation) as one row of a hash-chained table in the history database.

Each row holds the SHA-256 of its own content and of the row before it, so editing a row,
deleting one or putting two in another order breaks the chain where it happened; `verify` names
the first row that does not hold. A chain alone cannot tell that its last rows were cut off (the
rest still holds), so each approval also writes a signed chain head: the id and hash of the row
it appended, signed with the approver's Ed25519 key (`audit_heads`). A head whose row is gone or
changed, or whose signature does not verify, is named as well. The rows carry what happened, to which recipe (name, file,
content hash) and by whom; never a value a person typed, a password or a CPR number (what a
checkpoint showed is stored as the runner masked it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64

# The events, as codes; the command line and the workbench word them.
EVENTS = ("recipe_saved", "run_started", "run_finished", "run_refused", "checkpoint_answered",
          "credential_changed", "credential_deleted", "approved", "approval_refused",
          "signer_added", "revoked", "role_changed")

COLUMNS = ("id", "at", "event", "principal", "recipe", "recipe_path", "recipe_hash", "details")


def _row_hash(row: dict[str, Any], prev: str) -> str:
    content = {k: row.get(k) for k in COLUMNS}
    content["prev_hash"] = prev
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain does not hold: row `row` (its id) was `what` ("edited", "deleted" or
    "moved"); `expected` is the id that should have come there (for a deleted row)."""

    row: int
    what: str
    expected: int | None = None
    signed_by: str | None = None   # for a cut-off tail: whose signed head still names the row


class AuditTrail:
    """The `audit` table of a sqlite-utils database (the history's)."""

    def __init__(self, db):
        self.db = db
        self.db["audit"].create({
            "id": int, "at": str, "event": str, "principal": str, "recipe": str,
            "recipe_path": str, "recipe_hash": str, "details": str, "prev_hash": str,
            "row_hash": str}, pk="id", if_not_exists=True)
        self.db["audit_heads"].create({
            "row": int, "row_hash": str, "principal": str, "key": str, "at": str,
            "signature": str}, pk="row", if_not_exists=True)

    def append(self, event: str, principal: str, recipe: str | None = None,
               recipe_path: str | None = None, recipe_hash: str | None = None,
               **details: Any) -> dict[str, Any]:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event!r}")
        with self.db.conn:   # one transaction: the last row read is the one chained to
            last = self.db.execute(
                "select id, row_hash from audit order by id desc limit 1").fetchone()
            row = {"id": (last[0] + 1) if last else 1,
                   "at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                   "event": event, "principal": principal, "recipe": recipe,
                   "recipe_path": recipe_path, "recipe_hash": recipe_hash,
                   "details": json.dumps(details, sort_keys=True, ensure_ascii=False)
                   if details else None}
            prev = last[1] if last else GENESIS
            row["prev_hash"] = prev
            row["row_hash"] = _row_hash(row, prev)
            self.db["audit"].insert(row)
        return row

    def rows(self, recipe: str | None = None) -> list[dict[str, Any]]:
        where, args = ("recipe = ? or recipe_path = ?", [recipe, recipe]) if recipe else (None, [])
        return list(self.db["audit"].rows_where(where, args, order_by="id"))

    def head(self) -> str:
        """The hash of the last row (the genesis value for an empty trail)."""
        last = self.db.execute("select row_hash from audit order by id desc limit 1").fetchone()
        return last[0] if last else GENESIS

    def sign_head(self, row: dict[str, Any], private: bytes, public: str) -> dict[str, Any]:
        """Sign `row` (just appended) as the chain's head with a person's key."""
        from recipes.approvals import sign

        head = {"row": row["id"], "row_hash": row["row_hash"], "principal": row["principal"],
                "key": public, "at": row["at"]}
        head["signature"] = sign(private, _head_payload(head))
        self.db["audit_heads"].insert(head, replace=True)
        return head

    def heads(self) -> list[dict[str, Any]]:
        return list(self.db["audit_heads"].rows_where(order_by="row"))

    def verify(self) -> ChainBreak | None:
        """None where every row holds; else the first place the chain breaks."""
        from recipes.approvals import signed_by

        prev, expected = GENESIS, 1
        hashes: dict[int, str] = {}
        for row in self.db["audit"].rows_where(order_by="id"):
            if row["id"] != expected:
                return ChainBreak(row["id"], "deleted", expected)
            if _row_hash(row, row["prev_hash"]) != row["row_hash"]:
                return ChainBreak(row["id"], "edited")
            if row["prev_hash"] != prev:
                return ChainBreak(row["id"], "moved")
            prev, expected = row["row_hash"], expected + 1
            hashes[row["id"]] = row["row_hash"]
        for head in self.heads():
            if not signed_by(head["key"] or "", head["signature"] or "", _head_payload(head)):
                return ChainBreak(head["row"], "head_forged", signed_by=head["principal"])
            if head["row"] not in hashes:
                # The rows from here on were cut off: the signed head still names one of them.
                return ChainBreak(head["row"], "cut", expected, signed_by=head["principal"])
            if hashes[head["row"]] != head["row_hash"]:
                return ChainBreak(head["row"], "edited", signed_by=head["principal"])
        return None


def _head_payload(head: dict[str, Any]) -> dict[str, Any]:
    return {"audit_head": head["row"], "row_hash": head["row_hash"],
            "principal": head["principal"], "at": head["at"]}


def record_save(path, recipe) -> None:
    """A recipe written to `path` by this program (workbench, recorder): appended to the trail
    under WORKBENCH_HOME with its content hash and who saved it."""
    from pathlib import Path

    from recipes.content_hash import content_hash
    from recipes.history import History, workbench_home
    from recipes.principal import principal

    from recipes.approvals import record_change

    path = Path(path).resolve()
    who = principal()
    History(workbench_home()).audit.append("recipe_saved", who, recipe.name, str(path),
                                           content_hash(path, recipe))
    record_change(path, recipe, who)
