"""Four eyes: approvals of a recipe's content hash, signed with each person's Ed25519 key.

Everything lives beside the recipes, in `.approvals` folders, so a shared folder or a git
repository carries it along (the signers and roles in the library's, see `signers_folder`; each
recipe's change log and approvals in the one next to its file):

- `.approvals/signers.yaml`: the allowed signers (principal and public key), each entry signed by
  a signer already there (the first by itself), and the revoked keys, each revocation signed by
  another signer. A key that is not there, or revoked, signs nothing that counts.
- `.approvals/<recipe file name>.yaml`: the changes saved by the workbench and the recorder (who,
  which content hash, when) and the approvals (content hash, who, key, comment, when, signature).
- `.approvals/requests/<principal>.pub`: the public key of a person who wants to become a signer,
  until a signer admits it (`signers add`).

Private keys stay in the OS keyring (`opskrift-workbench-signing:<principal>`), made on first use.
A signature covers the recipe file's name, its content hash, the principal, the comment and the
time, so an approval cannot be moved to another recipe or version. Problems are typed data (a
code and its values); the command line words them.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ruamel.yaml import YAML

from recipes.content_hash import content_hash
from recipes.decisions import uncovered_decisions
from recipes.fileformat import atomic_write_bytes
from recipes.model import Recipe

FOLDER = ".approvals"
KEY_PREFIX = "opskrift-workbench-signing:"


class KeyStore(Protocol):
    """Where a person's private signing key is kept (the OS keyring; a dict in unit tests)."""

    def load(self, principal: str) -> bytes | None: ...

    def save(self, principal: str, private: bytes) -> None: ...


class KeyringKeys:
    def __init__(self):
        from recipes.desktop.secrets import KeyringSecrets

        self.secrets = KeyringSecrets(prefix=KEY_PREFIX)

    def load(self, principal: str) -> bytes | None:
        _user, secret = self.secrets.get(principal, principal)
        return base64.b64decode(secret) if secret else None

    def save(self, principal: str, private: bytes) -> None:
        self.secrets.set(principal, principal, base64.b64encode(private).decode("ascii"))


@dataclass(frozen=True)
class Problem:
    """Why something is refused: `code` and its values (see `describe`)."""

    code: str
    values: dict = field(default_factory=dict)


class Refused(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(describe(problem))


# --- keys and signatures ---------------------------------------------------------------------

def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def key_pair(keys: KeyStore, principal: str, fresh: bool = False) -> tuple[bytes, str]:
    """(private key bytes, public key base64) of a person, made and stored on first use (or
    made anew with `fresh`, replacing a revoked one)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    private = None if fresh else keys.load(principal)
    if private is None:
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        new = Ed25519PrivateKey.generate()
        private = new.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        keys.save(principal, private)
    public = Ed25519PrivateKey.from_private_bytes(private).public_key()
    return private, _b64(public.public_bytes(Encoding.Raw, PublicFormat.Raw))


def _message(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sign(private: bytes, payload: dict) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return _b64(Ed25519PrivateKey.from_private_bytes(private).sign(_message(payload)))


def signed_by(public: str, signature: str, payload: dict) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(
            base64.b64decode(signature), _message(payload))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


# --- files -----------------------------------------------------------------------------------

def _yaml() -> YAML:
    y = YAML()
    y.default_flow_style = False
    return y


def _read(file: Path) -> dict:
    if not file.is_file():
        return {}
    data = _yaml().load(file.read_text("utf-8")) or {}
    return json.loads(json.dumps(data))   # plain dicts and lists


def _write(file: Path, data: dict) -> None:
    import io

    file.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    _yaml().dump(data, buf)
    atomic_write_bytes(file, buf.getvalue().encode("utf-8"))


def folder_of(recipe_file: Path) -> Path:
    """The `.approvals` folder beside the recipe file: its change log and approved copy."""
    return Path(recipe_file).resolve().parent / FOLDER


def signers_folder(recipe_file: Path) -> Path:
    """The `.approvals` folder that holds the allowed signers and roles for this recipe: the
    nearest one with a `signers.yaml` in the recipe's folder or above it (as git finds its
    repository); where there is none yet, the library's (a recipe in a folder of its own name,
    `<lib>/sag/sag.yaml`, belongs to `<lib>`), else the recipe's own folder."""
    recipe_file = Path(recipe_file).resolve()
    for parent in [recipe_file.parent, *recipe_file.parent.parents]:
        if (parent / FOLDER / "signers.yaml").is_file():
            return parent / FOLDER
    home = recipe_file.parent
    if home.name == recipe_file.stem and home.parent != home:
        return home.parent / FOLDER
    return home / FOLDER


def governing_folder(folder: Path) -> Path:
    """The `.approvals` folder that governs a folder of recipes: the nearest one with a
    `signers.yaml` in it or above it; where there is none yet, its own."""
    folder = Path(folder).resolve()
    for parent in [folder, *folder.parents]:
        if (parent / FOLDER / "signers.yaml").is_file():
            return parent / FOLDER
    return folder / FOLDER


def _log_file(recipe_file: Path) -> Path:
    return folder_of(recipe_file) / (Path(recipe_file).name + ".yaml")


# --- the allowed signers ---------------------------------------------------------------------

def _signer_payload(entry: dict) -> dict:
    return {"signer": entry["principal"], "key": entry["key"], "added_at": entry["added_at"],
            "added_by": entry["added_by"]}


def _revoke_payload(entry: dict) -> dict:
    return {"revoke": entry["principal"], "key": entry["key"], "at": entry["at"],
            "by": entry["by"]}


def trusted_keys(folder: Path) -> dict[str, str]:
    """{public key: principal} of the signers whose entries hold: the first signed by itself,
    each later one by a signer before it; revoked keys (revocation signed by a signer) left out."""
    data = _read(folder / "signers.yaml")
    keys: dict[str, str] = {}
    for n, entry in enumerate(data.get("signers") or []):
        try:
            payload = _signer_payload(entry)
        except KeyError:
            continue
        signer_key = entry["key"] if n == 0 else next(
            (k for k, p in keys.items() if p == entry["added_by"]), None)
        if signer_key and signed_by(signer_key, entry.get("signature", ""), payload):
            keys[entry["key"]] = entry["principal"]
    for entry in data.get("revoked") or []:
        try:
            payload = _revoke_payload(entry)
        except KeyError:
            continue
        by_key = next((k for k, p in keys.items() if p == entry["by"]), None)
        if by_key and signed_by(by_key, entry.get("signature", ""), payload):
            keys.pop(entry["key"], None)
    return keys


def add_signer(folder: Path, keys: KeyStore, by: str, principal: str, public: str) -> None:
    """`by` (a signer, or the first person where there are none) admits `principal`'s key."""
    data = _read(folder / "signers.yaml")
    signers = data.setdefault("signers", [])
    trusted = trusted_keys(folder)
    if signers and by not in trusted.values():
        raise Refused(Problem("not_a_signer", {"who": by}))
    if public in trusted:
        return
    if public in revoked_keys(folder):
        raise Refused(Problem("key_revoked", {"who": principal}))
    private, own = key_pair(keys, by)
    entry = {"principal": principal, "key": public, "added_at": _now(), "added_by": by}
    entry["signature"] = sign(private, _signer_payload(entry))
    signers.append(entry)
    _write(folder / "signers.yaml", data)
    (folder / "requests" / f"{principal}.pub").unlink(missing_ok=True)


def revoked_keys(folder: Path) -> set[str]:
    return {e.get("key") for e in _read(folder / "signers.yaml").get("revoked") or []}


def first_signer(folder: Path) -> tuple[str, str] | None:
    """(principal, public key) of the folder's first signer, where there is one."""
    signers = _read(folder / "signers.yaml").get("signers") or []
    return (signers[0].get("principal"), signers[0].get("key")) if signers else None


def revoke_signer(folder: Path, keys: KeyStore, by: str, principal: str) -> int:
    """`by` revokes every key of `principal`; how many. Nobody revokes their own key alone."""
    trusted = trusted_keys(folder)
    if by not in trusted.values():
        raise Refused(Problem("not_a_signer", {"who": by}))
    if by == principal:
        raise Refused(Problem("own_revocation", {"who": by}))
    if principal not in trusted.values():
        raise Refused(Problem("not_a_signer", {"who": principal}))
    data = _read(folder / "signers.yaml")
    private, _ = key_pair(keys, by)
    gone = 0
    for key, who in trusted.items():
        if who == principal:
            entry = {"principal": principal, "key": key, "at": _now(), "by": by}
            entry["signature"] = sign(private, _revoke_payload(entry))
            data.setdefault("revoked", []).append(entry)
            gone += 1
    if gone:
        _write(folder / "signers.yaml", data)
    return gone


# --- changes and approvals -------------------------------------------------------------------

def record_change(recipe_file: Path, recipe: Recipe, principal: str) -> str:
    """A save by this program: who saved which content hash, kept beside the recipe."""
    digest = content_hash(recipe_file, recipe)
    log = _log_file(recipe_file)
    data = _read(log)
    data.setdefault("changes", []).append({"principal": principal, "hash": digest, "at": _now()})
    _write(log, data)
    return digest


def _approval_payload(recipe_file: Path, entry: dict) -> dict:
    return {"recipe": Path(recipe_file).name, "hash": entry["hash"],
            "principal": entry["principal"], "comment": entry.get("comment", ""),
            "at": entry["at"]}


def authors_since_approval(recipe_file: Path) -> list[str]:
    """Who saved the recipe after its last approval (of any version), in order, each once."""
    data = _read(_log_file(recipe_file))
    last = max((a["at"] for a in data.get("approvals") or []), default="")
    out: list[str] = []
    for change in data.get("changes") or []:
        if change["at"] >= last and change["principal"] not in out:
            out.append(change["principal"])
    return out


def authors(recipe_file: Path) -> list[str]:
    """Everyone who saved the recipe with the workbench or the recorder, first saver first."""
    out: list[str] = []
    for change in _read(_log_file(recipe_file)).get("changes") or []:
        if change.get("principal") and change["principal"] not in out:
            out.append(change["principal"])
    return out


def known_hashes(recipe_file: Path) -> set[str]:
    """The content hashes the change log knows: saved by the workbench or the recorder, or
    approved."""
    data = _read(_log_file(recipe_file))
    return {e.get("hash") for e in (data.get("changes") or []) + (data.get("approvals") or [])}


def last_approval_at(recipe_file: Path) -> str:
    return max((a["at"] for a in _read(_log_file(recipe_file)).get("approvals") or []),
               default="")


def approve(recipe_file: Path, recipe: Recipe, keys: KeyStore, principal: str,
            comment: str = "", other_authors: list[str] = ()) -> dict:
    """Sign the recipe's current content hash as `principal`. Refused (typed `Problem`) where
    the recipe lets the robot decide, the person saved a change since the last approval, already
    approved this version, or is not an allowed signer (their public key is then left as a
    request for a signer to admit)."""
    gaps = uncovered_decisions(recipe)
    if gaps:
        step = gaps[0].step
        raise Refused(Problem("decision_without_checkpoint",
                              {"step": recipe.steps[step].label(step + 1)}))
    authors = authors_since_approval(recipe_file) + list(other_authors)
    if principal in authors:
        raise Refused(Problem("own_change", {"who": principal}))
    digest = content_hash(recipe_file, recipe)
    folder = signers_folder(recipe_file)
    private, public = key_pair(keys, principal)
    if public in revoked_keys(folder):
        # The person's key was revoked: a new one, to be admitted by a signer like any other.
        private, public = key_pair(keys, principal, fresh=True)
    trusted = trusted_keys(folder)
    if not trusted:
        add_signer(folder, keys, principal, principal, public)     # the first signer
    elif trusted.get(public) != principal:
        request = folder / "requests" / f"{principal}.pub"
        request.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(request, (public + "\n").encode("ascii"))
        raise Refused(Problem("not_a_signer", {"who": principal, "request": str(request)}))
    log = _log_file(recipe_file)
    data = _read(log)
    if any(a["hash"] == digest and a["principal"] == principal
           for a in data.get("approvals") or []):
        raise Refused(Problem("already_approved", {"who": principal}))
    entry = {"hash": digest, "principal": principal, "key": public, "comment": comment,
             "at": _now()}
    entry["signature"] = sign(private, _approval_payload(recipe_file, entry))
    data.setdefault("approvals", []).append(entry)
    _write(log, data)
    return entry


@dataclass
class Standing:
    """What the approvals say of the recipe as it is now."""

    hash: str
    approved_by: list[str]
    required: int
    problems: list[Problem]

    @property
    def runnable(self) -> bool:
        return not self.problems


def standing(recipe_file: Path, recipe: Recipe,
             compared: Comparison | None = None) -> Standing:
    """Whether an operator may run the recipe: its current content hash must carry valid
    approvals (signatures that verify, by allowed, unrevoked keys of distinct people) numbering
    at least `approvals_required`, and no decision may lack its checkpoint."""
    digest = content_hash(recipe_file, recipe)
    required = recipe.approvals_required
    problems: list[Problem] = []
    gaps = uncovered_decisions(recipe)
    if gaps:
        step = gaps[0].step
        problems.append(Problem("decision_without_checkpoint",
                                {"step": recipe.steps[step].label(step + 1)}))
    trusted = trusted_keys(signers_folder(recipe_file))
    revoked = revoked_keys(signers_folder(recipe_file))
    good: list[str] = []
    entries = _read(_log_file(recipe_file)).get("approvals") or []
    for entry in entries:
        if entry.get("hash") != digest:
            continue
        try:
            payload = _approval_payload(recipe_file, entry)
        except KeyError:
            continue
        if entry.get("key") in revoked:
            problems.append(Problem("revoked", {"who": entry.get("principal")}))
        elif trusted.get(entry.get("key")) != entry.get("principal") or not signed_by(
                entry["key"], entry.get("signature", ""), payload):
            problems.append(Problem("forged", {"who": entry.get("principal")}))
        elif entry["principal"] not in good:
            good.append(entry["principal"])
    if len(good) < required:
        # Approved once, but no approval names this version: a byte changed since.
        changed = entries and not any(e.get("hash") == digest for e in entries)
        values = {"have": len(good), "need": required}
        if changed:
            values["files"] = (compared.changed() if compared is not None
                               else changed_files(recipe_file, recipe))
        problems.append(Problem("changed_since_approval" if changed else "not_approved", values))
    return Standing(digest, good, required, problems)


def approved_copy(recipe_file: Path) -> Path:
    """The folder with the last approved version of the recipe and its files (kept at an
    approval that made the version runnable), for the next review's diff."""
    return folder_of(recipe_file) / (Path(recipe_file).name + ".approved")


@dataclass
class Comparison:
    """The recipe as it is now beside its approved copy: the manifests of both (path -> SHA-256,
    the recipe file under its own name in both), and the approved recipe (None where the copy
    cannot be read: then every file counts as changed)."""

    copy: Path
    old: Recipe | None
    before: dict[str, str | None]
    after: dict[str, str | None]

    def changed(self) -> list[str]:
        return sorted(rel for rel in set(self.before) | set(self.after)
                      if self.before.get(rel) != self.after.get(rel))


def compare_with_approved(recipe_file: Path, recipe: Recipe) -> Comparison | None:
    """The recipe beside its approved copy; None where there is no copy to compare with."""
    from recipes.content_hash import manifest
    from recipes.fileformat import load_recipe

    copy = approved_copy(recipe_file) / Path(recipe_file).name
    if not copy.is_file():
        return None
    try:
        old = load_recipe(copy).recipe
        before = manifest(copy, old)
    except Exception:  # noqa: BLE001 - a broken copy: everything counts as changed
        old, before = None, {}
    return Comparison(copy, old, before, manifest(recipe_file, recipe))


def changed_files(recipe_file: Path, recipe: Recipe) -> list[str]:
    """Which of the recipe's files (the recipe file too) differ from the approved copy; empty
    where there is no copy to compare with."""
    compared = compare_with_approved(recipe_file, recipe)
    return compared.changed() if compared is not None else []


def describe(problem: Problem) -> str:
    """The English words for a problem (the command line's; the workbench has its own)."""
    v = problem.values
    return {
        "decision_without_checkpoint": f"{v.get('step')} writes a decision without a checkpoint "
                                       "before it; fix the recipe first (`check` says more)",
        "own_change": f"{v.get('who')} saved a change to this recipe since its last approval; "
                      "another person must approve it (four eyes)",
        "already_approved": f"{v.get('who')} has already approved this version",
        "not_a_signer": f"{v.get('who')} is not an allowed signer here"
                        + (f"; the public key was left in {v['request']} for a signer to admit "
                           f"with `signers add {v.get('who')}`" if v.get("request") else ""),
        "own_revocation": f"{v.get('who')} cannot revoke their own key; another signer must",
        "unknown_role": f"there is no role '{v.get('role')}' (the roles: {v.get('roles')})",
        "missing_role": f"{v.get('who')} does not hold the role '{v.get('role')}' here (a signer "
                        f"grants it: roles grant {v.get('who')} {v.get('role')})",
        "key_revoked": f"that key of {v.get('who')} was revoked; {v.get('who')} gets a new one by "
                       "trying to approve again, and a signer admits that one",
        "signers_replaced": f"the allowed signers of {v.get('folder')} no longer start with "
                            f"{v.get('first')}, whom this computer saw first there: the file was "
                            "replaced or rewritten; restore it (or have it checked) before "
                            "approving or running",
        "revoked": f"the approval by {v.get('who')} was signed with a revoked key",
        "forged": f"the approval by {v.get('who')} does not verify (its signature or key is not "
                  "one of the allowed signers')",
        "changed_since_approval": "the recipe or one of its files changed since it was approved "
                                  f"({v.get('have')} of {v.get('need')} approvals for this version)"
                                  + (f"; changed: {', '.join(v['files'])}" if v.get("files")
                                     else ""),
        "not_approved": f"the recipe is not approved ({v.get('have')} of {v.get('need')} "
                        "approvals for this version)",
    }.get(problem.code, problem.code)
