import logging


class TenantFilter(logging.Filter):
    """Stamp every log record with the schema the connection is using."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "tenant"):
            try:
                from django.db import connection

                record.tenant = getattr(connection, "schema_name", "-") or "-"
            except Exception:  # noqa: BLE001 - logging must never fail
                record.tenant = "-"
        return True
