"""The concept editor: outline, sections with guidance and fields, comments, versions."""
