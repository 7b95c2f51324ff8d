"""Django app: action."""
