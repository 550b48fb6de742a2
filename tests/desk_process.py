"""Start `inquiry-desk serve` as a real subprocess for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


class DeskProcess:
    """The desk in a subprocess, with a config file written from `sections`."""

    def __init__(
        self,
        workdir: Path,
        sections: dict[str, dict[str, Any]] | None = None,
        env: dict[str, str] | None = None,
        *,
        tree: Path | None = None,
    ) -> None:
        self.workdir = workdir
        # The source tree whose desk runs: `python -m` puts its working directory first on
        # sys.path, ahead of PYTHONPATH (bench/load_ab.py runs another commit's desk).
        self.tree = tree or ROOT
        self.port = free_port()
        self.sections = {
            "desk": {"data_dir": str(workdir / "var")},
            "listener": {"port": self.port},
        }
        for name, values in (sections or {}).items():
            self.sections.setdefault(name, {}).update(values)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        self.env.update(env or {})
        self.process: subprocess.Popen[bytes] | None = None
        self.log = workdir / "desk.log"

    @property
    def database(self) -> Path:
        return Path(self.sections["desk"]["data_dir"]) / "desk.sqlite3"

    def write_config(self) -> Path:
        config = self.workdir / "desk.toml"
        lines = []
        for name, values in self.sections.items():
            lines.append(f"[{name}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in values.items()]
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return config

    def start(self, wait: bool = True) -> DeskProcess:
        config = self.write_config()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "inquiry_desk.cli", "--config", str(config), "serve"],
            cwd=self.tree,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=open(self.log, "ab"),  # noqa: SIM115 - the child owns it
        )
        if wait:
            self.wait_listening()
        return self

    def wait_listening(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the desk exited: {self.log.read_text()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.05)
        raise TimeoutError(f"the desk did not listen: {self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int:
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.terminate()
        try:
            return self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(10)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.database, timeout=30) as conn:
            return conn.execute(sql, params).fetchall()

    def wait_until(self, sql: str, expected: Any, timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        value = None
        while time.monotonic() < deadline:
            value = self.query(sql)[0][0]
            if value == expected:
                return value
            time.sleep(0.1)
        raise AssertionError(f"{sql!r} gave {value!r}, expected {expected!r}")
