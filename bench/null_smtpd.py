"""The baseline for bench/ingest.py: stock aiosmtpd whose handler stores nothing and says 250."""

from __future__ import annotations

import asyncio
import sys
from functools import partial

from aiosmtpd.smtp import SMTP, Envelope, Session


class NullHandler:
    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 OK"


async def main(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(partial(SMTP, NullHandler()), "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
