"""Packaging glue that pyproject.toml cannot express: the repository keeps its shipped resources in
``resources/`` (fonts, templates, icons, translations, help, stylesheet); a wheel carries them as
``lzz_desktop/resources`` so an installed app finds them from any folder (``paths.resources_dir``)."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["lzz_desktop*"], exclude=["*.__pycache__"]),
        "lzz_desktop.resources",
    ],
    package_dir={"lzz_desktop.resources": "resources"},
)
