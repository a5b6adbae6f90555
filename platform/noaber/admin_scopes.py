"""One admin site serves the public host and every tenant host.

Registry models only make sense on the public host, case data only inside a
tenant; these mixins hide each where its tables do not exist.
"""

from django.db import connection


def _on_public() -> bool:
    return connection.schema_name == "public"


class PublicOnlyAdmin:
    def has_module_permission(self, request):
        return _on_public() and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return _on_public() and super().has_view_permission(request, obj)


class TenantOnlyAdmin:
    def has_module_permission(self, request):
        return not _on_public() and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return not _on_public() and super().has_view_permission(request, obj)
