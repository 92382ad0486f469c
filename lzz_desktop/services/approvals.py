"""Approving a protocol and taking the approval back, with the history both leave behind."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from lzz_desktop.domain.enums import ProtocolStatus
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.domain.wallclock import district_date
from lzz_desktop.domain.workshops import ProtocolApproval, Workshop
from lzz_desktop.records.districts import NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.records.workshops import ActionRow
    from lzz_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class ApprovalRow:
    approved_on: dt.date
    approved_by: str
    withdrawn_on: dt.date | None
    withdrawn_by: str
    reason: str
    tasks: list[dict[str, str]]  # title, responsible, due (ISO), status — as at approval


def task_states(actions: list[ActionRow]) -> list[dict[str, str]]:
    return [
        {
            "title": a.title,
            "responsible": a.responsible_public,
            "due": a.due_on.isoformat() if a.due_on else "",
            "status": a.status.value,
            "workshop": a.workshop_title,
        }
        for a in actions
    ]


def approve(workspace: Workspace, workshop_id: str, by: str, on: dt.date | None = None) -> None:
    """Approve the protocol of a workshop that has taken place; its tasks' state is kept."""
    on = on or dt.date.today()
    by = by.strip()
    if not by:
        raise ValidationError([FieldError("approved_by", ErrorCode.REQUIRED)])
    detail = workspace.workshops.get(workshop_id)
    if district_date(detail.data.starts_at) > on:
        raise ValidationError([FieldError("protocol_status", ErrorCode.NOT_HELD_YET)])
    if detail.protocol_status == ProtocolStatus.APPROVED:
        return
    shown = detail.actions + workspace.workshops.carried_over(workshop_id)
    with workspace.transaction() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFoundError(workshop_id)
        workshop.protocol_status = ProtocolStatus.APPROVED
        workshop.protocol_approved_on = on
        workshop.protocol_approved_by = by
        session.add(
            ProtocolApproval(
                district_id=workshop.district_id,
                workshop_id=workshop_id,
                approved_on=on,
                approved_by=by,
                task_states=json.dumps(task_states(shown), ensure_ascii=False),
            )
        )


def withdraw(workspace: Workspace, workshop_id: str, by: str, reason: str, on: dt.date | None = None) -> None:
    """Take the approval back: the protocol is a draft again; who, when and why stay recorded."""
    if not reason.strip():
        raise ValidationError([FieldError("withdrawal_reason", ErrorCode.REQUIRED)])
    with workspace.transaction() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFoundError(workshop_id)
        if workshop.protocol_status != ProtocolStatus.APPROVED:
            return
        workshop.protocol_status = ProtocolStatus.DRAFT
        workshop.protocol_approved_on = None
        workshop.protocol_approved_by = ""
        latest = session.scalars(
            select(ProtocolApproval)
            .where(
                ProtocolApproval.workshop_id == workshop_id,
                ProtocolApproval.withdrawn_on.is_(None),
                ProtocolApproval.deleted_at.is_(None),
            )
            .order_by(ProtocolApproval.created_at.desc())
        ).first()
        if latest is not None:
            latest.withdrawn_on = on or dt.date.today()
            latest.withdrawn_by = by.strip()
            latest.withdrawal_reason = reason.strip()


def history(workspace: Workspace, workshop_id: str) -> list[ApprovalRow]:
    with workspace.session() as session:
        return history_in(session, workshop_id)


def history_in(session: Session, workshop_id: str) -> list[ApprovalRow]:
    rows = session.scalars(
        select(ProtocolApproval)
        .where(ProtocolApproval.workshop_id == workshop_id, ProtocolApproval.deleted_at.is_(None))
        .order_by(ProtocolApproval.created_at, ProtocolApproval.id)
    )
    return [
        ApprovalRow(
            r.approved_on,
            r.approved_by,
            r.withdrawn_on,
            r.withdrawn_by,
            r.withdrawal_reason,
            _tasks(r.task_states),
        )
        for r in rows
    ]


def _tasks(text: str) -> list[dict[str, str]]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []
