"""MDO, activities, hours, grants and the quarterly overview of a foundation."""
