"""What services hand out and take in: plain frozen records, value types and errors.

Windows, reports and exports import these without SQLAlchemy (no module here imports it, and
``tests/ui/test_forms_and_translations.py`` checks so); the services build them from the database
and take them back. Reading a record never touches the database again: it can travel to any thread.
"""
