"""The workshops of a district: list, editor, documents."""
