"""inquiry-desk: the process and its command line (`inquiry_desk.cli`)."""

# The one place the version is written: pyproject.toml reads it (tool.setuptools.dynamic),
# `inquiry-desk --version` prints it and /metrics exports it as inquiry_desk_build_info.
__version__ = "0.2.0"
