"""The command line of governance: `approve`, `review` and `signers`, in plain English lines.

Exit statuses: 0 done; 2 the recipe cannot be read or the command is wrong; 4 refused by the
rules of four eyes (not an allowed signer, one's own change, approved already, a decision
without a checkpoint).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_REFUSED = 0, 2, 4


def command(args) -> int:
    from recipes.errors import EnvironmentMissing

    try:
        return _command(args)
    except EnvironmentMissing as e:
        from recipes.principal import principal

        print(f"error: the keyring could not be reached for the signing key of {principal()}: "
              f"{e}", file=sys.stderr)
        return EXIT_INVALID


def _roles(args, who: str) -> int:
    from recipes.approvals import KeyringKeys, Refused, describe
    from recipes.roles import ROLES, change, roles_of

    folder = Path(args.folder).resolve() / ".approvals"
    if args.action == "show":
        held = roles_of(folder)
        if held is None:
            print(f"no roles are given in {folder.parent}: everybody holds every role "
                  f"({', '.join(ROLES)}); four eyes apply all the same")
        for person, roles in sorted((held or {}).items()):
            print(f"{person:16s} {', '.join(sorted(roles)) or '(none)'}")
        return EXIT_OK
    if not args.user or not args.role:
        print(f"error: say whose role and which: roles {args.action} USER ROLE "
              f"(ROLE: {', '.join(ROLES)})", file=sys.stderr)
        return EXIT_INVALID
    try:
        change(folder, KeyringKeys(), who, args.user, args.role, args.action == "grant")
    except Refused as e:
        print(f"refused: {describe(e.problem)}", file=sys.stderr)
        return EXIT_REFUSED
    _audit("role_changed", who, person=args.user, role=args.role, grant=args.action == "grant",
           folder=str(folder.parent))
    verb = "now holds" if args.action == "grant" else "no longer holds"
    print(f"{args.user} {verb} the role '{args.role}' in {folder.parent} (signed by {who})")
    return EXIT_OK


def pin_problem(recipe_folder: Path):
    """The first signer of a folder, as this computer first saw it, kept in the history under
    WORKBENCH_HOME: a `signers.yaml` rewritten from the start (deleted, or replaced by someone
    who then signs alone) no longer matches. None where it holds (or is seen for the first
    time, and is now pinned)."""
    from recipes.approvals import Problem, first_signer
    from recipes.history import History, workbench_home

    folder = Path(recipe_folder).resolve()   # an `.approvals` folder
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


def _audit(event: str, who: str, recipe=None, path=None, digest=None, **details) -> None:
    from recipes.history import History, workbench_home

    History(workbench_home()).audit.append(event, who, recipe, path, digest, **details)


def _command(args) -> int:
    from recipes.approvals import (
        KeyringKeys, Refused, add_signer, revoke_signer, signers_folder, trusted_keys)
    from recipes.principal import principal

    who = principal()
    if args.command == "roles":
        return _roles(args, who)
    if args.command == "signers":
        folder = Path(args.folder).resolve() / ".approvals"
        if args.action == "show":
            signers = trusted_keys(folder)
            if not signers:
                print(f"no allowed signers yet in {folder.parent}: the first person to approve a "
                      "recipe there becomes one")
            for key, name in signers.items():
                print(f"{name:16s} {key}")
            return EXIT_OK
        if not args.user:
            print(f"error: say whose key to {args.action}: signers {args.action} USER",
                  file=sys.stderr)
            return EXIT_INVALID
        try:
            if args.action == "add":
                request = folder / "requests" / f"{args.user}.pub"
                if not request.is_file():
                    print(f"error: {args.user} has asked for nothing: there is no {request} (it "
                          f"is written when {args.user} first tries to approve)", file=sys.stderr)
                    return EXIT_INVALID
                add_signer(folder, KeyringKeys(), who, args.user,
                           request.read_text("ascii").strip())
                _audit("signer_added", who, signer=args.user, folder=str(folder.parent))
                print(f"{args.user} is now an allowed signer (admitted by {who})")
            else:
                gone = revoke_signer(folder, KeyringKeys(), who, args.user)
                _audit("revoked", who, signer=args.user, keys=gone, folder=str(folder.parent))
                print(f"revoked {gone} key(s) of {args.user}; approvals signed with them no "
                      "longer count")
        except Refused as e:
            print(f"refused: {e}", file=sys.stderr)
            return EXIT_REFUSED
        return EXIT_OK

    from recipes.errors import RecipeFormatError, RecipeProblems
    from recipes.fileformat import check_assets, load_recipe

    try:
        doc = load_recipe(args.recipe)
        problems = check_assets(doc)
        if problems:
            raise RecipeProblems(problems)
    except (RecipeFormatError, RecipeProblems) as e:
        print(f"invalid: {e}" if isinstance(e, RecipeFormatError) else "invalid:\n" + str(e),
              file=sys.stderr)
        return EXIT_INVALID
    if args.command == "review":
        print("\n".join(review_lines(doc.path, doc.recipe)))
        return EXIT_OK
    from recipes.approvals import approve, describe, last_approval_at, standing
    from recipes.history import History, workbench_home

    path = str(Path(doc.path).resolve())
    trail = History(workbench_home()).audit
    pinned = pin_problem(signers_folder(doc.path))
    try:
        if pinned is not None:
            raise Refused(pinned)
        from recipes.roles import require

        require(signers_folder(doc.path), who, "reviewer")
        entry = approve(doc.path, doc.recipe, KeyringKeys(), who, args.comment,
                        other_authors=saved_since_approval(trail, path,
                                                           last_approval_at(doc.path)))
    except Refused as e:
        trail.append("approval_refused", who, doc.recipe.name, path, None,
                     reason=e.problem.code)
        print(f"refused: {describe(e.problem)}", file=sys.stderr)
        return EXIT_REFUSED
    pin_problem(signers_folder(doc.path))   # a folder's first signer is pinned as it is made
    now = standing(doc.path, doc.recipe)
    trail.append("approved", who, doc.recipe.name, path, entry["hash"],
                 comment=args.comment or None, approvals=len(now.approved_by),
                 required=now.required, chain_head=trail.head())
    print(f"approved '{doc.recipe.name}' version {entry['hash'][:12]} as {who} "
          f"({len(now.approved_by)} approval{'' if len(now.approved_by) == 1 else 's'} of this "
          f"version, {now.required} required)")
    if now.runnable:
        keep_approved_copy(doc.path, doc.recipe)
        print("operators may now run it: python main.py run --operator " + str(args.recipe))
    return EXIT_OK


def saved_since_approval(trail, path: str, since: str) -> list[str]:
    """Who saved the recipe at `path` on this computer since its last approval, as the audit
    trail under WORKBENCH_HOME knows it (a change log deleted from the shared folder does not
    make a person's own change approvable by them)."""
    rows = [r for r in trail.rows(path)]
    last = max([r["at"] for r in rows if r["event"] == "approved"] + [since or ""])
    out: list[str] = []
    for r in rows:
        if r["event"] == "recipe_saved" and r["at"] >= last and r["principal"] not in out:
            out.append(r["principal"])
    return out


def snapshot_folder(recipe_file: Path) -> Path:
    from recipes.approvals import folder_of

    return folder_of(recipe_file) / (Path(recipe_file).name + ".approved")


def keep_approved_copy(recipe_file: Path, recipe) -> None:
    """The approved version (recipe and its files) beside the log, for the next review's diff."""
    from recipes.content_hash import asset_paths

    from recipes.fileformat import atomic_write_bytes

    recipe_file = Path(recipe_file)
    target = snapshot_folder(recipe_file)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    # Bytes read and written, not shutil.copy2: on Windows that calls CopyFile2, which Wine 8
    # lacks (the portable build is tested under Wine).
    for rel in [recipe_file.name] + asset_paths(recipe):
        source = recipe_file.parent / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target / rel, source.read_bytes())


def review_lines(recipe_file: Path, recipe) -> list[str]:
    """What a reviewer must see, always: the approvals of this version, the programs it
    launches, the credentials it types and into which windows, its decisions with their
    checkpoints; and what changed, step by step and file by file, since the approved copy."""
    from recipes.approvals import authors_since_approval, describe, standing
    from recipes.model import CheckpointStep, LaunchStep, TypeStep

    now = standing(recipe_file, recipe)
    out = [f"'{recipe.name}' ({Path(recipe_file).name}), version {now.hash[:12]}",
           f"approvals of this version: {len(now.approved_by)} of {now.required}"
           + (f" ({', '.join(now.approved_by)})" if now.approved_by else "")]
    out += [f"  ! {describe(p)}" for p in now.problems if p.code not in ("not_approved",)]
    authors = authors_since_approval(recipe_file)
    if authors:
        out.append(f"changed since the last approval by: {', '.join(authors)} "
                   "(they cannot approve it)")
    out.append("programs it launches:")
    out += [f"  {s.label(i + 1)}: {' '.join(s.command)}" for i, s in enumerate(recipe.steps)
            if isinstance(s, LaunchStep)] or ["  none"]
    out.append("credentials it types:")
    typed = []
    for i, s in enumerate(recipe.steps):
        if isinstance(s, TypeStep) and s.secret:
            cred = recipe.credential(s.secret)
            where = (f"only into a window titled like '{cred.window}'" if cred and cred.window
                     else "into any window (no `window:` on the credential)")
            user = f", user {cred.username}" if cred and cred.username else ""
            typed.append(f"  {s.label(i + 1)}: the {s.field} of '{s.secret}'{user}, {where}")
    out += typed or ["  none"]
    out.append("decisions (each after a checkpoint):")
    decisions = []
    for i, s in enumerate(recipe.steps):
        if s.decision:
            before = next((j for j in range(i - 1, -1, -1)
                           if isinstance(recipe.steps[j], CheckpointStep)), None)
            ask = (f"after {recipe.steps[before].label(before + 1)}: "
                   f"\"{recipe.steps[before].message}\"" if before is not None else "no checkpoint")
            decisions.append(f"  {s.label(i + 1)} ({s.action}), {ask}")
    out += decisions or ["  none marked (decision: true)"]
    out += changes_lines(recipe_file, recipe)
    return out


def changes_lines(recipe_file: Path, recipe) -> list[str]:
    from recipes.content_hash import manifest
    from recipes.fileformat import dump_recipe, load_recipe

    copy = snapshot_folder(recipe_file) / Path(recipe_file).name
    if not copy.is_file():
        return ["changes: no approved version to compare with (this is the first review)"]
    old = load_recipe(copy).recipe
    out = ["changes since the approved version:"]
    old_steps = {s.id or f"#{i + 1}": (i, s) for i, s in enumerate(old.steps)}
    new_steps = {s.id or f"#{i + 1}": (i, s) for i, s in enumerate(recipe.steps)}
    for key, (i, s) in new_steps.items():
        if key not in old_steps:
            out.append(f"  + {s.label(i + 1)} ({s.action}) is new")
        elif dump_recipe(_one(old, old_steps[key][1])) != dump_recipe(_one(recipe, s)):
            out.append(f"  ~ {s.label(i + 1)} ({s.action}) changed:")
            before, after = _fields(old_steps[key][1]), _fields(s)
            for name in sorted(set(before) | set(after)):
                if before.get(name) != after.get(name):
                    out.append(f"      {name}: {before.get(name, '(none)')} -> "
                               f"{after.get(name, '(none)')}")
    for key, (i, s) in old_steps.items():
        if key not in new_steps:
            out.append(f"  - {s.label(i + 1)} ({s.action}) was removed")
    before = manifest(copy, old)
    after = manifest(recipe_file, recipe)
    for rel in sorted(set(before) | set(after)):
        if rel == Path(recipe_file).name:
            continue
        if before.get(rel) != after.get(rel):
            what = "new" if rel not in before else "removed" if rel not in after else "changed"
            out.append(f"  file {rel}: {what}")
    return out if len(out) > 1 else out + ["  none"]


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


def _one(recipe, step):
    return recipe.model_copy(update={"steps": [step]})
