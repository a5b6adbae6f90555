from django.db import connection
from django.http import JsonResponse


class HealthCheckMiddleware:
    """Answer /healthz before tenant routing: load balancers call it by IP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception:  # noqa: BLE001 - any database failure means unhealthy
            return JsonResponse({"status": "fout", "database": "onbereikbaar"}, status=503)
        return JsonResponse({"status": "ok", "database": "ok"})
