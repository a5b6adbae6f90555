from django import template
from django.conf import settings
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def publiek_url(context, name: str, *args) -> str:
    """A link to the shared layer (public host) from any host, keeping scheme and port."""
    request = context.get("request")
    path = reverse(name, args=args, urlconf="noaber.urls_public")
    if request is None:
        return path
    port = request.get_port()
    default = "443" if request.is_secure() else "80"
    host = settings.NOABER_DOMAIN + ("" if port == default else f":{port}")
    return f"{request.scheme}://{host}{path}"
