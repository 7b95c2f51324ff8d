"""Corrections: visitors report what is wrong on a bill, case or official; staff triage them."""
