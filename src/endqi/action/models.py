"""Models of the action app."""
