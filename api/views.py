from rest_framework import generics

from api.permissions import IsCoordinator
from api.serializers import InwonerOutput
from kern.models import Inwoner


class InwonerList(generics.ListAPIView):
    """Residents of the current foundation (coordinators only)."""

    permission_classes = [IsCoordinator]
    serializer_class = InwonerOutput
    queryset = Inwoner.objects.select_related("dorp")
