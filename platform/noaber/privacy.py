"""Small-count suppression, shared by every place that shows counts outside a tenant.

A count below the threshold could point at one person in a small village, so the
provincial overview and funder reports show it as "<5".
"""

DREMPEL = 5
KLEIN = f"<{DREMPEL}"
