"""Workshops of a demo district: agenda, attendance, agreements and action items."""

from __future__ import annotations

import datetime as dt

from lzz_desktop.demo import content_workshops as cw
from lzz_desktop.demo.content_people import CONSULTANTS, PROGRAMME_OFFICE, PROGRAMME_OFFICE_STAFF
from lzz_desktop.demo.photos import flip_chart
from lzz_desktop.demo.seed_base import DistrictState, SeederBase, berlin, clip, midweek
from lzz_desktop.domain import ActionItem, Actor, AgendaItem, Agreement, Attachment, Attendance, Workshop
from lzz_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    ConsentStatus,
    ProtocolStatus,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.services.attachments import AttachmentStore

# The last workshop of each district is the planned one; all held ones fall before this day.
LAST_HELD_DAY = dt.date(2019, 3, 20)


class WorkshopSeeder(SeederBase):
    """The workshops of a district, in order, with everything their protocols show."""

    # Where generated photos go (the workspace's attachment store); None writes no photos.
    attachments: AttachmentStore | None = None

    def workshop_days(self, d: DistrictState) -> list[dt.date]:
        held = len(d.spec.formats) - 1
        kickoff = midweek(d.spec.process_start + dt.timedelta(days=self.rng.randint(35, 55)))
        step = (LAST_HELD_DAY - kickoff) / max(held, 1)
        days = [kickoff]
        for i in range(1, held):
            days.append(midweek(kickoff + step * i + dt.timedelta(days=self.rng.randint(-10, 10))))
        days.append(midweek(dt.date(2019, 5, 1) + dt.timedelta(days=self.rng.randint(10, 50))))
        return days

    def workshops(self, d: DistrictState) -> None:
        days = self.workshop_days(d)
        last_held = len(d.spec.formats) - 2
        steering = 0
        for index, (fmt, day) in enumerate(zip(d.spec.formats, days, strict=True)):
            planned = index == len(d.spec.formats) - 1
            steering += fmt == WorkshopFormat.STEERING_GROUP
            self.workshop(d, index, fmt, day, planned, last_held, steering)

    def workshop(
        self,
        d: DistrictState,
        index: int,
        fmt: WorkshopFormat,
        day: dt.date,
        planned: bool,
        last_held: int,
        steering: int,
    ) -> None:
        content = cw.FORMATS[fmt]
        values = {**d.fmt, "town": self.rng.choice(d.spec.towns).name, "n": str(steering)}
        firm = d.spec.consultancy
        moderator, colleague = CONSULTANTS[firm]
        officer_minutes = fmt in (WorkshopFormat.STEERING_GROUP, WorkshopFormat.NETWORK_MEETING)
        starts_at = berlin(day, content.start_hour, self.rng.choice((0, 30)))
        approved = not planned and (index < last_held or index == 0)
        approved_on = day + dt.timedelta(days=self.rng.randint(14, 30))
        workshop = self.add(
            Workshop(
                district_id=d.row.id,
                title=content.title.format(**values),
                format=fmt,
                status=WorkshopStatus.PLANNED if planned else WorkshopStatus.HELD,
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(hours=content.hours),
                venue=self.venue(d, fmt),
                moderation=f"{moderator} ({firm})",
                minute_taker=f"{d.officer.name} ({d.spec.authority})"
                if officer_minutes
                else f"{colleague} ({firm})",
                goals=content.goals.format(**values),
                protocol_status=ProtocolStatus.APPROVED if approved else ProtocolStatus.DRAFT,
                protocol_approved_on=approved_on if approved else None,
                protocol_approved_by=f"{d.officer.name} für die Steuerungsgruppe" if approved else "",
            )
        )
        self.attendance(d, workshop, index, planned, officer_minutes)
        n = self.rng.randint(4, min(8, len(content.agenda)))
        middle = self.ordered_sample(content.agenda[1:-1], n - 2)
        items = [content.agenda[0], *middle, content.agenda[-1]]
        if not planned:
            self.photo(
                d, workshop, items[1].title.format(**values), [i.results.format(**values) for i in items]
            )
        for position, item in enumerate(items):
            self.add(
                AgendaItem(
                    district_id=d.row.id,
                    workshop_id=workshop.id,
                    position=position,
                    title=item.title.format(**values),
                    notes=item.notes.format(**values),
                    results="" if planned else item.results.format(**values),
                )
            )
        if planned or not content.agreements:
            return
        for agreement in self.ordered_sample(
            content.agreements, self.rng.randint(1, min(3, len(content.agreements)))
        ):
            section = d.sections.get(agreement.section) if agreement.section else None
            self.add(
                Agreement(
                    district_id=d.row.id,
                    workshop_id=workshop.id,
                    text=agreement.text.format(**values),
                    concept_section_id=section.id if section else None,
                )
            )
        actions = self.ordered_sample(content.actions, self.rng.randint(2, min(5, len(content.actions))))
        for number, action in enumerate(actions):
            self.action(
                d, workshop, action, values, day, self.action_status(index, number, len(actions), last_held)
            )

    def photo(self, d: DistrictState, workshop: Workshop, title: str, lines: list[str]) -> None:
        """A flip-chart photo of the workshop, stored content-addressed like an imported one."""
        if self.attachments is None:
            return
        data = flip_chart(title, [line for line in lines if line], self.rng)
        sha256 = self.attachments.put(data)
        self.attachments.make_thumbnail(sha256, data)
        self.add(
            Attachment(
                district_id=d.row.id,
                workshop_id=workshop.id,
                sha256=sha256,
                filename=f"flipchart-{workshop.starts_at:%Y%m%d}.jpg",
                mime_type="image/jpeg",
                size=len(data),
                caption=f"Flipchart: {title}",
                position=0,
            )
        )

    def action_status(self, index: int, number: int, count: int, last_held: int) -> ActionStatus:
        # Each district needs done and open work: the first item of the kick-off is done, the
        # last item of the latest held workshop is still open.
        if index == 0 and number == 0:
            return ActionStatus.DONE
        if index == last_held and number == count - 1:
            return ActionStatus.OPEN
        if index == 0:
            return self.rng.choice((ActionStatus.DONE, ActionStatus.DONE, ActionStatus.IN_PROGRESS))
        return self.rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE))

    def action(
        self,
        d: DistrictState,
        workshop: Workshop,
        action: cw.Action,
        values: dict[str, str],
        day: dt.date,
        status: ActionStatus,
    ) -> None:
        person = d.actors.get(action.responsible[1:]) if action.responsible.startswith("@") else None
        text = (
            "" if person else (action.fallback if action.responsible.startswith("@") else action.responsible)
        )
        self.add(
            ActionItem(
                district_id=d.row.id,
                workshop_id=workshop.id,
                title=action.title.format(**values),
                responsible_actor_id=person.id if person else None,
                responsible_text=text.format(**values),
                due_on=day + dt.timedelta(days=self.rng.randint(21, 90)),
                status=status,
            )
        )

    def venue(self, d: DistrictState, fmt: WorkshopFormat) -> str:
        venues = d.spec.venues
        if fmt == WorkshopFormat.LEARNING_JOURNEY:
            return d.spec.learning_journey[1]
        if fmt == WorkshopFormat.THEMATIC:
            return venues[0]
        if fmt == WorkshopFormat.NETWORK_MEETING:
            return venues[1 % len(venues)]
        if fmt in (WorkshopFormat.CONFERENCE, WorkshopFormat.EXPERT_EVENT):
            return venues[-1]
        return d.spec.hall

    def attendance(
        self, d: DistrictState, workshop: Workshop, index: int, planned: bool, officer_minutes: bool
    ) -> None:
        firm = d.spec.consultancy
        moderator, colleague = CONSULTANTS[firm]

        def status(always: bool = False) -> AttendanceStatus:
            if planned:
                return AttendanceStatus.INVITED
            if always or self.rng.random() < 0.85:
                return AttendanceStatus.PRESENT
            return AttendanceStatus.EXCUSED

        def guest(name: str, organisation: str, role: AttendanceRole = AttendanceRole.PARTICIPANT) -> None:
            self.add(
                Attendance(
                    district_id=d.row.id,
                    workshop_id=workshop.id,
                    guest_name=name,
                    guest_organisation=organisation,
                    status=status(always=role != AttendanceRole.PARTICIPANT),
                    role=role,
                )
            )

        def member(
            actor: Actor, role: AttendanceRole = AttendanceRole.PARTICIPANT, always: bool = False
        ) -> None:
            self.add(
                Attendance(
                    district_id=d.row.id,
                    workshop_id=workshop.id,
                    actor_id=actor.id,
                    status=status(always or role != AttendanceRole.PARTICIPANT),
                    role=role,
                )
            )

        rows = 2
        guest(moderator, firm, AttendanceRole.MODERATION)
        if officer_minutes:
            member(d.officer, AttendanceRole.MINUTES)
        else:
            guest(colleague, firm, AttendanceRole.MINUTES)
        if index == 0 or self.rng.random() < 0.4:
            guest(self.rng.choice(PROGRAMME_OFFICE_STAFF), PROGRAMME_OFFICE)
            rows += 1
        if index > 0 and self.rng.random() < 0.4:
            guest(*self.rng.choice(cw.PEER_GUESTS))
            rows += 1
        must = [d.actors[k] for k in d.spec.fixed_names] if index == 0 else []
        if not officer_minutes:
            must.append(d.officer)
        for actor in must:
            member(actor, always=True)
        rows += len(must)
        # Those who withdrew their consent are no longer named in new lists.
        rest = [
            p
            for p in d.persons
            if d.consent[p.id] != ConsentStatus.WITHDRAWN and p not in must and p is not d.officer
        ]
        wanted = self.rng.randint(10, 18) - rows
        for actor in self.ordered_sample(rest, clip(wanted, 0, len(rest))):
            member(actor)
