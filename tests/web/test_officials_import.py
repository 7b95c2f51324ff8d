"""Importing officials: the real upstream Open States sample (MO, NH) and the compact export.

The upstream files are read from ``../shared`` (never copied into the project); tests
that change the source work on copies in ``tmp_path``.
"""

from __future__ import annotations

import datetime
import io
import shutil
import socket
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from endqi.legislation.models import State
from endqi.officials.admin import PersonAdmin, PersonAdminForm
from endqi.officials.importers.compact import read_compact_folder
from endqi.officials.importers.openstates_yaml import read_people_folder
from endqi.officials.importers.records import ImportSourceError
from endqi.officials.importers.sync import sync_people
from endqi.officials.models import ImportRun, Person, Role, Vacancy

SNAPSHOT_COMMIT = "934bf09a94a35351baf872c70e778a4367c8266e"
SNAPSHOT_DAY = datetime.date(2026, 8, 5)
NH_HOUSE_SEATS = 400  # fixed by the New Hampshire constitution


@pytest.fixture
def people_dir(shared_dir: Path) -> Path:
    """The upstream sample folder."""
    return shared_dir / "data" / "openstates-people"


@pytest.fixture
def mo_copy(people_dir: Path, tmp_path: Path) -> Path:
    """A writable copy of the Missouri part of the sample (plus settings.yml)."""
    root = tmp_path / "people"
    shutil.copytree(people_dir / "data" / "mo", root / "data" / "mo")
    shutil.copy(people_dir / "settings.yml", root / "settings.yml")
    return root


def import_folder(path: Path, states: list[str] | None = None, **kwargs):
    """Read and write a people folder as of the snapshot date."""
    source = read_people_folder(
        path, states=states, commit=SNAPSHOT_COMMIT, as_of=SNAPSHOT_DAY, **kwargs
    )
    return sync_people(source)


def current_seats(abbr: str, chamber: str) -> int:
    """Current roles of current people in one chamber."""
    return Role.objects.filter(
        state__abbr=abbr, chamber=chamber, current=True, person__current=True
    ).count()


def person_file(root: Path, name: str) -> Path:
    """The YAML file of one person by the start of its file name."""
    return next((root / "data" / "mo" / "legislature").glob(f"{name}-*.yml"))


@pytest.mark.django_db
def test_upstream_sample_counts_and_fields(people_dir: Path) -> None:
    report = import_folder(people_dir)
    assert len(report.created) == Person.objects.count() > 600
    # Missouri: 34 senators and 158 representatives, 5 House seats vacant.
    assert current_seats("MO", "upper") == 34
    assert current_seats("MO", "lower") == 158
    assert Vacancy.objects.filter(state__abbr="MO", chamber="lower").count() == 5
    assert Vacancy.objects.filter(state__abbr="MO", district="95").get().vacant_until == (
        datetime.date(2026, 8, 15)
    )
    # New Hampshire: multi-member districts fill all 400 House seats with the vacancies.
    nh_vacant = Vacancy.objects.filter(state__abbr="NH", chamber="lower").count()
    assert current_seats("NH", "lower") + nh_vacant == NH_HOUSE_SEATS
    members = Role.objects.filter(state__abbr="NH", chamber="lower", current=True)
    per_district: dict[str, int] = {}
    for role in members:
        per_district[role.district] = per_district.get(role.district, 0) + 1
    assert max(per_district.values()) > 1
    assert len(per_district) < current_seats("NH", "lower")

    person = Person.objects.get(openstates_id="ocd-person/ba6eb394-0402-49ba-9917-c5618d8a1589")
    raw = yaml.safe_load(person_file(people_dir, "Aaron-Crossley").read_text())
    assert person.name == raw["name"]
    assert person.email == raw["email"]
    assert person.phone == raw["offices"][0]["voice"]
    assert person.offices[0]["address"] == raw["offices"][0]["address"]
    assert person.image_url == raw["image"]
    assert person.party == raw["party"][0]["name"]
    assert person.primary_role.district == raw["roles"][0]["district"]
    assert person.source_commit == SNAPSHOT_COMMIT
    assert person.source_date == SNAPSHOT_DAY
    run = ImportRun.objects.get()
    assert (run.commit, run.as_of, run.created) == (
        SNAPSHOT_COMMIT,
        SNAPSHOT_DAY,
        len(report.created),
    )


@pytest.mark.django_db
def test_person_without_current_role_is_former(people_dir: Path) -> None:
    import_folder(people_dir, states=["MO"])
    parson = Person.objects.get(name="Mike Parson")
    assert parson.current is False
    assert not parson.roles.filter(current=True).exists()
    # His governor role is kept as history.
    assert parson.roles.get().role_type == "governor"


@pytest.mark.django_db
def test_second_import_writes_nothing(people_dir: Path) -> None:
    import_folder(people_dir)
    stamps = dict(Person.objects.values_list("pk", "updated_at"))
    with CaptureQueriesContext(connection) as queries:
        report = import_folder(people_dir)
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert (report.created, report.updated, report.counts["marked_former"]) == ((), (), 0)
    assert len(report.unchanged) == len(stamps)
    assert ImportRun.objects.count() == 1
    assert dict(Person.objects.values_list("pk", "updated_at")) == stamps


@pytest.mark.django_db
def test_person_removed_upstream_is_marked_former_not_deleted(mo_copy: Path) -> None:
    import_folder(mo_copy)
    removed = person_file(mo_copy, "Aaron-Crossley")
    text = removed.read_text()
    person_id = yaml.safe_load(text)["id"]
    removed.unlink()
    report = import_folder(mo_copy)
    assert report.counts["marked_former"] == 1
    assert report.removed == (person_id,)
    person = Person.objects.get(openstates_id=person_id)
    assert person.current is False
    assert not person.roles.filter(current=True).exists()
    assert current_seats("MO", "lower") == 157
    # Coming back upstream makes them current again.
    removed.write_text(text)
    import_folder(mo_copy)
    person.refresh_from_db()
    assert person.current is True
    assert current_seats("MO", "lower") == 158


@pytest.mark.django_db
def test_changed_upstream_field_is_updated(mo_copy: Path) -> None:
    import_folder(mo_copy)
    file = person_file(mo_copy, "Aaron-Crossley")
    file.write_text(file.read_text().replace("aaron.crossley@house.mo.gov", "new@house.mo.gov"))
    report = import_folder(mo_copy)
    assert (len(report.created), len(report.updated)) == (0, 1)
    assert Person.objects.get(name="Aaron Crossley").email == "new@house.mo.gov"


@pytest.mark.django_db
def test_staff_override_survives_reimport(mo_copy: Path) -> None:
    import_folder(mo_copy)
    person = Person.objects.get(name="Aaron Crossley")
    # A staff member corrects the phone number in the admin: the field gets locked.
    data = {
        **{f: getattr(person, f) for f in ("name", "given_name", "family_name", "party")},
        "openstates_id": person.openstates_id,
        "state": person.state_id,
        "email": person.email,
        "phone": "573-555-0100",
        "image_url": person.image_url,
        "offices": '[{"classification": "capitol", "voice": "573-555-0100"}]',
        "links": "[]",
        "current": "on",
        "locked_fields": [],
        "staff_note": "Office confirmed the new number.",
    }
    form = PersonAdminForm(data=data, instance=person)
    assert form.is_valid(), form.errors
    from django.contrib.admin.sites import site

    PersonAdmin(Person, site).save_model(None, form.save(commit=False), form, True)
    person.refresh_from_db()
    assert {"phone", "offices", "links"} <= set(person.locked_fields)

    # A staff-added governor (upstream still lists the previous one).
    missouri = State.objects.get(abbr="MO")
    governor = Person.objects.create(name="Staff Governor", state=missouri, current=True)
    Role.objects.create(
        person=governor, state=missouri, chamber="executive", role_type="governor", current=True
    )

    # Upstream changes the phone and the email; re-import.
    file = person_file(mo_copy, "Aaron-Crossley")
    text = file.read_text().replace("573-751-3623", "573-751-9999")
    file.write_text(text.replace("aaron.crossley@house.mo.gov", "changed@house.mo.gov"))
    report = import_folder(mo_copy)
    person.refresh_from_db()
    assert person.phone == "573-555-0100"  # kept
    assert person.email == "changed@house.mo.gov"  # not locked: updated
    assert report.counts["kept_overrides"] >= 1
    governor.refresh_from_db()
    assert governor.current is True
    assert governor.roles.get().current is True


@pytest.mark.django_db
def test_import_command_reports_and_rejects_bad_input(people_dir: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    args = ["import_people", str(people_dir), "--state", "MO", "--as-of", "2026-08-05"]
    call_command(*args, stdout=out)
    assert "created" in out.getvalue() and "as of 2026-08-05" in out.getvalue()
    out = io.StringIO()
    call_command(*args, stdout=out)
    assert "Nothing changed" in out.getvalue()
    with pytest.raises(CommandError, match="not a folder"):
        call_command("import_people", str(tmp_path / "missing"))
    with pytest.raises(CommandError, match="--as-of"):
        call_command("import_people", str(people_dir), "--as-of", "August")
    with pytest.raises(CommandError, match="unknown state"):
        call_command("import_people", str(people_dir), "--state", "ZZ")
    with pytest.raises(CommandError, match="no data for: TX"):
        call_command("import_people", str(people_dir), "--state", "TX")
    broken = tmp_path / "broken"
    shutil.copytree(people_dir / "data" / "mo", broken / "data" / "mo")
    next((broken / "data" / "mo" / "legislature").glob("*.yml")).write_text("id: [unclosed")
    count = Person.objects.count()
    with pytest.raises(CommandError, match="not valid YAML"):
        call_command("import_people", str(broken))
    assert Person.objects.count() == count


def closed_port() -> int:
    """A local TCP port with nothing listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_archive_url_download_failure_is_one_clear_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}/openstates/people/archive/main.zip"
    with pytest.raises(CommandError, match=r"could not download http://127\.0\.0\.1"):
        call_command("import_people", url)
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_zip_archive_commit_and_date(mo_copy: Path, tmp_path: Path) -> None:
    archive = tmp_path / "people-main.zip"
    commit = "0123456789abcdef0123456789abcdef01234567"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.comment = commit.encode()
        for file in sorted(mo_copy.rglob("*")):
            if file.is_file():
                info = zipfile.ZipInfo(
                    f"people-main/{file.relative_to(mo_copy).as_posix()}", (2026, 8, 5, 18, 45, 8)
                )
                bundle.writestr(info, file.read_bytes())
        bundle.writestr("people-main/scripts/evil.py", "print('not extracted')")
    out = io.StringIO()
    call_command("import_people", str(archive), stdout=out)
    assert current_seats("MO", "upper") == 34
    person = Person.objects.filter(current=True).first()
    assert (person.source_commit, person.source_date) == (commit, SNAPSHOT_DAY)


@pytest.mark.django_db
def test_tar_archive_and_git_checkout_snapshot(mo_copy: Path, tmp_path: Path) -> None:
    archive = tmp_path / "people.tar.gz"
    commit = "fedcba9876543210fedcba9876543210fedcba98"
    stamp = datetime.datetime(2026, 8, 5, 12, tzinfo=datetime.UTC).timestamp()
    with tarfile.open(
        archive, "w:gz", format=tarfile.PAX_FORMAT, pax_headers={"comment": commit}
    ) as bundle:
        for file in sorted(mo_copy.rglob("*.yml")):
            info = bundle.gettarinfo(str(file), f"people-x/{file.relative_to(mo_copy).as_posix()}")
            info.mtime = stamp
            with file.open("rb") as handle:
                bundle.addfile(info, handle)
    call_command("import_people", str(archive), stdout=io.StringIO())
    assert set(Person.objects.values_list("source_commit", flat=True)) == {commit}
    assert set(Person.objects.values_list("source_date", flat=True)) == {SNAPSHOT_DAY}

    # A git checkout: the commit and its date are read from the repository.
    env = {
        "GIT_AUTHOR_DATE": "2026-08-06T10:00:00+00:00",
        "GIT_COMMITTER_DATE": "2026-08-06T10:00:00+00:00",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PATH": "/usr/bin:/bin",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run(["git", "-C", str(mo_copy), *command], check=True, env=env)
    head = subprocess.run(
        ["git", "-C", str(mo_copy), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    source = read_people_folder(mo_copy, states=["MO"])
    assert (source.snapshot.commit, source.snapshot.as_of) == (head, datetime.date(2026, 8, 6))


@pytest.mark.django_db
def test_compact_export_matches_and_is_idempotent(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "officials"
    source = read_compact_folder(folder, states=["MO", "VT"], as_of=SNAPSHOT_DAY)
    report = sync_people(source)
    assert len(report.created) == len(source.people)
    assert current_seats("MO", "upper") == 34
    assert current_seats("MO", "lower") == 158
    assert Vacancy.objects.filter(state__abbr="MO").count() == 5
    again = sync_people(read_compact_folder(folder, states=["MO", "VT"], as_of=SNAPSHOT_DAY))
    assert (again.created, again.updated, again.counts["marked_former"]) == ((), (), 0)
    assert not again.changed
    with pytest.raises(ImportSourceError, match="no data for: ZZ"):
        read_compact_folder(folder, states=["ZZ"])
    # The federal file is not a state legislature and is left out.
    assert any("us.jsonl" in note for note in read_compact_folder(folder, states=["MO"]).skipped)


@pytest.mark.django_db
def test_a_bad_role_date_names_its_file_and_key(mo_copy: Path) -> None:
    file = person_file(mo_copy, "Aaron-Crossley")
    data = yaml.safe_load(file.read_text())
    data["roles"][0]["start_date"] = "2023-13-01"
    file.write_text(yaml.safe_dump(data))
    with pytest.raises(ImportSourceError) as raised:
        import_folder(mo_copy)
    assert f"{file}, key roles[0].start_date: '2023-13-01' is not a real date" in str(raised.value)
    assert not Person.objects.exists()
