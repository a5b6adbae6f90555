"""A generated file as a download (reports, MDO agendas)."""

from __future__ import annotations

from django.http import HttpResponse

MIME = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def download(inhoud: bytes, naam: str, formaat: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=MIME[formaat])
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response
