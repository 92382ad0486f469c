"""The central store: FastAPI app, accounts, authorisation, its own migrations. No Qt."""
