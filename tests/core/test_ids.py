"""Record ids: random UUIDs that never repeat, in a thread or a child process (records merge across laptops)."""

import os
import threading
import uuid

import pytest

from tl_desktop.domain import new_id


def test_ids_are_version_4_uuids_written_as_uuid_writes_them():
    ids = [new_id() for _ in range(3000)]
    assert len(set(ids)) == len(ids)
    for value in ids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == value


def test_threads_never_hand_out_the_same_id():
    found: list[list[str]] = [[] for _ in range(4)]

    def work(out):
        out.extend(new_id() for _ in range(2000))

    threads = [threading.Thread(target=work, args=(out,)) for out in found]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [i for out in found for i in out]
    assert len(set(everything)) == len(everything) == 8000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on Windows")
def test_a_child_process_does_not_replay_its_parents_ids():
    new_id()                      # the parent has a stream under way
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:                  # the child: its next ids
        os.close(read)
        os.write(write, ",".join(new_id() for _ in range(5)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as f:
        child = set(f.read().split(","))
    parent = {new_id() for _ in range(5)}
    assert len(child) == 5 and not child & parent


def test_ids_work_where_there_is_no_fork(tmp_path):
    # Windows has no os.register_at_fork: the module must import and hand out ids there too.
    import subprocess
    import sys

    code = ("import os; del os.register_at_fork; "
            "from tl_desktop.domain.model import new_id; import uuid; print(uuid.UUID(new_id()).version)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "4"
