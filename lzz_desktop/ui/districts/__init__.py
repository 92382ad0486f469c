"""The district list, the overview page, the district editor and the recycle bin."""
