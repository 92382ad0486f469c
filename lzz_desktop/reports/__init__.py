"""Printable documents (reportlab PDFs, Word files). No Qt."""
