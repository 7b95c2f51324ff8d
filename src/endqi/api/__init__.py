"""Read-only JSON API, collected from each app's ``api`` module, with an OpenAPI document."""
