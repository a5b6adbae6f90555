"""Tenant-host pages: a coordinator or the board submits a project to the ADA toolbox.

Runs on <slug>.<domain>; TenantAccessMiddleware has already required a
membership of this tenant. What is submitted goes to the public schema, so the
form warns against names of residents and staff review it before publishing.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ada import policy, selectors, services
from ada.forms import ProjectForm
from noaber.formulieren import refused_status, run_service


def _require_indiener(request) -> None:
    if not policy.may_submit_project(request.lidmaatschap):
        raise PermissionDenied("Alleen coördinator of bestuur")


def projecten(request):
    _require_indiener(request)
    return render(
        request,
        "leerkring/tenant/projecten.html",
        {"projecten": selectors.ingediende_projecten(request.tenant)},
    )


def project_delen(request):
    _require_indiener(request)
    dorpen = [d.naam for d in request.tenant.dorpen.all()]
    if request.method == "POST":
        form = ProjectForm(request.POST, request.FILES, dorpen=dorpen)
        if form.is_valid():
            data = form.cleaned_data
            fotos = [(data["foto"], data["foto_alt"])] if data.get("foto") else []
            if run_service(
                form,
                lambda: services.project_submit(
                    lidmaatschap=request.lidmaatschap,
                    titel=data["titel"],
                    samenvatting=data["samenvatting"],
                    beschrijving=data["beschrijving"],
                    dorp=data["dorp"],
                    thema_slugs=[t.slug for t in data["themas"]],
                    contact=data["contact"],
                    fotos=fotos,
                ),
            ):
                messages.success(
                    request,
                    _("Dank je! Groninger Dorpen bekijkt jullie project en plaatst het daarna."),
                )
                return redirect("leerkring_tenant:projecten")
    else:
        form = ProjectForm(dorpen=dorpen)
    return render(
        request,
        "leerkring/tenant/project_delen.html",
        {"form": form},
        status=refused_status(request, form),
    )
