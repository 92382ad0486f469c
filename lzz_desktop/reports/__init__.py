"""Printable documents: workshop protocol, sign-in sheet, concept (reportlab PDFs, Word files). No Qt."""
