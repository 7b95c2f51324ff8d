"""Models of the officials app."""
