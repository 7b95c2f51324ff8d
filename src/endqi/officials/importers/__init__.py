"""Importers of the officials app: Open States people (YAML or compact) and district shapes."""
