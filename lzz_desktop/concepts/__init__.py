"""Concept templates and what is computed from them: validation on load, completeness, word-level
comparison, template upgrades, Markdown blocks for the exports. No Qt, no database."""
