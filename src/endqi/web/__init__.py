"""The Django project: settings, root URLs, shared templates, static files and middleware."""
