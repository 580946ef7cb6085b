"""The command line of governance: `approve`, `review` and `signers`, in plain English lines.

Exit statuses: 0 done; 2 the recipe cannot be read or the command is wrong; 4 refused by the
rules of four eyes (not an allowed signer, one's own change, approved already, a decision
without a checkpoint).
"""

from __future__ import annotations

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

    from recipes.approvals import governing_folder

    folder = governing_folder(Path(args.folder))
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
        print(f"refused: {describe(e.problem)} (in {folder.parent}; give the recipe library with "
              "--folder)" if e.problem.code == "not_a_signer" else
              f"refused: {describe(e.problem)}", file=sys.stderr)
        return EXIT_REFUSED
    _audit("role_changed", who, person=args.user, role=args.role, grant=args.action == "grant",
           folder=str(folder.parent))
    verb = "now holds" if args.action == "grant" else "no longer holds"
    print(f"{args.user} {verb} the role '{args.role}' in {folder.parent} (signed by {who})")
    return EXIT_OK


def _audit(event: str, who: str, recipe=None, path=None, digest=None, **details) -> None:
    from recipes.history import History, workbench_home

    History(workbench_home()).audit.append(event, who, recipe, path, digest, **details)


def _command(args) -> int:
    from recipes.approvals import (
        KeyringKeys, Refused, add_signer, revoke_signer, trusted_keys)
    from recipes.principal import principal

    who = principal()
    if args.command == "roles":
        return _roles(args, who)
    if args.command == "signers":
        from recipes.approvals import governing_folder

        folder = governing_folder(Path(args.folder))
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
            print(f"refused: {e} (in {folder.parent}; give the recipe library with --folder)",
                  file=sys.stderr)
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
    from recipes.approvals import describe
    from recipes.governance import approve_recipe

    try:
        done = approve_recipe(doc.path, doc.recipe, who, args.comment, KeyringKeys())
    except Refused as e:
        print(f"refused: {describe(e.problem)}", file=sys.stderr)
        return EXIT_REFUSED
    n = len(done.standing.approved_by)
    if done.first_signer:
        print(f"{who} is now the first allowed signer of {done.first_signer}: approvals and "
              "roles there start from this key (`signers show` lists them)")
    print(f"approved '{doc.recipe.name}' version {done.hash[:12]} as {who} "
          f"({n} approval{'' if n == 1 else 's'} of this version, {done.standing.required} "
          f"required); the audit trail's head (row {done.chain_head}) is signed")
    if done.standing.runnable:
        print("operators may now run it: python main.py run --operator " + str(args.recipe))
    return EXIT_OK


def _step(index: int, step_id: str | None) -> str:
    return f"step {index + 1}" + (f" '{step_id}'" if step_id else "")


def review_lines(recipe_file: Path, recipe) -> list[str]:
    """The review (recipes.governance.review) in plain English lines."""
    from recipes.approvals import describe
    from recipes.governance import review

    r = review(recipe_file, recipe)
    now = r.standing
    out = [f"'{r.name}' ({Path(recipe_file).name}), version {now.hash[:12]}",
           f"approvals of this version: {len(now.approved_by)} of {now.required}"
           + (f" ({', '.join(now.approved_by)})" if now.approved_by else "")]
    out += [f"  ! {describe(p)}" for p in now.problems if p.code not in ("not_approved",)]
    if r.authors:
        out.append(f"changed since the last approval by: {', '.join(r.authors)} "
                   "(they cannot approve it)")
    out.append("programs it launches:")
    out += [f"  {_step(x.index, x.step_id)}: {' '.join(x.command)}" for x in r.launches] \
        or ["  none"]
    out.append("credentials it types:")
    out += [f"  {_step(c.index, c.step_id)}: the {c.field} of '{c.secret}'"
            + (f", user {c.username}" if c.username else "") + ", "
            + (f"only into a window titled like '{c.window}'" if c.window
               else "into any window (no `window:` on the credential)")
            for c in r.credentials] or ["  none"]
    out.append("decisions (each after a checkpoint):")
    out += [f"  {_step(d.index, d.step_id)} ({d.action}), "
            + (f"after {_step(d.checkpoint, d.checkpoint_id)}: \"{d.message}\""
               if d.checkpoint is not None else "no checkpoint")
            for d in r.decisions] or ["  none marked (decision: true)"]
    if not r.has_approved_copy:
        return out + ["changes: no approved version to compare with (this is the first review)"]
    out.append("changes since the approved version:")
    for c in r.steps:
        verb = {"new": "is new", "removed": "was removed", "changed": "changed:"}[c.kind]
        mark = {"new": "+", "removed": "-", "changed": "~"}[c.kind]
        out.append(f"  {mark} {_step(c.index, c.step_id)} ({c.action}) {verb}")
        out += [f"      {f.name}: {f.before or '(none)'} -> {f.after or '(none)'}"
                for f in c.fields]
    out += [f"  file {f.path}: {f.kind}" for f in r.files]
    if not r.steps and not r.files:
        out.append("  none")
    return out
