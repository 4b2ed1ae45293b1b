"""Ship the top-level ``schemas/`` and ``transforms/`` folders inside the wheel as ``tei/_data/``.

The repository keeps them at the top level (the project's layout); an installed toolkit
finds them through :func:`tei.resources.data_dir`. Metadata lives in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        for name in ("schemas", "transforms"):
            source = Path(__file__).parent / name
            if source.is_dir():
                target = Path(self.build_lib) / "tei" / "_data" / name
                shutil.copytree(source, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
