"""Health check, tenant in every log line, the embedded database's start-up."""

import json
import logging
import os
import shutil
import signal
import time

import psycopg
import pytest
from django.test import Client
from django_tenants.utils import schema_context
from pgserver._commands import pg_ctl
from pgserver.postgres_server import PostgresServer

from noaber import embedded_db
from noaber.logging import TenantFilter

pytestmark = pytest.mark.django_db


def test_healthz_controleert_de_database_op_elk_adres(wereld):
    for host in ["127.0.0.1", "localhost", "wedde.localhost"]:
        response = Client(HTTP_HOST=host).get("/healthz")
        assert response.status_code == 200
        assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_meldt_onbereikbare_database(wereld, monkeypatch):
    from django.db import connection

    def kapot(*args, **kwargs):
        raise ConnectionError("weg")

    monkeypatch.setattr(connection, "cursor", kapot)
    response = Client(HTTP_HOST="127.0.0.1").get("/healthz")
    assert response.status_code == 503


def test_elke_logregel_noemt_de_tenant(wereld):
    record = logging.LogRecord("kern", logging.INFO, __file__, 1, "hallo", None, None)
    with schema_context(wereld.wedde.schema_name):
        TenantFilter().filter(record)
    assert record.tenant == "t_wedde"


def test_json_log_heeft_tenantveld(wereld):
    from pythonjsonlogger.json import JsonFormatter

    formatter = JsonFormatter("%(levelname)s %(tenant)s %(message)s")
    record = logging.LogRecord("kern", logging.INFO, __file__, 1, "hallo", None, None)
    TenantFilter().filter(record)
    assert json.loads(formatter.format(record))["tenant"] == "public"


def test_verouderde_pidlijst_wordt_opgeruimd(tmp_path):
    handles = tmp_path / ".handle_pids.json"
    handles.write_text(json.dumps([999999999, 1]))
    embedded_db._clear_stale_handles(tmp_path)
    assert json.loads(handles.read_text()) == [1]


def _postmaster_pid(pgdata) -> int:
    return int((pgdata / "postmaster.pid").read_text().splitlines()[0])


def _wait_until_gone(pid: int) -> None:
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise AssertionError(f"postmaster {pid} still running")


@pytest.fixture
def eigen_datamap():
    """A data folder of its own inside var/ (not /tmp: pytest prunes old tmp dirs)."""
    folder = embedded_db.DEFAULT_PGDATA.parent / f"pgdata-crashtest-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_ingebouwde_server_start_weer_na_een_crash(eigen_datamap):
    """A killed server leaves a stale postmaster.pid; the next start must not trip on it."""
    pgdata = eigen_datamap
    with psycopg.connect(embedded_db.start(pgdata)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    pid = _postmaster_pid(pgdata)
    os.kill(pid, signal.SIGKILL)
    _wait_until_gone(pid)
    assert (pgdata / "postmaster.pid").exists()  # stale, left behind by the crash

    PostgresServer._instances.pop(pgdata.resolve(), None)  # as in a new process
    try:
        with psycopg.connect(embedded_db.start(pgdata)) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        assert _postmaster_pid(pgdata) != pid
    finally:
        pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=pgdata, user=embedded_db.server_user())
