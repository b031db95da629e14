"""PSA suite: the task board list and the document access path (download + its access-log entry), 32 connections."""
import atexit
import os
import shutil
import tempfile
from bench import Endpoint

DESCRIPTION = "PSA: 1,000 projects, 50,000 tasks, 1,000 documents"
SEED_SQL = os.path.join(os.path.dirname(__file__), "psa-seed.sql")
USER = "manager@ops.local"
PROJECTS = "aaaaaaaa-0000-4000-8000-"
DOCUMENTS = "cccccccc-0000-4000-8000-"
CONTENT = ("PSA bench document: statement of work, version 1.\n" * 200).encode()  # its SHA-256 is in the seed

# The seeded documents' files, where the host's local file store finds them (key psa/projects/{p}/documents/{d}/{f}).
# The hosts inherit this process's environment, so Files__LocalRoot points them here.
FILES = tempfile.mkdtemp(prefix="ops-bench-psa-files-")
atexit.register(shutil.rmtree, FILES, True)
os.environ["Files__LocalRoot"] = FILES
for n in range(1, 1001):
    row = f"{n:012d}"
    folder = os.path.join(FILES, "psa", "projects", ("aaaaaaaa-0000-4000-8000-" + row).replace("-", ""), "documents",
                          ("cccccccc-0000-4000-8000-" + row).replace("-", ""))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, ("dddddddd-0000-4000-8000-" + row).replace("-", "")), "wb") as f:
        f.write(CONTENT)

ENDPOINTS = [
    Endpoint(
        name="task board (one project, page of 50)",
        method="GET",
        path="/api/psa/tasks?projectId={id}&pageSize=50",
        capture_path=f"/api/psa/tasks?projectId={PROJECTS}000000000421&pageSize=50",
        id_prefix=PROJECTS, rows=1000),
    Endpoint(
        name="document download + access entry",
        method="GET",
        path="/api/psa/documents/{id}/content",
        capture_path=f"/api/psa/documents/{DOCUMENTS}000000000421/content",
        id_prefix=DOCUMENTS, rows=1000),
]
