"""Django app: cases."""
