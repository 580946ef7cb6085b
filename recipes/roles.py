"""Who may do what: the roles `author`, `reviewer`, `operator` and `trainee`, per person.

The roles live beside the recipes in `.approvals/roles.yaml`, each grant and revocation signed by
an allowed signer (see `recipes.approvals`), so the file is governed: a line that no signer
signed, or that a signer's revoked key signed, gives nobody anything. Without any valid grant
(a small team's setup) every person holds every role; four eyes apply all the same (nobody
approves their own change).

What each role may do: an author records, edits and saves recipes and runs them to try them; a
reviewer reviews and approves; an operator runs approved recipes (`run --operator`, the
workbench's operator view); a trainee follows recipes in the guided mode.
"""

from __future__ import annotations

from pathlib import Path

from recipes.approvals import (
    KeyStore, Problem, Refused, _now, _read, _write, key_pair, sign, signed_by, trusted_keys)

ROLES = ("author", "reviewer", "operator", "trainee")


def _payload(entry: dict) -> dict:
    return {"role": entry["role"], "person": entry["person"], "grant": entry["grant"],
            "at": entry["at"], "by": entry["by"]}


def roles_of(folder: Path) -> dict[str, set[str]] | None:
    """{person: roles} from the signed grants and revocations in order; None where there is no
    valid grant at all (then everybody holds every role)."""
    trusted = trusted_keys(folder)
    held: dict[str, set[str]] = {}
    seen = False
    for entry in _read(folder / "roles.yaml").get("changes") or []:
        try:
            payload = _payload(entry)
        except KeyError:
            continue
        key = entry.get("key")
        if trusted.get(key) != entry["by"] or not signed_by(key, entry.get("signature", ""),
                                                            payload):
            continue
        seen = True
        roles = held.setdefault(entry["person"], set())
        (roles.add if entry["grant"] else roles.discard)(entry["role"])
    return held if seen else None


def holds(folder: Path, person: str, role: str) -> bool:
    roles = roles_of(folder)
    return roles is None or role in roles.get(person, set())


def change(folder: Path, keys: KeyStore, by: str, person: str, role: str, grant: bool) -> None:
    """A signer grants or revokes a role; the entry is signed with the signer's key."""
    if role not in ROLES:
        raise Refused(Problem("unknown_role", {"role": role, "roles": ", ".join(ROLES)}))
    trusted = trusted_keys(folder)
    private, public = key_pair(keys, by)
    if trusted.get(public) != by:
        raise Refused(Problem("not_a_signer", {"who": by}))
    data = _read(folder / "roles.yaml")
    entry = {"role": role, "person": person, "grant": grant, "at": _now(), "by": by,
             "key": public}
    entry["signature"] = sign(private, _payload(entry))
    data.setdefault("changes", []).append(entry)
    _write(folder / "roles.yaml", data)


def require(folder: Path, person: str, role: str) -> None:
    if not holds(folder, person, role):
        raise Refused(Problem("missing_role", {"who": person, "role": role}))
