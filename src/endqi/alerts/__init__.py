"""E-mail alerts: double opt-in subscriptions to a state or a bill, sent from a queue."""
