"""A private Postfix instance for end-to-end tests: the real MTA in front of the desk.

Everything lives under one temporary directory: its own config_directory (main.cf and
master.cf written from scratch), queue_directory, data_directory and log file. Nothing in
/etc/postfix is read or written, so it works the same on a machine whose postfix package was
installed with "No configuration" (no /etc/postfix/main.cf at all) and on one whose system
Postfix is running: the instance listens on its own loopback port and keeps its own pid file.

`postfix -c DIR` with a non-default directory needs no `alternate_config_directories` entry
in a default /etc/postfix/main.cf (which may not even exist) as long as the effective user is
root: mail_conf_suck() checks that list only when geteuid() != 0. Postfix's master must run as
root anyway, so when the tests do not run as root every Postfix command goes through `sudo -n`
(passwordless sudo, as on most CI runners), and a machine with neither is reported unusable.

Daemons run unchrooted (column 5 of master.cf is "n") so that no copy of /etc files into the
queue directory is needed, as Debian's init script would otherwise do.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from desk_process import free_port

SEARCH_PATH = [*os.get_exec_path(), "/usr/sbin", "/usr/local/sbin", "/sbin"]

# The services this instance needs, unchrooted; the smtpd line is added with its own port.
# Fields: service type private unpriv chroot wakeup maxproc command (master(5)).
MASTER_SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""


class PostfixError(RuntimeError):
    """Postfix could not be configured, started or stopped; the message says why."""


def find_program(name: str) -> str | None:
    """Postfix's commands live in /usr/sbin, often outside an unprivileged user's PATH."""
    for directory in SEARCH_PATH:
        candidate = Path(directory) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def privilege_prefix() -> list[str] | None:
    """[] as root, ["sudo", "-n"] with passwordless sudo, None when neither is available."""
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo is None:
        return None
    probe = subprocess.run([sudo, "-n", "true"], capture_output=True, check=False)
    return [sudo, "-n"] if probe.returncode == 0 else None


def unusable_reason() -> str | None:
    """Why a private Postfix cannot run here, or None when it can."""
    if find_program("postfix") is None:
        return (
            "Postfix is not installed (no postfix command in PATH or /usr/sbin; on Debian:"
            ' apt-get install postfix, answering "No configuration")'
        )
    if privilege_prefix() is None:
        return "Postfix's master must run as root: run the tests as root or with passwordless sudo"
    return None


def mail_version() -> str:
    postconf = find_program("postconf")
    if postconf is None:
        return "unknown"
    result = subprocess.run(
        [postconf, "-d", "-h", "mail_version"], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown"


class PostfixInstance:
    """`with PostfixInstance(...) as mta:` then submit mail to 127.0.0.1:`mta.port`.

    Mail for `relay_domain` goes to `lmtp_port` (the desk) over LMTP; everything else goes
    to `relayhost_port` (the recording relay standing in for the Internet).
    """

    def __init__(
        self,
        *,
        relay_domain: str,
        lmtp_port: int,
        relayhost_port: int,
        settings: Mapping[str, str] | None = None,
        parent: Path | None = None,
    ) -> None:
        """`settings`: main.cf parameters added to (or replacing) the instance's own."""
        prefix = privilege_prefix()
        if prefix is None or find_program("postfix") is None:
            raise PostfixError(unusable_reason() or "Postfix cannot run here")
        self.prefix = prefix
        self.relay_domain = relay_domain
        self.lmtp_port = lmtp_port
        self.relayhost_port = relayhost_port
        self.settings = dict(settings or {})
        self.port = free_port()
        # Postfix's master opens files in data_directory after dropping to the postfix user,
        # so every directory above it must be traversable by that user: pytest's 0700
        # tmp_path base is not ("open lock file ...: Permission denied").
        self.root = Path(tempfile.mkdtemp(prefix="postfix-", dir=parent))
        self.root.chmod(0o755)
        self.config_dir = self.root / "etc"
        self.queue_dir = self.root / "spool"
        self.data_dir = self.root / "lib"
        self.log_file = self.root / "maillog"
        self.started = False

    # --- configuration ---

    def main_cf(self) -> str:
        settings = {
            "compatibility_level": "3.6",
            "queue_directory": str(self.queue_dir),
            "data_directory": str(self.data_dir),
            "maillog_file": str(self.log_file),
            "maillog_file_prefixes": str(self.root),
            "myhostname": "mx.test.invalid",
            "mydomain": "test.invalid",
            "myorigin": "$myhostname",
            "inet_interfaces": "127.0.0.1",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            # Nothing is delivered locally: the desk's domain is relayed to it over LMTP.
            "mydestination": "",
            "local_recipient_maps": "",
            "local_transport": "error:5.1.1 local delivery is disabled",
            "alias_maps": "",
            "alias_database": "",
            "unknown_local_recipient_reject_code": "550",
            "relay_domains": self.relay_domain,
            "transport_maps": (
                f"inline:{{ {self.relay_domain}=lmtp:inet:127.0.0.1:{self.lmtp_port} }}"
            ),
            "relayhost": f"[127.0.0.1]:{self.relayhost_port}",
            "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
            "smtpd_recipient_restrictions": "permit_mynetworks, reject_unauth_destination",
            # Loopback only: no DNS, numeric next hops, no TLS.
            "smtp_dns_support_level": "disabled",
            "lmtp_dns_support_level": "disabled",
            "smtp_host_lookup": "native",
            "lmtp_host_lookup": "native",
            "smtp_tls_security_level": "none",
            "smtpd_tls_security_level": "none",
            # Retries within seconds, so a test sees them.
            "queue_run_delay": "1s",
            "minimal_backoff_time": "1s",
            "maximal_backoff_time": "2s",
            "lmtp_connection_cache_on_demand": "no",
            "delay_warning_time": "0h",
            "biff": "no",
            "smtputf8_enable": "yes",
        }
        settings.update(self.settings)
        return "".join(f"{key} = {value}\n" for key, value in settings.items())

    def master_cf(self) -> str:
        smtpd = f"127.0.0.1:{self.port} inet n       -       n       -       -       smtpd\n"
        return smtpd + MASTER_SERVICES

    def write_config(self) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        # The queue directory must exist and belong to root; `postfix check` then creates
        # its subdirectories and the data directory with the owners it wants (postfix).
        subprocess.run(
            [*self.prefix, "install", "-d", "-m", "0755", str(self.queue_dir)], check=True
        )
        (self.config_dir / "main.cf").write_text(self.main_cf(), encoding="utf-8")
        (self.config_dir / "master.cf").write_text(self.master_cf(), encoding="utf-8")
        # `postfix check` wants the configuration owned by root (it matters under sudo).
        subprocess.run([*self.prefix, "chown", "-R", "0:0", str(self.config_dir)], check=True)
        # Made here, so that the tests can read it however postlogd would create it.
        self.log_file.touch()
        self.log_file.chmod(0o644)

    # --- commands ---

    def command(self, program: str, *args: str, check: bool = True) -> str:
        """Run a Postfix command against this instance; the output on success."""
        path = find_program(program)
        if path is None:
            raise PostfixError(f"no {program} command")
        argv = [*self.prefix, path, "-c", str(self.config_dir), *args]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
        output = (result.stdout + result.stderr).strip()
        if check and result.returncode != 0:
            raise PostfixError(
                f"{' '.join(argv)} exited {result.returncode}:\n{output}\n{self.log_tail()}"
            )
        return output

    def check(self) -> None:
        """`postfix check` also creates the queue and data directories with the right owners;
        any warning about this instance's configuration is a failure. Postfix writes its
        complaints to the log (maillog_file) as well as, sometimes, to stderr."""
        before = len(self.log_text().splitlines())
        output = self.command("postfix", "check")
        logged = self.log_text().splitlines()[before:]
        complaints = [
            line for line in [*output.splitlines(), *logged] if "warning" in line or "fatal" in line
        ]
        if complaints:
            raise PostfixError("postfix check complained:\n" + "\n".join(complaints))

    def start(self, timeout: float = 30.0) -> PostfixInstance:
        self.write_config()
        self.check()
        self.command("postfix", "start")
        self.started = True
        self.wait_listening(timeout)
        return self

    def stop(self) -> None:
        if not self.started:
            return
        self.started = False
        pid = self.master_pid()
        self.command("postfix", "stop", check=False)
        deadline = time.monotonic() + 10
        while pid is not None and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if pid is not None and _alive(pid):  # a master that ignored the stop
            subprocess.run([*self.prefix, "kill", "-KILL", str(pid)], check=False)

    def flush(self) -> None:
        """Ask the queue manager to try every deferred message now."""
        self.command("postqueue", "-f")

    def queue_is_empty(self) -> bool:
        return self.command("postqueue", "-j").strip() == ""

    def cleanup(self) -> None:
        self.stop()
        # Postfix created the queue's subdirectories as root and postfix.
        subprocess.run([*self.prefix, "rm", "-rf", str(self.root)], check=False)

    def master_pid(self) -> int | None:
        try:
            return int((self.queue_dir / "pid" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    # --- waiting ---

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except PermissionError:
            result = subprocess.run(
                [*self.prefix, "cat", str(self.log_file)], capture_output=True, check=False
            )
            return result.stdout.decode("utf-8", errors="replace")
        except OSError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        tail = self.log_text().splitlines()[-lines:]
        return f"--- last {len(tail)} lines of {self.log_file} ---\n" + "\n".join(tail)

    def wait_listening(self, timeout: float = 30.0) -> None:
        """Until smtpd answers with a 220 greeting on its port."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
                    if s.recv(100).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.1)
        raise PostfixError(
            f"Postfix's smtpd did not answer on 127.0.0.1:{self.port} within {timeout:.0f}s\n"
            + self.log_tail()
        )

    def wait_for_log(self, pattern: str, timeout: float = 60.0, count: int = 1) -> list[str]:
        """Until `count` log lines match the regular expression; returns the matching lines."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        found: list[str] = []
        while time.monotonic() < deadline:
            found = [line for line in self.log_text().splitlines() if regex.search(line)]
            if len(found) >= count:
                return found
            time.sleep(0.2)
        raise AssertionError(
            f"Postfix's log has {len(found)} line(s) matching {pattern!r} after {timeout:.0f}s,"
            f" expected {count}\n{self.log_tail()}"
        )

    def __enter__(self) -> PostfixInstance:
        try:
            return self.start()
        except BaseException:
            self.cleanup()
            raise

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.cleanup()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by root while we are not
        return True
    return True
