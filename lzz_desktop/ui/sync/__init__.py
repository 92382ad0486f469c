"""Sync in the desktop: login dialog, conflict dialog, status-bar indicator, messages."""
