"""PDF documents made with reportlab: workshop protocol and sign-in sheet (no Qt)."""
