"""Check a rebuilt development corpus against the manifests before scoring it.

    python benchmarks/accuracy/verify.py [CORPUS_DIR]

For every page a manifest lists: is the file there, and is its sha256 the one recorded? A page that
differs was rebuilt from another version of the stored page, and the gold labels' line numbers may
no longer fit it. Exit code 0 when every page matches, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).parent


def main() -> int:
    corpus = Path(
        sys.argv[1] if len(sys.argv) > 1 else os.environ.get("FACTCHECK_DEVCORPUS", "/work/scratch/devcorpus")
    )
    bad = total = 0
    for manifest in sorted((HERE / "manifest").glob("*.yaml")):
        data = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
        for page in data.get("pages") or []:
            total += 1
            path = corpus / manifest.stem / page["file"]
            if not path.is_file():
                print(f"missing  {path}  ({page['url']})")
                bad += 1
            elif hashlib.sha256(path.read_bytes()).hexdigest() != page.get("sha256"):
                print(f"differs  {path}")
                bad += 1
    print(f"{total - bad}/{total} pages match their manifests")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
