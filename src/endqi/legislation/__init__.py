"""Django app: states, bills, bill versions, evaluations and criterion results."""
