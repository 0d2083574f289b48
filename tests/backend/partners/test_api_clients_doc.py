"""docs/partners-api.md works as written: its `curl` commands, run by a shell against a live server, get a
token for a partner API client and read the projects shared with its organisation."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
from pathlib import Path

import pytest
import uvicorn

from filiere.auth.grants import GrantScope
from tests.backend.partners.api_clients import new_client, share, unshare_all
from tests.backend.world import World

DOC = Path(__file__).resolve().parents[3] / "docs" / "partners-api.md"


def shell_blocks() -> list[str]:
    """The doc's `sh` blocks that run commands (the one setting the example's variables aside)."""
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [block for block in blocks if not block.lstrip().startswith("export ")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("jq")), reason="curl and jq are needed")
async def test_the_documented_curl_commands_read_the_shared_projects(world: World) -> None:
    blocks = shell_blocks()
    assert len(blocks) == 3 and all("curl" in block for block in blocks)
    await unshare_all(world)
    await share(world, "bpifrance", "normandie", "PIERCAN", GrantScope.SUMMARY)
    issued = await new_client(world, "bpifrance")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(world.app, host="127.0.0.1", port=port, lifespan="off", log_level="warning"))
    serving = asyncio.create_task(server.serve())
    try:
        for _ in range(200):  # up to 10 s
            if server.started or serving.done():
                break
            await asyncio.sleep(0.05)
        assert server.started
        outputs, carried = [], ""
        for block in blocks:  # each in its own shell, as a reader pastes them; the token carried over
            env = {
                "PATH": "/usr/bin:/bin",
                "FILIERE_URL": f"http://127.0.0.1:{port}",
                "CLIENT_ID": issued.client.client_id,
                "CLIENT_SECRET": issued.secret,
                "TOKEN": carried,
            }
            script = f'set -euo pipefail\n{block}\nprintf "\\nTOKEN=%s" "$TOKEN"'
            process = await asyncio.create_subprocess_exec(
                "bash", "-c", script, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
            )
            stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
            assert process.returncode == 0, stderr.decode()
            *printed, last = stdout.decode().rstrip("\n").split("\n")
            outputs.append("\n".join(printed).strip())
            carried = last.removeprefix("TOKEN=")
    finally:
        server.should_exit = True
        await serving
    issued_token = json.loads(outputs[0])
    assert issued_token["token_type"] == "Bearer" and issued_token["access_token"]
    projects = json.loads(outputs[2])["data"]["projects"]
    assert projects["totalCount"] == 1
    node = projects["edges"][0]["node"]
    assert (
        node["company"]["name"] == "PIERCAN" and node["access"] == "SUMMARY" and node["region"]["slug"] == "normandie"
    )
