"""Qt widgets and item models. Widgets call services; they never build SQL."""
