"""Four eyes as one flow for the command line and the workbench: approving a recipe (with the
roles, the pinned first signer, the local audit trail and a signed chain head), keeping the
approved copy, and what a reviewer must see (`Review`), as typed data that the edge words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from recipes.approvals import (
    KeyStore, Problem, Refused, Standing, approve, approved_copy, authors_since_approval,
    compare_with_approved, first_signer, key_pair, known_hashes, last_approval_at,
    signers_folder, standing,
)
from recipes.model import CheckpointStep, LaunchStep, Recipe, TypeStep


# --- the first signer, pinned on this computer -----------------------------------------------

def pin_problem(approvals_folder: Path) -> Problem | None:
    """The first signer of a folder, as this computer first saw it, kept in the history under
    WORKBENCH_HOME: a `signers.yaml` rewritten from the start (deleted, or replaced by someone
    who then signs alone) no longer matches. None where it holds (or is seen for the first
    time, and is now pinned)."""
    from recipes.history import History, workbench_home

    folder = Path(approvals_folder).resolve()
    first = first_signer(folder)
    db = History(workbench_home()).db
    db["signer_pins"].create({"folder": str, "principal": str, "key": str}, pk="folder",
                             if_not_exists=True)
    row = next(db["signer_pins"].rows_where("folder = ?", [str(folder)]), None)
    if row is None:
        if first is not None:
            db["signer_pins"].insert({"folder": str(folder), "principal": first[0],
                                      "key": first[1]})
        return None
    if first is None or first[1] != row["key"]:
        return Problem("signers_replaced", {"folder": str(folder.parent), "first": row["principal"]})
    return None


def saved_since_approval(trail, path: str, since: str) -> list[str]:
    """Who saved the recipe at `path` on this computer since its last approval, as the audit
    trail under WORKBENCH_HOME knows it (a change log deleted from the shared folder does not
    make a person's own change approvable by them)."""
    rows = trail.rows(path)
    last = max([r["at"] for r in rows if r["event"] == "approved"] + [since or ""])
    out: list[str] = []
    for r in rows:
        if r["event"] == "recipe_saved" and r["at"] >= last and r["principal"] not in out:
            out.append(r["principal"])
    return out


# --- approving --------------------------------------------------------------------------------

@dataclass
class Approved:
    hash: str
    standing: Standing            # of the recipe after this approval
    chain_head: int               # the audit row the approver's signed head names
    first_signer: str | None = None   # the recipe folder whose first signer this made the person


def approve_recipe(recipe_file: Path, recipe: Recipe, who: str, comment: str,
                   keys: KeyStore) -> Approved:
    """Approve the recipe's current content as `who`: the folder's first signer must be the
    one this computer pinned, `who` must hold `reviewer`, must not have saved a change since
    the last approval (in the shared change log or in this computer's audit trail), and the
    four-eyes rules of `approvals.approve` hold. A refusal (`Refused`) is written to the audit
    trail; an approval is, with a chain head signed by the approver's key, and once the version
    has its approvals the approved copy is kept for the next review's diff."""
    from recipes.history import History, workbench_home
    from recipes.roles import require

    path = str(Path(recipe_file).resolve())
    trail = History(workbench_home()).audit
    pinned = pin_problem(signers_folder(recipe_file))
    was_empty = first_signer(signers_folder(recipe_file)) is None
    try:
        if pinned is not None:
            raise Refused(pinned)
        require(signers_folder(recipe_file), who, "reviewer")
        entry = approve(recipe_file, recipe, keys, who, comment,
                        other_authors=saved_since_approval(trail, path,
                                                           last_approval_at(recipe_file)))
    except Refused as e:
        trail.append("approval_refused", who, recipe.name, path, None, reason=e.problem.code)
        raise
    pin_problem(signers_folder(recipe_file))   # a folder's first signer is pinned as it is made
    now = standing(recipe_file, recipe)
    row = trail.append("approved", who, recipe.name, path, entry["hash"],
                       comment=comment or None, approvals=len(now.approved_by),
                       required=now.required)
    private, public = key_pair(keys, who)
    trail.sign_head(row, private, public)
    if now.runnable:
        keep_approved_copy(recipe_file, recipe)
    return Approved(entry["hash"], now, row["id"],
                    str(signers_folder(recipe_file).parent) if was_empty else None)


def keep_approved_copy(recipe_file: Path, recipe: Recipe) -> None:
    """The approved version (recipe and its files) beside the log, for the next review's diff."""
    import shutil

    from recipes.content_hash import used_files
    from recipes.fileformat import atomic_write_bytes

    recipe_file = Path(recipe_file)
    target = approved_copy(recipe_file)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    # Bytes read and written, not shutil.copy2: on Windows that calls CopyFile2, which Wine 8
    # lacks (the portable build is tested under Wine).
    for rel in [recipe_file.name] + used_files(recipe_file, recipe):
        source = recipe_file.parent / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target / rel, source.read_bytes())


# --- what a reviewer sees ---------------------------------------------------------------------

@dataclass
class Launch:
    index: int                    # 0-based step index
    step_id: str | None
    command: list[str]


@dataclass
class TypedCredential:
    index: int
    step_id: str | None
    secret: str
    field: str                    # "password" or "username"
    username: str | None
    window: str | None            # the window title it may be typed into; None = any window


@dataclass
class Decision:
    index: int
    step_id: str | None
    action: str
    checkpoint: int | None        # index of the checkpoint before it, None where there is none
    checkpoint_id: str | None
    message: str | None


@dataclass
class FieldChange:
    name: str                     # dotted: target.text
    before: str | None            # repr of the value; None where the field was not set
    after: str | None


@dataclass
class StepChange:
    kind: str                     # "new", "changed", "removed"
    index: int                    # in the version it is in (the old one for "removed")
    step_id: str | None
    action: str
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class FileChange:
    path: str                     # relative to the recipe's folder
    kind: str                     # "new", "changed", "removed"
    before: Path | None           # the approved copy's file
    after: Path | None            # the file as it is now


@dataclass
class Review:
    name: str
    file: Path
    standing: Standing
    authors: list[str]            # who changed it since the last approval (cannot approve)
    launches: list[Launch]
    credentials: list[TypedCredential]
    decisions: list[Decision]
    has_approved_copy: bool
    steps: list[StepChange]
    files: list[FileChange]
    # This version was neither approved nor saved by the workbench or the recorder: someone
    # changed the files by hand (or another program did), and who is not known.
    unattributed: bool = False


def review(recipe_file: Path, recipe: Recipe) -> Review:
    """What a reviewer must see, always: the approvals of this version, the programs it
    launches, the credentials it types and into which windows, its decisions with their
    checkpoints; and what changed, step by step and file by file, since the approved copy."""
    recipe_file = Path(recipe_file)
    launches = [Launch(i, s.id, list(s.command)) for i, s in enumerate(recipe.steps)
                if isinstance(s, LaunchStep)]
    credentials = []
    for i, s in enumerate(recipe.steps):
        if isinstance(s, TypeStep) and s.secret:
            cred = recipe.credential(s.secret)
            credentials.append(TypedCredential(i, s.id, s.secret, s.field,
                                               cred.username if cred else None,
                                               cred.window if cred else None))
    decisions = []
    for i, s in enumerate(recipe.steps):
        if s.decision:
            before = next((j for j in range(i - 1, -1, -1)
                           if isinstance(recipe.steps[j], CheckpointStep)), None)
            cp = recipe.steps[before] if before is not None else None
            decisions.append(Decision(i, s.id, s.action, before, cp.id if cp else None,
                                      cp.message if cp else None))
    compared = compare_with_approved(recipe_file, recipe)
    steps: list[StepChange] = []
    files: list[FileChange] = []
    if compared is not None:
        if compared.old is not None:
            steps = step_changes(compared.old, recipe)
        for rel in compared.changed():
            if rel == recipe_file.name:
                continue
            kind = ("new" if rel not in compared.before else
                    "removed" if rel not in compared.after else "changed")
            files.append(FileChange(rel, kind,
                                    compared.copy.parent / rel if rel in compared.before else None,
                                    recipe_file.parent / rel if rel in compared.after else None))
    now = standing(recipe_file, recipe, compared)
    return Review(recipe.name, recipe_file, now, authors_since_approval(recipe_file), launches,
                  credentials, decisions, compared is not None, steps, files,
                  unattributed=compared is not None and now.hash not in known_hashes(recipe_file))


def step_changes(old: Recipe, new: Recipe) -> list[StepChange]:
    """Steps matched by id (else by position): new ones, changed ones with their fields, and
    removed ones, in the order of the new version (removed ones last)."""
    old_steps = {s.id or f"#{i + 1}": (i, s) for i, s in enumerate(old.steps)}
    new_steps = {s.id or f"#{i + 1}": (i, s) for i, s in enumerate(new.steps)}
    out: list[StepChange] = []
    for key, (i, s) in new_steps.items():
        if key not in old_steps:
            out.append(StepChange("new", i, s.id, s.action))
            continue
        before, after = _fields(old_steps[key][1]), _fields(s)
        changed = [FieldChange(name, before.get(name), after.get(name))
                   for name in sorted(set(before) | set(after))
                   if before.get(name) != after.get(name)]
        if changed:
            out.append(StepChange("changed", i, s.id, s.action, changed))
    for key, (i, s) in old_steps.items():
        if key not in new_steps:
            out.append(StepChange("removed", i, s.id, s.action))
    return out


def _fields(step) -> dict[str, str]:
    """A step's fields as dotted names and their values (`target.text: 'Godkend'`)."""
    out: dict[str, str] = {"action": repr(step.action)}

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else k, v)
        else:
            out[prefix] = repr(value)

    walk("", step.model_dump(mode="json", exclude_defaults=True))
    return out
