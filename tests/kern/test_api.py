"""kern's API: same rules as the pages, problem JSON on error, answers match the OpenAPI schema."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context
from jsonschema import Draft202012Validator

from kern.models import Hulpvraag, Signaal
from tests.kern import factories as f

pytestmark = pytest.mark.django_db


def _nullable(node):
    """OpenAPI 3.0 ``nullable`` → JSON Schema's type list, so jsonschema can check it."""
    if isinstance(node, dict):
        node = {k: _nullable(v) for k, v in node.items()}
        if node.pop("nullable", False):
            if "type" in node:
                node["type"] = [node["type"], "null"]
            else:
                node = {"anyOf": [node, {"type": "null"}]}
        return node
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    return node


@pytest.fixture
def schema(wereld, client_for):
    response = client_for(wereld.wedde, wereld.coordinator_wedde).get(
        "/api/schema/", {"format": "json"}
    )
    assert response.status_code == 200
    return _nullable(response.json())


def _valideer(schema, naam: str, data, *, many: bool = False) -> None:
    ref = {"$ref": f"#/components/schemas/{naam}"}
    doel = {"type": "array", "items": ref} if many else ref
    Draft202012Validator({**doel, "components": schema["components"]}).validate(data)


@pytest.fixture
def geesje(wereld):
    with schema_context(wereld.wedde.schema_name):
        inwoner = f.inwoner()
        f.vrijwilliger()
        return inwoner


def test_coordinator_legt_hulpvraag_vast_via_api(wereld, client_for, geesje, schema):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.post(
        "/api/v1/hulpvragen/",
        {
            "inwoner": geesje.pk,
            "aanvrager": "buren",
            "kanaal": "telefoon",
            "categorie": "klusjes",
            "omschrijving": "Heg snoeien",
            "geschatte_uren": "3",
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    _valideer(schema, "HulpvraagOutput", body)
    assert body["status"] == "nieuw" and body["buiten_grenzen"] is True
    kandidaten = client.get(f"/api/v1/hulpvragen/{body['id']}/kandidaten/").json()
    _valideer(schema, "KandidaatOutput", kandidaten, many=True)
    assert kandidaten[0]["redenen"][0]["soort"] == "categorie"
    lijst = client.get("/api/v1/hulpvragen/").json()
    _valideer(schema, "HulpvraagOutput", lijst["results"], many=True)
    assert lijst["count"] == 1


def test_ongeldige_invoer_geeft_problem_json(wereld, client_for):
    client = client_for(wereld.wedde, wereld.coordinator_wedde)
    response = client.post(
        "/api/v1/hulpvragen/",
        {"kanaal": "postduif", "omschrijving": "<script>" * 2000, "geschatte_uren": "NaN"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert set(response.json()["errors"]) >= {"kanaal", "omschrijving", "geschatte_uren"}
    with schema_context(wereld.wedde.schema_name):
        assert Hulpvraag.objects.count() == 0


def test_statussprong_die_niet_mag_geeft_problem_json(wereld, client_for, geesje):
    with schema_context(wereld.wedde.schema_name):
        hv = f.hulpvraag(inwoner=geesje)
    response = client_for(wereld.wedde, wereld.coordinator_wedde).post(
        f"/api/v1/hulpvragen/{hv.pk}/status/", {"naar": "afgerond"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["title"] == "Van ‘nieuw’ kan een hulpvraag niet naar ‘afgerond’."


def test_vrijwilliger_mag_geen_hulpvragen_lezen_maar_wel_melden_over_eigen_inwoner(
    wereld, client_for, geesje
):
    client = client_for(wereld.wedde, wereld.vrijwilliger_wedde)
    response = client.get("/api/v1/hulpvragen/")
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    vreemd = client.post(
        "/api/v1/signalen/",
        {"inwoner": geesje.pk, "omschrijving": "Zorgen"},
        content_type="application/json",
    )
    assert vreemd.status_code == 404  # not one of the residents they help
    with schema_context(wereld.wedde.schema_name):
        assert Signaal.objects.count() == 0


def test_lid_van_ulrum_krijgt_403_op_de_api_van_wedde(wereld, client_for, geesje):
    client = client_for(wereld.wedde, wereld.coordinator_ulrum)
    for url in ("/api/v1/hulpvragen/", f"/api/v1/hulpvragen/{geesje.pk}/"):
        response = client.get(url)
        assert response.status_code == 403
        assert response.json()["status"] == 403
