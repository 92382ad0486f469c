"""The stakeholder map drawn with QtGui alone (no widgets), so that the district export can write
it on any thread and the command line without a window.

``style`` holds what every drawing of a map shares (modes, colours, sizes, fonts, highlights),
``texts`` its words, ``painting`` the nodes and lines, ``background`` the sector wheel, the grid
and the legend, ``labels`` where the names go, and ``picture`` a whole map on any painter and its
PNG, SVG and PDF files. The window's map (``lzz_desktop.ui.stakeholders.scene``) draws its items
with the same functions, so the window and the files show the same picture.
"""
