"""Texts shared by the command line and the windows, without Qt: the command line must not load
widgets to say what a search found."""
