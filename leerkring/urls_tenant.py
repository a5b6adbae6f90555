"""Inside a foundation's own site: share a completed project with the ADA toolbox."""

from django.urls import path

from leerkring import views_tenant

app_name = "leerkring_tenant"
urlpatterns = [
    path("", views_tenant.projecten, name="projecten"),
    path("project-delen/", views_tenant.project_delen, name="project_delen"),
]
