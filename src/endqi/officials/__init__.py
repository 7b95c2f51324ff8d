"""Django app: officials."""
